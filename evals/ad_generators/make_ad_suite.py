"""Writes ad_heldout.jsonl from the cases below; every expected time is computed from project AD's
transcript (project_ad_wheel.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("1:05", "65s", "01:01:12" as hh:mm:ss, "at 1m5s", "2 mins 3", "ninety
seconds") are parsed from the same string the message uses.

    cd evals/ad_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_ad_suite.py   (writes ../ad_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any other suite's phrasing; Q's
generator only as a template for the format). The people typing, roughly a quarter each:
(a) Tomasz himself: fast, Mancunian ("our kid", "mint", "proper", "buzzin", "sound", "mither"), the
odd Polish word ("dzięki", "kurwa", "no", "tak"), vague references ("the bit where I'm mithering about
Kasia"); (b) Anjali, his girlfriend, a UX designer who edits it: long hedged paragraphs with reasons,
sometimes changing her mind mid-message; (c) a customer from his shop who barely knows editing
words and describes what they see; (d) a YouTube cycling channel collaborator who types editor jargon
(J-cut, ripple delete, B-roll over the A-roll, dip to black, duck the bed under VO, lower third) and
timecodes several ways.

Bound conventions (as in suite Q): D is the fresh timeline's length as built (the talk file holds
round(T * 30) frames = 4908 = 163.6 s, which test_project_ad.py checks against a real build).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05
Ducking is checked at -8 dB (or -13.5 for "12 dB"); the bed already sits at -18 dB.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_ad_wheel import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_ad_wheel import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(round(_T * 30) / 30, 2)  # the fresh timeline: round(163.59 s * 30) = 4908 frames / 30 = 163.6, as built
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 9
MUSIC_DB = -18.0
RETAKE_I = 25  # the abandoned "replace a snapped spoke" sentence; 26 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(WOBBLY, STRAIGHT, FLIP, WHEELOUT, OBS, WHATSAPP, SEQ, SPOKEKEY, WHEELV3, DISH, NEWSPOKE, PLUCK, STRAVA, SNAPPED) = (
    M[i] for i in range(2, 16))

NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def r(x: float) -> float:
    return round(x, 2)


def mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _words_number(text: str) -> int:
    return sum(NUMBER_WORDS[p] for p in re.split(r"[\s-]+", text.strip()) if p not in ("and", "a"))


def at(text: str) -> float:
    """Seconds for a time as a user types it: '1:05', '01:01:12' (hh:mm:ss), '1m5s', '2 mins 3', '65s',
    '65', 'ninety seconds', 'two minutes ten'."""
    t = text.strip().lower()
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


def sentences_cut(*idx: int) -> dict:
    """Bounds for cutting separate (not adjacent) sentences, each with its own pause."""
    total = sum(SEG[i].end - SEG[i].start for i in idx)
    slack = sum(PAUSE[i] + 0.35 for i in idx)
    return {"duration_lt": r(D - (total - 0.05 * len(idx))), "duration_gt": r(D - (total + slack))}


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
NUH = NFILL - NUM  # 4
UMS = {"duration_lt": r(D - 0.35 * NUM), "duration_gt": r(D - (0.5 * NUM + 1.8))}
UHS = {"duration_lt": r(D - 0.35 * NUH), "duration_gt": r(D - (0.5 * NUH + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
DUCK = -8.0
YEAH_NOS = [(4, "yeah no"), (11, "yeah no"), (29, "yeah no")]
MAKES_SENSE = [(5, "if that makes sense"), (10, "if that makes sense"), (33, "if that makes sense")]
BASICALLYS = [(1, "basically"), (9, "basically"), (17, "basically")]


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
    CASES.append({"id": f"ad-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-wobbly-caliper", "stick the pixel clip where the rims wobbling and hitting the caliper over the bit where i bring the caliper in",
     over(WOBBLY, 5), note="only PXL_..180114388's description has the wobble; PXL_..181957602 runs straight")
case("broll-wobbly-twomm", "Could we maybe put the wobbly wheel close-up over the part where he says there's about two millimetres of wobble? "
     "I think people need to actually see it.", over(WOBBLY, 6))
case("broll-wobbly-a-roll", "B-roll over the A-roll: PXL_20260511_180114388 over 'Where the rim rubs on the left'", over(WOBBLY, 10))
case("broll-straight-buzzin", "the clip where the wheel is going round nice and straight, can it go where he says hes buzzing with it",
     over(STRAIGHT, 29), note="the customer: 'buzzing' is sentence 29's 'buzzin with that'")
case("broll-straight-true-again", "PXL_20260511_181957602 over 'then true the wheel again' pls", over(STRAIGHT, 28))
case("broll-straight-sorted", "the fixed wheel spinning clip (the straight one not the wobbly one) over 'thats a buckled wheel sorted'",
     over(STRAIGHT, 33))
case("broll-flip-first", "360 clip of me flipping the bike over the first thing flip the bike bit, cheers our kid", over(FLIP, 2))
case("broll-flip-backover", "VID_20260511_174502_00_012 over the line where he puts the wheel back in and flips it back over", over(FLIP, 30))
case("broll-wheelout-quickrelease", "the canon clip where my hands are black, over 'undo the quick release and pull the wheel out'",
     over(WHEELOUT, 3))
case("broll-wheelout-greasy", "can the video where his hands are all black and greasy go over when he says about his hands being black",
     over(WHEELOUT, 3))
case("broll-0459-stand", "MVI_0459 over 'pop the wheel in the truing stand'", over(WHEELOUT, 4))
case("broll-obs-meter", "the OBS capture over the tension meter sentence, the hundred and ten kilos one", over(OBS, 23))
case("broll-obs-name", "2026-05-11 17-45-02.mkv over 'They should all ping at the same note'", over(OBS, 22))
case("broll-whatsapp-kasia", "the whatsapp vid of the customer's bike rubbing, put it over me mithering about Kasia scraping her brake all the way to Liverpool",
     over(WHATSAPP, 13))
case("broll-whatsapp-rubs", "I wonder if the WhatsApp video of the wheel rubbing on the brake pad could sit over 'you'll see where it rubs'? "
     "It kind of shows the problem from a real bike.", over(WHATSAPP, 5))
case("broll-seq-intro", "Sequence 01.mp4 over the intro line where I say who I am", over(SEQ, 0))
case("broll-spokekey-need", "spoke key CU nice over 'you need a spoke key'", over(SPOKEKEY, 7))
case("broll-spokekey-red", "cutaway to the spoke key close up during the red slot line", over(SPOKEKEY, 8))
case("broll-wheelv3-kerb", "wheel_v3_USE THIS over the kerb on oxford road bit", over(WHEELV3, 1))
case("broll-wheelv3-quarter", "the USE THIS wheel clip over 'only ever a quarter turn at a time'", over(WHEELV3, 11))
case("broll-dish-tool", "insta360 dishing tool footage over 'you flip the dishing tool from one side to the other'", over(DISH, 20))
case("broll-dish-centre", "the 360 clip with the dish tool over where he explains what dish is, dead centre between the axle ends", over(DISH, 19))
case("broll-newspoke-replace", "MVI_0463 over the second go at replacing the snapped spoke, the one where I actually say it right",
     over(NEWSPOKE, 26), note="the good take, not the abandoned one before it")
case("broll-newspoke-lace", "new spoke clip over 'Lace it over and under the same as its neighbours'", over(NEWSPOKE, 27))
case("broll-pluck-guitar", "plucking the spokes.mp4 over the guitar line", over(PLUCK, 21))
case("broll-pluck-ping", "the clip where he flicks the spokes with his nail over where he says if one goes thunk its too slack", over(PLUCK, 22))
case("broll-strava-forty", "strava screenshot over 'that took about forty minutes'", over(STRAVA, 31))
case("broll-strava-kasia2", "Screenshot_20260510_081533_Strava over 'she said it was fine but she was knackered'", over(STRAVA, 14))
case("broll-snapped-elbow", "the photo of the broken spoke next to the new one, over 'this ones snapped, look'", over(SNAPPED, 24))
case("broll-snapped-pxljpg", "PXL_20260511_184410201.jpg over the snapped spoke gone at the elbow sentence", over(SNAPPED, 24))
case("broll-pluck-tension", "Plucking clip as B-roll under 'Then tension, and I do this by plucking the spokes'", over(PLUCK, 21))
case("broll-wobbly-thirtytwo", "wobbly pixel clip over 'there are thirty two spokes'", over(WOBBLY, 9))
case("broll-straight-lastspin", "over the 'give it a last spin' sentence put the clip of the wheel running true", over(STRAIGHT, 29))
case("broll-flip-carpet", "cover the 'mind your carpet' line with the bike flip 360 video", over(FLIP, 2))
case("broll-dish-samegap", "VID_20260511_183340_00_015 over the sentence ending 'the same, um, both ways'", over(DISH, 20))

# --- times and positions ---------------------------------------------------------------------------
case("time-wobbly-mmss", "PXL_20260511_180114388 at 0:31", on(WOBBLY, start=at("0:31")))
case("time-straight-secs", "drop PXL_20260511_181957602 in at 132s", on(STRAIGHT, start=at("132s")))
case("time-flip-hhmmss", "VID_20260511_174502_00_012 at 00:00:09", on(FLIP, start=at("00:00:09")))
case("time-wheelout-ms", "MVI_0459.MP4 at 0m14s", on(WHEELOUT, start=at("0m14s")))
case("time-dish-1m", "dish tool clip at 1m32s", on(DISH, start=at("1m32s")))
case("time-newspoke-words", "the new spoke clip at two minutes ten", on(NEWSPOKE, start=at("two minutes ten")))
case("time-pluck-bare", "plucking the spokes at 100", on(PLUCK, start=at("100")))
case("time-spokekey-colon", "spoke key CU nice at 0:38 mate", on(SPOKEKEY, start=at("0:38")))
case("time-ping-min", "spoke ping sound at 1 min 47", on(SFX, role=None, start=at("1 min 47")))
case("time-ping-secs", "ping sfx at 104.5 secs", on(SFX, role=None, start=at("104.5 secs")))
case("time-obs-ninety", "the tension app recording ninety seconds in", on(OBS, start=at("ninety seconds")),
     note="the OBS .mkv has no description; 'the tension app recording' is only in the user's words")
case("time-strava-5s", "Screenshot_20260510_081533_Strava.jpg at 2:27 for 5 seconds",
     on(STRAVA, start=at("2:27"), within=[at("2:27"), at("2:27") + 5.0]))
case("time-snapped-about", "the snapped spoke photo around 1:58, doesnt need to be exact", on(SNAPPED, start=at("1:58"), tol=1.5))
case("time-wheelv3-ish", "wheel_v3_USE THIS somewhere round 1:06, roughly", on(WHEELV3, start=at("1:06"), tol=1.5))
case("time-dish-2s-into", "bring the dishing clip in 2 seconds after he starts 'Now, dish is whether'",
     on(DISH, start=r(SEG[19].start + 2.0), tol=0.3))
case("time-pluck-1s-after", "plucking clip one second after I start the guitar sentence", on(PLUCK, start=r(SEG[21].start + 1.0), tol=0.3))
case("time-strava-before-end", "strava pic 5 seconds before the end", on(STRAVA, start=r(D - 5.0), tol=0.3))
case("time-seq-hhmmss2", "Sequence 01 in at 00:02:03", on(SEQ, start=at("00:02:03")))

case("pos-flip-open", "open cold on the 360 bike flip clip, before my face comes up", on(FLIP, start=0.0))
case("pos-straight-last", "last thing people see should be the wheel spinning straight clip", on(STRAIGHT, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-pluck-middle", "plucking the spokes right in the middle of the video", on(PLUCK, start=r(D / 2), tol=1.5))
case("pos-ping-guitar", "spoke ping sound right on 'like a guitar'", on(SFX, role=None, overlaps=list(phrase(21, "like a guitar"))))
case("pos-ping-thunk", "put the ping sfx exactly where he says thunk", on(SFX, role=None, overlaps=list(phrase(22, "thunk"))))
case("pos-ping-playhead", "ping sound here where the playhead is", on(SFX, role=None, start=97.0), playhead=97.0)
case("pos-title-playhead", "lower third \"tension ~110 kgf\" at the playhead", title("tension ~110 kgf", start=118.0), playhead=118.0)
case("pos-selected-bw", "make the highlighted one black and white", bw(STRAIGHT),
     setup=[ins("m2", 31.0), ins("m3", 132.0)], selection=["c4"], note="c4 is PXL_..181957602 (setup makes c3, c4)")
case("pos-selected-slow", "slow the selected clip to half speed, it goes by too fast", {"speed": {"media": DISH, "value": 0.5}},
     setup=[ins("m11", 92.0), ins("m4", 6.0, 5.0)], selection=["c3"], note="c3 is the dishing 360 clip")
case("pos-title-radial", "title 'Radial true' as he says \"So that's lateral true\"... no wait, at \"For radial\"",
     title("Radial true", start=SEG[16].start), note="changes his mind mid-message: sentence 16")
case("pos-title-snapped", "'Replacing a spoke' as a title right when I start the good take of replacing the snapped spoke",
     title("Replacing a spoke", start=SEG[26].start))

# --- cuts: fillers, tics, pauses, the retake, sentences, phrases, ranges ---------------------------
case("cut-fillers", "remove the ums", FILLERS, note="'the ums' in ordinary speech means every um and uh")
case("cut-fillers-tomasz", "get all my ums and uhs out our kid, I sound proper thick", FILLERS)
case("cut-fillers-anjali", "Could we maybe take out all the ums and errs? I don't mind the slang at all, it's him, but the hesitations make "
     "it feel less confident than he actually is.", FILLERS)
case("cut-fillers-customer", "he keeps going ummm and errr, can you take those noises out", FILLERS)
case("cut-fillers-jargon", "ripple delete every filler, um/uh, throughout the A-roll", FILLERS)
case("cut-fillers-typo", "cut teh umms an uhhs thruout pls", FILLERS)
case("cut-ums-only", "just the ums, leave the uhs, they sound more natural", UMS)
case("cut-uhs-only", "remove only the uhs not the ums", UHS)
case("cut-um-carpet", "the um before 'mind your carpet', just that one", filler_in(2))
case("cut-uh-hands", "theres an uh right before 'your hands will be black', lose it", filler_in(3))
case("cut-um-redslot", "the um in the fourteen gauge line between 'on my key' and 'the red slot'", filler_in(8))
case("cut-uh-radial", "delete the uh in 'for radial, uh, you watch the gap'", filler_in(16))
case("cut-um-bothways", "um before 'both ways' in the dishing tool bit, cut it", filler_in(20))
case("cut-uh-snapped", "the uh in 'and this one, uh, this one's snapped'", filler_in(24))
case("cut-um-twohours", "take out the um after 'if you've never done it'", filler_in(32))
case("cut-uh-subscribe", "cut the uh right before hit subscribe", filler_in(34))
case("cut-yeahno-all", "he says 'yeah no' constantly, can all of them go", phrases_cut(YEAH_NOS), note="three: sentences 4, 11 and 29")
case("cut-yeahno-spin", "the yeah no in the gentle spin line, just that one", phrase_cut(4, "yeah no"))
case("cut-yeahno-quarter", "cut 'yeah no' from the quarter turn sentence", phrase_cut(11, "yeah no"))
case("cut-makessense-all", "Every 'if that makes sense' please, I counted three and it starts to sound like a question each time.",
     phrases_cut(MAKES_SENSE))
case("cut-makessense-caliper", "remove 'if that makes sense' off the end of the caliper sentence", phrase_cut(5, "if that makes sense"))
case("cut-basically-all", "lose every 'basically'", phrases_cut(BASICALLYS, 0.05, 0.25), note="sentences 1, 9 and 17")
case("cut-basically-pair", "drop the 'basically' at the end of 'loosen a pair where it dips'", phrase_cut(17, "basically", 0.05, 0.25))
case("cut-ourkid-carpet", "snip 'our kid' off 'mind your carpet, our kid'", phrase_cut(2, "our kid"))
case("cut-phrase-notgonnalie", "cut \"I'm not gonna lie\" from the radial mither sentence", phrase_cut(18, "i'm not gonna lie"))
case("cut-phrase-legend", "take out 'absolute legend', Kasia will get a big head", phrase_cut(13, "absolute legend"))
case("cut-phrase-blessher", "remove 'bless her' at the end of the kasia brake pad line", phrase_cut(14, "bless her"))
case("cut-phrase-brew", "cut the words 'with a brew in the middle'", phrase_cut(31, "with a brew in the middle"))
case("cut-phrase-bloodyhell", "Could we take out 'Bloody hell' at the start of the forty minutes line? His mum watches these.",
     phrase_cut(31, "bloody hell"))
case("cut-phrase-fair", "ripple delete 'to be fair' at the end of the two millimetres line", phrase_cut(6, "to be fair"))
case("cut-phrase-wordofalie", "lose 'no word of a lie'", phrase_cut(21, "no word of a lie"))
case("cut-phrase-mintdeadgood", "cut 'mint, dead good' from the wrap up", phrase_cut(33, "mint dead good"))
case("cut-phrase-buzzin", "remove 'buzzin with that'", phrase_cut(29, "buzzin with that"))
case("cut-phrase-roundthat", "cut 'no way round that' off the black hands sentence", phrase_cut(3, "no way round that"))
case("cut-phrase-goingmad", "take out \"don't go mad\"", phrase_cut(11, "don't go mad"))
case("cut-pauses", "tighten all the long pauses", PAUSES)
case("cut-pauses-jargon", "kill the dead air between lines, jump cut style", PAUSES)
case("cut-pauses-customer", "theres lots of bits where nobody says anything and hes just fiddling, can those be shorter", PAUSES)
case("cut-pauses-anjali", "I wonder if we could close up the long silences all the way through? He stops to do stuff with his hands "
     "and it drags a bit when nothing is being said.", PAUSES)
case("cut-pause-carpet", "big gap after 'mind your carpet, our kid', shorten it", pause_cut(2))
case("cut-pause-fair", "the silence after 'which is a lot, to be fair' goes on forever", pause_cut(6))
case("cut-pause-kasia", "after the Kasia 'bless her' bit theres a long pause, tighten that one only", pause_cut(14))
case("cut-pause-bothways", "shorten the pause after 'both ways'", pause_cut(20))
case("cut-pause-elbow", "trim the quiet bit after 'gone right at the elbow'", pause_cut(24))
case("cut-pause-pullabit", "gap after 'a new spoke will always pull it a bit' is too long", pause_cut(28))
case("cut-retake", "cut the bit where i restart", RETAKE)
case("cut-retake-arse", "the bit where he says 'I've said that arse about face' and starts again, cut the fluffed go", RETAKE)
case("cut-retake-anjali", "He muddles the replacing-a-spoke explanation the first time and then redoes it. Could we keep just the second "
     "version? The first one is a bit confusing.", RETAKE)
case("cut-retake-jargon", "ripple delete the false start before the spoke replacement take", RETAKE)
case("cut-retake-customer", "where he gets it wrong and says let me go again, can that be taken out", RETAKE)
case("cut-kasia", "cut the whole bit where I'm mithering about Kasia going to Liverpool", sentence_cut(13, 14),
     note="the tangent is two sentences: Kasia's ride and 'She said it was fine'")
case("cut-kasia-anjali", "Could we maybe lose the Kasia tangent? Both sentences, the Liverpool one and the knackered one. It's funny but it "
     "breaks the flow right in the middle of the truing.", sentence_cut(13, 14))
case("cut-kerb", "delete the sentence about clipping a kerb on Oxford Road", sentence_cut(1))
case("cut-twomm", "remove the line about two millimetres of wobble", sentence_cut(6))
case("cut-mither", "take out the radial is a right mither line", sentence_cut(18))
case("cut-fourteen", "cut 'These are fourteen gauge spokes, so it's the red one on my key, um, the red slot.'", sentence_cut(8))
case("cut-meter", "the tension meter sentence can go, nobody has one", sentence_cut(23))
case("cut-thunk", "cut the sentence where he says if one goes thunk it's too slack", sentence_cut(22))
case("cut-forty", "remove 'Bloody hell, that took about forty minutes, with a brew in the middle.'", sentence_cut(31))
case("cut-twohours", "the line about your first wheel taking two hours, cut it", sentence_cut(32))
case("cut-deadcentre", "delete the 'what dish is' sentence, dead centre between the axle ends", sentence_cut(19))
case("cut-pair", "cut 'Tighten a pair where it's high, loosen a pair where it dips'", sentence_cut(17))
case("cut-doWidzenia", "cut the very last line, the do widzenia", sentence_cut(35))
case("cut-range-mither-dish", "cut from 'Honestly radial is a right mither' to the end of the dead centre sentence", sentence_cut(18, 19))
case("cut-range-meter-elbow", "ripple delete from the tension meter line through 'gone right at the elbow'", sentence_cut(23, 24))
case("cut-two-separate", "cut the kerb sentence and the tension meter sentence", sentences_cut(1, 23))
case("cut-range-mmss", "remove 1:20 to 1:23", {"duration_near": [r(D - 3.0), 0.1]})
case("cut-range-secs", "cut 140s-142s", {"duration_near": [r(D - 2.0), 0.1]})
case("cut-range-hhmmss", "take out 00:00:50 to 00:00:54", {"duration_near": [r(D - 4.0), 0.1]})

case("cut-range-words-kasia-lateral", "cut from 'My mate Kasia' all the way to 'the up and down'", sentence_cut(13, 15))
case("cut-notenote", "lose the ping at the same note thing, the whole sentence", sentence_cut(22))
case("cut-halfpull", "delete the line 'half pull the rim left and half pull it right', the whole sentence", sentence_cut(9))
case("cut-gentle", "cut the 'gentle spin' sentence, the truing stand one", sentence_cut(4))
case("cut-customer-wrongbit", "the part where he says he said it arse about face, can you take that whole muddled bit out", RETAKE)
case("cut-phrase-oxfordroad", "just cut 'on Oxford Road', I don't want people knowing where I ride", phrase_cut(1, "on oxford road"))
case("cut-phrase-properannoying", "take 'proper annoying' off the end of the kerb line", phrase_cut(1, "proper annoying"))
case("cut-phrase-roundit", "cut 'or you'll round it off'", phrase_cut(7, "or you'll round it off"))
case("cut-phrase-takesages", "snip 'it takes ages' from the end of the mither line", phrase_cut(18, "it takes ages"))
case("cut-phrase-cheers", "cut 'cheers' at the end of the subscribe bit", phrase_cut(34, "cheers", 0.05, 0.25))
case("cut-makessense-left", "if that makes sense after the loosen the left spokes bit, cut that one only", phrase_cut(10, "if that makes sense"))
case("cut-basically-kerb", "take out the first basically, at the start of the kerb sentence", phrase_cut(1, "basically", 0.05, 0.25))
case("cut-polish-word", "wytnij the um in 'your first wheel might take you two hours' pls", filler_in(32),
     note="Tomasz starts in Polish: 'wytnij' is 'cut'")
case("cut-mither-anjali", "I love the mither line but could we lose it? It slows the radial part down. Actually, keep the mither line and "
     "cut the 'Tighten a pair where it's high' sentence instead.", sentence_cut(17), note="changes her mind: 17 goes, 18 stays")

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "chop the first 2 seconds off", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-tail-half", "shave half a sec off the very end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last words end in silence: anywhere near half a second is fine")
case("trim-start-flip", "start the video at 'First thing, flip the bike over'", start_at(2))
case("multi-changemind-intro", "I think the intro is a bit long, could it maybe start at 'Pop the wheel in the truing stand'? Actually no, "
     "leave the intro, it's him. Just cut the ums instead.", FILLERS, note="changes her mind: the head stays, the fillers go")
case("trim-end-subscribe", "end it on 'hit subscribe, cheers', lose whatever's after", end_after(34))
case("trim-end-sorted", "finish right after 'that's a buckled wheel sorted, mint, dead good'", end_after(33))
case("trim-wobbly-4s", "PXL_20260511_180114388 is too long, make it 4 secs",
     {**on(WOBBLY, start=31.0, within=[31.0, 35.0]), "duration_near": [D, 0.05]}, setup=[ins("m2", 31.0)])
case("trim-whatsapp-shorter", "cut 3 seconds off the end of the whatsapp video",
     {**on(WHATSAPP, within=[64.0, 69.0]), "duration_near": [D, 0.05]}, setup=[ins("m7", 64.0)])
case("trim-flip-2s", "bike flip clip down to 2 seconds please",
     {**on(FLIP, start=9.0, within=[9.0, 11.0]), "duration_near": [D, 0.05]}, setup=[ins("m4", 9.0)])
case("move-straight-132", "move PXL_20260511_181957602 to 2:12", on(STRAIGHT, start=at("2:12"), count=1), setup=[ins("m3", 100.0)])
case("move-pluck-later", "nudge the plucking clip 2 secs later", on(PLUCK, start=102.0, count=1), setup=[ins("m13", 100.0)])
case("move-dish-earlier", "dish clip needs to come in 3 seconds earlier", on(DISH, start=89.0, count=1), setup=[ins("m11", 92.0)])
case("move-newspoke-sentence", "line the new spoke clip up with the start of 'So to replace a snapped spoke, you unscrew'",
     on(NEWSPOKE, start=SEG[26].start, tol=0.3, count=1), setup=[ins("m12", 140.0)])
case("move-obs-1m5s", "slide the OBS clip to 1m5s", on(OBS, start=at("1m5s"), count=1), setup=[ins("m6", 40.0)])
case("reorder-pixels", "wrong way round, the wobbly wheel clip should come before the straight one",
     {**on(WOBBLY, start=31.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 38.0, "tol": 1.0}},
     setup=[ins("m3", 31.0), ins("m2", 38.0)])
case("reorder-flip-wheelout", "swap the bike flip and the wheel coming out round, you flip it first obviously",
     {**on(FLIP, start=9.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 15.0, "tol": 1.0}},
     setup=[ins("m5", 9.0), ins("m4", 15.0)])
case("reorder-pluck-dish", "dish clip then plucking clip, I want the dish first", {**on(DISH, start=95.0, tol=1.0),
     "clip_boundary_at": {"role": "broll", "time": 101.0, "tol": 1.0}}, setup=[ins("m13", 95.0), ins("m11", 100.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-pixels", "crossfade between the two pixel wheel clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m2", 31.0), ins("m3", 38.0)])
case("transition-dip-flip-out", "dip to black between the bike flip and the wheel out clip, 1s",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m4", 9.0), ins("m5", 15.0)])
case("transition-wipe", "wipe from the spoke key CU into the wheel_v3 one", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m9", 38.0), ins("m10", 43.0)])
case("transition-jumpy", "it jumps a bit sudden from the guitar spoke video to the app recording, can it be smoother",
     {"transition": {"role": "broll"}}, setup=[ins("m13", 100.0), ins("m6", 105.0)], note="any kind of transition counts")
case("transition-mix-snapped", "mix from the new spoke clip into the strava screenshot", {"transition": {"role": "broll"}},
     setup=[ins("m12", 140.0), ins("m14", 145.0, 4.0)])
case("effect-fadein", "fade up from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "3 sec fade to black at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-warm", "the flat looks dead cold and blue on me, warm the grade up a bit", {"effect": {"role": "main", "type": "color"}},
     note="any colour correction on the talk counts")
case("effect-bw-wobbly", "wobbly pixel clip black and white, like a 'before' shot", bw(WOBBLY), setup=[ins("m2", 31.0)])
case("effect-zoom-strava", "slow push in on the strava screenshot", {"effect": {"media": STRAVA, "type": "zoom"}},
     setup=[ins("m14", 145.0, 4.0)])
case("effect-blur-whatsapp", "blur the whatsapp video, the customer didn't say we could show his bike",
     {"effect": {"media": WHATSAPP, "type": "blur"}}, setup=[ins("m7", 64.0)])
case("effect-dark-wheelout", "the canon clip of the wheel coming out is way too dark, can you brighten it",
     {"effect": {"media": WHEELOUT, "type": "color"}}, setup=[ins("m5", 9.0)])
case("effect-normalize", "normalise the VO levels on the A-roll", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the music in", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "fade the music out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-mono-flip", "bike flip clip monochrome pls", bw(FLIP), setup=[ins("m4", 9.0)])
case("effect-rotate-spokekey", "spoke key CU nice is sideways, rotate it 90 clockwise",
     {"effect": {"media": SPOKEKEY, "type": "rotate", "degrees": 90}}, setup=[ins("m9", 38.0)])
case("effect-flip-dish", "the dish tool 360 clip is mirrored, flip it horizontally", {"effect": {"media": DISH, "type": "flip"}},
     setup=[ins("m11", 92.0)])
case("effect-pip-obs", "picture in picture the app recording in the corner", {"effect": {"media": OBS, "type": "pip"}},
     setup=[ins("m6", 118.0)])
case("speed-wobbly-2x", "PXL_20260511_180114388 double speed", {"speed": {"media": WOBBLY, "value": 2.0}}, setup=[ins("m2", 31.0)])
case("speed-straight-half", "slow the straight wheel clip down to half", {"speed": {"media": STRAIGHT, "value": 0.5}},
     setup=[ins("m3", 132.0)])
case("speed-talk-10pc", "can the whole talking bit go 10% faster, he waffles", {"speed": {"role": "main", "value": 1.1}})
case("speed-whatsapp-3x", "whatsapp video 3x", {"speed": {"media": WHATSAPP, "value": 3.0}}, setup=[ins("m7", 64.0)])
case("speed-flip-timelapse", "make the bike flip clip 4 times faster like a timelapse", {"speed": {"media": FLIP, "value": 4.0}},
     setup=[ins("m4", 9.0)])
case("speed-pluck-075", "plucking clip at 0.75x", {"speed": {"media": PLUCK, "value": 0.75}}, setup=[ins("m13", 100.0)])
case("speed-newspoke-slowmo", "new spoke clip in slow mo, quarter speed", {"speed": {"media": NEWSPOKE, "value": 0.25}},
     setup=[ins("m12", 140.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-24", "music at -24 dB please", {"clip_volume": {"role": "music", "db": -24.0}})
case("audio-bed-down4", "bed 4 dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 4.0}})
case("audio-music-up3", "bring the bensound track up 3dB", {"clip_volume": {"role": "music", "db": MUSIC_DB + 3.0}})
case("audio-music-minus-thirty", "set the background music to minus thirty", {"clip_volume": {"role": "music", "db": -30.0}})
case("audio-drowning", "the music is louder than him, I can barely hear what he's saying about the spokes",
     {"clip_volume": {"role": "music", "db": -26.5, "tol": 5.5}}, note="judgement: any cut of 3 to 14 dB on the bed counts")
case("audio-duck", "duck the bed under VO", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-anjali", "Could the music maybe sit lower while Tomasz is talking and then come back up when he's quiet? It competes "
     "with him a bit.", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-12", "drop the music 12 dB whenever I'm talking", {"music_envelope_dips_during_speech": -13.5})
case("audio-mute-music", "no music, mute it", {"track_muted": "music"})
case("audio-voice-up4", "turn me up 4 dB", {"clip_volume": {"role": "main", "db": 4.0}})
case("audio-voice-down2", "he's a bit shouty, bring his voice down 2 dB", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "actually put the music back on", {"track_unmuted": "music"}, history=["mute the music"])
case("audio-music-polish", "muzyka za głośna, knock the music down to -26", {"clip_volume": {"role": "music", "db": -26.0}})

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "title \"Truing a Buckled Wheel\" over the first 4 seconds", title("Truing a Buckled Wheel", 0.0, 4.0))
case("title-lowerthird", "lower third 'Tomasz Nowak, mechanic' at 0:01 for 4 secs", title("Tomasz Nowak, mechanic", at("0:01"), 4.0))
case("title-gauge", "put '14g spokes' on screen at 0:36", title("14g spokes", at("0:36")))
case("title-caps", "caption \"QUARTER TURNS ONLY\" at 0:56", title("QUARTER TURNS ONLY", at("0:56")))
case("title-mm", "text \"2 mm of wobble\" at 29s", title("2 mm of wobble", at("29s")))
case("title-polish", "add the title 'Dzięki za oglądanie!' at 2:38", title("Dzięki za oglądanie!", at("2:38")))
case("title-endcard", "end card 'what should I fix next?' for the last 4 seconds", title("what should I fix next?", r(D - 4.0), 4.0))
case("title-emoji", "text '🚲 before / after 🚲' at 2:12", title("🚲 before / after 🚲", at("2:12")))
case("title-step-dish", "'Step 4: Dish' as a title when he starts explaining what dish is", title("Step 4: Dish", SEG[19].start))
case("title-kilos", "\"~110 kgf drive side\" on screen from 1:57 to 2:01", title("~110 kgf drive side", at("1:57"), at("2:01") - at("1:57")))
case("title-hhmmss", "title 'Lateral vs radial' at 00:01:11", title("Lateral vs radial", at("00:01:11")))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "take out the ums and uhs and the bit where i go again on the snapped spoke",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one um")
case("multi-pauses-duck", "tighten the long pauses and duck the music under me", {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-wobbly-bw", "PXL_20260511_180114388 at 0:31 and make it black and white", {**on(WOBBLY, role=None, start=at("0:31")), **bw(WOBBLY)})
case("multi-straight-caption", "at 2:12 put in the straight wheel clip and the text \"Dead straight\"",
     {**on(STRAIGHT, role=None, start=at("2:12")), **title("Dead straight", at("2:12"))})
case("multi-retake-newspoke", "cut my first messed up go at the snapped spoke bit, then put the new spoke clip over the proper one",
     {**RETAKE, **on(NEWSPOKE, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fade", "bed to -22 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-whatsapp-mute", "whatsapp clip double speed and kill the music", {"speed": {"media": WHATSAPP, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m7", 64.0)])
case("multi-trim-title", "chop 2 secs off the front then put 'Wheel Truing 101' at 0:00",
     {"duration_near": [r(D - 2.0), 0.1], **title("Wheel Truing 101", 0.0)})
case("multi-flip-fadein", "the 360 bike flip at 0:09 with a fade in", {**on(FLIP, role=None, start=at("0:09")), "effect": {"media": FLIP, "type": "fade_in"}})
case("multi-normalize-duck", "normalise my voice and duck the bensound under it",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-kasia-lateral", "cut the Kasia tangent and the lateral true sentence right after it", sentence_cut(13, 15))
case("multi-yeahno-fillers", "take out every yeah no and every um and uh while you're in there",
     {"duration_lt": r(D - 0.35 * NFILL - sum(b - a for a, b in (phrase(i, t) for i, t in YEAH_NOS)) + 0.3),
      "duration_gt": r(D - (0.5 * NFILL + 1.8) - sum(b - a for a, b in (phrase(i, t) for i, t in YEAH_NOS)) - 1.2)})
case("multi-anjali-paragraph", "Okay so a few things. Could we put the wobbly wheel clip over the two millimetres of wobble line so people "
     "can see what he means, and then maybe the straight one over 'Give it a last spin'? I wonder if the music should also be a bit "
     "quieter overall, maybe -24.", {**over(WOBBLY, 6), "clip_volume": {"role": "music", "db": -24.0}},
     note="three requests; checked: the wobbly clip over sentence 6 and the bed at -24 (the straight clip is checked elsewhere)")
case("multi-customer-two", "can you make the music quieter and take out where he says bloody hell, my kids watch",
     {"clip_volume": {"role": "music", "db": -24.0, "tol": 5.5}, **phrase_cut(31, "bloody hell")},
     note="judgement on the bed: anything 1 to 11 dB below -18")
case("multi-jargon-jcut", "Sequence 01 as a cold open at 0:00, then dip to black into the A-roll", {**on(SEQ, role=None, start=0.0)},
     note="the transition kind is not checked: the talk is one clip; placing the cold open is")

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(WOBBLY), history=["put PXL_20260511_180114388 at 0:31"])
case("convo-move-it", "nah 2:15 instead", on(STRAIGHT, start=at("2:15"), count=1), history=["put PXL_20260511_181957602 at 2:12"])
case("convo-quieter", "still too loud, lower", {"clip_volume": {"role": "music", "db": -26.0, "tol": 3.0}},
     history=["music to -22"], note="judgement: anything from 1 to 7 dB below -22")
case("convo-louder", "cant hear it at all now, bit louder", {"clip_volume": {"role": "music", "db": -31.0, "tol": 2.5}},
     history=["set the music to -34 dB"], note="judgement: louder than -34 but not back above -28")
case("convo-undo", "no undo that", {"matches_initial": True}, history=["cut the first 5 seconds"])
case("convo-which-pixel", "the one where it's still wobbling", on(WOBBLY, start=at("0:31")), history=["put the pixel clip at 0:31"],
     note="the first turn is ambiguous (two Pixel clips look alike, plus a Pixel still); the answer means the wobbly one")
case("convo-which-360", "the one with the dishing tool", on(DISH, start=at("1:32")), history=["put the 360 clip at 1:32"],
     note="the first turn is ambiguous (two Insta360 exports); the answer means the dishing one")
case("convo-title-longer", "leave it up for 6 seconds", title("Truing a Wheel", 0.0, 6.0), history=["add a title \"Truing a Wheel\" at the start"])
case("convo-that-fast", "make that one twice as fast", {"speed": {"media": PLUCK, "value": 2.0}}, history=["put plucking the spokes.mp4 at 1:40"])
case("convo-same-snapped", "and the same with the snapped spoke photo at 1:58", on(SNAPPED, start=at("1:58")),
     history=["put the strava screenshot at 2:27"])
case("convo-fade-it", "fade that out", {"effect": {"media": DISH, "type": "fade_out"}}, history=["put the dishing tool clip at 1:32"])
case("convo-music-too", "same for the music", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the video out at the end"])
case("convo-speed-normal", "actually back to normal speed", {**on(WHATSAPP, role=None, start=at("1:04")), "speed": {"media": WHATSAPP, "value": 1.0}},
     history=["whatsapp video at 1:04", "make it 3x"])
case("convo-caption-move", "move that caption to 0:58", title("quarter turns", at("0:58")), history=["caption \"quarter turns\" at 0:56"])
case("convo-other-pixel", "and the straight running pixel clip at 2:12", on(STRAIGHT, start=at("2:12")), history=["put PXL_20260511_180114388 at 0:31"])
case("convo-pauses-too", "and the long gaps while you're at it",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["cut all the ums and uhs"])
case("convo-retext", "change it to say \"14g spokes, red slot\"", title("14g spokes, red slot", at("0:36")), history=["add a caption \"14g\" at 0:36"])
case("convo-where-again", "sorry what time was that", {"unchanged": True, "reply_has": [mmss(SEG[13].start)]},
     history=["where do i talk about kasia?"])
case("convo-not-that-one", "no the other pixel one, the straight one", {**on(STRAIGHT, start=at("2:12")), "no_clip": {"media": WOBBLY}},
     history=["put PXL_20260511_180114388 at 2:12"], note="a correction: the straight clip replaces the wobbly one at 2:12")
case("convo-fadein-it", "and fade it in", {"effect": {"media": WHATSAPP, "type": "fade_in"}}, history=["put the whatsapp video at 1:04"])
case("convo-redo", "actually redo that", UMS, history=["remove all the ums", "undo"], note="redo brings the um cut back (ums only)")
case("convo-louder-voice", "a touch more", {"clip_volume": {"role": "main", "db": 5.25, "tol": 1.75}},
     history=["turn my voice up 3 dB"], note="judgement: a little louder than +3 (at least +3.5), up to about +7")
case("convo-kasia-cut", "yeah and the one after it too, the knackered one", sentence_cut(13, 14), history=["cut the sentence about Kasia riding to Liverpool"])
case("convo-confirm-yes", "yes go on then", {"duration_lt": r(D - 58.0), "duration_gt": r(D - 62.0)}, history=["cut everything before 1:00"],
     note="the first turn should ask (a minute of talk); the yes carries it out")
case("convo-anjali-changemind", "hmm actually I preferred it before, can we go back?", {"matches_initial": True},
     history=["Could we maybe make the music -30?"])

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is it now?", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-kasia", "when do i start going on about kasia", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[13].start)]})
case("question-where-dish", "what time does he start explaining dish?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[19].start)]})
case("question-where-guitar", "where's the bit where he plucks the spokes like a guitar", {"unchanged": True, "special": "answer",
     "reply_has": [mmss(SEG[21].start)]})
case("question-where-meter", "at what point do i say the hundred and ten kilos", {"unchanged": True, "reply_has": [mmss(SEG[23].start)]})
case("question-where-radial", "timestamp for where radial true is first explained pls", {"unchanged": True, "reply_has": [mmss(SEG[15].start)]})
case("question-music-level", "what level is the music at", {"unchanged": True, "reply_has": ["-18"]})
case("question-unused", "which clips haven't we used yet", UNCHANGED)
case("question-um-count", "how many times does he say um", UNCHANGED)
case("question-take2", "did he record the goodbye twice?", UNCHANGED)
case("question-broll-track", "what's on the B-roll track right now", {"unchanged": True, "reply_has": [WOBBLY, SNAPPED]},
     setup=[ins("m2", 31.0), ins("m15", 118.0, 3.0)])
case("question-stumbles", "does he mess up anywhere and start again", UNCHANGED)
case("question-res", "what resolution are the pixel clips", UNCHANGED)
case("question-fps", "whats the frame rate", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "have we got any sound effects", UNCHANGED)
case("question-after-cut", "how long is it after that?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["take out all the ums and uhs"])
case("question-what-did", "what did you just do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 3 seconds"])
case("question-customer-true", "sorry whats the difference between the two trues he talks about, i dont get it", UNCHANGED)
case("question-jcut", "can this thing do J-cuts or no", UNCHANGED)

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-mint", "mint, cheers our kid", UNCHANGED)
case("chat-dzieki", "dzięki", UNCHANGED)
case("chat-kasia", "kasia is gonna be buzzin when she sees herself mentioned lol", UNCHANGED)
case("chat-brew", "brb making a brew", UNCHANGED)
case("chat-anjali", "Thank you, this is so much quicker than doing it in Premiere honestly.", UNCHANGED)
case("chat-customer", "my wheel does that wobble thing too, is he open saturdays?", UNCHANGED)
case("chat-hmm", "hmm let me have a think", UNCHANGED)
case("chat-jargon", "nice, the pacing's way better already", UNCHANGED)
case("chat-ok", "ok", UNCHANGED)
case("chat-hello", "hiya, you there?", UNCHANGED)
case("chat-swear", "bloody hell this is dead good", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-kasiaclip", "put the clip of Kasia riding to Liverpool over the Kasia bit", UNCHANGED, note="Kasia is in no media")
case("nonedit-missing-gopro", "stabilise the GoPro bit, its well shaky", UNCHANGED, note="there is no GoPro footage (and no stabiliser)")
case("nonedit-missing-pxl", "add PXL_20260511_180114389.mp4 at 0:40", UNCHANGED, note="the Pixel clips end ...388 and ...602")
case("nonedit-missing-v2", "wheel_v2 at 0:20", UNCHANGED, note="only wheel_v3_USE THIS is in the bin; should ask, not pick v3")
case("nonedit-missing-seq02", "Sequence 02.mp4 at the start", UNCHANGED, note="only Sequence 01")
case("nonedit-missing-mvi0460", "MVI_0460 over the nipple bit", UNCHANGED, note="the Canon B-roll is MVI_0459 and MVI_0463")
case("nonedit-missing-drone", "drone shot over the intro", UNCHANGED, note="no drone footage")
case("nonedit-missing-tubeless", "cut the part where I talk about tubeless tyres", UNCHANGED, note="never said")
case("nonedit-missing-discbrake", "delete the bit about disc brakes", UNCHANGED, note="never said; the brake pad is rim brake, in the Kasia aside")
case("nonedit-missing-hubs", "cut where he explains how to service the hub bearings", UNCHANGED,
     note="he only says the next video might be on hubs; no explanation exists")
case("nonedit-missing-manchester-sister", "remove the line where i mention my sister", UNCHANGED, note="never said")
case("nonedit-missing-bell", "bike bell sound at 0:10", UNCHANGED, note="the only sound effect is a spoke ping")
case("nonedit-missing-lut", "slap the teal and orange LUT on it, its in my downloads", UNCHANGED, note="no LUT file in the project")
case("nonedit-missing-chapters", "add youtube chapters for each step", UNCHANGED, note="no chapter markers in this editor; should say so")
case("nonedit-missing-frontwheel", "cut the bit where he does the front wheel", UNCHANGED, note="only the back wheel is trued")
case("nonedit-offtimeline-ping", "make the spoke ping quieter", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-whatsapp", "speed up the whatsapp video", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-take2", "Recording_0042 needs to be louder", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-obs", "fade out the OBS recording", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-pixel", "PXL_20260511_181957602 black and white", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-strava", "zoom in on the strava screenshot", UNCHANGED, note="only in the bin")
case("nonedit-ambig-pixel", "the pixel clip at 0:45", UNCHANGED, note="two Pixel clips look alike (and a Pixel still)")
case("nonedit-ambig-360", "put the 360 clip at 0:20", UNCHANGED, note="two Insta360 exports")
case("nonedit-ambig-canon", "canon b-roll at 1:00", UNCHANGED, note="MVI_0459 and MVI_0463")
case("nonedit-ambig-spoke", "the spoke clip at 1:40", UNCHANGED, note="spoke key CU nice, plucking the spokes, the new spoke clip")
case("nonedit-ambig-wheelspin", "put the video of the wheel spinning in the stand at 0:40", UNCHANGED,
     note="both Pixel clips show the back wheel spinning in the truing stand")
case("nonedit-ambig-photo", "the photo at 2:00", UNCHANGED, note="the Strava screenshot or the snapped spoke photo")
case("nonedit-ambig-quickrelease", "cut the quick release sentence", UNCHANGED, note="3 and 30")
case("nonedit-ambig-flip", "remove the line about flipping the bike", UNCHANGED, note="2 and 30")
case("nonedit-ambig-snapped", "delete the snapped spoke sentence", UNCHANGED, note="24, 25 and 26")
case("nonedit-ambig-radial", "cut the radial sentence", UNCHANGED, note="15, 16 and 18")
case("nonedit-ambig-brake", "lose the line about the brake", UNCHANGED, note="13 and 14")
case("nonedit-ambig-nipple", "take out the nipple sentence", UNCHANGED, note="7, 26 and 27")
case("nonedit-ambig-tension", "remove the tension line", UNCHANGED, note="21, 23 and 27")
case("nonedit-ambig-spin", "cut the sentence where he spins it", UNCHANGED, note="4, 12 and 29")
case("nonedit-ambig-gap", "cut the gap sentence", UNCHANGED, note="12, 16 and 20")
case("nonedit-ambig-ourkid", "cut the our kid line", UNCHANGED, note="2 and 35")
case("nonedit-ambig-quarter", "delete the quarter turn sentence", UNCHANGED, note="11 and 12")
case("nonedit-inside-grease", "can you clean the grease off my hands in the wheel out clip", UNCHANGED, setup=[ins("m5", 9.0)])
case("nonedit-inside-customer", "the customer's face is in the whatsapp video, can you just remove him", UNCHANGED, setup=[ins("m7", 64.0)],
     note="not a blur of the whole clip: removing a person from inside it")
case("nonedit-inside-strava", "how fast was the ride in that strava screenshot", UNCHANGED, note="a question about the inside of a still")
case("nonedit-inside-traffic", "theres a bus going past at about 1:10, take the bus noise out", UNCHANGED, note="no such sound in the talk")
case("nonedit-inside-wobble", "make the wheel in the wobbly clip look straighter", UNCHANGED, setup=[ins("m2", 31.0)])
case("nonedit-inside-spokecolour", "change the colour of the new spoke to black in that clip", UNCHANGED, setup=[ins("m12", 140.0)])

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-sorted", "delete everything after 'that's a buckled wheel sorted'", {"confirm": True})
case("confirm-first-minute", "get rid of the whole first minute", {"confirm": True})
case("confirm-short", "turn this into a 60 second short, cut whatever", {"confirm": True})
case("confirm-range", "take out 0:30 to 1:30", {"confirm": True})
case("confirm-before-dish", "everything before 'Now, dish is whether' can go", {"confirm": True})
case("confirm-delete-talk", "delete the A-roll clip entirely", {"confirm": True})
case("confirm-last45", "keep just the last 45 seconds", {"confirm": True})
case("confirm-past-two", "cut everything past 2 minutes", {"confirm": True})
case("confirm-hhmmss", "ripple delete 00:01:00 through 00:02:00", {"confirm": True})
case("confirm-anjali-half", "I think it's too long honestly, could we maybe cut it in half? Whatever you think works.", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "ad_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)
