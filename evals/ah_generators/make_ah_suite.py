"""Writes ah_heldout.jsonl from the cases below; every expected time is computed from project AH's
transcript (project_ah_skillet.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("at 2:37", "@ 12 seconds", "00:03:12:15", "3 min 7 sec", "189.5s", "0:56.0",
"one minute ten", "a minute fifteen", "thirty eight seconds", "two and a half minutes", "the 2 minute
mark", "1m41s") are parsed by at() from the very string the message holds (tcase() asserts it is there).

    cd evals/ah_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_ah_suite.py   (writes ../ah_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any other suite than Q, whose
format and bound conventions it keeps; the people and their words are this suite's own). Four people
type, in roughly equal shares, and each case's note says who when it matters:
  Darnell (52, ex-Navy cook, Baton Rouge): short, "yessir", ALL CAPS now and then, Southern spellings
    (scrubbin, talkin, bout, them, thang, ya'll), technical words wrong ("be roll", "cross fade
    transmissions" for transitions, "time line", "the musak", "steal wool");
  Keisha, his wife, on an iPad: whole sentences, autocorrect ("skilled" for skillet, "lie" for lye,
    "Tibideau" for Thibodeaux, "duct" for duck, "codes" for coats), and she changes her mind mid-message
    (the later wish is the one expected);
  the social media manager of the seasoning-oil brand that sponsors the video: marketing speak ("hero
    shot", "call-out", "lower third", "super", "VO", "music bed", "brand-safe", "end card", "dead air"),
    exact seconds, asks to blur or remove a competitor's logo (the Iron Armor can in the Facebook video);
  Jaylen, his nephew, 19: one line, lowercase, "bro", "unc", "lowkey", "no cap", "fr", "ngl", emoji,
    "the osmo clip" (DJI_..._D.MP4, tagged osmo), "fb vid", "bw", "xfade".

Bound conventions (the same as suite Q's): D is the fresh timeline's length (the talk file holds
round(T * 30) frames, T being timed_script's total, and the timeline is those frames; for this talk that
is 6329 frames = 210.97 s, which check_ah_keys.py and test_project_ah.py check against a real build).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05   (cutting the last sentence is ending after the one before)
Ducking is checked at -6 dB (or -9.5 for "10 dB"), which an envelope read as an offset or as an
absolute level both reach, since the bed already sits at -15 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_ah_skillet import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_ah_skillet import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(round(_T * 30) / 30, 2)  # the fresh timeline: round(210.96 s * 30) = 6329 frames / 30 = 210.97, as built
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 9
MUSIC_DB = -15.0
RETAKE_I = 16  # the abandoned "Now before the vinegar" sentence; 17 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m15
(RUSTY, CRACK, LYEBAG, RING, TUB, SCRUB, DRYING, SCREENREC, OSMO, FB, SCAN, FINISHED, EGG, COATS) = (M[i] for i in range(2, 16))

NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def r(x: float) -> float:
    return round(x, 2)


def mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _words_number(text: str) -> int:
    parts = [p for p in re.split(r"[\s-]+", text.strip()) if p not in ("and",)]
    if parts == ["a"]:
        return 1
    return sum(NUMBER_WORDS[p] for p in parts if p != "a")


def at(text: str) -> float:
    """Seconds for a time as a user types it: '2:37', '0:56.0', '00:02:21', '00:03:12:15' (30 fps), '3 min 7 sec',
    '1m41s', '12 seconds', '189.5s', 'thirty eight seconds', 'one minute ten', 'a minute fifteen',
    'two minutes fifty in', 'a minute and a half', 'two and a half minutes', 'the 2 minute mark'."""
    t = text.strip().lower()
    t = re.sub(r"\s+in$", "", t)
    if re.fullmatch(r"\d+:\d\d:\d\d:\d\d", t):
        h, m, s, f = (int(x) for x in t.split(":"))
        return r(h * 3600 + m * 60 + s + f / 30)
    if re.fullmatch(r"\d+:\d\d:\d\d", t):
        h, m, s = (int(x) for x in t.split(":"))
        return float(h * 3600 + m * 60 + s)
    if re.fullmatch(r"\d+:\d\d(\.\d+)?", t):
        m, s = t.split(":")
        return r(int(m) * 60 + float(s))
    hit = re.fullmatch(r"(\d+)\s*(?:m|min|mins|minute|minutes)\s*(\d+)\s*(?:s|sec|secs|seconds)?", t)
    if hit:
        return float(int(hit.group(1)) * 60 + int(hit.group(2)))
    hit = re.fullmatch(r"([\d.]+)\s*(s|sec|secs|seconds)?", t)
    if hit:
        return float(hit.group(1))
    hit = re.fullmatch(r"the (\d+) minute mark", t)
    if hit:
        return float(int(hit.group(1)) * 60)
    if t == "a minute and a half":
        return 90.0
    if t == "two and a half minutes":
        return 150.0
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


def fillers_of(i: int) -> list:
    return [w for w in WORDS if SEG[i].start <= w.start <= SEG[i].end and w.text.lower().strip(",.") in {"um", "uh"}]


def filler_in(i: int) -> dict:
    """One filler: the sentence i must hold exactly one um/uh (asserted)."""
    assert len(fillers_of(i)) == 1, i
    return ONE_FILLER


def start_at(i: int) -> dict:
    """Trim the head so the video starts at sentence i."""
    return {"duration_lt": r(D - (SEG[i].start - (PAUSE[i - 1] - 0.05))), "duration_gt": r(D - (SEG[i].start + 0.05))}


def end_after(i: int) -> dict:
    return {"duration_lt": r(SEG[i].end + 0.8), "duration_gt": r(SEG[i].end - 0.05)}


def last_sentence_cut() -> dict:
    """The last sentence: at least its own length goes, at most everything after the sentence before it."""
    last = len(SEG) - 1
    return {"duration_lt": r(D - (SEG[last].end - SEG[last].start - 0.05)), "duration_gt": r(SEG[last - 1].end - 0.05)}


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
DUCK = -6.0
ALRIGHT_NOWS = [(i, "alright now") for i, (text, _p) in enumerate(SCRIPT) if text.lower().startswith("alright now")]
assert len(ALRIGHT_NOWS) == 6, ALRIGHT_NOWS
TELL_YOU_WHATS = [(3, "i tell you what"), (37, "i tell you what")]


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
    CASES.append({"id": f"ah-{cid}", "message": message, "expect": expect, **extra})


def tcase(cid: str, message: str, said: str, make, **extra) -> None:
    """A case whose expected time is the time typed in the message (``said`` must be in it)."""
    assert said.lower() in message.lower(), (cid, said)
    case(cid, message, make(at(said)), **extra)


UNCHANGED = {"unchanged": True}
DARNELL, KEISHA, SPONSOR, JAYLEN = "Darnell", "Keisha (iPad)", "sponsor's social media manager", "Jaylen"

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-osmo-upsidedown", "put the osmo clip over where unc says it goes in the oven upside down", over(OSMO, 29),
     note=f"{JAYLEN}: 'unc' is Darnell; the Osmo clip is the DJI file tagged osmo")
case("broll-osmo-cooldown", "osmo clip over the 'cut the oven off' part fr", over(OSMO, 30), note=JAYLEN)
case("broll-tub-whatfor", "Can you put the video of the skilled sitting in the vinegar tub over the part where he explains what the vinegar is for?",
     over(TUB, 18), note=f"{KEISHA}: 'skilled' is skillet")
case("broll-tub-mindchange", "Put the clip with the bubbles in the tub over 'do not leave it in there overnight'. Actually no, over the next line, "
     "the thirty minutes one.", over(TUB, 20), note=f"{KEISHA} changes her mind: the sentence after the overnight warning")
case("broll-scrub-steelwool", "put the one where im scrubbin with the steal wool over where i say scrub it with fine steel wool", over(SCRUB, 21),
     note=f"{DARNELL}: 'steal wool'")
case("broll-4490-soap", "IMG_4490 OVER THE ONLY TIME YOU PUT SOAP ON CAST IRON PART", over(SCRUB, 22), note=DARNELL)
case("broll-ring-twodays", "We'd love the Ring doorbell footage as B-roll over the line about the bag sitting in the carport for two days.",
     over(RING, 13), note=SPONSOR)
case("broll-ring-thibodeaux", "ring cam clip over the mr thibodeaux bit 💀", over(RING, 14), note=f"{JAYLEN}: the sentence said to him")
case("broll-lyebag-spray", "The clip of the oven cleaner and the garbage bag should go over where he says spray the whole skilled down",
     over(LYEBAG, 11), note=KEISHA)
case("broll-lyebag-yellowcan", "the oven cleaner video over 'I use oven cleaner, the yellow can'", over(LYEBAG, 10), note=DARNELL)
case("broll-scan-church", "Put Mama Lou's picture over the part about Sunday cornbread after church, she'd love that.", over(SCAN, 2),
     note=f"{KEISHA}: church is only in sentence 2; the later cornbread line has no church")
case("broll-scan-spoon", "mama lou picture over where i talk about her poppin our hands with the spoon", over(SCAN, 4), note=DARNELL)
case("broll-scan-proud", "the old scan of great grandma over the 'mama lou would be proud' line", over(SCAN, 37),
     note=f"{JAYLEN}: Mama Lou is his great-grandmother")
case("broll-screenrec-bayougold", "Please place the screen recording of our product page over the Bayou Gold mention.", over(SCREENREC, 26),
     note=SPONSOR)
case("broll-screenrec-magic", "ScreenRecording_06-13-2025 over 'Alright now, seasoning, this is where the magic happens'", over(SCREENREC, 25),
     note=SPONSOR)
case("broll-fb-yardsale", "fb vid w all the skillets over the part where he says go find one at a yard sale", over(FB, 38), note=JAYLEN)
case("broll-fb-comment", "The Facebook group video over where he tells people to leave a comment.", over(FB, 39), note=KEISHA)
case("broll-fb-navy", "put the face book video over the navy part", over(FB, 1), note=DARNELL)
case("broll-crack-handle", "the crack clip with the flashlight over where i thought i seen a crack by the handle", over(CRACK, 8),
     note=DARNELL)
case("broll-4473-lineofrust", "IMG_4473 over 'turned out it was just a line of rust'", over(CRACK, 9), note=JAYLEN)
case("broll-rusty-bottom", "The clip of him turning the rusty skilled over in his hands, put it over 'look at the bottom, that's rust all over'.",
     over(RUSTY, 6), note=KEISHA)
case("broll-4471-shed", "4471 over the part bout 15 years in my aunties shed", over(RUSTY, 5), note=DARNELL)
case("broll-rusty-nocomingback", "the rusty skillet iphone one over 'aint no coming back from that' 😂", over(RUSTY, 7), note=JAYLEN)
case("broll-drying-flashrust", "drying on burner clip over the flash rust line", over(DRYING, 24), note=JAYLEN)
case("broll-drying-hardware", "drying skillet on burner.MOV over the sentence 'It's gonna look like a brand new skillet off the hardware store shelf'",
     over(DRYING, 23), note=SPONSOR)
case("broll-coats-darker", "Put the codes video, the one that goes grey to bronze to black, over where he talks about each coat getting darker.",
     over(COATS, 32), note=f"{KEISHA}: 'codes' is coats")
case("broll-coats-saturday", "six coats clip over the better part of a saturday line", over(COATS, 31), note=DARNELL)
case("broll-coats-notfb", "Facebook group clip over 'Every coat it gets a little darker' — actually scratch that, it has the Iron Armor can "
     "in it, not brand-safe. Use the six coats clip there instead.", {**over(COATS, 32), "no_clip": {"media": FB}},
     note=f"{SPONSOR} changes her mind: the coats clip, and no Facebook clip at all")
case("broll-finished-seasoned", "Hero shot of the finished skillet (the still of it hanging over the stove) over "
     "'that's a seasoned skillet right there'.", over(FINISHED, 36), note=SPONSOR)
case("broll-4502-intro", "IMG_4502 over the first sentence lol like a before after tease", over(FINISHED, 0), note=JAYLEN)
case("broll-egg-crack", "The egg video over 'crack the egg in, and look at that'.", over(EGG, 35), note=KEISHA)
case("broll-egg-truth", "first_egg_FINAL_v2 over moment of truth", over(EGG, 34), note=JAYLEN)
case("broll-scrub-lagniappe", "Over the lagniappe part, put the clip of the skilled in the sink being scrubbed.", over(SCRUB, 33), note=KEISHA)
case("broll-scan-baconoil", "put the picture of mama lou over 'Mama Lou just used bacon grease'", over(SCAN, 26), note=DARNELL)
case("broll-egg-chatty", "Hey, sorry to bother you again, I know he keeps changing things, but could you please put the egg video over "
     "the part where he says no sticking, no scraping? Thank you so much!!", over(EGG, 36), note=f"{KEISHA}: a chatty wrapper")
case("broll-osmo-chatty", "yo quick thing can u put the osmo clip over 'four hundred fifty degrees' ty", over(OSMO, 29), note=JAYLEN)
case("broll-osmo-sponsor", "Can we get the Osmo push-in of the skillet going into the oven over 'Then it goes in the oven'?", over(OSMO, 29),
     note=SPONSOR)
case("broll-tub-hose", "The tub of vinegar clip over the sentence where he says to rinse the lie off with the water hose.", over(TUB, 17),
     note=f"{KEISHA}: 'lie' is lye; the water hose is only in the good take (17), not the abandoned one")

# --- times and positions ---------------------------------------------------------------------------
tcase("time-4478-exact", "Place IMG_4478 at exactly 0:56.0.", "0:56.0", lambda t: on(LYEBAG, start=t), note=SPONSOR)
tcase("time-screenrec-hms", "Screen recording in at 00:02:21 please, full length.", "00:02:21", lambda t: on(SCREENREC, start=t), note=SPONSOR)
tcase("time-osmo-at", "osmo clip @ 2:37", "2:37", lambda t: on(OSMO, start=t), note=JAYLEN)
tcase("time-egg-minsec", "put the egg video on the time line at 3 min 7 sec", "3 min 7 sec", lambda t: on(EGG, start=t), note=DARNELL)
tcase("time-ring-words", "Could you put the Ring video at one minute ten?", "one minute ten", lambda t: on(RING, start=t), note=KEISHA)
tcase("time-fb-mmss", "fb vid at 3:20", "3:20", lambda t: on(FB, start=t), note=JAYLEN)
tcase("time-scan-caps", "MAMA LOU PICTURE AT 12 SECONDS", "12 seconds", lambda t: on(SCAN, start=t), note=DARNELL)
tcase("time-4502-timecode", "Insert IMG_4502.JPG at 00:03:12:15 (30 fps).", "00:03:12:15", lambda t: on(FINISHED, start=t), note=SPONSOR)
tcase("time-sizzle-mmss", "Put the grease sizzle sound at 3:09.", "3:09", lambda t: on(SFX, role=None, start=t), note=KEISHA)
tcase("time-sizzle-decimal", "sizzle sfx at 189.5s", "189.5s", lambda t: on(SFX, role=None, start=t), note=JAYLEN)
tcase("time-rusty-words", "the rusty skillet clip at thirty eight seconds", "thirty eight seconds", lambda t: on(RUSTY, start=t),
      note=DARNELL)
tcase("time-coats-in", "Put the six coats video two minutes fifty in.", "two minutes fifty in", lambda t: on(COATS, start=t), note=KEISHA)
tcase("time-4490-for5", "IMG_4490 at 1:58 for 5 seconds", "1:58", lambda t: on(SCRUB, start=t, within=[t, t + 5.0]), note=SPONSOR)
tcase("time-drying-ish", "drying clip like 2:12 ish idc exactly", "2:12", lambda t: on(DRYING, start=t, tol=1.5), note=JAYLEN)
tcase("time-ring-roundabout", "put the doorbell one round about a minute fifteen", "a minute fifteen", lambda t: on(RING, start=t, tol=1.5),
      note=DARNELL)
tcase("time-tub-minutehalf", "vinegar tub clip a minute and a half in", "a minute and a half", lambda t: on(TUB, start=t), note=JAYLEN)
tcase("time-coats-1m41", "six_coats_side_by_side at 1m41s", "1m41s", lambda t: on(COATS, start=t), note=JAYLEN)
tcase("time-crack-decimal", "IMG_4473 @ 46.7 seconds, not 47.", "46.7 seconds", lambda t: on(CRACK, start=t), note=SPONSOR)
tcase("time-drying-halfminutes", "put the burner drying clip two and a half minutes in", "two and a half minutes",
      lambda t: on(DRYING, start=t), note=DARNELL)
tcase("time-scrub-mark", "scrubbin video at the 2 minute mark", "the 2 minute mark", lambda t: on(SCRUB, start=t), note=DARNELL)
tcase("time-ring-mindchange", "Put the Ring video at 1:10. No, make it 1:05, that's better.", "1:05", lambda t: on(RING, start=t, count=1),
      note=f"{KEISHA} changes her mind: one Ring clip, at 1:05")
tcase("time-4502-skilledpic", "Put the picture of the skilled at 3:00.", "3:00", lambda t: on(FINISHED, start=t),
      note=f"{KEISHA}: the one still whose subject is the skillet; the scan is a photo of Mama Lou")
case("time-crack-2s-into", "Bring the crack clip in two seconds after he starts 'I thought I saw one running up by the handle'.",
     on(CRACK, start=r(SEG[8].start + 2.0), tol=0.3), note=KEISHA)
case("time-fb-1s-after", "fb clip 1 sec after he starts the yard sale line", on(FB, start=r(SEG[38].start + 1.0), tol=0.3), note=JAYLEN)
case("time-4502-before-end", "Hero shot IMG_4502 5 seconds before the end.", on(FINISHED, start=r(D - 5.0), tol=0.3), note=SPONSOR)
case("time-osmo-before-end", "osmo clip 20 secs before the end", on(OSMO, start=r(D - 20.0), tol=0.3), note=JAYLEN)
case("pos-rusty-open", "start the whole video on the rusty skillet clip before my face shows up", on(RUSTY, start=0.0), note=DARNELL)
case("pos-finished-last", "The last thing on screen should be the picture of the finished skilled hanging over the stove.",
     on(FINISHED, role=None, overlaps=[r(D - 5.0), 400.0]), note=KEISHA)
case("pos-coats-middle", "put the coats clip right in the middle of the vid", on(COATS, start=r(D / 2), tol=1.5), note=JAYLEN)
case("pos-sizzle-crackegg", "sizzle noise right when i say 'crack the egg in'", on(SFX, role=None, overlaps=list(phrase(35, "crack the egg in"))),
     note=DARNELL)
case("pos-sizzle-porch", "Sizzle SFX on 'you could hear that sizzle'.", on(SFX, role=None, overlaps=list(phrase(3, "you could hear that sizzle"))),
     note=SPONSOR)
case("pos-sizzle-playhead", "Put the sizzle sound right here where I've stopped it.", on(SFX, role=None, start=145.0), playhead=145.0,
     note=KEISHA)
case("pos-title-playhead", "Call-out 'Bayou Gold Seasoning Oil' at the playhead.", title("Bayou Gold Seasoning Oil", start=141.5),
     playhead=141.5, note=SPONSOR)
case("pos-selected-bw", "make this one black n white", bw(CRACK), setup=[ins("m2", 38.0), ins("m3", 47.0)], selection=["c4"],
     note=f"{DARNELL}: c4 is IMG_4473.MOV (setup makes c3, c4)")
case("pos-selected-half", "slow the selected one to half", {"speed": {"media": OSMO, "value": 0.5}},
     setup=[ins("m10", 157.0), ins("m14", 188.0)], selection=["c3"], note=f"{JAYLEN}: c3 is the Osmo clip")
case("pos-title-vinegar", "Put the title 'Step 2: The Vinegar Soak' right when he starts 'Alright now, the vinegar is for the rust'.",
     title("Step 2: The Vinegar Soak", start=SEG[18].start), note=KEISHA)

# --- cuts: fillers, pauses, the retake, sentences, phrases, ranges ---------------------------------
case("cut-fillers", "take out all my ums and uhs", FILLERS, note=DARNELL)
case("cut-fillers-keisha", "Please remove all the um's and uh's, he sounds like he's thinking too hard.", FILLERS, note=KEISHA)
case("cut-fillers-jaylen", "cut every um n uh bro", FILLERS, note=JAYLEN)
case("cut-fillers-sponsor", "Clean up the VO: remove all filler sounds (ums/uhs).", FILLERS, note=SPONSOR)
case("cut-fillers-typo", "get rid of the uhhs and ummms thru the whole thang", FILLERS, note=DARNELL)
case("cut-ums-only", "Just the ums please, leave the uhs, they sound natural.", UMS, note=f"{KEISHA}: five ums, not the four uhs")
case("cut-uhs-only", "cut only the uhs not the ums", UHS, note=JAYLEN)
case("cut-uh-shed", "cut the uh in the 15 years in the shed sentence", filler_in(5), note=DARNELL)
case("cut-um-heart", "There's an um right before 'my heart about stopped', can you take that one out?", filler_in(8), note=KEISHA)
case("cut-um-twohours", "the um before 'two at the most' cut it", filler_in(20), note=JAYLEN)
case("cut-uh-baconoil", "Remove the 'uh' before 'Mama Lou just used bacon grease' (just that one).", filler_in(26), note=SPONSOR)
case("cut-um-upsidedown", "take the um out of 'goes in the oven um upside down'", filler_in(29), note=DARNELL)
case("cut-um-yardsale", "The um near the end, in 'at a yard sale, um, and bring it back to life', take out just that one.", filler_in(38),
     note=KEISHA)
case("cut-uh-seasoned", "uh before thats a seasoned skillet right there. delete", filler_in(36), note=JAYLEN)
case("cut-alrightnow-all", "He says 'alright now' way too much, can you cut all of them?", phrases_cut(ALRIGHT_NOWS),
     note=f"{KEISHA}: six, at the start of sentences 0, 10, 18, 25, 34 and 40")
case("cut-tellyouwhat-both", "cut both 'i tell you what's", phrases_cut(TELL_YOU_WHATS), note=JAYLEN)
case("cut-cher", "cut 'cher' out my wife dont like it", phrase_cut(12, "cher", 0.05, 0.25), note=DARNELL)
case("cut-threehouses", "Remove 'from three houses down'.", phrase_cut(15, "from three houses down"), note=KEISHA)
case("cut-sentbottle", "Cut 'they sent me a bottle' — we'd rather it not read like a freebie.", phrase_cut(26, "they sent me a bottle"),
     note=SPONSOR)
case("cut-crawfish", "cut 'orange as a crawfish' lmao", phrase_cut(6, "orange as a crawfish"), note=JAYLEN)
case("cut-greysad", "Take out 'just grey and kind of sad', it's a downer.", phrase_cut(23, "just grey and kind of sad"), note=KEISHA)
case("cut-thanklord", "cut 'thank the lord' bout the crack, pastor gonna say im usin it in vain", phrase_cut(9, "thank the lord"),
     note=DARNELL)
case("cut-mistake", "Please cut 'like you made a mistake', it's off-message.", phrase_cut(27, "like you made a mistake"), note=SPONSOR)
case("cut-pullinghot", "cut 'don't you go pulling it out hot'", phrase_cut(30, "don't you go pulling it out hot"), note=JAYLEN)
case("cut-nowlisten-me", "take out 'now listen to me' before the overnight part", phrase_cut(19, "now listen to me"), note=DARNELL)
case("cut-grease-keepoil", "Cut 'but, uh, Mama Lou just used bacon grease and she did fine' but keep the first half with our oil.",
     phrase_cut(26, "but uh mama lou just used bacon grease and she did fine"), note=SPONSOR)
case("cut-pauses", "tighten up them dead spots where i aint talkin", PAUSES, note=DARNELL)
case("cut-pauses-jaylen", "cut the long silences its dragging", PAUSES, note=JAYLEN)
case("cut-pauses-sponsor", "Tighten the pacing: remove dead air over a second.", PAUSES, note=SPONSOR)
case("cut-pauses-keisha", "There are some long gaps where he's walking around the carport, could you shorten those all the way through?",
     PAUSES, note=KEISHA)
case("cut-pause-grace", "The pause after 'before grace was said' is way too long.", pause_cut(4), note=KEISHA)
case("cut-pause-business", "that quiet spot after 'so we in business' cut it down", pause_cut(9), note=DARNELL)
case("cut-pause-thibodeaux", "the dead air after the thibodeaux convo, shorten", pause_cut(14), note=JAYLEN)
case("cut-pause-twohours", "Trim the dead air after 'two at the most'.", pause_cut(20), note=SPONSOR)
case("cut-pause-flashrust", "Shorten the silence after the flash rust sentence.", pause_cut(24), note=KEISHA)
case("cut-pause-thibodeaux-chatty", "Alright now listen here, i need that long quiet after the thibodeaux thing took out, thank ya kindly",
     pause_cut(14), note=f"{DARNELL}: a chatty wrapper")
case("cut-pause-potato", "after the potato tip theres a long quiet, cut it", pause_cut(33), note=DARNELL)
case("cut-pause-hot", "gap after 'pulling it out hot' too long", pause_cut(30), note=JAYLEN)
case("cut-retake", "cut where i mess up the vinegar part and say it again", RETAKE, note=DARNELL)
case("cut-retake-quote", "He says 'no, hold on, I got that wrong, let me say that again', please take that out along with the sentence "
     "he messed up.", RETAKE, note=KEISHA)
case("cut-retake-flub", "cut the flub before he says the rinse thing right", RETAKE, note=JAYLEN)
case("cut-retake-falsestart", "Remove the false start before 'Now before the vinegar, you rinse every bit of that lye off'.", RETAKE,
     note=SPONSOR)
case("cut-retake-lie", "Cut his first try at the lie rinsing part, the one where he gets it wrong.", RETAKE, note=f"{KEISHA}: 'lie' is lye")
case("cut-navy", "cut the navy line, my ship buddies gonna clown me", sentence_cut(1), note=DARNELL)
case("cut-thibodeaux-to", "Take out what he says to Mr. Tibideau, he'll be embarrassed.", sentence_cut(14),
     note=f"{KEISHA}: the sentence said to the neighbour, not the one about him after it")
case("cut-beenasking", "cut the whole line 'He been asking about this skillet all week'", sentence_cut(15),
     note=f"{JAYLEN}: quotes the start of sentence 15 and asks for the whole line")
case("cut-lagniappe", "take out the potato thing, the lagniappe", sentence_cut(33), note=DARNELL)
case("cut-hardware", "Delete the sentence where he says it'll look like a brand new skilled off the hardware store shelf.", sentence_cut(23),
     note=KEISHA)
case("cut-spoon", "cut the spoon line where she pops ur hand", sentence_cut(4), note=JAYLEN)
case("cut-business-quote", "cut \"Turned out it was just a line of rust in a scratch, thank the Lord, so we in business.\"", sentence_cut(9),
     note=DARNELL)
case("cut-gloves", "Remove the part where he says to put rubber gloves on, I'll add it as text instead.", sentence_cut(12), note=KEISHA)
case("cut-sticky", "Delete the whole 'too thick, sticky and gummy' sentence — negative messaging next to the product.", sentence_cut(28),
     note=SPONSOR)
case("cut-truth", "delete the moment of truth line", sentence_cut(34), note=JAYLEN)
case("cut-saturday", "cut where i say it took the better part of a saturday", sentence_cut(31), note=DARNELL)
case("cut-hourup", "Cut the sentence about the hour being up and turning the oven off.", sentence_cut(30), note=KEISHA)
case("cut-comment", "Remove the sign-off line 'Leave me a comment and tell me what y'all are cooking in yours'.", sentence_cut(39),
     note=SPONSOR)
case("cut-blessed-last", "cut 'alright now be blessed' at the end", last_sentence_cut(),
     note=f"{JAYLEN}: the last sentence; the silence after it may go with it")
case("cut-word-crusty", "Take out the word 'crusty', it sounds gross.", phrase_cut(10, "crusty", 0.05, 0.25), note=KEISHA)
case("cut-crawfish-line", "cut out the crawfish sentence", sentence_cut(6), note=DARNELL)
case("cut-magic-mindchange", "Cut from 'Alright now, seasoning' through the end of the bacon grease sentence. Wait no, the sponsor would kill me. "
     "Just cut 'Alright now, seasoning, this is where the magic happens.'", sentence_cut(25),
     note=f"{KEISHA} changes her mind: only sentence 25, the Bayou Gold sentence stays")
case("cut-range-coats", "cut from 'I did that six times' to the end of the grey to bronze line", sentence_cut(31, 32), note=DARNELL)
case("cut-range-story", "cut the whole mama lou story at the start, the 3 lines from 'this skillet belonged to mama lou' to the spoon part",
     sentence_cut(2, 4), note=JAYLEN)
case("cut-thibodeaux-both", "Take out the whole Thibodeaux aside, both lines: the one to him and the one about him.", sentence_cut(14, 15),
     note=SPONSOR)

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first2", "cut the first 2 seconds off", {"duration_near": [r(D - 2.0), 0.1]}, note=DARNELL)
case("trim-tail-half", "trim 0.5s off the end", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note=f"{JAYLEN}: the last word ends {r(D - WORDS[-1].end)} s before the end, all silence: anywhere near half a second is fine")
tcase("trim-range-secs", "Remove 1:40 to 1:43.", "1:40", lambda t: {"duration_near": [r(D - (at("1:43") - t)), 0.1]}, note=SPONSOR)
tcase("trim-range-mmss", "Take out 2:50 to 2:52 please.", "2:50", lambda t: {"duration_near": [r(D - (at("2:52") - t)), 0.1]}, note=KEISHA)
case("trim-start-navy", "start it at 'I cooked twenty two years in the Navy'", start_at(1), note=DARNELL)
case("trim-start-mamalou", "Start the video at 'This skilled belonged to Mama Lou'.", start_at(2), note=KEISHA)
case("trim-end-seasoned", "End on 'that's a seasoned skillet right there' and cut everything after.", end_after(36), note=SPONSOR)
case("trim-end-cornbread", "I'd like it to end right after he says he's making her cornbread next Sunday.", end_after(37), note=KEISHA)
case("trim-osmo-4s", "osmo clip too long make it 4 sec", {**on(OSMO, start=157.0, within=[157.0, 161.0]), "duration_near": [D, 0.05]},
     setup=[ins("m10", 157.0)], note=JAYLEN)
case("trim-fb-shorter", "Cut 3 seconds off the Facebook video.", {**on(FB, within=[200.0, 206.0]), "duration_near": [D, 0.05]},
     setup=[ins("m11", 200.0)], note=KEISHA)
case("trim-screenrec-5s", "Trim the screen recording to 5 seconds.", {**on(SCREENREC, start=141.0, within=[141.0, 146.0]),
     "duration_near": [D, 0.05]}, setup=[ins("m9", 141.0)], note=SPONSOR)
tcase("move-4502", "Move IMG_4502 to 3:12.", "3:12", lambda t: on(FINISHED, start=t, count=1), setup=[ins("m13", 180.0, 5.0)], note=SPONSOR)
case("move-ring-later", "push the ring clip 2 sec later", on(RING, start=72.0, count=1), setup=[ins("m5", 70.0)], note=JAYLEN)
case("move-egg-sooner", "the egg video needs to come in 3 seconds sooner", on(EGG, start=187.0, count=1), setup=[ins("m14", 190.0)],
     note=DARNELL)
case("move-tub-sentence", "Line the vinegar tub clip up with the start of 'Alright now, the vinegar is for the rust'.",
     on(TUB, start=SEG[18].start, tol=0.3, count=1), setup=[ins("m6", 93.0)], note=KEISHA)
case("move-screenrec-bayougold", "Please move the screen recording so it starts exactly when he says 'Bayou Gold'.",
     on(SCREENREC, start=phrase(26, "bayou gold")[0], tol=0.3, count=1), setup=[ins("m9", 130.0)], note=SPONSOR)
case("reorder-tub-scrub", "them two clips backwards, the vinegar tub one go first then the scrubbin",
     {**on(TUB, start=100.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 106.0, "tol": 1.0}},
     setup=[ins("m7", 100.0), ins("m6", 107.0)], note=DARNELL)
case("reorder-crack-rusty", "swap the crack clip n the rusty skillet clip", {**on(RUSTY, start=40.0, tol=1.0),
     "clip_boundary_at": {"role": "broll", "time": 47.0, "tol": 1.0}}, setup=[ins("m3", 40.0), ins("m2", 45.0)], note=JAYLEN)
case("reorder-osmo-coats", "The codes video and the oven one are in the wrong order, the oven one should go first.",
     {**on(OSMO, start=160.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 167.0, "tol": 1.0}},
     setup=[ins("m15", 160.0), ins("m10", 166.0)], note=f"{KEISHA}: 'codes' is coats")

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-xfade-iphones", "xfade between the two iphone clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m6", 100.0), ins("m7", 106.0)], note=f"{JAYLEN}: the two iPhone clips on the timeline")
case("transition-dip-ring-lyebag", "Dip to black between the oven cleaner clip and the Ring footage, 1s.",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m4", 56.0), ins("m5", 64.0)], note=SPONSOR)
case("transition-wipe", "wipe from the crack video into the rusty one", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m3", 40.0), ins("m2", 45.0)], note=DARNELL)
case("transition-soften", "The cut from the egg video to the skilled picture is so sudden, can you soften it?", {"transition": {"role": "broll"}},
     setup=[ins("m14", 188.0), ins("m13", 194.0, 4.0)], note=f"{KEISHA}: any kind of transition counts")
case("transition-smooth", "smooth transition from the osmo clip into the coats one", {"transition": {"role": "broll"}},
     setup=[ins("m10", 160.0), ins("m15", 167.0)], note=JAYLEN)
case("transition-transmission", "put one of them cross fade transmissions tween the 2 be roll clips",
     {"transition": {"role": "broll", "kind": "crossfade"}}, setup=[ins("m4", 56.0), ins("m5", 64.0)],
     note=f"{DARNELL}: 'transmissions' for transitions, 'be roll' for B-roll")
case("transition-xfade-2s", "Please add a 2s crossfade between the two B-roll clips.",
     {"transition": {"role": "broll", "kind": "crossfade", "duration": 2.0}}, setup=[ins("m9", 141.0), ins("m13", 149.0, 4.0)], note=SPONSOR)
case("effect-fadein", "fade in from black at the beginnin", {"effect": {"role": "main", "type": "fade_in"}}, note=DARNELL)
case("effect-fadeout-3s", "3-second fade to black at the end.", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}}, note=SPONSOR)
case("effect-cool", "My husband looks kind of orange in the carport light, can you cool him down a little?",
     {"effect": {"role": "main", "type": "color"}}, note=f"{KEISHA}: any colour correction on the talk counts")
case("effect-bw-osmo", "osmo clip bw", bw(OSMO), setup=[ins("m10", 157.0)], note=JAYLEN)
case("effect-bw-scan", "make mama lou picture black and white like old times", bw(SCAN), setup=[ins("m12", 12.0, 5.0)], note=DARNELL)
case("effect-zoom-finished", "Slow zoom in on the picture of the finished skilled.", {"effect": {"media": FINISHED, "type": "zoom"}},
     setup=[ins("m13", 192.0, 5.0)], note=KEISHA)
case("effect-kenburns-scan", "Ken Burns on the Mama Lou scan, please.", {"effect": {"media": SCAN, "type": "zoom"}},
     setup=[ins("m12", 12.0, 5.0)], note=SPONSOR)
case("effect-blur-fb", "Blur the whole Facebook clip, it isn't brand-safe.", {"effect": {"media": FB, "type": "blur"}},
     setup=[ins("m11", 200.0)], note=f"{SPONSOR}: the whole clip, which the editor can do")
case("effect-bright-ring", "ring cam footage kinda dark brighten it", {"effect": {"media": RING, "type": "color"}}, setup=[ins("m5", 70.0)],
     note=JAYLEN)
case("effect-fadein-hero", "Please add a fade-in on the hero shot (IMG_4502).", {"effect": {"media": FINISHED, "type": "fade_in"}},
     setup=[ins("m13", 192.0, 5.0)], note=SPONSOR)
case("effect-normalize", "level out my voice its up n down", {"effect": {"role": "main", "type": "normalize"}}, note=DARNELL)
case("effect-music-in", "Fade the guitar music in at the start.", {"effect": {"role": "music", "type": "fade_in"}}, note=KEISHA)
case("effect-music-out", "music fade out at the end", {"effect": {"role": "music", "type": "fade_out"}}, note=JAYLEN)
case("effect-rotate-scrub", "the scrubbin video is sideways, turn it 90 to the right", {"effect": {"media": SCRUB, "type": "rotate", "degrees": 90}},
     setup=[ins("m7", 118.0)], note=DARNELL)
case("effect-flip-egg", "egg clip is mirrored flip it", {"effect": {"media": EGG, "type": "flip"}}, setup=[ins("m14", 188.0)], note=JAYLEN)
case("effect-pip-screenrec", "Picture-in-picture the screen recording, small in the top right corner.", {"effect": {"media": SCREENREC, "type": "pip"}},
     setup=[ins("m9", 141.0)], note=SPONSOR)
case("effect-color-crack", "Can you make the crack clip look less washed out, more color?", {"effect": {"media": CRACK, "type": "color"}},
     setup=[ins("m3", 47.0)], note=KEISHA)
case("speed-osmo-2x", "osmo clip 2x", {"speed": {"media": OSMO, "value": 2.0}}, setup=[ins("m10", 157.0)], note=JAYLEN)
case("speed-egg-half", "slow the egg video down to half", {"speed": {"media": EGG, "value": 0.5}}, setup=[ins("m14", 188.0)], note=DARNELL)
case("speed-talk-10pc", "Can the whole video go a little faster, maybe 10 percent? He talks slow.", {"speed": {"role": "main", "value": 1.1}},
     note=KEISHA)
case("speed-fb-3x", "Speed the Facebook clip up to 3x.", {"speed": {"media": FB, "value": 3.0}}, setup=[ins("m11", 200.0)], note=SPONSOR)
case("speed-tub-quarter", "4486 slowmo 0.25x", {"speed": {"media": TUB, "value": 0.25}}, setup=[ins("m6", 100.0)], note=JAYLEN)
case("speed-scrub-150", "scrubbin clip one and a half times speed", {"speed": {"media": SCRUB, "value": 1.5}}, setup=[ins("m7", 118.0)],
     note=DARNELL)
case("speed-ring-75", "Ring clip at 75% speed please.", {"speed": {"media": RING, "value": 0.75}}, setup=[ins("m5", 70.0)], note=KEISHA)

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-20", "music down to -20", {"clip_volume": {"role": "music", "db": -20.0}}, note=DARNELL)
case("audio-music-down6", "The music is too loud, please turn it down 6 dB.", {"clip_volume": {"role": "music", "db": MUSIC_DB - 6.0}},
     note=KEISHA)
case("audio-bed-24", "Set the music bed to -24 dB.", {"clip_volume": {"role": "music", "db": -24.0}}, note=SPONSOR)
case("audio-music-up3", "music up 3db", {"clip_volume": {"role": "music", "db": MUSIC_DB + 3.0}}, note=JAYLEN)
case("audio-drowning", "that guitar drownin me out", {"clip_volume": {"role": "music", "db": -23.5, "tol": 5.5}},
     note=f"{DARNELL}; judgement: any cut of 3 to 14 dB on the bed counts; ducking only under speech would fail this")
case("audio-duck-keisha", "Can the music get quieter when he talks and come back up when he's not?", {"music_envelope_dips_during_speech": DUCK},
     note=KEISHA)
case("audio-duck-sponsor", "Duck the music bed under the VO.", {"music_envelope_dips_during_speech": DUCK}, note=SPONSOR)
case("audio-duck-10", "duck the music 10db when unc talks", {"music_envelope_dips_during_speech": -9.5}, note=JAYLEN)
case("audio-duct", "Could you duct the music under his voice?", {"music_envelope_dips_during_speech": DUCK}, note=f"{KEISHA}: 'duct' is duck")
case("audio-mute-music", "MUTE THE MUSAK", {"track_muted": "music"}, note=DARNELL)
case("audio-voice-up3", "voice +3db", {"clip_volume": {"role": "main", "db": 3.0}}, note=JAYLEN)
case("audio-vo-up2", "The VO needs a little more presence, +2 dB please.", {"clip_volume": {"role": "main", "db": 2.0}}, note=SPONSOR)
case("audio-voice-down2", "He's a bit loud, bring his voice down 2 dB.", {"clip_volume": {"role": "main", "db": -2.0}}, note=KEISHA)
case("audio-bed-chatty", "Hi! Hope you're well 😊 Quick ask from the brand side: could we get the music bed down to -22 dB? Thanks so much!",
     {"clip_volume": {"role": "music", "db": -22.0}}, note=f"{SPONSOR}: a chatty wrapper")
case("audio-music-minus18", "Set the music to minus eighteen.", {"clip_volume": {"role": "music", "db": -18.0}}, note=SPONSOR)
case("audio-music-mindchange", "Turn the music down to -20, no wait, -25 is better.", {"clip_volume": {"role": "music", "db": -25.0}},
     note=f"{KEISHA} changes her mind")

# --- titles (quoted text keeps its case) -----------------------------------------------------------
tcase("title-lowerthird-name", "Lower third: 'Darnell Jones — Navy Cook, Ret.' at 0:06 for 4 seconds.", "0:06",
      lambda t: title("Darnell Jones — Navy Cook, Ret.", t, 4.0), note=SPONSOR)
tcase("title-callout-range", "Call-out 'Bayou Gold Seasoning Oil' from 2:21 to 2:26.", "2:21",
      lambda t: title("Bayou Gold Seasoning Oil", t, at("2:26") - t), note=SPONSOR)
tcase("title-super-code", "Super 'USE CODE DARNELL15' at 3:20 for 5 secs", "3:20", lambda t: title("USE CODE DARNELL15", t, 5.0), note=SPONSOR)
tcase("title-linkinbio", "Add the call-out 'Link in bio 👇' at 3:25 for 3 seconds.", "3:25", lambda t: title("Link in bio 👇", t, 3.0),
      note=SPONSOR)
case("title-open", "Put the title 'Mama Lou's Skillet' over the first 5 seconds.", title("Mama Lou's Skillet", 0.0, 5.0), note=KEISHA)
tcase("title-gloves", "Add text 'Wear gloves + eye protection!' at 1:07", "1:07", lambda t: title("Wear gloves + eye protection!", t),
      note=KEISHA)
case("title-caps-start", "PUT 'ALRIGHT NOW Y'ALL' ON THE SCREEN AT THE START", title("ALRIGHT NOW Y'ALL", 0.0), note=DARNELL)
tcase("title-emoji-lagniappe", "text 'bro said lagniappe 💀' at 2:58", "2:58", lambda t: title("bro said lagniappe 💀", t), note=JAYLEN)
tcase("title-emoji-egg", "caption 'no cap best egg ever 🍳' at 3:08", "3:08", lambda t: title("no cap best egg ever 🍳", t), note=JAYLEN)
case("title-step-lye", "title 'Step 1: Lye Bath' when i start talkin bout the oven cleaner", title("Step 1: Lye Bath", SEG[10].start),
     note=DARNELL)
tcase("title-degrees", "Add '450°F for 1 hour' on screen at 2:37.", "2:37", lambda t: title("450°F for 1 hour", t), note=KEISHA)
case("title-endcard", "End card 'Shop Bayou Gold — link in bio' for the last 4 seconds.", title("Shop Bayou Gold — link in bio", r(D - 4.0), 4.0),
     note=SPONSOR)
tcase("title-memory", "put 'In Loving Memory of Mama Lou' at 0:12 for 5 sec", "0:12", lambda t: title("In Loving Memory of Mama Lou", t, 5.0),
      note=DARNELL)
case("title-overnight", "Caption 'DO NOT soak overnight!' right when he says do not leave it in there overnight.",
     title("DO NOT soak overnight!", phrase(19, "do not leave it in there overnight")[0]), note=f"{KEISHA}: at the quoted words, mid-sentence")
tcase("title-coats", "title '6 COATS' at 2:50", "2:50", lambda t: title("6 COATS", t), note=JAYLEN)
tcase("title-exact-secs", "Lower third 'Seasoned with Bayou Gold' at exactly 143.5 seconds.", "143.5 seconds",
      lambda t: title("Seasoned with Bayou Gold", t), note=SPONSOR)
case("title-mindchange", "Put 'Mama Lou's Skillet' at the start. Actually make it say 'Mama Lou's Cast Iron', that sounds better.",
     title("Mama Lou's Cast Iron", 0.0), note=f"{KEISHA} changes her mind: the second wording")

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "Take out the ums and uhs and also the part where he messes up and says let me say that again.",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note=f"{KEISHA}: the retake holds one uh")
case("multi-pauses-duck", "cut the long quiet parts and make the music go down when im talkin",
     {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK}, note=DARNELL)
tcase("multi-osmo-bw", "osmo clip at 2:37 and make it bw", "2:37", lambda t: {**on(OSMO, role=None, start=t), **bw(OSMO)}, note=JAYLEN)
tcase("multi-hero-callout", "At 3:12 insert the hero shot still (IMG_4502) and the call-out 'Seasoned with Bayou Gold'.", "3:12",
      lambda t: {**on(FINISHED, role=None, start=t), **title("Seasoned with Bayou Gold", t)}, note=SPONSOR)
case("multi-retake-tub", "Remove his first messed up try at the rinse sentence, then put the vinegar tub clip over the correct one.",
     {**RETAKE, **on(TUB, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])},
     note=KEISHA)
case("multi-music-fade", "music to -22 and fade it out at the end",
     {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_out"}}, note=DARNELL)
case("multi-fb-mute", "fb vid 2x speed and mute the music", {"speed": {"media": FB, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m11", 200.0)], note=JAYLEN)
case("multi-trim-title", "Trim 1.5 seconds off the start, then put 'Mama Lou's Skillet' at 0:00.",
     {"duration_near": [r(D - 1.5), 0.1], **title("Mama Lou's Skillet", 0.0)}, note=SPONSOR)
tcase("multi-egg-fadein", "egg video at 3:07 with a fade in", "3:07",
      lambda t: {**on(EGG, role=None, start=t), "effect": {"media": EGG, "type": "fade_in"}}, note=DARNELL)
case("multi-normalize-duck", "Normalize his voice and duck the music under him.",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK}, note=KEISHA)
case("multi-thibodeaux-next", "cut the thibodeaux line and the one right after it", sentence_cut(14, 15), note=JAYLEN)
case("multi-fillers-music", "cut all them ums and uhs and put the music at -20",
     {**FILLERS, "clip_volume": {"role": "music", "db": -20.0}}, note=DARNELL)
case("multi-fb-blur-trim", "Blur the Facebook clip and cut it down to 5 seconds.",
     {"effect": {"media": FB, "type": "blur"}, **on(FB, within=[200.0, 205.0])}, setup=[ins("m11", 200.0)], note=SPONSOR)

# --- conversation follow-ups and answers to the editor's questions ---------------------------------
case("convo-it-bw", "make it bw", bw(OSMO), history=["osmo clip at 2:37"], note=JAYLEN)
case("convo-move-it", "Hmm, no, put it at 3:10 instead.", on(EGG, start=at("3:10"), count=1), history=["Put the egg video at 3:07."],
     note=KEISHA)
case("convo-quieter", "still too loud, lower", {"clip_volume": {"role": "music", "db": -24.0, "tol": 3.0}}, history=["music to -20"],
     note=f"{DARNELL}; judgement: anything from 1 to 7 dB below -20")
case("convo-louder", "bit louder cant hear it", {"clip_volume": {"role": "music", "db": -27.0, "tol": 2.5}}, history=["music to -30"],
     note=f"{JAYLEN}; judgement: louder than -30 but not back above -24.5")
case("convo-undo", "Undo that please.", {"matches_initial": True}, history=["Cut the first 5 seconds."], note=KEISHA)
case("convo-undo-last", "undo", {"clip_volume": {"role": "music", "db": -20.0}, "duration_near": [D, 0.05]},
     history=["Set the music to -20.", "Cut the first 3 seconds."], note=f"{SPONSOR}: only the last step is undone")
case("convo-which-iphone", "the one in the sink with the steel wool", on(SCRUB, start=at("1:10")), history=["put the iphone clip at 1:10"],
     note=f"{JAYLEN}: the first turn is ambiguous (five IMG_44xx clips) and should ask; the answer means IMG_4490")
case("convo-which-skillet", "The one where he's turning it over in his hands with all the rust.", on(RUSTY, start=at("0:40")),
     history=["Put the clip of the skilled at 0:40."], note=f"{KEISHA}: nearly every clip shows the skillet; the answer means IMG_4471")
case("convo-which-vinegar", "the one bout not leavin it overnight", sentence_cut(19), history=["cut the vinegar sentence"],
     note=f"{DARNELL}: vinegar is said in 16, 17, 18 and 19; the answer means 19")
case("convo-which-hero", "The still of the finished skillet hanging over the stove.", on(FINISHED, start=at("3:12")),
     history=["Place the hero shot at 3:12."], note=f"{SPONSOR}: 'hero shot' names no file; the answer means IMG_4502.JPG")
case("convo-which-mamalou", "the one where he says she'd be proud", sentence_cut(37), history=["cut the mama lou line"],
     note=f"{JAYLEN}: Mama Lou is named in 2, 26 and 37; the answer means 37")
case("convo-title-longer", "Leave it up for 6 seconds.", title("Mama Lou's Skillet", 0.0, 6.0), history=["Add a title \"Mama Lou's Skillet\" at the start."],
     note=KEISHA)
case("convo-that-fast", "make that one twice as fast", {"speed": {"media": SCRUB, "value": 2.0}}, history=["put the scrubbin clip at 1:58"],
     note=DARNELL)
case("convo-same-scan", "same w the mama lou pic at 0:12", on(SCAN, start=at("0:12")), history=["ring clip at 1:10"], note=JAYLEN)
case("convo-fade-that", "Fade that out.", {"effect": {"media": FINISHED, "type": "fade_out"}}, history=["Insert IMG_4502 at 3:12."], note=SPONSOR)
case("convo-music-too", "Same for the music.", {"effect": {"role": "music", "type": "fade_out"}}, history=["Fade the video out at the end."],
     note=KEISHA)
case("convo-speed-normal", "put it back to regular speed", {**on(EGG, role=None, start=at("3:07")), "speed": {"media": EGG, "value": 1.0}},
     history=["egg video at 3:07", "make it 2x"], note=DARNELL)
case("convo-caption-move", "move that caption to 2:40", title("450 for an hour", at("2:40")), history=["caption \"450 for an hour\" at 2:37"],
     note=JAYLEN)
case("convo-pauses-too", "And the long pauses too.",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["Remove all the ums and uhs."], note=SPONSOR)
case("convo-retext", "Change it to say \"Mama Lou's Cast Iron Skillet\".", title("Mama Lou's Cast Iron Skillet", 0.0),
     history=["Add the title \"Mama Lou's Skillet\" at 0:00."], note=KEISHA)
case("convo-where-again", "what time was that again", {"unchanged": True, "reply_has": [mmss(SEG[14].start)]},
     history=["where do i talk to mr thibodeaux"], note=DARNELL)
case("convo-not-that-one", "nah the other one, the tub one", {**on(TUB, start=at("1:41")), "no_clip": {"media": SCRUB}},
     history=["put IMG_4490 at 1:41"], note=f"{JAYLEN}: a correction: the vinegar tub clip replaces the scrubbing clip at 1:41")
case("convo-fadein-it", "And fade it in.", {"effect": {"media": FB, "type": "fade_in"}}, history=["Put the Facebook video at 3:20."], note=KEISHA)
case("convo-redo", "redo it", PAUSES, history=["cut the long pauses", "undo"], note=f"{DARNELL}: redo brings the pause cut back")
case("convo-louder-voice", "a lil more", {"clip_volume": {"role": "main", "db": 5.25, "tol": 1.75}}, history=["voice up 3db"],
     note=f"{JAYLEN}; judgement: a little louder than +3 (at least +3.5), up to about +7")
case("convo-bit-more-down", "A bit more.", {"clip_volume": {"role": "music", "db": -22.5, "tol": 3.0}}, history=["Lower the music 4 dB."],
     note=f"{SPONSOR}; judgement: lower than -19 (at least -19.5), not below -25.5")
case("convo-unmute", "Actually put the music back on.", {"track_unmuted": "music"}, history=["Mute the music."], note=KEISHA)
case("convo-same-osmo", "do the same to the osmo clip", bw(OSMO), setup=[ins("m7", 118.0), ins("m10", 157.0)],
     history=["make the scrubbin clip black and white"], note=DARNELL)
case("convo-cut-it", "ok now cut it to 3 secs", on(OSMO, start=at("2:37"), within=[at("2:37"), at("2:37") + 3.0]), history=["osmo clip at 2:37"],
     note=JAYLEN)
case("convo-lowerthird-longer", "Make it 5 seconds instead.", title("Bayou Gold", at("2:21"), 5.0),
     history=["Lower third \"Bayou Gold\" at 2:21 for 3 seconds."], note=SPONSOR)
case("convo-undo-fillers", "nope undo", {"matches_initial": True}, history=["take out all the ums and uhs"], note=DARNELL)

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is it", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]}, note=DARNELL)
case("question-runtime", "What's the total runtime right now? Need it for the media plan.", {"unchanged": True, "reply_has": [mmss(D)]},
     note=SPONSOR)
case("question-where-thibodeaux", "When does he talk to Mr. Tibideau?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[14].start)]},
     note=KEISHA)
case("question-where-egg", "what time does the egg part start", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[34].start)]},
     note=f"{JAYLEN}: the egg part starts with 'moment of truth, the first egg'")
case("question-where-bayougold", "At what timestamp is Bayou Gold mentioned?", {"unchanged": True, "special": "answer",
     "reply_has": [mmss(SEG[26].start)]}, note=SPONSOR)
case("question-where-cornbread", "where do i talk about mama lou's sunday cornbread", {"unchanged": True, "reply_has": [mmss(SEG[2].start)]},
     note=DARNELL)
case("question-where-potato", "where's the part about the potato", {"unchanged": True, "reply_has": [mmss(SEG[33].start)]}, note=DARNELL)
case("question-where-coats", "When does the six coats part start?", {"unchanged": True, "reply_has": [mmss(SEG[31].start)]}, note=SPONSOR)
case("question-music-level", "What's the music level right now?", {"unchanged": True, "reply_has": ["-15"]}, note=KEISHA)
case("question-unused", "which clips havent i used yet", UNCHANGED, note=JAYLEN)
case("question-yall-count", "How many times does he say \"y'all\"?", UNCHANGED, note=SPONSOR)
case("question-take2", "did i record the ending twice", UNCHANGED, note=DARNELL)
case("question-broll-track", "What's on the B-roll track right now?", {"unchanged": True, "reply_has": [RUSTY, EGG]},
     setup=[ins("m2", 38.0), ins("m14", 188.0)], note=KEISHA)
case("question-fps", "what fps is this", {"unchanged": True, "reply_has": ["30"]}, note=JAYLEN)
case("question-sfx", "is there any sound effects in there", UNCHANGED, note=DARNELL)
case("question-osmo-res", "What resolution is the Osmo footage?", UNCHANGED, note=SPONSOR)
case("question-after-cut", "How long is it after that?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["Take out all the ums and uhs."], note=KEISHA)
case("question-oil-order", "Is the sponsor's oil mentioned before or after the vinegar part?", UNCHANGED, note=KEISHA)
case("question-what-did", "wait what did u just do", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 3 seconds"],
     note=JAYLEN)

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-yessir", "yessir thank ya'll kindly", UNCHANGED, note=DARNELL)
case("chat-thanks", "Thank you! This is going to make his whole week.", UNCHANGED, note=KEISHA)
case("chat-fire", "yo this lowkey fire 🔥🔥", UNCHANGED, note=JAYLEN)
case("chat-thibodeaux", "Mr. Thibodeaux just came by again lol", UNCHANGED, note=DARNELL)
case("chat-baby", "Hold on, the baby is crying, be right back.", UNCHANGED, note=KEISHA)
case("chat-energy", "Love the energy here, the brand team is going to be thrilled.", UNCHANGED, note=SPONSOR)
case("chat-crawfish", "unc really said orange as a crawfish 💀💀", UNCHANGED, note=JAYLEN)
case("chat-alrightnow", "ALRIGHT NOW", UNCHANGED, note=f"{DARNELL}: his own tic, not a request")
case("chat-cornbread", "He made cornbread in it last night and it was perfect.", UNCHANGED, note=KEISHA)
case("chat-bet", "ok bet", UNCHANGED, note=JAYLEN)
case("chat-gumbo", "lemme go check on that gumbo", UNCHANGED, note=DARNELL)
case("chat-circleback", "Circling back on this after my 2pm.", UNCHANGED, note=SPONSOR)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-thibodeauxclip", "Put the clip of Mr. Tibideau over the part where Darnell talks to him.", UNCHANGED,
     note=f"{KEISHA}: the neighbour is in no media (the Ring clip shows Darnell)")
case("nonedit-missing-4475", "IMG_4475 at 1:00", UNCHANGED, note=f"{JAYLEN}: the iPhone files are 4471, 4473, 4478, 4486, 4490 and 4502")
case("nonedit-missing-dji0032", "put DJI_20250614093512_0032 at 2:30", UNCHANGED, note=f"{DARNELL}: the Osmo file is ..._0031")
case("nonedit-missing-eggv3", "Use first_egg_FINAL_v3 at 3:07.", UNCHANGED, note=f"{SPONSOR}: only _v2 is in the bin; should ask, not pick v2")
case("nonedit-missing-cornbreadvid", "Put the video of the cornbread over the Mama Lou story.", UNCHANGED, note=f"{KEISHA}: no cornbread footage")
case("nonedit-missing-norfolk", "cut the part where i talk about being stationed in norfolk", UNCHANGED,
     note=f"{DARNELL}: he says the Navy, never Norfolk or being stationed anywhere")
case("nonedit-missing-truck", "cut the part where unc talks about his truck", UNCHANGED, note=JAYLEN)
case("nonedit-missing-crisco", "Remove the sentence where he says to use Crisco.", UNCHANGED, note=f"{KEISHA}: never said")
case("nonedit-missing-ironarmor", "Remove the line where he mentions Iron Armor.", UNCHANGED,
     note=f"{SPONSOR}: the competitor is only on a can in the Facebook video, never said")
case("nonedit-missing-chicken", "put that chicken cluckin sound at 0:30", UNCHANGED, note=f"{DARNELL}: the only sound effect is the sizzle")
case("nonedit-missing-tiktok", "put the tiktok clip at 2:00", UNCHANGED, note=JAYLEN)
case("nonedit-missing-burn", "Cut the part where he burns his hand.", UNCHANGED, note=f"{KEISHA}: never happens")
case("nonedit-offtimeline-fb", "speed up the fb vid", UNCHANGED, note=f"{JAYLEN}: the Facebook video is only in the bin")
case("nonedit-offtimeline-sizzle", "sizzle a lil louder", UNCHANGED, note=f"{DARNELL}: the sound effect is only in the bin")
case("nonedit-offtimeline-ring", "Make the Ring video black and white.", UNCHANGED, note=f"{KEISHA}: only in the bin")
case("nonedit-offtimeline-screenrec", "Fade out the screen recording.", UNCHANGED, note=f"{SPONSOR}: only in the bin")
case("nonedit-offtimeline-take2", "DJI_02 needs to be louder", UNCHANGED, note=f"{DARNELL}: the second take is only in the bin")
case("nonedit-offtimeline-osmo", "flip the osmo clip", UNCHANGED, note=f"{JAYLEN}: only in the bin")
case("nonedit-ambig-iphone", "iphone clip at 1:05", UNCHANGED, note=f"{JAYLEN}: five IMG_44xx clips")
case("nonedit-ambig-hero", "Drop the hero shot at 3:12.", UNCHANGED, note=f"{SPONSOR}: no file is the hero shot; the finished still, the egg or the Osmo")
case("nonedit-ambig-garbagebag", "the garbage bag clip at 1:02", UNCHANGED, note=f"{DARNELL}: IMG_4478 and the Ring clip both show the bag")
case("nonedit-ambig-vinegar", "Cut the vinegar sentence.", UNCHANGED, note=f"{KEISHA}: 16, 17, 18 and 19")
case("nonedit-ambig-mamalou", "cut the mama lou line", UNCHANGED, note=f"{DARNELL}: 2, 26 and 37")
case("nonedit-ambig-cornbread", "delete the cornbread line", UNCHANGED, note=f"{JAYLEN}: 2 and 37")
case("nonedit-ambig-bacon", "Cut the bacon grease line.", UNCHANGED, note=f"{SPONSOR}: 3 and 26")
case("nonedit-ambig-egg", "Take out the sentence about the egg.", UNCHANGED, note=f"{KEISHA}: 14, 34 and 35")
case("nonedit-ambig-crack", "cut the crack line", UNCHANGED, note=f"{DARNELL}: 7 (checking for a crack) and 35 (crack the egg in); 8 is about it too")
case("nonedit-ambig-hour", "cut the hour sentence", UNCHANGED, note=f"{JAYLEN}: 20, 29 and 30")
case("nonedit-ambig-sunday", "Remove the Sunday sentence.", UNCHANGED, note=f"{KEISHA}: 2, 14 and 37")
case("nonedit-ambig-steelwool", "Cut the steel wool line.", UNCHANGED, note=f"{SPONSOR}: 21 and 22")
case("nonedit-ambig-stove", "cut the line bout the stove", UNCHANGED, note=f"{DARNELL}: 4 and 24")
case("nonedit-ambig-tellyouwhat", "cut the 'i tell you what' line", UNCHANGED, note=f"{JAYLEN}: the line, said in 3 and in 37")
case("nonedit-ambig-grey", "Take out the line about it being grey.", UNCHANGED, note=f"{KEISHA}: 21, 23 and 32")
case("nonedit-ambig-photo", "put the photo at 2:40", UNCHANGED, note=f"{DARNELL}: two stills, the Mama Lou scan and IMG_4502")
case("nonedit-vague-brandsafe", "Can you make sure everything is brand-safe before it goes live?", UNCHANGED,
     note=f"{SPONSOR}: nothing specific is asked; a careful editor asks what she means or lists what it sees")
case("nonedit-vague-offtopic", "cut out all the parts where i aint talkin bout the skillet", UNCHANGED,
     note=f"{DARNELL}: which parts is a judgement only he can make; ask")
case("nonedit-inside-logoblur", "Can you blur just the Iron Armor can on the shelf in the Facebook video? Only the logo.", UNCHANGED,
     setup=[ins("m11", 200.0)], note=f"{SPONSOR}: a blur of part of the picture; the editor can only blur the whole clip, so it should say so")
case("nonedit-inside-logoremove", "Remove the competitor's logo from the Facebook clip.", UNCHANGED, setup=[ins("m11", 200.0)], note=SPONSOR)
case("nonedit-inside-swapcan", "Can you swap the Iron Armor can for a Bayou Gold bottle in the Facebook video?", UNCHANGED,
     setup=[ins("m11", 200.0)], note=SPONSOR)
case("nonedit-inside-gut", "take my gut out the shot in the gopro video lol", UNCHANGED, note=DARNELL)
case("nonedit-inside-hose", "remove the hose noise at like 1:35", UNCHANGED, note=f"{JAYLEN}: no such sound in the talk")
case("nonedit-inside-truck", "Can you take Mr. Tibideau's truck out of the background of the Ring video?", UNCHANGED,
     setup=[ins("m5", 70.0)], note=KEISHA)
case("nonedit-inside-colorize", "make mama lou's pic in color fr", UNCHANGED, setup=[ins("m12", 12.0, 5.0)],
     note=f"{JAYLEN}: colourising an old photo is not something the editor does")
case("nonedit-inside-label", "What does the label on the bottle say in the screen recording?", UNCHANGED, note=SPONSOR)
case("nonedit-inside-rustonly", "In IMG_4471 make just the rust look less orange, not the rest of the picture.", UNCHANGED,
     setup=[ins("m2", 38.0)], note=KEISHA)

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-after-egg", "Delete everything after the first egg.", {"confirm": True}, note=KEISHA)
case("confirm-first-minute", "get rid of the whole first minute", {"confirm": True}, note=DARNELL)
case("confirm-reels", "We need a 60-second cut for Reels, cut whatever you need to.", {"confirm": True}, note=SPONSOR)
case("confirm-range", "cut 1:00 to 2:30", {"confirm": True}, note=JAYLEN)
case("confirm-before-lye", "Everything before 'Alright now, to get the old crusty seasoning off' can go.", {"confirm": True}, note=KEISHA)
case("confirm-delete-talk", "delete the whole video clip im starting fresh", {"confirm": True}, note=DARNELL)
case("confirm-last45", "just keep the last 45 secs", {"confirm": True}, note=JAYLEN)
case("confirm-after-3min", "Cut everything after 3:00.", {"confirm": True}, note=SPONSOR)
case("confirm-two-to-end", "Delete from 2:00 to the end.", {"confirm": True}, note=KEISHA)
case("confirm-last-two", "Cut it down to just the last two minutes.", {"confirm": True}, note=SPONSOR)


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "ah_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    nonedit = sum(bool(c["expect"].get("unchanged") or c["expect"].get("confirm")) for c in CASES)
    print(len(CASES), "cases,", nonedit, "must not edit ->", out, "D =", D)
