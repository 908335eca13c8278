"""Writes z_heldout.jsonl from the cases below; every expected time is computed from project Z's
transcript (project_z_wardrobe.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("at 1:12", "1 min 12 s", "45s", "0:45", "00:01:12", "one minute twelve") are
parsed from the same string the message uses.

    cd evals/z_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_z_suite.py   (writes ../z_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any other suite's phrasing; Q's
generator was a template for the file's shape and the bound conventions only). The people typing, mixed
roughly equally: Olu himself (forty-one, Manchester, jokey and rambling, "our kid", "mint", "proper",
vague about which bit), his wife Sade (an accountant: full sentences, exact numbers, polite, sometimes
two requests at once), their daughter Tolu (eight, on a tablet: phonetic spelling, caps, "daddy"), and a
furniture brand's social media manager turning it into a sponsored post ("ad read", "product shot",
"thumbnail moment", "make it 9:16", timecodes like 0:45 or 45s). Bound conventions (as suite Q's):
D is the fresh timeline's length (int(T * 30) frames of the talk, 5132 frames = 171.07 s), checked by
test_project_z.py against a real build.
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05
Ducking is checked at -6 dB, which an envelope read as an offset or as an absolute level both reach,
since the bed already sits at -18 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_z_wardrobe import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_z_wardrobe import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # the fresh timeline: int(171.08 s * 30) = 5132 frames / 30 = 171.07, as built
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 9: five um, four uh
MUSIC_DB = -18.0
RETAKE_I = 23  # the abandoned "hinges have got three screws" sentence; 24 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(DOWELS, CAMS, GOPRO1, GOPRO2, NIKON, SCREENREC, SNAP, IMOVIE, BOXES_PIC, HINGES, BACKPANEL, FINISHED, ALLENHUNT, INSTRUCT) = (
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
NUM = sum(w.text.lower().strip(",.") == "um" for w in WORDS)  # 5 of the 9
UMS = {"duration_lt": r(D - 0.35 * NUM), "duration_gt": r(D - (0.5 * NUM + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
YKWIMS = [(0, "you know what i mean"), (6, "you know what i mean"), (29, "you know what i mean")]
BASICALLYS = [(0, "basically"), (5, "basically"), (15, "basically")]
NUH = sum(w.text.lower().strip(",.") == "uh" for w in WORDS)  # 4 of the 9
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
    CASES.append({"id": f"z-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-dowels-firstjob", "put the samsung clip of me tapping the dowels in over the first job bit where i explain the dowels",
     over(DOWELS, 5), note="only 20260815_101512's description has the dowels; 20260815_101947 is the cam locks")
case("broll-dowels-gomad", "Could you place the video of the dowels being tapped in over the sentence that starts 'Don't go mad with the hammer', please?",
     over(DOWELS, 6))
case("broll-101512-tolu", "20260815_101512 ovr the bit where daddy tells me to go ask mummy", over(DOWELS, 7),
     note="Tolu typing: 'go and ask your mum' is sentence 7")
case("broll-cams-drop", "the cam lock clip from the phone, the one with the screwdriver, over 'Now the cam locks, them little round metal things'",
     over(CAMS, 9))
case("broll-101947-clockwise", "20260815_101947.mp4 over where he says turn each cam lock clockwise", over(CAMS, 10))
case("broll-cams-bite", "stick the screwdriver cam lock video over me saying if it doesnt bite the arrows the wrong way, learnt that twice lol",
     over(CAMS, 11))
case("broll-gopro-lay", "GOPR0345 over 'lay every panel out on the carpet and count the screws'", over(GOPRO1, 2))
case("broll-gopro-counted", "the first gopro chapter over the forty one screws line", over(GOPRO1, 3),
     note="GOPR0345 is the first chapter, GP010345 the second")
case("broll-gp01-standup", "Please put GP010345.MP4 over the sentence about standing it up with two people.", over(GOPRO2, 19))
case("broll-gp01-doors", "timelapse part 2 over 'next the doors, you screw the hinges onto the doors first'", over(GOPRO2, 22))
case("broll-nikon-wall", "DSC_0417 over the wall strap sentence", over(NIKON, 21))
case("broll-screenrec-camlock", "the youtube screen recording over the cam locks sentence where i say drop them in with the arrow",
     over(SCREENREC, 9))
case("broll-screenrec-instructions", "Screen_Recording_20260815_093022_YouTube over the bit about forty pages of cartoon men", over(SCREENREC, 1))
case("broll-snap-sorry", "put my snapchat over where daddy says sorry thats my daughter", over(SNAP, 8))
case("broll-snap-hammer", "Snapchat-1587340921 over the daughter wanting the hammer line thx", over(SNAP, 8))
case("broll-imovie-femi", "My Movie 3 over the bit where our kid reckons Femis still got it like that", over(IMOVIE, 14))
case("broll-imovie-buzzing", "'My Movie 3.mp4' on top of 'I'm buzzing with it, to be honest'", over(IMOVIE, 31))
case("broll-boxes-flatpack", "the whatsapp pic of the boxes in the hall over where he says it came flat packed in three massive boxes",
     over(BOXES_PIC, 1))
case("broll-boxes-intro", "IMG-20260815-WA0003 over the very first line, the hello im olu bit", over(BOXES_PIC, 0))
case("broll-hinges-adjust", "hinges bit USE THIS ONE over 'you adjust the doors with the middle one and the back one'", over(HINGES, 24),
     note="the good take, not the abandoned sentence 23 that starts the same way")
case("broll-hinges-middle", "the USE THIS ONE clip (hinges) over the middle screw moves the door left and right sentence", over(HINGES, 25))
case("broll-hinges-gap", "hinges clip over 'until the gap between the doors is the same all the way down'", over(HINGES, 26))
case("broll-backpanel-slide", "back_panel_v2 over 'You slide the back panel into the grooves'", over(BACKPANEL, 16))
case("broll-backpanel-cardboard", "the back panel video over the cardboard pretending to be wood line, its dead funny", over(BACKPANEL, 15))
case("broll-backpanel-corner", "Could the back panel clip go over the sentence about measuring corner to corner?", over(BACKPANEL, 17))
case("broll-finished-rightwayup", "product shot (the finished wardrobe clip) over 'it's the right way up, Femi'", over(FINISHED, 32),
     note="social media manager: the product shot is 20260815_124830, the finished wardrobe")
case("broll-finished-rail", "20260815_124830 over the hanging rail and the shelf on the pegs line", over(FINISHED, 28))
case("broll-finished-howto", "the finished wardrobe clip over 'that's how you put a flat-pack wardrobe together'", over(FINISHED, 33))
case("broll-allenhunt-forty", "allen key hunt over where i say forty minutes of it was looking for the allen key, obviously", over(ALLENHUNT, 30))
case("broll-allenhunt-sofa", "the sofa cushions video over the six millimetre allen key sentence", over(ALLENHUNT, 4))
case("broll-instruct-start", "flipping thru instructions over 'before you start'", over(INSTRUCT, 2))
case("broll-instruct-upside", "the instructions clip over the proper upside down line, with the rail by the floor", over(INSTRUCT, 13))
case("broll-gp01-ceiling", "gopro part two over mind the ceiling light", over(GOPRO2, 20))
case("broll-cams-halfturn", "the cam lock phone clip over the half a turn bit pls", over(CAMS, 10))

# --- times and positions ---------------------------------------------------------------------------
case("time-dowels-mmss", "20260815_101512 at 0:27", on(DOWELS, start=at("0:27")))
case("time-cams-minsec", "Please insert 20260815_101947.mp4 at 0 min 45 s.", on(CAMS, start=at("0 min 45 s")))
case("time-gopro-secs", "GOPR0345 at 11s", on(GOPRO1, start=at("11s")))
case("time-gp01-colons", "GP010345 at 00:01:38", on(GOPRO2, start=at("00:01:38")))
case("time-hinges-words", "the hinges USE THIS ONE clip at two minutes one", on(HINGES, start=at("two minutes one")))
case("time-backpanel-min", "back_panel_v2 at 1 min 21", on(BACKPANEL, start=at("1 min 21")))
case("time-finished-adread", "product shot at 2:28 for the ad read, the finished wardrobe clip", on(FINISHED, start=at("2:28")))
case("time-screenrec-45", "youtube screen recording at 45s", on(SCREENREC, start=at("45s")))
case("time-snap-tolu", "put my snapchat at 0:41 daddy", on(SNAP, start=at("0:41")))
case("time-nikon-bare", "DSC_0417 at 106", on(NIKON, start=at("106")))
case("time-boxes-5s", "IMG-20260815-WA0003.jpg at 0:05 for 4 seconds", on(BOXES_PIC, start=at("0:05"), within=[at("0:05"), at("0:05") + 4.0]))
case("time-allen-about", "allen key hunt somewhere round 2:30, doesnt have to be spot on", on(ALLENHUNT, start=at("2:30"), tol=1.5))
case("time-instruct-timecode", "flipping thru instructions.mp4 at 00:00:10:15 (30 fps)", on(INSTRUCT, start=at("00:00:10:15")))
case("time-sfx-hammer", "hammer tap sound effect at 31.5 secs", on(SFX, role=None, start=at("31.5 secs")))
case("time-dowels-2s-after", "bring the dowels clip in 2 seconds after I start saying 'First job'",
     on(DOWELS, start=r(SEG[5].start + 2.0), tol=0.3))
case("time-hinges-1s-after", "hinges bit USE THIS ONE one second after he starts 'The middle screw moves the door'",
     on(HINGES, start=r(SEG[25].start + 1.0), tol=0.3))
case("time-finished-before-end", "finished wardrobe clip 5 seconds before the end", on(FINISHED, start=r(D - 5.0), tol=0.3))
case("time-imovie-words", "My Movie 3 at one minute ten", on(IMOVIE, start=at("one minute ten")))
case("pos-boxes-open", "open on the whatsapp photo of the boxes, before my face comes in", on(BOXES_PIC, start=0.0))
case("pos-finished-last", "the last thing people see should be the finished wardrobe clip", on(FINISHED, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-gopro-middle", "GOPR0345 slap bang in the middle of the video", on(GOPRO1, start=r(D / 2), tol=1.5))
case("pos-sfx-littletap", "the hammer tap sound right on 'just a little tap'", on(SFX, role=None, overlaps=list(phrase(6, "just a little tap"))))
case("pos-sfx-shove", "hammer noise when i say 'a proper shove with my hip' haha", on(SFX, role=None, overlaps=list(phrase(18, "a proper shove with my hip"))))
case("pos-sfx-playhead", "put the hammer tap sound in here where the playhead is", on(SFX, role=None, start=88.0), playhead=88.0)
case("pos-title-playhead", "text 'SPONSORED' at the playhead", title("SPONSORED", start=140.0), playhead=140.0)
case("pos-selected-bw", "make the highlighted one black and white", bw(CAMS),
     setup=[ins("m2", 27.0), ins("m3", 44.0)], selection=["c4"], note="c4 is 20260815_101947.mp4 (setup makes c3, c4)")
case("pos-selected-fast", "the one I've selected, double speed please", {"speed": {"media": HINGES, "value": 2.0}},
     setup=[ins("m12", 81.0), ins("m11", 121.0)], selection=["c4"], note="c4 is the hinges clip")
case("pos-title-hinges", "title 'Step 4: Hinges' right as he says 'Next the doors'", title("Step 4: Hinges", start=SEG[22].start))

# --- cuts: fillers, tics, the retake, pauses, sentences, phrases, ranges by time and words ----------
case("cut-fillers", "cut all the ums and uhs", FILLERS)
case("cut-fillers-olu", "get shut of all me ums and errs, i sound like i dont know what im on about", FILLERS)
case("cut-fillers-sade", "Please remove every filler word (um, uh) from Olu's talking.", FILLERS)
case("cut-fillers-tolu", "daddy says UM loads can u take them all out and the UHS", FILLERS)
case("cut-fillers-brand", "clean up the ums/uhs throughout pls, needs to feel polished for the partnership", FILLERS)
case("cut-fillers-typo", "remvoe the umms and uhhs", FILLERS)
case("cut-ums-only", "just the ums, leave the uhs in", UMS)
case("cut-uhs-only", "Please take out the four 'uh's only; the 'um's can stay.", UHS)
case("cut-um-forty", "the um before 'about forty pages', cut that one", filler_in(1))
case("cut-uh-allen", "theres an uh in the allen key sentence after 'but', lose it", filler_in(4))
case("cut-um-halfturn", "cut the um just before 'about half a turn'", filler_in(10))
case("cut-uh-nail", "the uh in 'into the grooves, and, uh, then you nail it down'", filler_in(16))
case("cut-um-centimetre", "Please delete the 'um' in the sentence where he says the measurements were out by about a centimetre.", filler_in(18))
case("cut-um-deadeasy", "remove the um before dead easy", filler_in(28))
case("cut-uh-sothats", "the uh right after 'So,' near the end, when i wrap up", filler_in(33))
case("cut-um-mither", "theres an um before dont mither me, cut it", filler_in(34))
case("cut-ykwim-all", "i say 'you know what i mean' way too much, cut every one", phrases_cut(YKWIMS), note="three: sentences 0, 6 and 29")
case("cut-ykwim-hammer", "cut 'you know what I mean' from the don't go mad with the hammer sentence", phrase_cut(6, "you know what i mean"))
case("cut-ykwim-handles", "take 'you know what i mean' out of the handles line", phrase_cut(29, "you know what i mean"))
case("cut-basically-all", "Please remove each instance of the word 'basically' (I count three).", phrases_cut(BASICALLYS, 0.05, 0.25))
case("cut-basically-dowels", "cut the basically from 'First job, basically, is the dowels'", phrase_cut(5, "basically", 0.05, 0.25))
case("cut-basically-cardboard", "the basically in the cardboard pretending to be wood bit, cut it", phrase_cut(15, "basically", 0.05, 0.25))
case("cut-phrase-mint", "cut 'which is mint, to be fair'", phrase_cut(14, "which is mint to be fair"))
case("cut-phrase-tobehonest", "take out 'to be honest' from the buzzing line", phrase_cut(31, "to be honest"))
case("cut-phrase-clothes", "remove 'and he still put his clothes in it' - Femi will kill us", phrase_cut(13, "and he still put his clothes in it"))
case("cut-phrase-hardway", "cut 'I learnt that the hard way, twice'", phrase_cut(11, "i learnt that the hard way twice"))
case("cut-phrase-ceiling-ours", "snip 'I nearly took ours out'", phrase_cut(20, "i nearly took ours out"))
case("cut-phrase-hip", "lose 'so I gave the whole thing a proper shove with my hip', its not very professional",
     phrase_cut(18, "so i gave the whole thing a proper shove with my hip"))
case("cut-phrase-screwlost", "cut 'don't mither me about the screw I lost' at the end, the brand won't want that",
     phrase_cut(34, "don't mither me about the screw i lost"))
case("cut-phrase-cardboard", "delete 'which is basically a massive sheet of cardboard pretending to be wood' - sponsor wont like that",
     phrase_cut(15, "which is basically a massive sheet of cardboard pretending to be wood"))
case("cut-phrase-wherewasi", "cut 'Anyway, where was I, oh yeah'", phrase_cut(15, "anyway where was i oh yeah"))
case("cut-word-proper-one", "remove the word 'proper' from 'get yourself a proper one'", phrase_cut(4, "proper", 0.05, 0.25))
case("cut-word-twice", "cut the word twice at the end of the arrow sentence", phrase_cut(11, "twice", 0.05, 0.25))
case("cut-retake", "cut where I get ahead of meself with the hinges and start again", RETAKE)
case("cut-retake-sade", "There is a false start where Olu says 'no, hang on' about the hinges. Please remove it along with the unfinished sentence.",
     RETAKE)
case("cut-retake-tolu", "daddy sayd the hinjes thing twice take out the rong one", RETAKE)
case("cut-retake-brand", "remove the flub at ~1:55 where he restarts the hinge line", RETAKE)
case("cut-retake-olu", "i fluff the three screws bit first time round, bin that", RETAKE)
case("cut-pauses", "cut out all the long silences", PAUSES)
case("cut-pauses-olu", "theres loads of dead air where im faffing with screws, tighten it all up", PAUSES)
case("cut-pauses-brand", "pacing is slow, kill the gaps between lines throughout", PAUSES)
case("cut-pauses-sade", "Could you shorten every long pause in the talk, please? They add up.", PAUSES)
case("cut-pause-fortytwo", "the gap after 'there should be forty two' goes on a bit", pause_cut(2))
case("cut-pause-chipboard", "shorten the silence after 'or the chipboard splits'", pause_cut(6))
case("cut-pause-twice", "after 'learnt that the hard way, twice' theres a long pause, trim it", pause_cut(11))
case("cut-pause-mint", "long gap after the mint line", pause_cut(14))
case("cut-pause-hip", "the pause after the shove with my hip bit, tighten that", pause_cut(18))
case("cut-pause-doors", "Please shorten the pause after 'the same all the way down'.", pause_cut(26))
case("cut-pause-watching", "shorter pause after 'if you're watching'", pause_cut(32))
case("cut-tolu-interrupt", "cut the bit where i tell Tolu not now", sentence_cut(7))
case("cut-tolu-nearly", "cut 'Yes Tolu, nearly finished, give daddy two minutes.'", sentence_cut(27))
case("cut-tolu-both-lines", "take out where daddy talks to me, both times", {
    "duration_lt": r(D - (SEG[7].end - SEG[7].start - 0.05) - (SEG[27].end - SEG[27].start - 0.05)),
    "duration_gt": r(D - (SEG[7].end - SEG[7].start + PAUSE[7] + 0.35) - (SEG[27].end - SEG[27].start + PAUSE[27] + 0.35))},
     note="Tolu: sentences 7 and 27 are where he speaks to her")
case("cut-sorry-daughter", "delete the sorry thats my daughter sentence", sentence_cut(8))
case("cut-ceiling", "cut the line about the ceiling light", sentence_cut(20))
case("cut-counted", "remove the sentence where I say I counted forty one", sentence_cut(3))
case("cut-strap", "Please remove the sentence about fixing it to the wall with the strap.", sentence_cut(21))
case("cut-measure", "cut 'Measure it corner to corner both ways before you nail it, and if the two numbers match, it's square.'", sentence_cut(17))
case("cut-middle-screw", "lose the middle screw moves the door left and right bit", sentence_cut(25))
case("cut-handles", "take out the handles sentence", sentence_cut(29))
case("cut-twohalf", "cut where i say it took two and a half hours, makes it look hard", sentence_cut(30))
case("cut-buzzing", "the buzzing line can go", sentence_cut(31))
case("cut-rightwayup", "remove 'And it's the right way up, Femi, if you're watching.'", sentence_cut(32))
case("cut-bunkbed", "cut the drop a comment about the bunk bed sentence", sentence_cut(34))
case("cut-tara", "cut cheers tara at the end", {"duration_lt": r(D - (SEG[35].end - SEG[35].start - 0.05)),
                                                   "duration_gt": r(D - (SEG[35].end - SEG[35].start + PAUSE[35] + 0.6))},
     note="the last sentence: a cut that also trims the tail silence after it is fine")
case("cut-cartoon", "cut the line about the instructions being forty pages of cartoon men", sentence_cut(1))
case("cut-first-job", "the first job dowels sentence, cut it", sentence_cut(5))
case("cut-bite", "Please delete the sentence beginning 'If it doesn't bite'.", sentence_cut(11))
case("cut-ourkid", "cut the our kid reckons line", sentence_cut(14))
case("cut-femi-tangent", "cut the whole story about Femi building it upside down, from 'my brother-in-law Femi' to 'which is mint'",
     sentence_cut(12, 14))
case("cut-femi-tangent-olu", "lose the femi tangent, the three lines where i have a go at him for building his upside down", sentence_cut(12, 14),
     note="12-14; the callback at 32 is a separate line")
case("cut-range-secs", "cut 72s to 80s", {"duration_near": [r(D - 8.0), 0.1]})
case("cut-range-sade", "Please remove the section from 1 min 12 s to 1 min 20 s.", {"duration_near": [r(D - 8.0), 0.1]})
case("cut-range-mmss", "take out 2:36 to 2:39", {"duration_near": [r(D - 3.0), 0.1]})
case("cut-range-brand", "remove 0:37-0:41", {"duration_near": [r(D - 4.0), 0.1]})
case("cut-range-words-standup", "cut from 'Now stand it up' up to the end of the ceiling light sentence", sentence_cut(19, 20))
case("cut-range-words-middle", "Please cut from 'The middle screw moves the door' through 'the same all the way down'.", sentence_cut(25, 26))
case("cut-range-words-buzzing", "cut everything from 'I'm buzzing with it' to 'if you're watching'", sentence_cut(31, 32))
case("cut-range-words-tolu", "chop from tolu love not now to the bit where i say she wants the hammer", sentence_cut(7, 8))
case("cut-phrase-clockwise-tolu", "take out SCROOZ MOVES IT IN AND OUT bit", phrase_cut(25, "and the back screw moves it in and out"),
     note="Tolu: the second half of sentence 25")
case("cut-phrase-especially", "cut 'especially with kids about' off the wall strap line", phrase_cut(21, "especially with kids about"))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first4", "chop the first 4 seconds off", {"duration_near": [r(D - 4.0), 0.1]})
case("trim-start-before", "start the video at 'Before you start'", start_at(2))
case("trim-start-firstjob", "Please begin the video at 'First job, basically, is the dowels'; the introduction is too long.", start_at(5))
case("trim-end-sothats", "end it on 'without losing your mind', lose everything after that", end_after(33))
case("trim-end-rightwayup", "finish the vid straight after 'if you're watching'", end_after(32))
case("trim-gopro-5s", "GOPR0345 is too long, 5 secs max",
     {**on(GOPRO1, start=11.0, within=[11.0, 16.0]), "duration_near": [D, 0.05]}, setup=[ins("m4", 11.0)])
case("trim-imovie-shorter", "cut 3 seconds off the end of My Movie 3",
     {**on(IMOVIE, within=[70.0, 75.0]), "duration_near": [D, 0.05]}, setup=[ins("m9", 70.0)])
case("trim-hinges-4s", "hinges clip down to 4 seconds please", {**on(HINGES, start=121.0, within=[121.0, 125.0]), "duration_near": [D, 0.05]},
     setup=[ins("m11", 121.0)])
case("trim-tail-half", "trim half a second of silence off the very end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last word ends 0.78 s before the end, all silence")
case("trim-start-brand", "start it at 0:10 - cut the first ten seconds for the hook", {"duration_near": [r(D - 10.0), 0.1]})
case("move-cams-045", "move 20260815_101947 to 0:45", on(CAMS, start=at("0:45"), count=1), setup=[ins("m3", 60.0)])
case("move-backpanel-later", "nudge back_panel_v2 3 seconds later", on(BACKPANEL, start=84.0, count=1), setup=[ins("m12", 81.0)])
case("move-finished-earlier", "the finished wardrobe clip needs to come in 2 secs earlier", on(FINISHED, start=148.0, count=1),
     setup=[ins("m13", 150.0)])
case("move-nikon-sentence", "line DSC_0417 up with the start of 'Then fix it to the wall'", on(NIKON, start=SEG[21].start, tol=0.3, count=1),
     setup=[ins("m6", 98.0)])
case("move-snap-tolu", "move my snapchat to when daddy says sorry thats my daughter", on(SNAP, start=SEG[8].start, tol=0.5, count=1),
     setup=[ins("m8", 30.0)])
case("reorder-samsung", "wrong order, the dowels clip should come before the cam locks one",
     {**on(DOWELS, start=44.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 50.0, "tol": 1.0}},
     setup=[ins("m3", 44.0), ins("m2", 50.0)])
case("reorder-gopro", "the gopro chapters are the wrong way round, swap them",
     {**on(GOPRO1, start=97.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 105.0, "tol": 1.0}},
     setup=[ins("m5", 97.0), ins("m4", 105.0)])
case("reorder-backpanel-instruct", "swap back_panel_v2 and the flipping thru instructions clip",
     {**on(INSTRUCT, start=81.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 87.0, "tol": 1.0}},
     setup=[ins("m12", 81.0), ins("m15", 87.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-samsung", "crossfade between the two samsung clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 27.0), ins("m3", 33.0)])
case("transition-dip-gopro", "Please add a one-second dip to black between the two GoPro chapters.",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m4", 11.0), ins("m5", 19.0)])
case("transition-wipe", "wipe from the back panel clip into the hinges one", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m12", 115.0), ins("m11", 121.0)])
case("transition-jumpy", "it jumps dead sudden from the allen key hunt into the instructions clip, smooth it out a bit",
     {"transition": {"role": "broll"}}, setup=[ins("m14", 21.0), ins("m15", 26.0)], note="any kind of transition counts")
case("transition-tolu", "make the snapchat go into the wardrobe video all smooth and fadey", {"transition": {"role": "broll"}},
     setup=[ins("m8", 140.0), ins("m13", 145.0)])
case("effect-fadein", "fade in from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "3 sec fade to black at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-warm", "the bedroom light makes me look a bit grey, warm me up", {"effect": {"role": "main", "type": "color"}},
     note="any colour correction on the talk counts")
case("effect-bw-snap", "snapchat in black and white", bw(SNAP), setup=[ins("m8", 41.0)])
case("effect-zoom-boxes", "slow zoom in on the whatsapp photo of the boxes", {"effect": {"media": BOXES_PIC, "type": "zoom"}},
     setup=[ins("m10", 5.0, 4.0)])
case("effect-blur-screenrec", "blur the youtube screen recording, its someone elses video and we cant show it",
     {"effect": {"media": SCREENREC, "type": "blur"}}, setup=[ins("m7", 45.0)])
case("effect-bright-nikon", "DSC_0417 is well dark, brighten it up", {"effect": {"media": NIKON, "type": "color"}}, setup=[ins("m6", 106.0)])
case("effect-normalize", "Please normalise the audio levels of the talking.", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the music in at the start", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "fade the music out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-rotate-hinges", "the hinges clip is sideways, rotate it 90 degrees", {"effect": {"media": HINGES, "type": "rotate", "degrees": 90}},
     setup=[ins("m11", 121.0)])
case("effect-flip-cams", "20260815_101947 is mirrored, flip it", {"effect": {"media": CAMS, "type": "flip"}}, setup=[ins("m3", 44.0)])
case("effect-fadein-finished", "product shot should fade in", {"effect": {"media": FINISHED, "type": "fade_in"}}, setup=[ins("m13", 148.0)])
case("effect-mono-tolu", "make my snapchat ALL GREY like an old film", bw(SNAP), setup=[ins("m8", 41.0)])
case("speed-gopro-4x", "GOPR0345 4x speed, its a timelapse anyway", {"speed": {"media": GOPRO1, "value": 4.0}}, setup=[ins("m4", 11.0)])
case("speed-hinges-half", "slow the hinges clip down to half speed so people can see the screws", {"speed": {"media": HINGES, "value": 0.5}},
     setup=[ins("m11", 121.0)])
case("speed-talk-10pc", "speed the whole talking bit up by 10% for socials", {"speed": {"role": "main", "value": 1.1}})
case("speed-backpanel-2x", "back_panel_v2 double speed", {"speed": {"media": BACKPANEL, "value": 2.0}}, setup=[ins("m12", 81.0)])
case("speed-dowels-075", "Please set 20260815_101512.mp4 to 0.75x speed.", {"speed": {"media": DOWELS, "value": 0.75}}, setup=[ins("m2", 27.0)])
case("speed-snap-slowmo", "make my snapchat slow mo like haf as fast", {"speed": {"media": SNAP, "value": 0.5, }}, setup=[ins("m8", 41.0)],
     note="Tolu: haf = half")

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-24", "music at -24 dB", {"clip_volume": {"role": "music", "db": -24.0}})
case("audio-music-down5", "Please lower the music by 5 dB.", {"clip_volume": {"role": "music", "db": MUSIC_DB - 5.0}})
case("audio-music-up2", "bring the bensound track up 2 dB", {"clip_volume": {"role": "music", "db": MUSIC_DB + 2.0}})
case("audio-music-minus-thirty", "put the music on minus thirty", {"clip_volume": {"role": "music", "db": -30.0}})
case("audio-drowning", "cant hear myself over the music mate", {"clip_volume": {"role": "music", "db": -26.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts")
case("audio-duck", "duck the music under the voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-sade", "Could the music dip whenever Olu is speaking and come back up when he pauses?",
     {"music_envelope_dips_during_speech": DUCK})
case("audio-mute-music", "MUTE THE MUSIC ITS ANOYING", {"track_muted": "music"})
case("audio-voice-up3", "my voice is a bit quiet, up it 3 dB", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down2", "Olu is a little loud; please reduce his voice by 2 dB.", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "ok put the music back", {"track_unmuted": "music"}, history=["mute the music"])
case("audio-music-brand", "music bed -28 under the ad read pls", {"clip_volume": {"role": "music", "db": -28.0}})

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Flat-Pack Wardrobe with Olu\" for the first 5 seconds", title("Flat-Pack Wardrobe with Olu", 0.0, 5.0))
case("title-name", "name caption 'Olu Adeyemi, Manchester' at 0:01 for 4 seconds", title("Olu Adeyemi, Manchester", at("0:01"), 4.0))
case("title-screws", "put '42 screws (I had 41)' on screen at 0:17", title("42 screws (I had 41)", at("0:17")))
case("title-allen", "Please add the caption \"6 mm Allen key\" at 21 s.", title("6 mm Allen key", at("21s")))
case("title-sponsor", "title 'In partnership with Oakhaus Furniture' at 0:00 for 3s",
     title("In partnership with Oakhaus Furniture", 0.0, 3.0))
case("title-tolu", "rite 'DADDY DID IT!!' at 2:33", title("DADDY DID IT!!", at("2:33")))
case("title-height", "text \"180 cm tall!\" from 1:38 to 1:42", title("180 cm tall!", at("1:38"), at("1:42") - at("1:38")))
case("title-endcard", "end card 'Shop the wardrobe - link in bio' for the last 4 seconds", title("Shop the wardrobe - link in bio", r(D - 4.0), 4.0))
case("title-emoji", "caption '🔨 step 1: dowels' at 0:27", title("🔨 step 1: dowels", at("0:27")))
case("title-step-backpanel", "'Step 3: Back panel' as a title when he starts on about the back panel, the anyway where was I bit",
     title("Step 3: Back panel", SEG[15].start))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "Please remove the ums and uhs, and also the false start with the hinges.",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one uh")
case("multi-pauses-duck", "tighten the long pauses and duck the music under me", {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-cams-bw", "20260815_101947 at 0:45 and make it black and white", {**on(CAMS, role=None, start=at("0:45")), **bw(CAMS)})
case("multi-finished-caption", "at 2:28 put the finished wardrobe clip and the text \"Oakhaus Aria wardrobe\"",
     {**on(FINISHED, role=None, start=at("2:28")), **title("Oakhaus Aria wardrobe", at("2:28"))})
case("multi-retake-hinges", "cut my first go at the three screws sentence, then put hinges bit USE THIS ONE over the proper one",
     {**RETAKE, **on(HINGES, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "Please set the music to -22 dB and fade it out at the end.",
     {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-gopro-mute", "gopro timelapse part one at 4x and mute the music", {"speed": {"media": GOPRO1, "value": 4.0}, "track_muted": "music"},
     setup=[ins("m4", 11.0)])
case("multi-trim-title", "cut the first 2 secs then title 'Wardrobe Build' at 0:00",
     {"duration_near": [r(D - 2.0), 0.1], **title("Wardrobe Build", 0.0)})
case("multi-backpanel-fadein", "back_panel_v2 at 1:21 with a fade in",
     {**on(BACKPANEL, role=None, start=at("1:21")), "effect": {"media": BACKPANEL, "type": "fade_in"}})
case("multi-normalize-duck", "Please normalise Olu's voice and lower the music while he talks.",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-femi-ykwim", "lose the femi story and all the you know what i means",
     {"duration_lt": r(D - (SEG[14].end - SEG[12].start - 0.05) - sum(b - a - 0.1 for a, b in (phrase(i, t) for i, t in YKWIMS))),
      "duration_gt": r(D - (SEG[14].end - SEG[12].start + PAUSE[14] + 0.35) - sum(b - a + 0.4 for a, b in (phrase(i, t) for i, t in YKWIMS)))},
     note="Femi story is 12-14; none of the three 'you know what I mean' is inside it")
case("multi-tolu-title-snap", "put my snapchat at 0:41 and rite TOLU WAS HERE on it", {**on(SNAP, role=None, start=at("0:41")),
     **title("TOLU WAS HERE", at("0:41"))})

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(CAMS), history=["put 20260815_101947 at 0:45"])
case("convo-move-it", "nah 2:30 instead", on(FINISHED, start=at("2:30"), count=1), history=["put the finished wardrobe clip at 2:28"])
case("convo-quieter", "still too loud, lower", {"clip_volume": {"role": "music", "db": -26.0, "tol": 3.0}},
     history=["music to -22"], note="judgement: anything from 1 to 7 dB below -22")
case("convo-louder", "now i cant hear it at all, a bit louder", {"clip_volume": {"role": "music", "db": -31.0, "tol": 2.5}},
     history=["music to -34 dB"], note="judgement: louder than -34 but not back above -28")
case("convo-undo", "undo that", {"matches_initial": True}, history=["cut the first 5 seconds"])
case("convo-undo-tolu", "NO DADDY SAYS PUT IT BACK", {"matches_initial": True}, history=["delete the ceiling light sentence"])
case("convo-which-samsung", "the one with the screwdriver, the cam locks", on(CAMS, start=at("0:45")),
     history=["put the samsung clip at 0:45"],
     note="the first turn is ambiguous (three Samsung clips, two look alike) and should ask; the answer means 20260815_101947")
case("convo-which-gopro", "the second chapter, where it gets stood up", on(GOPRO2, start=at("1:38")), history=["gopro clip at 1:38"],
     note="the first turn is ambiguous (GOPR0345, GP010345); the answer means GP010345")
case("convo-title-longer", "keep it up for 6 seconds", title("Wardrobe Wars", 0.0, 6.0), history=["add a title \"Wardrobe Wars\" at the start"])
case("convo-that-fast", "twice as fast that one", {"speed": {"media": INSTRUCT, "value": 2.0}}, history=["flipping thru instructions at 0:10"])
case("convo-same-nikon", "and the same with DSC_0417 at 1:46", on(NIKON, start=at("1:46")), history=["put back_panel_v2 at 1:21"])
case("convo-fade-it", "fade that out", {"effect": {"media": IMOVIE, "type": "fade_out"}}, history=["My Movie 3 at 1:10"])
case("convo-music-too", "same for the music please", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "actually back to normal speed", {**on(GOPRO1, role=None, start=at("0:11")), "speed": {"media": GOPRO1, "value": 1.0}},
     history=["GOPR0345 at 0:11", "make it 3x"])
case("convo-caption-move", "move that caption to 0:19", title("42 screws", at("0:19")), history=["caption \"42 screws\" at 0:17"])
case("convo-other-samsung", "and the dowels one at 0:27", on(DOWELS, start=at("0:27")), history=["put 20260815_101947 at 0:45"])
case("convo-pauses-too", "and the long gaps while youre at it",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["get rid of all the ums and uhs"])
case("convo-retext", "change it to \"Oakhaus Aria - £349\"", title("Oakhaus Aria - £349", at("2:28")),
     history=["add the caption \"Oakhaus Aria\" at 2:28"])
case("convo-where-again", "sorry, what time was that?", {"unchanged": True, "reply_has": [mmss(SEG[12].start)]},
     history=["when do I start talking about Femi?"])
case("convo-not-that-one", "no the other samsung one, the dowels", {**on(DOWELS, start=at("0:27")), "no_clip": {"media": CAMS}},
     history=["put 20260815_101947 at 0:27"], note="a correction: the dowels clip replaces the cam locks clip at 0:27")
case("convo-fadein-it", "and fade it in", {"effect": {"media": HINGES, "type": "fade_in"}}, history=["hinges bit USE THIS ONE at 2:01"])
case("convo-redo", "redo it", UMS, history=["remove all the ums", "undo"], note="redo brings the um cut back (the ums only)")
case("convo-louder-voice", "a touch more", {"clip_volume": {"role": "main", "db": 5.25, "tol": 1.75}},
     history=["turn my voice up 3 dB"], note="judgement: a little louder than +3 (at least +3.5), up to about +7")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is it now", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-length-brand", "whats the runtime? need it under 3 min for reels", {"unchanged": True, "reply_has": [mmss(D)]})
case("question-where-femi", "when do I start on about Femi", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[12].start)]})
case("question-where-backpanel", "At what time does the back panel section begin?",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[15].start)]})
case("question-where-hinges", "wen does daddy do the hinjes", {"unchanged": True, "reply_has": [mmss(SEG[22].start)]})
case("question-where-strap", "timestamp for the wall strap safety bit? legal want it in", {"unchanged": True, "reply_has": [mmss(SEG[21].start)]})
case("question-music-level", "how loud is the music at the minute", {"unchanged": True, "reply_has": ["-18"]})
case("question-unused", "which clips havent i used yet", UNCHANGED)
case("question-um-count", "How many times does Olu say 'um'?", UNCHANGED)
case("question-take2", "did i record the ending twice?", UNCHANGED)
case("question-broll-track", "what's on the b-roll track right now", {"unchanged": True, "reply_has": [GOPRO1, FINISHED]},
     setup=[ins("m4", 11.0), ins("m13", 150.0)])
case("question-thumbnail", "which moment would make the best thumbnail?", UNCHANGED)
case("question-fps", "what frame rate is the project", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "have we got any sound effects", UNCHANGED)
case("question-after-cut", "how long is it after that", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["take out all the ums and uhs"])
case("question-what-did", "what did you just do?", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 4 seconds"])
case("question-retakes", "are there any bits where he starts a sentence again?", UNCHANGED)

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "cheers mate, thats mint", UNCHANGED)
case("chat-sade-thanks", "Thank you, that looks much better.", UNCHANGED)
case("chat-femi", "femi is going to go mad when he sees this haha", UNCHANGED)
case("chat-tolu-hi", "HELLO ITS TOLU", UNCHANGED)
case("chat-tolu-wardrobe", "my wordrobe is pink now and i put my unicorn in it", UNCHANGED)
case("chat-brew", "brb putting the kettle on", UNCHANGED)
case("chat-brand-intro", "Hi! I'm Jess from Oakhaus, Olu's given me access to help with the sponsored cut.", UNCHANGED)
case("chat-thinking", "hmm let me have a think", UNCHANGED)
case("chat-ok", "ok", UNCHANGED)
case("chat-sound", "sound", UNCHANGED, note="Mancunian for 'fine/good'; not a request about audio")
case("chat-sade-bed", "Olu has gone to put Tolu to bed, I'll carry on for a bit.", UNCHANGED)
case("chat-buzzing", "buzzing with that", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-femiclip", "put the video of Femi's upside down wardrobe over the bit about him", UNCHANGED, note="Femi is in no media")
case("nonedit-missing-101513", "20260815_101513.mp4 at 0:30", UNCHANGED, note="the Samsung clips are 101512, 101947, 124830")
case("nonedit-missing-gopr0346", "GOPR0346 at 1:00", UNCHANGED, note="the GoPro files are GOPR0345 and GP010345")
case("nonedit-missing-mymovie2", "My Movie 2 at 0:50", UNCHANGED, note="only My Movie 3")
case("nonedit-missing-backpanel-v1", "use back_panel_v1 instead at 1:21", UNCHANGED, note="only _v2; should ask, not pick v2")
case("nonedit-missing-wa0004", "IMG-20260815-WA0004 at 0:05", UNCHANGED, note="the WhatsApp photo is WA0003")
case("nonedit-missing-drill", "drill sound effect when i do the hinges", UNCHANGED, note="the only sound effect is a hammer tap")
case("nonedit-missing-logo", "add the Oakhaus logo in the top corner", UNCHANGED, note="no logo file in the project")
case("nonedit-missing-drawers", "cut the bit about the drawers", UNCHANGED, note="never said: Femi's story is about the rail and the shelf")
case("nonedit-missing-mirror", "remove the sentence where he talks about fitting the mirror", UNCHANGED, note="never said")
case("nonedit-missing-ikea", "take out where i slag off ikea", UNCHANGED, note="never said")
case("nonedit-missing-sade", "cut the part where Olu mentions me by name", UNCHANGED, note="Sade is never named in the talk")
case("nonedit-missing-foot", "cut where daddy drops the hamer on his foot", UNCHANGED, note="never happens")
case("nonedit-missing-drone", "put the drone shot over the intro", UNCHANGED, note="no drone footage")
case("nonedit-missing-recording2", "Recording (2) as the voiceover at the end", UNCHANGED, note="only Recording (3)")
case("nonedit-offtimeline-sfx", "make the hammer tap quieter", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-snap", "speed up the snapchat", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-take2", "Recording (3) up 3dB", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-screenrec", "blur the youtube screen recording", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-gopro", "fade out GP010345", UNCHANGED, note="only in the bin")
case("nonedit-ambig-samsung", "the samsung clip at 0:50", UNCHANGED, note="three Samsung clips: 101512, 101947, 124830")
case("nonedit-ambig-gopro", "put the gopro footage at 1:00", UNCHANGED, note="two chapters: GOPR0345 and GP010345")
case("nonedit-ambig-closeup", "the close up of the side panel at 0:30", UNCHANGED, note="20260815_101512 and 20260815_101947 are both that")
case("nonedit-ambig-timelapse", "timelapse at 1:40", UNCHANGED, note="both GoPro chapters are timelapses")
case("nonedit-ambig-hammerclip", "the hammer clip at 0:31", UNCHANGED, note="the dowels clip, Tolu's snapchat holding the hammer, or the hammer tap sfx")
case("nonedit-ambig-hammer-line", "cut the hammer sentence", UNCHANGED, note="hammer in 5, 6 and 8")
case("nonedit-ambig-allen", "remove the allen key line", UNCHANGED, note="3, 4 and 30")
case("nonedit-ambig-hinges", "delete the hinges sentence", UNCHANGED, note="22, 23, 24")
case("nonedit-ambig-upside", "cut the upside down line", UNCHANGED, note="12 and 13")
case("nonedit-ambig-backpanel", "remove the back panel sentence", UNCHANGED, note="15 and 16")
case("nonedit-ambig-camlock", "lose the cam lock sentence", UNCHANGED, note="9 and 10")
case("nonedit-ambig-standup", "cut the stand it up line", UNCHANGED, note="19 and 20")
case("nonedit-ambig-tolu", "cut the line where I say Tolu", UNCHANGED, note="0, 7 and 27 name her")
case("nonedit-ambig-arrow", "take out the arrow sentence", UNCHANGED, note="9 and 11")
case("nonedit-ambig-rail", "remove the hanging rail line", UNCHANGED, note="13 and 28")
case("nonedit-ambig-femi", "delete the line where I mention Femi", UNCHANGED, note="12, 14 and 32 name him")
case("nonedit-ambig-proper", "cut the sentence with proper in it", UNCHANGED, note="4, 13, 18, 31")
case("nonedit-inside-filter", "take the dog ears filter off my snapchat", UNCHANGED, setup=[ins("m8", 41.0)],
     note="the filter is burnt into the video")
case("nonedit-inside-logo", "blur just the brand name on the boxes in the whatsapp photo, not the whole pic", UNCHANGED,
     setup=[ins("m10", 5.0, 4.0)])
case("nonedit-inside-man", "remove the other bloke from the youtube screen recording", UNCHANGED, setup=[ins("m7", 45.0)])
case("nonedit-inside-scuff", "theres a scuff on the wardrobe door in the finished clip, can you paint it out", UNCHANGED,
     setup=[ins("m13", 150.0)])
case("nonedit-inside-tolu-voice", "at about 0:38 tolu is shouting off camera, just remove her voice and keep mine", UNCHANGED,
     note="no separate off-camera voice in the talk")
case("nonedit-aspect-916", "make it 9:16 for reels", UNCHANGED, note="no operation changes the frame shape; should say so or ask")
case("nonedit-aspect-square", "can we get a square 1:1 version for the grid", UNCHANGED, note="unsupported; should say so or ask")

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-hinges", "delete everything after the hinges", {"confirm": True})
case("confirm-first-minute", "get rid of the whole first minute", {"confirm": True})
case("confirm-30s-cut", "make a 30 second cut for stories, keep the product shot moments", {"confirm": True})
case("confirm-range", "Please remove 0:30 to 1:30.", {"confirm": True})
case("confirm-before-doors", "everything before 'Next the doors' can go", {"confirm": True})
case("confirm-delete-talk", "delete my talking clip, all of it", {"confirm": True})
case("confirm-last45", "only keep the last 45s", {"confirm": True})
case("confirm-past-two", "cut everything after 2 mins", {"confirm": True})
case("confirm-tolu-all", "DELEET ALL THE BORING BITS", {"confirm": True}, note="judgement: sweeping and vague; should ask")
case("confirm-femi-onwards", "cut from the femi bit to the end", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "z_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)
