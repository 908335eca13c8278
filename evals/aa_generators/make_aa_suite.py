"""Writes aa_heldout.jsonl from the cases below; every expected time is computed from project AA's
transcript (project_aa_chair.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("1:05", "00:01:05", "1m05s", "65s", "1 min 5", "00:00:47:15", "one minute
ten", "a minute in") are parsed from the same string the message uses.

    cd evals/aa_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_aa_suite.py   (writes ../aa_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any other suite's phrasing; Q's
files were used only as a template for the format and the bounds). The people typing, mixed roughly
equally: (a) Declan himself (sixty-seven, retired carpenter, Cork-born, slow, warm, rambling, Irish
words, full stops in odd places, vague about which bit); (b) his granddaughter Aoife (nineteen, does
the editing, all lowercase, Gen Z slang, emoji words); (c) Declan swipe-typing on the iPad (autocorrect:
"Cain" for cane, "we've" for weave, "mossy" for Mossie, "golf tea", no punctuation); (d) the curator
of a craft heritage museum who wants it for a gallery screen (formal, timecodes like 00:01:05 or
1m05s, accessibility, profanity, kiosk and loop requests that the editor may not support).

Bound conventions (the same as Q's): D is the fresh timeline's length (int(T * 30) frames, T being
timed_script's total; here 5302 frames = 176.73 s, which test_project_aa.py checks against a build).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05
  a range by time (a to b): duration_near D - (b - a) within 0.1
Ducking is checked at -6 dB, which an envelope read as an offset or as an absolute level both reach,
since the bed already sits at -18 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_aa_chair import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_aa_chair import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # the fresh timeline: 5302 frames / 30 = 176.73, as built
PAUSE = [p for _t, p in SCRIPT]
FILL = {"um", "uh"}
NFILL = sum(w.text.lower().strip(",.") in FILL for w in WORDS)  # 9
MUSIC_DB = -18.0
RETAKE_I = 18  # the abandoned "first diagonal" sentence; 19 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(HORIZ, DIAG, SOAK, CUTOUT, CAM15, ZOOMCALL, MESSENGER, RESOLVE, ORDER, WEAVEGOOD, TEES, BINDER, FINALVID, PHOTO) = (
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
    """Seconds for a time as a user types it."""
    t = text.strip().lower()
    if re.fullmatch(r"\d+:\d\d:\d\d:\d\d", t):
        h, m, s, f = (int(x) for x in t.split(":"))
        return r(h * 3600 + m * 60 + s + f / 30)
    if re.fullmatch(r"\d+:\d\d:\d\d", t):
        h, m, s = (int(x) for x in t.split(":"))
        return float(h * 3600 + m * 60 + s)
    if re.fullmatch(r"\d+[:.]\d\d", t) and ":" in t:
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
    total = sum(b - a for a, b in (phrase(i, t) for i, t in spots))
    n = len(spots)
    return {"duration_lt": r(D - (total - lo * n)), "duration_gt": r(D - (total + hi * n))}


def pause_cut(i: int) -> dict:
    p = PAUSE[i]
    assert p >= 1.5, i
    return {"duration_lt": r(D - (p - 1.0)), "duration_gt": r(D - (p + 0.05))}


def filler_in(i: int) -> dict:
    n = sum(w.text.lower().strip(",.") in FILL for w in WORDS if SEG[i].start <= w.start <= SEG[i].end)
    assert n == 1, (i, n)
    return ONE_FILLER


def start_at(i: int) -> dict:
    return {"duration_lt": r(D - (SEG[i].start - (PAUSE[i - 1] - 0.05))), "duration_gt": r(D - (SEG[i].start + 0.05))}


def end_after(i: int) -> dict:
    return {"duration_lt": r(SEG[i].end + 0.8), "duration_gt": r(SEG[i].end - 0.05)}


def range_cut(a: float, b: float) -> dict:
    return {"duration_near": [r(D - (b - a)), 0.1]}


FILLERS = {"duration_lt": r(D - 0.35 * NFILL), "duration_gt": r(D - (0.5 * NFILL + 1.8))}
NUM = sum(w.text.lower().strip(",.") == "um" for w in WORDS)  # 5 of the 9
UMS = {"duration_lt": r(D - 0.35 * NUM), "duration_gt": r(D - (0.5 * NUM + 1.8))}
NUH = NFILL - NUM  # 4
UHS = {"duration_lt": r(D - 0.35 * NUH), "duration_gt": r(D - (0.5 * NUH + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
KNOWS = [(1, "d'you know yourself"), (11, "d'you know yourself"), (26, "d'you know yourself")]


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
    CASES.append({"id": f"aa-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-horiz-step4", "The close up of me doing the under and over. Put that over where I explain step four. The second horizontal.",
     over(HORIZ, 16), note="Declan; only PXL_..101512345's description has the horizontal weave, ..104207118 is the diagonal")
case("broll-horiz-fiddly", "can u put the pixel clip where hes weaving sideways over the bit where grandad says its the fiddly one",
     over(HORIZ, 17), note="Aoife; the sideways (horizontal) weave is PXL_..101512345")
case("broll-101512345-step2", "PXL_20260903_101512345 over step two pls", over(HORIZ, 14))
case("broll-diag-step5", "the diagonal weaving clip over step five, the proper one not where I go wrong", over(DIAG, 19),
     note="the good take of the first diagonal sentence")
case("broll-diag-step6", "put the corner to corner we've clip over step 6", over(DIAG, 20), note="iPad: 'we've' is weave")
case("broll-104207118-backwards", "104207118 over the if you get it backwards line", over(DIAG, 21))
case("broll-soak-twenty", "the Cain soaking in the sink over where I say twenty minutes in warm water", over(SOAK, 7),
     note="iPad: 'Cain' is cane")
case("broll-dji-towel", "DJI clip over the damp towel sentence", over(SOAK, 8))
case("broll-soak-hank", "sink clip over the bit where he says its like a horses tail 🐴", over(SOAK, 6))
case("broll-cutout-first", "C0012 over 'First thing, you cut out the old seat'", over(CUTOUT, 3))
case("broll-cutout-knife", "Could you put the footage of the old seat being cut out with the Stanley knife over the part. Where I tell them to cut it out.",
     over(CUTOUT, 3))
case("broll-cam15-punch", "C0015 over the punching out the old cane bit", over(CAM15, 4))
case("broll-zoom-aoife", "the zoom recording over where grandad mentions me lol", over(ZOOMCALL, 30), note="Aoife is the granddaughter")
case("broll-zoom-deadly", "Please place the video-call recording over the sentence in which Aoife calls the chair deadly.", over(ZOOMCALL, 30))
case("broll-messenger-cork", "the video my cousin sent on messenger, the kitchen in Cork. Over where I say she had it fifty years.",
     over(MESSENGER, 1))
case("broll-received-intro", "received_1043872265519027 over the very first line", over(MESSENGER, 0))
case("broll-resolve-beginner", "Timeline 1.mov over the advice for beginners", over(RESOLVE, 31))
case("broll-resolve-shed", "timeline 1 over the have a go yourself line near the end", over(RESOLVE, 34))
case("broll-order-hank", "the screenshot of the cane order over 'I'm using four millimetre cane'", over(ORDER, 6))
case("broll-order-tees", "the order screenshot from the mac over where he talks about pegging with golf tees", over(ORDER, 11))
case("broll-good-snug", "weave close up GOOD over 'pull it snug but not tight'", over(WEAVEGOOD, 10))
case("broll-good-step3", "weave close up good over step three the second vertical", over(WEAVEGOOD, 15))
case("broll-tees-peg", "golf tea clip over the peg each hole sentence", over(TEES, 11), note="iPad: 'golf tea'")
case("broll-tees-pegs-popping", "golf tees in the holes over the bit where the pegs keep popping out", over(TEES, 17))
case("broll-binder-seven", "binder going on over step seven", over(BINDER, 23))
case("broll-binder-tie", "binder clip over 'you tie it down with a thin bit of cane'", over(BINDER, 24))
case("broll-final-drum", "chair_final_final2 over tight as a drum", over(FINALVID, 28))
case("broll-final-delighted", "the spinning chair vid over 'she'd be delighted with it' 😭", over(FINALVID, 28))
case("broll-final-business", "The video of the finished chair turning. Put it over. Where I say it's back in business.", over(FINALVID, 33))
case("broll-photo-front", "the photo of the chair in the front room over the four evenings line", over(PHOTO, 29))
case("broll-jpg-drum", "PXL_20260908_183015221.jpg over the 'tight as a drum' sentence", over(PHOTO, 28))
case("broll-cam15-seventy", "C0015 over the seventy two holes bit", over(CAM15, 5))
case("broll-tees-tension", "Kindly overlay the golf tee footage on the explanation of holding the tension.", over(TEES, 11))

# --- times and positions ---------------------------------------------------------------------------
case("time-horiz-mmss", "PXL_20260903_101512345 at 1:25", on(HORIZ, start=at("1:25")))
case("time-diag-hms", "Insert PXL_20260903_104207118.mp4 at 00:01:43.", on(DIAG, start=at("00:01:43")))
case("time-soak-msec", "DJI_20260903101512_0007_D at 0m39s", on(SOAK, start=at("0m39s")))
case("time-cutout-secs", "C0012 @ 19s", on(CUTOUT, start=at("19s")))
case("time-zoom-words", "put the zoom call in at two minutes thirty four", on(ZOOMCALL, start=at("two minutes thirty four")))
case("time-messenger-colon", "received_1043872265519027 at 0:06 please", on(MESSENGER, start=at("0:06")))
case("time-resolve-bare", "timeline 1 mov at 160", on(RESOLVE, start=at("160")))
case("time-good-1m05s", "Please insert 'weave close up GOOD.mp4' at 1m05s.", on(WEAVEGOOD, start=at("1m05s")))
case("time-tees-timecode", "golf tees in the holes.mov at 00:00:59:15, 30fps", on(TEES, start=at("00:00:59:15")))
case("time-hammer-min", "hammer tap sound at 0 min 24", on(SFX, role=None, start=at("0 min 24")))
case("time-hammer-secs", "hammer sfx at 24.5 secs", on(SFX, role=None, start=at("24.5 secs")))
case("time-binder-minute", "binder going on at two minutes two", on(BINDER, start=at("two minutes two")))
case("time-photo-5s", "the front room photo PXL_20260908_183015221 at 2:29 for 5 seconds",
     on(PHOTO, start=at("2:29"), within=[at("2:29"), at("2:29") + 5.0]))
case("time-final-about", "chair_final_final2 round about 2:26 doesnt have to be exact", on(FINALVID, start=at("2:26"), tol=1.5))
case("time-order-ish", "the mac screenshot somewhere near 35 seconds, near enough", on(ORDER, start=at("35"), tol=1.5))
case("time-soak-2s-into", "bring the sink clip in 2 seconds after I start 'You have to soak it'",
     on(SOAK, start=r(SEG[7].start + 2.0), tol=0.3))
case("time-binder-1s-after", "binder going on one second after he starts step seven", on(BINDER, start=r(SEG[23].start + 1.0), tol=0.3))
case("time-photo-before-end", "the front room photo 5 seconds before the end", on(PHOTO, start=r(D - 5.0), tol=0.3))
case("time-messenger-minute", "the cork kitchen video a minute in", on(MESSENGER, start=at("a minute in")))
case("pos-cutout-open", "Open the film on the old seat being cut out. Before my face comes up.", on(CUTOUT, start=0.0))
case("pos-photo-last", "last thing on screen shud be the pic of the finished chair by the window", on(PHOTO, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-hammer-punch", "the hammer tap sound right on 'a nail and a small hammer'",
     on(SFX, role=None, overlaps=list(phrase(4, "a nail and a small hammer"))))
case("pos-hammer-playhead", "drop the hammer sound in here where the playhead is", on(SFX, role=None, start=26.0), playhead=26.0)
case("pos-title-playhead", "caption \"72 holes!\" at the playhead", title("72 holes!", start=30.0), playhead=30.0)
case("pos-selected-bw", "make the selected one black and white", bw(DIAG),
     setup=[ins("m2", 86.0), ins("m3", 102.0)], selection=["c4"], note="c4 is PXL_..104207118 (setup makes c3, c4)")
case("pos-selected-slow", "slow the highlighted clip to half speed ngl it goes too fast", {"speed": {"media": TEES, "value": 0.5}},
     setup=[ins("m12", 59.0), ins("m4", 39.0)], selection=["c3"], note="c3 is golf tees in the holes.mov")
case("pos-title-step5", "title 'Step 5: First diagonal' just as he starts the proper step five",
     title("Step 5: First diagonal", start=SEG[19].start), note="the good take, 19, not the abandoned 18")
case("pos-mid-good", "stick weave close up GOOD right in the middle of the video", on(WEAVEGOOD, start=r(D / 2), tol=1.5))

# --- cuts: fillers, tics, pauses, the retake, sentences, phrases, ranges ----------------------------
case("cut-fillers", "remove all the ums and uhs", FILLERS)
case("cut-fillers-declan", "Would you take out all my ums and ahs there. I sound like I'm after forgetting me own name.", FILLERS)
case("cut-fillers-aoife", "get rid of every um n uh grandad does its giving buffering", FILLERS)
case("cut-fillers-ipad", "take out the arms and errs", FILLERS, note="iPad autocorrect: 'arms' for ums")
case("cut-fillers-curator", "Please remove the verbal hesitations (um, uh) throughout.", FILLERS)
case("cut-fillers-typo", "cut the umms adn uhhs", FILLERS)
case("cut-ums-only", "just the ums, leave the uhs", UMS)
case("cut-uhs-only", "only the uhs please not the ums", UHS)
case("cut-um-punch", "the um at the start of the punching out sentence, just that one", filler_in(4))
case("cut-uh-soak", "theres an uh in the twenty minutes soaking line, lose it", filler_in(7))
case("cut-uh-step2", "delete the uh right before 'step two'", filler_in(14))
case("cut-um-step3", "the um in step three before 'in the same holes'", filler_in(15))
case("cut-um-diagonals", "remove the um at the start of 'the diagonals take the longest'", filler_in(22))
case("cut-uh-sit", "cut the uh in 'let it dry overnight and uh dont sit on it'", filler_in(27))
case("cut-um-evenings", "the um before four evenings, snip it", filler_in(29))
case("cut-uh-beginner", "lose the uh after 'if you're a beginner'", filler_in(31))
case("cut-um-business", "the 'So, um' near the end, take the um out only", filler_in(33))
case("cut-knowyourself-all", "he says d'you know yourself like 3 times 💀 take them all out", phrases_cut(KNOWS),
     note="sentences 1, 11 and 26")
case("cut-knowyourself-peg", "cut the d you know yourself in the golf tee sentence", phrase_cut(11, "d'you know yourself"))
case("cut-knowyourself-cork", "remove 'd'you know yourself' from the Cork sentence", phrase_cut(1, "d'you know yourself"))
case("cut-surelook", "take out 'sure look' in the damp towel line", phrase_cut(8, "sure look"))
case("cut-godloveh", "cut 'God love him' after Mossie's name", phrase_cut(12, "god love him"))
case("cut-godrest", "Take out God rest her. I don't want to be crying every time I watch it.", phrase_cut(0, "god rest her"))
case("cut-surewhatharm", "cut 'sure what harm' off the end of the shed sentence", phrase_cut(34, "sure what harm"))
case("cut-profanity", "For the gallery version, please remove the profanity.", phrase_cut(21, "feck it", 0.05),
     note="curator: 'feck it' is the only profanity in the talk")
case("cut-feck", "cut where i say feck it, the museum wont like that", phrase_cut(21, "feck it", 0.05))
case("cut-telling", "lose 'I'm telling you' in the don't sit on it line", phrase_cut(27, "i'm telling you"))
case("cut-counted", "snip 'I counted them twice'", phrase_cut(5, "i counted them twice"))
case("cut-wontlie", "take out 'I won't lie to you'", phrase_cut(17, "i won't lie to you"))
case("cut-radio", "cut 'and the craic was mighty with the radio on'", phrase_cut(29, "and the craic was mighty with the radio on"))
case("cut-horsestail", "remove 'like a horse's tail'", phrase_cut(6, "like a horse's tail"))
case("cut-im-told", "cut 'which is good, I'm told' from the Aoife line", phrase_cut(30, "which is good i'm told"))
case("cut-eejit", "grandad calls himself an eejit lol cut 'you'll make an eejit of yourself the first time like I did'",
     phrase_cut(31, "you'll make an eejit of yourself the first time like i did"))
case("cut-hammock", "remove the words 'and the seat sagged like a hammock'", phrase_cut(13, "and the seat sagged like a hammock"))
case("cut-pauses", "tighten up all the long silences", PAUSES)
case("cut-pauses-declan", "I stop an awful lot while I'm fiddling with the cane. Could you close up them gaps the whole way through so nobody nods off.",
     PAUSES)
case("cut-pauses-aoife", "the dead air is lowkey killing me, cut the long gaps", PAUSES)
case("cut-pauses-ipad", "cut the long quiet bits all the way thru", PAUSES)
case("cut-pauses-curator", "Please shorten the extended silences for a tighter gallery cut.", PAUSES)
case("cut-pause-galway", "The gap after I say I moved to Galway goes on forever.", pause_cut(2))
case("cut-pause-seventytwo", "long pause after the seventy two holes sentence, shorten it", pause_cut(5))
case("cut-pause-towel", "shorten the silence after 'it dries out and cracks on you'", pause_cut(8))
case("cut-pause-month", "the gap after mossy giving out for a month is too long", pause_cut(13), note="iPad: 'mossy'")
case("cut-pause-fiddly", "after 'the pegs keep popping out' theres a massive gap, tighten it", pause_cut(17))
case("cut-pause-hour", "trim the quiet bit after 'a good hour in each of them'", pause_cut(22))
case("cut-pause-sit", "shorten the pause after don't sit on it", pause_cut(27))
case("cut-retake", "cut where he messes up and starts again", RETAKE)
case("cut-retake-declan", "I went wrong on the diagonal the first time and said I'd go again. Take out the wrong one.", RETAKE)
case("cut-retake-corner", "remove the bit where i say thats the wrong corner ill go again, and the wrong start with it", RETAKE)
case("cut-retake-curator", "Please remove the false start before the first diagonal is explained correctly.", RETAKE)
case("cut-retake-ipad", "cut the first go at step five where I got the corner wrong", RETAKE)
case("cut-mossie", "cut the whole mossie story 💀", sentence_cut(12, 13), note="the tangent is sentences 12 and 13")
case("cut-mossie-declan", "Take out the bit where I'm giving out about Mossie. He'd kill me if he saw it.", sentence_cut(12, 13),
     note="Declan is vague: the Mossie story (Mossie is the one giving out); both sentences")
case("cut-mossie-varnish", "Please remove the anecdote about the neighbour who varnished his chair while the cane was wet.", sentence_cut(12, 13))
case("cut-mossie-callback", "cut 'And don't go varnishing it wet like Mossie, whatever you do.'", sentence_cut(32))
case("cut-carpenter", "remove the line about me being a carpenter by trade", sentence_cut(2))
case("cut-seventytwo", "cut the seventy 2 holes sentence", sentence_cut(5))
case("cut-towel", "lose the damp towel sentence", sentence_cut(8))
case("cut-snug", "delete 'Pull it snug but not tight, because the cane shrinks as it dries and it'll tighten up grand by itself.'",
     sentence_cut(10))
case("cut-fiddly", "the fiddly one sentence drags, take it out", sentence_cut(17))
case("cut-backwards", "cut the line about getting it backwards", sentence_cut(21))
case("cut-plug", "remove the sentence about plugging the corner holes with glue", sentence_cut(25))
case("cut-threequarters", "take out the three quarters of an inch bit", sentence_cut(26))
case("cut-aoife", "ok cut the bit where grandad talks about me its embarrassing", sentence_cut(30))
case("cut-beginner", "Remove the beginner's advice about buying extra cane.", sentence_cut(31))
case("cut-shed", "cut the 'if you've a chair like this out in the shed' line", sentence_cut(34))
case("cut-fiftyyears", "I don't want the sentence about fifty years in the kitchen in Cork, it's too personal.", sentence_cut(1))
case("cut-diaglongest", "remove where he says the diagonals take the longest", sentence_cut(22))
case("cut-ipad-horse", "cut the sentence about the horses tail and the for millimetre Cain", sentence_cut(6), note="iPad: 'for' is four")
case("cut-range-mossie-words", "cut from 'My neighbour Mossie' through 'giving out about it for a month'", sentence_cut(12, 13))
case("cut-range-plug-ends", "take out the plug the corner holes sentence and the three quarters one after it", sentence_cut(25, 26))
case("cut-range-secs", "cut 1:36 to 1:42", range_cut(at("1:36"), at("1:42")))
case("cut-range-timecode", "Please excise 00:02:34 to 00:02:39.", range_cut(at("00:02:34"), at("00:02:39")))
case("cut-range-plain", "remove 12s to 15s", range_cut(12.0, 15.0))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "chop 2 seconds off the very start", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-tail-half", "shave half a second off the end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last word ends 0.78 s before the end")
case("trim-start-first", "start it at 'First thing, you cut out the old seat', skip the intro", start_at(3))
case("trim-start-cane", "Start the gallery edit at the point where he introduces the cane itself.", start_at(6))
case("trim-end-business", "end it on grand job, chop everything after", end_after(33))
case("trim-end-drum", "finish it right after tight as a drum she'd be delighted", end_after(28))
case("trim-horiz-4s", "PXL_20260903_101512345 is too long, make it 4 secs",
     {**on(HORIZ, start=86.0, within=[86.0, 90.0]), "duration_near": [D, 0.05]}, setup=[ins("m2", 86.0)])
case("trim-zoom-shorter", "cut 3 seconds off the zoom call clip",
     {**on(ZOOMCALL, within=[154.0, 159.0]), "duration_near": [D, 0.05]}, setup=[ins("m7", 154.0)])
case("trim-soak-2s", "sink clip down to two seconds", {**on(SOAK, start=40.0, within=[40.0, 42.0]), "duration_near": [D, 0.05]},
     setup=[ins("m4", 40.0)])
case("move-diag-143", "move PXL_20260903_104207118 to 1:43", on(DIAG, start=at("1:43"), count=1), setup=[ins("m3", 120.0)])
case("move-tees-later", "nudge the golf tees clip 2 seconds later", on(TEES, start=61.0, count=1), setup=[ins("m12", 59.0)])
case("move-binder-earlier", "binder clip needs to come in 3 secs earlier", on(BINDER, start=122.0, count=1), setup=[ins("m13", 125.0)])
case("move-cutout-sentence", "line up C0012 with the start of 'First thing, you cut out the old seat'",
     on(CUTOUT, start=SEG[3].start, tol=0.3, count=1), setup=[ins("m5", 30.0)])
case("reorder-pixels", "wrong way round, the horizontal weave clip should come before the diagonal one",
     {**on(HORIZ, start=86.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 93.0, "tol": 1.0}},
     setup=[ins("m3", 86.0), ins("m2", 93.0)])
case("reorder-soak-cutout", "swap the sink clip and C0012 round", {**on(CUTOUT, start=20.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 26.0, "tol": 1.0}},
     setup=[ins("m4", 20.0), ins("m5", 26.0)])
case("reorder-binder-tees", "golf tees should be before the binder clip", {**on(TEES, start=122.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 127.0, "tol": 1.0}},
     setup=[ins("m13", 122.0), ins("m12", 128.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-pixels", "crossfade between the two pixel clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 86.0), ins("m3", 93.0)])
case("transition-dip-soak-cutout", "dip to black from the sink clip into C0012, one second",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m4", 20.0), ins("m5", 26.0)])
case("transition-wipe", "wipe from golf tees into the binder one", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m12", 120.0), ins("m13", 125.0)])
case("transition-jarring", "It jumps awful sudden from the tees to the binder. Can you soften that.", {"transition": {"role": "broll"}},
     setup=[ins("m12", 120.0), ins("m13", 125.0)], note="any kind of transition counts")
case("transition-smooth", "smooth cut between the final final vid and the front room photo pls", {"transition": {"role": "broll"}},
     setup=[ins("m14", 146.0), ins("m15", 152.0, 4.0)])
case("effect-fadein", "fade up from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "three second fade to black at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-warm", "The shed light makes me look like a corpse. Warm me up a bit would you.", {"effect": {"role": "main", "type": "color"}},
     note="any colour correction on the talk counts")
case("effect-bw-horiz", "PXL_20260903_101512345 in black n white", bw(HORIZ), setup=[ins("m2", 86.0)])
case("effect-zoom-photo", "slow zoom in on the front room photo", {"effect": {"media": PHOTO, "type": "zoom"}}, setup=[ins("m15", 150.0, 4.0)])
case("effect-blur-zoom", "blur the zoom call clip, i dont want my room on the internet thx", {"effect": {"media": ZOOMCALL, "type": "blur"}},
     setup=[ins("m7", 154.0)])
case("effect-bright-messenger", "the messenger video is too dark, brighten it", {"effect": {"media": MESSENGER, "type": "color"}},
     setup=[ins("m8", 6.0)])
case("effect-normalize", "Please normalise the speaker's audio levels.", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the jig in", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "fade the music out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-mono-cutout", "C0012 monochrome pls its giving vintage", bw(CUTOUT), setup=[ins("m5", 20.0)])
case("effect-rotate-cam15", "C0015 is sideways, turn it 90 degrees clockwise", {"effect": {"media": CAM15, "type": "rotate", "degrees": 90}},
     setup=[ins("m6", 24.0)])
case("effect-flip-good", "weave close up GOOD is back to front, flip it", {"effect": {"media": WEAVEGOOD, "type": "flip"}},
     setup=[ins("m11", 65.0)])
case("effect-fadein-binder", "fade in on the binder going on clip", {"effect": {"media": BINDER, "type": "fade_in"}}, setup=[ins("m13", 122.0)])
case("effect-bw-ipad", "make the see oh oh one two clip black and white", bw(CUTOUT), setup=[ins("m5", 20.0)],
     note="iPad dictation of C0012")
case("speed-diag-2x", "PXL_20260903_104207118 double speed", {"speed": {"media": DIAG, "value": 2.0}}, setup=[ins("m3", 102.0)])
case("speed-horiz-half", "slow the sideways weaving pixel clip to half", {"speed": {"media": HORIZ, "value": 0.5}}, setup=[ins("m2", 86.0)])
case("speed-talk-10pc", "grandad talks sooo slow can the whole talking part go 10% faster", {"speed": {"role": "main", "value": 1.1}})
case("speed-zoom-4x", "zoom recording 4x", {"speed": {"media": ZOOMCALL, "value": 4.0}}, setup=[ins("m7", 154.0)])
case("speed-tees-075", "golf tees clip at 0.75x", {"speed": {"media": TEES, "value": 0.75}}, setup=[ins("m12", 59.0)])
case("speed-soak-slowmo", "the sink clip in slow motion, half speed", {"speed": {"media": SOAK, "value": 0.5}}, setup=[ins("m4", 40.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-24", "music at -24 dB please", {"clip_volume": {"role": "music", "db": -24.0}})
case("audio-jig-down4", "the jig 4 dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 4.0}})
case("audio-music-up3", "bring the music up 3 dB", {"clip_volume": {"role": "music", "db": MUSIC_DB + 3.0}})
case("audio-music-minus-thirty", "Set the background music to minus thirty.", {"clip_volume": {"role": "music", "db": -30.0}})
case("audio-drowning", "The fiddle music is drowning me out altogether.", {"clip_volume": {"role": "music", "db": -26.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts")
case("audio-duck", "duck the music under grandads voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-hedge", "could the music go down when I'm talking and come back up in between", {"music_envelope_dips_during_speech": DUCK})
case("audio-mute-music", "no music at all mute it", {"track_muted": "music"})
case("audio-gallery-silent-music", "For the gallery, please mute the music; the room has its own soundscape.", {"track_muted": "music"})
case("audio-voice-up4", "turn my voice up 4 dB", {"clip_volume": {"role": "main", "db": 4.0}})
case("audio-voice-down3", "I'm very loud altogether, bring me down 3 dB", {"clip_volume": {"role": "main", "db": -3.0}})
case("audio-unmute", "actually put the music back", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Re-caning Mam's Chair\" over the first 5 seconds", title("Re-caning Mam's Chair", 0.0, 5.0))
case("title-maker", "Please add a title card with the maker's name, 'Declan Ó Súilleabháin, chair caner', at 00:00:01 for 4 seconds.",
     title("Declan Ó Súilleabháin, chair caner", at("00:00:01"), 4.0))
case("title-holes", "put '72 holes' on screen at 0:29", title("72 holes", at("0:29")))
case("title-cane", "caption \"4mm cane, soaked 20 mins\" at 35s", title("4mm cane, soaked 20 mins", at("35s")))
case("title-caps", "text \"DON'T SIT ON IT\" at 2:21", title("DON'T SIT ON IT", at("2:21")))
case("title-irish", "add the title 'Go raibh maith agat' at 2:55", title("Go raibh maith agat", at("2:55")))
case("title-endcard", "end card 'have a go yourself!' for the last 3 seconds", title("have a go yourself!", r(D - 3.0), 3.0))
case("title-emoji", "text '🪑 before / after 🪑' at 2:26", title("🪑 before / after 🪑", at("2:26")))
case("title-step1", "'Step 1: Verticals' as a title when he starts step one", title("Step 1: Verticals", SEG[9].start))
case("title-step7", "title \"Step 7: The binder\" right when grandad says step seven", title("Step 7: The binder", SEG[23].start))
case("title-range", "\"¾ inch\" on screen from 2:17 to 2:21", title("¾ inch", at("2:17"), at("2:21") - at("2:17")))
case("title-curator", "Please add the caption 'Bentwood chair, c. 1930' at 1m05s.", title("Bentwood chair, c. 1930", at("1m05s")))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "take out the ums and uhs and the bit where he goes wrong on the diagonal",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * NFILL), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * NFILL - 1.8)},
     note="the retake holds no filler")
case("multi-pauses-duck", "shorten the long pauses and make the music dip when I talk",
     {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-diag-bw", "PXL_20260903_104207118 at 1:43 and make it black and white", {**on(DIAG, role=None, start=at("1:43")), **bw(DIAG)})
case("multi-photo-caption", "at 2:29 put in the front room photo and the text \"Mam's chair\"",
     {**on(PHOTO, role=None, start=at("2:29")), **title("Mam's chair", at("2:29"))})
case("multi-retake-diag", "cut my wrong go at step five, then put the diagonal pixel clip over the right one",
     {**RETAKE, **on(DIAG, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "music to -22 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-zoom-mute", "zoom call at double speed and mute the music", {"speed": {"media": ZOOMCALL, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m7", 154.0)])
case("multi-trim-title", "chop 2 secs off the start then put 'Mam's Chair' at 0:00", {"duration_near": [r(D - 2.0), 0.1], **title("Mam's Chair", 0.0)})
case("multi-cutout-fadein", "C0012 at 0:19 with a fade in", {**on(CUTOUT, role=None, start=at("0:19")), "effect": {"media": CUTOUT, "type": "fade_in"}})
case("multi-normalize-duck", "normalise grandads voice and duck the jig under it",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-profanity-fillers", "For the museum: remove the profanity and the verbal fillers, please.",
     {"duration_lt": r(D - (phrase(21, "feck it")[1] - phrase(21, "feck it")[0] - 0.05) - 0.35 * NFILL),
      "duration_gt": r(D - (phrase(21, "feck it")[1] - phrase(21, "feck it")[0] + 0.4) - 0.5 * NFILL - 1.8)})
case("multi-ipad-mossy-aoife", "cut the mossy story and the bit about Aoife", {
    "duration_lt": r(D - (SEG[13].end - SEG[12].start - 0.05) - (SEG[30].end - SEG[30].start - 0.05)),
    "duration_gt": r(D - (SEG[13].end - SEG[12].start + PAUSE[13] + 0.35) - (SEG[30].end - SEG[30].start + PAUSE[30] + 0.35))},
    note="iPad: 'mossy' is Mossie; sentences 12-13 and 30")

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(DIAG), history=["put PXL_20260903_104207118 at 1:43"])
case("convo-move-it", "hmm no 2:31 instead", on(PHOTO, start=at("2:31"), count=1), history=["put the front room photo at 2:29"])
case("convo-quieter", "Still too loud. Down a bit more.", {"clip_volume": {"role": "music", "db": -26.0, "tol": 3.0}},
     history=["music to -22"], note="judgement: anything from 1 to 7 dB below -22")
case("convo-louder", "cant hear it at all now, bit louder", {"clip_volume": {"role": "music", "db": -29.0, "tol": 2.5}},
     history=["set the music to -32 dB"])
case("convo-undo", "no undo that", {"matches_initial": True}, history=["cut the first 4 seconds"])
case("convo-which-pixel", "the one where hes going corner to corner", on(DIAG, start=at("1:25")), history=["put the pixel clip at 1:25"],
     note="the first turn is ambiguous (two Pixel clips and a Pixel photo) and should ask; the answer means the diagonal")
case("convo-which-sony", "the one where im cutting out the old seat", on(CUTOUT, start=at("0:19")), history=["put the camcorder clip at 0:19"],
     note="C0012 and C0015 are both camcorder clips; the answer means C0012")
case("convo-title-longer", "leave it up for 6 seconds", title("Mam's Chair", 0.0, 6.0), history=["add a title \"Mam's Chair\" at the start"])
case("convo-that-fast", "make that one twice as fast", {"speed": {"media": TEES, "value": 2.0}}, history=["put golf tees in the holes.mov at 0:59"])
case("convo-same-photo", "and the same with the front room photo at 2:29", on(PHOTO, start=at("2:29")),
     history=["put the cane order screenshot at 0:35"])
case("convo-fade-it", "fade that out", {"effect": {"media": BINDER, "type": "fade_out"}}, history=["put binder going on at 2:02"])
case("convo-music-too", "same for the music", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "actually put it back to normal speed", {**on(ZOOMCALL, role=None, start=at("2:34")), "speed": {"media": ZOOMCALL, "value": 1.0}},
     history=["zoom call at 2:34", "make it 3x"])
case("convo-caption-move", "move that caption to 0:31", title("72 holes", at("0:31")), history=["caption \"72 holes\" at 0:29"])
case("convo-other-pixel", "and the horizontal weave pixel clip at 1:25", on(HORIZ, start=at("1:25")), history=["put PXL_20260903_104207118 at 1:43"])
case("convo-pauses-too", "and the long gaps while ur at it",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["cut all the ums and uhs"])
case("convo-retext", "change it to say \"72 holes, counted twice\"", title("72 holes, counted twice", at("0:29")),
     history=["add a caption \"72 holes\" at 0:29"])
case("convo-where-again", "sorry what time was that again", {"unchanged": True, "reply_has": [mmss(SEG[12].start)]},
     history=["where do I start talking about Mossie?"])
case("convo-not-that-one", "no the other pixel one, the diagonal", {**on(DIAG, start=at("1:43")), "no_clip": {"media": HORIZ}},
     history=["put PXL_20260903_101512345 at 1:43"], note="a correction: the diagonal clip replaces the horizontal one")
case("convo-fadein-it", "and fade it in", {"effect": {"media": ZOOMCALL, "type": "fade_in"}}, history=["put the zoom call at 2:34"])
case("convo-redo", "actually redo that", UMS, history=["remove all the ums", "undo"])
case("convo-louder-voice", "a small bit more", {"clip_volume": {"role": "main", "db": 5.25, "tol": 1.75}},
     history=["turn my voice up 3 dB"])
case("convo-mossie-too", "and the mossie line at the end too", sentence_cut(32),
     history=["what did mossie do?"], note="the first turn is a question; the follow-up cuts the callback, 32")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is it now?", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-mossie", "When do I start on about Mossie?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[12].start)]})
case("question-where-binder", "what time does step seven start", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[23].start)]})
case("question-where-soak", "where does he say how long to soak the cane", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[7].start)]})
case("question-where-aoife", "at what point does grandad mention me 👀", {"unchanged": True, "reply_has": [mmss(SEG[30].start)]})
case("question-where-tees", "wen do I talk about the golf teas", {"unchanged": True, "reply_has": [mmss(SEG[11].start)]})
case("question-where-curator", "Could you tell me the timecode at which the binder is tied down?",
     {"unchanged": True, "reply_has": [mmss(SEG[24].start)]})
case("question-music-level", "how loud is the music right now?", {"unchanged": True, "reply_has": ["-18"]})
case("question-unused", "which clips havent I used yet", UNCHANGED)
case("question-um-count", "how many ums does he say", UNCHANGED)
case("question-take2", "Did I record the goodbye twice?", UNCHANGED)
case("question-broll-track", "whats on the b-roll track rn", {"unchanged": True, "reply_has": [HORIZ, PHOTO]},
     setup=[ins("m2", 86.0), ins("m15", 160.0, 3.0)])
case("question-retakes", "are there places where I go wrong and start over", UNCHANGED)
case("question-res", "What is the resolution of the Zoom recording?", UNCHANGED)
case("question-fps", "what frame rate is the project", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "have i any sound effects in there at all", UNCHANGED)
case("question-after-cut", "how long is it after that?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["take out all the ums and uhs"])
case("question-what-did", "what did you just do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 3 seconds"])
case("question-loop", "Can the exported file be set to loop on the gallery screen?", UNCHANGED,
     note="a playback setting, not an edit")
case("question-caption-file", "Is it possible to provide a caption file for accessibility?", UNCHANGED)

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "Thanks a million. That's grand.", UNCHANGED)
case("chat-deadly", "ok this is deadly ngl 🔥", UNCHANGED)
case("chat-hello", "Hello. Is this yoke working at all.", UNCHANGED)
case("chat-tea", "hang on the kettles boiling", UNCHANGED)
case("chat-clever", "youre a clever yoke for a computer", UNCHANGED)
case("chat-think", "let me have a think about it", UNCHANGED)
case("chat-ta", "ta", UNCHANGED)
case("chat-mossie", "Mossie says he'll sue if he's in it. He won't.", UNCHANGED)
case("chat-grand", "grand", UNCHANGED)
case("chat-aoife", "ok grandads gone for his nap its aoife now", UNCHANGED)
case("chat-ipad", "this I pad has a mind of its own", UNCHANGED)
case("chat-ate", "the diagonal bit ate tbh", UNCHANGED)
case("chat-curator", "Thank you, this will be a lovely addition to the exhibition.", UNCHANGED)
case("chat-craic", "we had great craic making it so we did", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-mossieclip", "put the clip of mossie over the varnish bit", UNCHANGED, note="Mossie is in no media")
case("nonedit-missing-c0013", "add C0013.MP4 at 1:00", UNCHANGED, note="the camcorder clips are C0009 (talk), C0012 and C0015")
case("nonedit-missing-final3", "chair_final_final3 at the end", UNCHANGED, note="only final_final2 exists")
case("nonedit-missing-voice4", "use Voice 004 for the ending", UNCHANGED, note="the take in the bin is Voice 003")
case("nonedit-missing-pixel346", "PXL_20260903_101512346.mp4 at 0:40", UNCHANGED, note="one digit off")
case("nonedit-missing-sanding", "cut the part where I talk about sanding the frame", UNCHANGED, note="never said")
case("nonedit-missing-rush", "remove the bit about the rush seat", UNCHANGED, note="never said")
case("nonedit-missing-spline", "delete the sentence about the spline", UNCHANGED, note="never said; this is hand caning, no spline")
case("nonedit-missing-wife", "cut the line where i mention the wife", UNCHANGED, note="never said")
case("nonedit-missing-drill", "power drill sound effect at 0:20", UNCHANGED, note="the only sound effect is a hammer tap")
case("nonedit-missing-dog", "put the clip of the dog sleeping under the chair at 1:10", UNCHANGED, note="no such clip")
case("nonedit-missing-steel", "remove the bit where I say 'three quarter inch steel'", UNCHANGED, note="never said")
case("nonedit-missing-ipad-mossyphoto", "the mossy photo at 1 10", UNCHANGED, note="iPad: no Mossie photo")
case("nonedit-offtimeline-hammer", "hammer tap a bit quieter please", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-zoom", "speed up the zoom recording", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-voice", "Voice 003 needs to be louder", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-resolve", "fade out Timeline 1", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-pixel", "PXL_20260903_101512345 should be black and white", UNCHANGED, note="only in the bin")
case("nonedit-ambig-pixel", "the pixel clip at 1:05", UNCHANGED, note="two Pixel clips (and a Pixel photo)")
case("nonedit-ambig-camcorder", "put the camcorder one at 0:20", UNCHANGED, note="C0012 or C0015")
case("nonedit-ambig-closeup", "the weaving close up at 1:30", UNCHANGED, note="both Pixel clips and 'weave close up GOOD'")
case("nonedit-ambig-finished", "the finished chair at 2:40", UNCHANGED, note="chair_final_final2 or the front room photo")
case("nonedit-ambig-pxl", "PXL_20260903 at 0:45", UNCHANGED, note="two clips share that prefix")
case("nonedit-ambig-diagonal", "cut the diagonal sentence", UNCHANGED, note="18, 19, 20, 22")
case("nonedit-ambig-mossie", "take out the line where I mention Mossie", UNCHANGED, note="12 and 32")
case("nonedit-ambig-varnish", "cut the varnish sentence", UNCHANGED, note="12, 13 and 32")
case("nonedit-ambig-horizontal", "remove the horizontal pass sentence", UNCHANGED, note="14 and 16")
case("nonedit-ambig-vertical", "cut the vertical pass line", UNCHANGED, note="9 and 15")
case("nonedit-ambig-mother", "delete the sentence about my mother", UNCHANGED, note="0 and 33")
case("nonedit-ambig-firsttime", "lose the 'first time' sentence", UNCHANGED, note="5 and 31")
case("nonedit-ambig-peg", "remove the peg line", UNCHANGED, note="11 and 25 (and pegs in 17)")
case("nonedit-ambig-grand", "cut the grand sentence", UNCHANGED, note="10 and 33")
case("nonedit-ambig-chair", "cut the chair line grandad", UNCHANGED, note="chair is in many sentences")
case("nonedit-ambig-ipad-cain", "delete the Cain sentence", UNCHANGED, note="cane in 0, 4, 6, 10, 12, 23, 24, 31")
case("nonedit-ambig-step", "cut the step", UNCHANGED, note="seven steps")
case("nonedit-inside-hand", "can you take the plaster off my thumb in the weave close up", UNCHANGED, setup=[ins("m11", 65.0)])
case("nonedit-inside-aoife", "can u make my hair look less messy in the zoom call", UNCHANGED, setup=[ins("m7", 154.0)])
case("nonedit-inside-order", "what size were the golf tees in that order screenshot", UNCHANGED)
case("nonedit-inside-radio", "the radio is playing in the background at about 1:30, take out the radio", UNCHANGED,
     note="no such sound in the talk")
case("nonedit-inside-kitchen", "make the kitchen in the messenger video look tidier", UNCHANGED, setup=[ins("m8", 6.0)])
case("nonedit-portrait", "Please make a portrait version for the kiosk.", UNCHANGED,
     note="the project format is not an edit the chat can make; should say so or ask")
case("nonedit-loop", "make it loop", UNCHANGED, note="a playback/export setting, no timeline edit")
case("nonedit-4k", "export it in 4K for the gallery screen", UNCHANGED, note="export, not an edit; the sources are small")
case("nonedit-ipad-gibberish", "the we've the Cain the", UNCHANGED, note="iPad noise, should ask")
case("nonedit-vague", "make it better", UNCHANGED, note="too vague to act on; should ask")

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-drum", "delete everything after tight as a drum", {"confirm": True})
case("confirm-first-minute", "get rid of the whole first minute", {"confirm": True})
case("confirm-short", "make this a one minute short for tiktok cut whatever", {"confirm": True})
case("confirm-range", "take out 0:50 to 1:50", {"confirm": True})
case("confirm-before-step1", "Everything before step one can go.", {"confirm": True})
case("confirm-delete-talk", "delete the main video clip, all of it", {"confirm": True})
case("confirm-last30", "keep only the last 30 seconds", {"confirm": True})
case("confirm-past-two", "cut everything past 2 minutes", {"confirm": True})
case("confirm-gallery-90", "For the gallery, the piece must run no longer than ninety seconds; please cut it down accordingly.", {"confirm": True})
case("confirm-all-steps", "cut all seven steps, just keep the intro and the end", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "aa_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)
