"""Writes ae_heldout.jsonl from the cases below; every expected time is computed from project AE's
transcript (project_ae_braids.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("1:05", "01:05", "65 seconds", "one minute five", "@ 12s", "00:01:05:15", "2 min 1")
are parsed from the same string the message uses.

    cd evals/ae_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_ae_suite.py   (writes ../ae_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any earlier suite's phrasing beyond
Q's format). The people typing, roughly a quarter each: Sade herself (41, Brummie-Nigerian, long chatty
voice-note messages with "bab", "innit", "abeg", vague but resolvable references like "the bit where I'm
moaning about Janet"); her niece Temi (9, on her auntie's phone: very short, misspelt, emoji words,
questions); Kemi, Sade's business partner who runs the salon's socials ("the hook", "retention", "the
money shot", "CTA", "trending sound", "the before and after", and asks for things the editor may not do:
9:16, the booking link, auto captions in the brand font); and Mrs Okafor, an older client who types
formally ("Kindly expunge", "I should like the music reduced") with timecodes like 1:05, 01:05, 65
seconds and "one minute five". Bound conventions (the same as suite Q): D is the fresh timeline's length
(the built talk file holds int(T * 30) frames, T being timed_script's total; for this talk 5505 frames =
183.5 s, which test_project_ae.py checks against a real build).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05
Ducking is checked at -6 dB (or -9.5 for "10 dB"), since the bed already sits at -16 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_ae_braids import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_ae_braids import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # the fresh timeline: int(183.52 s * 30) = 5505 frames / 30 = 183.5, as built
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 9
MUSIC_DB = -16.0
RETAKE_I = 17  # the abandoned "feeding in" sentence; 18 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m14
(PARTING, FEEDIN, FINISHED, WEBCAM, TIKTOK, REEL, CAPCUT, XPRESSION, CLOSEUP, DIP, BLOWDRY, EDGES, BEFORE) = (
    M[i] for i in range(2, 15))

NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50}


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
    if t == "a minute and a half in":
        return 90.0
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
NUM = sum(w.text.lower().strip(",.") == "um" for w in WORDS)  # 5 of the 9 (one of them in the retake)
UMS = {"duration_lt": r(D - 0.35 * NUM), "duration_gt": r(D - (0.5 * NUM + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
SAYINGS = [(3, "you see what i'm saying"), (8, "you see what i'm saying"), (32, "you see what i'm saying")]
THATS_ITS = [(15, "and that's it"), (21, "and that's it"), (25, "and that's it")]
NUH = NFILL - NUM
UHS = {"duration_lt": r(D - 0.35 * NUH), "duration_gt": r(D - (0.5 * NUH + 1.8))}


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
    CASES.append({"id": f"ae-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-parting-brick", "put the iphone clip where im parting the brick pattern over the bit where i explain what brick pattern means bab",
     over(PARTING, 8), note="only IMG_2291's description has the parting; IMG_2296 is the feeding in")
case("broll-parting-squares", "IMG_2291 over 'inside each section you part little squares'", over(PARTING, 7))
case("broll-2291-sectioning", "2291 on the sectioning sentence pls", over(PARTING, 6))
case("broll-feedin-method", "the clip of aunty feeding the hair in over where she says the feed in method", over(FEEDIN, 13),
     note="Temi typing: 'aunty' is Sade, the speaker")
case("broll-feedin-stitches", "Kindly place the clip showing the braiding hair being fed in over the sentence about two or three stitches.",
     over(FEEDIN, 14))
case("broll-2296-keepfeeding", "IMG_2296.MOV over keep feeding in little bits", over(FEEDIN, 15))
case("broll-feedin-goodtake", "the feeding in iphone clip over the second go, the one where i actually say it right, braiding down first",
     over(FEEDIN, 18), note="the good take, not the abandoned sentence before it")
case("broll-finished-beaming", "the money shot of temi with the finished braids over 'look at her, shes beaming'", over(FINISHED, 31))
case("broll-2292-intro", "IMG_2292 over the very first line where I say hi and introduce Temi", over(FINISHED, 0))
case("broll-finished-sixweeks", "photo of temi swinging her braids over the six weeks sentence", over(FINISHED, 32))
case("broll-tiktok-ends", "that tiktok i downloaded of the lagos girl, put it over 'this is the part everybody asks me about on tiktok'",
     over(TIKTOK, 23))
case("broll-tiktok-knotless", "7357246810123456789 over the knotless way is the feed in method", over(TIKTOK, 13))
case("broll-reel-bookings", "our insta reel over the bookings are open line, thats the CTA moment", over(REEL, 34))
case("broll-reel-client", "Instagram_reel_2026-04-18.mp4 over the bit where she says what she charges a client", over(REEL, 30))
case("broll-webcam-tension", "WIN_20260418_15_02_44_Pro over the tension sentence", over(WEBCAM, 19))
case("broll-capcut-eighty", "CapCut_7357246810 over 'I do about eighty braids'", over(CAPCUT, 20))
case("broll-xpression-packs", "the xpression pack photo over where i say six packs of xpression", over(XPRESSION, 4))
case("broll-xpression-runout", "put the hair pack pic on 'six packs sounds like a lot'", over(XPRESSION, 5))
case("broll-closeup-edge", "parting CLOSEUP good one over the edge control on each part bit", over(CLOSEUP, 9))
case("broll-closeup-crooked", "the parting closeup good one clip over me telling temi to stop moving her head", over(CLOSEUP, 10))
case("broll-dip-pour", "ends dip FINAL v2 over pour the hot water into a tall mug", over(DIP, 25))
case("broll-dip-kettle", "I should like the clip of the ends being dipped placed over the sentence about boiling the kettle.", over(DIP, 24))
case("broll-dip-careful", "the hot warter dip clip on the careful with children bit", over(DIP, 26))
case("broll-blowdry-washed", "blowdrying temi over 'the hair has to be clean'", over(BLOWDRY, 2))
case("broll-blowdry-medium", "the blow dry vid over the medium heat with the comb attachment sentence", over(BLOWDRY, 3))
case("broll-edges-mousse", "20260418_161530 over the mousse bit where the frizz behaves", over(EDGES, 27))
case("broll-edges-scarf", "the edges and mousse clip from the tablet over 'tie it up with a silk scarf'", over(EDGES, 28))
case("broll-before-christmas", "temi BEFORE pic over the begging me for braids since christmas line", over(BEFORE, 1))
case("broll-before-nine", "the before photo over 'shes nine, shes got a mouth on her'", over(BEFORE, 1))
case("broll-webcam-film", "webcam clip WIN_20260418 over pace yourself and put a film on", over(WEBCAM, 20))
case("broll-tiktok-halfway", "lagos tiktok over 'her own hair runs out about halfway down'", over(TIKTOK, 21))
case("broll-reel-easy", "the reel of last months transformations over the easy bit at the end, take your time with your parts",
     over(REEL, 33))
case("broll-capcut-fivehours", "CapCut export over the five hours sentence", over(CAPCUT, 29))

# --- times and positions ---------------------------------------------------------------------------
case("time-2291-mmss", "IMG_2291 at 0:41", on(PARTING, start=at("0:41")))
case("time-2296-okafor", "Please insert IMG_2296 at 01:20.", on(FEEDIN, start=at("01:20")))
case("time-dip-65s", "ends dip FINAL v2 at 65 seconds please", on(DIP, start=at("65 seconds")))
case("time-dip-words", "Kindly put the ends dip clip at one minute five.", on(DIP, start=at("one minute five")))
case("time-blowdry-colon", "blowdrying temi @ 0:18", on(BLOWDRY, start=at("0:18")))
case("time-tiktok-bare", "tiktok vid at 125", on(TIKTOK, start=at("125")))
case("time-reel-min", "insta reel at 2 min 50", on(REEL, start=at("2 min 50")))
case("time-edges-secs", "20260418_161530 @ 142s", on(EDGES, start=at("142s")))
case("time-webcam-timecode", "WIN_20260418_15_02_44_Pro at 00:01:45:15", on(WEBCAM, start=at("00:01:45:15")))
case("time-splash-min", "splash sound at 2 min 12", on(SFX, role=None, start=at("2 min 12")))
case("time-splash-secs", "water splash sfx @ 132.5 secs", on(SFX, role=None, start=at("132.5 secs")))
case("time-xpression-5s", "xpression-prestretched-1b.jpg at 0:24 for 4 seconds",
     on(XPRESSION, start=at("0:24"), within=[at("0:24"), at("0:24") + 4.0]))
case("time-finished-about", "the pic of temi finished at roughly 2:44, doesnt have to be exact", on(FINISHED, start=at("2:44"), tol=1.5))
case("time-before-ish", "before pic somewhere round 7 seconds in, near enough", on(BEFORE, start=at("7"), tol=1.5))
case("time-capcut-2s-into", "bring the capcut clip in 2 seconds after I start 'I do about eighty braids'",
     on(CAPCUT, start=r(SEG[20].start + 2.0), tol=0.3))
case("time-dip-1s-after", "dip clip 1 second after she starts saying pour the hot water", on(DIP, start=r(SEG[25].start + 1.0), tol=0.3))
case("time-finished-before-end", "IMG_2292 five seconds before the end", on(FINISHED, start=r(D - 5.0), tol=0.3))
case("time-reel-before-end", "reel 20 secs before the finish, for the CTA", on(REEL, start=r(D - 20.0), tol=0.3))
case("pos-before-hook", "open on the before pic as the hook, right at 0:00 before sade even talks", on(BEFORE, role=None, start=0.0))
case("pos-finished-last", "last thing on screen should be temis finished braids photo, the after", on(FINISHED, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-closeup-middle", "stick the parting closeup good one clip slap bang in the middle", on(CLOSEUP, start=r(D / 2), tol=1.5))
case("pos-splash-dip", "splash noise right on 'dip the ends in'", on(SFX, role=None, overlaps=list(phrase(25, "dip the ends in"))))
case("pos-splash-kettle", "water splash sound when I say 'boil the kettle'", on(SFX, role=None, overlaps=list(phrase(24, "boil the kettle"))))
case("pos-splash-playhead", "put the splash here where i am", on(SFX, role=None, start=131.0), playhead=131.0)
case("pos-title-playhead", "text \"sealed!\" at the playhead", title("sealed!", start=135.0), playhead=135.0)
case("pos-selected-bw", "this one black and white, the highlighted one", bw(FEEDIN),
     setup=[ins("m2", 40.0), ins("m3", 80.0)], selection=["c4"], note="c4 is IMG_2296.MOV (setup makes c3, c4)")
case("pos-selected-slow", "half speed on the selected clip pls", {"speed": {"media": DIP, "value": 0.5}},
     setup=[ins("m11", 130.0), ins("m12", 15.0)], selection=["c3"], note="c3 is ends dip FINAL v2.mp4")
case("pos-title-ends", "title 'Step 4: Seal the ends' exactly when I say \"Now the ends\"", title("Step 4: Seal the ends", start=SEG[23].start))

# --- cuts: fillers, tics, pauses, the retake, sentences, phrases, ranges ---------------------------
case("cut-fillers", "take out all the ums and uhs", FILLERS)
case("cut-fillers-sade", "bab can you get rid of all my ummms and errrs, I sound like I dont know what Im doing and Ive been braiding twenty years",
     FILLERS, note="'err' is the British spelling of uh")
case("cut-fillers-temi", "take out the umms", UMS, note="Temi asks for the ums only")
case("cut-fillers-kemi", "clean up the filler words for retention, every um and uh", FILLERS)
case("cut-fillers-okafor", "I should be grateful if you would remove every hesitation, the ums and the uhs, throughout.", FILLERS)
case("cut-fillers-typo", "remvoe the um and uh's", FILLERS)
case("cut-uhs-only", "just the uhs, leave the ums", UHS)
case("cut-um-blowdry", "the um right at the start of the blow dry sentence, just that one", filler_in(3))
case("cut-uh-section", "delete the uh after 'Then,' in the sectioning bit about little squares", filler_in(7))
case("cut-um-janet", "theres an um in the middle of the janet rant, lose it", filler_in(11))
case("cut-uh-stitches", "take out the uh after 'her own hair first'", filler_in(14))
case("cut-um-bottom", "Kindly expunge the um before 'braid all the way to the bottom'.", filler_in(22))
case("cut-uh-mousse", "the uh at the beginning of the mousse sentence", filler_in(27))
case("cut-um-scarf", "snip the um after 'if she sleeps in the scarf'", filler_in(32))
case("cut-uh-soending", "remove the uh in 'So, uh, that's knotless box braids'", filler_in(33))
case("cut-saying-all", "i keep saying 'you see what im saying' lol take them all out", phrases_cut(SAYINGS), note="three: sentences 3, 8 and 32")
case("cut-saying-blowdry", "cut 'you see what I'm saying' from the blow dry sentence only", phrase_cut(3, "you see what i'm saying"))
case("cut-saying-brick", "lose the you see what im saying at the end of the brick pattern explanation", phrase_cut(8, "you see what i'm saying"))
case("cut-saying-scarf", "the 'you see what I'm saying' after 'which she won't', cut that", phrase_cut(32, "you see what i'm saying"))
case("cut-thatsit-all", "every 'and that's it' please, she says it like 3 times", phrases_cut(THATS_ITS))
case("cut-thatsit-sealed", "cut 'and that's it' before 'they're sealed'", phrase_cut(25, "and that's it"))
case("cut-thatsit-root", "remove 'and that's it' from the keep feeding in sentence", phrase_cut(15, "and that's it"))
case("cut-innit-christmas", "cut the innit off the end of since christmas", phrase_cut(1, "innit", 0.05, 0.25))
case("cut-innit-client", "lose the 'innit' after i charge a lot more, sounds unprofessional for the page", phrase_cut(30, "innit", 0.05, 0.25))
case("cut-abeg-careful", "take the abeg out of the careful with hot water line", phrase_cut(26, "abeg", 0.05, 0.25))
case("cut-bab-packs", "remove 'bab' from 'six packs sounds like a lot, bab'", phrase_cut(5, "bab", 0.05, 0.25))
case("cut-ahah", "cut the 'ah ah' before i tell temi off", phrase_cut(10, "ah ah"))
case("cut-nawa", "delete 'Na wa, that woman'", phrase_cut(12, "na wa that woman"))
case("cut-ehn", "the 'ehn' at the start of the tension sentence, take it out", phrase_cut(19, "ehn", 0.05, 0.25))
case("cut-look-first", "cut the 'Look,' before 'first things first'", phrase_cut(2, "look", 0.05, 0.25))
case("cut-phrase-notjoking", "snip out 'I'm not even joking'", phrase_cut(12, "i'm not even joking"))
case("cut-phrase-tantrum", "remove 'and one for a tantrum, and it wasn't mine' temi says its not funny", phrase_cut(29, "and one for a tantrum and it wasn't mine"))
case("cut-phrase-microwave", "cut 'she's been checking herself in the microwave door for ten minutes'",
     phrase_cut(31, "she's been checking herself in the microwave door for ten minutes"))
case("cut-phrase-whichshewont", "take out 'which she won't'", phrase_cut(32, "which she won't"))
case("cut-phrase-edgesscreaming", "Kindly remove the words 'with your edges screaming'.", phrase_cut(11, "with your edges screaming"))
case("cut-phrase-film", "drop 'and put a film on for her'", phrase_cut(20, "and put a film on for her"))
case("cut-phrase-notfried", "cut the words 'not fried' at the end of the blow dry line", phrase_cut(3, "not fried", 0.05, 0.3))
case("cut-phrase-eleven", "remove 'you don't want to run out at eleven o'clock at night'",
     phrase_cut(5, "you don't want to run out at eleven o'clock at night"))
case("cut-pauses", "tighten all the long gaps", PAUSES)
case("cut-pauses-kemi", "too much dead air for tiktok, kill the silences, retention drops in every gap", PAUSES)
case("cut-pauses-sade", "bab I go quiet loads when Im concentrating on the braid, can you close up all them long quiet bits all the way through", PAUSES)
case("cut-pauses-okafor", "I should like the long silences between sentences shortened, please.", PAUSES)
case("cut-pause-straight", "the gap after 'blow-dried it straight' goes on forever", pause_cut(2))
case("cut-pause-night", "shorten the silence after eleven o'clock at night", pause_cut(5))
case("cut-pause-stickout", "long pause after the little hairs dont stick out, tighten that one", pause_cut(9))
case("cut-pause-sunday", "theres a massive gap after the janet thing ends, 'by the next Sunday', shorten it", pause_cut(12))
case("cut-pause-gradually", "trim the quiet bit after 'fuller gradually'", pause_cut(18))
case("cut-pause-inch", "Kindly shorten the pause following 'an inch loose at the ends'.", pause_cut(22))
case("cut-pause-sets", "the silence after the mousse sets is too long", pause_cut(28))
case("cut-retake", "cut the bit where she starts again", RETAKE)
case("cut-retake-backwards", "i say 'no wait ive said that backwards, let me start that bit again', take that out and the messed up sentence before it",
     RETAKE)
case("cut-retake-kemi", "lose the fluff where you restart the feeding in explanation, keep the clean take", RETAKE)
case("cut-retake-okafor", "Please remove the first, muddled attempt at the feeding-in sentence.", RETAKE)
case("cut-retake-temi", "aunty messed up and said it again cut the wrong one", RETAKE)
case("cut-janet-rush", "take out the bit where im moaning about janet, she doesnt deserve the airtime", sentence_cut(11, 12),
     note="the Janet aside is two sentences: 11 and 12")
case("cut-janet-nawa", "cut the 'na wa that woman' sentence, the braids falling out one", sentence_cut(12))
case("cut-janet-okafor", "I should prefer the remarks about Janet's salon to be removed entirely.", sentence_cut(11, 12))
case("cut-stopmoving", "cut where she tells me off for moving my head 😭", sentence_cut(10))
case("cut-price", "remove the line about the forty pounds, we dont share prices on the page", sentence_cut(30))
case("cut-price-okafor", "Kindly expunge the sentence concerning forty pounds.", sentence_cut(30))
case("cut-tantrum", "delete the sentence where she says it took five hours and i had a tantrum", sentence_cut(29))
case("cut-microwave", "cut the microwave door sentence lol", sentence_cut(31))
case("cut-sixpacks-lot", "lose the 'six packs sounds like a lot' sentence", sentence_cut(5))
case("cut-tiktok-line", "take out 'Now the ends, this is the part everybody asks me about on TikTok.'", sentence_cut(23))
case("cut-nopulling", "remove the whole 'no knot at the root means no pulling' sentence, the one before already says it", sentence_cut(16))
case("cut-careful", "delete the safety line about hot water around children", sentence_cut(26))
case("cut-bookings", "cut the line where i say my bookings are open, we will put it in the caption instead", sentence_cut(34))
case("cut-quote-tension", "cut \"Ehn, keep your tension even, because if you pull one braid tighter than the next, the whole head looks wonky.\"",
     sentence_cut(19))
case("cut-nine", "cut 'shes nine, shes got a mouth on her' the whole sentence", sentence_cut(1))
case("cut-okafor-lastwords", "I do not care for the farewell, 'Tarra bab'. Kindly remove it.", sentence_cut(35))
case("cut-range-janet-to-feedin", "cut from 'When I was at Janet's salon' up to the end of 'by the next Sunday'", sentence_cut(11, 12))
case("cut-range-careful-mousse", "take out the careful with hot water sentence and the mousse one straight after it", sentence_cut(26, 27))
case("cut-range-microwave-weeks", "cut from 'Look at her' to the end of the six weeks sentence", sentence_cut(31, 32))
case("cut-fourbig", "cut the line about splitting the head into four big sections", sentence_cut(6))
case("cut-kettle", "delete 'Boil the kettle and let it sit a minute' the whole sentence, the water temp is too nerdy", sentence_cut(24))
case("cut-fingers", "remove the sentence where its just the braiding hair and your fingers doing it", sentence_cut(21))
case("cut-okafor-eighty", "Kindly expunge the sentence regarding the eighty braids.", sentence_cut(20))
case("cut-phrase-trustme", "cut 'trust me'", phrase_cut(5, "trust me"))
case("cut-phrase-wholepoint", "remove 'which is the whole point' from the end of the no pulling line", phrase_cut(16, "which is the whole point"))
case("cut-phrase-sayhi", "cut the say hi temi bit i didnt say hi 😤", phrase_cut(0, "say hi temi"))
case("cut-abeg-head", "lose the abeg when im telling temi to stop moving", phrase_cut(10, "abeg", 0.05, 0.25))
case("cut-range-packs-sections", "cut from 'Six packs sounds like a lot' to the end of 'clip them away'", sentence_cut(5, 6))
case("cut-phrase-notbubbling", "the words 'not bubbling' can go", phrase_cut(24, "not bubbling", 0.05, 0.3))
case("cut-range-secs", "cut 1:00 to 1:03", {"duration_near": [r(D - 3.0), 0.1]})
case("cut-range-okafor", "Please remove from 01:40 to 01:42.", {"duration_near": [r(D - 2.0), 0.1]})
case("cut-range-seconds", "remove 150s to 152.5s", {"duration_near": [r(D - 2.5), 0.1]})

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "chop the first 2 seconds off", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-tail-half", "shave half a sec off the end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last word ends 0.78 s before the end, all silence")
case("trim-start-look", "for the hook start it at 'Look, first things first', nobody watches intros", start_at(2))
case("trim-start-knotless", "start the video at 'Anyway, the knotless way is the feed-in method'", start_at(13))
case("trim-end-bookings", "end it on 'link in my bio', chop what comes after", end_after(34))
case("trim-end-easy", "Kindly conclude the video after 'the rest is easy'.", end_after(33))
case("trim-2291-4s", "IMG_2291 is too long make it 4 secs",
     {**on(PARTING, start=40.0, within=[40.0, 44.0]), "duration_near": [D, 0.05]}, setup=[ins("m2", 40.0)])
case("trim-reel-shorter", "cut 3 seconds off the insta reel",
     {**on(REEL, within=[160.0, 166.0]), "duration_near": [D, 0.05]}, setup=[ins("m7", 160.0)])
case("trim-tiktok-2s", "tiktok clip down to 2 seconds pls",
     {**on(TIKTOK, start=124.0, within=[124.0, 126.0]), "duration_near": [D, 0.05]}, setup=[ins("m6", 124.0)])
case("move-2296-120", "move IMG_2296 to 1:20", on(FEEDIN, start=at("1:20"), count=1), setup=[ins("m3", 100.0)])
case("move-dip-later", "nudge the ends dip clip 2 secs later", on(DIP, start=132.0, count=1), setup=[ins("m11", 130.0)])
case("move-blowdry-earlier", "blow drying clip needs to come in 3 seconds earlier", on(BLOWDRY, start=15.0, count=1), setup=[ins("m12", 18.0)])
case("move-edges-sentence", "line the tablet clip of the mousse up with the start of 'Then tie it up with a silk scarf'",
     on(EDGES, start=SEG[28].start, tol=0.3, count=1), setup=[ins("m13", 140.0)])
case("reorder-iphones", "wrong order, the parting clip should come before the feeding in one",
     {**on(PARTING, start=40.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 47.0, "tol": 1.0}},
     setup=[ins("m3", 40.0), ins("m2", 47.0)])
case("reorder-blowdry-before", "swap the blow dry clip and the before pic round, the before should be first",
     {**on(BEFORE, start=10.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 14.0, "tol": 1.0}},
     setup=[ins("m12", 10.0, 4.0), ins("m14", 14.0, 4.0)])
case("reorder-tiktok-dip", "I want the dip clip first then the tiktok",
     {**on(DIP, start=124.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 129.0, "tol": 1.0}},
     setup=[ins("m6", 124.0, 5.0), ins("m11", 129.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-iphones", "crossfade between the two iphone clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 40.0), ins("m3", 47.0)])
case("transition-dip-before-after", "dip to black between the before and the after pics, 1 sec",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m14", 160.0, 4.0), ins("m4", 164.0, 4.0)])
case("transition-wipe", "wipe from the blowdrying clip into the capcut one", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m12", 15.0), ins("m8", 21.0)])
case("transition-jumpy", "it jumps from the tiktok to the dip clip too sharp, make it smoother", {"transition": {"role": "broll"}},
     setup=[ins("m6", 124.0, 5.0), ins("m11", 129.0)], note="any kind of transition counts")
case("transition-okafor", "I should like a gentle dissolve from the clip of the ends being dipped to the photograph of Temi.",
     {"transition": {"role": "broll"}}, setup=[ins("m11", 130.0), ins("m4", 135.0, 4.0)])
case("effect-fadein", "fade in from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "3 second fade to black at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-warm", "my kitchen light makes my skin look grey, warm me up a bit bab", {"effect": {"role": "main", "type": "color"}},
     note="any colour correction on the talk counts")
case("effect-bw-2291", "IMG_2291 black n white", bw(PARTING), setup=[ins("m2", 40.0)])
case("effect-zoom-finished", "slow zoom on the pic of temi finished", {"effect": {"media": FINISHED, "type": "zoom"}},
     setup=[ins("m4", 163.0, 4.0)])
case("effect-blur-reel", "blur the insta reel, some of them clients never signed the form", {"effect": {"media": REEL, "type": "blur"}},
     setup=[ins("m7", 160.0)])
case("effect-dark-webcam", "the webcam clip is too dark, brighten it up", {"effect": {"media": WEBCAM, "type": "color"}},
     setup=[ins("m5", 105.0)], note="any colour adjustment counts")
case("effect-normalize", "even out my voice, normalise it, I go loud and quiet", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the afro vibes in", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "fade the music out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-mono-tiktok", "tiktok clip monochrome pls", bw(TIKTOK), setup=[ins("m6", 124.0)])
case("effect-rotate-blowdry", "the blow drying clip is sideways, turn it 90 degrees clockwise",
     {"effect": {"media": BLOWDRY, "type": "rotate", "degrees": 90}}, setup=[ins("m12", 15.0)])
case("effect-flip-closeup", "parting CLOSEUP good one is mirrored, flip it", {"effect": {"media": CLOSEUP, "type": "flip"}},
     setup=[ins("m10", 52.0)])
case("speed-2296-2x", "IMG_2296 double speed", {"speed": {"media": FEEDIN, "value": 2.0}}, setup=[ins("m3", 80.0)])
case("speed-2291-half", "slow IMG_2291 down to half", {"speed": {"media": PARTING, "value": 0.5}}, setup=[ins("m2", 40.0)])
case("speed-talk-10pc", "speed the whole thing up 10%, tiktok people scroll fast", {"speed": {"role": "main", "value": 1.1}})
case("speed-reel-3x", "insta reel 3x", {"speed": {"media": REEL, "value": 3.0}}, setup=[ins("m7", 160.0)])
case("speed-dip-slowmo", "make the dip clip slow mo, quarter speed, its the money shot", {"speed": {"media": DIP, "value": 0.25}},
     setup=[ins("m11", 130.0)])
case("speed-temi", "make the tiktok one go fasterrr 4x 🚀", {"speed": {"media": TIKTOK, "value": 4.0}}, setup=[ins("m6", 124.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-20", "music at -20 dB", {"clip_volume": {"role": "music", "db": -20.0}})
case("audio-music-down5", "afro vibes 5 dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 5.0}})
case("audio-music-up4", "bring the music up 4 dB, it needs energy", {"clip_volume": {"role": "music", "db": MUSIC_DB + 4.0}})
case("audio-okafor-reduce", "I should like the music reduced to minus twenty five.", {"clip_volume": {"role": "music", "db": -25.0}})
case("audio-drowning", "cant hear myself over the music bab", {"clip_volume": {"role": "music", "db": -24.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts")
case("audio-duck", "duck the music under my voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-kemi", "music should dip when sade talks and come back up between, standard tiktok mix", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-10", "drop the music 10 dB whenever there's speech", {"music_envelope_dips_during_speech": -9.5})
case("audio-mute-music", "no music, mute it", {"track_muted": "music"})
case("audio-voice-up3", "turn my voice up 3 dB", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down2", "Im too loud lol bring me down 2 dB", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "put the music back on", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Knotless Box Braids\" over the first 4 seconds", title("Knotless Box Braids", 0.0, 4.0))
case("title-name", "name caption 'Sade, Mobile Hairdresser, Birmingham' at 0:01 for 4 secs",
     title("Sade, Mobile Hairdresser, Birmingham", at("0:01"), 4.0))
case("title-packs", "put '6 packs of 26\" hair' on screen at 0:24", title("6 packs of 26\" hair", at("0:24")))
case("title-caps", "caption \"NO KNOTS = NO PAIN\" at 1:28", title("NO KNOTS = NO PAIN", at("1:28")))
case("title-cta", "CTA at the end 'Book now, link in bio' for the last 4 seconds", title("Book now, link in bio", r(D - 4.0), 4.0))
case("title-temi", "put 'TEMI IS THE BEST' at 1:00 😎", title("TEMI IS THE BEST", at("1:00")))
case("title-ninety", "text \"90°C water\" at 2:08", title("90°C water", at("2:08")))
case("title-step-brick", "'Step 2: Brick parts' as a title when I start on the little squares", title("Step 2: Brick parts", SEG[7].start))
case("title-okafor", "Kindly add the words \"Five hours, start to finish\" at 02:33.", title("Five hours, start to finish", at("02:33")))
case("title-emoji", "text '✨ before / after ✨' at 2:43", title("✨ before / after ✨", at("2:43")))
case("title-yoruba", "add 'E se o!' at 3:01", title("E se o!", at("3:01")))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "get rid of the ums and uhs and the bit where i restart",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one um")
case("multi-pauses-duck", "tighten the silences and duck the music under me", {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-2296-bw", "IMG_2296 at 1:20 and make it black and white", {**on(FEEDIN, role=None, start=at("1:20")), **bw(FEEDIN)})
case("multi-finished-caption", "at 2:43 put the pic of temi finished and the text \"the after\"",
     {**on(FINISHED, role=None, start=at("2:43")), **title("the after", at("2:43"))})
case("multi-retake-feedin", "cut my first go at the feeding in sentence then put IMG_2296 over the proper one",
     {**RETAKE, **on(FEEDIN, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "music to -22 and fade it out at the end", {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-reel-mute", "insta reel double speed and mute the music", {"speed": {"media": REEL, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m7", 160.0)])
case("multi-trim-title", "chop 2 secs off the front then put 'Knotless 101' at 0:00", {"duration_near": [r(D - 2.0), 0.1], **title("Knotless 101", 0.0)})
case("multi-dip-fadein", "ends dip FINAL v2 at 2:12 with a fade in", {**on(DIP, role=None, start=at("2:12")), "effect": {"media": DIP, "type": "fade_in"}})
case("multi-normalize-duck", "normalise my voice and duck the afro track under it",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-janet-fillers", "cut the janet rant and all the ums n uhs",
     {"duration_lt": r(D - (SEG[12].end - SEG[11].start - 0.05) - 0.35 * (NFILL - 1)),
      "duration_gt": r(D - (SEG[12].end - SEG[11].start + PAUSE[12] + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the Janet aside holds one um")
case("multi-price-microwave", "cut the forty pounds sentence and the microwave door one after it", sentence_cut(30, 31))

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(FEEDIN), history=["put IMG_2296 at 1:20"])
case("convo-move-it", "nah 2:46 instead", on(FINISHED, start=at("2:46"), count=1), history=["put IMG_2292 at 2:43"])
case("convo-quieter", "still too loud", {"clip_volume": {"role": "music", "db": -24.0, "tol": 3.0}},
     history=["music to -20"], note="judgement: anything from 1 to 7 dB below -20")
case("convo-louder", "now i cant hear it at all, bit louder", {"clip_volume": {"role": "music", "db": -27.0, "tol": 2.5}},
     history=["set the music to -30 dB"], note="judgement: louder than -30 but not back above -24")
case("convo-undo", "undo that", {"matches_initial": True}, history=["cut the first 3 seconds"])
case("convo-which-iphone", "the one where im feeding the hair in", on(FEEDIN, start=at("1:20")), history=["put the iphone clip at 1:20"],
     note="the first turn is ambiguous (IMG_2291 and IMG_2296 look alike) and should ask; the answer means IMG_2296")
case("convo-which-parting", "the one with the long name, good one", on(CLOSEUP, start=at("0:52")),
     history=["put the parting clip at 0:52"],
     note="the first turn is ambiguous (IMG_2291 parts in its description, 'parting CLOSEUP good one' by name)")
case("convo-which-pic", "the before one", on(BEFORE, start=at("0:07")), history=["put the pic of temi at 0:07"],
     note="IMG_2292 (Temi finished) or temi BEFORE pic; the answer means the before pic")
case("convo-title-longer", "keep it up for 6 seconds", title("Knotless Braids", 0.0, 6.0), history=["add a title \"Knotless Braids\" at the start"])
case("convo-that-fast", "make that twice as fast", {"speed": {"media": BLOWDRY, "value": 2.0}}, history=["put blowdrying temi at 0:18"])
case("convo-same-xpression", "and do the same with the xpression pic at 0:24", on(XPRESSION, start=at("0:24")),
     history=["put the before pic at 0:07"])
case("convo-fade-it", "fade it out", {"effect": {"media": DIP, "type": "fade_out"}}, history=["ends dip FINAL v2 at 2:12"])
case("convo-music-too", "same for the music", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "actually normal speed again", {**on(REEL, role=None, start=at("2:40")), "speed": {"media": REEL, "value": 1.0}},
     history=["insta reel at 2:40", "make it 3x"])
case("convo-caption-move", "move that text to 1:30", title("no knots", at("1:30")), history=["caption \"no knots\" at 1:28"])
case("convo-other-iphone", "and the parting iphone clip at 0:41", on(PARTING, start=at("0:41")), history=["put IMG_2296 at 1:20"])
case("convo-pauses-too", "and the long silences while youre at it",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["cut all the ums and uhs"])
case("convo-retext", "change it to say \"6 packs, 26 inch\"", title("6 packs, 26 inch", at("0:24")), history=["add a caption \"6 packs\" at 0:24"])
case("convo-where-again", "sorry what time was that again", {"unchanged": True, "reply_has": [mmss(SEG[11].start)]},
     history=["where do i start talking about janet?"])
case("convo-not-that-one", "no the other iphone one, the parting", {**on(PARTING, start=at("0:41")), "no_clip": {"media": FEEDIN}},
     history=["put IMG_2296 at 0:41"], note="a correction: the parting clip replaces the feeding-in clip at 0:41")
case("convo-fadein-it", "and fade it in", {"effect": {"media": REEL, "type": "fade_in"}}, history=["put the insta reel at 2:40"])
case("convo-redo", "actually redo it", UMS, history=["remove all the ums", "undo"], note="redo brings the um cut back")
case("convo-louder-voice", "little bit more", {"clip_volume": {"role": "main", "db": 5.0, "tol": 1.5}},
     history=["turn my voice up 3 dB"], note="judgement: a little louder than +3, up to about +6.5")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is it now?", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-janet", "when do I start going on about Janet", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[11].start)]})
case("question-where-kettle", "what time do i say to boil the kettle",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[24].start)]})
case("question-where-brick", "where do i explain the brick pattern", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[7].start)]})
case("question-where-price", "at what point does she say how much it cost", {"unchanged": True, "reply_has": [mmss(SEG[30].start)]})
case("question-where-temi", "wen does aunty tell me off 😂", {"unchanged": True, "reply_has": [mmss(SEG[10].start)]})
case("question-music-level", "how loud is the music at the moment?", {"unchanged": True, "reply_has": ["-16"]})
case("question-unused", "which clips havent I used yet", UNCHANGED)
case("question-um-count", "how many times do i say um", UNCHANGED)
case("question-intro-twice", "did I record the intro twice?", UNCHANGED)
case("question-broll-track", "what's on the b-roll track right now", {"unchanged": True, "reply_has": [PARTING, DIP]},
     setup=[ins("m2", 40.0), ins("m11", 130.0)])
case("question-fps", "what frame rate is it", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "do we have any sound effects in the bin", UNCHANGED)
case("question-after-cut", "how long is it after that?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["take out all the ums and uhs"])
case("question-what-did", "what did you just do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 3 seconds"])
case("question-temi-funny", "is my bit the funny bit", UNCHANGED)
case("question-temi-me", "am i in it", UNCHANGED)
case("question-kemi-retention", "where do you think people will drop off?", UNCHANGED)
case("question-okafor-music", "Might I ask what the music is called?", UNCHANGED)
case("question-okafor-long", "Could you tell me how long the finished video is at present?", {"unchanged": True, "reply_has": [mmss(D)]})
case("question-iphone-res", "what resolution are the iphone clips", UNCHANGED)
case("question-restart", "do I ever mess up and start a sentence again", UNCHANGED)

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks-sade", "ahh thank you bab youre a star", UNCHANGED)
case("chat-temi-hi", "hiiii its temi 👋", UNCHANGED)
case("chat-temi-lol", "lol", UNCHANGED)
case("chat-okafor-thanks", "Thank you very much indeed, that is most satisfactory.", UNCHANGED)
case("chat-kemi-brb", "one sec, client at the door", UNCHANGED)
case("chat-janet", "janet would never lmao", UNCHANGED)
case("chat-tarra", "tarra a bit", UNCHANGED)
case("chat-nawa", "na wa o", UNCHANGED)
case("chat-kemi-vibes", "this is giving. love it", UNCHANGED)
case("chat-okafor-hello", "Good afternoon. I hope you are well.", UNCHANGED)
case("chat-temi-bored", "im bored", UNCHANGED)
case("chat-sade-thinking", "hmm let me think about it innit", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-janetclip", "put the clip of Janet over the rant", UNCHANGED, note="Janet is in no media")
case("nonedit-missing-2290", "add IMG_2290.MOV at 0:30", UNCHANGED, note="the iPhone files are 2291, 2292 (still) and 2296")
case("nonedit-missing-dipv1", "ends dip FINAL v1 at 2:10", UNCHANGED, note="only v2 is in the bin; should ask, not pick v2")
case("nonedit-missing-win", "WIN_20260418_14_12_03_Pro at 1:00", UNCHANGED, note="the webcam clip is WIN_20260418_15_02_44_Pro")
case("nonedit-missing-cornrows", "cut the bit where i talk about cornrows", UNCHANGED, note="never said")
case("nonedit-missing-beads", "delete the sentence about the beads", UNCHANGED, note="never said")
case("nonedit-missing-mum", "cut where she mentions my mum", UNCHANGED, note="Temi's mum is never mentioned")
case("nonedit-missing-lighter", "remove the part where I burn the ends with a lighter", UNCHANGED, note="she dips them in hot water")
case("nonedit-missing-gel", "take out the sentence about gel", UNCHANGED, note="edge control and mousse, never gel")
case("nonedit-missing-hairdryer-sfx", "hairdryer sound effect at 0:18", UNCHANGED, note="the only sound effect is a water splash")
case("nonedit-missing-trending", "swap the music for a trending sound", UNCHANGED, note="no other music in the bin")
case("nonedit-missing-logo", "put our salon logo in the corner", UNCHANGED, note="no logo in the bin")
case("nonedit-missing-booking", "add the booking link", UNCHANGED, note="no link given; should ask what it is")
case("nonedit-missing-drone", "drone shot of birmingham over the intro", UNCHANGED, note="no such clip")
case("nonedit-missing-temiclip", "put the video of me dancing at the end", UNCHANGED, note="Temi typing; no such clip")
case("nonedit-unsupported-916", "make it 9:16 for tiktok", UNCHANGED, note="should say it can't reframe the project or ask")
case("nonedit-unsupported-brandfont", "add auto captions in our brand font, Gilroy bold pink", UNCHANGED,
     note="the brand font is not available; should ask or refuse rather than guess")
case("nonedit-offtimeline-splash", "make the splash quieter", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-tiktok", "speed up the tiktok clip", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-memo", "Temi intro redo needs to be louder", UNCHANGED, note="the voice memo is only in the bin")
case("nonedit-offtimeline-capcut", "fade out the capcut one", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-2291", "IMG_2291 should be black and white", UNCHANGED, note="IMG_2291 is only in the bin")
case("nonedit-ambig-iphone", "the iphone clip at 0:50", UNCHANGED, note="IMG_2291 and IMG_2296 are both iPhone clips")
case("nonedit-ambig-img", "put the IMG_229 one at 0:45", UNCHANGED, note="IMG_2291, IMG_2292 and IMG_2296")
case("nonedit-ambig-parting", "put the parting clip at 0:41", UNCHANGED, note="IMG_2291 (described) or parting CLOSEUP good one (named)")
case("nonedit-ambig-temipic", "the pic of temi at 2:40", UNCHANGED, note="IMG_2292 or temi BEFORE pic")
case("nonedit-ambig-closeup", "close up from behind her head at 1:10", UNCHANGED, note="IMG_2291 and IMG_2296 are both so described")
case("nonedit-ambig-photo", "add the photo at 0:25", UNCHANGED, note="three stills")
case("nonedit-ambig-packs", "cut the sentence about the packs", UNCHANGED, note="packs in 4, 5 and 30")
case("nonedit-ambig-hotwater", "delete the hot water line", UNCHANGED, note="25 and 26 (and 'water' in 24)")
case("nonedit-ambig-root", "remove the knot at the root sentence", UNCHANGED, note="15 and 16")
case("nonedit-ambig-brick", "cut the brick pattern sentence", UNCHANGED, note="7 and 8")
case("nonedit-ambig-edgecontrol", "take out the edge control line", UNCHANGED, note="9 and 30")
case("nonedit-ambig-mousse", "lose the mousse sentence", UNCHANGED, note="27 and 28")
case("nonedit-ambig-scarf", "cut the scarf line", UNCHANGED, note="28 and 32")
case("nonedit-ambig-tenmins", "cut the sentence with ten minutes in it", UNCHANGED, note="28 and 31")
case("nonedit-ambig-ends", "remove the ends sentence", UNCHANGED, note="22, 23 and 25")
case("nonedit-ambig-look", "cut the sentence that starts with look", UNCHANGED, note="2, 17, 18 and 31")
case("nonedit-ambig-okafor-six", "Kindly remove the sentence in which the number six is mentioned.", UNCHANGED, note="4, 5 and 32")
case("nonedit-ambig-temi-line", "cut the temi sentence", UNCHANGED, note="Temi named in 0, 10 and 20")
case("nonedit-inside-flyaway", "can you remove the flyaway hairs in the parting clip", UNCHANGED, setup=[ins("m2", 40.0)])
case("nonedit-inside-tiktok-face", "blur just the lagos girls face in the tiktok, not the whole thing", UNCHANGED,
     setup=[ins("m6", 124.0)], note="no face tracking")
case("nonedit-inside-xpression-colour", "what colour is the hair in the xpression photo", UNCHANGED)
case("nonedit-inside-kettle", "the kettle clicks at about 2:09, take the click out", UNCHANGED, note="no such sound in the talk")
case("nonedit-inside-temi-teeth", "make my teeth whiter in the photo", UNCHANGED, setup=[ins("m4", 163.0, 4.0)])
case("nonedit-inside-braids-longer", "make her braids look longer in the finished pic", UNCHANGED)

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-sealed", "delete everything after 'they're sealed'", {"confirm": True})
case("confirm-first-minute", "get rid of the whole first minute", {"confirm": True})
case("confirm-short", "make it a 30 second tiktok, cut whatever", {"confirm": True})
case("confirm-range", "take out 0:30 to 1:30", {"confirm": True})
case("confirm-before-ends", "everything before 'Now the ends' can go", {"confirm": True})
case("confirm-delete-talk", "delete the main video, all of it", {"confirm": True})
case("confirm-last45", "keep only the last 45 seconds", {"confirm": True})
case("confirm-okafor-half", "I should like the second half of the video removed entirely.", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "ae_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)
