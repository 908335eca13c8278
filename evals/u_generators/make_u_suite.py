"""Writes u_heldout.jsonl from the cases below; every expected time is computed from project U's
transcript (project_u_truing.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("at 1:12", "72s", "@ 0:45", "00:01:05:10", "1m12s", "2 min 5", "99.5 sec",
"a minute and a half in", "two minutes ten") are parsed from the same string the message uses.

    cd evals/u_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_u_suite.py   (writes ../u_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any other suite's phrasing beyond
Q's file format). The people typing, roughly a quarter each: Dev himself (34, Portland bike commuter,
fast, lowercase, "super", "dude", "lol", short), his partner Sam who edits for him (careful, polite,
whole sentences, calls him "Dev" or "he", asks before doing things), Kenji-style help from a friend
whose English is a second language (simple grammar, dropped articles: "put video of spoke on part
about tension"), and a social-media editor who thinks in reels and shorts ("tighten the hook", "dead
air", "punchy", timecodes like 1:12 or 72s, asks for 9:16). Bound conventions (the same as suite Q):
D is the fresh timeline's length (the built talk file holds int(T * 30) frames, T being timed_script's
total, and the timeline is those frames; for this talk that is 5052 frames = 168.4 s, which
test_project_u.py checks against a real build).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05
Ducking is checked at -6 dB (or -11.5 for "12 dB"), as in Q (the bed sits at -18 dB here).
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_u_truing import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_u_truing import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # the fresh timeline: int(168.43 s * 30) = 5052 frames / 30 = 168.4, as built
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 8
MUSIC_DB = -18.0
RETAKE_I = 15  # the abandoned "which way to turn" sentence; 16 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(WOBBLE, STRAIGHT, PLUCK, BIKEPIC, SCREENREC, BRIDGE, WHEELOFF, ZOOM, SNAP, SPOKEKEY, WOBBLEV2, POINTER, STANDBUILD, CHART) = (
    M[i] for i in range(2, 16))

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
NUM = sum(w.text.lower().strip(",.") == "um" for w in WORDS)  # 4 of the 8
UMS = {"duration_lt": r(D - 0.35 * NUM), "duration_gt": r(D - (0.5 * NUM + 1.8))}
NUH = sum(w.text.lower().strip(",.") == "uh" for w in WORDS)  # 4 of the 8
UHS = {"duration_lt": r(D - 0.35 * NUH), "duration_gt": r(D - (0.5 * NUH + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
SO_BASICALLYS = [(1, "so basically"), (11, "so basically"), (33, "so basically")]
YOU_KNOWS = [(9, "you know"), (18, "you know"), (22, "you know")]
RIGHTS = [(4, "right"), (14, "right"), (25, "right")]  # the tag questions "right?", not "right here" or "pull it right"


def last_phrase(i: int, text: str) -> tuple[float, float]:
    """Like phrase() but the last place the words occur in sentence i."""
    want = text.lower().split()
    words = [w for w in WORDS if SEG[i].start <= w.start <= SEG[i].end]
    norm = [w.text.lower().strip(",.'?:") for w in words]
    for k in range(len(words) - len(want), -1, -1):
        if norm[k:k + len(want)] == want:
            return words[k].start, words[k + len(want) - 1].end
    raise KeyError((i, text))


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
    CASES.append({"id": f"u-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-wobble-spot", "put the dji clip where the wheel is wobbling over 'thats your wobble'", over(WOBBLE, 9),
     note="only DJI ..._0007's description has the rim wobbling; ..._0012 runs straight")
case("broll-wobble-spin", "Could you put the clip of the wheel wobbling past the pointer over where Dev says to spin it slowly and watch the rim?",
     over(WOBBLE, 8))
case("broll-0007-annoying", "0007 over the super annoying wobble line", over(WOBBLE, 1))
case("broll-straight-even", "straight running wheel video on top of 'the gap to the pointer should be a little more even'", over(STRAIGHT, 20))
case("broll-0012-smooth", "DJI_20260501121544_0012_D over the part he says it rides so smooth now", over(STRAIGHT, 32))
case("broll-straight-millimeter", "put video of wheel running straight on part where he say under one millimeter", over(STRAIGHT, 25))
case("broll-pluck-guitar", "the plucking spokes clip over 'you can pluck them like guitar strings'", over(PLUCK, 24))
case("broll-dscf4439-sixteen", "DSCF4439 over thirty two spokes sentence", over(PLUCK, 23))
case("broll-bikepic-backon", "photo of finished bike on the porch over where I put the wheel back on", over(BIKEPIC, 30))
case("broll-dscf4452-outro", "DSCF4452.JPG on the 'thats how you true a wheel' outro line pls", over(BIKEPIC, 33))
case("broll-screenrec-tension", "Screen Recording 2026-05-01 at 9.14.33 PM over the sentence about spreading the work over three or four spokes",
     over(SCREENREC, 22))
case("broll-bridge-pothole", "the pixel clip of me riding in the rain over the pothole on division st bit", over(BRIDGE, 2))
case("broll-pxl-rides", "PXL_20260430 over 'no more ticking, no more rubbing'", over(BRIDGE, 32))
case("broll-bridge-intro", "Hawthorne bridge footage over the very first line, the hook needs movement", over(BRIDGE, 0))
case("broll-wheeloff-air", "put samsung video where he lets air out and takes wheel off, over that same sentence", over(WHEELOFF, 6))
case("broll-20260430-backon", "20260430_191204 over the wheel back on the bike sentence", over(WHEELOFF, 30))
case("broll-zoom-rosa", "the zoom call with the co-op people over the rosa shout out", over(ZOOM, 17))
case("broll-gmt-comments", "GMT20260428 recording over the like and subscribe bit", over(ZOOM, 34))
case("broll-snap-bald", "Snapchat-1783920455 over 'she also told me I was riding on tires that were basically bald'", over(SNAP, 18))
case("broll-spokekey-quarter", "the spoke key close up turning a nipple over 'just a quarter turn at a time'", over(SPOKEKEY, 13))
case("broll-a001-counter", "A001_C004 over the correct version of the which way to turn line, the second one where he gets it right",
     over(SPOKEKEY, 16), note="the good take of the spoke key direction, not the abandoned one before it")
case("broll-spokekey-backtoit", "spoke key closeup on part 'okay so back to it'", over(SPOKEKEY, 19))
case("broll-wobblev2-rubs", "wheel_wobble_closeup_final_v2 over the brake pad rubbing line at the start", over(WOBBLEV2, 1))
case("broll-wobblev2-hop", "wheel_wobble_closeup_final_v2.mp4 over the up and down wobble, the hop", over(WOBBLEV2, 26))
case("broll-pointer-drop", "zip_tie_pointer over 'Drop it into the stand and zip tie a little pointer to the frame'", over(POINTER, 7))
case("broll-pointer-check", "zip tie pointer clip over spin it one more time and check the pointer again", over(POINTER, 29))
case("broll-standbuild-fork", "truing stand build.mov over where I say I built it out of an old fork", over(STANDBUILD, 4))
case("broll-standbuild-zero", "the stand build clip over the zero dollars line lol", over(STANDBUILD, 5))
case("broll-chart-tension", "screenshot of the spoke tension chart over 'so the tension stays even'", over(CHART, 22))
case("broll-chart-leftright", "Please put the tension chart picture over the sentence where Dev explains the left spokes pull the rim left.",
     over(CHART, 11))
case("broll-pluck-pinging", "DSCF4439.MOV over 'That pinging is totally normal'", over(PLUCK, 28))

# --- times and positions ---------------------------------------------------------------------------
case("time-0007-mmss", "DJI_20260501120301_0007_D at 0:40", on(WOBBLE, start=at("0:40")))
case("time-0012-secs", "drop the 0012 dji clip in at 99s", on(STRAIGHT, start=at("99s")))
case("time-pluck-1m", "plucking clip at 1m57s", on(PLUCK, start=at("1m57s")))
case("time-a001-72", "A001_C004_0501XY at 72s", on(SPOKEKEY, start=at("72s")))
case("time-pointer-words", "Sam here - could the zip tie pointer clip start at two minutes twenty?", on(POINTER, start=at("two minutes twenty")))
case("time-bridge-bare", "pixel riding clip at 3", on(BRIDGE, start=at("3")))
case("time-wheeloff-at", "samsung clip @ 0:31", on(WHEELOFF, start=at("0:31")))
case("time-zoom-timecode", "GMT20260428-170512_Recording_1920x1080 at 00:01:23:15 (30fps)", on(ZOOM, start=at("00:01:23:15")))
case("time-bell-min", "bike bell ding at 2 min 34", on(SFX, role=None, start=at("2 min 34")))
case("time-bell-secs", "bell sound at 157.9 sec", on(SFX, role=None, start=at("157.9 sec")))
case("time-standbuild-minutehalf", "truing stand build clip a minute and a half in", on(STANDBUILD, start=at("a minute and a half in")))
case("time-chart-4s", "Spoke tension chart png at 1:48 for 4 seconds", on(CHART, start=at("1:48"), within=[at("1:48"), at("1:48") + 4.0]))
case("time-bikepic-about", "bike photo round about 2:25, doesnt have to be exact", on(BIKEPIC, start=at("2:25"), tol=1.5))
case("time-snap-ish", "snapchat vid somewhere near 88 secs, close enough is fine", on(SNAP, start=at("88"), tol=1.5))
case("time-spokekey-2s-into", "bring the spoke key close-up in 2 secs after he starts 'And you go in quarter turns'",
     on(SPOKEKEY, start=r(SEG[13].start + 2.0), tol=0.3))
case("time-pluck-1s-after", "plucking clip 1 second after i start saying 'you can pluck them'",
     on(PLUCK, start=r(SEG[24].start + 1.0), tol=0.3))
case("time-bikepic-before-end", "DSCF4452 five seconds before the end", on(BIKEPIC, start=r(D - 5.0), tol=0.3))
case("time-zoom-before-end", "zoom recording 20 sec before video finish", on(ZOOM, start=r(D - 20.0), tol=0.3))
case("pos-bridge-open", "open cold on the bridge riding clip before my face shows up, first frame", on(BRIDGE, start=0.0))
case("pos-bikepic-last", "last shot of the whole video should be the photo of the finished bike", on(BIKEPIC, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-standbuild-middle", "put the stand build clip smack in the middle of the video", on(STANDBUILD, start=r(D / 2), tol=1.5))
case("pos-bell-rides", "bell ding right on 'rides so smooth'", on(SFX, role=None, overlaps=list(phrase(32, "rides so smooth"))))
case("pos-bell-peace", "the bike bell on the word Peace at the very end", on(SFX, role=None, overlaps=list(phrase(35, "peace"))))
case("pos-bell-playhead", "bell sfx right here where the playhead is", on(SFX, role=None, start=131.0), playhead=131.0)
case("pos-title-playhead", "caption \"lefty tightens??\" at playhead", title("lefty tightens??", start=78.0), playhead=78.0)
case("pos-selected-bw", "Could you make the selected clip black and white, please?", bw(STRAIGHT),
     setup=[ins("m2", 40.0), ins("m3", 99.0)], selection=["c4"], note="c4 is the straight-running DJI clip (setup makes c3, c4)")
case("pos-selected-slow", "selected clip half speed", {"speed": {"media": SPOKEKEY, "value": 0.5}},
     setup=[ins("m11", 62.0), ins("m13", 35.0)], selection=["c3"], note="c3 is A001_C004_0501XY.mov")
case("pos-title-counter", "title 'Counterclockwise = tighter' exactly when he starts the correct 'Looking down at the nipple' sentence",
     title("Counterclockwise = tighter", start=SEG[16].start), note="the second 'Looking down at the nipple', after the retake")

# --- cuts: fillers, tics, pauses, the retake, sentences, phrases, ranges ---------------------------
case("cut-fillers", "remove all the ums and uhs", FILLERS)
case("cut-fillers-sam", "Would you mind taking out all of Dev's ums and uhs? He'd never notice them but I do.", FILLERS)
case("cut-fillers-dev", "yo kill every um and uh", FILLERS)
case("cut-fillers-reels", "clean up the filler words, all of em, every um/uh", FILLERS)
case("cut-fillers-nonnative", "please delete all the um and uh sound from video", FILLERS)
case("cut-fillers-typo", "cut teh umms and uhhs everywhere", FILLERS)
case("cut-ums", "just the ums, not the uhs", UMS)
case("cut-ums-dev", "take out my ums only, leave uhs", UMS)
case("cut-uhs", "Could you remove the uhs only? The ums are fine.", UHS)
case("cut-uhs-nonnative", "remove only uh, keep um", UHS)
case("cut-um-need", "the um in the what you need sentence, just that one", filler_in(3))
case("cut-uh-spinslow", "delete the uh between 'spin the wheel slowly and' and 'watch where the rim'", filler_in(8))
case("cut-uh-stillrubbing", "there's an uh after 'if its still rubbing', lose it", filler_in(21))
case("cut-um-pluck", "the Um right at the start of the guitar strings sentence, cut it", filler_in(24))
case("cut-uh-hop", "remove uh in sentence about hop", filler_in(26))
case("cut-um-forty", "snip the um after 'took me about forty minutes'", filler_in(31))
case("cut-uh-subscribe", "theres an uh right before 'tell me what to fix next', just that one", filler_in(34))
case("cut-sobasically-intro", "cut the 'so basically' at the start of the super annoying wobble sentence", phrase_cut(1, "so basically"))
case("cut-sobasically-outro", "remove 'So basically' from the 'that's how you true a wheel' line", phrase_cut(33, "so basically"))
case("cut-sobasically-all", "he says 'so basically' way too much, can you take out every one of them?", phrases_cut(SO_BASICALLYS),
     note="three: sentences 1, 11 and 33 (the bare 'basically' in 18 and 25 stays)")
case("cut-youknow-wobble", "cut the 'you know' in 'thats your wobble, you know'", phrase_cut(9, "you know"))
case("cut-youknow-crank", "remove 'you know' from the three or four spokes sentence", phrase_cut(22, "you know"))
case("cut-youknow-all", "every 'you know' out please, it sounds awkward", phrases_cut(YOU_KNOWS), note="three: 9, 18 and 22")
case("cut-right-fork", "the 'right?' at the end of the old fork and clamps line, cut it", phrase_cut(4, "right", 0.05, 0.25))
case("cut-right-millimeter", "delete 'right?' after 'youre basically good'", phrase_cut(25, "right", 0.05, 0.25))
case("cut-right-all", "all the right? tag questions - cut them, he says it like three times", phrases_cut(RIGHTS, 0.05, 0.25),
     note="the 'right?' in 4, 14 and 25, not 'right here' or 'pull it right'")
case("cut-super-annoying", "cut the word super from 'super annoying wobble'", phrase_cut(1, "super", 0.05, 0.25))
case("cut-seriously", "take out 'seriously' in the quarter turns sentence", phrase_cut(13, "seriously", 0.05, 0.25))
case("cut-honestly-zero", "remove 'and honestly it works super well'", phrase_cut(5, "and honestly it works super well"))
case("cut-phrase-garage", "cut 'right here in my garage in Portland' from the intro", phrase_cut(0, "right here in my garage in portland"))
case("cut-phrase-pothole", "take 'like a really big one' out of the pothole line", phrase_cut(2, "like a really big one"))
case("cut-phrase-best", "remove 'and she's the best' from the Rosa bit", phrase_cut(17, "and she's the best"))
case("cut-phrase-fair", "cut 'which, you know, fair' at the end of the bald tires line", phrase_cut(18, "which you know fair"))
case("cut-phrase-freakout", "drop 'so dont freak out'", phrase_cut(28, "so don't freak out"))
case("cut-phrase-othervideo", "cut 'that's a whole other video'", phrase_cut(26, "that's a whole other video"))
case("cut-phrase-careful", "remove 'most of that was me being super careful'", phrase_cut(31, "most of that was me being super careful"))
case("cut-phrase-upsidedown", "cut words 'because its kind of upside down'", phrase_cut(16, "because it's kind of upside down"))
case("cut-pauses", "cut all the dead air", PAUSES)
case("cut-pauses-sam", "There are some long silences where Dev is fiddling with the wheel. Could you shorten all of them?", PAUSES)
case("cut-pauses-nonnative", "make shorter all long silence in video", PAUSES)
case("cut-pauses-reels", "jump cut the gaps, it drags between lines", PAUSES)
case("cut-pause-pothole", "the gap after 'its been ticking ever since' is way too long", pause_cut(2))
case("cut-pause-zero", "shorten pause after 'it works super well'", pause_cut(5))
case("cut-pause-onesside", "long silence after 'pulls over to one side', trim that one", pause_cut(9))
case("cut-pause-nomore", "tighten the pause after 'a quarter turn at a time, no more'", pause_cut(13))
case("cut-pause-fair", "After the bald tires joke there's an awkward pause. Could you trim just that one?", pause_cut(18))
case("cut-pause-settling", "dead air after 'settling can move things a little', cut it down", pause_cut(29))
case("cut-retake", "cut where he messes up and starts over", RETAKE)
case("cut-retake-dev", "lol i say clockwise and then 'no wait scratch that' - cut that whole first go", RETAKE)
case("cut-retake-sam", "Dev flubs the spoke key direction the first time and redoes it. Could you remove the first attempt?", RETAKE)
case("cut-retake-nonnative", "delete the wrong try before he say it again correct", RETAKE)
case("cut-retake-reels", "kill the blooper where he says it backwards", RETAKE)
case("cut-rosa", "cut the Rosa shoutout", sentence_cut(17), note="the whole shout-out sentence")
case("cut-rosa-tangent", "the whole Rosa tangent can go, both sentences, the shop and the bald tires", sentence_cut(17, 18))
case("cut-bald", "remove the line about riding on bald tires", sentence_cut(18))
case("cut-tape", "delete the sentence about marking it with tape", sentence_cut(10))
case("cut-pothole", "cut the pothole on division street sentence", sentence_cut(2))
case("cut-zerodollars", "take out the line where I say it cost zero dollars", sentence_cut(5))
case("cut-hop", "Please remove the sentence about up and down wobble, he said it's a different video anyway.", sentence_cut(26))
case("cut-pinging-normal", "cut 'That pinging is totally normal, it's just the spokes unwinding, so don't freak out.'", sentence_cut(28))
case("cut-forty", "remove sentence with how long it took him", sentence_cut(31))
case("cut-thirtytwo", "delete the thirty two spokes sixteen each side line", sentence_cut(23))
case("cut-trips", "cut 'The thing that trips everybody up is which way to turn the spoke key, right?'", sentence_cut(14))
case("cut-smooth", "lose the 'it rides so smooth now' sentence, too braggy", sentence_cut(32))
case("cut-crank", "take out the dont crank one spoke a bunch sentence", sentence_cut(22))
case("cut-leftright", "cut sentence where he explain left spokes pull rim left and right spokes pull right", sentence_cut(11))
case("cut-range-pinging", "cut from 'When you're done, squeeze pairs of spokes' through the end of the freak out sentence", sentence_cut(27, 28))
case("cut-range-spin-checking", "cut from 'Spin it again' to the end of the 'keep checking after every single adjustment' sentence",
     sentence_cut(20, 21))
case("cut-range-mark", "take out 'Mark it with a little piece of tape' and the so basically left right sentence after it", sentence_cut(10, 11))
case("cut-range-secs", "cut 99s to 102s", {"duration_near": [r(D - 3.0), 0.1]})
case("cut-range-mmss", "remove 1:05 to 1:09", {"duration_near": [r(D - 4.0), 0.1]})
case("cut-range-dash", "delete 2:10-2:13 pls", {"duration_near": [r(D - 3.0), 0.1]})
case("cut-range-timecode", "cut 00:00:31:00 to 00:00:33:15", {"duration_near": [r(D - (at("00:00:33:15") - at("00:00:31:00"))), 0.1]})

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "chop off the first 2 seconds", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-tail-half", "trim like half a sec off the very end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last word ends 0.76 s before the end, all silence: anywhere near half a second is fine")
case("trim-hook-sobasically", "make the first 3 secs punchy - start the video at 'So basically my rear wheel'", start_at(1))
case("trim-start-okay", "start it at 'Okay, so what you need'", start_at(3))
case("trim-end-notscary", "end it on 'its not scary at all', chop everything after", end_after(33))
case("trim-end-subscribe", "Could the video finish right after he says tell me what to fix next?", end_after(34))
case("trim-0007-4s", "the DJI wobble clip is too long, make it 4 seconds",
     {**on(WOBBLE, start=40.0, within=[40.0, 44.0]), "duration_near": [D, 0.05]}, setup=[ins("m2", 40.0)])
case("trim-zoom-shorter", "cut 3 secs off the zoom clip",
     {**on(ZOOM, within=[83.0, 88.0]), "duration_near": [D, 0.05]}, setup=[ins("m9", 83.0)])
case("trim-pluck-2s", "plucking clip down to 2 seconds",
     {**on(PLUCK, start=117.0, within=[117.0, 119.0]), "duration_near": [D, 0.05]}, setup=[ins("m4", 117.0)])
case("trim-bridge-3s", "bridge clip only 3 second please", {**on(BRIDGE, start=3.0, within=[3.0, 6.0]), "duration_near": [D, 0.05]},
     setup=[ins("m7", 3.0)])
case("move-a001-72", "move A001_C004 to 1:12", on(SPOKEKEY, start=at("1:12"), count=1), setup=[ins("m11", 100.0)])
case("move-pointer-later", "nudge the zip tie pointer clip 2 sec later", on(POINTER, start=37.0, count=1), setup=[ins("m13", 35.0)])
case("move-standbuild-earlier", "stand build clip should come in 3 seconds earlier", on(STANDBUILD, start=23.0, count=1),
     setup=[ins("m14", 26.0)])
case("move-wheeloff-sentence", "line up the samsung clip with the start of 'First, let some air out of the tire'",
     on(WHEELOFF, start=SEG[6].start, tol=0.3, count=1), setup=[ins("m8", 45.0)])
case("reorder-dji", "the dji clips are the wrong way round, the wobbly one should come before the straight one",
     {**on(WOBBLE, start=40.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 47.0, "tol": 1.0}},
     setup=[ins("m3", 40.0), ins("m2", 47.0)])
case("reorder-pointer-wheeloff", "swap the pointer clip and the samsung one", 
     {**on(WHEELOFF, start=31.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 37.0, "tol": 1.0}},
     setup=[ins("m13", 31.0), ins("m8", 36.0)])
case("reorder-stand-bridge", "I think the stand build clip should come before the bridge clip. Could you switch them?",
     {**on(STANDBUILD, start=3.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 9.0, "tol": 1.0}},
     setup=[ins("m7", 3.0), ins("m14", 9.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-dji", "crossfade between the two dji clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 40.0), ins("m3", 47.0)])
case("transition-dip-stand", "dip to black from stand build into pointer clip, 1 sec",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m14", 22.0), ins("m13", 28.0)])
case("transition-wipe", "wipe transition from the samsung clip into the spoke key close up", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m8", 56.0), ins("m11", 62.0)])
case("transition-jarring", "the cut from the plucking clip to the bike photo is super jarring, smooth it out",
     {"transition": {"role": "broll"}}, setup=[ins("m4", 117.0), ins("m5", 123.0, 4.0)], note="any kind of transition counts")
case("transition-nonnative", "put soft transition between zoom video and snapchat video", {"transition": {"role": "broll"}},
     setup=[ins("m9", 83.0), ins("m10", 91.0)])
case("effect-fadein", "fade in from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "3 sec fade to black at the end please", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-warm", "The garage lights make Dev look a bit green. Could you warm up the colour on him?",
     {"effect": {"role": "main", "type": "color"}}, note="any colour correction on the talk counts")
case("effect-bw-0012", "straight wheel dji clip black and white", bw(STRAIGHT), setup=[ins("m3", 99.0)])
case("effect-zoom-bikepic", "slow push in on the finished bike photo, ken burns style", {"effect": {"media": BIKEPIC, "type": "zoom"}},
     setup=[ins("m5", 157.0, 4.0)])
case("effect-blur-zoom", "blur the zoom call, not everyone agreed to be in it", {"effect": {"media": ZOOM, "type": "blur"}},
     setup=[ins("m9", 83.0)])
case("effect-dark-a001", "A001 clip is way too dark, brighten it up", {"effect": {"media": SPOKEKEY, "type": "color"}},
     setup=[ins("m11", 62.0)], note="any colour adjustment on it counts")
case("effect-normalize", "normalize his voice levels", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the lofi beat in", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "music fade out at end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-mono-pointer", "zip tie pointer clip greyscale", bw(POINTER), setup=[ins("m13", 35.0)])
case("effect-rotate-pxl", "the pixel clip is sideways, rotate 90 clockwise", {"effect": {"media": BRIDGE, "type": "rotate", "degrees": 90}},
     setup=[ins("m7", 3.0)])
case("effect-flip-standbuild", "stand build video is mirrored, flip it horizontal", {"effect": {"media": STANDBUILD, "type": "flip"}},
     setup=[ins("m14", 22.0)])
case("effect-blur-snap", "snapchat clip blur pls", {"effect": {"media": SNAP, "type": "blur"}}, setup=[ins("m10", 88.0)])
case("speed-0007-2x", "DJI_20260501120301_0007_D 2x speed", {"speed": {"media": WOBBLE, "value": 2.0}}, setup=[ins("m2", 40.0)])
case("speed-pluck-half", "slow the plucking clip to half speed", {"speed": {"media": PLUCK, "value": 0.5}}, setup=[ins("m4", 117.0)])
case("speed-talk-10pc", "can the talking head go 10% faster, reels need pace", {"speed": {"role": "main", "value": 1.1}})
case("speed-bridge-4x", "bridge ride clip 4x, timelapse vibe", {"speed": {"media": BRIDGE, "value": 4.0}}, setup=[ins("m7", 3.0)])
case("speed-spokekey-075", "spoke key close up at 0.75 speed", {"speed": {"media": SPOKEKEY, "value": 0.75}}, setup=[ins("m11", 62.0)])
case("speed-standbuild-triple", "Could the stand build clip play three times as fast? It's a bit slow.", {"speed": {"media": STANDBUILD, "value": 3.0}},
     setup=[ins("m14", 22.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-22", "music to -22 dB", {"clip_volume": {"role": "music", "db": -22.0}})
case("audio-beat-down4", "lofi beat 4 db quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 4.0}})
case("audio-music-up3", "bring the beat up 3dB, it's too quiet for reels", {"clip_volume": {"role": "music", "db": MUSIC_DB + 3.0}})
case("audio-music-minus-thirty", "set the music to minus thirty", {"clip_volume": {"role": "music", "db": -30.0}})
case("audio-drowning", "I can barely hear Dev over the music, could you turn it down?", {"clip_volume": {"role": "music", "db": -26.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts; ducking only under speech would fail this")
case("audio-duck", "duck the music under my voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-nonnative", "music must go down when he talk and up when he not talk", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-12", "drop the beat 12 dB whenever he's talking", {"music_envelope_dips_during_speech": -11.5})
case("audio-mute-music", "kill the music entirely", {"track_muted": "music"})
case("audio-voice-up4", "my voice up 4 db", {"clip_volume": {"role": "main", "db": 4.0}})
case("audio-voice-down3", "He's a little loud. Could you bring his voice down 3 dB?", {"clip_volume": {"role": "main", "db": -3.0}})
case("audio-unmute", "ok bring the music back", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Truing a Wobbly Wheel\" over the first 4 seconds", title("Truing a Wobbly Wheel", 0.0, 4.0))
case("title-name", "lower third 'Dev Patel, Portland OR' at 0:01 for 3 secs", title("Dev Patel, Portland OR", at("0:01"), 3.0))
case("title-quarter", "put '1/4 turn at a time' on screen at 1:02", title("1/4 turn at a time", at("1:02")))
case("title-caps", "caption \"LEFTY TIGHTENS\" at 1:18", title("LEFTY TIGHTENS", at("1:18")))
case("title-mm", "text \"2mm gap\" at 36s", title("2mm gap", at("36s")))
case("title-psi", "add text '60 PSI' at 2:27", title("60 PSI", at("2:27")))
case("title-emoji", "caption '🚲 wobble fixed 🔧' at 2:35", title("🚲 wobble fixed 🔧", at("2:35")))
case("title-endcard", "end card 'what should I fix next?' for the last 4 seconds", title("what should I fix next?", r(D - 4.0), 4.0))
case("title-step-mark", "'Step 2: Mark the wobble' as title when he starts the tape sentence", title("Step 2: Mark the wobble", SEG[10].start))
case("title-cost", "\"$0 truing stand\" on screen from 0:27 to 0:30", title("$0 truing stand", at("0:27"), at("0:30") - at("0:27")))
case("title-hook", "hook text 'My wheel was TICKING' right at 0:00 for 3s", title("My wheel was TICKING", 0.0, 3.0))
case("title-nonnative", "please write \"32 spokes\" on video at 1:53", title("32 spokes", at("1:53")))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "remove the ums and uhs and also the bit where he says it backwards and starts over",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one um")
case("multi-pauses-duck", "cut the dead air and duck the music under the talking",
     {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-0012-bw", "DJI_20260501121544_0012_D at 1:39 and make it black and white",
     {**on(STRAIGHT, role=None, start=at("1:39")), **bw(STRAIGHT)})
case("multi-bikepic-caption", "at 2:25 put the finished bike photo and the text \"good as new\"",
     {**on(BIKEPIC, role=None, start=at("2:25")), **title("good as new", at("2:25"))})
case("multi-retake-spokekey", "cut the first botched try at the spoke key direction, then put A001_C004 over the proper one",
     {**RETAKE, **on(SPOKEKEY, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "music to -24 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -24.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-zoom-mute", "zoom clip double speed and mute the music", {"speed": {"media": ZOOM, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m9", 83.0)])
case("multi-trim-title", "chop 1 second off the start then put 'Wheel Truing 101' at 0:00",
     {"duration_near": [r(D - 1.0), 0.1], **title("Wheel Truing 101", 0.0)})
case("multi-pointer-fadein", "zip_tie_pointer at 0:35 with a fade in",
     {**on(POINTER, role=None, start=at("0:35")), "effect": {"media": POINTER, "type": "fade_in"}})
case("multi-normalize-duck", "normalize my voice and duck the beat under it",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-tape-leftright", "cut the tape sentence and the left/right spokes one right after it", sentence_cut(10, 11))
case("multi-fillers-rosa", "take out all the ums uhs and also the whole Rosa shout out sentence",
     {"duration_lt": r(D - (SEG[17].end - SEG[17].start - 0.05) - 0.35 * NFILL),
      "duration_gt": r(D - (SEG[17].end - SEG[17].start + PAUSE[17] + 0.35) - (0.5 * NFILL + 1.8))},
     note="the Rosa sentence holds no filler")

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(STRAIGHT), history=["put DJI_20260501121544_0012_D at 1:39"])
case("convo-move-it", "nah, 2:28 instead", on(BIKEPIC, start=at("2:28"), count=1), history=["put DSCF4452.JPG at 2:25"])
case("convo-quieter", "still too loud, lower", {"clip_volume": {"role": "music", "db": -24.0, "tol": 3.0}},
     history=["music to -20"], note="judgement: anything from 1 to 7 dB below -20")
case("convo-louder", "now i cant hear it, little louder", {"clip_volume": {"role": "music", "db": -29.0, "tol": 2.5}},
     history=["set the music to -32 dB"], note="judgement: louder than -32 but not back above -26")
case("convo-undo", "undo that", {"matches_initial": True}, history=["cut the first 5 seconds"])
case("convo-which-dji", "the one where it's wobbling", on(WOBBLE, start=at("0:40")), history=["put the dji clip at 0:40"],
     note="the first turn is ambiguous (two DJI clips look alike) and should ask; the answer means ..._0007")
case("convo-which-phone", "the samsung one, wheel coming off", on(WHEELOFF, start=at("0:31")), history=["put the phone video at 0:31"],
     note="the first turn is ambiguous (Pixel, Samsung, Snapchat); the answer means 20260430_191204.mp4")
case("convo-title-longer", "keep it up for 5 secs", title("Wheel Truing", 0.0, 5.0), history=["add a title \"Wheel Truing\" at the start"])
case("convo-that-fast", "make that one twice as fast", {"speed": {"media": STANDBUILD, "value": 2.0}},
     history=["put truing stand build.mov at 0:22"])
case("convo-same-chart", "and the same with the tension chart at 1:48", on(CHART, start=at("1:48")),
     history=["put the photo of the finished bike at 2:25"], note="'the same' means put it on the B-roll at a time")
case("convo-fade-it", "fade it out", {"effect": {"media": SPOKEKEY, "type": "fade_out"}}, history=["put A001_C004_0501XY at 1:12"])
case("convo-music-too", "same for the music", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "actually back to normal speed", {**on(ZOOM, role=None, start=at("1:23")), "speed": {"media": ZOOM, "value": 1.0}},
     history=["zoom call clip at 1:23", "make it 3x"])
case("convo-caption-move", "move that caption to 1:20", title("lefty tightens", at("1:20")), history=["caption \"lefty tightens\" at 1:18"])
case("convo-other-dji", "and the straight running dji one at 1:39", on(STRAIGHT, start=at("1:39")),
     history=["put DJI_20260501120301_0007_D at 0:40"])
case("convo-pauses-too", "and the dead air too while youre at it",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["cut all the ums and uhs"])
case("convo-retext", "change it to \"60 PSI max\"", title("60 PSI max", at("2:27")), history=["add a caption \"60 PSI\" at 2:27"])
case("convo-where-again", "sorry, what time was that again?", {"unchanged": True, "reply_has": [mmss(SEG[17].start)]},
     history=["where does Dev mention Rosa?"])
case("convo-not-that-one", "no the other dji one, the wobbly one", {**on(WOBBLE, start=at("0:40")), "no_clip": {"media": STRAIGHT}},
     history=["put DJI_20260501121544_0012_D at 0:40"], note="a correction: the wobbling clip replaces the straight one at 0:40")
case("convo-fadein-it", "and fade it in", {"effect": {"media": ZOOM, "type": "fade_in"}}, history=["put the zoom call at 1:23"])
case("convo-redo", "actually redo it", UMS, history=["remove all the ums", "undo"], note="redo brings the um cut back")
case("convo-louder-voice", "bit more", {"clip_volume": {"role": "main", "db": 5.25, "tol": 1.75}},
     history=["turn my voice up 3 dB"], note="judgement: a little louder than +3 (at least +3.5), up to about +7")
case("convo-title-bigger-stay", "ok now put 'Quarter turns only' there too", title("Quarter turns only", at("1:02")),
     history=["put the spoke key close up at 1:02"], note="'there' is 1:02")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is the video rn?", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-rosa", "When does Dev talk about Rosa?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[17].start)]})
case("question-where-direction", "what time does he explain which way the spoke key turns, the correct one",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[16].start)]})
case("question-where-pluck", "where is part about pluck spokes like guitar?",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[24].start)]})
case("question-where-pinging", "at what point do i talk about the pinging noise", {"unchanged": True, "reply_has": [mmss(SEG[27].start)]})
case("question-where-psi", "timestamp for the tire pressure bit?", {"unchanged": True, "reply_has": [mmss(SEG[30].start)]})
case("question-music-level", "what level is the music at right now?", {"unchanged": True, "reply_has": ["-18"]})
case("question-unused", "which clips am I not using yet", UNCHANGED)
case("question-um-count", "how many ums does he say?", UNCHANGED)
case("question-take2", "Did Dev record the ending twice? I think there's another take somewhere.", UNCHANGED)
case("question-broll-track", "whats on the broll track atm", {"unchanged": True, "reply_has": [WOBBLE, CHART]},
     setup=[ins("m2", 40.0), ins("m15", 108.0, 4.0)])
case("question-stumbles", "does he mess up anywhere and restart a sentence?", UNCHANGED)
case("question-dji-res", "what resolution are the dji clips", UNCHANGED)
case("question-fps", "what fps is this timeline", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "do we have any sound effects", UNCHANGED)
case("question-after-cut", "how long is it now after that?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["remove all the ums and uhs"])
case("question-what-did", "wait what did you just do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 3 seconds"])
case("question-reel-length", "is this under 60 seconds for a reel?", UNCHANGED)

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "sick, thanks dude", UNCHANGED)
case("chat-rosa", "rosa is gonna love this lol", UNCHANGED)
case("chat-sam-hi", "Hi, it's Sam - I'm going to help Dev with the edit tonight.", UNCHANGED)
case("chat-ride", "brb going for a ride", UNCHANGED)
case("chat-nonnative", "thank you very much, you are very helpful", UNCHANGED)
case("chat-hmm", "hmm let me think about the hook", UNCHANGED)
case("chat-ok", "k", UNCHANGED)
case("chat-rain", "it's pouring in portland again, classic", UNCHANGED)
case("chat-reels", "this is gonna do numbers on reels fr", UNCHANGED)
case("chat-coffee", "Dev made coffee, back in five.", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-rosaclip", "put the clip of Rosa over the shout out", UNCHANGED, note="Rosa is in no media")
case("nonedit-missing-0008", "add DJI_20260501120301_0008_D.MP4 at 0:50", UNCHANGED, note="the DJI clips are _0007 and _0012")
case("nonedit-missing-v3", "wheel_wobble_closeup_final_v3 at 0:10", UNCHANGED, note="only _v2 is in the bin; should ask, not pick v2")
case("nonedit-missing-gopro", "GX010045.MP4 over the intro", UNCHANGED, note="no GoPro file")
case("nonedit-missing-a001c005", "put A001_C005_0501XY at 1:00", UNCHANGED, note="only C004")
case("nonedit-missing-drone", "put the drone shot over the bit where I talk about Portland", UNCHANGED, note="no drone clip")
case("nonedit-missing-insta", "add the instagram reel from the bike shop at 1:25", UNCHANGED, note="no Instagram download; the Snapchat one has no description")
case("nonedit-missing-derailleur", "cut the part where I talk about the derailleur", UNCHANGED, note="never said")
case("nonedit-missing-helmet", "remove the line about wearing a helmet", UNCHANGED, note="never said")
case("nonedit-missing-tube", "delete the bit where he patches the inner tube", UNCHANGED, note="never said")
case("nonedit-missing-front", "cut the sentence about the front wheel", UNCHANGED, note="he only talks about the rear/back wheel")
case("nonedit-missing-wrench", "remove the part where he says torque wrench", UNCHANGED, note="never said")
case("nonedit-missing-horn", "car horn sound effect at 0:15", UNCHANGED, note="the only sound effect is a bell")
case("nonedit-missing-brother", "cut the bit about my brother", UNCHANGED, note="never said")
case("nonedit-missing-music2", "swap the music for the other lofi track", UNCHANGED, note="there is only one music file")
case("nonedit-offtimeline-bell", "bell a bit quieter please", UNCHANGED, note="the bell is only in the bin")
case("nonedit-offtimeline-zoom", "speed up the zoom recording", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-take2", "DR-10L_0003 needs 3dB more", UNCHANGED, note="the lav take is only in the bin")
case("nonedit-offtimeline-screenrec", "fade out the screen recording", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-snap", "make the snapchat clip black and white", UNCHANGED, note="only in the bin")
case("nonedit-ambig-dji", "the dji clip at 1:05", UNCHANGED, note="two DJI clips")
case("nonedit-ambig-dscf", "put the DSCF one at 0:45", UNCHANGED, note="DSCF4439.MOV or DSCF4452.JPG (and the talk is DSCF4417)")
case("nonedit-ambig-screen", "add the screen one at 0:30", UNCHANGED, note="the screen recording or the screenshot")
case("nonedit-ambig-wobble", "put the wobble clip at 0:12", UNCHANGED, note="DJI _0007 or wheel_wobble_closeup_final_v2")
case("nonedit-ambig-closeup", "put the close-up at 0:50", UNCHANGED, note="DJI _0007, _0012, A001 and the wobble closeup")
case("nonedit-ambig-phone", "put phone video on the pothole part", UNCHANGED, note="Pixel, Samsung or Snapchat")
case("nonedit-ambig-quarter", "cut the quarter turn sentence", UNCHANGED, note="13, 19 and 21")
case("nonedit-ambig-pointer", "delete the pointer line", UNCHANGED, note="7, 8, 20 and 29")
case("nonedit-ambig-wobble-line", "remove the sentence about the wobble", UNCHANGED, note="1, 9, 25 and 26")
case("nonedit-ambig-pinging", "cut the pinging sentence", UNCHANGED, note="27 and 28")
case("nonedit-ambig-ticking", "take out the ticking line", UNCHANGED, note="2 and 32")
case("nonedit-ambig-spokekey", "remove the spoke key sentence", UNCHANGED, note="3, 14 and 33 (and the retake)")
case("nonedit-ambig-tire", "cut sentence about tire", UNCHANGED, note="6, 15, 16, 18 and 30")
case("nonedit-ambig-spin", "lose the 'spin it' line", UNCHANGED, note="20 and 29 say 'spin it'; 8 says 'spin the wheel'")
case("nonedit-ambig-rightside", "delete the right side spokes sentence", UNCHANGED, note="12 and 19 both tighten the right side spoke(s)")
case("nonedit-inside-plate", "blur the license plate in the bridge clip", UNCHANGED, setup=[ins("m7", 3.0)])
case("nonedit-inside-rim", "make the rim in the wobble dji clip look straighter", UNCHANGED, setup=[ins("m2", 40.0)])
case("nonedit-inside-chart", "what tension does the chart say for 32 spokes", UNCHANGED)
case("nonedit-inside-dog", "my dog barks around 1:05, take the bark out", UNCHANGED, note="no such sound in the talk")
case("nonedit-inside-rain", "remove the rain from the pixel clip", UNCHANGED, setup=[ins("m7", 3.0)])
case("nonedit-vertical", "make it 9:16?", UNCHANGED, note="reframing to vertical is not an edit the timeline offers; should ask or refuse")
case("nonedit-vertical-tiktok", "can u reformat for tiktok vertical", UNCHANGED, note="should ask or refuse")
case("nonedit-autocaptions", "add captions for every word like the tiktok style animated ones", UNCHANGED,
     note="no quoted text: word-by-word animated captions are not one title; should ask")

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-notscary", "delete everything after 'it rides so smooth now'", {"confirm": True})
case("confirm-first-minute", "get rid of the first minute", {"confirm": True})
case("confirm-short", "make it a 30 second reel, cut whatever", {"confirm": True})
case("confirm-range", "remove 0:30 to 1:30", {"confirm": True})
case("confirm-before-spokes", "everything before 'So basically, the spokes on the left' can go", {"confirm": True})
case("confirm-delete-talk", "delete the main talking clip entirely", {"confirm": True})
case("confirm-last45", "only keep the last 45 sec", {"confirm": True})
case("confirm-past-two", "cut everything after 2 minutes", {"confirm": True})
case("confirm-sam-half", "Could you cut the whole second half? Dev thinks it's too long.", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "u_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)
