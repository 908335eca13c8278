"""Writes s_heldout.jsonl from the cases below; every expected time is computed from project S's
transcript (project_s_knife.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("at 1:07", "@ 27s", "00:00:31:20", "2 min 43", "125.9 secs", "two minutes
fifty nine") are parsed from the same string the message uses.

    cd evals/s_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_s_suite.py   (writes ../s_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any earlier suite's wording;
suite Q's generator was read for its file layout and bound conventions only). The people typing:
Tomasz himself (fifties, Polish-born, writes careful but not quite native English: "is possible
to...", "please make...", drops articles, the odd "yes?"), his nephew Marek who does the uploads
(twenties, lowercase, texting abbreviations, no punctuation, "bro", "pls"), and Janet, a regular at
the stall who offered to help and types long polite paragraphs. Bound conventions (the same as Q's):
D is the fresh timeline's length (the talk file holds int(T * 30) frames, T being timed_script's
total; for this talk 5649 frames = 188.3 s, which test_project_s.py checks against a real build).
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

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_s_knife import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_s_knife import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # the fresh timeline: int(188.32 s * 30) = 5649 frames / 30 = 188.3, as built
PAUSE = [p for _t, p in SCRIPT]
FILLER_WORDS = {"um", "uh"}
NFILL = sum(w.text.lower().strip(",.") in FILLER_WORDS for w in WORDS)  # 10
NUM = sum(w.text.lower().strip(",.") == "um" for w in WORDS)  # 5
NUH = NFILL - NUM  # 5
MUSIC_DB = -18.0
RETAKE_I = 19  # the abandoned "take off the burr" sentence; 20 is the good one
LONG = [i for i, p in enumerate(PAUSE) if p >= 1.5]  # 2, 6, 10, 14, 21, 26, 29

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(COARSE, FINE, SOAK, MARKER, OBS, STALL, BURR, PAPER, FLATTEN, TOMATO, HONING, KNIFE_PIC, GRITS, SHOP) = (
    M[i] for i in range(2, 16))
SECONDS = {b[0]: b[1] for b in BROLL}

NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50}


def r(x: float) -> float:
    return round(x, 2)


def mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _spoken(text: str) -> int:
    return sum(NUMBER_WORDS[p] for p in re.split(r"[\s-]+", text.strip()) if p and p != "and")


def at(text: str) -> float:
    """Seconds for a time the way it is typed in the message: '1:07', '00:02:26', '00:00:31:20' (30 fps),
    '2 min 43', '27s', '125.9 secs', '18', 'two minutes fifty nine', 'forty seconds'."""
    t = text.strip().lower()
    parts = t.split(":")
    if len(parts) == 4:
        h, m, s, f = (int(x) for x in parts)
        return r(h * 3600 + m * 60 + s + f / 30)
    if len(parts) == 3:
        h, m, s = (int(x) for x in parts)
        return float(h * 3600 + m * 60 + s)
    if len(parts) == 2:
        return float(int(parts[0]) * 60 + int(parts[1]))
    hit = re.fullmatch(r"(\d+)\s*(?:m|min|mins|minute|minutes)\s*(\d+)\s*(?:s|sec|secs)?", t)
    if hit:
        return float(int(hit.group(1)) * 60 + int(hit.group(2)))
    hit = re.fullmatch(r"([\d.]+)\s*(?:s|sec|secs|seconds)?", t)
    if hit:
        return float(hit.group(1))
    hit = re.fullmatch(r"([a-z -]+?) minutes? ([a-z -]+)", t)
    if hit:
        return float(_spoken(hit.group(1)) * 60 + _spoken(hit.group(2)))
    hit = re.fullmatch(r"([a-z -]+?) seconds", t)
    if hit:
        return float(_spoken(hit.group(1)))
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
    """One filler: sentence i must hold exactly one um/uh (asserted)."""
    n = sum(w.text.lower().strip(",.") in FILLER_WORDS for w in WORDS if SEG[i].start <= w.start <= SEG[i].end)
    assert n == 1, (i, n)
    return ONE_FILLER


def start_at(i: int) -> dict:
    """Trim the head so the video starts at sentence i."""
    return {"duration_lt": r(D - (SEG[i].start - (PAUSE[i - 1] - 0.05))), "duration_gt": r(D - (SEG[i].start + 0.05))}


def end_after(i: int) -> dict:
    return {"duration_lt": r(SEG[i].end + 0.8), "duration_gt": r(SEG[i].end - 0.05)}


FILLERS = {"duration_lt": r(D - 0.35 * NFILL), "duration_gt": r(D - (0.5 * NFILL + 1.8))}
UMS = {"duration_lt": r(D - 0.35 * NUM), "duration_gt": r(D - (0.5 * NUM + 1.8))}
UHS = {"duration_lt": r(D - 0.35 * NUH), "duration_gt": r(D - (0.5 * NUH + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
YESES = [(2, "yes"), (13, "yes"), (33, "yes")]
EXACTLYS = [(4, "exactly"), (22, "exactly")]
HOW_YOU_SAYS = [(2, "how you say"), (14, "how you say")]


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
    CASES.append({"id": f"s-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-coarse-push", "gopro clip of the coarse stone (the grey sludge one) over \"you push the blade across the stone\"",
     over(COARSE, 12), note="only GX010214's description has the coarse stone; GX010215 is the fine stone")
case("broll-coarse-ten", "GX010214 on top of the ten strokes on one side bit pls", over(COARSE, 13))
case("broll-coarse-towel", "Please put the GoPro video where I am on the 1000 stone over the sentence where the stone goes on damp towel.",
     over(COARSE, 11))
case("broll-coarse-otherside", "the 214 gopro over where he says turn the knife and do the other side", over(COARSE, 15))
case("broll-fine-goto", "fine stone gopro footage over 'then we go to the fine stone'", over(FINE, 17))
case("broll-fine-countdown", "GX010215.MP4 over the five strokes, then three, then two, then one part", over(FINE, 18))
case("broll-fine-slides", "put 215 over 'if it slides on the skin go back to the fine stone'", over(FINE, 26))
case("broll-fine-cork", "the white stone gopro one over the cork or soft wood sentence, the proper one not the one he messes up",
     over(FINE, 20), note="the good take of the burr-removal sentence, not the abandoned one before it")
case("broll-soak-bucket", "MVI_4471 over where i say the stones go in a bucket of water for ten minute", over(SOAK, 5))
case("broll-soak-first", "canon clip of the stones sinking, over 'so first the stones'", over(SOAK, 3))
case("broll-marker-colour", "the pixel clip w the black marker over the colouring the bevel bit", over(MARKER, 6))
case("broll-marker-touching", "PXL_20260411 over 'this shows you later where the stone is really touching the steel'", over(MARKER, 7))
case("broll-obs-important", "2026-04-10 21-14-07.mkv over the line about the most important thing in the video", over(OBS, 8))
case("broll-obs-dishwasher", "put the .mkv file over the never in the dishwasher sentence", over(OBS, 29))
case("broll-stall-intro", "video_2026-04-09_18-22-41 over my introduction where I say about the market in Bristol", over(STALL, 0))
case("broll-stall-come", "the market stall video with the queue over 'come to the stall on Saturday'", over(STALL, 33))
case("broll-stall-dead", "telegram vid of the stall over people bringing knives every saturday that r completely dead", over(STALL, 2))
case("broll-burr-wire", "feeling for the burr FINAL.mov over \"the burr is, how you say, a tiny wire of steel\"", over(BURR, 14))
case("broll-burr-length", "the burr FINAL clip over when you feel the burr along the whole length", over(BURR, 15))
case("broll-paper-sheet", "paper_slice_test_v2_export over 'I hold up one sheet of printer paper'", over(PAPER, 23))
case("broll-paper-tear", "paper slicing vid over the sentence about a dull knife making noise and tearing", over(PAPER, 24))
case("broll-flatten-hollow", "flattening stone.mov over 'after you must flatten the stones'", over(FLATTEN, 27))
case("broll-flatten-sandpaper", "the flattening clip on top of the wet sandpaper on a tile bit", over(FLATTEN, 28))
case("broll-tomato-second", "tomato test slo-mo over 'and the second test is the tomato'", over(TOMATO, 25))
case("broll-tomato-opening", "the slo mo tomato one over the bit near the beginning where people's knives cant cut a tomato",
     over(TOMATO, 2))
case("broll-honing-straight", "honingSteel_slowmo over \"a honing steel keeps the edge straight\"", over(HONING, 30))
case("broll-honing-week", "honing steel clip over six or seven light strokes before you cook", over(HONING, 31))
case("broll-knife-goodbye", "20260412_174503.jpg over 'keep your knives sharp' at the very end", over(KNIFE_PIC, 34))
case("broll-knife-twenty", "photo of the finished knife on the tea towel over the twenty minutes sentence", over(KNIFE_PIC, 32))
case("broll-grits-thousand", "stones_and_grits.png over the one thousand and six thousand grit sentence", over(GRITS, 3))
case("broll-grits-shape", "the grit chart over 'The coarse stone makes the shape of the edge'", over(GRITS, 4))
case("broll-shop-gadgets", "chrome screenshot over the 'two water stones, nothing else, no gadgets' line", over(SHOP, 1))
case("broll-shop-coins", "Screenshot_20260410-211902 over where I explain two coins under the spine", over(SHOP, 9))

# --- times and positions ---------------------------------------------------------------------------
case("time-coarse-mmss", "GX010214 at 1:07", on(COARSE, start=at("1:07")))
case("time-fine-in", "pop GX010215 in at 1:34 thx", on(FINE, start=at("1:34")))
case("time-soak-secs", "MVI_4471 @ 27s", on(SOAK, start=at("27s")))
case("time-stall-words", "market stall video at two minutes fifty nine", on(STALL, start=at("two minutes fifty nine")))
case("time-tomato-colon", "tomato test slo-mo at 2:15 please", on(TOMATO, start=at("2:15")))
case("time-flatten-hms", "flattening stone.mov at 00:02:26", on(FLATTEN, start=at("00:02:26")))
case("time-marker-timecode", "PXL clip at 00:00:31:20 (we are 30 fps)", on(MARKER, start=at("00:00:31:20")))
case("time-sfx-min", "blade shing sound at 2 min 43", on(SFX, role=None, start=at("2 min 43")))
case("time-sfx-secs", "put blade_shing.wav at 125.9 secs", on(SFX, role=None, start=at("125.9 secs")))
case("time-grits-bare", "grit chart at 18", on(GRITS, start=at("18")))
case("time-knife-4s", "20260412_174503.jpg at 3:00 for 4 seconds", on(KNIFE_PIC, start=at("3:00"), within=[at("3:00"), at("3:00") + 4.0]))
case("time-burr-about", "burr FINAL clip at roughly 1:17, give or take", on(BURR, start=at("1:17"), tol=1.5))
case("time-paper-ish", "paper test clip somewhere around 2:00, doesnt have to be exact", on(PAPER, start=at("2:00"), tol=1.5))
case("time-honing-2s-into", "bring in the honing clip 2 seconds after I begin to say 'Between sharpening'",
     on(HONING, start=r(SEG[30].start + 2.0), tol=0.3))
case("time-fine-1s-after", "fine stone gopro one sec after he starts 'On the fine stone you do five strokes'",
     on(FINE, start=r(SEG[18].start + 1.0), tol=0.3))
case("time-knife-before-end", "photo of the knife 5 seconds before the end", on(KNIFE_PIC, start=r(D - 5.0), tol=0.3))
case("time-stall-before-end", "stall video 20 secs before it finishes", on(STALL, start=r(D - 20.0), tol=0.3))
case("time-obs-forty", "the mkv at forty seconds", on(OBS, start=at("forty seconds")))

case("pos-stall-open", "open the video on the market stall clip, before my face", on(STALL, start=0.0))
case("pos-knife-last", "the very last thing people see should be the photo of the finished knife",
     on(KNIFE_PIC, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-grits-middle", "grit chart right in the middle of the video", on(GRITS, start=r(D / 2), tol=1.5))
case("pos-sfx-sharp", "the shing sound exactly on 'keep your knives sharp'", on(SFX, role=None, overlaps=list(phrase(34, "keep your knives sharp"))))
case("pos-sfx-steel", "blade sound effect where I say 'honing steel'", on(SFX, role=None, overlaps=list(phrase(30, "honing steel"))))
case("pos-sfx-playhead", "drop the blade sfx in here where the playhead is", on(SFX, role=None, start=95.0), playhead=95.0)
case("pos-title-playhead", "text \"SHARP.\" at playhead", title("SHARP.", start=120.0), playhead=120.0)
case("pos-selected-bw", "make the one I selected black and white", bw(FINE),
     setup=[ins("m2", 67.0), ins("m3", 94.0)], selection=["c4"], note="c4 is GX010215.MP4 (setup makes c3, c4)")
case("pos-selected-slow", "selected clip half speed pls", {"speed": {"media": TOMATO, "value": 0.5}},
     setup=[ins("m11", 135.0), ins("m9", 126.0)], selection=["c3"], note="c3 is tomato test slo-mo.mov")
case("pos-title-fine", "title 'Step 2: The fine stone' right when he says \"Then we go to the fine stone\"",
     title("Step 2: The fine stone", start=SEG[17].start))

# --- cuts: fillers, tics, pauses, the retake, sentences, phrases, ranges --------------------------
case("cut-fillers", "remove every um and uh", FILLERS)
case("cut-fillers-tomasz", "Please, is possible to take away all the ums and uhs? I sound like I don't know my own job.", FILLERS)
case("cut-fillers-marek", "yo strip all the umms n uhhs out", FILLERS)
case("cut-fillers-janet", "Hello again! I wondered whether you could tidy up all of the little hesitation noises Tomasz makes, the "
     "ums and ers, throughout the whole video? Thank you ever so much.", FILLERS, note="'ers' is a British spelling of uh")
case("cut-fillers-typo", "cut teh ums and uhs evrywhere", FILLERS)
case("cut-ums-only", "only the ums, leave the uhs alone", UMS)
case("cut-uhs-only", "get rid of the uhs but not the ums", UHS)
case("cut-um-grit", "the um in the sentence about one thousand grit, only that one", filler_in(3))
case("cut-uh-touching", "delete the uh at the very start of 'this shows you later where the stone is touching'", filler_in(7))
case("cut-um-coins", "theres an um right before 'more or less the height of two coins', cut just that", filler_in(9))
case("cut-uh-heeltotip", "take out the uh between 'across the stone' and 'heel to tip'", filler_in(12))
case("cut-uh-samepressure", "uh before same angle same pressure, remove pls", filler_in(16))
case("cut-um-half", "snip the um before 'half, maybe less than half'", filler_in(17))
case("cut-uh-skin", "the uh after 'if it slides on the skin' - lose it", filler_in(26))
case("cut-um-dishwasher", "remove um between 'dry the knife' and 'never put it in the dishwasher'", filler_in(29))
case("cut-um-questions", "the um in the last bit where I say write questions under the video", filler_in(33))
case("cut-yes-all", "he keeps saying 'yes?' at the end of sentences, take all of those out", phrases_cut(YESES, 0.05, 0.25),
     note="three: sentences 2, 13 and 33")
case("cut-yes-burr", "remove the 'yes' after 'check with your thumb for the burr'", phrase_cut(13, "yes", 0.05, 0.25))
case("cut-exactly-all", "cut both of my 'exactly'", phrases_cut(EXACTLYS, 0.05, 0.25), note="sentences 4 and 22")
case("cut-howyousay-all", "remove every 'how you say', I say it two times", phrases_cut(HOW_YOU_SAYS), note="sentences 2 and 14")
case("cut-soso", "cut the 'so, so' at the start of the damp towel sentence", phrase_cut(11, "so so"))
case("cut-phrase-gadgets", "delete 'nothing else, no gadgets'", phrase_cut(1, "nothing else no gadgets"))
case("cut-phrase-bogdan-be", "take out 'please do not be like Bogdan', he will see this", phrase_cut(10, "please do not be like bogdan"))
case("cut-phrase-gdansk", "cut the words 'first in Gdansk and'", phrase_cut(0, "first in gdańsk and"),
     note="typed without the accent; the transcript has Gdańsk")
case("cut-phrase-lessthan", "remove 'maybe less than half'", phrase_cut(17, "maybe less than half"))
case("cut-phrase-mistake", "lose 'this is a big mistake people make' from the honing steel line", phrase_cut(30, "this is a big mistake people make"))
case("cut-phrase-listen", "drop 'so please listen'", phrase_cut(8, "so please listen"))
case("cut-pauses", "tighten all the long silences", PAUSES)
case("cut-pauses-marek", "too much dead air bro, close the gaps", PAUSES)
case("cut-pauses-janet", "Whenever Tomasz stops to do something with the knife there is a long quiet stretch, could those be shortened "
     "all the way through so it moves along a little better?", PAUSES)
case("cut-pause-tomato", "after 'they cannot cut a tomato, yes?' the pause is too long", pause_cut(2))
case("cut-pause-bevel", "shorten the silence after the marker on the bevel sentence", pause_cut(6))
case("cut-pause-bogdan", "big gap after the bogdan thing, shorten that one", pause_cut(10))
case("cut-pause-see", "the quiet after 'you almost cannot see it' is forever", pause_cut(14))
case("cut-pause-noproblem", "trim the pause after 'it is no problem'", pause_cut(26))
case("cut-pause-forks", "after 'other knives and forks loose' theres a massive gap, tighten", pause_cut(29))
case("cut-retake", "cut where he starts the sentence over", RETAKE)
case("cut-retake-wait", "I say 'no, wait, that is wrong, I say this again from the beginning', please remove this and the wrong sentence before",
     RETAKE)
case("cut-retake-cork", "the first time he explains taking the burr off he messes it up, remove that attempt", RETAKE)
case("cut-retake-marek", "lose the flubbed take before the cork bit", RETAKE)
case("cut-bogdan", "take the bogdan part out", sentence_cut(10), note="the whole aside sentence")
case("cut-dishwasher", "delete the sentence about the dishwasher", sentence_cut(29))
case("cut-sandpaper", "remove the line where I rub the stone on wet sandpaper", sentence_cut(28))
case("cut-twentymin", "cut the sentence about how long the whole job takes", sentence_cut(32))
case("cut-quiet", "remove the 'sharp knife goes through the paper quiet' sentence", sentence_cut(24))
case("cut-bubbles", "take out the line about leaving the stones in water until the bubbles stop", sentence_cut(5))
case("cut-quote-week", "cut \"With the steel, six or seven light strokes each side before you cook, this is enough for one week, maybe two.\"",
     sentence_cut(31))
case("cut-hollow", "I dont want the sentence about the hollow in the middle of the stone", sentence_cut(27))
case("cut-range-paper", "cut the whole paper test, both sentences of it", sentence_cut(23, 24))
case("cut-range-honing", "delete from 'Between sharpening' to the end of the one week maybe two sentence", sentence_cut(30, 31))
case("cut-phrase-fastest", "cut 'and this is fine' from the end of the twenty minutes sentence", phrase_cut(32, "and this is fine"))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "chop the first 2 seconds", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-tail", "cut the last half second, it's just silence", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last word ends 0.78 s before the end: anywhere near half a second is fine")
case("trim-range-secs", "remove 140s-142s", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-range-mmss", "take out 1:40 through 1:43", {"duration_near": [r(D - 3.0), 0.1]})
case("trim-start-first", "I want the video to begin at 'So, first, the stones'", start_at(3))
case("trim-start-today", "skip my name intro, start at 'today I show you'", start_at(1))
case("trim-end-saturday", "end it after 'come to the stall on Saturday, yes?' and cut the thank you", end_after(33))
case("trim-coarse-3s", "GX010214 is too long, make it 3 seconds",
     {**on(COARSE, start=67.0, within=[67.0, 70.0]), "duration_near": [D, 0.05]}, setup=[ins("m2", 67.0)])
case("trim-stall-shorter", "take 2 secs off the end of the stall video",
     {**on(STALL, within=[175.0, 181.0]), "duration_near": [D, 0.05]}, setup=[ins("m7", 175.0)])
case("trim-soak-short", "the bucket clip only needs to be like 2.5 seconds",
     {**on(SOAK, start=27.0, within=[27.0, 29.5]), "duration_near": [D, 0.05]}, setup=[ins("m4", 27.0)])
case("move-fine-134", "move GX010215 to 1:34", on(FINE, start=at("1:34"), count=1), setup=[ins("m3", 110.0)])
case("move-paper-later", "push the paper clip 3 seconds later", on(PAPER, start=129.0, count=1), setup=[ins("m9", 126.0)])
case("move-honing-earlier", "honing clip should come in 2 seconds sooner", on(HONING, start=164.0, count=1), setup=[ins("m12", 166.0)])
case("move-burr-sentence", "line up the burr FINAL clip with the start of 'The burr is, how you say'",
     on(BURR, start=SEG[14].start, tol=0.3, count=1), setup=[ins("m8", 90.0)])
case("reorder-gopros", "wrong order, the fine stone gopro has to come before the coarse one... no wait other way, coarse first",
     {**on(COARSE, start=67.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 74.0, "tol": 1.0}},
     setup=[ins("m3", 67.0), ins("m2", 74.0)], note="the user corrects himself in the message: coarse (GX010214) first")
case("reorder-tests", "swap the paper test and tomato test clips around",
     {**on(TOMATO, start=126.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 131.0, "tol": 1.0}},
     setup=[ins("m9", 126.0), ins("m11", 131.0)])
case("reorder-flatten-honing", "flattening clip and honing clip, flattening should go first",
     {**on(FLATTEN, start=164.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 170.0, "tol": 1.0}},
     setup=[ins("m12", 164.0), ins("m10", 169.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-gopros", "crossfade between the two gopro clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 67.0), ins("m3", 74.0)])
case("transition-dip-soak-marker", "dip to black from the bucket clip into the marker clip, half a second",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 0.5}}, setup=[ins("m4", 27.0), ins("m5", 33.0)])
case("transition-wipe-tests", "wipe from the paper test to the tomato", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m9", 126.0), ins("m11", 131.0)])
case("transition-harsh", "the jump from the burr clip to the fine stone gopro is very hard, can you make it softer",
     {"transition": {"role": "broll"}}, setup=[ins("m8", 84.0), ins("m3", 89.0)], note="any kind of transition counts")
case("transition-dissolve", "dissolve the stall video into the knife photo", {"transition": {"role": "broll"}},
     setup=[ins("m7", 175.0), ins("m13", 183.0, 4.0)])
case("effect-fadein", "fade in from black at the beginning", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "3 sec fade to black at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-cool", "the workshop lamp makes me very orange, please make colour more cool", {"effect": {"role": "main", "type": "color"}},
     note="any colour correction on the talk counts; the amount is not checked")
case("effect-bw-coarse", "GX010214 black and white", bw(COARSE), setup=[ins("m2", 67.0)])
case("effect-zoom-knife", "slow zoom into the knife photo", {"effect": {"media": KNIFE_PIC, "type": "zoom"}},
     setup=[ins("m13", 180.0, 4.0)])
case("effect-blur-stall", "blur the stall video, the customers never said ok to be filmed", {"effect": {"media": STALL, "type": "blur"}},
     setup=[ins("m7", 175.0)])
case("effect-bright-obs", "the mkv clip is really dark can u brighten it", {"effect": {"media": OBS, "type": "color"}},
     setup=[ins("m6", 40.0)], note="any colour adjustment on it counts")
case("effect-normalize", "normalize my voice so it's the same level all the way", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "music should fade in", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "let the lofi track fade out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-grey-flatten", "flattening stone clip in greyscale", bw(FLATTEN), setup=[ins("m10", 146.0)])
case("effect-rotate-marker", "PXL clip is upside down, rotate it 180", {"effect": {"media": MARKER, "type": "rotate", "degrees": 180}},
     setup=[ins("m5", 31.0)])
case("effect-flip-honing", "the honing clip is mirrored, flip it", {"effect": {"media": HONING, "type": "flip"}},
     setup=[ins("m12", 164.0)])
case("speed-fine-2x", "GX010215 2x speed", {"speed": {"media": FINE, "value": 2.0}}, setup=[ins("m3", 94.0)])
case("speed-soak-half", "slow MVI_4471 to half", {"speed": {"media": SOAK, "value": 0.5}}, setup=[ins("m4", 27.0)])
case("speed-talk-10pc", "can the talking go 10% faster, I speak too slow", {"speed": {"role": "main", "value": 1.1}})
case("speed-stall-3x", "stall vid 3x", {"speed": {"media": STALL, "value": 3.0}}, setup=[ins("m7", 175.0)])
case("speed-honing-15", "honing clip at 1.5x", {"speed": {"media": HONING, "value": 1.5}}, setup=[ins("m12", 164.0)])
case("speed-tomato-quarter", "tomato clip at a quarter speed, super slow", {"speed": {"media": TOMATO, "value": 0.25}},
     setup=[ins("m11", 135.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-24", "music to -24 dB", {"clip_volume": {"role": "music", "db": -24.0}})
case("audio-music-down5", "lofi track 5 dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 5.0}})
case("audio-music-up2", "music up 2 dB", {"clip_volume": {"role": "music", "db": MUSIC_DB + 2.0}})
case("audio-music-words", "set the background music to minus twenty eight", {"clip_volume": {"role": "music", "db": -28.0}})
case("audio-cantheard", "the music is so loud nobody can hear me talking", {"clip_volume": {"role": "music", "db": -26.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts; ducking only under speech would fail this")
case("audio-duck", "duck the music under my voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-janet", "Would it be possible for the music to go softer while Tomasz is speaking and come back up when he pauses?",
     {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-10", "drop the music 10 dB every time I talk", {"music_envelope_dips_during_speech": -9.5})
case("audio-mute-music", "kill the music completely", {"track_muted": "music"})
case("audio-voice-up3", "my voice up 3 dB", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down2", "I am too loud, voice down 2 dB", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "ok bring the music back", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Sharpening a Chef's Knife\" for the first 4 seconds", title("Sharpening a Chef's Knife", 0.0, 4.0))
case("title-name", "name caption 'Tomasz – knife sharpener, Bristol' at 0:02 for 5 secs",
     title("Tomasz – knife sharpener, Bristol", at("0:02"), 5.0))
case("title-grit", "put '1000 / 6000 grit' on screen at 0:18", title("1000 / 6000 grit", at("0:18")))
case("title-degree", "caption \"15°\" at 0:49", title("15°", at("0:49")))
case("title-bogdan", "text 'DON'T BE LIKE BOGDAN' at 55s lol", title("DON'T BE LIKE BOGDAN", at("55s")))
case("title-endcard", "end card 'Saturdays at the market 🔪' for the last 4 seconds", title("Saturdays at the market 🔪", r(D - 4.0), 4.0))
case("title-step-coarse", "'Step 1: Coarse stone' as a title when I say the coarse stone goes on a damp towel",
     title("Step 1: Coarse stone", SEG[11].start))
case("title-paper", "\"Paper test\" on screen from 2:05 to 2:09", title("Paper test", at("2:05"), at("2:09") - at("2:05")))
case("title-polish", "add the title 'Dziękuję!' at 3:05", title("Dziękuję!", at("3:05")))
case("title-dishwasher", "caption 'never in the dishwasher!!' at 2:37", title("never in the dishwasher!!", at("2:37")))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "take out the ums and uhs and also the part where he starts the sentence again",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one uh")
case("multi-pauses-duck", "cut the long pauses down and make the music go quieter under my talking",
     {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-coarse-bw", "GX010214 at 1:07, black and white", {**on(COARSE, role=None, start=at("1:07")), **bw(COARSE)})
case("multi-knife-caption", "at 3:00 put the finished knife photo and the text \"Sharp!\"",
     {**on(KNIFE_PIC, role=None, start=at("3:00")), **title("Sharp!", at("3:00"))})
case("multi-retake-fine", "remove my wrong first try at the burr sentence, then put the fine stone gopro over the good one",
     {**RETAKE, **on(FINE, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "music at -22 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-stall-mute", "stall video double speed + mute the music", {"speed": {"media": STALL, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m7", 175.0)])
case("multi-trim-title", "cut the first 1.5 seconds and then add title 'Knife Sharpening' at 0:00",
     {"duration_near": [r(D - 1.5), 0.1], **title("Knife Sharpening", 0.0)})
case("multi-burr-fadein", "burr FINAL clip at 1:16 and give it a fade in",
     {**on(BURR, role=None, start=at("1:16")), "effect": {"media": BURR, "type": "fade_in"}})
case("multi-normalize-duck", "normalise my voice and duck the music under it",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-bogdan-towel", "cut the Bogdan sentence and also the damp towel one that comes after it", sentence_cut(10, 11))

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "now black and white", bw(FINE), history=["put GX010215 at 1:34"])
case("convo-move-it", "no, 2:58 instead", on(KNIFE_PIC, start=at("2:58"), count=1), history=["put 20260412_174503.jpg at 3:00"])
case("convo-quieter", "still too loud", {"clip_volume": {"role": "music", "db": -26.0, "tol": 3.0}},
     history=["music to -22"], note="judgement: anything from 1 to 7 dB below -22")
case("convo-louder", "too quiet now, little bit louder", {"clip_volume": {"role": "music", "db": -31.0, "tol": 2.5}},
     history=["set music to -34 dB"], note="judgement: louder than -34 but not back above -28")
case("convo-undo", "undo that", {"matches_initial": True}, history=["cut the first 5 seconds"])
case("convo-which-gopro", "the one on the coarse stone", on(COARSE, start=at("1:07")), history=["put the gopro clip at 1:07"],
     note="the first turn is ambiguous (GX010214 and GX010215 look alike) and should ask; the answer means GX010214")
case("convo-which-test", "the paper one", on(PAPER, start=at("2:05")), history=["put the test clip at 2:05"],
     note="the first turn is ambiguous (paper_slice_test and tomato test); the answer means the paper clip")
case("convo-title-longer", "keep it on screen for 5 seconds", title("Knife Sharpening 101", 0.0, 5.0),
     history=["add a title \"Knife Sharpening 101\" at the start"])
case("convo-that-fast", "make that twice as fast", {"speed": {"media": FLATTEN, "value": 2.0}}, history=["put flattening stone.mov at 2:26"])
case("convo-same-shop", "same with the chrome screenshot at 0:06", on(SHOP, start=at("0:06")), history=["put the grit chart at 0:18"])
case("convo-fade-it", "fade it in", {"effect": {"media": MARKER, "type": "fade_in"}}, history=["put the PXL clip at 0:31"])
case("convo-music-too", "and the music too", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade out the video at the end"])
case("convo-speed-normal", "ok back to normal speed", {**on(STALL, role=None, start=at("2:55")), "speed": {"media": STALL, "value": 1.0}},
     history=["stall video at 2:55", "make it 4x"])
case("convo-caption-move", "move it to 0:49", title("15 degrees", at("0:49")), history=["caption \"15 degrees\" at 0:47"])
case("convo-other-gopro", "and the coarse one at 1:07", on(COARSE, start=at("1:07")), history=["put GX010215 at 1:34"])
case("convo-pauses-too", "also the long silences",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["cut all the ums and uhs"])
case("convo-retext", "change it to \"about £35 for both stones\"", title("about £35 for both stones", at("0:06")),
     history=["add caption \"£35\" at 0:06"])
case("convo-where-again", "what time was that again?", {"unchanged": True, "reply_has": [mmss(SEG[10].start)]},
     history=["where do I talk about Bogdan?"])
case("convo-not-that-one", "wrong one, i meant the fine stone one", {**on(FINE, start=at("1:34")), "no_clip": {"media": COARSE}},
     history=["put GX010214 at 1:34"], note="a correction: the fine stone clip replaces the coarse one at 1:34")
case("convo-fadein-stall", "fade it in too", {"effect": {"media": STALL, "type": "fade_in"}}, history=["put the stall video at 2:55"])
case("convo-redo", "redo", UMS, history=["remove all the ums", "undo"], note="redo brings the um cut back (the ums only)")
case("convo-louder-voice", "a little more", {"clip_volume": {"role": "main", "db": 4.25, "tol": 1.75}},
     history=["turn my voice up 2 dB"], note="judgement: a little louder than +2 (at least +2.5), up to about +6")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is the video now?", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-bogdan", "when do i mention bogdan", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[10].start)]})
case("question-where-paper", "what time does the paper test start?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[23].start)]})
case("question-where-degrees", "where do I say the angle in degrees", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[9].start)]})
case("question-where-burr", "at what point do I explain what a burr actually is", {"unchanged": True, "reply_has": [mmss(SEG[14].start)]})
case("question-music-level", "what volume is the music at right now", {"unchanged": True, "reply_has": ["-18"]})
case("question-unused", "which clips am I not using yet?", UNCHANGED)
case("question-um-count", "how many ums are there", UNCHANGED)
case("question-take2", "do I have another take of the marker part somewhere?", UNCHANGED)
case("question-broll-track", "what is on the b-roll track now", {"unchanged": True, "reply_has": [COARSE, HONING]},
     setup=[ins("m2", 67.0), ins("m12", 164.0)])
case("question-restarts", "does he restart any sentences", UNCHANGED)
case("question-gopro-res", "whats the resolution of the gopro footage", UNCHANGED)
case("question-fps", "frame rate?", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "are there any sound effects I can use", UNCHANGED)
case("question-after-cut", "so how long is it after that", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["take out all the ums and uhs"])
case("question-what-did", "what did you just change?", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 4 seconds"])

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "Thank you, very good work.", UNCHANGED)
case("chat-polish", "dziękuję bardzo", UNCHANGED)
case("chat-bogdan", "bogdan is gonna be so mad when he sees this haha", UNCHANGED)
case("chat-hello", "hello? anybody there", UNCHANGED)
case("chat-coffee", "making coffee, one moment", UNCHANGED)
case("chat-machine", "you are clever machine, better than my nephew", UNCHANGED)
case("chat-think", "let me think what else", UNCHANGED)
case("chat-ok", "ok", UNCHANGED)
case("chat-marek", "its marek now, uncle went to the stall", UNCHANGED)
case("chat-np", "np", UNCHANGED)
case("chat-janet", "Tomasz sharpened my bread knife last week and it's like new, I had to tell someone!", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-bogdanclip", "put the clip of bogdan at his cheese stall over the bogdan sentence", UNCHANGED,
     note="Bogdan is in no media")
case("nonedit-missing-gx216", "add GX010216 at 1:10", UNCHANGED, note="the GoPro chapters are GX010214 and GX010215")
case("nonedit-missing-mvi70", "MVI_4470.MOV at 0:27", UNCHANGED, note="the Canon clip is MVI_4471")
case("nonedit-missing-pxl", "PXL_20260411_091233457.mp4 at 0:31", UNCHANGED, note="the Pixel clip ends ...456")
case("nonedit-missing-burrv2", "feeling for the burr v2 at 1:16", UNCHANGED, note="only the FINAL export is in the bin; should ask")
case("nonedit-missing-beltsander", "put the belt sander footage over the flattening part", UNCHANGED, note="no such clip")
case("nonedit-missing-serrated", "cut the part where I talk about serrated bread knives", UNCHANGED, note="never said")
case("nonedit-missing-diamond", "remove the sentence about the diamond plate", UNCHANGED, note="never said")
case("nonedit-missing-wife", "delete where i mention my wife", UNCHANGED, note="never said")
case("nonedit-missing-till", "cash register sound effect at 0:20", UNCHANGED, note="the only sound effect is the blade shing")
case("nonedit-missing-400", "cut the bit where he talks about the 400 grit stone", UNCHANGED,
     note="he says one thousand and six thousand; the chart's 220 and 3000 are in a still, not in the talk")
case("nonedit-missing-pullthrough", "take out the line about pull-through sharpeners", UNCHANGED, note="never said; 'no gadgets' is the nearest")
case("nonedit-offtimeline-sfx", "blade shing a bit quieter", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-stall", "speed up the stall video", UNCHANGED, note="the stall video is only in the bin")
case("nonedit-offtimeline-take2", "TASCAM_0031 needs +3 dB", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-obs", "fade out the mkv", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-coarse", "GX010214 should be in black and white", UNCHANGED, note="GX010214 is only in the bin")
case("nonedit-offtimeline-knife", "zoom in slowly on the knife photo", UNCHANGED, note="the photo is only in the bin")
case("nonedit-ambig-gopro", "the gopro clip at 1:00", UNCHANGED, note="GX010214 and GX010215 are both GoPro clips")
case("nonedit-ambig-slowmo", "put the slowmo one at 2:15", UNCHANGED, note="tomato test slo-mo or honingSteel_slowmo")
case("nonedit-ambig-test", "add the test clip at 2:10", UNCHANGED, note="paper_slice_test or tomato test")
case("nonedit-ambig-april10", "the one from april 10 at 0:40", UNCHANGED, note="the OBS capture and the Chrome screenshot are both dated 2026-04-10")
case("nonedit-ambig-stone", "put the clip where the knife is going over the stone at 0:25", UNCHANGED,
     note="GX010214 (coarse stone) and GX010215 (fine stone) are both described that way")
case("nonedit-ambig-picture", "put the picture at 3:00", UNCHANGED, note="three stills")
case("nonedit-ambig-burr", "cut the burr sentence", UNCHANGED, note="burr in 13, 14, 15, 19, 20")
case("nonedit-ambig-tomato", "delete the line about the tomato", UNCHANGED, note="2 and 25")
case("nonedit-ambig-marker", "remove the marker sentence", UNCHANGED, note="6 and 21")
case("nonedit-ambig-paper", "take out the paper sentence", UNCHANGED, note="23 and 24")
case("nonedit-ambig-bristol", "cut the line where I say Bristol", UNCHANGED, note="0 and 33")
case("nonedit-ambig-saturday", "lose the saturday sentence", UNCHANGED, note="2 and 33")
case("nonedit-ambig-spine", "delete the spine sentence", UNCHANGED, note="9 and 22")
case("nonedit-ambig-tenstrokes", "remove the sentence with ten strokes", UNCHANGED, note="13 and 16")
case("nonedit-ambig-steel", "cut the sentence about the steel", UNCHANGED, note="7, 14, 30, 31")
case("nonedit-ambig-heeltotip", "remove the heel to tip line", UNCHANGED, note="12 and 15")
case("nonedit-inside-plaster", "there's a plaster on my thumb in the burr clip, can you remove it", UNCHANGED, setup=[ins("m8", 84.0)])
case("nonedit-inside-swear", "a guy in the stall video says a bad word, bleep only him", UNCHANGED, setup=[ins("m7", 175.0)])
case("nonedit-inside-price", "what price is on the chrome screenshot?", UNCHANGED,
     note="a question about the inside of an undescribed still; nothing is edited")
case("nonedit-inside-dog", "a dog barks at about 1:20, take the bark out", UNCHANGED, note="no such sound in the talk")
case("nonedit-inside-tomato", "make the tomato in the tomato clip more red", UNCHANGED, setup=[ins("m11", 135.0)],
     note="a part of the picture, not the whole clip")
case("nonedit-vague-boring", "hmm it feels kind of boring somehow", UNCHANGED, note="a vague complaint: ask, do not edit")
case("nonedit-vague-off", "idk something about it is off", UNCHANGED, note="a vague complaint: ask, do not edit")

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-tomato", "delete everything after 'the second test is the tomato'", {"confirm": True})
case("confirm-first-minute", "get rid of the first minute completely", {"confirm": True})
case("confirm-90s", "make it 90 seconds long, cut what you need", {"confirm": True})
case("confirm-range", "take out 0:30 to 1:30", {"confirm": True})
case("confirm-before-angle", "everything before 'Now the angle' can go", {"confirm": True})
case("confirm-delete-talk", "delete the main clip, the whole thing", {"confirm": True})
case("confirm-last45", "keep only the last 45 seconds", {"confirm": True})
case("confirm-after-230", "cut everything after 2:30", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "s_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)
