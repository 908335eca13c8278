"""Writes r_heldout.jsonl from the cases below; every expected time is computed from project R's
transcript (project_r_skateboard.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("1:12", "0:00:38", "00:01:53:10", "2 min 25", "147.5 secs", "29s", "43",
"one minute fifty one") are parsed from the same string the message uses (``at``).

    cd evals/r_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_r_suite.py   (writes ../r_heldout.jsonl)

Written blind (without reading the planner, the index, the agents, or any earlier suite's phrasing;
suite Q's generator was read for its layout and its bound conventions only). The people typing:
Jayden himself (fifteen, lowercase, fast, "bro", "fr", "ngl", "rn", "pls", "lol", typos, no
punctuation), his dad Marcus who owns the Canon and types polite, long, fully punctuated requests,
and his mate Kwame who filmed one of the clips and types in two or three words. Bound conventions
(the same as suites H to Q): D is the fresh timeline's length (the built talk file holds int(T * 30)
frames, T being timed_script's total; for this talk 4934 frames = 164.47 s, which test_project_r.py
checks against a real build).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05   (capped below D where the talk's tail is short)
Ducking is checked at -6 dB (or -9.5 for "10 dB"), which an envelope read as an offset or as an
absolute level both reach, since the bed already sits at -14 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_r_skateboard import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_r_skateboard import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # the fresh timeline: int(164.48 s * 30) = 4934 frames / 30 = 164.47, as built
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 8
MUSIC_DB = -14.0
RETAKE_I = 20  # the abandoned "slide the wheel back on" sentence; 21 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(OLD_HILL, NEW_HILL, POP_OUT, TUBE_PIC, OBS, GARAGE, TELEGRAM, SIGNAL, SPIN, FINAL2, NUT, ORDER, SAMSUNG, INSTA) = (
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
    """Seconds for a time as typed in a message: '1:12', '0:00:38', '00:01:53:10' (30 fps), '2 min 25',
    '147.5 secs', '29s', '43', 'one minute fifty one'."""
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
    hit = re.fullmatch(r"(\d+)\s*(?:m|min|mins)\s*(\d+)\s*(?:s|sec|secs)?", t)
    if hit:
        return float(int(hit.group(1)) * 60 + int(hit.group(2)))
    hit = re.fullmatch(r"([\d.]+)\s*(s|sec|secs|seconds)?", t)
    if hit:
        return float(hit.group(1))
    hit = re.fullmatch(r"([a-z -]+?) minutes? ([a-z -]+)", t)
    if hit:
        return float(_words_number(hit.group(1)) * 60 + _words_number(hit.group(2)))
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
    return {"duration_lt": r(min(SEG[i].end + 0.8, D - 0.2)), "duration_gt": r(SEG[i].end - 0.05)}


FILLERS = {"duration_lt": r(D - 0.35 * NFILL), "duration_gt": r(D - (0.5 * NFILL + 1.8))}
NUM = sum(w.text.lower().strip(",.") == "um" for w in WORDS)  # 5 of the 8
UMS = {"duration_lt": r(D - 0.35 * NUM), "duration_gt": r(D - (0.5 * NUM + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
LITERALLYS = [(0, "literally"), (4, "literally"), (13, "literally"), (19, "literally"), (24, "literally"), (31, "literally")]
LOWKEYS = [(1, "lowkey"), (26, "lowkey")]


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
    CASES.append({"id": f"r-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-oldhill-crunchy", "put the gopro clip where my wheels sound all crunchy over the bit where i say theyve been making a grinding noise",
     over(OLD_HILL, 1), note="only GX010231's description has the grinding old bearings; GX010236 is the same hill on the new ones")
case("broll-gx231-intro", "GX010231 over the intro pls", over(OLD_HILL, 0))
case("broll-oldhill-tariq", "the grindy gopro one over the tariq story, the wobbly wheels bit", over(OLD_HILL, 13))
case("broll-newhill-silent", "smooth gopro footage on top of 'bro its literally silent now'", over(NEW_HILL, 31))
case("broll-gx236-quieter", "GX010236 over where I say lets take it out and see if its quieter", over(NEW_HILL, 30))
case("broll-newhill-outro", "Could you please put the GoPro clip on the new bearings, the quiet one, over the sentence where he sums up "
     "how to swap the bearings?", over(NEW_HILL, 33), note="Marcus typing; 'he' is Jayden")
case("broll-pxl-trick", "pixel vid over 'heres the trik'", over(POP_OUT, 9), note="the Pixel video, not the Pixel still; 'trik' is a typo")
case("broll-popout-pops", "the clip of the bearing popping out over where i say the old bearing just pops right out",
     over(POP_OUT, 10))
case("broll-pxl-flip", "PXL_20260411_174502113 over 'flip the wheel over and do the same'", over(POP_OUT, 11))
case("broll-popout-stuck", "the lever the bearing out video over the bit where the bearings are still stuck in the wheel", over(POP_OUT, 8))
case("broll-tube-eight", "photo of the new bearings still in the tube over 'each wheel takes two'", over(TUBE_PIC, 14))
case("broll-tube-52", "pixel pic of the bearings over where i say my wheels are 52mm", over(TUBE_PIC, 15),
     note="he says fifty two millimetres; 'pixel pic' is the still")
case("broll-obs-rusty", "2026-04-10 21-14-07.mkv over 'the ones that came with the board were the cheap ones'", over(OBS, 5))
case("broll-canon-flip", "dads canon clip over 'flip the board upside down on something soft'", over(GARAGE, 2))
case("broll-mvi-need", "MVI_4471 over the you need a skate tool line", over(GARAGE, 3))
case("broll-garage-rag", "I would like my wide shot of the garage over the part where Jayden says to wipe the axles with the rag, please.",
     over(GARAGE, 27), note="Marcus typing")
case("broll-telegram-skatepark", "the telegram video of the lads at the park over the embarrassing at the skatepark line", over(TELEGRAM, 1))
case("broll-kickflips-peace", "kickflips clip over peace out", over(TELEGRAM, 35))
case("broll-signal-spin", "signal-2026-04-12-160311 over 'give it a spin'", over(SIGNAL, 23))
case("broll-spin-twenty", "spinning-wheel-test over mine literally spun for 20 seconds", over(SPIN, 24), note="he says twenty in words")
case("broll-spin-quarter", "spinning wheel test vid over the back it off a quarter turn bit", over(SPIN, 22))
case("broll-final2-spares", "bearings_final_FINAL2 over where i talk about cleaning the old ones n keeping them as spares", over(FINAL2, 28))
case("broll-final2-shield", "the FINAL2 clip over 'put a new bearing on the axle with the shield facing out'", over(FINAL2, 16))
case("broll-nut-undo", "axle nut closeup over 'undo the axle nut on the first wheel'", over(NUT, 6))
case("broll-nut-dontlose", "axle-nut-closeup-v2 over dont lose the nut bro", over(NUT, 7))
case("broll-nut-washer", "put the nut close up over the washer sentence, the second go where i actually say it right",
     over(NUT, 21), note="the good take, not the abandoned sentence before it")
case("broll-order-quid", "screenshot of my order over 'i got these bearings online for eighteen quid'", over(ORDER, 4))
case("broll-samsung-twice", "the vid kwame took from the pavement over 'i can push like twice and roll right to the end of the road'",
     over(SAMSUNG, 32), note="only 20260412_161045's description says it was filmed from the pavement by a mate")
case("broll-samsung-crunch", "20260412_161045 over no crunch at all", over(SAMSUNG, 31))
case("broll-insta-road", "the insta360 clip over the ok lets take it out on the road bit", over(INSTA, 30))
case("broll-360-oil", "360 cam one over the cooking oil sentence", over(INSTA, 29))

# --- times and positions ---------------------------------------------------------------------------
case("time-gx236-mmss", "GX010236 at 1:12", on(NEW_HILL, start=at("1:12")))
case("time-insta-dropin", "drop the insta360 vid in at 2:05", on(INSTA, start=at("2:05")))
case("time-nut-secs", "axle-nut-closeup-v2 @ 29s", on(NUT, start=at("29s")))
case("time-spin-words", "spinning wheel test at one minute fifty one", on(SPIN, start=at("one minute fifty one")))
case("time-mvi-colon", "MVI_4471 at 0:11 thx", on(GARAGE, start=at("0:11")))
case("time-pxl-bare", "PXL_20260411_174502113 at 43", on(POP_OUT, start=at("43")))
case("time-signal-timecode", "signal clip at 00:01:53:10 (30fps)", on(SIGNAL, start=at("00:01:53:10")))
case("time-pop-min", "ollie pop sound at 2 min 25", on(SFX, role=None, start=at("2 min 25")))
case("time-pop-secs", "pop sfx at 147.5 secs", on(SFX, role=None, start=at("147.5 secs")))
case("time-garage-hms", "Please place the Canon garage clip at 0:00:38.", on(GARAGE, start=at("0:00:38")))
case("time-order-3s", "order screenshot at 0:21 for 3 secs", on(ORDER, start=at("0:21"), within=[at("0:21"), at("0:21") + 3.0]))
case("time-tube-ish", "bearings photo round about 1:08 ish doesnt have to be exact", on(TUBE_PIC, start=at("1:08"), tol=1.5))
case("time-obs-roughly", "the obs recording roughly 25 seconds in, give or take", on(OBS, start=at("25"), tol=1.5))
case("time-newhill-3s-after", "bring the quiet gopro clip in 3 secs after i start saying 'bro its literally silent now'",
     on(NEW_HILL, start=r(SEG[31].start + 3.0), tol=0.3))
case("time-spin-2s-after", "spinning wheel test 2 seconds after i start 'give it a spin'", on(SPIN, start=r(SEG[23].start + 2.0), tol=0.3))
case("time-samsung-before-end", "20260412_161045 ten seconds before the end", on(SAMSUNG, start=r(D - 10.0), tol=0.3))
case("time-insta-before-end", "360 clip 45 secs before it finishes", on(INSTA, start=r(D - 45.0), tol=0.3))
case("pos-garage-open", "open the video on dads canon shot of the garage, before my face shows up", on(GARAGE, start=0.0))
case("pos-samsung-last", "last thing on screen should be the clip kwame filmed from the pavement",
     on(SAMSUNG, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-tube-middle", "stick the bearings in the tube pic bang in the middle of the vid", on(TUBE_PIC, start=r(D / 2), tol=1.5))
case("pos-pop-popsout", "ollie pop sound right on 'pops right out'", on(SFX, role=None, overlaps=list(phrase(10, "pops right out"))))
case("pos-pop-likebutton", "pop sfx when i say smash that like button", on(SFX, role=None, overlaps=list(phrase(34, "smash that like button"))))
case("pos-pop-playhead", "put the pop sound where the playhead is", on(SFX, role=None, start=58.0), playhead=58.0)
case("pos-title-playhead", "text 'NO HAMMERS' here at the playhead", title("NO HAMMERS", start=90.0), playhead=90.0)
case("pos-selected-bw", "make the highlighted one black and white", bw(NEW_HILL),
     setup=[ins("m2", 10.0), ins("m3", 20.0)], selection=["c4"], note="c4 is GX010236.MP4 (setup makes c3, c4)")
case("pos-selected-half", "this one at half speed pls", {"speed": {"media": SPIN, "value": 0.5}},
     setup=[ins("m10", 111.0), ins("m12", 29.0, 5.0)], selection=["c3"], note="c3 is spinning-wheel-test.mp4")
case("pos-title-newbearings", "title 'STEP 2: NEW BEARINGS' right as i say okay so now the new bearings",
     title("STEP 2: NEW BEARINGS", start=SEG[14].start))

# --- cuts: fillers, tics, pauses, the retake, sentences, phrases, ranges ---------------------------
case("cut-fillers", "remove all the ums and uhs", FILLERS)
case("cut-fillers-buffering", "can u cut every um and uh lol i sound like im buffering", FILLERS)
case("cut-fillers-erms", "get rid of my erms and uhhs", FILLERS, note="'erm' is the British spelling of um")
case("cut-fillers-marcus", "Would you be able to remove the filler sounds, the ums and the uhs, throughout the whole video?", FILLERS)
case("cut-fillers-terse", "ums + uhs gone", FILLERS)
case("cut-um-firstthing", "the um in 'so um first thing'", filler_in(2))
case("cut-uh-trick", "cut the uh right at the start of heres the trick", filler_in(9))
case("cut-um-spacer", "delete the um after 'theres a spacer in the middle'", filler_in(12))
case("cut-um-hammer", "theres an um in the hammer sentence, only that one", filler_in(19))
case("cut-uh-threewheels", "the uh after 'other three wheels' needs to go", filler_in(25))
case("cut-um-binthem", "um before 'or just bin them', cut it", filler_in(28))
case("cut-uh-fixnext", "remove the uh just before tell me what i should fix next", filler_in(34))
case("cut-literally-all", "cut all the literallys, i say it way too much fr", phrases_cut(LITERALLYS, 0.05, 0.25),
     note="six: sentences 0, 4, 13, 19, 24 and 31")
case("cut-lowkey-both", "take out both lowkeys", phrases_cut(LOWKEYS, 0.05, 0.25))
case("cut-bro-nut", "remove the bro in dont lose the nut bro", phrase_cut(7, "bro", 0.05, 0.25))
case("cut-classic-tariq", "delete 'classic tariq' off the end of that story", phrase_cut(13, "classic tariq"))
case("cut-shook", "cut 'i was actually shook'", phrase_cut(24, "i was actually shook"))
case("cut-pizza-phrase", "remove 'which is literally cheaper than a pizza' but keep the eighteen quid part",
     phrase_cut(4, "which is literally cheaper than a pizza"))
case("cut-satisfying", "cut the its so satisfying bit", phrase_cut(10, "it's so satisfying"))
case("cut-honestly-spares", "cut the word honestly at the end of the spares sentence", phrase_cut(28, "honestly", 0.05, 0.25))
case("cut-proper-hard", "lose 'like proper hard'", phrase_cut(17, "like proper hard"))
case("cut-likebutton", "cut out 'smash that like button' its cringe", phrase_cut(34, "smash that like button"))
case("cut-pauses", "tighten all the long pauses", PAUSES)
case("cut-pauses-deadair", "theres loads of dead air when im fiddling with the wheels, cut the gaps", PAUSES)
case("cut-pause-graphic", "the gap after 'so you dont scratch the graphic' is way too long", pause_cut(2))
case("cut-pause-everywhere", "shorten the pause after they roll everywhere", pause_cut(7))
case("cut-pause-tariq", "long silence after classic tariq, shorten it", pause_cut(13))
case("cut-pause-rattle", "trim the quiet bit after 'doesn't rattle side to side'", pause_cut(22))
case("cut-pause-nothard", "There is an awkward silence after he says it's honestly not hard. Could you shorten it?", pause_cut(33))
case("cut-retake", "cut where i mess up and restart", RETAKE)
case("cut-retake-holdup", "remove the bit where i go 'no wait hold up i said that wrong'", RETAKE)
case("cut-retake-wheelback", "the first go at 'now slide the wheel back on' is wrong, delete that one and keep the second", RETAKE)
case("cut-retake-flub", "take out my flub before the washer sentence", RETAKE)
case("cut-tariq", "take out the tariq bit", sentence_cut(13), note="the whole aside sentence")
case("cut-pizza", "delete the pizza line", sentence_cut(4))
case("cut-rusty", "cut the sentence about the rusty ones that came with the board", sentence_cut(5))
case("cut-52-quote", "cut \"My wheels are fifty two millimetres but this works the same for pretty much any size.\"", sentence_cut(15))
case("cut-oil", "lose the cooking oil myth line", sentence_cut(29))
case("cut-spun20", "remove the 'mine literally spun for 20 seconds' sentence", sentence_cut(24))
case("cut-halfhour", "cut the sentence where i admit the first wheel took me half an hour", sentence_cut(26))
case("cut-hammer", "delete where i say dont whack it with a hammer", sentence_cut(19))
case("cut-axlerag", "cut the bit about wiping the axles", sentence_cut(27))
case("cut-faster", "remove the whole its so much faster too sentence", sentence_cut(32))
case("cut-flip-quote", "delete 'Flip the wheel over and do the same for the bearing on the other side.'", sentence_cut(11))
case("cut-misquote-nut", "cut the line 'dont lose the nut and dont lose the washers'", sentence_cut(7),
     note="quoted a little wrongly: he says 'don't lose the nut, bro, and don't lose the little washers either'")
case("cut-tenmins", "take out the sentence where i say it takes like 10 mins once you get the hang of it", sentence_cut(25))
case("cut-crunchy-marcus", "Please remove the sentence in which he complains that his wheels have been making a grinding noise for weeks.",
     sentence_cut(1))
case("cut-range-lowkey-oil", "cut from 'Lowkey the first wheel' thru the end of the cooking oil sentence", sentence_cut(26, 29))
case("cut-range-spacer-tariq", "take out the dont bin the spacer warning and the tariq story right after it", sentence_cut(12, 13))
case("cut-range-pizza-rusty", "remove the pizza sentence and the rusty one straight after", sentence_cut(4, 5))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "chop the first 2 seconds", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-tail-silence", "cut the dead bit at the very end after see you next week", end_after(35),
     note="the last word ends 0.69 s before the end, all silence")
case("trim-range-secs", "cut 1:40 to 1:43", {"duration_near": [r(D - 3.0), 0.1]})
case("trim-range-dash", "delete 0:55-0:57", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-start-skatetool", "start the vid at 'you need a skate tool'", start_at(3))
case("trim-end-nothard", "end it after its honestly not hard, bin the rest", end_after(33))
case("trim-end-crunch", "finish the video on 'no crunch at all'", end_after(31))
case("trim-gx231-3s", "make GX010231 3 seconds long",
     {**on(OLD_HILL, start=10.0, within=[10.0, 13.0]), "duration_near": [D, 0.05]}, setup=[ins("m2", 10.0)])
case("trim-telegram-shorter", "trim the telegram video down by 2 secs",
     {**on(TELEGRAM, within=[50.0, 54.0]), "duration_near": [D, 0.05]}, setup=[ins("m8", 50.0)])
case("trim-insta-4s", "insta clip should only be 4 sec",
     {**on(INSTA, start=140.0, within=[140.0, 144.0]), "duration_near": [D, 0.05]}, setup=[ins("m15", 140.0)])
case("move-gx236-225", "move GX010236 to 2:25", on(NEW_HILL, start=at("2:25"), count=1), setup=[ins("m3", 100.0)])
case("move-spin-later", "push the spinning wheel clip 3 secs later", on(SPIN, start=114.0, count=1), setup=[ins("m10", 111.0)])
case("move-nut-earlier", "nudge the axle nut closeup a second earlier", on(NUT, start=29.0, count=1), setup=[ins("m12", 30.0)])
case("move-pxl-trick", "line the pixel vid up with where i start saying 'heres the trick'",
     on(POP_OUT, start=SEG[9].start, tol=0.3, count=1), setup=[ins("m4", 50.0)])
case("reorder-gopros", "the old bearings gopro clip should come first, swap em",
     {**on(OLD_HILL, start=10.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 17.0, "tol": 1.0}},
     setup=[ins("m3", 10.0), ins("m2", 17.0)])
case("reorder-pixel-nut", "swap the pixel clip and the axle nut closeup round",
     {**on(NUT, start=42.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 47.0, "tol": 1.0}},
     setup=[ins("m4", 42.0), ins("m12", 48.0)])
case("reorder-signal-spin", "i want the signal clip before the spinning wheel one",
     {**on(SIGNAL, start=111.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 116.0, "tol": 1.0}},
     setup=[ins("m10", 111.0), ins("m9", 116.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-gopros", "crossfade between the two gopro clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 10.0), ins("m3", 17.0)])
case("transition-dip-pixel-nut", "dip to black between the pixel vid and the nut closeup, half a second",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 0.5}}, setup=[ins("m4", 42.0), ins("m12", 48.0)])
case("transition-wipe", "wipe from the samsung vid into the insta one", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m14", 148.0), ins("m15", 154.0)])
case("transition-harsh", "The change from my Canon shot to bearings_final_FINAL2 is rather abrupt. Could it be smoothed over?",
     {"transition": {"role": "broll"}}, setup=[ins("m7", 5.0), ins("m11", 13.0)], note="any kind of transition counts")
case("transition-blend", "blend the telegram clip into the spinning wheel test", {"transition": {"role": "broll"}},
     setup=[ins("m8", 120.0), ins("m10", 126.0)])
case("effect-fadein", "fade in from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "fade out at the end over 3 secs", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-green", "the garage light makes me look green ngl, can u colour correct me", {"effect": {"role": "main", "type": "color"}},
     note="any colour correction on the talk counts")
case("effect-bw-gx231", "GX010231 black and white", bw(OLD_HILL), setup=[ins("m2", 10.0)])
case("effect-zoom-tube", "zoom in slowly on the bearings photo", {"effect": {"media": TUBE_PIC, "type": "zoom"}},
     setup=[ins("m5", 68.0, 4.0)])
case("effect-blur-telegram", "blur the telegram vid, one of the lads didnt want to be in it",
     {"effect": {"media": TELEGRAM, "type": "blur"}}, setup=[ins("m8", 1.0)])
case("effect-obs-bright", "the obs recording is way too bright, tone it down", {"effect": {"media": OBS, "type": "color"}},
     setup=[ins("m6", 25.0)], note="any colour adjustment on it counts")
case("effect-normalize", "normalise my audio", {"effect": {"role": "main", "type": "normalize"}})
case("effect-beat-in", "fade in the beat", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "fade the music out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-rotate-signal", "signal video is upside down, rotate it 180", {"effect": {"media": SIGNAL, "type": "rotate", "degrees": 180}},
     setup=[ins("m9", 111.0)])
case("effect-flip-insta", "flip the insta360 clip horizontally its mirrored", {"effect": {"media": INSTA, "type": "flip"}},
     setup=[ins("m15", 141.0)])
case("effect-grey-samsung", "greyscale on the clip my mate filmed from the pavement", bw(SAMSUNG), setup=[ins("m14", 148.0)],
     note="the clip filmed from the pavement by a mate is 20260412_161045.mp4")
case("speed-gx236-2x", "GX010236 2x", {"speed": {"media": NEW_HILL, "value": 2.0}}, setup=[ins("m3", 145.0)])
case("speed-spin-half", "spinning wheel test at half speed", {"speed": {"media": SPIN, "value": 0.5}}, setup=[ins("m10", 111.0)])
case("speed-talk-125", "can the talking part go 1.25x", {"speed": {"role": "main", "value": 1.25}})
case("speed-telegram-3x", "telegram clip 3x faster", {"speed": {"media": TELEGRAM, "value": 3.0}}, setup=[ins("m8", 1.0)])
case("speed-pxl-08", "pixel vid at 0.8 speed", {"speed": {"media": POP_OUT, "value": 0.8}}, setup=[ins("m4", 42.0)])
case("speed-insta-quarter", "insta clip in slowmo, quarter speed", {"speed": {"media": INSTA, "value": 0.25}}, setup=[ins("m15", 141.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-20", "music to -20db", {"clip_volume": {"role": "music", "db": -20.0}})
case("audio-beat-down6", "beat down 6 dB", {"clip_volume": {"role": "music", "db": MUSIC_DB - 6.0}})
case("audio-lofi-up2", "turn the lofi up 2db", {"clip_volume": {"role": "music", "db": MUSIC_DB + 2.0}})
case("audio-music-words", "set the background music to minus twenty five", {"clip_volume": {"role": "music", "db": -25.0}})
case("audio-too-loud", "the beat is way too loud i cant even hear myself", {"clip_volume": {"role": "music", "db": -22.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts; ducking only under speech would fail this")
case("audio-duck", "duck the music under my voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-marcus", "Would it be possible for the music to go quieter while Jayden is talking and come back up between sentences?",
     {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-10", "lower the music by 10 dB only when im talking", {"music_envelope_dips_during_speech": -9.5})
case("audio-mute-music", "mute the music", {"track_muted": "music"})
case("audio-voice-up3", "my voice up 3 dB", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down2", "bring my voice down 2db im too loud", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "nah put the music back", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Skateboard Bearings 101\" for the first 4 seconds", title("Skateboard Bearings 101", 0.0, 4.0))
case("title-lowerthird", "lower third 'Jayden, 15' at 0:02 for 3 secs", title("Jayden, 15", at("0:02"), 3.0))
case("title-skatetool", "put 'SKATE TOOL' on screen at 0:17", title("SKATE TOOL", at("0:17")))
case("title-price", "caption '£18 for 8 bearings' at 0:21", title("£18 for 8 bearings", at("0:21")))
case("title-shield", "text 'shield facing OUT' at 1:16", title("shield facing OUT", at("1:16")))
case("title-oil", "add 'no cooking oil!!' at 2:17", title("no cooking oil!!", at("2:17")))
case("title-endcard", "end card 'what should i fix next? 👇' for the last 4 seconds", title("what should i fix next? 👇", r(D - 4.0), 4.0))
case("title-spin-step", "title 'Step 3: Spin test' when i say give it a spin", title("Step 3: Spin test", SEG[23].start))
case("title-silent-range", "put the text 'literally silent' from 2:25 to 2:28", title("literally silent", at("2:25"), at("2:28") - at("2:25")))
case("title-52mm", "'52mm wheels' at one minute twelve", title("52mm wheels", at("one minute twelve")))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "take out the ums and uhs and also the bit where i restart",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * NFILL), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * NFILL - 1.8)},
     note="the retake holds no filler")
case("multi-pauses-duck", "cut the long pauses and make the music dip when i talk",
     {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-gx236-bw", "GX010236 at 2:25 and make it black and white", {**on(NEW_HILL, role=None, start=at("2:25")), **bw(NEW_HILL)})
case("multi-order-caption", "at 0:21 put the order screenshot and the caption \"£18\"",
     {**on(ORDER, role=None, start=at("0:21")), **title("£18", at("0:21"))})
case("multi-retake-nut", "delete my messed up first go at the wheel back on sentence then put the nut closeup over the proper one",
     {**RETAKE, **on(NUT, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fadein", "music to -18 and fade it in",
     {"clip_volume": {"role": "music", "db": -18.0}, "effect": {"role": "music", "type": "fade_in"}})
case("multi-telegram-mute", "telegram vid at 4x and mute the music", {"speed": {"media": TELEGRAM, "value": 4.0}, "track_muted": "music"},
     setup=[ins("m8", 1.0)])
case("multi-trim-title", "chop 3 secs off the start and put 'BEARING SWAP' at 0:00",
     {"duration_near": [r(D - 3.0), 0.1], **title("BEARING SWAP", 0.0)})
case("multi-nut-fadeout", "axle-nut-closeup-v2 at 0:29 with a fade out",
     {**on(NUT, role=None, start=at("0:29")), "effect": {"media": NUT, "type": "fade_out"}})
case("multi-normalize-beat18", "normalise my voice and turn the beat down to -18",
     {"effect": {"role": "main", "type": "normalize"}, "clip_volume": {"role": "music", "db": -18.0}})
case("multi-literally-lowkey", "cut out all the literallys and both lowkeys", phrases_cut(LITERALLYS + LOWKEYS, 0.05, 0.25))

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(OLD_HILL), history=["put GX010231 at 0:10"])
case("convo-move-it", "nah move it to 0:40", on(SPIN, start=at("0:40"), count=1), history=["put the spinning wheel test at 1:51"])
case("convo-quieter", "still too loud, lower", {"clip_volume": {"role": "music", "db": -22.0, "tol": 3.0}},
     history=["music to -18"], note="judgement: anything from 1 to 7 dB below -18")
case("convo-louder", "too quiet now, bit louder", {"clip_volume": {"role": "music", "db": -27.0, "tol": 2.5}},
     history=["music to -30 dB"], note="judgement: louder than -30 but not back above -24.5")
case("convo-undo", "nvm undo that", {"matches_initial": True}, history=["chop the first 5 secs"])
case("convo-which-gopro", "the one where its smooth and quiet", on(NEW_HILL, start=at("1:12")), history=["put the gopro clip at 1:12"],
     note="the first turn is ambiguous (GX010231 and GX010236 look alike) and should ask; the answer means GX010236")
case("convo-which-pxl", "the video not the photo", on(POP_OUT, start=at("0:43")), history=["add the PXL one at 0:43"],
     note="the first turn is ambiguous (a Pixel video and a Pixel still); the answer means the video")
case("convo-which-hill", "the 360 one following me", on(INSTA, start=at("2:30")), history=["put the hill clip at 2:30"],
     note="three clips are on the hill (both GoPros and the Insta360); the answer means the Insta360 clip")
case("convo-title-longer", "keep it up 5 seconds", title("Bearing Swap", 0.0, 5.0), history=["title \"Bearing Swap\" at the start"])
case("convo-that-fast", "twice as fast", {"speed": {"media": SIGNAL, "value": 2.0}}, history=["put the signal video at 1:53"])
case("convo-same-insta", "same with the 360 clip at 2:05", on(INSTA, start=at("2:05")), history=["put GX010236 at 2:25"])
case("convo-fade-that", "fade that out", {"effect": {"media": NUT, "type": "fade_out"}}, history=["axle nut closeup at 0:29"])
case("convo-music-too", "and the music too", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "back to normal speed actually", {**on(TELEGRAM, role=None, start=at("0:50")), "speed": {"media": TELEGRAM, "value": 1.0}},
     history=["telegram vid at 0:50", "make it 3x"])
case("convo-caption-move", "move that text to 0:23", title("18 quid", at("0:23")), history=["caption \"18 quid\" at 0:21"])
case("convo-other-gopro", "and GX010231 at 0:10", on(OLD_HILL, start=at("0:10")), history=["put GX010236 at 2:25"])
case("convo-pauses-too", "and the pauses too",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["cut all the ums and uhs"])
case("convo-retext", "change it to say '8 bearings for £18'", title("8 bearings for £18", at("0:21")),
     history=["add a caption \"£18\" at 0:21"])
case("convo-where-again", "wait what time was that", {"unchanged": True, "reply_has": [mmss(SEG[13].start)]},
     history=["where do i talk about tariq?"])
case("convo-not-that-one", "no the other gopro, the old bearings one", {**on(OLD_HILL, start=at("0:10")), "no_clip": {"media": NEW_HILL}},
     history=["put GX010236 at 0:10"], note="a correction: the old-bearings clip replaces the new-bearings clip at 0:10")
case("convo-fadein-it", "fade it in too", {"effect": {"media": INSTA, "type": "fade_in"}}, history=["put the insta360 clip at 2:05"])
case("convo-redo", "actually redo", UMS, history=["remove all the ums", "undo"], note="redo brings the um cut back (the ums only)")
case("convo-bit-more", "bit more", {"clip_volume": {"role": "main", "db": 4.25, "tol": 1.75}},
     history=["turn my voice up 2 dB"], note="judgement: a little louder than +2 (at least +2.5), up to about +6")
case("convo-leave-it", "nah leave it actually", UNCHANGED, history=["should i cut the tariq bit?"],
     note="the first turn is a question; the answer to it must not be taken as an instruction")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is the video rn", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-tariq", "when do i mention tariq", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[13].start)]})
case("question-where-spin", "at what point do i do the spin test?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[23].start)]})
case("question-where-oil", "wheres the bit about cooking oil", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[29].start)]})
case("question-where-price", "when do i say how much the bearings cost", {"unchanged": True, "reply_has": [mmss(SEG[4].start)]})
case("question-where-retake", "where do i mess up and start the sentence again?", {"unchanged": True, "reply_has": [mmss(SEG[RETAKE_I].start)]})
case("question-music-level", "how loud is the music set at", {"unchanged": True, "reply_has": ["-14"]})
case("question-unused", "which clips havent i used yet", UNCHANGED)
case("question-literally-count", "how many times do i say literally lmao", UNCHANGED)
case("question-take2", "did i record the outro twice?", UNCHANGED)
case("question-broll-track", "whats on the b roll track rn", {"unchanged": True, "reply_has": [OLD_HILL, TUBE_PIC]},
     setup=[ins("m2", 10.0), ins("m5", 68.0, 4.0)])
case("question-fps", "what fps is this project", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "are there any sound effects i can use", UNCHANGED)
case("question-gopro-res", "what resolution is the gopro footage", UNCHANGED)
case("question-after-cut", "how long will it be after that", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["cut all the ums and uhs"])
case("question-what-did", "what did u just do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 2 seconds"])

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-yo", "yo", UNCHANGED)
case("chat-fire", "thanks bro thats fire", UNCHANGED)
case("chat-dinner", "brb mums calling me for dinner", UNCHANGED)
case("chat-tariq", "tariq is gonna be so mad when he sees this lol", UNCHANGED)
case("chat-ok", "ok", UNCHANGED)
case("chat-ai", "wait are you an ai or a real person", UNCHANGED)
case("chat-think", "hmm lemme think", UNCHANGED)
case("chat-nice", "nice one", UNCHANGED)
case("chat-firstvid", "this is my first ever youtube vid btw", UNCHANGED)
case("chat-dad", "Hello, this is Jayden's dad. I'm just checking in to see how he's getting on with his video.", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-tariqclip", "put the clip of tariq over the spacers bit", UNCHANGED, note="Tariq is in no media")
case("nonedit-missing-gx232", "add GX010232.MP4 at 0:30", UNCHANGED, note="the GoPro clips are GX010231 and GX010236")
case("nonedit-missing-mvi72", "MVI_4472 at 0:05", UNCHANGED, note="only MVI_4471 is in the bin")
case("nonedit-missing-final3", "bearings_final_FINAL3 at 1:00", UNCHANGED, note="only _FINAL2 is in the bin; should ask, not pick it")
case("nonedit-missing-nutv1", "axle-nut-closeup-v1 at 0:29", UNCHANGED, note="only -v2 is in the bin")
case("nonedit-missing-c0013", "put C0013.MP4 after the talk", UNCHANGED, note="the talk is C0012; there is no C0013")
case("nonedit-missing-drone", "put the drone shot of the skatepark over the intro", UNCHANGED, note="no drone footage")
case("nonedit-missing-griptape", "cut the bit where i talk about grip tape", UNCHANGED, note="never said")
case("nonedit-missing-kickflip", "delete where i explain how to kickflip", UNCHANGED,
     note="never said; only the Telegram clip's description shows kickflips")
case("nonedit-missing-sister", "cut where i mention my sister", UNCHANGED, note="never said; his cousin is")
case("nonedit-missing-wd40", "remove the sentence about WD-40", UNCHANGED, note="he talks about cooking oil, never WD-40")
case("nonedit-missing-trucks", "take out the part where i tighten the trucks", UNCHANGED, note="he tightens the axle nut, never the trucks")
case("nonedit-missing-airhorn", "airhorn sound at 0:03", UNCHANGED, note="the only sound effect is an ollie pop")
case("nonedit-offtimeline-pop", "make the ollie pop quieter", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-telegram", "speed up the telegram video", UNCHANGED, note="the Telegram video is only in the bin")
case("nonedit-offtimeline-take2", "TASCAM_0007 3dB louder", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-obs", "fade out the obs recording", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-gx231", "GX010231 in black and white", UNCHANGED, note="GX010231 is only in the bin")
case("nonedit-ambig-gopro", "the gopro clip at 1:12", UNCHANGED, note="GX010231 and GX010236 are both GoPro clips")
case("nonedit-ambig-pxl", "put the PXL one at 0:43", UNCHANGED, note="a Pixel video and a Pixel still")
case("nonedit-ambig-hill", "the hill clip at 2:30", UNCHANGED, note="both GoPro clips and the Insta360 clip are on the hill")
case("nonedit-ambig-phone", "add the phone video at 0:50", UNCHANGED, note="the Pixel video, the Samsung video and the app exports")
case("nonedit-ambig-april12", "the april 12th clip at 1:00", UNCHANGED,
     note="signal-2026-04-12..., 20260412_161045 and VID_20260412_... are all from that day")
case("nonedit-ambig-spacer", "cut the spacer sentence", UNCHANGED, note="spacer in 12 and 18, spacers in 13")
case("nonedit-ambig-newbearings", "delete the sentence about the new bearings", UNCHANGED, note="14, 16 (a new bearing) and 27")
case("nonedit-ambig-nut", "cut the nut sentence", UNCHANGED, note="nut in 6, 7, 20 and 21")
case("nonedit-ambig-firstwheel", "cut the first wheel sentence", UNCHANGED, note="'the first wheel' in 6 and 26")
case("nonedit-ambig-shield", "delete the shield sentence", UNCHANGED, note="16 and 19")
case("nonedit-ambig-rag", "cut the rag line", UNCHANGED, note="3 and 27")
case("nonedit-ambig-bin", "remove the sentence about the bin", UNCHANGED, note="chuck it in the bin (12), bin them (28)")
case("nonedit-ambig-bro", "take out the bro sentence", UNCHANGED, note="7, 29 and 31")
case("nonedit-ambig-slidewheel", "cut the slide the wheel sentence", UNCHANGED, note="8, 20 and 21")
case("nonedit-ambig-ten", "lose the sentence with ten in it", UNCHANGED, note="ten seconds (23), ten minutes (25)")
case("nonedit-ambig-road", "delete the road sentence", UNCHANGED, note="30 and 32")
case("nonedit-inside-car", "can u remove the car driving past in the pavement clip", UNCHANGED, setup=[ins("m14", 148.0)])
case("nonedit-inside-swearing", "one of the lads in the telegram vid is swearing, bleep just him", UNCHANGED, setup=[ins("m8", 1.0)])
case("nonedit-inside-photo", "what colour are the bearings in that photo", UNCHANGED,
     note="a question about the inside of a still; nothing is edited")
case("nonedit-inside-dog", "theres a dog barking at like 1:20, get rid of it", UNCHANGED, note="no such sound in the talk")
case("nonedit-inside-towel", "make the towel in the canon shot blue instead", UNCHANGED, setup=[ins("m7", 5.0)])
case("nonedit-inside-hand", "can you erase my hand from the axle nut closeup", UNCHANGED, setup=[ins("m12", 29.0)])

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-crunch", "delete everything after 'no crunch at all'", {"confirm": True})
case("confirm-first-minute", "get rid of the first minute", {"confirm": True})
case("confirm-short", "make it a 60 second short, cut whatever", {"confirm": True})
case("confirm-range", "take out 0:30 to 1:30", {"confirm": True})
case("confirm-before-new", "everything before 'Okay, so now the new bearings' can go", {"confirm": True})
case("confirm-delete-talk", "delete the whole main clip", {"confirm": True})
case("confirm-last45", "just keep the last 45 seconds", {"confirm": True})
case("confirm-past-two", "cut everything after 2 minutes", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "r_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)
