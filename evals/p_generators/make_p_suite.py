"""Writes p_heldout.jsonl from the cases below; every expected time is computed from project P's
transcript (project_p_ukulele.SCRIPT through talk_project.timed_script), never typed by hand. Times
a user types in a message ("at 1:20", "@ 54s", "00:01:28:15", "2 min 4", "a minute in") are parsed
from the same string the message uses.

    cd evals/p_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_p_suite.py   (writes ../p_heldout.jsonl)

Written blind (without reading the planner), in the structure of suite O's generator; every message
and the person typing them are new (a teenager's project: her, her friends, her mum and a few
British and American strangers helping). Bound conventions (the same as suites H to O): D is the
fresh timeline's length (the built talk file holds int(T * 30) frames, T being timed_script's total,
and the timeline is those frames; for this talk that is 4451 frames = 148.37 s, which
test_project_p.py checks against a real build).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05
Ducking is checked at -6 dB (or -11.5 for "12 dB"), which an envelope read as an offset or as an
absolute level both reach, since the bed already sits at -18 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_p_ukulele import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_p_ukulele import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # the fresh timeline: int(148.38 s * 30) = 4451 frames / 30 = 148.37, as built
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 8
MUSIC_DB = -18.0
RETAKE_I = 24  # the abandoned sentence; 25 is the good take

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m14
(HEAD_NEW, HEAD_OLD, SNIP, SCREENREC, ZOOM, KNOT, STRETCH, UNBOX, TUNER, WIPE, BED_PIC, CHART, STICKY) = (
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
    total = 0
    for part in re.split(r"[\s-]+", text.strip()):
        if part in ("and", "a"):
            continue
        total += NUMBER_WORDS[part]
    return total


def at(text: str) -> float:
    """Seconds for a time as a user types it: '1:20', '00:01:20', '00:01:28:15' (30 fps), '1m5', '2 min 4',
    '54s', '127.5 secs', '95', 'two minutes twenty', 'a minute in', 'thirty five seconds'."""
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
    CASES.append({"id": f"p-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts described by what is said, what the media shows, or loose file names -------
case("broll-headnew-wind", "the gopro shot where the new string is winding on, over 'wind the string so it comes off the inside of the peg'",
     over(HEAD_NEW, 16), note="only GX010612's description has the new string winding on; GX010615 shows the old strings")
case("broll-headnew-thread", "put the headstock clip with the new string going on over where i thread it thru the little hole in the post",
     over(HEAD_NEW, 14))
case("broll-612-gcea", "GX010612 over the tune to G C E A line", over(HEAD_NEW, 19))
case("broll-headold-loosen", "could you pop the gopro clip of the floppy old strings over 'First, loosen each peg'", over(HEAD_OLD, 5))
case("broll-615-unwind", "GX010615.MP4 over pull the ends out of the bridge and unwind whats left", over(HEAD_OLD, 8))
case("broll-615-birthday", "gx010615 over the bit where i say the strings havent been changed since my birthday", over(HEAD_OLD, 1))
case("broll-snip-snip", "the clip of me cutting the strings with nail clippers over the snip sentence", over(SNIP, 6))
case("broll-pxlvid-onetime", "PXL_20260212_194210567 over 'do them one at a time if you're nervous'", over(SNIP, 7))
case("broll-screenrec-aquila", "the screen recording over where i say i bought the aquila strings online for 12 bucks", over(SCREENREC, 4))
case("broll-screenrec-app", "Screen Recording 2026-02-11 at 21.04.37 over the line about using an app on your phone", over(SCREENREC, 20))
case("broll-zoom-comment", "ukulele club zoom call over where i ask ppl to comment about strumming patterns", over(ZOOM, 33))
case("broll-gmt-beginner", "GMT20260210-233015 over the beginner, don't stress about the knot part", over(ZOOM, 31))
case("broll-knot-hardest", "tying the bridge knot over \"Okay, the bridge knot is the hardest part, so go slow.\"", over(KNOT, 11))
case("broll-knot-feed", "the knot tying vid over the feed the string thru the bridge and loop it sentence", over(KNOT, 12))
case("broll-knot-tight", "bridge knot video on top of where i pull it tight against the back of the bridge", over(KNOT, 13))
case("broll-stretch-pull", "stretchingStrings over the bit where I pull them away from the fretboard", over(STRETCH, 21))
case("broll-stretch-flat", "stretching strings clip over 'new strings go flat like every five minutes'", over(STRETCH, 22))
case("broll-unbox-need", "new_strings_unboxing over the what-you-need list", over(UNBOX, 3))
case("broll-unbox-aquila", "can the unboxing video cover 'I got these Aquila strings online'", over(UNBOX, 4))
case("broll-tuner-clipon", "tuner closeup over the clip-on tuner line", over(TUNER, 20))
case("broll-tuner-440", "Tuner Closeup FINAL over where i say the notes and 440", over(TUNER, 19))
case("broll-tuner-days", "the tuner close up over the going-out-of-tune-for-3-days sentence", over(TUNER, 23))
case("broll-wipe-gross", "fretboardWipe_v2 over the wiping the fretboard sentence", over(WIPE, 9))
case("broll-wipe-marisol", "the fretboard wipe clip over my Marisol lemon oil aside", over(WIPE, 10))
case("broll-bed-bright", "the photo of the finished uke on my bed over 'it sounds so bright now'", over(BED_PIC, 28))
case("broll-bed-forty", "PXL_20260212_203301045 over how long it took me, the forty minutes bit", over(BED_PIC, 29))
case("broll-bed-goodtake", "finished uke photo over the string slipping line, the proper one not the one I abandon halfway",
     over(BED_PIC, 25))
case("broll-chart-high", "tuning chart screenshot over the sentence where i say the G string is the weird high one", over(CHART, 18))
case("broll-chart-order", "Screenshot_20260211-210812 over 'Start with the G string, then C, then E, then A'", over(CHART, 17))
case("broll-sticky-strum", "strum pattern sticky note.jpg over the strumming patterns video bit at the end", over(STICKY, 33))
case("broll-sticky-sixmonths", "the sticky note pic over where i tell people to change strings every six months", over(STICKY, 30))

# --- times and positions ---------------------------------------------------------------------------
case("time-612-mmss", "GX010612 at 1:16", on(HEAD_NEW, start=at("1:16")))
case("time-615-lead0", "put GX010615 in at 00:26", on(HEAD_OLD, start=at("00:26")))
case("time-knot-secs", "tying the bridge knot @ 54s", on(KNOT, start=at("54s")))
case("time-zoom-words", "zoom recording at two minutes ten", on(ZOOM, start=at("two minutes ten")))
case("time-stretch-words", "stretchingStrings at one minute thirty five", on(STRETCH, start=at("one minute thirty five")))
case("time-unbox-bare", "the unboxing vid at 17", on(UNBOX, start=at("17")))
case("time-wipe-colon", "fretboardWipe_v2 @ 0:43", on(WIPE, start=at("0:43")))
case("time-tuner-timecode", "Tuner Closeup FINAL at 00:01:28:15 (we're on 30fps)", on(TUNER, start=at("00:01:28:15")))
case("time-pluck-min", "pluck sound at 2 min 4", on(SFX, role=None, start=at("2 min 4")))
case("time-pluck-secs", "string pluck sfx at 127.5 secs", on(SFX, role=None, start=at("127.5 secs")))
case("time-snip-minutein", "put the snipping clip a minute in", on(SNIP, start=at("a minute in")))
case("time-bed-4s", "PXL_20260212_203301045.jpg at 2:05 for 4 seconds", on(BED_PIC, start=at("2:05"), within=[at("2:05"), at("2:05") + 4.0]))
case("time-sticky-about", "sticky note photo around 2:20, roughly", on(STICKY, start=at("2:20"), tol=1.5))
case("time-chart-approx", "tuning chart screenshot at 80s-ish, close enough is fine",
     on(CHART, start=at("80"), tol=1.5))
case("time-unbox-3s-into", "unboxing clip starting 3 seconds after I begin the what-you-need sentence",
     on(UNBOX, start=r(SEG[3].start + 3.0), tol=0.3))
case("time-stretch-1s-after", "bring in the stretching clip a second after 'Now stretch each string' starts",
     on(STRETCH, start=r(SEG[21].start + 1.0), tol=0.3))
case("time-bed-before-end", "finished uke photo six seconds before the video ends", on(BED_PIC, start=r(D - 6.0), tol=0.3))
case("pos-headold-open", "first shot of the whole video should be the gopro of the floppy old strings", on(HEAD_OLD, start=0.0))
case("pos-bed-last", "last image should be the finished uke pic", on(BED_PIC, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-zoom-middle", "zoom call at the halfway point of the video", on(ZOOM, start=r(D / 2), tol=1.5))
case("pos-pluck-listen", "line the pluck sfx up with \"listen to the difference\"", on(SFX, role=None, overlaps=list(phrase(27, "listen to the difference"))))
case("pos-pluck-bright", "twang sound right when i say 'it sounds so bright now'", on(SFX, role=None, overlaps=list(phrase(28, "it sounds so bright now"))))
case("pos-pluck-playhead", "drop the pluck sfx in right here", on(SFX, role=None, start=125.0), playhead=125.0)
case("pos-title-playhead", "text \"G C E A\" where the playhead is", title("G C E A", start=88.0), playhead=88.0)
case("pos-selected-bw", "make the one i've got selected black and white", bw(HEAD_NEW),
     setup=[ins("m3", 26.0), ins("m2", 80.0)], selection=["c4"], note="c4 is GX010612.MP4 (setup makes c3, c4)")
case("pos-selected-fast", "selected clip at 2x", {"speed": {"media": STRETCH, "value": 2.0}},
     setup=[ins("m8", 95.0), ins("m9", 17.0)], selection=["c3"], note="c3 is stretchingStrings.mp4")
case("pos-title-loosen", "title 'Step 1: Old strings off' right as I say \"First, loosen each peg\"", title("Step 1: Old strings off", start=SEG[5].start))

# --- cuts: fillers, pauses, the retake, sentences, phrases, ranges ---------------------------------
case("cut-fillers", "cut all the ums and uhs", FILLERS)
case("cut-fillers-pls", "remove every um and uh pls", FILLERS)
case("cut-fillers-hedge", "could you maybe take out the umms and uhhs?? i say them sooo much", FILLERS)
case("cut-fillers-terse", "zero ums zero uhs pls", FILLERS)
case("cut-fillers-british", "take out all the ums and ers would you", FILLERS, note="'er' is the British spelling of uh")
case("cut-um-soprano", "the um at the very start of the soprano uke sentence, cut it", filler_in(1))
case("cut-uh-onetime", "theres an uh right before 'do them one at a time', just remove that one", filler_in(7))
case("cut-um-twothree", "delete the um before 'two or three times'", filler_in(12))
case("cut-uh-outside", "cut the uh in 'of the peg, uh, not the outside'", filler_in(16))
case("cut-um-stretch", "just the um in the stretching sentence please, nothing else", filler_in(21))
case("cut-um-beginner", "there's an um in the if you're a beginner bit, remove only that", filler_in(31))
case("cut-uh-later", "snip the uh right before I'll see you guys later", filler_in(33))
case("cut-youknow", "cut the 'you know' in the two inches of slack sentence", phrase_cut(15, "you know"))
case("cut-soyeah", "the 'so yeah' before I say that's how I restring my uke, cut it", phrase_cut(32, "so yeah"))
case("cut-like-dead", "remove the 'like' in 'mine sounds, like, so dead'", phrase_cut(0, "like", 0.05, 0.25))
case("cut-literally-dull", "take out the word literally from 'you can literally hear how dull it is'", phrase_cut(2, "literally", 0.05, 0.25))
case("cut-honestly-days", "drop 'Honestly' at the start of the first three days sentence", phrase_cut(23, "honestly", 0.05, 0.25))
case("cut-pauses", "the long pauses are killing the pacing, tighten them", PAUSES)
case("cut-pauses-deadair", "cut down the silence between my sentences, there's way too much", PAUSES)
case("cut-pauses-ramble", "ok so every time I stop to like do something with the uke it just sits there in silence and it's boring, "
     "can u shorten all the silences the whole way thru", PAUSES)
case("cut-pause-dull", "the gap after 'how dull it is when I strum it' is wayyy too long", pause_cut(2))
case("cut-pause-marisol", "huge pause after the marisol thing, can you tighten that one", pause_cut(10))
case("cut-pause-fewwraps", "shorten the pause after 'so you get a few wraps around the peg'", pause_cut(15))
case("cut-pause-whip", "trim the silence after the whip you in the face line", pause_cut(6))
case("cut-pause-newuke", "after 'like a whole new ukulele' it's dead silent for ages, shorten it", pause_cut(28))
case("cut-retake", "can u cut out the redo", RETAKE)
case("cut-retake-scratch", "the part where I go 'scratch that, let me say that again', delete it and the broken sentence it belongs to", RETAKE)
case("cut-retake-slipping", "I mess up the string-keeps-slipping line and say it again, remove the messed up one", RETAKE)
case("cut-retake-cockup", "get rid of the bit where I cock up the line about the string slipping", RETAKE)
case("cut-marisol", "remove the marisol story", sentence_cut(10))
case("cut-birthday", "lose the sentence about my fifteenth birthday", sentence_cut(1))
case("cut-cost", "remove the part about how much the strings cost", sentence_cut(4))
case("cut-app", "take out the line where i say a phone app works fine too", sentence_cut(20))
case("cut-threedays", "remove the sentence about it going out of tune for the first three days", sentence_cut(23))
case("cut-forty", "delete the fourty minutes sentence", sentence_cut(29))
case("cut-sixmonths", "cut the line about changing strings every 6 months", sentence_cut(30))
case("cut-highg", "remove the sentence where i say the G string is high not low", sentence_cut(18))
case("cut-dull-quote", "cut 'You can literally hear how dull it is when I strum it.'", sentence_cut(2))
case("cut-nervous", "drop the sentence telling nervous people to do them one at a time", sentence_cut(7))
case("cut-tight-quote", "remove \"Pull it tight so the knot sits right up against the back of the bridge.\"", sentence_cut(13))
case("cut-gross", "i dont want people knowing my fretboard was gross, delete that whole sentence", sentence_cut(9))
case("cut-phrase-embarrassing", "cut the words 'which is kind of embarrassing'", phrase_cut(1, "which is kind of embarrassing"))
case("cut-phrase-nobigdeal", "snip \"no big deal\"", phrase_cut(7, "no big deal"))
case("cut-phrase-whip", "take out 'so they don't whip you in the face' from the snipping sentence", phrase_cut(6, "so they don't whip you in the face"))
case("cut-phrase-wholeyear", "cut 'which confused me for a whole year'", phrase_cut(18, "which confused me for a whole year"))
case("cut-range-loosen-snip", "cut from 'First, loosen each peg' through the end of the snipping sentence", sentence_cut(5, 6))
case("cut-range-difference", "take out 'And that's it, listen to the difference.' plus the next sentence", sentence_cut(27, 28))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "lose the first 2 seconds pls", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-last-second", "shave 1 sec off the end", {"duration_lt": r(D - 0.7), "duration_gt": r(D - 1.2)},
     note="the last word ends 0.78 s before the end: snapping the cut to the silence is as good as a full second")
case("trim-range-secs", "take out 60s to 64s", {"duration_near": [r(D - 4.0), 0.1]})
case("trim-range-mmss", "remove 1:10 to 1:13", {"duration_near": [r(D - 3.0), 0.1]})
case("trim-start-need", "i want it to begin at 'Okay, so you need a new set of strings'", start_at(3))
case("trim-end-helped", "finish the video on 'I hope that helped', nothing after", end_after(32))
case("trim-end-easier", "video should end at 'it gets easier every time'", end_after(31))
case("trim-615-4s", "make GX010615 4 seconds long, it's dragging",
     {**on(HEAD_OLD, start=26.0, within=[26.0, 30.0]), "duration_near": [D, 0.05]}, setup=[ins("m3", 26.0)])
case("trim-zoom-shorter", "shorten the zoom clip by 4 seconds",
     {**on(ZOOM, within=[130.0, 135.0]), "duration_near": [D, 0.05]}, setup=[ins("m6", 130.0)])
case("trim-unbox-3s", "cut the unboxing clip down to 3 secs",
     {**on(UNBOX, start=17.0, within=[17.0, 20.0]), "duration_near": [D, 0.05]}, setup=[ins("m9", 17.0)])
case("move-612-116", "move GX010612 to 1:16", on(HEAD_NEW, start=at("1:16"), count=1), setup=[ins("m2", 70.0)])
case("move-knot-later", "push the knot clip 2 secs later", on(KNOT, start=56.0, count=1), setup=[ins("m7", 54.0)])
case("move-tuner-earlier", "tuner closeup should come in 3 seconds sooner", on(TUNER, start=88.0, count=1), setup=[ins("m10", 91.0)])
case("move-stretch-sentence", "line up the start of the stretching clip with 'Then tune it again'",
     on(STRETCH, start=SEG[22].start, tol=0.3, count=1), setup=[ins("m8", 95.0)])
case("reorder-gopros", "flip the order of the gopro clips, old floppy strings first then the new string going on",
     {**on(HEAD_OLD, start=26.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 33.0, "tol": 1.0}},
     setup=[ins("m2", 26.0), ins("m3", 33.0)])
case("reorder-unbox-screen", "swap new_strings_unboxing and the screen recording round",
     {**on(SCREENREC, start=17.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 23.0, "tol": 1.0}},
     setup=[ins("m9", 17.0), ins("m5", 22.0)])
case("reorder-stretch-first", "tuner closeup and stretching clip: I want stretching first",
     {**on(STRETCH, start=91.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 96.0, "tol": 1.0}},
     setup=[ins("m10", 91.0), ins("m8", 97.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-gopros", "cross dissolve where the two gopro clips meet", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m3", 26.0), ins("m2", 33.0)])
case("transition-dip-snip-wipe", "dip to black between the snipping clip and the fretboard wipe, half a second",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 0.5}}, setup=[ins("m4", 28.0), ins("m11", 34.0)])
case("transition-wipe", "wipe transition from the knot video to the stretching one", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m7", 54.0), ins("m8", 60.0)])
case("transition-smooth", "the jump from the unboxing clip to the snipping clip is kinda harsh, can you smooth it out",
     {"transition": {"role": "broll"}}, setup=[ins("m9", 20.0), ins("m4", 25.0)])
case("transition-dissolve", "dissolve from the zoom call into the finished uke pic", {"transition": {"role": "broll"}},
     setup=[ins("m6", 130.0), ins("m12", 139.0, 3.0)])
case("effect-fadein", "start the video from black, fading in", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "fade to black over 3 secs at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-colour", "i look so yellow from my lamp, colour correct me", {"effect": {"role": "main", "type": "color"}})
case("effect-bw-615", "GX010615 → b/w", bw(HEAD_OLD), setup=[ins("m3", 26.0)])
case("effect-zoom-chart", "slowly push in on the tuning chart screenshot", {"effect": {"media": CHART, "type": "zoom"}},
     setup=[ins("m13", 80.0, 4.0)])
case("effect-blur-zoomcall", "the kids in the zoom call need blurring, their parents never said ok",
     {"effect": {"media": ZOOM, "type": "blur"}}, setup=[ins("m6", 130.0)])
case("effect-dim-screenrec", "brighten the screen recording, you cant see anything", {"effect": {"media": SCREENREC, "type": "color"}},
     setup=[ins("m5", 20.0)])
case("effect-normalize", "normalize my voice", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the beat in", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "can the beat fade away at the very end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-grey-snip", "greyscale on the snipping clip", bw(SNIP), setup=[ins("m4", 28.0)])
case("effect-kenburns-sticky", "add a ken burns move to the sticky note pic", {"effect": {"media": STICKY, "type": "zoom"}},
     setup=[ins("m14", 142.0, 3.0)])
case("speed-stretch-2x", "stretchingStrings 2x", {"speed": {"media": STRETCH, "value": 2.0}}, setup=[ins("m8", 95.0)])
case("speed-612-half", "GX010612 at half speed", {"speed": {"media": HEAD_NEW, "value": 0.5}}, setup=[ins("m2", 76.0)])
case("speed-talk-10pc", "can my whole talking part play 10% faster, i talk so slow lol", {"speed": {"role": "main", "value": 1.1}})
case("speed-zoom-3x", "3x the zoom call", {"speed": {"media": ZOOM, "value": 3.0}}, setup=[ins("m6", 130.0)])
case("speed-tuner-08", "tuner clip 0.8x", {"speed": {"media": TUNER, "value": 0.8}}, setup=[ins("m10", 91.0)])
case("speed-snip-slowmo", "snipping clip at 25% speed for a slo-mo", {"speed": {"media": SNIP, "value": 0.25}}, setup=[ins("m4", 28.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-24", "set the music at -24 dB", {"clip_volume": {"role": "music", "db": -24.0}})
case("audio-beat-down3", "lofi beat 3dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 3.0}})
case("audio-music-up5", "music +5 dB", {"clip_volume": {"role": "music", "db": MUSIC_DB + 5.0}})
case("audio-music-minus20", "put the backing track at minus twenty", {"clip_volume": {"role": "music", "db": -20.0}})
case("audio-duck", "auto-duck the lofi under my voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-hedge", "could the beat maybe get softer while I'm talking and louder again when I stop?",
     {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-12", "lower the music by 12 dB only while I'm speaking", {"music_envelope_dips_during_speech": -11.5})
case("audio-mute-music", "kill the music completely, mute it", {"track_muted": "music"})
case("audio-voice-up3", "boost my voice by 3 dB, it's quiet", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down2", "I'm distorting when I get excited, drop my voice 2 dB", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "bring the music back, unmute", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "opening title \"Restringing My Uke\", first 4 seconds", title("Restringing My Uke", 0.0, 4.0))
case("title-name", "name tag 'Kaylee B. • 16 • Columbus, OH' at 0:01, 5 secs", title("Kaylee B. • 16 • Columbus, OH", at("0:01"), 5.0))
case("title-notes", "put text 'G C E A' on screen at 1:27", title("G C E A", at("1:27")))
case("title-caps", "caption \"DON'T FORGET TO STRETCH THEM\" at 1:35", title("DON'T FORGET TO STRETCH THEM", at("1:35")))
case("title-440", "text saying \"A = 440 Hz\" at 88s", title("A = 440 Hz", at("88s")))
case("title-emoji", "add the title \"before 😬 / after 🤩\" at 2:02", title("before 😬 / after 🤩", at("2:02")))
case("title-endcard", "end card 'comment ur next video idea!!' for the last 4 seconds", title("comment ur next video idea!!", r(D - 4.0), 4.0))
case("title-okina", "caption 'ʻukulele = jumping flea' at 0:08", title("ʻukulele = jumping flea", at("0:08")))
case("title-step-knot", "'Step 2: The bridge knot' as a title at the start of the bridge knot section",
     title("Step 2: The bridge knot", SEG[11].start))
case("title-cost", "\"Cost: $12\" on screen 0:21 to 0:26", title("Cost: $12", at("0:21"), at("0:26") - at("0:21")))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "ums + uhs out, and the retake too",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.36 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one uh")
case("multi-pauses-duck", "make the silences shorter and have the music duck whenever I speak", {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-612-bw", "drop GX010612 in at 1:16, in b&w", {**on(HEAD_NEW, role=None, start=at("1:16")), **bw(HEAD_NEW)})
case("multi-bed-caption", "at 2:05 put the finished uke photo in and the caption \"new strings who dis\"",
     {**on(BED_PIC, role=None, start=at("2:05")), **title("new strings who dis", at("2:05"))})
case("multi-retake-tuner", "get rid of my flubbed first go at the slipping line, and then Tuner Closeup FINAL over the version i got right",
     {**RETAKE, **on(TUNER, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "-22 on the music plus a fade out at the end",
     {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-zoom-mute", "zoom recording twice as fast, and mute the music", {"speed": {"media": ZOOM, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m6", 130.0)])
case("multi-trim-title", "trim 3 seconds off the front and then title 'Uke Day' at 0:00",
     {"duration_near": [r(D - 3.0), 0.1], **title("Uke Day", 0.0)})
case("multi-stretch-fadein", "stretchingStrings @ 1:35, fading in",
     {**on(STRETCH, role=None, start=at("1:35")), "effect": {"media": STRETCH, "type": "fade_in"}})
case("multi-normalize-duck", "normalise the talking and duck the beat under it",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-marisol-knot", "cut the Marisol line and the 'Okay, the bridge knot is the hardest part' sentence right after it",
     sentence_cut(10, 11))

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it b&w", bw(HEAD_NEW), history=["put GX010612 at 1:16"])
case("convo-move-it", "hmm make that 2:07 instead", on(BED_PIC, start=at("2:07"), count=1), history=["put PXL_20260212_203301045 at 2:05"])
case("convo-quieter", "hmm still kinda loud, go lower", {"clip_volume": {"role": "music", "db": -25.5, "tol": 3.0}}, history=["music to -22"])
case("convo-louder", "now i cant hear it at all, up a bit", {"clip_volume": {"role": "music", "db": -27.0, "tol": 2.5}},
     history=["set the music to -30 dB"])
case("convo-undo", "nope undo", {"matches_initial": True}, history=["trim the first 5 seconds"])
case("convo-which-gopro", "the one where the new string is going on", on(HEAD_NEW, start=at("1:16")), history=["put the gopro clip at 1:16"],
     note="the first turn is ambiguous (GX010612 and GX010615 look alike) and should ask; the answer means GX010612")
case("convo-which-strings", "the one where im cutting them with the clippers", on(SNIP, start=at("0:29")),
     history=["put the strings clip at 0:29"],
     note="the first turn is ambiguous (stretchingStrings, new_strings_unboxing, and both clips of old strings); the answer means the PXL video")
case("convo-title-longer", "keep it up for 6 seconds", title("Restring Day", 0.0, 6.0),
     history=["add a title \"Restring Day\" at the start"])
case("convo-that-fast", "make that 2x", {"speed": {"media": STRETCH, "value": 2.0}}, history=["put stretchingStrings at 1:35"])
case("convo-same-chart", "and do the same thing with the tuning chart screenshot, at 1:20", on(CHART, start=at("1:20")),
     history=["put the sticky note photo at 2:22"])
case("convo-fade-it", "give that one a fade out", {"effect": {"media": WIPE, "type": "fade_out"}}, history=["put the fretboard wipe clip at 0:43"])
case("convo-music-too", "do that to the beat as well", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "ok actually normal speed again", {**on(KNOT, role=None, start=at("0:54")), "speed": {"media": KNOT, "value": 1.0}},
     history=["put the knot clip at 0:54", "make it 2x"])
case("convo-caption-move", "shift that text to 1:29", title("A = 440", at("1:29")), history=["caption \"A = 440\" at 1:27"])
case("convo-other-gopro", "and the floppy old strings gopro at 0:26", on(HEAD_OLD, start=at("0:26")), history=["put GX010612 at 1:16"])
case("convo-pauses-too", "the big gaps between sentences too pls",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["remove all the ums and uhs"])
case("convo-retext", "change it to say \"$12 for 4 strings\"", title("$12 for 4 strings", at("0:21")), history=["add a caption \"$12\" at 0:21"])
case("convo-where-again", "wait when was that again", {"unchanged": True, "reply_has": [mmss(SEG[10].start)]},
     history=["where do i talk about marisol?"])
case("convo-other-one", "no not that one, the other one", {**on(HEAD_OLD, start=at("0:26")), "no_clip": {"media": HEAD_NEW}},
     history=["put GX010612 at 0:26"], note="a correction: the old-strings clip replaces the new-string clip at 0:26")
case("convo-fadein-it", "and fade it in", {"effect": {"media": ZOOM, "type": "fade_in"}}, history=["put the zoom recording at 2:10"])

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is my video rn", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-marisol", "when do i talk about marisol", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[10].start)]})
case("question-where-knot", "what time does the bridge knot part start?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[11].start)]})
case("question-where-notes", "at what point do i say what notes to tune to",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[19].start)]})
case("question-where-stretch", "wheres the bit about stretching the strings", {"unchanged": True, "reply_has": [mmss(SEG[21].start)]})
case("question-music-level", "what volume is the music at?", {"unchanged": True, "reply_has": ["-18"]})
case("question-unused", "what havent i put in yet from the bin", UNCHANGED)
case("question-um-count", "how many times do i say um", UNCHANGED)
case("question-take2", "is there another take of my goodbye somewhere?", UNCHANGED)
case("question-broll-track", "whats on the broll track right now", {"unchanged": True, "reply_has": [TUNER, BED_PIC]},
     setup=[ins("m10", 91.0), ins("m12", 125.0, 3.0)])
case("question-mistakes", "are there any bits where i trip over my words", UNCHANGED)
case("question-gopro-res", "are the gopro files 4k or 1080?", UNCHANGED)
case("question-fps", "whats the fps of this project", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "is there any sfx in my bin", UNCHANGED)
case("question-after-cut", "and whats the runtime after that", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]}, history=["cut all the ums and uhs"])
case("question-last-change", "wait what did that do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 2 seconds"])

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "omg thank u sm", UNCHANGED)
case("chat-marisol", "marisol is gonna be so mad at me lol", UNCHANGED)
case("chat-hi", "hiii", UNCHANGED)
case("chat-brb", "brb my mom is calling me", UNCHANGED)
case("chat-fast", "ur actually so fast", UNCHANGED)
case("chat-thinking", "hmm idk yet let me think", UNCHANGED)
case("chat-kk", "kk", UNCHANGED)
case("chat-test", "i have a chem test tomorrow so i need this done tonight", UNCHANGED)
case("chat-sound", "the uke sounds sooo much better now honestly", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-marisolclip", "put the clip of marisol over the lemon oil part", UNCHANGED, note="Marisol is in no media")
case("nonedit-missing-gx613", "add GX010613.MP4 at 0:50", UNCHANGED, note="only GX010612 and GX010615 are B-roll")
case("nonedit-missing-pxl568", "PXL_20260212_194210568.mp4 at 0:30", UNCHANGED, note="the phone video is ..._194210567")
case("nonedit-missing-capo", "put the capo footage over the what you need sentence", UNCHANGED, note="no capo clip")
case("nonedit-missing-baritone", "delete the part about baritone tuning", UNCHANGED, note="never said")
case("nonedit-missing-guitar", "remove the section where I talk about my guitar", UNCHANGED, note="never said")
case("nonedit-missing-song", "add the clip of me playing a song at the end", UNCHANGED, note="no such clip")
case("nonedit-missing-metronome", "metronome click sound at the start", UNCHANGED, note="the only sound effect is a string pluck")
case("nonedit-missing-dad", "cut the bit where i mention my dad", UNCHANGED, note="never said")
case("nonedit-missing-capo-talk", "cut the part about the capo", UNCHANGED, note="never said")
case("nonedit-offtimeline-pluck", "turn the pluck sfx down a bit", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-zoom", "zoom call faster please", UNCHANGED, note="the Zoom recording is only in the bin")
case("nonedit-offtimeline-take2", "New Recording 14 needs to be 4dB quieter", UNCHANGED, note="the take is only in the bin")
case("nonedit-offtimeline-screenrec", "put a fade-out on the screen recording", UNCHANGED, note="the screen recording is only in the bin")
case("nonedit-offtimeline-615", "GX010615 should be monochrome", UNCHANGED, note="GX010615 is only in the bin")
case("nonedit-ambig-gopro", "gopro clip at 1:00", UNCHANGED, note="GX010612 and GX010615 are both GoPro clips")
case("nonedit-ambig-gx0106", "the GX0106 thingy at 0:40", UNCHANGED, note="GX010612 and GX010615")
case("nonedit-ambig-recording", "add the recording at 1:50", UNCHANGED,
     note="the screen recording, the Zoom recording or the New Recording 14 voice memo")
case("nonedit-ambig-pxl", "the PXL one at 1:00", UNCHANGED, note="the PXL phone video or the PXL photo")
case("nonedit-ambig-headstock", "headstock close-up at 1:05", UNCHANGED,
     note="GX010612 and GX010615 are both close-ups of the headstock (and the tuner clip sits on the headstock)")
case("nonedit-ambig-knot", "cut the knot sentence", UNCHANGED, note="knot in 11, 13, 24, 29 (knots) and 31")
case("nonedit-ambig-clippers", "delete the line about the clippers", UNCHANGED, note="3, 6 and 26")
case("nonedit-ambig-bridge", "remove the bridge sentence", UNCHANGED, note="8, 11, 12, 13 and 24")
case("nonedit-ambig-fretboard", "cut the fretboard line", UNCHANGED, note="9 and 21")
case("nonedit-ambig-gstring", "lose the G string sentence", UNCHANGED, note="17 and 18")
case("nonedit-ambig-wraps", "cut the sentence about wraps around the peg", UNCHANGED, note="15 and 25")
case("nonedit-ambig-tuning", "delete the sentence about tuning it", UNCHANGED, note="19, 22 and 23")
case("nonedit-ambig-peg", "remove the peg sentence", UNCHANGED, note="5, 14, 15, 16 and 25")
case("nonedit-inside-hand", "can you paint my hand out of stretchingStrings", UNCHANGED, setup=[ins("m8", 95.0)])
case("nonedit-inside-dog", "theres a dog barking in the zoom call, mute just the dog", UNCHANGED, setup=[ins("m6", 130.0)])
case("nonedit-inside-sticky", "what does the sticky note actually say?", UNCHANGED)
case("nonedit-inside-cat", "my cat meows at like 1:05, take the meow out", UNCHANGED, note="no such sound in the talk")
case("nonedit-inside-zoomsong", "what song is the boy in the zoom call playing?", UNCHANGED)

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-from-tuning", "delete everything from the tuning part to the end", {"confirm": True})
case("confirm-first-minute", "chop off the whole first minute", {"confirm": True})
case("confirm-60s", "it needs to be a 60 second short, cut it down to that", {"confirm": True})
case("confirm-range", "take out 0:30 - 1:30", {"confirm": True})
case("confirm-before-knot", "everything before 'Okay, the bridge knot is the hardest part' can go", {"confirm": True})
case("confirm-delete-talk", "remove my talking clip entirely", {"confirm": True})
case("confirm-last40", "I only want the final 40 seconds, ditch the rest", {"confirm": True})
case("confirm-after-2", "delete everything past the two minute mark", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "p_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)
