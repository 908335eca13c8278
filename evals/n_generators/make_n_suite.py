"""Writes n_heldout.jsonl from the cases below; every expected time is computed from project N's
transcript (project_n_beehives.SCRIPT through talk_project.timed_script), never typed by hand. Times
a user types in a message ("at 1:20", "@ 63.5s", "00:01:12:15", "1 min 5") are parsed from the same
string the message uses.

    PYTHONPATH=/work/main:. /work/main/.venv/bin/python make_n_suite.py

Bound conventions (the same as suites H to M): D is the fresh timeline's length (the talk file holds
ceil(T * 30) frames, T being timed_script's total, and the timeline is those frames).
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
absolute level both reach, since the bed already sits at -18 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from project_n_beehives import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.ceil(round(_T * 30, 6)) / 30, 2)  # the fresh timeline
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 7
MUSIC_DB = -18.0
RETAKE_I = 22  # the fluffed sentence; 23 is the good take

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m13
(DRONE_AUT, DRONE_SNOW, SYRUP, GUARD_VID, INSTA, OBS, ZOOMCALL, OXALIC, QUILT, WRAPPED, GUARD_PIC, WEATHER) = (
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
    CASES.append({"id": f"n-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts described by what is said, what the media shows, or loose file names -------
case("broll-drone-view", "put the drone shot that has the bay in it over the bit where I talk about the view", over(DRONE_AUT, 30),
     note="only DJI_0042's description shows the bay; DJI_0047 is the snowy pass")
case("broll-0042-hello", "DJI_0042 over my intro please, where i say hello and who i am", over(DRONE_AUT, 0))
case("broll-autumn-drone-valley", "Could you lay the autumn drone footage over the sentence where I mention I've been keeping bees for 31 years?",
     over(DRONE_AUT, 0))
case("broll-snowdrone-row", "the snowy drone clip over 'sitting in a row by the fence'", over(DRONE_SNOW, 29))
case("broll-0047-wrapped", "DJI_0047.MP4 on top of where I say that's the three of them wrapped and strapped", over(DRONE_SNOW, 29))
case("broll-syrup-pour", "so where im saying i pour it into the feeder on top, four litres or whatever, can you stick the syrup pouring video over that part", over(SYRUP, 8))
case("broll-5803-ratio", "IMG_5803 over the sugar to water ratio line", over(SYRUP, 6))
case("broll-saucepan-boil", "the saucepan one, over me telling people not to boil the syrup", over(SYRUP, 7))
case("broll-5806-nails", "IMG_5806.MOV over the two small nails bit", over(GUARD_VID, 13))
case("broll-tacking-heading", "clip of me tacking the guard on, over \"Next are the mouse guards.\"", over(GUARD_VID, 10))
case("broll-guardpic-holes", "mouse guard close up.jpg over where i explain how big the holes are", over(GUARD_PIC, 12))
case("broll-guardphoto-mice", "show the close-up photo of the mouse guard while I'm talking about mice wrecking a box", over(GUARD_PIC, 11))
case("broll-insta-dribble", "the 360 camera footage over where I say to dribble it between the frames", over(INSTA, 17))
case("broll-insta-brood", "VID_20261128_101530_00_012 over the sentence about treating once there's no brood", over(INSTA, 16))
case("broll-zoom-inspector", "the zoom call recording over the line about the inspector and the mite counts", over(ZOOMCALL, 15))
case("broll-clubcall-mites", "bee club call footage over 'Now, the mites'", over(ZOOMCALL, 14))
case("broll-oxalic-goggles", "oxalic dribble with syringe.mp4 over the gloves and goggles warning", over(OXALIC, 18))
case("broll-syringe-fivemil", "syringe clip over the five millilitres line", over(OXALIC, 17))
case("broll-quilt-shavings", "quiltBoxShavings over the wood shavings and cloth bottom sentence", over(QUILT, 20))
case("broll-quiltbox-goodtake", "the quilt box clip over the proper take about the first hard frost, not the one where i get muddled",
     over(QUILT, 23))
case("broll-quilt-lid", "quilt shavings video over \"Then the moisture quilt goes on top, under the lid.\"", over(QUILT, 19))
case("broll-5811-tarpaper", "IMG_5811.JPG over where I describe wrapping them in the roofing paper", over(WRAPPED, 24))
case("broll-wrappedpic-cleansing", "photo of the wrapped hives in the snow over the cleansing flight sentence", over(WRAPPED, 25))
case("broll-weather-wind", "the weather screenshot over where i say the wind can hit ninety", over(WEATHER, 27))
case("broll-screenshot-lidoff", "Screenshot_20261130-071544 over the story of the lid that blew off", over(WEATHER, 28))
case("broll-obs-march", "2026-11-30 19-22-05.mkv over \"I won't open them again until March\"", over(OBS, 31))
case("broll-obs-cost", "the OBS capture over the forty dollar line", over(OBS, 33))
case("broll-snowdrone-knock", "snow drone clip over the knock on the side bit", over(DRONE_SNOW, 32))
case("broll-aut-heft", "fall drone footage over where i say first job is hefting the hive", over(DRONE_AUT, 3))

# --- times and positions ---------------------------------------------------------------------------
case("time-0042-ss", "DJI_0042 at 0:05", on(DRONE_AUT, start=at("0:05")))
case("time-syrup-leading0", "IMG_5803 in at 00:34", on(SYRUP, start=at("00:34")))
case("time-guard-hhmmss", "put IMG_5806 at 00:00:56", on(GUARD_VID, start=at("00:00:56")))
case("time-insta-1m12", "insta360 clip @ 1m12", on(INSTA, start=at("1m12")))
case("time-zoom-secs", "zoom meeting recording at 63.5s", on(ZOOMCALL, start=at("63.5s")))
case("time-oxalic-words", "oxalic syringe clip at one minute fifteen", on(OXALIC, start=at("one minute fifteen")))
case("time-quilt-halfmin", "quiltBoxShavings at a minute and a half", on(QUILT, start=at("a minute and a half")))
case("time-0047-timecode", "DJI_0047 at 00:02:05:15, we're 30fps", on(DRONE_SNOW, start=at("00:02:05:15")))
case("time-buzz-min", "bee buzz sound at 1 min 5", on(SFX, role=None, start=at("1 min 5")))
case("time-buzz-bare", "buzz sfx at 47", on(SFX, role=None, start=at("47")))
case("time-weather-4s", "weather screenshot at 1:56 for 4 seconds", on(WEATHER, start=at("1:56"), within=[at("1:56"), at("1:56") + 4.0]))
case("time-wrapped-about", "the wrapped hives photo round about 2:05, give or take", on(WRAPPED, start=at("2:05"), tol=1.5))
case("time-guardpic-approx", "mouse guard close up pic at roughly 52 secs, doesn't need to be exact", on(GUARD_PIC, start=at("52 secs"), tol=1.5))
case("time-syrup-3s-into", "the syrup video three seconds into the sentence about pouring it into the feeder",
     on(SYRUP, start=r(SEG[8].start + 3.0), tol=0.3))
case("time-zoom-1s-after", "zoom call clip a second after I start talking about the bee club meeting", on(ZOOMCALL, start=r(SEG[15].start + 1.0), tol=0.3))
case("time-wrapped-before-end", "wrapped hives still 10 secs before the video ends", on(WRAPPED, start=r(D - 10.0), tol=0.3))
case("pos-drone-open", "i want the very first shot to be the autumn drone clip", on(DRONE_AUT, start=0.0))
case("pos-snow-last", "finish on the snowy drone shot, it should be the last thing you see", on(DRONE_SNOW, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-oxalic-middle", "oxalic dribble clip right in the middle of the video", on(OXALIC, start=r(D / 2), tol=1.5))
case("pos-buzz-ninety", "buzz sfx exactly on \"ninety kilometres an hour\"", on(SFX, role=None, overlaps=list(phrase(27, "ninety kilometres an hour"))))
case("pos-buzz-hum", "put the bee buzz right on the words 'they hum back'", on(SFX, role=None, overlaps=list(phrase(32, "they hum back"))))
case("pos-buzz-playhead", "buzz here", on(SFX, role=None, start=76.0), playhead=76.0)
case("pos-title-playhead", "drop a caption saying \"5 ml per seam\" where the playhead is", title("5 ml per seam", start=73.0), playhead=73.0)
case("pos-selected-bw", "make the selected one black & white", bw(DRONE_SNOW),
     setup=[ins("m2", 8.0), ins("m3", 125.0)], selection=["c4"], note="c4 is DJI_0047.MP4 (setup makes c3, c4)")
case("pos-selected-slow", "slow the clip i've selected to half speed", {"speed": {"media": GUARD_VID, "value": 0.5}},
     setup=[ins("m4", 34.0), ins("m5", 56.0)], selection=["c4"], note="c4 is IMG_5806.MOV")
case("pos-title-mites", "title 'Part 3: Mites' right when I say \"Now, the mites\"", title("Part 3: Mites", start=SEG[14].start))

# --- cuts: fillers, pauses, the retake, sentences, phrases, ranges ---------------------------------
case("cut-fillers", "clean up the umms and uhhs", FILLERS)
case("cut-fillers-voice", "take out all the um and uh sounds i make", FILLERS)
case("cut-fillers-typo", "cna you cut the filers", FILLERS)
case("cut-fillers-grandma", "Gran says she sounds hesitant, could you tidy up her 'um's and 'uh's please", FILLERS)
case("cut-fillers-terse", "no ums", FILLERS)
case("cut-um-early", "cut the um in 'which, um, comes early'", filler_in(1))
case("cut-uh-fence", "theres an uh when i talk about the little hive by the fence, remove just that one", filler_in(5))
case("cut-um-nails", "delete the um at the start of the sentence about the two nails", filler_in(13))
case("cut-uh-shavings", "the uh in the wood shavings sentence, lose it", filler_in(20))
case("cut-uh-lidblow", "snip the 'uh' right before 'we had a lid blow clean off'", filler_in(28))
case("cut-um-comments", "Only the um in my questions-in-the-comments line, please leave the rest alone.", filler_in(35))
case("cut-youknow", "cut 'you know' from the mites sentence", phrase_cut(14, "you know"))
case("cut-soyeah", "get rid of the \"so yeah\" near the end", phrase_cut(34, "so yeah"))
case("cut-dear", "remove the word dear in the boil the syrup line", phrase_cut(7, "dear", 0.05, 0.25))
case("cut-pauses", "tighten up all the long pauses", PAUSES)
case("cut-pauses-us", "there's a bunch of dead air, can you trim the gaps", PAUSES)
case("cut-pauses-ramble", "she takes these long breaths between bits and it feels slow, can you shorten the silences throughout", PAUSES)
case("cut-pause-february", "the pause after the february bit is way too long", pause_cut(2))
case("cut-pause-gordie", "after the Gordie joke there's a huge gap, close it up", pause_cut(9))
case("cut-pause-goggles", "too long a silence before 'Then the moisture quilt'", pause_cut(18))
case("cut-pause-view", "after 'best view in the county' it just sits there, trim that pause", pause_cut(30))
case("cut-pause-stove", "shorten the silence right after 'warmed on the stove until it's clear'", pause_cut(6))
case("cut-retake", "cut the retake", RETAKE)
case("cut-retake-sorry", "delete where I say sorry let me say that again, and the fumbled start before it", RETAKE)
case("cut-retake-quilt", "i trip up on the quilt instructions and start again, remove the bad attempt", RETAKE)
case("cut-retake-flub", "lose the flubbed line", RETAKE)
case("cut-gordie", "cut the bit about my neighbour gordie", sentence_cut(9))
case("cut-february", "take out the line where I say I lost a colony last February", sentence_cut(2))
case("cut-cost", "remove the sentense about how much the hole job cost", sentence_cut(33))
case("cut-knock", "delete 'Just a knock on the side now and then, and if they hum back, they're alive.'", sentence_cut(32))
case("cut-coldwet", "drop the cold versus wet sentence", sentence_cut(21))
case("cut-heft", "get rid of the sentence where I say the first job is to heft each hive", sentence_cut(3))
case("cut-hundred", "cut where i say how much a hive should weigh", sentence_cut(4))
case("cut-clubzoom", "remove the line about the zoom club meeting and the inspector", sentence_cut(15))
case("cut-windowview", "Please remove the sentence about the view from the hill.", sentence_cut(30))
case("cut-phrase-honeyandall", "cut the words 'honey and all'", phrase_cut(4, "honey and all"))
case("cut-phrase-swears", "snip \"but he also swears at his bees, so there you go\"", phrase_cut(9, "but he also swears at his bees so there you go"))
case("cut-phrase-county", "take out \"and honestly, it's the best view in the county\"", phrase_cut(30, "and honestly it's the best view in the county"))
case("cut-range-mites", "cut from 'Now, the mites' to the end of the Zoom meeting sentence", sentence_cut(14, 15))
case("cut-lidblow", "remove the story about the lid that blew off two winters ago", sentence_cut(28))
case("cut-topentrance", "take out the warning about leaving the top entrance open", sentence_cut(26))
case("cut-range-guards", "delete \"Next are the mouse guards.\" and the mice sentence that comes right after", sentence_cut(10, 11))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "trim the first 2 seconds", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-last-half", "shave half a second off the end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.7)})
case("trim-range-secs", "cut 44s-47.5s", {"duration_near": [r(D - 3.5), 0.1]})
case("trim-range-mmss", "remove 2:20 to 2:24", {"duration_near": [r(D - 4.0), 0.1]})
case("trim-start-heft", "start the video at 'First job is to heft each hive'", start_at(3))
case("trim-end-comments", "end it right after she says to leave questions in the comments, drop the goodbye", end_after(35))
case("trim-end-county", "stop the video after 'best view in the county'", end_after(30))
case("trim-0042-3s", "DJI_0042 only needs 3 seconds",
     {**on(DRONE_AUT, start=8.0, within=[8.0, 11.0]), "duration_near": [D, 0.05]}, setup=[ins("m2", 8.0)])
case("trim-zoom-shorter", "zoom call clip is too long, cut 4 seconds off it",
     {**on(ZOOMCALL, within=[63.0, 68.0]), "duration_near": [D, 0.05]}, setup=[ins("m8", 63.0)])
case("move-0047-210", "move DJI_0047 to 2:10", on(DRONE_SNOW, start=at("2:10"), count=1), setup=[ins("m3", 122.0)])
case("move-syrup-later", "nudge the syrup clip 3 seconds later", on(SYRUP, start=37.0, count=1), setup=[ins("m4", 34.0)])
case("move-guardpic-earlier", "mouse guard photo two seconds earlier please", on(GUARD_PIC, start=50.0, count=1),
     setup=[ins("m12", 52.0, 3.0)])
case("move-quilt-sentence", "slide the quilt box clip so it begins when I say 'It's a box of wood shavings'",
     on(QUILT, start=SEG[20].start, tol=0.3, count=1), setup=[ins("m10", 78.0)])
case("reorder-drones", "the drone clips are the wrong way round, the autumn one should come first",
     {**on(DRONE_AUT, start=125.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 133.0, "tol": 1.0}},
     setup=[ins("m3", 125.0), ins("m2", 133.0)])
case("reorder-iphone", "swap IMG_5803 and IMG_5806 around", {**on(GUARD_VID, start=40.0, tol=1.0),
                                                              "clip_boundary_at": {"role": "broll", "time": 45.0, "tol": 1.0}},
     setup=[ins("m4", 40.0), ins("m5", 46.0)])
case("reorder-zoom-first", "the zoom call should play before the syringe clip, not after",
     {**on(ZOOMCALL, start=63.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 72.0, "tol": 1.0}},
     setup=[ins("m9", 63.0), ins("m8", 69.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-drones", "crossfade between the two drone shots", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 125.0), ins("m3", 133.0)])
case("transition-dip-iphone", "dip to black between the syrup clip and the guard clip, 1 second",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m4", 40.0), ins("m5", 46.0)])
case("transition-wipe", "wipe transition from the 360 clip to the syringe one", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m6", 66.0), ins("m9", 73.0)])
case("transition-smooth", "the jump from the quilt box clip to the tar paper photo is harsh, smooth it somehow",
     {"transition": {"role": "broll"}}, setup=[ins("m10", 96.0), ins("m11", 101.0, 4.0)])
case("transition-dissolve", "dissolve from the zoom call into the oxalic clip", {"transition": {"role": "broll"}},
     setup=[ins("m8", 63.0), ins("m9", 72.0)])
case("effect-fadein", "fade in from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "3 sec fade to black at the end of the video", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-colour", "the kitchen light makes me look green, can you fix the color on me", {"effect": {"role": "main", "type": "color"}})
case("effect-bw-0047", "DJI_0047 in black and white", bw(DRONE_SNOW), setup=[ins("m3", 125.0)])
case("effect-zoom-wrapped", "slow push-in on the wrapped hives photo", {"effect": {"media": WRAPPED, "type": "zoom"}},
     setup=[ins("m11", 125.0, 4.0)])
case("effect-blur-zoomcall", "blur the zoom call, the other members didn't agree to be on camera", {"effect": {"media": ZOOMCALL, "type": "blur"}},
     setup=[ins("m8", 63.0)])
case("effect-bright-insta", "360 clip is way too dark, brighten it", {"effect": {"media": INSTA, "type": "color"}}, setup=[ins("m6", 72.0)])
case("effect-normalise", "normalise my voice", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "let the fiddle tune fade in", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "fade the music out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-mono-syrup", "IMG_5803 monochrome", bw(SYRUP), setup=[ins("m4", 34.0)])
case("effect-kenburns-guard", "ken burns effect on the mouse guard photo", {"effect": {"media": GUARD_PIC, "type": "zoom"}},
     setup=[ins("m12", 51.0, 3.0)])
case("speed-syringe-2x", "oxalic clip twice as fast", {"speed": {"media": OXALIC, "value": 2.0}}, setup=[ins("m9", 72.0)])
case("speed-0042-half", "DJI_0042 at 50% speed", {"speed": {"media": DRONE_AUT, "value": 0.5}}, setup=[ins("m2", 8.0)])
case("speed-talk-10pc", "speed her up 10 percent, she talks slow", {"speed": {"role": "main", "value": 1.1}})
case("speed-zoom-3x", "zoom call at 3x, it's a boring bit", {"speed": {"media": ZOOMCALL, "value": 3.0}}, setup=[ins("m8", 63.0)])
case("speed-quilt-08", "quilt box clip 0.8x", {"speed": {"media": QUILT, "value": 0.8}}, setup=[ins("m10", 83.0)])
case("speed-insta-slowmo", "slow-mo on the 360 footage, quarter speed", {"speed": {"media": INSTA, "value": 0.25}}, setup=[ins("m6", 72.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-24", "music to -24 dB", {"clip_volume": {"role": "music", "db": -24.0}})
case("audio-fiddle-down3", "fiddle tune 3dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 3.0}})
case("audio-music-up5", "can hardly hear the song, bring it up 5 dB", {"clip_volume": {"role": "music", "db": MUSIC_DB + 5.0}})
case("audio-music-minus12", "background music at minus twelve", {"clip_volume": {"role": "music", "db": -12.0}})
case("audio-duck", "duck the music when she's talking", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-polite", "Would it be possible to have the fiddle music drop down whenever I'm speaking, and come back up in between?",
     {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-10", "duck the bed 10 db under the voice", {"music_envelope_dips_during_speech": -9.5})
case("audio-mute-music", "mute the music track", {"track_muted": "music"})
case("audio-voice-up3", "my voice is quiet, +3 dB on me", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down2", "the interview audio is too hot, take it down 2 dB", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "unmute the music", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Putting the Bees to Bed\" at the start for 5 seconds", title("Putting the Bees to Bed", 0.0, 5.0))
case("title-name", "lower third 'Maggie MacLeod, beekeeper' at 0:01 for 4 secs", title("Maggie MacLeod, beekeeper", at("0:01"), 4.0))
case("title-ratio", "put text '2:1 sugar to water' on screen at 0:26", title("2:1 sugar to water", at("0:26")))
case("title-caps", "caption \"DON'T BOIL IT\" at 0:32", title("DON'T BOIL IT", at("0:32")))
case("title-mm", "text saying \"9 mm holes\" at 52s", title("9 mm holes", at("52s")))
case("title-emoji", "add the title \"Gloves + goggles 🧤🥽\" at 1:16", title("Gloves + goggles 🧤🥽", at("1:16")))
case("title-endcard", "closing card 'Questions? Comment below!' for the last 5 seconds", title("Questions? Comment below!", r(D - 5.0), 5.0))
case("title-accent", "caption 'Annapolis Valley, Nouvelle-Écosse' at 0:02", title("Annapolis Valley, Nouvelle-Écosse", at("0:02")))
case("title-step-quilt", "when the moisture quilt part starts, put up 'Step 4: Moisture quilt'", title("Step 4: Moisture quilt", SEG[19].start))
case("title-cost", "text \"Total: $40\" from 2:24, 6 seconds long", title("Total: $40", at("2:24"), 6.0))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "cut every um and uh and also the part where i restart",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.36 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one um")
case("multi-pauses-duck", "shorten the gaps and duck the music under my voice", {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-0042-bw", "DJI_0042 at 0:08 and make it black and white", {**on(DRONE_AUT, role=None, start=at("0:08")), **bw(DRONE_AUT)})
case("multi-wrapped-caption", "at 2:06 put in the wrapped hives photo and the caption \"Tucked in for winter\"",
     {**on(WRAPPED, role=None, start=at("2:06")), **title("Tucked in for winter", at("2:06"))})
case("multi-retake-quilt", "remove the false start, then put quiltBoxShavings over the corrected take",
     {**RETAKE, **on(QUILT, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "music down to -22 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-zoom-mute", "speed the zoom recording up to double and mute the music", {"speed": {"media": ZOOMCALL, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m8", 63.0)])
case("multi-trim-title", "cut the first second then add a title 'Winter Prep' at the start",
     {"duration_near": [r(D - 1.0), 0.1], **title("Winter Prep", 0.0)})
case("multi-syrup-fadein", "IMG_5803 at 0:35 with a fade in", {**on(SYRUP, role=None, start=at("0:35")), "effect": {"media": SYRUP, "type": "fade_in"}})
case("multi-normalise-duck", "level out my voice and have the music dip when i speak",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-gordie-guards", "cut the Gordie line and the 'Next are the mouse guards' heading after it", sentence_cut(9, 10))

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(DRONE_AUT), history=["put DJI_0042 at 0:05"])
case("convo-move-it", "actually 2:12", on(WRAPPED, start=at("2:12"), count=1), history=["put IMG_5811 at 2:05"])
case("convo-quieter", "still too loud, bit more", {"clip_volume": {"role": "music", "db": -25.5, "tol": 3.0}}, history=["music to -22"])
case("convo-louder", "now i can't hear it at all, nudge it up", {"clip_volume": {"role": "music", "db": -27.0, "tol": 2.5}},
     history=["set the music to -30 dB"])
case("convo-undo", "undo that", {"matches_initial": True}, history=["cut the first 8 seconds"])
case("convo-which-drone", "the one with snow", on(DRONE_SNOW, start=at("2:05")), history=["put the drone clip at 2:05"],
     note="the first turn is ambiguous (two DJI clips) and should ask; the answer names DJI_0047")
case("convo-which-iphone", "the syrup one", on(SYRUP, start=at("0:35")), history=["put the iphone video at 0:35"],
     note="the first turn is ambiguous (two IMG_ clips) and should ask; the answer names IMG_5803")
case("convo-title-longer", "keep it up for 6 seconds", title("Bee Season's Over", 0.0, 6.0),
     history=["add a title \"Bee Season's Over\" at the start"])
case("convo-that-fast", "double speed on that", {"speed": {"media": OXALIC, "value": 2.0}}, history=["put the oxalic syringe clip at 1:12"])
case("convo-same-guard", "same for the mouse guard close up at 0:52", on(GUARD_PIC, start=at("0:52")),
     history=["put the weather screenshot at 1:56"])
case("convo-fade-it", "fade that one out", {"effect": {"media": INSTA, "type": "fade_out"}}, history=["put the 360 clip at 1:12"])
case("convo-music-also", "the music too", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade out the video at the end"])
case("convo-speed-normal", "put it back to normal speed", {**on(QUILT, role=None, start=at("1:23")), "speed": {"media": QUILT, "value": 1.0}},
     history=["put quiltBoxShavings at 1:23", "make it 2x"])
case("convo-caption-move", "move the caption to 0:34", title("No boiling!", at("0:34")), history=["caption \"No boiling!\" at 0:32"])
case("convo-other-drone", "and the snowy drone shot at 2:09", on(DRONE_SNOW, start=at("2:09")), history=["put DJI_0042 at 0:05"])
case("convo-pauses-too", "and the long silences",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["remove all the ums and uhs"])
case("convo-retext", "change the wording to \"Only $40 all in\"", title("Only $40 all in", at("2:24")), history=["add a caption \"$40\" at 2:24"])
case("convo-where-again", "sorry where was that again", {"unchanged": True, "reply_has": [mmss(SEG[9].start)]},
     history=["where do I mention Gordie?"])

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is the video right now", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-gordie", "when does gordie come up", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[9].start)]})
case("question-where-guards", "what time does the mouse guard section start?", {"unchanged": True, "special": "answer",
                                                                                 "reply_has": [mmss(SEG[10].start)]})
case("question-where-oxalic", "at what point do i talk about the oxalic acid treatment", {"unchanged": True, "special": "answer",
                                                                                          "reply_has": [mmss(SEG[16].start)]})
case("question-where-view", "where's the part about the view", {"unchanged": True, "reply_has": [mmss(SEG[30].start)]})
case("question-music-level", "what volume is the music at?", {"unchanged": True, "reply_has": ["-18"]})
case("question-unused", "which clips haven't I used yet?", UNCHANGED)
case("question-um-count", "how many times do i say um", UNCHANGED)
case("question-take2", "did I record the ending twice?", UNCHANGED)
case("question-broll-track", "what's on the b-roll track at the moment", {"unchanged": True, "reply_has": [OXALIC, WRAPPED]},
     setup=[ins("m9", 72.0), ins("m11", 125.0, 3.0)])
case("question-retakes", "are there any spots where I flub a line?", UNCHANGED)
case("question-drone-res", "is the drone footage 4k or 1080?", UNCHANGED)
case("question-fps", "what frame rate is this project", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "do I have any sound effects", UNCHANGED)
case("question-after-cut", "ok and how long is it now?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]}, history=["cut all the ums"])
case("question-last-change", "what did you just change?", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 4 seconds"])

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "thank you dear, that's lovely", UNCHANGED)
case("chat-gordie", "gordie will get a kick out of this", UNCHANGED)
case("chat-hi", "hi there", UNCHANGED)
case("chat-tea", "going to put the kettle on, back shortly", UNCHANGED)
case("chat-clever", "well aren't you clever", UNCHANGED)
case("chat-hmm", "hmm let me think about it", UNCHANGED)
case("chat-ok", "ok", UNCHANGED)
case("chat-grandson", "my grandson usually does this for me on his computer", UNCHANGED)
case("chat-bees", "the bees are all tucked in now anyway", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-gordieclip", "put the clip of Gordie over the fondant line", UNCHANGED, note="Gordie is in no media")
case("nonedit-missing-dji0044", "add DJI_0044.MP4 at 0:10", UNCHANGED, note="only DJI_0042 and DJI_0047 exist")
case("nonedit-missing-img5804", "IMG_5804.MOV at 0:40", UNCHANGED, note="IMG_5803, IMG_5806 and IMG_5811 exist, not 5804")
case("nonedit-missing-smoker", "put the smoker footage over the intro", UNCHANGED, note="no smoker clip")
case("nonedit-missing-queen", "cut where I talk about finding the queen", UNCHANGED, note="the queen is never mentioned")
case("nonedit-missing-swarm", "delete the part about swarming", UNCHANGED, note="never said")
case("nonedit-missing-extractor", "add the honey extractor clip at 1:00", UNCHANGED, note="no such clip")
case("nonedit-missing-rooster", "rooster crow sound at the start", UNCHANGED, note="the only sound effect is a bee buzz")
case("nonedit-missing-varroa", "the varroa board photo over the mites bit", UNCHANGED, note="no such photo")
case("nonedit-missing-husband", "remove the bit where I mention my husband", UNCHANGED, note="never said")
case("nonedit-missing-candy", "cut the part about candy boards", UNCHANGED, note="never said")
case("nonedit-offtimeline-buzz", "make the bee buzz quieter", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-zoom", "speed up the zoom call recording", UNCHANGED, note="the Zoom call is only in the bin")
case("nonedit-offtimeline-take2", "turn ZOOM0012_LR down 6 dB", UNCHANGED, note="the take is only in the bin")
case("nonedit-offtimeline-obs", "fade out the OBS recording", UNCHANGED, note="the OBS capture is only in the bin")
case("nonedit-offtimeline-0047", "black and white on DJI_0047", UNCHANGED, note="DJI_0047 is only in the bin")
case("nonedit-ambig-drone", "drone shot at 1:20", UNCHANGED, note="DJI_0042 and DJI_0047")
case("nonedit-ambig-iphone", "put the iphone clip in at 0:40", UNCHANGED, note="IMG_5803 and IMG_5806 (and the IMG_5811 still)")
case("nonedit-ambig-dji004x", "that DJI_004-something clip at 1:00", UNCHANGED, note="DJI_0042 and DJI_0047")
case("nonedit-ambig-zoomrec", "the zoom recording at 1:03", UNCHANGED, note="the Zoom call video or the ZOOM0012 recorder take")
case("nonedit-ambig-snowy", "add the snowy shot at 2:05", UNCHANGED, note="DJI_0047 (snow) and IMG_5811 (snow on the lids)")
case("nonedit-ambig-drones-bw", "make the drone footage grayscale", UNCHANGED, note="both DJI clips are on the timeline",
     setup=[ins("m2", 8.0), ins("m3", 125.0)])
case("nonedit-ambig-fence", "cut the fence sentence", UNCHANGED, note="fence in 5 and 29")
case("nonedit-ambig-bay", "delete the line about the bay", UNCHANGED, note="the bay in 27 and 30")
case("nonedit-ambig-lid", "cut where i mention the lid", UNCHANGED, note="19, 27 and 28")
case("nonedit-ambig-damp", "remove the damp sentence", UNCHANGED, note="damp in 20 and 26")
case("nonedit-ambig-quilt", "lose the quilt line", UNCHANGED, note="19, 22, 23")
case("nonedit-ambig-winter", "cut the sentence with winter in it", UNCHANGED, note="1, 4, 11, 34 (and winters in 28)")
case("nonedit-inside-car", "erase the truck parked behind the hives in DJI_0042", UNCHANGED, setup=[ins("m2", 8.0)])
case("nonedit-inside-bee-lens", "there's a bee crawling on the lens in the 360 clip, get rid of it", UNCHANGED, setup=[ins("m6", 72.0)])
case("nonedit-inside-hand", "remove my hand from the frame in IMG_5806", UNCHANGED, setup=[ins("m5", 56.0)])
case("nonedit-inside-chart", "what numbers are on the inspector's chart in the zoom call?", UNCHANGED)
case("nonedit-inside-dog", "a dog barks around 0:50, take that noise out", UNCHANGED, note="no such sound in the talk")

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-from-wrap", "delete everything from the tar paper part to the end", {"confirm": True})
case("confirm-first-minute", "cut the first minute off", {"confirm": True})
case("confirm-60s", "make it one minute long total", {"confirm": True})
case("confirm-range", "remove 0:30 through 1:30", {"confirm": True})
case("confirm-before-mites", "get rid of everything before 'Now, the mites'", {"confirm": True})
case("confirm-delete-talk", "delete the main video clip", {"confirm": True})
case("confirm-last30", "keep only the final 30 seconds", {"confirm": True})
case("confirm-after-130", "bin everything after 1:30", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "n_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)
