"""Writes y_heldout.jsonl from the cases below; every expected time is computed from project Y's
transcript (project_y_knots.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("at 1:05", "65s", "@ 1m 5", "00:01:05", "00:00:47:15", "two minutes ten") are
parsed from the same string the message uses.

    cd evals/y_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_y_suite.py   (writes ../y_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any other suite's phrasing beyond
Q's format). The people typing, roughly a quarter each: Priya herself (fast, Glaswegian, jokey, "wee",
"aye", "dinnae", "gonnae", vague about which bit), Callum her co-instructor (fifty, terse, climbing
jargon: "fig 8", "krab", "belay device insert", no greetings), voice dictation on an Android phone
mishearing a Scottish accent ("figure ate", "clothes hitch", "care a biner", "in ewan", spoken
punctuation or none), and the gym's manager (website and socials: "lower third", "safety disclaimer",
"our logo", "vertical", "under a minute", timecodes like 1:05 or 65s). Bound conventions (the same as Q):
D is the fresh timeline's length (int(T * 30) frames of the talk: 5150 frames = 171.67 s, which
test_project_y.py checks against a real build).
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
    from editor_app.eval.project_y_knots import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_y_knots import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # the fresh timeline: int(171.68 s * 30) = 5150 frames / 30 = 171.67, as built
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 9
MUSIC_DB = -18.0
RETAKE_I = 22  # the abandoned "check the belay device first" sentence; 23 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(FOLLOW, STOPPER, KNOT_PIC, INSTA, OBS, WHATSAPP, SEQ, FIG8, CLOVE, BELAY, FLAKE, PAN, BUCKLES, KN) = (M[i] for i in range(2, 16))

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
    """Seconds for a time as a user types it: '1:05', '00:01:05', '00:00:47:15' (30 fps), '1m 5', '1m05s',
    '65s', '65 secs', '6', 'two minutes ten', 'forty seconds'."""
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
    norm = [w.text.lower().strip(",.?:") for w in words]
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
NUH = NFILL - NUM  # 4
UHS = {"duration_lt": r(D - 0.35 * NUH), "duration_gt": r(D - (0.5 * NUH + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -6.0
RIGHT_SOS = [(0, "right so"), (4, "right so"), (16, "right so"), (25, "right so"), (33, "right so")]
KENS = [(1, "ken"), (12, "ken"), (34, "ken")]


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
    CASES.append({"id": f"y-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-follow-tracing", "the iphone one where im following the rope back round the eight, stick it over the bit where I say tracing the same path",
     over(FOLLOW, 9), note="only IMG_4821's description follows the rope back; IMG_4824 is the stopper")
case("broll-follow-feed", "IMG_4821 over feed the end through both tie in points", over(FOLLOW, 7))
case("broll-4821-dress", "4821 on top of the dressing the knot line", over(FOLLOW, 10))
case("broll-stopper-wrap", "stopper close up over wrap the tail twice round", over(STOPPER, 17))
case("broll-4824-fisherman", "IMG_4824.MOV over the double fishermans line", over(STOPPER, 18))
case("broll-stopper-intro", "put the iphone clip of me wrapping the stopper over where i introduce the stopper knot, the right so the stopper knot bit",
     over(STOPPER, 16))
case("broll-knotpic-fist", "the photo of the finished knot over the fists length of tail sentence", over(KNOT_PIC, 12))
case("broll-knotpic-pull", "IMG_4822 over 'pull each of the strands tight'", over(KNOT_PIC, 11))
case("broll-insta-intro", "360 wide of the lead wall over my intro pls, where i say hiya im priya", over(INSTA, 0))
case("broll-insta-crag", "VID_20260712_143015_00_012 over the real crag sentence", over(INSTA, 32))
case("broll-obs-walls", "2026-07-12 14-30-15.mkv over some walls say you dinnae need a stopper", over(OBS, 19))
case("broll-whatsapp-partner", "kids club whatsapp over the bit where I say you do the partner check every single time", over(WHATSAPP, 20))
case("broll-whatsapp-loud", "put the kids partner check video over say it out loud knot buckles device", over(WHATSAPP, 24))
case("broll-seq-cheers", "Sequence 01 over the cheers see you on the wall at the end", over(SEQ, 36))
case("broll-fig8-number", "fig8 closeup FINAL v3 over 'it should look like a number eight'", over(FIG8, 6))
case("broll-fig8-callum", "fig8 closeup final over the arm's length bit", over(FIG8, 5))
case("broll-clove-loops", "clove hitch krab.mov over make two loops in the rope", over(CLOVE, 26))
case("broll-clove-callum", "krab clip over clip both loops into the carabiner", over(CLOVE, 27))
case("broll-clove-adjust", "clothes hitch care a biner video over the beauty of the clothes hitch part", over(CLOVE, 28),
     note="dictation: 'clothes hitch' is clove hitch, 'care a biner' is carabiner")
case("broll-belay-device", "belay device insert over the corrected check order line, knot buckles device", over(BELAY, 23),
     note="Callum: 'belay device insert' is MVI_0461; the corrected line, not the retake")
case("broll-mvi0461-screwgate", "MVI_0461 over use a screwgate and screw it shut", over(BELAY, 29))
case("broll-flake-rope", "rope_bag_flake over the eleven mil rope sentence", over(FLAKE, 3))
case("broll-flake-need", "rope bag flake clip over the what youll need list near the start", over(FLAKE, 2))
case("broll-pan-keepsalive", "slow pan up the wall over knots for tying in which keeps you alive", over(PAN, 1))
case("broll-pan-halfway", "IMG_4830 over the line where ewan gets halfway up before anyone notices", over(PAN, 14))
case("broll-buckles-check", "harness buckles.mov over check the knot first then the harness buckles", over(BUCKLES, 23))
case("broll-kn-twentytwo", "the 22kN stamp close up over twenty two kilonewtons", over(KN, 30))
case("broll-pxl-dictation", "put the pixel video of the care a biner spine over the bit where she says its rated to twenty two kilonewtons full stop",
     over(KN, 30), note="dictation with spoken punctuation")
case("broll-pan-outwith", "pan up the wall clip over the outwith the gym on a real crag bit", over(PAN, 32))
case("broll-clove-lastone", "Could we have the clove hitch footage over 'last one, the clove hitch' please? Thanks", over(CLOVE, 25))
case("broll-follow-figure-ate", "the iphone follow through clip over then you follow the rope back round the ate comma tracing the exact same path",
     over(FOLLOW, 9), note="dictation: 'the ate' is the eight")
case("broll-knotpic-summary", "finished knot photo over the so thats the figure eight the stopper recap at the end", over(KNOT_PIC, 33))
case("broll-whatsapp-five-pairs", "whatsapp kids vid where i say count the strands five pairs", over(WHATSAPP, 21))

# --- times and positions ---------------------------------------------------------------------------
case("time-4821-mmss", "IMG_4821 at 0:42", on(FOLLOW, start=at("0:42")))
case("time-4824-65s", "IMG_4824 at 65s", on(STOPPER, start=at("65s")))
case("time-clove-hms", "clove hitch krab.mov in at 00:02:04", on(CLOVE, start=at("00:02:04")))
case("time-kn-tc", "PXL_20260712_150212345 at 00:00:47:15", on(KN, start=at("00:00:47:15")))
case("time-insta-1m5", "360 clip @ 1m 5", on(INSTA, start=at("1m 5")))
case("time-whatsapp-words", "whatsapp video at one minute forty", on(WHATSAPP, start=at("one minute forty")))
case("time-fig8-bare", "fig8 closeup at 24", on(FIG8, start=at("24")))
case("time-belay-secs", "MVI_0461 at 111 secs", on(BELAY, start=at("111 secs")))
case("time-seq-colon", "Sequence 01.mp4 at 2:50", on(SEQ, start=at("2:50")))
case("time-sfx-mmss", "carabiner click sound at 2:09", on(SFX, role=None, start=at("2:09")))
case("time-sfx-secs", "clip sfx @ 137.6s", on(SFX, role=None, start=at("137.6s")))
case("time-knotpic-5s", "IMG_4822.jpg at 0:56 for 4 seconds", on(KNOT_PIC, start=at("0:56"), within=[at("0:56"), at("0:56") + 4.0]))
case("time-pan-about", "pan up the wall somewhere round 14s, doesnt need to be exact", on(PAN, start=at("14s"), tol=1.5))
case("time-buckles-2s-after", "bring harness buckles in 2 seconds after I start 'Check the knot first'",
     on(BUCKLES, start=r(SEG[23].start + 2.0), tol=0.3))
case("time-flake-1s-after", "rope flaking clip one second after she starts the eleven millimetre bit",
     on(FLAKE, start=r(SEG[3].start + 1.0), tol=0.3))
case("time-knotpic-before-end", "the knot photo 5 secs before the end", on(KNOT_PIC, start=r(D - 5.0), tol=0.3))
case("time-obs-words", "obs capture at two minutes ten", on(OBS, start=at("two minutes ten")))
case("time-clove-manager", "Can we get the clove hitch video in at 1:25 please, 85s on the timecode", on(CLOVE, start=at("1:25")))
case("pos-insta-open", "open on the 360 wall shot before i appear", on(INSTA, start=0.0))
case("pos-knotpic-last", "last thing on screen should be the photo of the tied knot", on(KNOT_PIC, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-pan-middle", "stick IMG_4830 right in the middle of the video", on(PAN, start=r(D / 2), tol=1.5))
case("pos-sfx-screwgate", "carabiner clip sound right when i say 'screw it shut'", on(SFX, role=None, overlaps=list(phrase(29, "screw it shut"))))
case("pos-sfx-clipboth", "krab snap sfx on 'clip both loops'", on(SFX, role=None, overlaps=list(phrase(27, "clip both loops"))))
case("pos-sfx-playhead", "drop the carabiner sound in here where the playhead is", on(SFX, role=None, start=128.0), playhead=128.0)
case("pos-title-playhead", "caption \"NOT THE GEAR LOOP\" at the playhead", title("NOT THE GEAR LOOP", start=38.0), playhead=38.0)
case("pos-selected-bw", "this one in black and white, the highlighted one", bw(STOPPER),
     setup=[ins("m2", 42.0), ins("m3", 79.0)], selection=["c4"], note="c4 is IMG_4824.MOV (setup makes c3, c4)")
case("pos-selected-slow", "selected clip half speed", {"speed": {"media": CLOVE, "value": 0.5}},
     setup=[ins("m10", 124.0), ins("m5", 6.0, 5.0)], selection=["c3"], note="c3 is clove hitch krab.mov")
case("pos-title-stopper", "title 'Step 2: Stopper knot' just as I say \"Right so, the stopper knot\"", title("Step 2: Stopper knot", start=SEG[16].start))
case("pos-title-clove", "put 'Step 4: Clove hitch' up when she starts 'last one, the clove hitch'", title("Step 4: Clove hitch", start=SEG[25].start))

# --- cuts: fillers, tics, pauses, the retake, sentences, phrases, words, ranges ---------------------
case("cut-fillers", "remove the ums", UMS, note="the ums only (five); the uhs stay")
case("cut-fillers-all", "take out all the ums and uhs", FILLERS)
case("cut-fillers-priya", "pure cringe how many ums and uhs i do, can ye bin the lot", FILLERS)
case("cut-fillers-callum", "strip fillers", FILLERS)
case("cut-fillers-dictation", "remove all the arms and ahs from the video period", FILLERS, note="dictation: 'arms and ahs' is ums and uhs")
case("cut-fillers-manager", "Please remove any hesitations (um, uh, er) so it looks professional for the website.", FILLERS)
case("cut-fillers-typo", "cut teh umms and uhhs thru the whole thing", FILLERS)
case("cut-uhs-only", "just the uhs, leave the ums", UHS)
case("cut-um-need", "the um in the what you'll need list, just that one", filler_in(2))
case("cut-um-ewan", "theres an um right after 'my pal ewan', cut it", filler_in(13))
case("cut-um-fivepairs", "um before count the strands. remove", filler_in(21))
case("cut-um-weefist", "lose the um before 'like a wee fist'", filler_in(27))
case("cut-um-frontdesk", "the um near the very end, before mind and check your knots", filler_in(35))
case("cut-uh-tracing", "delete the uh in the follow the rope back round the eight line", filler_in(9))
case("cut-uh-wrap", "uh in the wrap the tail twice sentence, take it out", filler_in(17))
case("cut-uh-handswidth", "remove the uh before a hands width is plenty", filler_in(31))
case("cut-rightso-first", "cut the 'right so' at the very start, before hiya", phrase_cut(0, "right so"))
case("cut-rightso-all", "I say right so about a hundred times lol, get rid of every one", phrases_cut(RIGHT_SOS),
     note="five: sentences 0, 4, 16, 25 and 33")
case("cut-rightso-end", "lose the right so tacked on the end of the recap", phrase_cut(33, "right so"))
case("cut-rightso-stopper", "remove right so before the stopper knot", phrase_cut(16, "right so"))
case("cut-ken-all", "cut every ken, the americans on insta willnae get it", phrases_cut(KENS), note="three: 1, 12, 34")
case("cut-ken-fist", "the ken after five or six centimetres, bin it", phrase_cut(12, "ken", 0.05, 0.25))
case("cut-ken-dictation", "remove the word can at the end of the fist length sentence", phrase_cut(12, "ken", 0.05, 0.25),
     note="dictation heard 'ken' as 'can'")
case("cut-aye", "cut the 'aye' in the number eight line", phrase_cut(6, "aye", 0.05, 0.25))
case("cut-well-measure", "cut 'measure, well,' where i restart that sentence", phrase_cut(5, "measure well"),
     note="her mid-sentence restart at the arm's length sentence")
case("cut-hiya", "drop the word hiya", phrase_cut(0, "hiya", 0.05, 0.25))
case("cut-phrase-pretzel", "cut 'not a pretzel, not a wee bird's nest'", phrase_cut(6, "not a pretzel not a wee bird's nest"))
case("cut-phrase-tellyou", "remove 'and I'll tell you how I know in a minute'", phrase_cut(8, "and i'll tell you how i know in a minute"))
case("cut-phrase-edinburgh", "take out 'at a wall in Edinburgh', the Edinburgh lot will know who it is", phrase_cut(13, "at a wall in edinburgh"))
case("cut-phrase-penance", "snip 'he buys the coffees now as penance'", phrase_cut(15, "he buys the coffees now as penance"))
case("cut-phrase-how", "cut 'how, I don't know,' from the stopper sentence", phrase_cut(19, "how i don't know"))
case("cut-phrase-fisherman", "remove 'if you know that one, and if you dinnae, dinnae worry'",
     phrase_cut(18, "if you know that one and if you dinnae dinnae worry"))
case("cut-phrase-tenyears", "lose 'even if you've been climbing for ten years'", phrase_cut(20, "even if you've been climbing for ten years"))
case("cut-phrase-ewan-together", "cut 'me and Ewan' out of the kilonewtons line, just say you", phrase_cut(30, "me and ewan"))
case("cut-phrase-pure-daft", "take the words 'a pure daft idea' out", phrase_cut(29, "a pure daft idea"))
case("cut-phrase-quickdraws", "cut no a human", phrase_cut(14, "no a human"))
case("cut-phrase-couch", "remove on the couch", phrase_cut(34, "on the couch"))
case("cut-phrase-dictation", "delete the words feels daft but it works period", phrase_cut(24, "feels daft but it works"),
     note="dictation: 'it' before feels stays; the four words said")
case("cut-pauses", "tighten all the long gaps", PAUSES)
case("cut-pauses-priya", "theres loads of dead air where im fiddling wi the rope, close up the gaps aw the way through", PAUSES)
case("cut-pauses-manager", "The silences make it drag for social media, can you tighten up the pauses?", PAUSES)
case("cut-pauses-dictation", "remove the long silences between sentences", PAUSES)
case("cut-pause-chunky", "gap after the eleven millimetre rope sentence is too long", pause_cut(3))
case("cut-pause-gearloop", "the pause after 'how I know in a minute' drags, shorten it", pause_cut(8))
case("cut-pause-centimetres", "long silence after five or six centimetres, tighten", pause_cut(12))
case("cut-pause-penance", "the gap after the ewan story, before the stopper, cut it down", pause_cut(15))
case("cut-pause-anyway", "pause after tie one anyway. shorten", pause_cut(19))
case("cut-pause-daft", "shorten the pause after it feels daft but it works", pause_cut(24))
case("cut-pause-naebody", "massive gap after naebody to catch your mistakes, close it up", pause_cut(32))
case("cut-retake", "cut where i restart", RETAKE)
case("cut-retake-priya", "i mess up the check order and say im gonnae start that bit again, take out the mess up", RETAKE)
case("cut-retake-callum", "remove the false start on the check order", RETAKE)
case("cut-retake-dictation", "delete the part where she says no wait thats the wrong way round and starts again", RETAKE)
case("cut-retake-quote", "Please cut \"Check the belay device first, then the, uh, no wait, that's the wrong way round\" and the rest of that sentence.", RETAKE)
case("cut-sentence-edinburgh", "take out the ewan gear loop line, the edinburgh one", sentence_cut(13))
case("cut-sentence-pretzel", "cut the pretzel sentence", sentence_cut(6))
case("cut-sentence-fisherman", "delete the line about half a double fishermans", sentence_cut(18))
case("cut-sentence-tenyears", "remove 'Now the partner check, and you do this every single time, even if you've been climbing for ten years.'", sentence_cut(20))
case("cut-sentence-snapgate", "cut the snapgate sentence, its a bit harsh", sentence_cut(29))
case("cut-sentence-couch", "bin the practise at home line", sentence_cut(34))
case("cut-sentence-handswidth", "lose the hands width sentence", sentence_cut(31))
case("cut-sentence-crag", "remove the bit about being outwith the gym on a real crag", sentence_cut(32))
case("cut-sentence-dictation", "delete the sentence about the beauty of the clothes hitch", sentence_cut(28))
case("cut-sentence-kn", "cut the kilonewton line", sentence_cut(30))
case("cut-sentence-dressing", "Could you remove the sentence about dressing the knot? Callum says it confuses beginners", sentence_cut(10))
case("cut-sentence-armslength", "take out the arms length sentence", sentence_cut(5))
case("cut-sentence-quickdraws", "cut the quickdraws line", sentence_cut(14))
case("cut-sentence-daft-loud", "remove say it out loud, it feels daft", sentence_cut(24))
case("cut-sentence-stopper-walls", "take out where I say some walls dont need a stopper, the gym owner wont like that", sentence_cut(19))
case("cut-sentence-secondloop", "delete 'put the second one behind the first' sentence", sentence_cut(26))
case("cut-range-ewan", "cut the whole ewan story, from 'so my pal ewan' to the coffees", sentence_cut(13, 15))
case("cut-range-ewan-slag", "the bit where i slag off ewan, all three sentences, take it oot", sentence_cut(13, 15))
case("cut-range-fisherman-walls", "take out the double fishermans line and the one after it", sentence_cut(18, 19))
case("cut-range-snap-kn", "cut from 'Use a screwgate' to the end of the twenty two kilonewtons line", sentence_cut(29, 30))
case("cut-time-mmss", "cut 1:00 to 1:05 pls", {"duration_near": [r(D - 5.0), 0.1]})
case("cut-time-secs", "remove 37s-41s, it drags", {"duration_near": [r(D - 4.0), 0.1]})
case("cut-word-pure", "cut the word pure from 'pure brilliant', sounds awkward", phrase_cut(3, "pure", 0.05, 0.25))
case("cut-word-basically", "take 'basically' out of the fishermans line", phrase_cut(18, "basically", 0.05, 0.25))
case("cut-sentence-dictation-nots", "delete the sentence well nots for tying in which is the wee bit that keeps you alive", sentence_cut(1),
     note="dictation: 'nots' is knots")
case("cut-phrase-eyes", "remove 'with your eyes shut'", phrase_cut(34, "with your eyes shut"))
case("cut-range-words", "remove everything from 'the beauty of the clove hitch' up to 'a hands width is plenty'", sentence_cut(28, 31))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "chop the first 2 seconds", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-tail-half", "shave half a sec off the very end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last word ends 0.78 s before the end, all silence")
case("trim-range-secs", "remove 100s to 103s", {"duration_near": [r(D - 3.0), 0.1]})
case("trim-range-mmss", "take out 2:30 to 2:32", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-start-figure8", "start the video at 'Right so, first up, the figure eight'", start_at(4))
case("trim-start-dictation", "start the video where she says well knots for tying in", start_at(1))
case("trim-end-recap", "end it on the recap, 'the partner check and the clove hitch, right so', cut everything after", end_after(33))
case("trim-end-cheers", "I'd like it to finish right after the front desk sentence, drop the cheers", end_after(35))
case("trim-4821-4s", "IMG_4821 is too long, make it 4 seconds",
     {**on(FOLLOW, start=42.0, within=[42.0, 46.0]), "duration_near": [D, 0.05]}, setup=[ins("m2", 42.0)])
case("trim-whatsapp-shorter", "trim 3 secs off the whatsapp vid",
     {**on(WHATSAPP, within=[95.0, 100.0]), "duration_near": [D, 0.05]}, setup=[ins("m7", 95.0)])
case("trim-insta-2s", "360 clip down to 2s", {**on(INSTA, start=6.0, within=[6.0, 8.0]), "duration_near": [D, 0.05]}, setup=[ins("m5", 6.0)])
case("move-4824-120", "move IMG_4824 to 1:20", on(STOPPER, start=at("1:20"), count=1), setup=[ins("m3", 100.0)])
case("move-clove-later", "nudge the krab clip 2 seconds later", on(CLOVE, start=126.0, count=1), setup=[ins("m10", 124.0)])
case("move-pan-earlier", "pan up the wall needs to come in 3 secs earlier", on(PAN, start=11.0, count=1), setup=[ins("m13", 14.0)])
case("move-buckles-sentence", "line up harness buckles with the start of 'Check the knot first'",
     on(BUCKLES, start=SEG[23].start, tol=0.3, count=1), setup=[ins("m14", 100.0)])
case("reorder-iphones", "wrong order, the follow through clip goes before the stopper one",
     {**on(FOLLOW, start=79.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 86.0, "tol": 1.0}},
     setup=[ins("m3", 79.0), ins("m2", 86.0)])
case("reorder-clove-kn", "swap the krab clip and the 22kN one", {**on(KN, start=124.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 130.0, "tol": 1.0}},
     setup=[ins("m10", 124.0), ins("m15", 130.0)])
case("reorder-belay-buckles", "harness buckles clip and the belay device one, buckles should come first",
     {**on(BUCKLES, start=105.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 110.0, "tol": 1.0}},
     setup=[ins("m11", 105.0), ins("m14", 111.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-iphones", "crossfade between the two iphone close ups", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 79.0), ins("m3", 86.0)])
case("transition-dip-insta-pan", "dip to black from the 360 clip into the pan up the wall, 1 sec",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m5", 6.0), ins("m13", 14.0)])
case("transition-wipe", "wipe from the krab clip into the kN stamp one", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m10", 124.0), ins("m15", 130.0)])
case("transition-jarring", "the jump from the belay device clip to harness buckles is pure jarring, smooth it", {"transition": {"role": "broll"}},
     setup=[ins("m11", 105.0), ins("m14", 111.0)], note="any kind of transition counts")
case("transition-dissolve", "dissolve from whatsapp into the knot photo", {"transition": {"role": "broll"}},
     setup=[ins("m7", 95.0), ins("m4", 103.0, 4.0)])
case("effect-fadein", "fade in from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "3 second fade to black at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-warm", "the gym lights make me look pure green, can you warm the colour up on me", {"effect": {"role": "main", "type": "color"}},
     note="any colour correction on the talk counts")
case("effect-bw-4821", "IMG_4821 black and white", bw(FOLLOW), setup=[ins("m2", 42.0)])
case("effect-zoom-knotpic", "slow zoom in on the knot photo", {"effect": {"media": KNOT_PIC, "type": "zoom"}}, setup=[ins("m4", 56.0, 4.0)])
case("effect-blur-whatsapp", "blur the kids club video, we dont have photo consent for all of them", {"effect": {"media": WHATSAPP, "type": "blur"}},
     setup=[ins("m7", 95.0)])
case("effect-bright-obs", "the obs capture is too dark, brighten it", {"effect": {"media": OBS, "type": "color"}}, setup=[ins("m6", 89.0)])
case("effect-normalize", "normalise my voice levels", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the music in", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "fade the music out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-mono-pan", "pan clip in monochrome", bw(PAN), setup=[ins("m13", 14.0)])
case("effect-rotate-kn", "the pixel clip is sideways, rotate it 90 clockwise", {"effect": {"media": KN, "type": "rotate", "degrees": 90}},
     setup=[ins("m15", 141.0)])
case("effect-flip-fig8", "fig8 closeup is mirrored, flip it", {"effect": {"media": FIG8, "type": "flip"}}, setup=[ins("m9", 24.0)])
case("effect-bw-dictation", "make the clothes hitch video black and white", bw(CLOVE), setup=[ins("m10", 124.0)])
case("speed-4824-2x", "IMG_4824 2x", {"speed": {"media": STOPPER, "value": 2.0}}, setup=[ins("m3", 79.0)])
case("speed-4821-half", "slow the follow through clip to half speed", {"speed": {"media": FOLLOW, "value": 0.5}}, setup=[ins("m2", 42.0)])
case("speed-talk-10pc", "can my talking go 10% faster, I drag", {"speed": {"role": "main", "value": 1.1}})
case("speed-insta-3x", "360 clip at 3x", {"speed": {"media": INSTA, "value": 3.0}}, setup=[ins("m5", 6.0)])
case("speed-flake-075", "rope_bag_flake 0.75x", {"speed": {"media": FLAKE, "value": 0.75}}, setup=[ins("m12", 14.0)])
case("speed-clove-slowmo", "clove hitch clip in slow mo, quarter speed", {"speed": {"media": CLOVE, "value": 0.25}}, setup=[ins("m10", 124.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-24", "music to -24 dB", {"clip_volume": {"role": "music", "db": -24.0}})
case("audio-music-down4", "music 4dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 4.0}})
case("audio-music-up3", "bring the epidemic track up 3 dB", {"clip_volume": {"role": "music", "db": MUSIC_DB + 3.0}})
case("audio-music-minus30", "set the background music to minus thirty dB", {"clip_volume": {"role": "music", "db": -30.0}})
case("audio-drowning", "the music is drowning me out", {"clip_volume": {"role": "music", "db": -26.5, "tol": 5.5}},
     note="judgement: any cut of 3 to 14 dB on the bed counts")
case("audio-duck", "duck the music under my voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-manager", "Could the music dip when Priya is speaking and come back up in between?", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-dictation", "make the music go quiet when im talking", {"music_envelope_dips_during_speech": DUCK})
case("audio-mute-music", "no music, mute it", {"track_muted": "music"})
case("audio-voice-up3", "my voice up 3 dB", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down2", "im a wee bit shouty, voice down 2 dB", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "actually bring the music back", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Tying In: Knots for Climbers\" over the first 5 seconds", title("Tying In: Knots for Climbers", 0.0, 5.0))
case("title-lowerthird", "lower third with her name 'Priya Sandhu, Climbing Instructor' at 0:01 for 4 seconds",
     title("Priya Sandhu, Climbing Instructor", at("0:01"), 4.0))
case("title-disclaimer", "We need a safety disclaimer at the start: \"Always get your knots checked by a qualified instructor\"",
     title("Always get your knots checked by a qualified instructor", 0.0))
case("title-tail", "put 'fist-length tail (5-6 cm)' on screen at 0:56", title("fist-length tail (5-6 cm)", at("0:56")))
case("title-caps", "text \"NEVER THE GEAR LOOP\" at 37s", title("NEVER THE GEAR LOOP", at("37s")))
case("title-kn", "caption '22 kN' at 2:22", title("22 kN", at("2:22")))
case("title-check", "on screen text 'KNOT. BUCKLES. DEVICE.' at 1:55", title("KNOT. BUCKLES. DEVICE.", at("1:55")))
case("title-endcard", "end card 'Book a lesson at the front desk' for the last 4 seconds", title("Book a lesson at the front desk", r(D - 4.0), 4.0))
case("title-emoji", "text '🧗 tie in right 🧗' at 0:20", title("🧗 tie in right 🧗", at("0:20")))
case("title-step1", "'Step 1: Figure 8 follow through' as a title when I start the figure eight bit", title("Step 1: Figure 8 follow through", SEG[4].start))
case("title-step3", "title \"Step 3: Partner check\" at the start of 'Now the partner check'", title("Step 3: Partner check", SEG[20].start))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "take out the ums and uhs and also the bit where i start the check again",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one uh")
case("multi-pauses-duck", "shorten the long pauses and duck the music under me", {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-4824-bw", "IMG_4824 at 1:20 and make it black and white", {**on(STOPPER, role=None, start=at("1:20")), **bw(STOPPER)})
case("multi-knotpic-caption", "at 0:56 put the knot photo in and the text \"fist of tail\"",
     {**on(KNOT_PIC, role=None, start=at("0:56")), **title("fist of tail", at("0:56"))})
case("multi-retake-buckles", "remove my muddled first go at the check order, then put harness buckles over the proper one",
     {**RETAKE, **on(BUCKLES, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "music to -22 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-whatsapp-mute", "whatsapp clip double speed and mute the music", {"speed": {"media": WHATSAPP, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m7", 95.0)])
case("multi-trim-title", "cut the first 2 secs then put 'Knots 101' at 0:00", {"duration_near": [r(D - 2.0), 0.1], **title("Knots 101", 0.0)})
case("multi-clove-fadein", "clove hitch krab at 2:04 with a fade in",
     {**on(CLOVE, role=None, start=at("2:04")), "effect": {"media": CLOVE, "type": "fade_in"}})
case("multi-normalize-duck", "normalise my voice and duck the music under it", {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-ewan-crag", "cut the edinburgh gear loop sentence and also the real crag one", {
    "duration_lt": r(D - (SEG[13].end - SEG[13].start - 0.05) - (SEG[32].end - SEG[32].start - 0.05)),
    "duration_gt": r(D - (SEG[13].end - SEG[13].start + PAUSE[13] + 0.35) - (SEG[32].end - SEG[32].start + PAUSE[32] + 0.35))})
case("multi-rightso-fillers", "get rid of the ums and uhs and all my right so's",
     {"duration_lt": r(D - 0.35 * NFILL - sum(b - a - 0.1 for a, b in (phrase(i, t) for i, t in RIGHT_SOS))),
      "duration_gt": r(D - (0.5 * NFILL + 1.8) - sum(b - a + 0.4 for a, b in (phrase(i, t) for i, t in RIGHT_SOS)))})

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(STOPPER), history=["put IMG_4824 at 1:20"])
case("convo-move-it", "no, 1:00 instead", on(KNOT_PIC, start=at("1:00"), count=1), history=["put IMG_4822 at 0:56"])
case("convo-quieter", "still too loud", {"clip_volume": {"role": "music", "db": -26.0, "tol": 3.0}}, history=["music to -22"],
     note="judgement: anything from 1 to 7 dB below -22")
case("convo-louder", "cant hear it now, a bit louder", {"clip_volume": {"role": "music", "db": -29.0, "tol": 2.5}},
     history=["set the music to -32 dB"], note="judgement: louder than -32, not back above -26")
case("convo-undo", "naw undo that", {"matches_initial": True}, history=["cut the first 4 seconds"])
case("convo-which-iphone", "the one where im doing the stopper", on(STOPPER, start=at("0:42")), history=["put the iphone clip at 0:42"],
     note="the first turn is ambiguous (IMG_4821, IMG_4824, IMG_4830) and should ask; the answer means IMG_4824")
case("convo-which-harness", "the buckles one", on(BUCKLES, start=at("1:50")), history=["put the harness clip at 1:50"],
     note="the first turn is ambiguous (harness buckles.mov or the two harness close-ups); the answer means harness buckles.mov")
case("convo-title-longer", "leave it up for 6 seconds", title("Knot School", 0.0, 6.0), history=["add a title \"Knot School\" at the start"])
case("convo-that-fast", "make that one twice as fast", {"speed": {"media": CLOVE, "value": 2.0}}, history=["put clove hitch krab.mov at 2:04"])
case("convo-same-kn", "and the same with the 22kN clip at 2:21", on(KN, start=at("2:21")), history=["put the knot photo at 0:56"])
case("convo-fade-it", "fade that out", {"effect": {"media": PAN, "type": "fade_out"}}, history=["put IMG_4830 at 0:14"])
case("convo-music-too", "same for the music", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "actually back to normal speed", {**on(WHATSAPP, role=None, start=at("1:40")), "speed": {"media": WHATSAPP, "value": 1.0}},
     history=["whatsapp video at 1:40", "make it 3x"])
case("convo-caption-move", "move that caption to 0:39", title("gear loop = NO", at("0:39")), history=["caption \"gear loop = NO\" at 0:37"])
case("convo-other-iphone", "and the follow through iphone clip at 0:42", on(FOLLOW, start=at("0:42")), history=["put IMG_4824 at 1:20"])
case("convo-pauses-too", "and the long gaps while youre at it",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)}, history=["cut all the ums and uhs"])
case("convo-retext", "change it to say \"22 kN = 2.2 tonnes\"", title("22 kN = 2.2 tonnes", at("2:22")), history=["add a caption \"22 kN\" at 2:22"])
case("convo-where-again", "sorry what time was that", {"unchanged": True, "reply_has": [mmss(SEG[13].start)]},
     history=["when do i start the ewan story"])
case("convo-not-that-one", "no the other iphone one, the follow through", {**on(FOLLOW, start=at("1:20")), "no_clip": {"media": STOPPER}},
     history=["put IMG_4824 at 1:20"], note="a correction: the follow-through clip replaces the stopper clip at 1:20")
case("convo-fadein-it", "and fade it in", {"effect": {"media": WHATSAPP, "type": "fade_in"}}, history=["put the whatsapp video at 1:40"])
case("convo-redo", "actually redo that", UMS, history=["remove all the ums", "undo"], note="redo brings the um cut back (the ums only)")
case("convo-louder-voice", "a wee bit more", {"clip_volume": {"role": "main", "db": 5.25, "tol": 1.75}}, history=["my voice up 3 dB"],
     note="judgement: a little louder than +3 (at least +3.5), up to about +7")
case("convo-dictation-shorter", "make it shorter 3 seconds", on(INSTA, start=at("0:06"), within=[at("0:06"), at("0:06") + 5.0]),
     history=["put the 360 video at 0:06"], note="dictation word order: three seconds shorter than its 8 s")
case("convo-which-ewan", "the first one, where he ties in to his gear loop", sentence_cut(13),
     history=["cut the sentence with ewan in it"], note="the first turn is ambiguous (13 and 30); the answer means 13")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is it now?", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-ewan", "when do i start going on about ewan", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[13].start)]})
case("question-where-stopper", "what time does the stopper knot section start",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[16].start)]})
case("question-where-clove", "timestamp for the clove hitch part? for the youtube chapters",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[25].start)]})
case("question-where-partner", "where does the partner check bit begin", {"unchanged": True, "reply_has": [mmss(SEG[20].start)]})
case("question-where-kn", "at what point do i say the kilonewtons thing", {"unchanged": True, "reply_has": [mmss(SEG[30].start)]})
case("question-music-level", "how loud is the music set right now", {"unchanged": True, "reply_has": ["-18"]})
case("question-unused", "which clips havent i used yet", UNCHANGED)
case("question-uh-count", "how many times do i say um", UNCHANGED)
case("question-take2", "did i record the ending twice?", UNCHANGED)
case("question-broll-track", "whats on the b-roll track", {"unchanged": True, "reply_has": [FOLLOW, KN]},
     setup=[ins("m2", 42.0), ins("m15", 141.0, 3.0)])
case("question-under-minute", "Is it under a minute yet? The socials need it short", UNCHANGED)
case("question-fps", "what frame rate is this project", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "have i got any sound effects", UNCHANGED)
case("question-after-cut", "how long is it after that?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["take out all the ums and uhs"])
case("question-what-did", "what did you just do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 3 seconds"])
case("question-dictation", "question mark how many b roll clips have i got", UNCHANGED)
case("question-is-knot-right", "is my figure eight actually dressed right in the photo", UNCHANGED)

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "cheers pal thats pure magic", UNCHANGED)
case("chat-ewan", "ewan is gonnae be raging when he sees this", UNCHANGED)
case("chat-hello", "hiya", UNCHANGED)
case("chat-coffee", "away for a coffee back in 5", UNCHANGED)
case("chat-callum", "ok", UNCHANGED)
case("chat-manager", "Thanks Priya, this is looking great for the website launch.", UNCHANGED)
case("chat-dictation", "hey google never mind", UNCHANGED)
case("chat-thinking", "hmm let me think aboot it", UNCHANGED)
case("chat-aye", "aye", UNCHANGED)
case("chat-callum-now", "callum here now, priya's away teaching", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-ewanclip", "put the clip of ewan hanging off his gear loop over the edinburgh bit", UNCHANGED, note="Ewan is in no media")
case("nonedit-missing-4823", "add IMG_4823.MOV at 1:00", UNCHANGED, note="the iPhone files are 4821, 4822 (still), 4824, 4830")
case("nonedit-missing-fig8v2", "fig8 closeup FINAL v2 at 0:24", UNCHANGED, note="only v3 is in the bin; should ask, not pick v3")
case("nonedit-missing-seq02", "Sequence 02.mp4 over the intro", UNCHANGED, note="only Sequence 01")
case("nonedit-missing-logo", "add our logo in the bottom corner", UNCHANGED, note="no logo file in the project")
case("nonedit-missing-drone", "put the drone shot of the building over the intro", UNCHANGED, note="no drone footage")
case("nonedit-missing-bowline", "cut the bit where i talk about the bowline", UNCHANGED, note="never said")
case("nonedit-missing-autobelay", "delete the section on auto belays", UNCHANGED, note="never said")
case("nonedit-missing-chalk", "remove the line about chalk bags", UNCHANGED, note="never said")
case("nonedit-missing-glasgowgym", "cut where callum explains the belay", UNCHANGED, note="Callum never speaks in the talk")
case("nonedit-missing-whistle", "whistle sound effect at 0:10", UNCHANGED, note="the only sound effect is a carabiner clip")
case("nonedit-missing-recording6", "use New Recording 6 for the ending", UNCHANGED, note="only New Recording 7")
case("nonedit-missing-dictation", "cut the part about the figure nine note", UNCHANGED, note="never said: she ties a figure eight")
case("nonedit-missing-gopro", "GOPR0032.MP4 at 0:30", UNCHANGED, note="no GoPro file")
case("nonedit-offtimeline-sfx", "carabiner clip sound a bit quieter", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-whatsapp", "speed up the whatsapp video", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-take2", "New Recording 7 needs 3dB more", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-obs", "fade out the obs capture", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-4821", "IMG_4821 in black and white", UNCHANGED, note="IMG_4821 is only in the bin")
case("nonedit-ambig-iphone", "the iphone clip at 1:05", UNCHANGED, note="IMG_4821, IMG_4824 and IMG_4830 are all iPhone clips")
case("nonedit-ambig-img", "put the IMG_482 one at 0:45", UNCHANGED, note="IMG_4821, IMG_4822, IMG_4824")
case("nonedit-ambig-harnesscloseup", "close up of the harness tie in points at 0:33", UNCHANGED, note="IMG_4821 and IMG_4824 share that description")
case("nonedit-ambig-carabiner", "put the carabiner clip at 2:15", UNCHANGED,
     note="clove hitch krab.mov, the 22 kN close-up, the belay device clip and the carabiner clip sound effect")
case("nonedit-ambig-gearloop", "cut the gear loop sentence", UNCHANGED, note="gear loop in 8, 13, 14")
case("nonedit-ambig-stopper", "delete the stopper line", UNCHANGED, note="16, 19, 33")
case("nonedit-ambig-clove", "remove the clove hitch sentence", UNCHANGED, note="2, 25, 28, 31, 33")
case("nonedit-ambig-ewan", "cut the sentence where i mention ewan", UNCHANGED, note="13 and 30")
case("nonedit-ambig-tail", "lose the tail sentence", UNCHANGED, note="12, 16, 17, 31")
case("nonedit-ambig-strands", "cut the strands line", UNCHANGED, note="10, 11, 21, 27")
case("nonedit-ambig-daft", "remove the daft sentence", UNCHANGED, note="24 and 29")
case("nonedit-ambig-partner", "take out the partner check sentence", UNCHANGED, note="15, 20, 33")
case("nonedit-ambig-screwgate", "cut the screwgate line", UNCHANGED, note="23 and 29")
case("nonedit-ambig-tight", "delete the pull it tight sentence", UNCHANGED, note="11 and 27")
case("nonedit-ambig-belay", "remove the belay device sentence", UNCHANGED, note="22 (the retake) and 23")
case("nonedit-ambig-rightso", "cut the right so", UNCHANGED, note="five of them; which one")
case("nonedit-ambig-dictation", "delete the sentence about the care a biner", UNCHANGED, note="carabiner in 2, 27, 28, 30")
case("nonedit-inside-face", "blur just the wee boy in the red top in the whatsapp video", UNCHANGED, setup=[ins("m7", 95.0)],
     note="one person inside a clip; a blur of the whole clip would be an edit they did not ask for")
case("nonedit-inside-rope", "can you make the rope in the fig8 clip blue instead of orange", UNCHANGED, setup=[ins("m9", 24.0)])
case("nonedit-inside-photo", "theres a chalk smudge on the harness in the knot photo, remove it", UNCHANGED, setup=[ins("m4", 56.0, 4.0)])
case("nonedit-inside-beep", "the auto belay beeps at about 1:30, take the beep out", UNCHANGED, note="no such sound in the talk")
case("nonedit-inside-hair", "my hair is a mess around 0:40, fix it", UNCHANGED)
case("nonedit-unsupported-vertical", "make it vertical for instagram reels", UNCHANGED, note="judgement: should ask or say it cannot")
case("nonedit-unsupported-post", "post it to our facebook page when its done", UNCHANGED)
case("nonedit-unsupported-email", "email the final version to the gym manager", UNCHANGED)

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-under-minute", "It needs to be under a minute for socials, cut whatever you need", {"confirm": True})
case("confirm-after-stopper", "delete everything after the stopper knot section starts", {"confirm": True})
case("confirm-first-minute", "get rid of the whole first minute", {"confirm": True})
case("confirm-range", "cut 0:40 to 1:40", {"confirm": True})
case("confirm-before-partner", "everything before 'Now the partner check' can go", {"confirm": True})
case("confirm-delete-talk", "delete the main clip, all of it", {"confirm": True})
case("confirm-last30", "keep only the last 30 seconds", {"confirm": True})
case("confirm-past-two", "cut everything past 2 min", {"confirm": True})
case("confirm-dictation", "delete everything after the clothes hitch", {"confirm": True})
case("confirm-manager-65", "Trim it down to 65s for the website hero video", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "y_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)
