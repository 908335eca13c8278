"""Writes x_heldout.jsonl from the cases below; every expected time is computed from project V's
transcript (project_x_screen.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("at 1:10", "02:14", "1m30", "@ 12s", "00:00:47:15", "2 min 1", "121.3 secs",
"two minutes twenty one", "a minute and a half in") are parsed from the same string the message uses.

    cd evals/x_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_x_suite.py   (writes ../x_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any earlier suite's phrasing
beyond Q's format). The people typing, roughly equal shares: (a) Kemi herself (nineteen, Peckham:
lowercase, quick, 'innit', 'lowkey', 'bare', 'allow it', the odd emoji); (b) her mum Funmi editing
for her (formal, long, very polite, 'please kindly', 'I would like you to', calls Kemi 'she' or 'my
daughter'); (c) phone dictation (spoken punctuation, misheard words, no capitals); (d) a YouTube
collaborator (A-roll, cutaway, jump cut, punch-in, SFX, lower third, end screen, timecodes like 02:14
or 1m30). Bound conventions (the same as suites H to Q): D is the fresh timeline's length (the built
talk file holds T * 30 frames rounded, T being timed_script's total, and the timeline is those frames;
for this talk that is 5106 frames = 170.2 s, which test_project_v.py checks against a real build).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05
Ducking is checked at -6 dB (or -11.5 for "12 dB"): the bed already sits at -14 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_x_screen import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_x_screen import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(round(_T * 30) / 30, 2)  # the fresh timeline: 170.19 s * 30 = 5105.7, built as 5106 frames / 30 = 170.2
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 9
MUSIC_DB = -14.0
RETAKE_I = 22  # the abandoned "peel the new adhesive" sentence; 23 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(SUCTION, PICKCLIP, DESK360, OBS, CAPCUT, TIKTOK, SNAP, SPUDGER, OLDSCREEN, PRESS, TAPE, BOOKS, DONE_PIC, GUIDE) = (
    M[i] for i in range(2, 16))

NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def r(x: float) -> float:
    return round(x, 2)


def mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _words_number(text: str) -> int:
    return sum(NUMBER_WORDS[p] for p in re.split(r"[\s-]+", text.strip()) if p not in ("and", "a"))


def at(text: str) -> float:
    """Seconds for a time as a user types it: '1:10', '00:01:10', '00:00:47:15' (30 fps), '2 min 1', '12s',
    '121.3 secs', '6', 'two minutes twenty one', 'a minute and a half in'."""
    t = text.strip().lower()
    if re.fullmatch(r"\d+:\d\d:\d\d:\d\d", t):
        h, m, s, f = (int(x) for x in t.split(":"))
        return r(h * 3600 + m * 60 + s + f / 30)
    if re.fullmatch(r"\d+:\d\d:\d\d", t):
        h, m, s = (int(x) for x in t.split(":"))
        return float(h * 3600 + m * 60 + s)
    if re.fullmatch(r"\d+:\d\d", t):
        m, s = t.split(":")
        return float(int(m) * 60 + int(s))
    hit = re.fullmatch(r"(\d+)\s*(?:m|min|mins|minute|minutes)\s*(\d+)\s*(?:s|sec|secs)?", t)
    if hit:
        return float(int(hit.group(1)) * 60 + int(hit.group(2)))
    hit = re.fullmatch(r"([\d.]+)\s*(s|sec|secs|seconds)?", t)
    if hit:
        return float(hit.group(1))
    if t in ("a minute and a half in", "a minute and a half"):
        return 90.0
    hit = re.fullmatch(r"(\d+)m(\d+)", t)
    if hit:
        return float(int(hit.group(1)) * 60 + int(hit.group(2)))
    hit = re.fullmatch(r"([a-z -]+?) minutes? ([a-z -]+)", t)
    if hit:
        return float(_words_number(hit.group(1)) * 60 + _words_number(hit.group(2)))
    hit = re.fullmatch(r"([a-z -]+?) seconds", t)
    if hit:
        return float(_words_number(hit.group(1)))
    raise ValueError(text)


def sentence_cut(*idx: int) -> dict:
    """Bounds for cutting sentences idx (consecutive), with the pause after the last one."""
    a, b = SEG[idx[0]].start, SEG[idx[-1]].end
    length = b - a
    return {"duration_lt": r(D - (length - 0.05)), "duration_gt": r(D - (length + PAUSE[idx[-1]] + 0.35))}


def phrase(i: int, text: str) -> tuple[float, float]:
    """Start and end of the words ``text`` inside sentence i (the first place they occur)."""
    want = text.lower().split()
    words = [w for w in WORDS if SEG[i].start <= w.start <= SEG[i].end]
    norm = [w.text.lower().strip(",.'?:") for w in words]
    for k in range(len(words) - len(want) + 1):
        if norm[k:k + len(want)] == want:
            return words[k].start, words[k + len(want) - 1].end
    raise KeyError((i, text))


def phrase_cut(i: int, text: str, lo: float = 0.1, hi: float = 0.4) -> dict:
    a, b = phrase(i, text)
    return {"duration_lt": r(D - (b - a - lo)), "duration_gt": r(D - (b - a + hi))}


def phrases_cut(spots: list[tuple[int, str]], lo: float = 0.1, hi: float = 0.4) -> dict:
    """Several phrases at once: the sum of their lengths, each with its own slack."""
    total = sum(b - a for a, b in (phrase(i, t) for i, t in spots))
    n = len(spots)
    return {"duration_lt": r(D - (total - lo * n)), "duration_gt": r(D - (total + hi * n))}


def pause_cut(i: int) -> dict:
    p = PAUSE[i]
    assert p >= 1.5, i
    return {"duration_lt": r(D - (p - 1.0)), "duration_gt": r(D - (p + 0.05))}


def filler_in(i: int) -> dict:
    """One filler: the sentence i must hold exactly one um/uh (asserted)."""
    n = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS if SEG[i].start <= w.start <= SEG[i].end)
    assert n == 1, (i, n)
    return ONE_FILLER


def start_at(i: int) -> dict:
    """Trim the head so the video starts at sentence i."""
    return {"duration_lt": r(D - (SEG[i].start - (PAUSE[i - 1] - 0.05))), "duration_gt": r(D - (SEG[i].start + 0.05))}


def end_after(i: int) -> dict:
    return {"duration_lt": r(SEG[i].end + 0.8), "duration_gt": r(SEG[i].end - 0.05)}


FILLERS = {"duration_lt": r(D - 0.35 * NFILL), "duration_gt": r(D - (0.5 * NFILL + 1.8))}
NUM = sum(w.text.lower().strip(",.") == "um" for w in WORDS)  # 6 of the 9
UMS = {"duration_lt": r(D - 0.35 * NUM), "duration_gt": r(D - (0.5 * NUM + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
LITERALLYS = [(0, "literally"), (8, "literally"), (19, "literally"), (29, "literally")]
INNITS = [(1, "innit"), (15, "innit"), (30, "innit")]
YOU_GET_MES = [(2, "you get me"), (16, "you get me")]
INNIT_LEN = sum(b - a for a, b in (phrase(i, t) for i, t in INNITS))


def ins(media_id: str, start: float, duration: float | None = None) -> dict:
    op = {"op": "insert_clip", "track_id": "t2", "media_id": media_id, "start": start}
    if duration is not None:
        op["duration"] = duration
    return op


def on(media: str, role: str | None = "broll", **kw) -> dict:
    spec = {"media": media} if role is None else {"role": role, "media": media}
    spec.update(kw)
    return {"clip_on_track": spec}


def over(media: str, i: int, j: int | None = None) -> dict:
    return on(media, overlaps=[SEG[i].start, SEG[j if j is not None else i].end])


def bw(media: str) -> dict:
    return {"effect": {"media": media, "type": "black_and_white"}}


def title(text: str, start: float | None = None, duration: float | None = None) -> dict:
    spec = {"text": text, "exact": True}
    if start is not None:
        spec["start"] = start
    if duration is not None:
        spec["duration"] = duration
    return {"title": spec}


CASES: list[dict] = []


def case(cid: str, message: str, expect: dict, **extra) -> None:
    CASES.append({"id": f"v-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-suction-gap", "put the suction cup clip over where i say pull up gently till u see a tiny gap", over(SUCTION, 9),
     note="only 20260512_143022's description has the suction cup; 20260512_143417 is the pick")
case("broll-suction-mum", "I would like the video of my daughter lifting the back glass with the suction cup to play over the sentence where "
     "she explains sticking the suction cup near the bottom edge, please.", over(SUCTION, 9))
case("broll-143022-glue", "143022 over the ninety seconds at eighty degrees line", over(SUCTION, 7))
case("broll-pick-slide", "the overhead where shes sliding the pick round the edge, over 'slide the plastic pick into the gap'", over(PICKCLIP, 10))
case("broll-143417-hard", "20260512_143417 as a cutaway on 'if the glue goes hard again'", over(PICKCLIP, 11))
case("broll-pick-dictation", "put the pick video over the part where she says the glue is bare stubborn full stop", over(PICKCLIP, 10))
case("broll-desk-intro", "insta360 desk shot over the intro, the hiya im kemi bit", over(DESK360, 0))
case("broll-desk-tools", "cutaway to the 360 desk clip while she lists the tools (heat mat, suction cup etc)", over(DESK360, 3))
case("broll-obs-kit", "the OBS screen recording over 'I got the whole kit online for twenty two pounds'", over(OBS, 4))
case("broll-obs-kemi", "obs rec over where i say the kit was lowkey cheaper than the shop", over(OBS, 4))
case("broll-capcut-eleven", "the capcut timelapse of the screws over the eleven screws holding the middle frame line", over(CAPCUT, 12))
case("broll-capcut-back", "CapCut_20260513_210455 over 'do the eleven screws in the same order off the tape'", over(CAPCUT, 26))
case("broll-tiktok-dropped", "the tiktok of the screen smashing in slow mo over where she talks about tunde dropping it", over(TIKTOK, 1))
case("broll-tiktok-splinter", "7368214590123456789 over the glass can splinter sentence", over(TIKTOK, 19))
case("broll-snap-owe", "snapchat vid over 'you owe me bare money' 😂", over(SNAP, 2))
case("broll-snap-shaking", "Snapchat-1834729561 over the bit where I admit I was shaking", over(SNAP, 29))
case("broll-spudger-pop", "MVI_0423 close-up as a cutaway on 'use the spudger to pop the battery connector off'", over(SPUDGER, 14))
case("broll-spudger-important", "the battery connector close up over 'thats the most important step'", over(SPUDGER, 15))
case("broll-spudger-plug", "please kindly place the close-up of the battery connector over the sentence where she plugs everything back in "
     "in that order", over(SPUDGER, 25))
case("broll-oldscreen-scary", "old_screen_lifting over 'okay so now the scary bit'", over(OLDSCREEN, 17))
case("broll-oldscreen-corner", "old screen lifting clip over the heat the front this time sentence", over(OLDSCREEN, 18))
case("broll-press-feed", "new_screen_press_FINAL_v2 over the second go at the adhesive bit, the one where she gets it right",
     over(PRESS, 23), note="the good take (23), not the abandoned one before it")
case("broll-press-proud", "put the final v2 press clip over the one point two millimetres line", over(PRESS, 24))
case("broll-tape-cracks", "tape over cracks video over where she says she put clear tape over the cracks", over(TAPE, 20))
case("broll-tape-dictation", "tape underscore over underscore cracks over the sentence go slow comma because the glass can splinter",
     over(TAPE, 19))
case("broll-books-clamp", "heavy_books_stack over the clamp it or stack some heavy books sentence", over(BOOKS, 27))
case("broll-books-kemi", "books clip where i say i just stacked books on it lol", over(BOOKS, 27))
case("broll-donepic-works", "the photo of the finished phone over 'oh my days, it works'", over(DONE_PIC, 28))
case("broll-donepic-easy", "IMG_0431 over the lowkey easy once you know bit", over(DONE_PIC, 33))
case("broll-guide-frame", "the repair guide screenshot over where she mentions the eleven screws holding the middle frame", over(GUIDE, 12))
case("broll-guide-order", "screenshot of the guide as a cutaway on 'put the screws on a bit of tape in the same order'", over(GUIDE, 13))
case("broll-desk-hour", "I would be grateful if the wide shot of her desk could go over the part where she says it took an hour and a half.",
     over(DESK360, 30))

# --- times and positions ---------------------------------------------------------------------------
case("time-143022-mmss", "20260512_143022 at 0:45", on(SUCTION, start=at("0:45")))
case("time-143417-zero", "143417 in at 00:50", on(PICKCLIP, start=at("0:50")))
case("time-capcut-timecode", "capcut timelapse at 01:01", on(CAPCUT, start=at("1:01")))
case("time-spudger-1m11", "MVI_0423 at 1m11", on(SPUDGER, start=at("1m11")))
case("time-tiktok-secs", "tiktok clip @ 6s", on(TIKTOK, start=at("6s")))
case("time-snap-words", "snapchat video at two minutes twenty two", on(SNAP, start=at("two minutes twenty two")))
case("time-desk-bare", "360 desk shot at 17", on(DESK360, start=at("17")))
case("time-obs-frames", "OBS recording at 00:00:22:15 (30fps)", on(OBS, start=at("00:00:22:15")))
case("time-oldscreen-min", "old_screen_lifting at 1 min 28", on(OLDSCREEN, start=at("1 min 28")))
case("time-tape-secs", "tape over cracks at 97.5 secs", on(TAPE, start=at("97.5 secs")))
case("time-books-half", "the books clip a minute and a half in", on(BOOKS, start=at("a minute and a half in")))
case("time-press-dictation", "new screen press final v2 at one minute fifty four", on(PRESS, start=at("one minute fifty four")))
case("time-crack-mum", "Please could you add the glass crack sound effect at 0:07, when she mentions the bench.",
     on(SFX, role=None, start=at("0:07")))
case("time-guide-5s", "guide screenshot at 1:01 for 5 secs", on(GUIDE, start=at("1:01"), within=[at("1:01"), at("1:01") + 5.0]))
case("time-donepic-about", "finished phone pic round about 2:19, doesnt have to be exact", on(DONE_PIC, start=at("2:19"), tol=1.5))
case("time-snap-ish", "snap vid somewhere near 12 seconds", on(SNAP, start=at("12"), tol=1.5))
case("time-spudger-2s-into", "bring the spudger close-up in 2 seconds after she starts 'Now use the spudger'",
     on(SPUDGER, start=r(SEG[14].start + 2.0), tol=0.3))
case("time-oldscreen-1s-after", "old screen clip one second after i start saying heat the front this time",
     on(OLDSCREEN, start=r(SEG[18].start + 1.0), tol=0.3))
case("time-donepic-before-end", "IMG_0431 five seconds before the end", on(DONE_PIC, start=r(D - 5.0), tol=0.3))
case("time-tiktok-before-end", "tiktok 20 secs before the end please", on(TIKTOK, start=r(D - 20.0), tol=0.3))
case("pos-desk-open", "open on the 360 desk shot before we see her face, right at the top", on(DESK360, start=0.0))
case("pos-donepic-last", "last frame on screen should be the pic of the fixed phone", on(DONE_PIC, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-books-middle", "books clip bang in the middle of the vid", on(BOOKS, start=r(D / 2), tol=1.5))
case("pos-crack-cracked", "crack SFX right on the word 'spiderwebbed'", on(SFX, role=None, overlaps=list(phrase(1, "spiderwebbed"))))
case("pos-crack-splinter", "glass crack sound on 'the glass can splinter'", on(SFX, role=None, overlaps=list(phrase(19, "the glass can splinter"))))
case("pos-crack-playhead", "drop the glass crack sound here where the playhead is", on(SFX, role=None, start=94.0), playhead=94.0)
case("pos-title-playhead", "caption \"dont cook the battery\" at the playhead", title("dont cook the battery", start=42.0), playhead=42.0)
case("pos-selected-bw", "make the selected one black and white", bw(PICKCLIP),
     setup=[ins("m2", 45.0), ins("m3", 52.0)], selection=["c4"], note="c4 is 20260512_143417.mp4 (setup makes c3, c4)")
case("pos-selected-slow", "the highlighted clip, half speed pls", {"speed": {"media": CAPCUT, "value": 0.5}},
     setup=[ins("m6", 61.0), ins("m9", 71.0, 5.0)], selection=["c3"], note="c3 is the CapCut timelapse")
case("pos-title-spudger", "lower third 'Step 2: Battery first' exactly when she says \"Now use the spudger\"",
     title("Step 2: Battery first", start=SEG[14].start))

# --- cuts: fillers, tics, pauses, the retake, sentences, phrases, ranges -------------------------------
case("cut-fillers", "take out all the ums and uhs", FILLERS)
case("cut-fillers-kemi", "allow the ums man 😭 cut every um and uh", FILLERS)
case("cut-fillers-mum", "I would like you to kindly remove all of the ums and uhs from my daughter's talking, please. Thank you.", FILLERS)
case("cut-fillers-dictation", "remove all the ums and ahs full stop", FILLERS, note="dictation spells uh as ah")
case("cut-fillers-creator", "clean the A-roll up, strip every filler um uh", FILLERS)
case("cut-fillers-typo", "get rid of teh umms and uhhs thru the whole thing", FILLERS)
case("cut-fillers-errs", "she says erm and er loads, take them all out", FILLERS, note="'erm' and 'er' are British spellings of um and uh")
case("cut-ums-only", "just the ums, leave the uhs", UMS)
case("cut-um-spider", "cut the um before spiderwebbed", filler_in(1))
case("cut-uh-hotter", "delete the uh at the very start of 'dont go hotter than that'", filler_in(8))
case("cut-um-tinier", "the um in 'like, um, tinier than you think', just that one", filler_in(12))
case("cut-uh-splinter", "lose the uh after go slow", filler_in(19))
case("cut-um-smooth", "the um before nice and smooth, cut it", filler_in(21))
case("cut-um-books", "remove the um at the start of the sentence about clamping it with books", filler_in(27))
case("cut-uh-protector", "cut the uh in the screen protector line", filler_in(31))
case("cut-um-follow", "there's an um before 'follow for more', lose just that", filler_in(34))
case("cut-literally-all", "she says literally like 4 times, cut every literally", phrases_cut(LITERALLYS, 0.05, 0.25))
case("cut-literally-kemi", "take out all my literallys i sound mad", phrases_cut(LITERALLYS, 0.05, 0.25))
case("cut-literally-cook", "remove the word literally from 'you will literally cook the battery'", phrase_cut(8, "literally", 0.05, 0.25))
case("cut-innit-all", "every innit has to go, my mum is going to watch this", phrases_cut(INNITS, 0.05, 0.25))
case("cut-innit-step", "cut the innit in 'that's the most important step, innit'", phrase_cut(15, "innit", 0.05, 0.25))
case("cut-innit-mum", "Please remove the word 'innit' at the end of the sentence about the screen being spiderwebbed.",
     phrase_cut(1, "innit", 0.05, 0.25))
case("cut-yougetme-all", "cut both 'you get me's", phrases_cut(YOU_GET_MES))
case("cut-yougetme-cable", "lose 'you get me' off the end of the screen cable line", phrase_cut(16, "you get me"))
case("cut-lowkey-easy", "remove lowkey from 'its lowkey easy once you know'", phrase_cut(33, "lowkey", 0.05, 0.25))
case("cut-ohmydays", "cut 'oh my days'", phrase_cut(28, "oh my days"))
case("cut-trustme", "snip 'trust me' off the SIM tray sentence", phrase_cut(6, "trust me"))
case("cut-wishmeluck", "cut the words wish me luck from the intro", phrase_cut(0, "wish me luck"))
case("cut-phrase-panicking", "take out 'but most of that was me panicking, innit'", phrase_cut(30, "but most of that was me panicking innit"))
case("cut-phrase-wontlie", "remove i wont lie at the end of the shaking line", phrase_cut(29, "i won't lie"))
case("cut-phrase-bus", "cut 'off the bench at the bus stop'", phrase_cut(1, "off the bench at the bus stop"))
case("cut-phrase-likeidid", "drop 'like I did' from the books sentence", phrase_cut(27, "like i did"))
case("cut-phrase-money-dictation", "delete the words comma and tunde comma im still waiting for my money full stop", phrase_cut(35, "and tunde i'm still waiting for my money"))
case("cut-phrase-forty", "cut 'so still way less than a new phone'", phrase_cut(5, "so still way less than a new phone"))
case("cut-pauses", "tighten all the long pauses", PAUSES)
case("cut-pauses-creator", "jump cut the dead air out, all of it", PAUSES)
case("cut-pauses-mum", "There are several long silences where my daughter stops to work on the phone. I would like you to shorten all of them, please.",
     PAUSES)
case("cut-pauses-dictation", "shorten the gaps where nobody is talking full stop", PAUSES)
case("cut-pause-money", "the silence after 'you owe me bare money' is way too long", pause_cut(2))
case("cut-pause-forty", "shorten the pause after the forty pounds sentence", pause_cut(5))
case("cut-pause-stubborn", "massive gap after the glue is bare stubborn, trim it", pause_cut(10))
case("cut-pause-board", "the quiet bit after 'short the whole board', tighten", pause_cut(15))
case("cut-pause-lifts", "pause after 'so the bits stick together when it lifts' drags, shorten it", pause_cut(20))
case("cut-pause-books", "kill the long silence after the heavy books line", pause_cut(27))
case("cut-pause-worse", "theres dead air after 'before it gets worse', close it up", pause_cut(32))
case("cut-retake", "cut where she restarts", RETAKE)
case("cut-retake-allowit", "cut the bit where i go 'no wait allow it' and the messed up sentence with it", RETAKE)
case("cut-retake-mum", "My daughter makes a mistake with the adhesive instructions and says she will start again. Kindly remove the first, "
     "incorrect attempt.", RETAKE)
case("cut-retake-creator", "lose the flubbed take before the adhesive line, keep the clean one", RETAKE)
case("cut-retake-dictation", "remove the wrong way round part where she says let me do that bit again full stop", RETAKE)
case("cut-tunde-owe", "take out the line where i tell tunde he owes me money", sentence_cut(2), note="sentence 2 only; 35 also mentions his money")
case("cut-kit-price", "cut the sentence about the kit costing twenty two pounds", sentence_cut(4))
case("cut-sim", "delete the SIM tray sentence", sentence_cut(6))
case("cut-cook", "remove the sentence about cooking the battery", sentence_cut(8))
case("cut-hard-again", "cut 'If the glue goes hard again, just put it back on the heat mat for another ninety seconds.'", sentence_cut(11))
case("cut-important", "lose the 'that's the most important step' sentence", sentence_cut(15))
case("cut-scary", "cut okay so now the scary bit", sentence_cut(17))
case("cut-tape-cracks", "I would like the sentence about putting clear tape over the cracks removed, please.", sentence_cut(20))
case("cut-proud", "remove the line about the adhesive being one point two millimetres thick", sentence_cut(24))
case("cut-shaking", "delete 'Honestly I was literally shaking at the battery bit, I won't lie.'", sentence_cut(29))
case("cut-protector", "cut the sentence about getting away with a screen protector", sentence_cut(31))
case("cut-touch-funny", "the touch going funny line, delete it", sentence_cut(32))
case("cut-comment", "cut the comment if you want me to do the back glass next bit", sentence_cut(34))
case("cut-hour-half", "remove the sentence where she says it took an hour and a half", sentence_cut(30))
case("cut-splinter", "delete the go slow sentence", sentence_cut(19))
case("cut-dictation-sim", "cut the sentence first thing comma turn the phone off", sentence_cut(6))
case("cut-range-scary-splinter", "cut from 'okay so now the scary bit' to the end of the splinter sentence", sentence_cut(17, 19))
case("cut-range-kit-forty", "take out the kit price and the forty pounds sentence after it", sentence_cut(4, 5))
case("cut-range-shaking-hour", "cut the shaking line and the hour and a half one straight after", sentence_cut(29, 30))
case("cut-range-secs", "cut 1:40 to 1:42", {"duration_near": [r(D - 2.0), 0.1]})
case("cut-range-timecode", "remove 02:20 - 02:23", {"duration_near": [r(D - 3.0), 0.1]})
case("cut-range-plain", "chop out 60s to 63s", {"duration_near": [r(D - 3.0), 0.1]})
case("cut-range-1m", "cut 1m05 to 1m09", {"duration_near": [r(D - 4.0), 0.1]})
case("cut-range-mum", "Please would you remove the section from 0:30 to 0:32.", {"duration_near": [r(D - 2.0), 0.1]})
case("cut-phrase-sitsproud", "cut 'or the screen sits proud'", phrase_cut(24, "or the screen sits proud"))
case("cut-phrase-tinier", "remove 'like, um, tinier than you think'", phrase_cut(12, "like um tinier than you think"))
case("cut-signoff", "cut 'peace out, and tunde im still waiting for my money', end on follow for more",
     {"duration_lt": sentence_cut(35)["duration_lt"], "duration_gt": r(SEG[34].end - 0.05)},
     note="the last sentence: cutting it alone or everything after 'follow for more' both pass")
case("cut-dictation-tape-order", "delete the sentence put the screws on a bit of tape in the same order full stop", sentence_cut(13))
case("cut-creator-scrape", "jump cut the glue scraping line out, the 'when it comes off' one", sentence_cut(21))
case("cut-mum-easy", "Please remove the sentence in which she says it is lowkey easy once you know.", sentence_cut(33))
case("cut-phrase-bedroom", "cut 'at my bedroom desk' from the intro", phrase_cut(0, "at my bedroom desk"))
case("cut-phrase-everywhere", "remove 'and it literally goes everywhere'", phrase_cut(19, "and it literally goes everywhere"))
case("cut-range-words", "cut from 'once the back is off' up to 'where each one goes'", sentence_cut(12, 13))
case("cut-range-creator", "jump cut 02:34 to 02:37", {"duration_near": [r(D - 3.0), 0.1]})

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "cut the first 2 seconds off", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-tail-half", "shave half a sec off the very end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last word ends 0.8 s before the end, all silence: anywhere near half a second is fine")
case("trim-start-right", "start the video at 'Right, you need a heat mat'", start_at(3))
case("trim-start-first", "I would like the video to begin where she says 'First thing, turn the phone off'.", start_at(6))
case("trim-end-follow", "end it on follow for more, chop everything after", end_after(34))
case("trim-end-works", "finish the vid right after 'look at that screen'", end_after(28))
case("trim-143022-4s", "143022 is too long, make it 4 secs",
     {**on(SUCTION, start=45.0, within=[45.0, 49.0]), "duration_near": [D, 0.05]}, setup=[ins("m2", 45.0)])
case("trim-tiktok-shorter", "cut 3 seconds off the end of the tiktok",
     {**on(TIKTOK, within=[6.0, 11.0]), "duration_near": [D, 0.05]}, setup=[ins("m7", 6.0)])
case("trim-books-2s", "books clip down to 2 secs pls",
     {**on(BOOKS, start=131.0, within=[131.0, 133.0]), "duration_near": [D, 0.05]}, setup=[ins("m13", 131.0)])
case("move-capcut-101", "move the capcut timelapse to 1:01", on(CAPCUT, start=at("1:01"), count=1), setup=[ins("m6", 80.0)])
case("move-spudger-later", "nudge the spudger close-up 2 seconds later", on(SPUDGER, start=73.0, count=1), setup=[ins("m9", 71.0)])
case("move-snap-earlier", "snapchat clip needs to come in 3 secs earlier", on(SNAP, start=12.0, count=1), setup=[ins("m8", 15.0)])
case("move-oldscreen-sentence", "line the old screen clip up with the start of 'Okay so now the scary bit'",
     on(OLDSCREEN, start=SEG[17].start, tol=0.3, count=1), setup=[ins("m10", 100.0)])
case("move-donepic-dictation", "move the finished phone photo to two minutes eighteen", on(DONE_PIC, start=at("two minutes eighteen"), count=1),
     setup=[ins("m14", 150.0, 4.0)])
case("reorder-samsung", "wrong order, the suction cup clip should come before the pick one",
     {**on(SUCTION, start=45.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 52.0, "tol": 1.0}},
     setup=[ins("m3", 45.0), ins("m2", 52.0)])
case("reorder-tape-oldscreen", "swap the tape over cracks clip and old_screen_lifting round",
     {**on(OLDSCREEN, start=88.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 94.0, "tol": 1.0}},
     setup=[ins("m12", 88.0), ins("m10", 93.0)])
case("reorder-mum", "Please kindly put the close-up of the battery connector before the screws timelapse, not after it.",
     {**on(SPUDGER, start=60.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 66.0, "tol": 1.0}},
     setup=[ins("m6", 60.0), ins("m9", 66.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-samsung", "crossfade between the two overhead heat mat clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 45.0), ins("m3", 52.0)])
case("transition-dip", "dip to black from the tiktok into the snapchat, 1 sec",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m7", 6.0), ins("m8", 14.0)])
case("transition-wipe", "wipe transition from the tape clip into old_screen_lifting", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m12", 88.0), ins("m10", 93.0)])
case("transition-jarring", "the cut from the books clip to the phone pic is bare harsh, smooth it", {"transition": {"role": "broll"}},
     setup=[ins("m13", 131.0), ins("m14", 136.0, 4.0)], note="any kind of transition counts")
case("transition-mum", "Could you please make a gentle transition between the screws timelapse and the battery close-up?",
     {"transition": {"role": "broll"}}, setup=[ins("m6", 60.0), ins("m9", 66.0)])
case("effect-fadein", "fade in from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "3 sec fade to black at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-warm", "my ring light makes me look well blue, warm me up a bit", {"effect": {"role": "main", "type": "color"}},
     note="any colour correction on the talk counts")
case("effect-bw-143022", "143022 in black and white", bw(SUCTION), setup=[ins("m2", 45.0)])
case("effect-zoom-donepic", "slow punch-in zoom on the finished phone photo", {"effect": {"media": DONE_PIC, "type": "zoom"}},
     setup=[ins("m14", 150.0, 4.0)])
case("effect-blur-snap", "blur the snapchat video, my friend doesnt want to be on youtube", {"effect": {"media": SNAP, "type": "blur"}},
     setup=[ins("m8", 12.0)])
case("effect-dark-obs", "the obs recording is too dark, brighten it up", {"effect": {"media": OBS, "type": "color"}},
     setup=[ins("m5", 22.0)], note="any colour adjustment on it counts")
case("effect-normalize", "normalise my voice levels", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the beat in", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "I would like the music to fade out gently at the end, please.", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-mono-tiktok", "tiktok clip greyscale", bw(TIKTOK), setup=[ins("m7", 6.0)])
case("effect-rotate-oldscreen", "old_screen_lifting is sideways, rotate it 90 degrees clockwise",
     {"effect": {"media": OLDSCREEN, "type": "rotate", "degrees": 90}}, setup=[ins("m10", 88.0)])
case("effect-flip-press", "new_screen_press_FINAL_v2 is mirrored, flip it", {"effect": {"media": PRESS, "type": "flip"}},
     setup=[ins("m11", 113.0)])
case("effect-fadein-dictation", "fade in the tape over cracks clip full stop", {"effect": {"media": TAPE, "type": "fade_in"}},
     setup=[ins("m12", 97.0)])
case("speed-pick-2x", "143417 at 2x", {"speed": {"media": PICKCLIP, "value": 2.0}}, setup=[ins("m3", 50.0)])
case("speed-suction-half", "slow the suction cup clip to half speed", {"speed": {"media": SUCTION, "value": 0.5}}, setup=[ins("m2", 45.0)])
case("speed-talk-10pc", "speed the whole A-roll up 10%, she talks fast but it still drags", {"speed": {"role": "main", "value": 1.1}})
case("speed-tiktok-4x", "tiktok 4x", {"speed": {"media": TIKTOK, "value": 4.0}}, setup=[ins("m7", 6.0)])
case("speed-books-075", "books clip at 0.75 speed", {"speed": {"media": BOOKS, "value": 0.75}}, setup=[ins("m13", 131.0)])
case("speed-capcut-mum", "Please slow down the screws timelapse to a quarter of its speed, it is far too quick.",
     {"speed": {"media": CAPCUT, "value": 0.25}}, setup=[ins("m6", 61.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-20", "music at -20 dB", {"clip_volume": {"role": "music", "db": -20.0}})
case("audio-beat-down4", "beat 4 dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 4.0}})
case("audio-music-up2", "bring the lofi up 2 dB", {"clip_volume": {"role": "music", "db": MUSIC_DB + 2.0}})
case("audio-music-words", "set the background music to minus twenty five", {"clip_volume": {"role": "music", "db": -25.0}})
case("audio-drowning", "cant hear myself over the beat", {"clip_volume": {"role": "music", "db": -22.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts")
case("audio-duck", "duck the music under my voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-mum", "Would it be possible for the music to become quieter whenever my daughter is speaking, and louder in between?",
     {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-12", "drop the music 12 dB whenever she talks", {"music_envelope_dips_during_speech": -11.5})
case("audio-mute-music", "mute the beat completely", {"track_muted": "music"})
case("audio-voice-up3", "turn my voice up 3 dB", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down2", "im shouting lol bring my voice down 2 dB", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "put the music back on", {"track_unmuted": "music"}, history=["mute the music"])
case("audio-music-dictation", "turn the music down to minus eighteen decibels full stop", {"clip_volume": {"role": "music", "db": -18.0}})

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Fixing My Cracked Samsung\" over the first 4 seconds", title("Fixing My Cracked Samsung", 0.0, 4.0))
case("title-name", "lower third 'Kemi, Peckham' at 0:01 for 3 secs", title("Kemi, Peckham", at("0:01"), 3.0))
case("title-temp", "put '90s @ 80°C' on screen at 0:36", title("90s @ 80°C", at("0:36")))
case("title-caps", "caption \"BATTERY FIRST!!\" at 1:11", title("BATTERY FIRST!!", at("1:11")))
case("title-mm", "text \"1.2mm adhesive\" at 119s", title("1.2mm adhesive", at("119s")))
case("title-endscreen", "end screen text 'follow for more 📱' for the last 4 seconds", title("follow for more 📱", r(D - 4.0), 4.0))
case("title-price-mum", "Please add the words \"Kit £22 + screen £40\" from 0:22 to 0:27.", title("Kit £22 + screen £40", at("0:22"), 5.0))
case("title-chapter", "chapter title 'Part 3: New Screen' at 1m53", title("Part 3: New Screen", at("1m53")))
case("title-tunde", "caption 'sorry Tunde 😂' at 2:47", title("sorry Tunde 😂", at("2:47")))
case("title-step-heat", "'Step 1: Heat it' as a title when she starts the face down on the heat mat bit", title("Step 1: Heat it", SEG[7].start))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "take out the ums and uhs and the bit where she starts the adhesive bit again",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one um")
case("multi-pauses-duck", "tighten the long pauses and dip the music when im talking",
     {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-pick-bw", "143417 at 0:50 and make it black and white", {**on(PICKCLIP, role=None, start=at("0:50")), **bw(PICKCLIP)})
case("multi-donepic-caption", "at 2:18 put in the photo of the fixed phone and the text \"good as new\"",
     {**on(DONE_PIC, role=None, start=at("2:18")), **title("good as new", at("2:18"))})
case("multi-retake-press", "cut my messed up first go at the adhesive bit then put the new screen press clip over the proper one",
     {**RETAKE, **on(PRESS, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "music to -20 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -20.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-tiktok-mute", "tiktok at double speed and mute the beat", {"speed": {"media": TIKTOK, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m7", 6.0)])
case("multi-trim-title", "chop 1 sec off the start then put 'Screen Swap' at 0:00",
     {"duration_near": [r(D - 1.0), 0.1], **title("Screen Swap", 0.0)})
case("multi-snap-fadein", "Snapchat-1834729561 at 0:12 with a fade in",
     {**on(SNAP, role=None, start=at("0:12")), "effect": {"media": SNAP, "type": "fade_in"}})
case("multi-normalize-duck", "normalise my voice and duck the music under it",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-tunde-lines", "cut the tunde owes me money line and the tools list sentence right after it", sentence_cut(2, 3))
case("multi-mum-fillers-pauses", "Good evening. I would like you to please remove all of the ums and uhs, and also shorten the long silences "
     "between her sentences. Thank you so much.",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)})

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(PICKCLIP), history=["put 143417 at 0:50"])
case("convo-move-it", "nah 2:20 instead", on(DONE_PIC, start=at("2:20"), count=1), history=["put IMG_0431 at 2:18"])
case("convo-quieter", "still too loud, lower", {"clip_volume": {"role": "music", "db": -24.0, "tol": 3.0}},
     history=["music to -20"], note="judgement: anything from 1 to 7 dB below -20")
case("convo-louder", "cant hear it at all now, bit louder", {"clip_volume": {"role": "music", "db": -27.0, "tol": 2.5}},
     history=["set the music to -30 dB"], note="judgement: louder than -30 but not back above -24")
case("convo-undo", "no undo that", {"matches_initial": True}, history=["cut the first 3 seconds"])
case("convo-which-samsung", "the one with the suction cup", on(SUCTION, start=at("0:45")), history=["put the samsung clip at 0:45"],
     note="the first turn is ambiguous (143022 and 143417 look alike) and should ask; the answer means 143022")
case("convo-which-screen", "the one where the old screen is coming off", on(OLDSCREEN, start=at("1:28")),
     history=["put the screen clip at 1:28"],
     note="the first turn is ambiguous (old_screen_lifting, new_screen_press, the screenshot); the answer means old_screen_lifting")
case("convo-title-longer", "keep it up for 6 seconds", title("Screen Swap", 0.0, 6.0), history=["add a title \"Screen Swap\" at the start"])
case("convo-that-fast", "make that one twice as fast", {"speed": {"media": BOOKS, "value": 2.0}}, history=["put heavy_books_stack at 2:11"])
case("convo-same-guide", "and same with the guide screenshot at 1:01", on(GUIDE, start=at("1:01")),
     history=["put the capcut timelapse at 0:58"])
case("convo-fade-it", "fade that out", {"effect": {"media": SPUDGER, "type": "fade_out"}}, history=["put MVI_0423 at 1:11"])
case("convo-music-too", "same for the music", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "actually put it back to normal speed", {**on(TIKTOK, role=None, start=at("0:06")), "speed": {"media": TIKTOK, "value": 1.0}},
     history=["tiktok at 0:06", "make it 3x"])
case("convo-caption-move", "move that caption to 0:44", title("dont cook the battery", at("0:44")),
     history=["caption \"dont cook the battery\" at 0:42"])
case("convo-other-samsung", "and the pick one at 0:52", on(PICKCLIP, start=at("0:52")), history=["put 20260512_143022 at 0:45"])
case("convo-pauses-too", "and the long gaps while ur at it",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["cut all the ums and uhs"])
case("convo-retext", "change it to say \"Kit £22\"", title("Kit £22", at("0:22")), history=["add a caption \"£22\" at 0:22"])
case("convo-where-again", "sorry what time was that", {"unchanged": True, "reply_has": [mmss(SEG[2].start)]},
     history=["where does she tell tunde he owes her money?"])
case("convo-not-that-one", "no the other samsung one, with the pick", {**on(PICKCLIP, start=at("0:50")), "no_clip": {"media": SUCTION}},
     history=["put 143022 at 0:50"], note="a correction: the pick clip replaces the suction cup clip at 0:50")
case("convo-fadein-it", "and fade it in", {"effect": {"media": SNAP, "type": "fade_in"}}, history=["put the snapchat video at 0:12"])
case("convo-redo", "actually redo that", UMS, history=["remove all the ums", "undo"], note="redo brings the um cut back (ums only)")
case("convo-louder-voice", "a little bit more", {"clip_volume": {"role": "main", "db": 5.25, "tol": 1.75}},
     history=["turn my voice up 3 dB"], note="judgement: a little louder than +3, up to about +7")
case("convo-mum-thanks-then", "Thank you. Now please also remove the word 'innit' wherever she says it.",
     {"duration_lt": r(D - 0.35 * NFILL - (INNIT_LEN - 3 * 0.05)), "duration_gt": r(D - (0.5 * NFILL + 1.8) - (INNIT_LEN + 3 * 0.25))},
     history=["Please remove all of the ums and uhs."])
case("convo-dictation-cut", "yes that one full stop cut it", sentence_cut(24), history=["where does she say one point two millimetres"],
     note="'that one' is the sentence the question found")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is it rn", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-tunde", "when does she talk about tunde owing her money", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[2].start)]})
case("question-where-spudger", "What time does she begin explaining the battery connector?",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[14].start)]})
case("question-where-books", "timecode for the heavy books bit?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[27].start)]})
case("question-where-kit", "at what point do i say how much the kit was", {"unchanged": True, "reply_has": [mmss(SEG[4].start)]})
case("question-music-level", "what level is the music at", {"unchanged": True, "reply_has": ["-14"]})
case("question-unused", "which clips havent i used yet", UNCHANGED)
case("question-um-count", "how many ums are there", UNCHANGED)
case("question-take2", "did i record the outro twice", UNCHANGED)
case("question-broll-track", "whats on the b-roll track rn", {"unchanged": True, "reply_has": [SUCTION, DONE_PIC]},
     setup=[ins("m2", 45.0), ins("m14", 150.0, 3.0)])
case("question-stumbles", "Are there any places where my daughter makes a mistake and starts again?", UNCHANGED)
case("question-res", "what resolution is the insta360 clip", UNCHANGED)
case("question-fps", "what frame rate is the timeline", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "have i got any SFX in the bin", UNCHANGED)
case("question-after-cut", "how long is it after that", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["take out all the ums and uhs"])
case("question-what-did", "what did you just do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 3 seconds"])
case("question-chapters", "can you list the chapters for the description, like where each step starts", UNCHANGED)
case("question-dictation", "what is the name of the music file question mark", UNCHANGED)

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "Thank you very much, that is lovely. God bless.", UNCHANGED)
case("chat-tunde", "tunde is gonna be so vexed when he sees this 💀", UNCHANGED)
case("chat-hello", "hello are you there", UNCHANGED)
case("chat-brb", "brb mum's calling me for dinner", UNCHANGED)
case("chat-smart", "ur actually smart for a robot innit", UNCHANGED)
case("chat-think", "hmm let me think about it", UNCHANGED)
case("chat-ta", "ta", UNCHANGED)
case("chat-mum-proud", "I am very proud of her, she fixed it all by herself.", UNCHANGED)
case("chat-yeah", "yeah", UNCHANGED)
case("chat-handover", "ok kemi has gone to sleep, it is her mother typing now", UNCHANGED)
case("chat-dictation", "okay thank you bye full stop", UNCHANGED)
case("chat-creator", "solid edit so far, algorithm is gonna love this", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-tundeclip", "put the clip of tunde over the bench bit", UNCHANGED, note="Tunde is in no media")
case("nonedit-missing-143023", "add 20260512_143023.mp4 at 0:45", UNCHANGED, note="the Samsung clips are 143022 and 143417")
case("nonedit-missing-mvi0424", "MVI_0424.MOV at 1:10", UNCHANGED, note="the Canon clips are MVI_0418 (the talk) and MVI_0423")
case("nonedit-missing-pressv1", "new_screen_press_FINAL_v1 at 1:53", UNCHANGED, note="only _FINAL_v2 is in the bin; should ask, not pick v2")
case("nonedit-missing-drone", "put the drone shot of peckham over the intro", UNCHANGED, note="no such clip")
case("nonedit-missing-iphone", "cut the part where she talks about her iphone", UNCHANGED, note="never said; it is a Samsung")
case("nonedit-missing-heatgun", "delete the bit about the heat gun", UNCHANGED, note="she uses a heat mat, never a heat gun")
case("nonedit-missing-mum", "cut the line where she mentions me, her mum", UNCHANGED, note="her mum is never mentioned")
case("nonedit-missing-charger", "remove the sentence about the charging port", UNCHANGED, note="never said")
case("nonedit-missing-whoosh", "whoosh sfx at 0:10", UNCHANGED, note="the only sound effect is a glass crack")
case("nonedit-missing-camera", "cut where i talk about the camera lens", UNCHANGED, note="never said")
case("nonedit-missing-dictation", "remove the part where she says the word fingerprint full stop", UNCHANGED, note="never said")
case("nonedit-offtimeline-crack", "glass crack sound a bit quieter", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-tiktok", "speed up the tiktok", UNCHANGED, note="the TikTok download is only in the bin")
case("nonedit-offtimeline-take2", "REC00012 needs to be 3dB louder", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-obs", "fade out the OBS recording", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-guide", "make the guide screenshot black and white", UNCHANGED, note="only in the bin")
case("nonedit-ambig-samsung", "the samsung clip at 0:45", UNCHANGED, note="20260512_143022 and 20260512_143417 look alike")
case("nonedit-ambig-2026", "put the 20260512 one at 0:40", UNCHANGED, note="143022 and 143417 (and the Insta360 file has 20260512 too)")
case("nonedit-ambig-mvi", "the MVI clip at 1:00", UNCHANGED, note="MVI_0423 in the bin; MVI_0418 is the talk")
case("nonedit-ambig-screen", "add the screen clip at 1:30", UNCHANGED, note="old_screen_lifting, new_screen_press, the Screenshot")
case("nonedit-ambig-photo", "the photo at 2:30", UNCHANGED, note="IMG_0431.JPG or the screenshot .png")
case("nonedit-ambig-overhead", "put the overhead heat mat shot at 0:40", UNCHANGED, note="both Samsung clips are overheads on the heat mat")
case("nonedit-ambig-heatmat", "cut the heat mat sentence", UNCHANGED, note="3, 7 and 11")
case("nonedit-ambig-ninety", "remove the ninety seconds line", UNCHANGED, note="7, 11 and 18")
case("nonedit-ambig-battery", "delete the battery sentence", UNCHANGED, note="8, 14, 15, 25, 29")
case("nonedit-ambig-tape", "cut the tape line", UNCHANGED, note="13, 20, 26")
case("nonedit-ambig-tunde", "take out the tunde bit", UNCHANGED, note="1, 2 and 35 all mention Tunde")
case("nonedit-ambig-eleven", "lose the eleven screws sentence", UNCHANGED, note="12 and 26")
case("nonedit-ambig-backglass", "remove the back glass line", UNCHANGED, note="9, 27, 34")
case("nonedit-ambig-cable", "cut the screen cable sentence", UNCHANGED, note="16, 23, 25")
case("nonedit-ambig-pounds", "delete the pounds sentence", UNCHANGED, note="4 and 5")
case("nonedit-ambig-corner", "cut the bit about the corner", UNCHANGED, note="18 and 31")
case("nonedit-ambig-spudger", "remove the spudger line", UNCHANGED, note="3 and 14")
case("nonedit-ambig-innit-sentence", "Please delete the sentence where she says innit.", UNCHANGED, note="1, 15 and 30 all have innit")
case("nonedit-inside-nails", "can you make my nails look less chipped in the suction cup clip", UNCHANGED, setup=[ins("m2", 45.0)])
case("nonedit-inside-watermark", "remove the tiktok watermark from the tiktok clip", UNCHANGED, setup=[ins("m7", 6.0)])
case("nonedit-inside-guide", "what does the guide screenshot say about screw number seven", UNCHANGED,
     note="a question about the inside of a still; nothing is edited")
case("nonedit-inside-shout", "my mum shouts my name at like 1:50 in the background, take her voice out", UNCHANGED,
     note="no such sound in the talk; the project is not to be changed")
case("nonedit-inside-cracks", "make the cracks in the old screen clip look worse", UNCHANGED, setup=[ins("m10", 88.0)])
case("nonedit-inside-reflection", "theres a ring light reflection in the spudger close up, can u paint it out", UNCHANGED, setup=[ins("m9", 71.0)])

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-works", "delete everything after 'it works'", {"confirm": True})
case("confirm-first-minute", "get rid of the first minute", {"confirm": True})
case("confirm-short", "make this a 60 second tiktok, cut whatever u need", {"confirm": True})
case("confirm-range", "take out 0:30 to 1:30", {"confirm": True})
case("confirm-before-scary", "everything before 'okay so now the scary bit' can go", {"confirm": True})
case("confirm-delete-talk", "delete the A-roll, the whole thing", {"confirm": True})
case("confirm-last30", "keep only the last 30 seconds", {"confirm": True})
case("confirm-past-two", "cut everything after 2 minutes", {"confirm": True})
case("confirm-mum", "Please remove everything from when she starts talking about the battery until the very end.", {"confirm": True},
     note="'the battery' first comes up at sentence 8: most of the talk")


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "x_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)
