"""Writes o_heldout.jsonl from the cases below; every expected time is computed from project O's
transcript (project_o_marmalade.SCRIPT through talk_project.timed_script), never typed by hand. Times
a user types in a message ("at 1:30", "@ 144.5s", "00:01:05:20", "2 min 8") are parsed from the same
string the message uses.

    PYTHONPATH=/work/main:. /work/main/.venv/bin/python make_o_suite.py

Written blind (without reading the planner), in the structure of suite N's generator; every message
is new. Bound conventions (the same as suites H to N): D is the fresh timeline's length (the built talk file
holds int(T * 30) frames, T being timed_script's total, and the timeline is those frames; for this talk
that is 4797 frames = 159.9 s, which test_project_o.py checks against a real build).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05
Ducking is checked at -6 dB (or -9.5 for "10 dB"), which an envelope read as an offset or as an
absolute level both reach, since the bed already sits at -20 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from project_o_marmalade import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # the fresh timeline: int(159.93 s * 30) = 4797 frames / 30 = 159.9, as built
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 7
MUSIC_DB = -20.0
RETAKE_I = 23  # the abandoned sentence; 24 is the good take

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m13
(PAN_BOIL, PAN_SIMMER, HALVED, PITH, SUGARVID, CHROME, TEAMS, OVEN, MUSLIN, JARS_PIC, SAUCER_PIC, ORDER) = (
    M[i] for i in range(2, 14))

NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50}


def r(x: float) -> float:
    return round(x, 2)


def mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _words_number(text: str) -> int:
    total = 0
    for part in re.split(r"[\s-]+", text.strip()):
        if part in ("and", "a"):
            continue
        total += NUMBER_WORDS[part]
    return total


def at(text: str) -> float:
    """Seconds for a time as a user types it: '1:20', '01:20', '00:01:20', '00:01:12:15' (30 fps), '1m5',
    '1m05s', '1 min 5', '63.5s', '92 secs', '95', 'two minutes ten', 'a minute and a half', 'fifty seconds'."""
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
    if t == "a minute and a half":
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


def pause_cut(i: int) -> dict:
    p = PAUSE[i]
    assert p >= 1.5, i
    return {"duration_lt": r(D - (p - 1.0)), "duration_gt": r(D - (p + 0.05))}


def filler_in(i: int) -> dict:
    """One filler: the sentence i must hold exactly one um/uh (asserted), the bounds are ONE_FILLER."""
    n = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS if SEG[i].start <= w.start <= SEG[i].end)
    assert n == 1, (i, n)
    return ONE_FILLER


def start_at(i: int) -> dict:
    """Trim the head so the video starts at sentence i."""
    return {"duration_lt": r(D - (SEG[i].start - (PAUSE[i - 1] - 0.05))), "duration_gt": r(D - (SEG[i].start + 0.05))}


def end_after(i: int) -> dict:
    return {"duration_lt": r(SEG[i].end + 0.8), "duration_gt": r(SEG[i].end - 0.05)}


FILLERS = {"duration_lt": r(D - 0.35 * NFILL), "duration_gt": r(D - (0.5 * NFILL + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0


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
    CASES.append({"id": f"o-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts described by what is said, what the media shows, or loose file names -------
case("broll-boil-rolling", "use the clip where the pan is properly going for it over the bit where i say get it to a rolling boil",
     over(PAN_BOIL, 21), note="only DSC_4478's description is a rolling boil; DSC_4483 is the simmer")
case("broll-4478-setting", "DSC_4478 over the setting point / thermometer line", over(PAN_BOIL, 22))
case("broll-boilpan-grainy", "Could the footage of the pan boiling hard go over my warning about it turning grainy?", over(PAN_BOIL, 18))
case("broll-simmer-twohours", "the gently simmering pan shot over where I say leave it for 2 hrs with the lid off", over(PAN_SIMMER, 12))
case("broll-4483-squash", "DSC_4483.MOV on top of the squash-a-shred-between-your-fingers test", over(PAN_SIMMER, 13))
case("broll-simmer-peelwater", "simmer footage over \"Put the peel, the water and the muslin bag in the pan\"", over(PAN_SIMMER, 11))
case("broll-halved-cut", "oranges halved on board over the line where i cut them in half and squeeze the juice out", over(HALVED, 6))
case("broll-halved-scrub", "stick the halved oranges vid over me telling people to scrub the oranges", over(HALVED, 5))
case("broll-halved-slice", "oranges halved on board.mp4 over where I slice up the peel thin or chunky", over(HALVED, 9))
case("broll-pith-scoop", "pithScooping over the scoop out the pith sentence pls", over(PITH, 8))
case("broll-pith-pips", "can the pith scooping video cover the bit where I go on about keeping the pips", over(PITH, 7))
case("broll-sugarvid-goesin", "the phone video of the sugar pouring in, over 'Now the sugar goes in'", over(SUGARVID, 16))
case("broll-vid-stir", "VID_20260124_104410 over stirring till every crystal's dissolved", over(SUGARVID, 17))
case("broll-chrome-ingredients", "Google Chrome 2026-01-23 20-14-51.mp4 over the ingredients list", over(CHROME, 3))
case("broll-chrome-shops", "the chrome screen capture over where i say sevilles are only in the shops a few weeks", over(CHROME, 1))
case("broll-order-pectin", "the greengrocer order screenshot over the no pectin no jam sugar line", over(ORDER, 4))
case("broll-teams-street", "teams recording over where I say nan gave a jar to every house on the street", over(TEAMS, 33))
case("broll-allotment-cupboard", "allotment society call over \"Sealed jars keep for a year in a dark cupboard\"", over(TEAMS, 32))
case("broll-oven-wash", "jar_sterilising_oven over the washing the jars and drying them in the oven sentence", over(OVEN, 20))
case("broll-oven-ladle", "the jars-in-the-oven clip over where i ladle it into the warm jars", over(OVEN, 28))
case("broll-muslin-gloopy", "muslin bag squeeze.MOV over squeeze every drop of that gloopy stuff", over(MUSLIN, 15))
case("broll-muslin-takeout", "muslin squeeze clip over 'Take out the muslin bag'", over(MUSLIN, 14))
case("broll-jarspic-batch", "the windowsill photo of the jars over where I say this batch made 8 jars", over(JARS_PIC, 31))
case("broll-162044-pop", "IMG_20260124_162044 over the bit about hearing the lids pop as they cool", over(JARS_PIC, 29))
case("broll-saucer-wrinkles", "wrinkle test saucer.jpg over 'if it wrinkles, it's ready'", over(SAUCER_PIC, 25))
case("broll-saucer-goodtake", "saucer pic over the fifteen minutes line, the second go where i get it right, not the one i abandon",
     over(SAUCER_PIC, 24))
case("broll-saucer-freezer", "the saucer photo over when i say pop some saucers in the freezer", over(SAUCER_PIC, 19))
case("broll-order-need", "Screenshot 2026-01-22 221530 over the sentence where I list what you need", over(ORDER, 3))

# --- times and positions ---------------------------------------------------------------------------
case("time-4478-mmss", "DSC_4478 at 1:30", on(PAN_BOIL, start=at("1:30")))
case("time-4483-lead0", "DSC_4483 in at 00:53", on(PAN_SIMMER, start=at("00:53")))
case("time-pith-hhmmss", "put pithScooping at 00:00:36", on(PITH, start=at("00:00:36")))
case("time-teams-secs", "the teams meeting recording @ 144.5s", on(TEAMS, start=at("144.5s")))
case("time-oven-words", "jar_sterilising_oven at one minute twenty five", on(OVEN, start=at("one minute twenty five")))
case("time-halved-bare", "oranges halved on board at 27", on(HALVED, start=at("27")))
case("time-sugarvid-1m11", "VID_20260124_104410 @ 1m11", on(SUGARVID, start=at("1m11")))
case("time-muslin-timecode", "muslin bag squeeze at 00:01:05:20 (project is 30fps)", on(MUSLIN, start=at("00:01:05:20")))
case("time-pop-min", "lid pop sound at 2 min 8", on(SFX, role=None, start=at("2 min 8")))
case("time-pop-secs", "jar pop sfx at 129 secs", on(SFX, role=None, start=at("129 secs")))
case("time-saucer-3s", "wrinkle test saucer.jpg at 1:50 for 3 seconds", on(SAUCER_PIC, start=at("1:50"), within=[at("1:50"), at("1:50") + 3.0]))
case("time-jars-about", "the jars on the windowsill photo at roughly 2:16 ish", on(JARS_PIC, start=at("2:16"), tol=1.5))
case("time-order-approx", "grocery order screenshot somewhere around 15 seconds in, doesnt need to be exact", on(ORDER, start=at("15"), tol=1.5))
case("time-chrome-2s-into", "chrome capture two seconds into the sentence where i list the ingredients",
     on(CHROME, start=r(SEG[3].start + 2.0), tol=0.3))
case("time-simmer-1s-after", "simmer clip 1 sec after I start saying turn it down and let it simmer",
     on(PAN_SIMMER, start=r(SEG[12].start + 1.0), tol=0.3))
case("time-jars-before-end", "jars photo eight seconds before the video finishes", on(JARS_PIC, start=r(D - 8.0), tol=0.3))
case("pos-boil-open", "open with the rolling boil shot, it should be the first thing anyone sees", on(PAN_BOIL, start=0.0))
case("pos-jars-last", "finish on the windowsill jars photo, last image of the video", on(JARS_PIC, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-halved-middle", "halved oranges clip bang in the middle of the video", on(HALVED, start=r(D / 2), tol=1.5))
case("pos-pop-lids", "lid pop sfx exactly on \"hear the lids pop\"", on(SFX, role=None, overlaps=list(phrase(29, "hear the lids pop"))))
case("pos-pop-little", "put the pop sound right on the words 'that little pop'", on(SFX, role=None, overlaps=list(phrase(30, "that little pop"))))
case("pos-pop-playhead", "pop sound here", on(SFX, role=None, start=128.0), playhead=128.0)
case("pos-title-playhead", "caption saying \"105°C = set\" where the playhead is", title("105°C = set", start=95.0), playhead=95.0)
case("pos-selected-bw", "make the one i've selected black and white", bw(PAN_BOIL),
     setup=[ins("m3", 53.0), ins("m2", 90.0)], selection=["c4"], note="c4 is DSC_4478.MOV (setup makes c3, c4)")
case("pos-selected-fast", "speed up the selected clip, 2x", {"speed": {"media": PITH, "value": 2.0}},
     setup=[ins("m5", 35.0), ins("m4", 27.0)], selection=["c3"], note="c3 is pithScooping.mov")
case("pos-title-sugar", "title 'Step 3: Sugar' right as I say \"Now the sugar goes in\"", title("Step 3: Sugar", start=SEG[16].start))

# --- cuts: fillers, pauses, the retake, sentences, phrases, ranges ---------------------------------
case("cut-fillers", "get rid of all my umms and uhhs", FILLERS)
case("cut-fillers-typo", "remvoe the filler words", FILLERS)
case("cut-fillers-polite", "Would you mind taking out every um and uh? I say them way too much", FILLERS)
case("cut-fillers-terse", "no uhs or ums", FILLERS)
case("cut-fillers-hesitation", "my mate says i sound hesitant, can you clean out the hesitation noises", FILLERS)
case("cut-um-quick", "cut the um in 'so, um, you have to be quick'", filler_in(1))
case("cut-uh-pips", "theres an uh right at the start of the keep the pips sentence, lose just that", filler_in(7))
case("cut-um-soft", "delete the um just before 'really soft'", filler_in(12))
case("cut-uh-crystal", "the uh in the stir-until-dissolved line, snip it", filler_in(17))
case("cut-um-thermometer", "one um when i talk about clipping the thermometer on, remove only that one", filler_in(22))
case("cut-um-tag", "Just the um in the tag-me-in-your-photos sentence, please leave everything else.", filler_in(35))
case("cut-youknow", "cut the 'you know' where i take the muslin bag out", phrase_cut(14, "you know"))
case("cut-soyeah", "lose the \"so yeah\" near the end", phrase_cut(34, "so yeah"))
case("cut-tiny", "remove the word tiny from my intro, the kitchen isn't that small", phrase_cut(0, "tiny", 0.05, 0.25))
case("cut-honestly", "drop the word 'honestly' before that little pop", phrase_cut(30, "honestly", 0.05, 0.25))
case("cut-pauses", "tighten up the long pauses", PAUSES)
case("cut-pauses-deadair", "theres loads of dead air, trim the gaps between sentences", PAUSES)
case("cut-pauses-ramble", "I keep stopping to check the pan and it drags, can you shorten the silences all the way through", PAUSES)
case("cut-pause-dayoff", "the pause after 'relaxing day off' goes on forever", pause_cut(2))
case("cut-pause-anjali", "after the bit about my sister there's a massive gap, close it up", pause_cut(10))
case("cut-pause-pectin", "too long a silence after 'that's your pectin'", pause_cut(15))
case("cut-pause-freshsaucer", "trim the silence right after 'test it on a fresh saucer'", pause_cut(26))
case("cut-pause-satisfying", "after 'most satisfying sound in the whole kitchen' it just sits there, shorten that", pause_cut(30))
case("cut-retake", "cut the retake", RETAKE)
case("cut-retake-sorry", "delete where i say sorry let me start that again, plus the botched bit before it", RETAKE)
case("cut-retake-saucer", "I mess up the first fifteen minutes / cold saucer line and redo it, remove the bad attempt", RETAKE)
case("cut-retake-flub", "get rid of the fluffed line", RETAKE)
case("cut-anjali", "cut the bit about my sister anjali", sentence_cut(10))
case("cut-ambulances", "take out the line about working nights on the ambulances", sentence_cut(2))
case("cut-cost", "remove the sentance about what it cost me", sentence_cut(31))
case("cut-fridge", "delete 'Sealed jars keep for a year in a dark cupboard, but once they're opened, keep them in the fridge.'", sentence_cut(32))
case("cut-grainy", "drop the sentence warning that it goes grainy if you boil it too early", sentence_cut(18))
case("cut-freezer", "get rid of the line about putting saucers in the freezer", sentence_cut(19))
case("cut-squash", "cut where i explain the squash-a-shred test", sentence_cut(13))
case("cut-street", "remove the line about my nan giving jars to the whole street", sentence_cut(33))
case("cut-standten", "Please remove the sentence about letting it stand for 10 minutes.", sentence_cut(27))
case("cut-pectin-line", "take out \"That's it, no pectin, no fancy jam sugar, the pips do all the work.\"", sentence_cut(4))
case("cut-phrase-thinchunky", "cut the words 'thin or chunky'", phrase_cut(9, "thin or chunky"))
case("cut-phrase-everyone", "snip \"and I mean every single one\"", phrase_cut(17, "and i mean every single one"))
case("cut-phrase-top", "take out 'right up to the top' from the ladling sentence", phrase_cut(28, "right up to the top"))
case("cut-range-freezer-jars", "cut from 'Meanwhile, pop five or six saucers' to the end of the jar washing sentence", sentence_cut(19, 20))
case("cut-range-pop", "delete both the lids popping sentence and the satisfying sound one after it", sentence_cut(29, 30))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first3", "trim the first 3 seconds", {"duration_near": [r(D - 3.0), 0.1]})
case("trim-last-second", "chop a second off the very end", {"duration_lt": r(D - 0.7), "duration_gt": r(D - 1.2)},
     note="the last word ends 0.76 s before the end: snapping the cut to the silence is as good as a full second")
case("trim-range-secs", "cut 120s-123s", {"duration_near": [r(D - 3.0), 0.1]})
case("trim-range-mmss", "remove 1:20 to 1:24", {"duration_near": [r(D - 4.0), 0.1]})
case("trim-start-kilo", "start the video at 'You need a kilo of Seville oranges'", start_at(3))
case("trim-end-worthit", "end it right after i say totally worth it, drop the rest", end_after(34))
case("trim-end-fridge", "stop the video after 'keep them in the fridge'", end_after(32))
case("trim-4483-4s", "DSC_4483 only needs to be 4 seconds",
     {**on(PAN_SIMMER, start=53.0, within=[53.0, 57.0]), "duration_near": [D, 0.05]}, setup=[ins("m3", 53.0)])
case("trim-teams-shorter", "the teams clip drags, cut 5 seconds off it",
     {**on(TEAMS, within=[140.0, 144.0]), "duration_near": [D, 0.05]}, setup=[ins("m8", 140.0)])
case("move-4478-131", "move DSC_4478 to 1:31", on(PAN_BOIL, start=at("1:31"), count=1), setup=[ins("m2", 85.0)])
case("move-sugarvid-later", "nudge the sugar video 2 seconds later", on(SUGARVID, start=72.0, count=1), setup=[ins("m6", 70.0)])
case("move-saucer-earlier", "saucer photo three seconds earlier please", on(SAUCER_PIC, start=109.0, count=1),
     setup=[ins("m12", 112.0, 3.0)])
case("move-muslin-sentence", "slide the muslin clip so it starts when i say 'Squeeze every drop'",
     on(MUSLIN, start=SEG[15].start, tol=0.3, count=1), setup=[ins("m10", 62.0)])
case("reorder-pans", "the two pan clips are the wrong way round, simmer should come before the boil",
     {**on(PAN_SIMMER, start=53.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 60.0, "tol": 1.0}},
     setup=[ins("m2", 53.0), ins("m3", 60.0)])
case("reorder-pith-halved", "swap pithScooping and oranges halved on board around",
     {**on(HALVED, start=27.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 33.0, "tol": 1.0}},
     setup=[ins("m5", 27.0), ins("m4", 32.0)])
case("reorder-oven-first", "the oven clip should play before the windowsill photo, not after",
     {**on(OVEN, start=120.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 125.0, "tol": 1.0}},
     setup=[ins("m11", 120.0, 3.0), ins("m9", 123.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-pans", "crossfade between the two pan shots", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m3", 53.0), ins("m2", 60.0)])
case("transition-dip-halved", "dip to black between the halved oranges and the pith scooping, 1 sec",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m4", 27.0), ins("m5", 33.0)])
case("transition-wipe", "wipe from the sugar video to the oven clip", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m6", 70.0), ins("m9", 76.0)])
case("transition-smooth", "the cut from the muslin clip into the simmer shot is really jarring, smooth it out",
     {"transition": {"role": "broll"}}, setup=[ins("m10", 62.0), ins("m3", 68.0)])
case("transition-dissolve", "dissolve from the teams call into the jars photo", {"transition": {"role": "broll"}},
     setup=[ins("m8", 136.0), ins("m11", 145.0, 3.0)])
case("effect-fadein", "fade up from black at the beginning", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-2s", "2 second fade to black at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 2.0}})
case("effect-colour", "the kitchen bulbs make me look really orange, can you correct the colour on me", {"effect": {"role": "main", "type": "color"}})
case("effect-bw-4483", "DSC_4483 in black and white", bw(PAN_SIMMER), setup=[ins("m3", 53.0)])
case("effect-zoom-jars", "slow zoom in on the jars photo", {"effect": {"media": JARS_PIC, "type": "zoom"}},
     setup=[ins("m11", 136.0, 4.0)])
case("effect-blur-teams", "blur the teams call, the other allotment people never said they'd be in it", {"effect": {"media": TEAMS, "type": "blur"}},
     setup=[ins("m8", 140.0)])
case("effect-dark-chrome", "the chrome recording looks washed out and dark, brighten it up", {"effect": {"media": CHROME, "type": "color"}},
     setup=[ins("m7", 15.0)])
case("effect-normalise", "normalise my audio", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "have the piano fade in", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "fade the music out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-mono-sugarvid", "VID_20260124_104410 greyscale", bw(SUGARVID), setup=[ins("m6", 70.0)])
case("effect-kenburns-saucer", "ken burns on the wrinkle test saucer photo", {"effect": {"media": SAUCER_PIC, "type": "zoom"}},
     setup=[ins("m12", 110.0, 3.0)])
case("speed-pith-2x", "pith scooping twice as fast", {"speed": {"media": PITH, "value": 2.0}}, setup=[ins("m5", 35.0)])
case("speed-4478-half", "DSC_4478 at 50% speed", {"speed": {"media": PAN_BOIL, "value": 0.5}}, setup=[ins("m2", 90.0)])
case("speed-talk-15pc", "speed me up by 15 percent, i talk too slow", {"speed": {"role": "main", "value": 1.15}})
case("speed-teams-4x", "teams call at 4x speed, nobody needs the whole thing", {"speed": {"media": TEAMS, "value": 4.0}}, setup=[ins("m8", 140.0)])
case("speed-oven-075", "oven clip 0.75x", {"speed": {"media": OVEN, "value": 0.75}}, setup=[ins("m9", 84.0)])
case("speed-muslin-slowmo", "slow mo on the muslin squeeze, quarter speed", {"speed": {"media": MUSLIN, "value": 0.25}}, setup=[ins("m10", 65.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-26", "music to -26 dB", {"clip_volume": {"role": "music", "db": -26.0}})
case("audio-piano-down4", "piano 4dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 4.0}})
case("audio-music-up6", "i can barely hear the music, bring it up 6 dB", {"clip_volume": {"role": "music", "db": MUSIC_DB + 6.0}})
case("audio-music-minus15", "background track at minus fifteen", {"clip_volume": {"role": "music", "db": -15.0}})
case("audio-duck", "duck the music under me when i'm talking", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-polite", "Is it possible for the jazz to dip whenever I speak and come back up in the gaps?",
     {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-10", "duck the bed by 10 db under my voice", {"music_envelope_dips_during_speech": -9.5})
case("audio-mute-music", "mute the music track", {"track_muted": "music"})
case("audio-voice-up4", "im too quiet, +4 dB on my voice", {"clip_volume": {"role": "main", "db": 4.0}})
case("audio-voice-down3", "my voice is clipping a bit, take it down 3 dB", {"clip_volume": {"role": "main", "db": -3.0}})
case("audio-unmute", "unmute the music again", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Nan's Seville Marmalade\" at the start for 5 seconds", title("Nan's Seville Marmalade", 0.0, 5.0))
case("title-name", "lower third 'Ravi Mistry, paramedic & marmalade maker' at 0:01 for 4 secs",
     title("Ravi Mistry, paramedic & marmalade maker", at("0:01"), 4.0))
case("title-ingredients", "put text '1 kg oranges · 2 lemons · 2 kg sugar' on screen at 0:15", title("1 kg oranges · 2 lemons · 2 kg sugar", at("0:15")))
case("title-caps", "caption \"DISSOLVE THE SUGAR FIRST\" at 1:17", title("DISSOLVE THE SUGAR FIRST", at("1:17")))
case("title-temp", "text saying \"105°C\" at 94s", title("105°C", at("94s")))
case("title-emoji", "add the title \"Wrinkle test 👆🍊\" at 1:50", title("Wrinkle test 👆🍊", at("1:50")))
case("title-endcard", "end card 'Tag me if you make it!' for the final 5 seconds", title("Tag me if you make it!", r(D - 5.0), 5.0))
case("title-spanish", "caption 'Naranjas de Sevilla, señor' at 0:05", title("Naranjas de Sevilla, señor", at("0:05")))
case("title-step-jars", "when I start talking about washing the jars, put up 'Step 4: Sterilise the jars'",
     title("Step 4: Sterilise the jars", SEG[20].start))
case("title-cost", "text \"Total: £9\" from 2:16, 6 seconds long", title("Total: £9", at("2:16"), 6.0))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "cut all the ums and uhs and also the bit where i start over",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.36 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one uh")
case("multi-pauses-duck", "shorten the gaps and duck the piano under my voice", {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-4478-bw", "DSC_4478 at 1:31 and make it black and white", {**on(PAN_BOIL, role=None, start=at("1:31")), **bw(PAN_BOIL)})
case("multi-jars-caption", "at 2:17 put the windowsill jars photo in and the caption \"8 jars for £9\"",
     {**on(JARS_PIC, role=None, start=at("2:17")), **title("8 jars for £9", at("2:17"))})
case("multi-retake-saucer", "remove the false start, then put wrinkle test saucer.jpg over the corrected line",
     {**RETAKE, **on(SAUCER_PIC, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "music down to -23 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -23.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-teams-mute", "double the speed of the teams recording and mute the music", {"speed": {"media": TEAMS, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m8", 140.0)])
case("multi-trim-title", "cut the first 2 seconds then put a title 'Marmalade Day' at the start",
     {"duration_near": [r(D - 2.0), 0.1], **title("Marmalade Day", 0.0)})
case("multi-sugarvid-fadein", "VID_20260124_104410 at 1:11 with a fade in",
     {**on(SUGARVID, role=None, start=at("1:11")), "effect": {"media": SUGARVID, "type": "fade_in"}})
case("multi-normalise-duck", "even out my voice levels and make the music dip when i talk",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-anjali-peel", "cut the Anjali line and the 'Put the peel, the water and the muslin bag in the pan' sentence after it",
     sentence_cut(10, 11))

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(PAN_BOIL), history=["put DSC_4478 at 1:31"])
case("convo-move-it", "actually 2:18", on(JARS_PIC, start=at("2:18"), count=1), history=["put IMG_20260124_162044 at 2:16"])
case("convo-quieter", "still too loud, a bit more", {"clip_volume": {"role": "music", "db": -27.5, "tol": 3.0}}, history=["music to -24"])
case("convo-louder", "cant hear it at all now, up a touch", {"clip_volume": {"role": "music", "db": -29.0, "tol": 2.5}},
     history=["set the music to -32 dB"])
case("convo-undo", "undo that", {"matches_initial": True}, history=["trim the first 6 seconds"])
case("convo-which-dsc", "the one where it's boiling hard", on(PAN_BOIL, start=at("1:30")), history=["put the DSC clip at 1:30"],
     note="the first turn is ambiguous (DSC_4478 and DSC_4483 look alike) and should ask; the answer means DSC_4478")
case("convo-which-pan", "the one with the sugar going in", on(SUGARVID, start=at("1:11")), history=["put the pan clip at 1:11"],
     note="the first turn is ambiguous (DSC_4478, DSC_4483 and the sugar video all show the pan); the answer means VID_20260124_104410")
case("convo-title-longer", "keep it on screen for 7 seconds", title("Marmalade Saturday", 0.0, 7.0),
     history=["add a title \"Marmalade Saturday\" at the start"])
case("convo-that-fast", "double speed on that", {"speed": {"media": PITH, "value": 2.0}}, history=["put the pith scooping clip at 0:36"])
case("convo-same-saucer", "same for the saucer photo at 1:50", on(SAUCER_PIC, start=at("1:50")),
     history=["put the greengrocer screenshot at 0:15"])
case("convo-fade-it", "fade that one out", {"effect": {"media": MUSLIN, "type": "fade_out"}}, history=["put muslin bag squeeze at 1:05"])
case("convo-music-also", "the music as well", {"effect": {"role": "music", "type": "fade_in"}}, history=["fade the video in at the start"])
case("convo-speed-normal", "put it back to normal speed", {**on(OVEN, role=None, start=at("1:25")), "speed": {"media": OVEN, "value": 1.0}},
     history=["put the oven clip at 1:25", "make it 3x"])
case("convo-caption-move", "move the caption to 1:36", title("Setting point 105°C", at("1:36")), history=["caption \"Setting point 105°C\" at 1:34"])
case("convo-other-pan", "and the simmering pan shot at 0:54", on(PAN_SIMMER, start=at("0:54")), history=["put DSC_4478 at 1:31"])
case("convo-pauses-too", "and the long silences as well",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["remove all the ums and uhs"])
case("convo-retext", "change it to read \"£9 for 8 jars\"", title("£9 for 8 jars", at("2:16")), history=["add a caption \"£9\" at 2:16"])
case("convo-where-again", "sorry what time was that", {"unchanged": True, "reply_has": [mmss(SEG[10].start)]},
     history=["where do i talk about my sister?"])
case("convo-other-one", "no, the other one", {**on(PAN_SIMMER, start=at("0:54")), "no_clip": {"media": PAN_BOIL}},
     history=["put DSC_4478 at 0:54"], note="a correction: the simmer clip replaces the boil clip at 0:54")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is the video at the moment", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-anjali", "when does my sister come up", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[10].start)]})
case("question-where-sugar", "what time does the sugar go in?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[16].start)]})
case("question-where-jarwash", "at what point do i talk about washing and drying the jars",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[20].start)]})
case("question-where-pop", "where's the part about the lids popping", {"unchanged": True, "reply_has": [mmss(SEG[29].start)]})
case("question-music-level", "how loud is the music set?", {"unchanged": True, "reply_has": ["-20"]})
case("question-unused", "which of my clips are still unused?", UNCHANGED)
case("question-um-count", "how many ums are there", UNCHANGED)
case("question-take2", "did i do the outro twice?", UNCHANGED)
case("question-broll-track", "what's on the b-roll track right now", {"unchanged": True, "reply_has": [OVEN, JARS_PIC]},
     setup=[ins("m9", 84.0), ins("m11", 136.0, 3.0)])
case("question-retakes", "are there any places where I mess up a line?", UNCHANGED)
case("question-pan-res", "what resolution are the pan clips?", UNCHANGED)
case("question-fps", "what's the frame rate of this project", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "have I got any sound effects in here", UNCHANGED)
case("question-after-cut", "right, how long is it now?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]}, history=["cut all the ums and uhs"])
case("question-last-change", "what did you just do?", {"unchanged": True, "reply_has": ["fade"]}, history=["fade out the music over 3 seconds"])

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "cheers mate, that's spot on", UNCHANGED)
case("chat-anjali", "anjali is going to hate this video lol", UNCHANGED)
case("chat-hello", "hello", UNCHANGED)
case("chat-toast", "brb making toast", UNCHANGED)
case("chat-nice", "nice one, you're quicker than me", UNCHANGED)
case("chat-thinking", "hmm, not sure yet, give me a sec", UNCHANGED)
case("chat-ok", "ok cool", UNCHANGED)
case("chat-shift", "i'm back on nights tomorrow so i want this done tonight", UNCHANGED)
case("chat-taste", "the marmalade came out really well this year to be fair", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-anjaliclip", "put the clip of Anjali over the ketchup line", UNCHANGED, note="Anjali is in no media")
case("nonedit-missing-dsc4480", "add DSC_4480.MOV at 0:50", UNCHANGED, note="only DSC_4478 and DSC_4483 are B-roll")
case("nonedit-missing-vid104420", "VID_20260124_104420.mp4 at 1:10", UNCHANGED, note="the phone video is 104410")
case("nonedit-missing-lemons", "put the lemon juicing footage over the ingredients", UNCHANGED, note="no lemon clip")
case("nonedit-missing-whisky", "cut where I talk about adding a splash of whisky", UNCHANGED, note="never said")
case("nonedit-missing-lime", "delete the section about lime marmalade", UNCHANGED, note="never said")
case("nonedit-missing-toastclip", "add the toast clip at the end", UNCHANGED, note="toast is said, but there is no toast clip")
case("nonedit-missing-kettle", "kettle whistle sound at the start", UNCHANGED, note="the only sound effect is a lid pop")
case("nonedit-missing-mum", "remove the bit where I mention my mum", UNCHANGED, note="nan and sister, never mum")
case("nonedit-missing-blood", "cut the part about blood oranges", UNCHANGED, note="never said")
case("nonedit-offtimeline-pop", "make the lid pop quieter", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-teams", "speed up the teams call", UNCHANGED, note="the Teams recording is only in the bin")
case("nonedit-offtimeline-take2", "turn DR0000_0031 down 6 dB", UNCHANGED, note="the take is only in the bin")
case("nonedit-offtimeline-chrome", "fade out the chrome recording", UNCHANGED, note="the screen capture is only in the bin")
case("nonedit-offtimeline-4483", "black and white on DSC_4483", UNCHANGED, note="DSC_4483 is only in the bin")
case("nonedit-ambig-pan", "pan clip at 1:20", UNCHANGED, note="DSC_4478, DSC_4483 and the sugar video all show the pan")
case("nonedit-ambig-dsc44x", "that DSC_44-something clip at 1:00", UNCHANGED, note="DSC_4478 and DSC_4483 (and the talk, DSC_4471)")
case("nonedit-ambig-recording", "put the recording in at 2:00", UNCHANGED,
     note="the Teams meeting recording, the Chrome screen capture or the DR0000 recorder take")
case("nonedit-ambig-jars", "the jars one at 2:05", UNCHANGED, note="jar_sterilising_oven.mp4 or the windowsill jars photo")
case("nonedit-ambig-pans-bw", "make the pan footage grayscale", UNCHANGED, note="both DSC pan clips are on the timeline",
     setup=[ins("m3", 53.0), ins("m2", 90.0)])
case("nonedit-ambig-pips", "cut the pips sentence", UNCHANGED, note="pips in 4 and 7")
case("nonedit-ambig-muslin", "delete the line about the muslin bag", UNCHANGED, note="7, 11 and 14")
case("nonedit-ambig-saucer", "remove the saucer sentence", UNCHANGED, note="19, 23, 24 and 26")
case("nonedit-ambig-nan", "cut where I mention my nan", UNCHANGED, note="0 and 33")
case("nonedit-ambig-fifteen", "lose the fifteen minutes line", UNCHANGED, note="20, 23 and 24")
case("nonedit-ambig-lids", "cut the sentence about the lids", UNCHANGED, note="lid in 12, lids in 28 and 29")
case("nonedit-ambig-squeeze", "delete the squeeze sentence", UNCHANGED, note="6, 14 and 15")
case("nonedit-ambig-eightjars", "remove the eight jars sentence", UNCHANGED, note="20 and 31")
case("nonedit-inside-spoon", "erase the spoon from the shot in pithScooping", UNCHANGED, setup=[ins("m5", 35.0)])
case("nonedit-inside-fly", "there's a fly landing on the pan in DSC_4478, remove it", UNCHANGED, setup=[ins("m2", 90.0)])
case("nonedit-inside-labels", "what's written on the labels in the windowsill photo?", UNCHANGED)
case("nonedit-inside-phone", "my phone buzzes on the counter around 1:00, take that noise out", UNCHANGED, note="no such sound in the talk")
case("nonedit-inside-teamswoman", "what does the woman in the teams call say about her jar?", UNCHANGED)

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-from-jars", "delete everything from the jar washing part to the end", {"confirm": True})
case("confirm-first-minute", "cut the first minute", {"confirm": True})
case("confirm-90s", "make the whole thing 90 seconds long", {"confirm": True})
case("confirm-range", "remove 0:40 through 1:40", {"confirm": True})
case("confirm-before-sugar", "get rid of everything before 'Now the sugar goes in'", {"confirm": True})
case("confirm-delete-talk", "delete the main video clip", {"confirm": True})
case("confirm-last45", "keep only the last 45 seconds", {"confirm": True})
case("confirm-after-2", "bin everything after 2:00", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "o_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)
