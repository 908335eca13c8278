"""Writes v_heldout.jsonl from the cases below; every expected time is computed from project V's
transcript (project_v_screen.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("02:14", "1m30", "2m14s", "at 45s", "00:01:12", "00:00:47:15", "ninety secs",
"a minute in", "one minute twenty") are parsed from the same string the message uses.

    cd evals/v_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_v_suite.py   (writes ../v_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any other suite's phrasing beyond
Q's format). The people typing, mixed about evenly: Kemi herself (nineteen, Peckham; lowercase, quick,
London slang, the odd emoji), her mum Funmi editing for her (formal, long, very polite, "please kindly",
calls Kemi "she" or "my daughter"), someone dictating into a phone (spoken punctuation such as "comma"
and "full stop", misheard words: "smudger" for spudger, "in it" for innit, "section cup", "heat mad",
no capitals), and a YouTube collaborator (A-roll, cutaway, jump cut, punch-in, SFX, lower third, end
screen, timecodes like 02:14 or 1m30). Bound conventions (the same as suite Q): D is the fresh
timeline's length (the built talk file holds int(T * 30) frames, T being timed_script's total; for this
talk that is 5094 frames = 169.8 s, which test_project_v.py checks against a real build).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05
Ducking is checked at -6 dB (or -11.5 for "12 dB"), since the bed already sits at -16 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_v_screen import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_v_screen import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # int(169.83 s * 30) = 5094 frames / 30 = 169.8, as built
PAUSE = [p for _t, p in SCRIPT]
FILL = {"um", "uh"}
NFILL = sum(w.text.lower().strip(",.") in FILL for w in WORDS)  # 9
MUSIC_DB = -16.0
RETAKE_I = 21  # the abandoned adhesive sentence; 22 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(BACKPICK, FRONTPICK, DESK, OBS, CAPCUT, TIKTOK, SNAP, SCREWS, SWITCHON, FIXED_PIC, GUIDE, ADHESIVE, SPUDGER, SUCTION) = (
    M[i] for i in range(2, 16))

NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "ninety": 90}


def r(x: float) -> float:
    return round(x, 2)


def mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _words_number(text: str) -> int:
    return sum(NUMBER_WORDS[p] for p in re.split(r"[\s-]+", text.strip()) if p not in ("and", "a"))


def at(text: str) -> float:
    """Seconds for a time as a user types it: '1:10', '02:14', '00:01:10', '00:00:47:15' (30 fps), '1m30',
    '2m14s', '2 min 1', '12s', '45 secs', '6', 'ninety secs', 'a minute in', 'one minute twenty'."""
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
    if t == "a minute in":
        return 60.0
    hit = re.fullmatch(r"([a-z -]+?) minutes? ([a-z -]+)", t)
    if hit:
        return float(_words_number(hit.group(1)) * 60 + _words_number(hit.group(2)))
    hit = re.fullmatch(r"([a-z -]+?) (?:seconds|secs)", t)
    if hit:
        return float(_words_number(hit.group(1)))
    raise ValueError(text)


def sentence_cut(*idx: int) -> dict:
    """Bounds for cutting sentences idx (consecutive), with the pause after the last one."""
    a, b = SEG[idx[0]].start, SEG[idx[-1]].end
    length = b - a
    return {"duration_lt": r(D - (length - 0.05)), "duration_gt": r(D - (length + PAUSE[idx[-1]] + 0.35))}


def sentences_cut(*idx: int) -> dict:
    """Several separate sentences at once: the sum of their lengths and pauses."""
    length = sum(SEG[i].end - SEG[i].start for i in idx)
    slack = sum(PAUSE[i] + 0.35 for i in idx)
    return {"duration_lt": r(D - (length - 0.05 * len(idx))), "duration_gt": r(D - (length + slack))}


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
    total = sum(b - a for a, b in (phrase(i, t) for i, t in spots))
    n = len(spots)
    return {"duration_lt": r(D - (total - lo * n)), "duration_gt": r(D - (total + hi * n))}


def pause_cut(i: int) -> dict:
    p = PAUSE[i]
    assert p >= 1.5, i
    return {"duration_lt": r(D - (p - 1.0)), "duration_gt": r(D - (p + 0.05))}


def fillers_in(i: int) -> int:
    return sum(w.text.lower().strip(",.") in FILL for w in WORDS if SEG[i].start <= w.start <= SEG[i].end)


def filler_in(i: int) -> dict:
    """One filler: the sentence i must hold exactly one um/uh (asserted)."""
    assert fillers_in(i) == 1, i
    return ONE_FILLER


def start_at(i: int) -> dict:
    return {"duration_lt": r(D - (SEG[i].start - (PAUSE[i - 1] - 0.05))), "duration_gt": r(D - (SEG[i].start + 0.05))}


def end_after(i: int) -> dict:
    return {"duration_lt": r(SEG[i].end + 0.8), "duration_gt": r(SEG[i].end - 0.05)}


def fillers_of(word: str) -> dict:
    n = sum(w.text.lower().strip(",.") == word for w in WORDS)
    return {"duration_lt": r(D - 0.35 * n), "duration_gt": r(D - (0.5 * n + 1.8))}


FILLERS = {"duration_lt": r(D - 0.35 * NFILL), "duration_gt": r(D - (0.5 * NFILL + 1.8))}
UMS = fillers_of("um")  # 5
UHS = fillers_of("uh")  # 4
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
INNITS = [(1, "innit"), (12, "innit"), (34, "innit")]
LITERALLYS = [(0, "literally"), (8, "literally"), (13, "literally"), (30, "literally"), (31, "literally"), (33, "literally")]
LOWKEYS = [(4, "lowkey"), (29, "lowkey")]
YOUGETMES = [(2, "you get me"), (18, "you get me")]


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
case("broll-backpick-slide", "put the clip of me doing the pick round the back glass over the bit where i slide the pick into the gap",
     over(BACKPICK, 10), note="only 20260512_143022's description has the back glass; 143158 is the front screen")
case("broll-backpick-book", "Please could you kindly place the close-up of the pick going round the back glass over the part where my "
     "daughter lifts the back glass off like a book cover.", over(BACKPICK, 12))
case("broll-143022-suction", "put 20260512 underscore 143022 over the section cup bit full stop", over(BACKPICK, 9))
case("broll-frontpick-corners", "cutaway of the pick going round the cracked front screen over 'take your time on the corners'",
     over(FRONTPICK, 18))
case("broll-143158-bits", "cutaway: 143158 over 'the old screen comes off in bits'", over(FRONTPICK, 19))
case("broll-frontpick-flip", "front screen pick clip over where she says next you flip the phone over full stop", over(FRONTPICK, 17))
case("broll-desk-kit", "Please could you put the wide video of my daughter's desk over the part where she lists everything you need.", over(DESK, 3))
case("broll-desk-intro", "VID_20260512_143500_00_012 as B-roll over the hiya intro line", over(DESK, 0))
case("broll-capcut-hour", "I would like the timelapse from CapCut to appear over the sentence where she says it took about an hour and a half, please.", over(CAPCUT, 32))
case("broll-capcut-cando", "I would like the sped-up timelapse of the whole repair to play over the part where she says if I can do it, "
     "you can do it. Thank you.", over(CAPCUT, 33))
case("broll-tiktok-spider", "the tiktok of the screen shattering in slow mo over 'cracked like a spider web' pls 😭", over(TIKTOK, 1))
case("broll-tiktok-number", "7368412950362211589 as a cutaway on the tunde owes me forty pounds bit", over(TIKTOK, 2))
case("broll-snap-bus", "snapchat clip over the line about tunday dropping it on the bus full stop", over(SNAP, 1))
case("broll-snap-cheaper", "Snapchat-1839204756 over 'so it's still bare cheaper than a new phone'", over(SNAP, 5))
case("broll-screws-eleven", "canon insert of the screws on tape over 'now you've got eleven screws holding the plate'", over(SCREWS, 13))
case("broll-mvi0421-tape", "m v i 0421 over the stick every screw on a bit of tape sentence full stop", over(SCREWS, 14))
case("broll-screws-backin", "Kindly place the clip of the screws in a row over the part where she puts the eleven screws back in the same order. Thank you.", over(SCREWS, 26))
case("broll-switchon-works", "MVI_0424 as B-roll over the 'it literally works' payoff", over(SWITCHON, 30))
case("broll-switchon-truth", "the clip of the samsung logo lighting up over moment of truth comma im turning it on", over(SWITCHON, 29))
case("broll-fixedpic-fingerprint", "Please put the photograph of the repaired phone beside the broken glass over the sentence about the fingerprint sensor.", over(FIXED_PIC, 31))
case("broll-img0430-glasses", "image underscore 0430 over the part where she says wear glasses or something comma i'm not playing", over(FIXED_PIC, 19))
case("broll-guide-plate", "Kindly put the screenshot of the repair guide over the sentence where she explains the screws holding the plate "
     "over the battery.", over(GUIDE, 13))
case("broll-guide-screwsback", "Screenshot_20260511-221403_Chrome as an insert over the screws-back-in-order beat", over(GUIDE, 26))
case("broll-adhesive-good", "adhesive_peel_FINAL_final2 over the second go at the adhesive sentence, the one she gets right",
     over(ADHESIVE, 22), note="the good take of the adhesive sentence, not the abandoned one before it")
case("broll-adhesive-freshback", "the peeling the blue film clip over put the back glass on with fresh adhesive comma thanks", over(ADHESIVE, 28))
case("broll-spudger-pop", "spudger_battery_connector over use the smudger to pop the battery connector off", over(SPUDGER, 15),
     note="dictation: 'smudger' is spudger")
case("broll-spudger-lego", "spudger battery connector clip as b-roll over the lego piece line", over(SPUDGER, 16))
case("broll-suction-stick", "suction cup pull dot mp4 over stick the suction cup near the bottom edge full stop", over(SUCTION, 9))
case("broll-suction-fights", "section cup pull clip over if the glue fights you", over(SUCTION, 11), note="dictation: 'section' is suction")
case("broll-obs-kit", "Could you kindly put the OBS recording over where my daughter says how much the kit cost online?", over(OBS, 4))
case("broll-obs-screen", "cut away to 2026-05-12 14-35-10.mkv over the £55 screen line", over(OBS, 5))
case("broll-desk-books", "Please could you put the wide shot of her desk over the part about the stack of books. Thank you very much.", over(DESK, 24))

# --- times and positions ---------------------------------------------------------------------------
case("time-143022-mmss", "20260512_143022 at 00:54", on(BACKPICK, start=at("0:54")))
case("time-frontpick-leading", "drop 143158 in at 01:31", on(FRONTPICK, start=at("01:31")))
case("time-screws-1m10", "MVI_0421 at 1m10", on(SCREWS, start=at("1m10")))
case("time-switchon-2m26s", "switch on clip @ 2m26s", on(SWITCHON, start=at("2m26s")))
case("time-tiktok-secs", "tick tock clip at 6 seconds full stop", on(TIKTOK, start=at("6s")))
case("time-snap-words", "snapchat video at one minute twenty full stop", on(SNAP, start=at("one minute twenty")),
     note="dictation: the time is said in words")
case("time-desk-hhmmss", "Please place the wide shot of the desk at 00:00:18.", on(DESK, start=at("00:00:18")))
case("time-adhesive-timecode", "adhesive_peel_FINAL_final2 at 00:01:51:15 (30fps timeline)", on(ADHESIVE, start=at("00:01:51:15")))
case("time-click-secs", "connector click sfx at 125.7 secs", on(SFX, role=None, start=at("125.7 secs")))
case("time-click-mmss", "put the click sound at 1:23 full stop", on(SFX, role=None, start=at("1:23")))
case("time-capcut-minute", "I would like the CapCut timelapse to start one minute into the video, please.", on(CAPCUT, start=at("a minute in")))
case("time-img0430-5s", "IMG_0430.JPG at 2m30 for 5s", on(FIXED_PIC, start=at("2:30"), within=[at("2:30"), at("2:30") + 5.0]))
case("time-guide-about", "repair guide screenshot at around 1:09 comma doesn't have to be exact", on(GUIDE, start=at("1:09"), tol=1.5))
case("time-suction-ish", "suction cup pull somewhere near 48 seconds, roughly", on(SUCTION, start=at("48"), tol=1.5))
case("time-spudger-2s-into", "bring the smudger clip in two seconds after she starts saying use the smudger",
     on(SPUDGER, start=r(SEG[15].start + 2.0), tol=0.3))
case("time-frontpick-1s-after", "cutaway to the front pick clip 1s after 'work the pick all the way round' starts",
     on(FRONTPICK, start=r(SEG[18].start + 1.0), tol=0.3))
case("time-img0430-before-end", "Please put the photo IMG_0430 five seconds before the end of the video.", on(FIXED_PIC, start=r(D - 5.0), tol=0.3))
case("time-capcut-before-end", "capcut timelapse 20s before the end of the edit", on(CAPCUT, start=r(D - 20.0), tol=0.3))
case("pos-desk-open", "cold open on the insta wide before the A-roll comes in", on(DESK, start=0.0))
case("pos-img0430-last", "I would like the very last thing the viewers see to be the photograph of the repaired phone, please.", on(FIXED_PIC, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-tiktok-middle", "Kindly place the TikTok clip exactly in the middle of the video.", on(TIKTOK, start=r(D / 2), tol=1.5))
case("pos-click-unclip", "click SFX right on 'unclip the screen connector'", on(SFX, role=None, overlaps=list(phrase(16, "unclip the screen connector"))))
case("pos-click-clipback", "connector click sound when she says clip the screen connector back in full stop",
     on(SFX, role=None, overlaps=list(phrase(25, "clip the screen connector back in"))))
case("pos-click-playhead", "drop the click SFX at the playhead", on(SFX, role=None, start=83.5), playhead=83.5)
case("pos-title-playhead", "lower third \"Step 2: Battery\" at the playhead", title("Step 2: Battery", start=79.0), playhead=79.0)
case("pos-selected-bw", "B&W on the selected clip", bw(FRONTPICK),
     setup=[ins("m2", 54.0), ins("m3", 91.0)], selection=["c4"], note="c4 is 20260512_143158.mp4 (setup makes c3, c4)")
case("pos-selected-slow", "I would like the clip that is selected to play at half speed, please.", {"speed": {"media": SCREWS, "value": 0.5}},
     setup=[ins("m9", 69.0), ins("m14", 79.0)], selection=["c3"], note="c3 is MVI_0421.MOV")
case("pos-title-truth", "caption 'Moment of truth 😬' exactly when she says okay moment of truth",
     title("Moment of truth 😬", start=SEG[29].start))

# --- cuts: fillers, tics, pauses, the retake, sentences, phrases, ranges ---------------------------
case("cut-fillers", "take out all the um's and uh's full stop", FILLERS)
case("cut-fillers-kemi", "cut all my umms and uhhs man i sound like a broken robot", FILLERS)
case("cut-fillers-funmi", "Good evening. Could you please kindly remove every 'um' and 'uh' that my daughter says throughout the video? "
     "It makes her sound unsure of herself.", FILLERS)
case("cut-fillers-dictation", "remove all the arms and us full stop", FILLERS, note="dictation: 'arms and us' is ums and uhs")
case("cut-fillers-yt", "clean up the A-roll, strip every filler word (um/uh)", FILLERS)
case("cut-fillers-errs", "get rid of the erms and errs", FILLERS, note="British spellings of um and uh")
case("cut-fillers-typo", "remoev the umms adn uhs pls", FILLERS)
case("cut-ums-only", "Please remove only the 'um' sounds. The 'uh' sounds may stay.", UMS)
case("cut-uhs-only", "only the uhs please, leave the ums in", UHS)
case("cut-um-kit", "remove the um in i got the whole kit online for comma um comma twenty two pounds comma just that one", filler_in(4))
case("cut-um-cook", "There is an 'um' just before she says 'cook the battery'. Please kindly remove that one only.", filler_in(8))
case("cut-uh-slide", "jump cut the uh at the head of 'slide the plastic pick into the gap'", filler_in(10))
case("cut-um-shorts", "Please remove the 'um' just before 'so nothing shorts out'.", filler_in(15))
case("cut-uh-sameasbefore", "cut the uh before same as before full stop", filler_in(17))
case("cut-uh-truth", "lose the uh in the moment of truth line full stop", filler_in(29))
case("cut-um-ever", "jump cut the um before 'ever' in the don't-let-Tunde-hold-your-phone line", filler_in(33))
case("cut-uh-subscribe", "remove the uh right before she says subscribe full stop", filler_in(34))
case("cut-um-heat-dictation", "cut the um in the sentence where she says don't go hotter than that comma literally", filler_in(8))
case("cut-innit-all", "take every innit out lol my mum will kill me", phrases_cut(INNITS), note="three: sentences 1, 12 and 34")
case("cut-innit-dictation", "remove all the in its", phrases_cut(INNITS), note="dictation: 'in its' is innits")
case("cut-innit-spider", "cut the in it after spider web", phrase_cut(1, "innit", 0.05, 0.25))
case("cut-innit-attached", "Kindly remove the word 'innit' at the end of the sentence about the fingerprint cable being attached.",
     phrase_cut(12, "innit", 0.05, 0.25))
case("cut-literally-all", "My daughter says the word 'literally' far too often. Please remove every one of them.", phrases_cut(LITERALLYS), note="six of them")
case("cut-literally-all-kemi", "omg i say literally sm 💀 cut all of them", phrases_cut(LITERALLYS))
case("cut-literally-works", "cut 'literally' from 'it literally works'", phrase_cut(30, "literally", 0.05, 0.25))
case("cut-literally-tiny", "trim the 'literally' out of the 'so tiny' line, jump cut is fine", phrase_cut(13, "literally", 0.05, 0.25))
case("cut-literally-praying", "take out which i was literally praying for full stop", phrase_cut(31, "which i was literally praying for"))
case("cut-lowkey-all", "get rid of both lowkeys", phrases_cut(LOWKEYS))
case("cut-lowkey-scared", "cut low key scared at the end of the moment of truth line", phrase_cut(29, "lowkey scared"))
case("cut-bare-cheaper", "Please could you remove the word 'bare' from the sentence about the new screen costing fifty five pounds? "
     "It is slang.", phrase_cut(5, "bare", 0.05, 0.25))
case("cut-bare-clumsy", "cut 'literally bare clumsy' off the end of the tunde line", phrase_cut(33, "literally bare clumsy"))
case("cut-yougetme-all", "jump cut out both 'you get me's", phrases_cut(YOUGETMES))
case("cut-yougetme-corners", "jump cut 'you get me' out of the corners line", phrase_cut(18, "you get me"))
case("cut-obviously", "Please remove the word 'obviously' from the end of the sentence about switching the phone off. It sounds rude.", phrase_cut(6, "obviously", 0.05, 0.25))
case("cut-honestly", "lose the 'honestly' at the head of the hour-and-a-half line", phrase_cut(32, "honestly", 0.05, 0.25))
case("cut-notplaying", "cut i'm not playing full stop", phrase_cut(19, "i'm not playing"))
case("cut-wishmeluck", "I would like you to take out the words 'so wish me luck' from her introduction, please.", phrase_cut(0, "so wish me luck"))
case("cut-sausage", "Please kindly remove the words 'and no, a sausage roll does not count'.", phrase_cut(2, "and no a sausage roll does not count"))
case("cut-othervideo", "cut and that's a whole other video full stop", phrase_cut(8, "and that's a whole other video"))
case("cut-notover", "snip out and i'm still not over it full stop", phrase_cut(14, "and i'm still not over it"))
case("cut-stoppingtofilm", "Kindly remove the words 'mostly because I kept stopping to film'. It makes her look slow.", phrase_cut(32, "mostly because i kept stopping to film"))
case("cut-lego", "cut like a little lego piece full stop", phrase_cut(16, "like a little lego piece"))
case("cut-spiderweb", "remove the words like a spider web comma in it", phrase_cut(1, "like a spider web innit"),
     note="dictation: 'in it' is innit, said right after spider web")
case("cut-ever-clumsy", "just cut 'um, ever' from the tunde hold your phone line",
     phrase_cut(33, "um ever"))
case("cut-pauses", "dead air removal across the whole A-roll pls", PAUSES)
case("cut-pauses-deadair", "kill the dead air, loads of gaps where shes fiddling with the phone", PAUSES)
case("cut-pauses-funmi", "My daughter pauses for a long time between her sentences while she works. I would like you to shorten those "
     "gaps all the way through, please, so that the viewers do not lose interest.", PAUSES)
case("cut-pauses-yt", "jump cut the long gaps in the A-roll", PAUSES)
case("cut-pauses-dictation", "shorten the long quiet bits full stop it drags", PAUSES)
case("cut-pause-sausage", "the silence after the sausage roll line goes on forever comma shorten it", pause_cut(2))
case("cut-pause-newphone", "Could you please shorten the pause after she says 'cheaper than a new phone'? It drags.", pause_cut(5))
case("cut-pause-glue", "tighten the gap after 'cut through the glue', it kills the pacing", pause_cut(10))
case("cut-pause-notover", "the quiet after i say im still not over it, trim that", pause_cut(14))
case("cut-pause-playing", "the gap after i'm not playing is way too long full stop", pause_cut(19))
case("cut-pause-books", "Could you please shorten the silence after she mentions the stack of books for ten minutes?", pause_cut(24))
case("cut-pause-scared", "the awkward silence after lowkey scared, i know its for suspense but its too long", pause_cut(29))
case("cut-retake", "cut where she restarts full stop", RETAKE)
case("cut-retake-kemi", "i mess up the adhesive bit and say allow it, cut my first go", RETAKE)
case("cut-retake-funmi", "There is a part where my daughter says 'wait no, that's the wrong way round, let me say that again'. Please "
     "remove that and the incorrect sentence before it.", RETAKE)
case("cut-retake-yt", "remove the flubbed take before the clean adhesive line", RETAKE)
case("cut-retake-dictation", "remove the bit where she says let me say that again and the mistake before it", RETAKE)
case("cut-tunde-owes", "cut the bit where i tell tunde he owes me money, he'll cry", sentence_cut(2), note="the whole aside sentence")
case("cut-kit-price", "Please remove the sentence in which my daughter says how much the kit cost online.", sentence_cut(4))
case("cut-screen-price", "Please remove the sentence about the new screen costing fifty five pounds.", sentence_cut(5))
case("cut-switchoff", "cut the switch the phone off properly line, its obvious", sentence_cut(6))
case("cut-hotter", "delete the don't go hotter than that sentence full stop", sentence_cut(8))
case("cut-gluefights", "remove if the glue fights you comma put it back on the heat mat for another ninety seconds comma don't force it full stop",
     sentence_cut(11))
case("cut-tape", "I would like you to remove the sentence about sticking the screws on a bit of tape, please.", sentence_cut(14))
case("cut-lego-sentence", "drop the whole Lego piece line from the A-roll", sentence_cut(16))
case("cut-scrape", "cut the scraping the old glue off the frame with the smudger line", sentence_cut(20))
case("cut-feed-cable", "remove the sentence about feeding the cable through the slot full stop", sentence_cut(23))
case("cut-gap-mm", "cut the one point two millimetres sentence comma nobody cares", sentence_cut(27))
case("cut-fingerprint", "Please kindly take out the sentence about the fingerprint sensor.", sentence_cut(31))
case("cut-hourhalf", "Kindly remove the sentence where she says the whole thing took about an hour and a half.", sentence_cut(32))
case("cut-tunde-clumsy", "cut the if i can do it you can do it line", sentence_cut(33))
case("cut-comment-dictation", "delete the sentence drop a comment if you want me to do the battery next", sentence_cut(34))
case("cut-books-dictation", "remove the sentence press the new screen down round the edges full stop", sentence_cut(24))
case("cut-range-kit-screen", "cut from 'I got the whole kit online' through the end of the new-phone line (approx 0:23-0:33)", sentence_cut(4, 5))
case("cut-range-truth-works", "Please remove everything from 'Okay, moment of truth' up to the end of 'everything works'.", sentence_cut(29, 30))
case("cut-range-fingerprint-hour", "Please remove the sentence about the fingerprint sensor and also the sentence straight after it, about the hour and a half.", sentence_cut(31, 32))
case("cut-two-prices", "Please remove both sentences about prices: the one about the kit and the one about the new screen. I do not want people to know what we paid.", sentences_cut(4, 5))
case("cut-range-secs", "jump cut 00:01:01 to 00:01:03", {"duration_near": [r(D - 2.0), 0.1]})
case("cut-range-mmss", "remove 2:20 to 2:23 full stop", {"duration_near": [r(D - 3.0), 0.1]})
case("cut-range-tc", "chop 01:40 - 01:43 out", {"duration_near": [r(D - 3.0), 0.1]})
case("cut-range-1m", "jump cut 1m05 to 1m07", {"duration_near": [r(D - 2.0), 0.1]})

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "cut the first two seconds off full stop", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-tail-half", "trim ~0.5s off the tail of the timeline", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last word ends about 0.76 s before the end, all silence: anywhere near half a second is fine")
case("trim-start-right", "Please start the video at the point where she says 'Right, what you need is'.", start_at(3))
case("trim-start-first", "Please begin the video at the point where she says 'First, switch the phone off'.", start_at(6))
case("trim-end-comment", "end the edit after 'subscribe, innit', bin everything after, end screen goes there later", end_after(34))
case("trim-end-works", "finish the video right after everything works full stop", end_after(30))
case("trim-143022-4s", "trim 20260512_143022 to 4s",
     {**on(BACKPICK, start=54.0, within=[54.0, 58.0]), "duration_near": [D, 0.05]}, setup=[ins("m2", 54.0)])
case("trim-capcut-shorter", "trim three seconds off the cap cut timelapse",
     {**on(CAPCUT, within=[153.0, 158.0]), "duration_near": [D, 0.05]}, setup=[ins("m6", 153.0)])
case("trim-snap-2s", "Please shorten the Snapchat clip to two seconds.",
     {**on(SNAP, start=6.0, within=[6.0, 8.0]), "duration_near": [D, 0.05]}, setup=[ins("m8", 6.0)])
case("move-143158-131", "slide 143158 to 01:31", on(FRONTPICK, start=at("1:31"), count=1), setup=[ins("m3", 100.0)])
case("move-screws-later", "nudge the screws clip two seconds later full stop", on(SCREWS, start=71.0, count=1), setup=[ins("m9", 69.0)])
case("move-suction-earlier", "I would like the suction cup clip to come in three seconds earlier, please.", on(SUCTION, start=48.0, count=1), setup=[ins("m15", 51.0)])
case("move-switchon-sentence", "line up the switch on clip with the start of 'It's on, it literally works'",
     on(SWITCHON, start=SEG[30].start, tol=0.3, count=1), setup=[ins("m10", 140.0)])
case("reorder-picks", "reorder the two pick cutaways: back glass first, then front screen",
     {**on(BACKPICK, start=54.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 61.0, "tol": 1.0}},
     setup=[ins("m3", 54.0), ins("m2", 61.0)])
case("reorder-snap-tiktok", "Please kindly swap the Snapchat clip and the TikTok clip around.",
     {**on(TIKTOK, start=6.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 11.0, "tol": 1.0}},
     setup=[ins("m8", 6.0), ins("m7", 11.0)])
case("reorder-spudger-screws", "I would like the spudger clip to come before the screws clip, please.",
     {**on(SPUDGER, start=69.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 74.0, "tol": 1.0}},
     setup=[ins("m9", 69.0), ins("m14", 75.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-picks", "cross dissolve between the two pick cutaways", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 54.0), ins("m3", 61.0)])
case("transition-dip-snap-tiktok", "1s dip to black from the snap into the tiktok",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m8", 6.0), ins("m7", 11.0)])
case("transition-wipe", "wipe from the screws clip into the smudger one full stop", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m9", 69.0), ins("m14", 75.0)])
case("transition-harsh", "the cut from the suction cup clip to the back glass pick is mad harsh, smooth it",
     {"transition": {"role": "broll"}}, setup=[ins("m15", 48.0), ins("m2", 53.0)], note="any kind of transition counts")
case("transition-switchon-photo", "Could you please add a gentle transition from the switch on video into the photo of the fixed phone?",
     {"transition": {"role": "broll"}}, setup=[ins("m10", 146.0), ins("m11", 152.0, 4.0)])
case("effect-fadein", "Please could the video fade in from black at the beginning?", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "three second fade to black at the end full stop", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-warm", "my ring light makes me look well blue, warm me up a bit", {"effect": {"role": "main", "type": "color"}},
     note="any colour correction on the talk counts")
case("effect-bw-tiktok", "tiktok insert in full B&W", bw(TIKTOK), setup=[ins("m7", 11.0)])
case("effect-zoom-img0430", "slow punch-in on the fixed phone photo", {"effect": {"media": FIXED_PIC, "type": "zoom"}},
     setup=[ins("m11", 152.0, 4.0)])
case("effect-blur-snap", "blur the snapchat clip, theres a random mans face on the bus", {"effect": {"media": SNAP, "type": "blur"}},
     setup=[ins("m8", 6.0)])
case("effect-bright-obs", "the o b s recording is too dark comma brighten it", {"effect": {"media": OBS, "type": "color"}},
     setup=[ins("m5", 24.0)], note="any colour adjustment on it counts")
case("effect-normalize", "normalise the A-roll audio", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade in the music bed", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "Please fade the music out at the end.", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-rotate-suction", "The suction cup video is on its side. Please rotate it 90 degrees clockwise.",
     {"effect": {"media": SUCTION, "type": "rotate", "degrees": 90}}, setup=[ins("m15", 48.0)])
case("effect-flip-spudger", "smudger clip is mirrored comma flip it", {"effect": {"media": SPUDGER, "type": "flip"}}, setup=[ins("m14", 79.0)])
case("effect-mono-desk", "desk wide in monochrome", bw(DESK), setup=[ins("m4", 18.0)])
case("speed-143158-2x", "143158 at 200%", {"speed": {"media": FRONTPICK, "value": 2.0}}, setup=[ins("m3", 91.0)])
case("speed-screws-half", "Please slow the clip of the screws down to half speed.", {"speed": {"media": SCREWS, "value": 0.5}}, setup=[ins("m9", 69.0)])
case("speed-talk-10pc", "can the whole talking part be 10 percent faster question mark", {"speed": {"role": "main", "value": 1.1}})
case("speed-capcut-4x", "capcut timelapse at 400% speed", {"speed": {"media": CAPCUT, "value": 4.0}}, setup=[ins("m6", 153.0)])
case("speed-adhesive-075", "Please play the adhesive clip at three quarters speed.", {"speed": {"media": ADHESIVE, "value": 0.75}},
     setup=[ins("m13", 111.0)])
case("speed-switchon-slowmo", "switch-on clip at 25% speed for the slow-mo reveal", {"speed": {"media": SWITCHON, "value": 0.25}},
     setup=[ins("m10", 146.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-20", "music bed to -20 dB", {"clip_volume": {"role": "music", "db": -20.0}})
case("audio-beat-down5", "make the beat five decibels quieter full stop", {"clip_volume": {"role": "music", "db": MUSIC_DB - 5.0}})
case("audio-music-up2", "Please raise the music by 2 dB.", {"clip_volume": {"role": "music", "db": MUSIC_DB + 2.0}})
case("audio-music-words", "set the background music to minus twenty five full stop", {"clip_volume": {"role": "music", "db": -25.0}})
case("audio-drowning", "the beat is drowning me out fr", {"clip_volume": {"role": "music", "db": -24.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts")
case("audio-duck", "duck the music under the A-roll", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-funmi", "Would it be possible for the music to go quieter whenever my daughter is speaking, and come back up in between?",
     {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-12", "drop the beat twelve decibels whenever i talk full stop", {"music_envelope_dips_during_speech": -11.5})
case("audio-mute-music", "I would like the music to be muted completely, please.", {"track_muted": "music"})
case("audio-voice-up3", "Please could you make my daughter's voice 3 dB louder?", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down2", "Please reduce my daughter's voice by 2 dB, she is rather loud.", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "unmute the music bed", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"I Fixed My Own Phone Screen\" over the first 4 seconds", title("I Fixed My Own Phone Screen", 0.0, 4.0))
case("title-lowerthird", "lower third 'Kemi, Peckham' at 0:01 for 3 secs", title("Kemi, Peckham", at("0:01"), 3.0))
case("title-temp", "text \"80°C for 90s\" at 0:38", title("80°C for 90s", at("0:38")))
case("title-screws", "caption 'x11 screws' at 1m09", title("x11 screws", at("1m09")))
case("title-mm", "Please add the text \"1.2 mm gap\" at 2:14.", title("1.2 mm gap", at("2:14")))
case("title-endscreen", "end screen text 'what should i fix next?' for the last 4 seconds", title("what should i fix next?", r(D - 4.0), 4.0))
case("title-emoji", "text '📱 before / after 📱' at 2:27", title("📱 before / after 📱", at("2:27")))
case("title-chapter", "chapter title 'Step 3: Front screen' when she starts 'Next you flip the phone over'",
     title("Step 3: Front screen", SEG[17].start))
case("title-price", "\"£22 kit + £55 screen\" on screen from 0:23 to 0:29", title("£22 kit + £55 screen", at("0:23"), at("0:29") - at("0:23")))
case("title-tunde", "caption 'TUNDE PAY ME BACK' at 0:11 lol", title("TUNDE PAY ME BACK", at("0:11")))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "cut the ums and uhs and also the bit where she starts the adhesive part again",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one um")
case("multi-pauses-duck", "tighten the long gaps and duck the music when i'm talking full stop",
     {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-tiktok-bw", "tiktok insert at 0:06, B&W", {**on(TIKTOK, role=None, start=at("0:06")), **bw(TIKTOK)})
case("multi-photo-caption", "at 2:30 put the fixed phone photo and the text \"fixed it 💅\"",
     {**on(FIXED_PIC, role=None, start=at("2:30")), **title("fixed it 💅", at("2:30"))})
case("multi-retake-adhesive", "cut my first messed up go at the adhesive line then put the adhesive peel clip over the proper one",
     {**RETAKE, **on(ADHESIVE, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "beat at minus 22 comma and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-capcut-mute", "Please play the CapCut timelapse at double speed, and mute the music.", {"speed": {"media": CAPCUT, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m6", 153.0)])
case("multi-trim-title", "chop 2 secs off the start then put 'Screen Repair 101' at 0:00",
     {"duration_near": [r(D - 2.0), 0.1], **title("Screen Repair 101", 0.0)})
case("multi-screws-fadein", "MVI_0421 at 01:09 with a fade in",
     {**on(SCREWS, role=None, start=at("1:09")), "effect": {"media": SCREWS, "type": "fade_in"}})
case("multi-normalize-duck", "Please normalise my daughter's voice and lower the music underneath her speech.",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-tunde-kit", "Please remove the sentence where she tells Tunde he owes her money, and also the sentence right after it where she lists what you need.", sentence_cut(2, 3))
case("multi-innit-literally", "remove every in it and every literally full stop", phrases_cut(INNITS + LITERALLYS))

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white full stop", bw(FRONTPICK), history=["put 143158 at 1:31"])
case("convo-move-it", "nah, slip it to 02:32", on(FIXED_PIC, start=at("2:32"), count=1), history=["put IMG_0430 at 2:30"])
case("convo-quieter", "It is still too loud, I am afraid.", {"clip_volume": {"role": "music", "db": -24.0, "tol": 3.0}},
     history=["music to -20"], note="judgement: anything from 1 to 7 dB below -20")
case("convo-louder", "cant hear it at all now, bit louder", {"clip_volume": {"role": "music", "db": -27.0, "tol": 2.5}},
     history=["set the music to -30 dB"], note="judgement: louder than -30 but not back above -24")
case("convo-undo", "No, please undo that.", {"matches_initial": True}, history=["cut the first 5 seconds"])
case("convo-which-samsung", "the one going round the back glass", on(BACKPICK, start=at("0:54")),
     history=["put the pick clip at 0:54"],
     note="the first turn is ambiguous (143022 and 143158 both show the pick); the answer means 20260512_143022.mp4")
case("convo-which-canon", "the one with the screws", on(SCREWS, start=at("1:09")), history=["put the MVI clip at 1:09"],
     note="the first turn is ambiguous (MVI_0421 and MVI_0424); the answer means MVI_0421.MOV")
case("convo-title-longer", "Please keep it on screen for 5 seconds.", title("Screen Repair", 0.0, 5.0), history=["add a title \"Screen Repair\" at the start"])
case("convo-that-fast", "make that one twice as fast", {"speed": {"media": SUCTION, "value": 2.0}}, history=["put suction cup pull.mp4 at 0:48"])
case("convo-same-guide", "and same with the guide screenshot at 1:09", on(GUIDE, start=at("1:09")),
     history=["put the snapchat clip at 0:06"])
case("convo-fade-it", "fade that one out full stop", {"effect": {"media": ADHESIVE, "type": "fade_out"}}, history=["adhesive_peel_FINAL_final2 at 1:51"])
case("convo-music-too", "Please do the same for the music as well.", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "actually put it back to normal speed full stop", {**on(CAPCUT, role=None, start=at("2:33")), "speed": {"media": CAPCUT, "value": 1.0}},
     history=["capcut timelapse at 2:33", "make it 3x"])
case("convo-caption-move", "move that lower third to 0:40", title("90 secs", at("0:40")), history=["caption \"90 secs\" at 0:38"])
case("convo-other-samsung", "and the front screen pick cutaway at 1:31", on(FRONTPICK, start=at("1:31")), history=["put 20260512_143022 at 0:54"])
case("convo-pauses-too", "and the long gaps while youre at it",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["cut all the ums and uhs"])
case("convo-retext", "change it to say \"80°C, 90 seconds\"", title("80°C, 90 seconds", at("0:38")), history=["add a caption \"80°C\" at 0:38"])
case("convo-where-again", "sorry what time was that", {"unchanged": True, "reply_has": [mmss(SEG[2].start)]},
     history=["where do i tell tunde he owes me money?"])
case("convo-not-that-one", "no the other samsung one, the front screen", {**on(FRONTPICK, start=at("1:31")), "no_clip": {"media": BACKPICK}},
     history=["put 20260512_143022 at 1:31"], note="a correction: the front screen clip replaces the back glass clip at 1:31")
case("convo-fadein-it", "and fade it in", {"effect": {"media": SNAP, "type": "fade_in"}}, history=["put the snapchat video at 0:06"])
case("convo-redo", "actually redo that full stop", UMS, history=["remove all the ums", "undo"], note="redo brings the um cut back (ums only)")
case("convo-louder-voice", "bit more", {"clip_volume": {"role": "main", "db": 4.5, "tol": 1.5}},
     history=["turn my voice up 2 dB"], note="judgement: a little louder than +2 (at least +3), up to about +6")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "what's the runtime rn?", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-tunde", "when do i call tunde out about the money", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[2].start)]})
case("question-where-front", "What time does she begin explaining how to heat the front of the phone?",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[17].start)]})
case("question-where-scrape", "timecode for where she scrapes the old glue off?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[20].start)]})
case("question-where-switchon", "at what point do i turn it on for the first time question mark", {"unchanged": True, "reply_has": [mmss(SEG[29].start)]})
case("question-music-level", "What level is the music currently set to, please?", {"unchanged": True, "reply_has": ["-16"]})
case("question-unused", "Could you tell me which clips have not been used yet?", UNCHANGED)
case("question-literally-count", "how many times do i say literally be honest", UNCHANGED)
case("question-take2", "Did my daughter record the ending twice?", UNCHANGED)
case("question-broll-track", "whats on the b-roll track atm", {"unchanged": True, "reply_has": [BACKPICK, SWITCHON]},
     setup=[ins("m2", 54.0), ins("m10", 146.0)])
case("question-stumbles", "Are there any places where my daughter makes a mistake and starts again?", UNCHANGED)
case("question-res", "what res are the canon clips", UNCHANGED)
case("question-fps", "what frame rate is the timeline question mark", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "do i have any sound effects question mark", UNCHANGED)
case("question-after-cut", "how long is it now after that?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["cut all the ums and uhs"])
case("question-what-did", "what did you just do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 3 seconds"])
case("question-chapters", "can you list the chapters for the youtube description", UNCHANGED)
case("question-dictation", "question mark how long is the video", UNCHANGED, note="dictation with the spoken punctuation first")

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "thank u sm 🙏", UNCHANGED)
case("chat-tunde", "tunde is gonna be so vexed when he sees this lmaooo", UNCHANGED)
case("chat-funmi-hello", "Good afternoon. This is Kemi's mother. I will be helping her with the editing today.", UNCHANGED)
case("chat-brb", "be right back comma getting a drink", UNCHANGED)
case("chat-clever", "ur actually so smart for a computer", UNCHANGED)
case("chat-thinking", "hmm lemme think", UNCHANGED)
case("chat-safe", "safe", UNCHANGED)
case("chat-funmi-proud", "Thank you very much. I am very proud of my daughter, she fixed it all by herself.", UNCHANGED)
case("chat-dictation", "okay full stop thank you", UNCHANGED)
case("chat-yt-views", "this is gonna do numbers, algorithm gonna love it", UNCHANGED)
case("chat-allowit", "allow it, my mum is taking over now", UNCHANGED)
case("chat-innit", "innit", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-tundeclip", "put the clip of tunday over the bus bit", UNCHANGED, note="Tunde is in no media")
case("nonedit-missing-143023", "add 20260512_143023.mp4 at 0:50", UNCHANGED, note="the Samsung clips are 143022 and 143158")
case("nonedit-missing-mvi0422", "MVI_0422 at 1:10", UNCHANGED, note="the Canon clips are 0421 and 0424")
case("nonedit-missing-final3", "adhesive_peel_FINAL_final3 at 1:51", UNCHANGED, note="only _final2 is in the bin; should ask")
case("nonedit-missing-heatgun", "put the heat gun footage over the heat mat sentence", UNCHANGED, note="no such clip; she uses a heat mat")
case("nonedit-missing-iphone", "Please remove the part where she talks about iPhones.", UNCHANGED, note="never said")
case("nonedit-missing-battery-swap", "Please remove the section where she replaces the battery.", UNCHANGED,
     note="she only disconnects it; the battery swap is a future video")
case("nonedit-missing-tweezers", "remove the sentence about the tweezers full stop", UNCHANGED, note="never said")
case("nonedit-missing-sister", "cut the line where i mention my sister", UNCHANGED, note="never said; Tunde is a cousin")
case("nonedit-missing-glass-sfx", "glass smash SFX at 0:05", UNCHANGED, note="the only sound effect is a connector click")
case("nonedit-missing-warranty", "Kindly cut the part where my daughter says the warranty is void.", UNCHANGED, note="never said")
case("nonedit-missing-greggs", "cut the greggs bit", UNCHANGED, note="she says sausage roll, never Greggs")
case("nonedit-offtimeline-click", "Please make the connector click a little quieter.", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-capcut", "speed up the capcut timelapse", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-take2", "REC00012 needs to be 3dB louder", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-obs", "fade out the obs recording", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-tiktok", "Please make the TikTok video black and white.", UNCHANGED, note="only in the bin")
case("nonedit-ambig-samsung", "the samsung clip at 1:00", UNCHANGED, note="143022 and 143158 are both Samsung clips")
case("nonedit-ambig-pick", "put the pick clip at 0:55", UNCHANGED, note="143022 (back glass) and 143158 (front screen)")
case("nonedit-ambig-mvi", "MVI cutaway at 2:00", UNCHANGED, note="MVI_0421 or MVI_0424")
case("nonedit-ambig-canon", "Please put the Canon clip at 1:12.", UNCHANGED, note="MVI_0421, MVI_0424 (and the Canon still IMG_0430)")
case("nonedit-ambig-2026", "add the 2026 one at 0:40", UNCHANGED, note="two Samsung clips, the OBS recording, the Insta360, the CapCut export, the screenshot")
case("nonedit-ambig-closeup", "overhead close-up insert at 0:45", UNCHANGED, note="both Samsung clips are overhead close-ups")
case("nonedit-ambig-ninety", "cut the ninety seconds sentence", UNCHANGED, note="ninety seconds in 7, 11 and 17")
case("nonedit-ambig-heatmat", "delete the heat mad line", UNCHANGED, note="3, 7 and 11")
case("nonedit-ambig-spudger", "remove the smudger sentence full stop", UNCHANGED, note="3, 15 and 20")
case("nonedit-ambig-connector", "cut the connector sentence", UNCHANGED, note="15, 16 and 25")
case("nonedit-ambig-backglass", "Please remove the sentence about the back glass.", UNCHANGED, note="9, 12 and 28")
case("nonedit-ambig-eleven", "lose the eleven screws line full stop", UNCHANGED, note="13 and 26")
case("nonedit-ambig-tunde", "cut the tunde bit", UNCHANGED, note="Tunde in 1, 2 and 33")
case("nonedit-ambig-adhesive", "I would like the sentence about the adhesive removed, please.", UNCHANGED, note="21, 22 and 28")
case("nonedit-ambig-works", "cut the works line full stop", UNCHANGED, note="30 and 31")
case("nonedit-ambig-order", "delete the sentence where she says in order", UNCHANGED, note="14 and 25 (and 26, same order)")
case("nonedit-ambig-cable", "cut the cable sentence", UNCHANGED, note="12, 23 and 27")
case("nonedit-inside-reflection", "my face is reflected in the back glass in the 143022 clip, can you remove it", UNCHANGED,
     setup=[ins("m2", 54.0)])
case("nonedit-inside-man", "theres a man's face on the bus in the snapchat, cut just him out", UNCHANGED, setup=[ins("m8", 6.0)],
     note="a request about the inside of a clip; blur of the whole clip is effect-blur-snap")
case("nonedit-inside-screenshot", "what does the guide screenshot say about the screw lengths", UNCHANGED,
     note="a question about the inside of a still")
case("nonedit-inside-notification", "my phone pings at 1:15 comma take the ping out", UNCHANGED, note="no such sound in the talk")
case("nonedit-inside-crack", "make the cracks on the screen in the tiktok look less bad", UNCHANGED, setup=[ins("m7", 11.0)])

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-works", "delete everything after everything works full stop", {"confirm": True})
case("confirm-first-minute", "Please remove the entire first minute of the video.", {"confirm": True})
case("confirm-short", "cut it down to a 60s vertical for shorts, cut whatever", {"confirm": True})
case("confirm-range", "take out 0:30 to 1:30 full stop", {"confirm": True})
case("confirm-before-heat", "Please remove everything before she says 'Put the phone face down on the heat mat'.", {"confirm": True})
case("confirm-delete-talk", "delete the A-roll clip, all of it", {"confirm": True})
case("confirm-last40", "Please keep only the last forty seconds of the video.", {"confirm": True})
case("confirm-past-two", "hard cut everything after 2:00", {"confirm": True})
case("confirm-dictation", "delete everything after she says the fingerprint sensor still works full stop", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "v_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)
