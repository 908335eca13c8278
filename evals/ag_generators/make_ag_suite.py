"""Writes ag_heldout.jsonl from the cases below; every expected time is computed from project AG's
transcript (project_ag_pottery.SCRIPT through talk_project.timed_script), never typed by hand. Times a
user types in a message ("0:32", "00:01:23", "00:03:28:15", "3m22s", "1 min 41 sec", "133s", "65",
"13.5 seconds", "two minutes fifty eight", "a minute forty", "a minute and a half") are parsed by at()
from the same string the message uses, and at() is asserted to find that string in the message.

    cd evals/ag_generators && PYTHONPATH=<repo> /work/main/.venv/bin/python make_ag_suite.py   (writes ../ag_heldout.jsonl)

Written blind (without reading the planner, the index, the agents or any earlier suite but Q's format).
The people typing, in roughly equal shares (each case's note starts with who it is):
  [rhiannon] Rhiannon herself, sixty-seven, a retired infant teacher from Swansea: long, polite, chatty
             sentences with British spelling, apologises, says "cariad" and "diolch", calls files by what
             she remembers of them and sometimes gets a name a little wrong;
  [osian]    her grandson Osian, sixteen, who edits the channel: all lower case, terse, gamer and TikTok
             slang (ngl, fr, lowkey, cooked, mid, bestie, af, obvs, lmao), emoji, calls her "gran";
  [helen]    Helen, the craft-fair organiser who wants a short promo cut: formal, "kindly", "as discussed",
             bullet points, exact HH:MM:SS timings, and requests no editor can do (removing a person);
  [dictation] Android voice typing on Rhiannon's phone: no punctuation, "full stop" / "comma" /
             "question mark" written out, numbers as words, homophones ("kill" for kiln, "weds in" for
             wedging, "bowel" for bowl, "Oh sian" for Osian, "couch" for cwtch, "go pro" for GoPro).
Bound conventions (the same as suites H to Q): D is the fresh timeline's length (the built talk file
holds int(T * 30) frames, T being timed_script's total, and the timeline is those frames; for this talk
that is 6798 frames = 226.6 s, which test_project_ag.py checks against a real build).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
  start at a sentence: D - (start - (pause before - 0.05))  >  after  >  D - (start + 0.05)
  end after a sentence: end + 0.8  >  after  >  end - 0.05
  a typed range or trim: duration_near (D - length, 0.1)
Ducking is checked at -6 dB (or -11.5 for "12 dB"), which an envelope read as an offset or as an
absolute level both reach, since the bed already sits at -15 dB. "A bit" louder / quieter is judged as
a range (see the notes). Must-not-edit cases expect the project unchanged (or a confirm before a sweep).
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

try:  # in the repository (PYTHONPATH=<repo>)
    from editor_app.eval.project_ag_pottery import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401
except ImportError:  # from a folder holding the project file
    from project_ag_pottery import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.floor(_T * 30) / 30, 2)  # the fresh timeline: int(226.63 s * 30) = 6798 frames / 30 = 226.6, as built
PAUSE = [p for _t, p in SCRIPT]
IS_FILLER = lambda w: w.text.lower().strip(",.") in {"um", "uh"}  # noqa: E731
NFILL = sum(IS_FILLER(w) for w in WORDS)  # 9
NUM = sum(w.text.lower().strip(",.") == "um" for w in WORDS)  # 5
NUH = NFILL - NUM  # 4
MUSIC_DB = -15.0
RETAKE_I = 16  # the abandoned "floor of the" sentence; 17 is the good one

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m16
(WEDGE, WOBBLE, CENTRED, OPEN, COLLAPSE, WALLS, TRIM, DRYING, GLAZE, KILN, WA3, DRONE, WHEELV2, GARETH, SPONGE) = (
    M[i] for i in range(2, 17))
MID = {name: f"m{i}" for i, name in M.items()}

NUMBER_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
                "forty": 40, "fifty": 50, "a": 1}


def r(x: float) -> float:
    return round(x, 2)


def mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def _words_number(text: str) -> int:
    return sum(NUMBER_WORDS[p] for p in re.split(r"[\s-]+", text.strip()) if p and p != "and")


def at(text: str) -> float:
    """Seconds for a time as a user types it: '0:32', '02:58', '00:01:23', '00:03:28:15' (30 fps), '3m22s',
    '1m56', '1 min 41 sec', '2 minutes 42', '133s', '18 secs', '13.5 seconds', '65', 'two minutes fifty eight',
    'one minute seventeen', 'a minute forty', 'a minute and a half', 'twelve seconds', 'two minutes'."""
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
    hit = re.fullmatch(r"(\d+)\s*(?:m|min|mins|minute|minutes)\s*(\d+)\s*(?:s|sec|secs|seconds)?", t)
    if hit:
        return float(int(hit.group(1)) * 60 + int(hit.group(2)))
    hit = re.fullmatch(r"([\d.]+)\s*(s|sec|secs|seconds)?", t)
    if hit:
        return float(hit.group(1))
    if t == "a minute and a half":
        return 90.0
    hit = re.fullmatch(r"([a-z -]+?) minutes?(?: ([a-z -]+))?", t)
    if hit:
        return float(_words_number(hit.group(1)) * 60 + (_words_number(hit.group(2)) if hit.group(2) else 0))
    hit = re.fullmatch(r"([a-z -]+?) seconds", t)
    if hit:
        return float(_words_number(hit.group(1)))
    raise ValueError(text)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9' ]", " ", text.lower().replace("’", "'")).split())


def says(i: int, text: str) -> None:
    """The words ``text`` are in sentence i (a generator check that a quoted or recalled part is right)."""
    assert _norm(text) in _norm(SEG[i].text), (i, text)


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
    n = sum(IS_FILLER(w) for w in WORDS if SEG[i].start <= w.start <= SEG[i].end)
    assert n == 1, (i, n)
    return ONE_FILLER


def start_at(i: int) -> dict:
    """Trim the head so the video starts at sentence i."""
    return {"duration_lt": r(D - (SEG[i].start - (PAUSE[i - 1] - 0.05))), "duration_gt": r(D - (SEG[i].start + 0.05))}


def end_after(i: int) -> dict:
    return {"duration_lt": r(SEG[i].end + 0.8), "duration_gt": r(SEG[i].end - 0.05)}


def cut_len(seconds: float) -> dict:
    return {"duration_near": [r(D - seconds), 0.1]}


FILLERS = {"duration_lt": r(D - 0.35 * NFILL), "duration_gt": r(D - (0.5 * NFILL + 1.8))}
UMS = {"duration_lt": r(D - 0.35 * NUM), "duration_gt": r(D - (0.5 * NUM + 1.8))}
UHS = {"duration_lt": r(D - 0.35 * NUH), "duration_gt": r(D - (0.5 * NUH + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[RETAKE_I + 1].start - SEG[RETAKE_I].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}
FILLERS_AND_PAUSES = {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)}
DUCK = -6.0
ISNT_ITS = [(13, "isn't it"), (31, "isn't it"), (37, "isn't it")]
assert not any(IS_FILLER(w) for w in WORDS if SEG[RETAKE_I].start <= w.start < SEG[RETAKE_I + 1].start)  # the retake holds no filler


def ins(media: str, start: float, duration: float | None = None) -> dict:
    op = {"op": "insert_clip", "track_id": "t2", "media_id": MID[media], "start": start}
    if duration is not None:
        op["duration"] = duration
    return op


def on(media: str, role: str | None = "broll", **kw) -> dict:
    spec = {"media": media} if role is None else {"role": role, "media": media}
    spec.update(kw)
    return {"clip_on_track": spec}


def over(media: str, i: int, j: int | None = None, said: str | None = None) -> dict:
    if said:
        says(i, said)
    return on(media, overlaps=[SEG[i].start, SEG[j if j is not None else i].end])


def bw(media: str) -> dict:
    return {"effect": {"media": media, "type": "black_and_white"}}


def fx(kind: str, media: str | None = None, role: str | None = None, **params) -> dict:
    spec = {"type": kind, **params}
    if media:
        spec["media"] = media
    if role:
        spec["role"] = role
    return {"effect": spec}


def title(text: str, start: float | None = None, duration: float | None = None, exact: bool = True) -> dict:
    spec = {"text": text, "exact": exact}
    if start is not None:
        spec["start"] = start
    if duration is not None:
        spec["duration"] = duration
    return {"title": spec}


def vol(role_or_media: str, db: float, tol: float | None = None) -> dict:
    spec = {"role": role_or_media} if role_or_media in ("main", "music") else {"media": role_or_media}
    spec["db"] = db
    if tol is not None:
        spec["tol"] = tol
    return {"clip_volume": spec}


def speed(media_or_role: str, value: float) -> dict:
    key = "role" if media_or_role in ("main",) else "media"
    return {"speed": {key: media_or_role, "value": value}}


WHO = {"R": "rhiannon", "O": "osian", "H": "helen", "V": "dictation"}
CASES: list[dict] = []


def case(cid: str, who: str, message: str, expect: dict, note: str = "", times: tuple[str, ...] = (), **extra) -> None:
    for t in times:  # a time the expectation was parsed from is typed in the message
        assert t in message or any(t in h for h in extra.get("history", [])), (cid, t)
    text = f"[{WHO[who]}]" + (f" {note}" if note else "")
    CASES.append({"id": f"ag-{cid}", "message": message, "expect": expect, **extra, "note": text})


def T(cid: str, who: str, message: str, when: str, expect_fn, **extra) -> None:
    """A case whose expectation is placed at a time typed in the message."""
    case(cid, who, message, expect_fn(at(when)), times=(when,), **extra)


UNCHANGED = {"unchanged": True}
CONFIRM = {"confirm": True}

# --- B-roll over parts named by what is said, by what the media shows, or by bits of a file name ----
case("broll-wedge-firstjob", "O", "wedging clip over 'first job is wedging the clay'", over(WEDGE, 5, said="first job is wedging the clay"))
case("broll-wedge-ramshead", "R", "Could you put the clip of me wedging over the bit where I say it makes a rams head shape, pleease? "
     "Thank you ever so much, I'm hopeless with these tablet keys.", over(WEDGE, 6, said="ram's head shape"))
case("broll-wedge-bread", "V", "put the weds in clip over the part where I say it's like kneading bread full stop",
     over(WEDGE, 5, said="kneading bread"), note="'weds in' is dictation for wedging: PXL_..101533211")
case("broll-wedge-heels", "H", "Kindly place PXL_20260412_101533211 over the line \"You rock it forward with the heels of your hands\".",
     over(WEDGE, 6, said="You rock it forward with the heels of your hands"))
case("broll-wobble-lopsided", "O", "the wobbly pixel clip over 'its gone all lopsided on me' 💀",
     over(WOBBLE, 11, said="gone all lopsided on me"), note="the Pixel close-up wobbling off centre, not the centred one")
case("broll-wobble-thirdtime", "R", "The clip where the clay flies off to one side, could that go over where I say it's the third time "
     "it's flown off? I did laugh at myself.", over(WOBBLE, 13, said="the third time it's flown off"))
case("broll-wobble-brace", "O", "104210877 over the brace ur elbow bit", over(WOBBLE, 10, said="brace your elbow"))
case("broll-centred-gotit", "R", "Please put the one where it's finally centred over 'Got it, got it, feel that'. I was so pleased with myself.",
     over(CENTRED, 14, said="Got it, got it, feel that"))
case("broll-centred-brace", "V", "put the clay spinning smooth clip over where I say brace your elbow on your knee full stop",
     over(CENTRED, 10, said="brace your elbow on your knee"))
case("broll-open-openingup", "H", "As discussed, GX010233 should sit over \"Opening up next\".", over(OPEN, 15, said="Opening up next"))
case("broll-open-outwards", "O", "thumbs gopro clip over the draw the clay outwards bit (the 2nd go not the messed up one)",
     over(OPEN, 17, said="draw the clay outwards"), note="the good take of the floor sentence, not the abandoned one before it")
case("broll-open-fingers", "R", "Could the GoPro clip of my thumbs going into the middle go over the part where I say leave a finger's "
     "width for the base? Sorry, I don't know the proper words for any of this.", over(OPEN, 15, said="finger's width at the bottom for the base"))
case("broll-collapse-paperbag", "O", "collapse clip over the wet paper bag line lmaooo", over(COLLAPSE, 21, said="like a wet paper bag"))
case("broll-collapse-laughed", "V", "put the clip where it collapses over the bit where I laughed till I cried full stop",
     over(COLLAPSE, 22, said="laughed till I cried"))
case("broll-collapse-wentwrong", "H", "GX010235.MP4 over the sentence beginning \"And this is where it all went wrong\".",
     over(COLLAPSE, 21, said="And this is where it all went wrong"))
case("broll-collapse-glasses", "R", "Put the blooper one, where the pot caves in, over me saying clay on my glasses, clay on the cat, "
     "if you would be so kind.", over(COLLAPSE, 22, said="clay on my glasses, clay on the cat"), note="'blooper' is a tag of GX010235")
case("broll-walls-pulling", "O", "gx010236 over pullign the walls", over(WALLS, 18, said="pulling the walls"))
case("broll-walls-pulls", "V", "put the go pro clip of the walls going up over the part about three or four pulls full stop",
     over(WALLS, 19, said="three or four pulls"))
case("broll-walls-wet", "R", "The GoPro of the second bowl going up, please put it over 'keep your hands wet but not too wet'.",
     over(WALLS, 20, said="keep your hands wet but not too wet"))
case("broll-trim-rightthen", "H", "Kindly overlay the trimming footage (MVI_2291) on \"Right then, trimming\".",
     over(TRIM, 26, said="Right then, trimming"))
case("broll-trim-roast", "O", "carys canon clip over the bit where gran roasts me 😭",
     over(TRIM, 27), note="Osian is the grandson she teases in sentence 27; Carys's Canon is MVI_2291")
case("broll-trim-foot", "V", "put the trimming one over the bit about the wooden tool comma taking the extra away round the foot",
     over(TRIM, 26, said="wooden tool, just taking the extra away round the foot"))
case("broll-drying-leaveitbe", "R", "Could you put the photo of the bowl drying on its bat over where I say leave it be? Diolch, cariad.",
     over(DRYING, 29, said="leave it be"))
case("broll-drying-carrierbag", "O", "img_2304 over the carrier bag bit", over(DRYING, 30, said="carrier bag"))
case("broll-drying-therewe", "H", "IMG_2304.JPG over \"So there we are, my first proper bowl\".", over(DRYING, 37, said="So there we are, my first proper bowl"))
case("broll-drying-slowly", "V", "put the picture of the bowel drying over the bit about it drying slowly full stop",
     over(DRYING, 30, said="dry slowly"), note="'bowel' is dictation for bowl")
case("broll-glaze-seagreen", "O", "glaze screen rec over the sea green bit", over(GLAZE, 36, said="sea green"))
case("broll-glaze-rhossili", "R", "The screen recording of the glaze website, could it go over where I'm talking about Rhossili in the "
     "winter? It's my favourite place in the world.", over(GLAZE, 36, said="Rhossili in the winter"))
case("broll-glaze-online", "H", "Screen Recording 2026-04-14 at 20.11.05 over \"I've been looking at glazes online\".",
     over(GLAZE, 36, said="I've been looking at glazes online"))
case("broll-kiln-thursday", "V", "put the whatsapp of Bethan loading the kill over where I say Bethan fires the kill every other Thursday full stop",
     over(KILN, 32, said="Bethan fires the kiln every other Thursday"), note="'kill' is dictation for kiln")
case("broll-kiln-fortyyears", "O", "bethan kiln vid over the forty years bit", over(KILN, 33, said="forty years"))
case("broll-kiln-bubble", "R", "Could the WhatsApp from the club, the one with Bethan loading up, go over where I warn them about "
     "bubbles blowing up in the kiln?", over(KILN, 7, said="bubble in there"))
case("broll-kiln-community", "H", "WhatsApp Video 2026-04-09 at 19.26.44 over \"I haven't got a kiln, of course\".",
     over(KILN, 32, said="I haven't got a kiln, of course"), note="the file name itself holds 'at 19.26.44'")
case("broll-wa3-biscuit", "O", "vid-20260408-wa0003 over the biscuit firing line", over(WA3, 34, said="biscuit firing"),
     note="the only medium with no description: named exactly")
case("broll-drone-hiya", "R", "DJI_0087, that's Osian's drone one, over the very start where I say hiya and croeso.",
     over(DRONE, 0, said="Hiya, and croeso"))
case("broll-drone-shed", "V", "put the drone shot over the bit about the potting shed at the bottom of the garden full stop",
     over(DRONE, 2, said="potting shed at the bottom of the garden"))
case("broll-wheel-facebook", "H", "shed_wheel_FINAL_v2 over \"the wheel is second hand off Facebook\".",
     over(WHEELV2, 2, said="the wheel is second hand off Facebook"))
case("broll-wheel-eighty", "O", "the final v2 wheel clip over the 80 quid bit", over(WHEELV2, 2, said="eighty pounds"))
case("broll-gareth-built", "R", "The photograph of Gareth up the ladder, I'd love that over where I say my Gareth built this shed. "
     "Thank you, cariad.", over(GARETH, 3, said="My Gareth built this shed"))
case("broll-gareth-screws", "V", "put the picture of Gareth on the roof over the bit where he would have kept his screws in it full stop",
     over(GARETH, 38, said="kept his screws in it"))
case("broll-sponge-sponge", "O", "sponging out the bottom.mp4 over the sponge bit", over(SPONGE, 24, said="Use a sponge"))
case("broll-sponge-water", "H", "\"sponging out the bottom\" over the sentence about soaking up the water that pools in the bottom.",
     over(SPONGE, 24, said="soak up the water that pools in the bottom"))
case("broll-drone-cwtch", "R", "I'd like the drone one over the bit where I'm saying goodbye, the cwtch from Swansea, please. "
     "Osian's very proud of that drone.", over(DRONE, 40, said="cwtch from Swansea"))
case("broll-centred-still", "V", "put the one where the clay is centred over where I say lovely and still full stop", over(CENTRED, 14, said="lovely and still"))
case("broll-walls-gx10236", "R", "Could you put GX10236 over the bit where I say slow the wheel right down, please?",
     over(WALLS, 19, said="Slow the wheel right down"), note="she drops a 0 from GX010236: the only file that fits")

# --- times and positions ---------------------------------------------------------------------------
T("time-wedge-colon", "O", "wedgin clip at 0:32", "0:32", lambda t: on(WEDGE, start=t))
T("time-open-hms", "H", "Insert GX010233.MP4 at 00:01:23.", "00:01:23", lambda t: on(OPEN, start=t))
T("time-drone-words", "V", "put the drone clip at twelve seconds full stop", "twelve seconds", lambda t: on(DRONE, start=t))
T("time-drying-minutes", "R", "Could you pop the photo of the bowl drying in at 2 minutes 42, please?", "2 minutes 42",
  lambda t: on(DRYING, start=t))
T("time-collapse-at", "O", "colapse clip @ 1:56", "1:56", lambda t: on(COLLAPSE, start=t))
T("time-drying-timecode", "H", "Place IMG_2304.JPG at 00:03:28:15 (30 fps), duration 4 seconds.", "00:03:28:15",
  lambda t: on(DRYING, start=t, within=[t, r(t + 4.0)]))
T("time-trim-words", "V", "put the trimming clip at two minutes twenty three full stop", "two minutes twenty three",
  lambda t: on(TRIM, start=t))
T("time-sponge-secs", "O", "sponge vid at 133s", "133s", lambda t: on(SPONGE, start=t))
T("time-walls-minuteforty", "R", "Would you put the GoPro clip of the walls going up at a minute forty, please? Thats when I start puling.",
  "a minute forty", lambda t: on(WALLS, start=t))
T("time-glaze-msform", "O", "glaze screen rec at 3m22s", "3m22s", lambda t: on(GLAZE, start=t))
T("time-kiln-filename", "H", "WhatsApp Video 2026-04-09 at 19.26.44 at 02:58.", "02:58", lambda t: on(KILN, start=t),
  note="the name's own 'at 19.26.44' is not the time")
T("time-kiln-words", "V", "put the whatsapp of Bethan at two minutes fifty eight", "two minutes fifty eight", lambda t: on(KILN, start=t))
T("time-drone-about", "R", "Could the drone video go in about ten seconds in? It doesn't have to be exact.", "ten seconds",
  lambda t: on(DRONE, start=t, tol=1.5))
T("time-gareth-like", "O", "gareth pic at like 18 secs", "18 secs", lambda t: on(GARETH, start=t, tol=1.0))
T("time-wheel-decimal", "H", "Insert shed_wheel_FINAL_v2 at 13.5 seconds.", "13.5 seconds", lambda t: on(WHEELV2, start=t))
T("time-centred-words", "V", "put the centred clip at one minute seventeen", "one minute seventeen", lambda t: on(CENTRED, start=t))
T("time-wobble-bare", "O", "wobbly one at 65", "65", lambda t: on(WOBBLE, start=t))
T("time-wa3-colon", "O", "vid-20260408-wa0003 at 1:45", "1:45", lambda t: on(WA3, start=t))
T("time-drying-for5", "H", "IMG_2304.JPG at 00:02:46 for 5 seconds.", "00:02:46", lambda t: on(DRYING, start=t, within=[t, r(t + 5.0)]))
T("time-sponge-half", "V", "put the sponge clip at a minute and a half", "a minute and a half", lambda t: on(SPONGE, start=t))
T("time-walls-minsec", "H", "Please insert GX010236.MP4 at 1 min 41 sec.", "1 min 41 sec", lambda t: on(WALLS, start=t))
T("time-boing-ms", "O", "boing at 1m56", "1m56", lambda t: on(SFX, role=None, start=t))
T("time-boing-words", "V", "put the boing noise at one minute fifty seven", "one minute fifty seven", lambda t: on(SFX, role=None, start=t))
T("time-open-fullhms", "R", "Would you put the GoPro one that ends in 233 at 00:01:24? Osian wrote the time down for me like that.",
  "00:01:24", lambda t: on(OPEN, start=t))
case("time-sponge-2s-into", "R", "Could the sponging clip come in two seconds after I start talking about the sponge?",
     on(SPONGE, start=r(SEG[24].start + 2.0), tol=0.3), note="sentence 24 begins 'Use a sponge'")
case("time-boing-1s-after", "O", "boing 1 sec after she starts 'oh there it goes'", on(SFX, role=None, start=r(SEG[11].start + 1.0), tol=0.3))
case("time-gareth-before-end", "V", "put the picture of Gareth five seconds before the end full stop",
     on(GARETH, start=r(D - 5.0), tol=0.3))
case("time-drone-final6", "H", "The final 6 seconds should show DJI_0087.", on(DRONE, start=r(D - 6.0), tol=0.3))
case("time-drone-halfway", "O", "drone clip halfway thru", on(DRONE, start=r(D / 2), tol=1.5))
case("time-kiln-30fromend", "R", "I'd like the WhatsApp with Bethan in it 30 seconds from the end, please.", on(KILN, start=r(D - 30.0), tol=0.3))

# --- positions: the playhead, the selection, a word, a sentence start -------------------------------
case("pos-boing-foldedover", "O", "boing right when she says 'folded over' 😭",
     on(SFX, role=None, overlaps=list(phrase(21, "folded over"))))
case("pos-boing-thereitgoes", "R", "Could the boing sound go exactly where I say 'there it goes'? Osian says it'll be funny.",
     on(SFX, role=None, overlaps=list(phrase(11, "there it goes"))))
case("pos-boing-cat", "V", "put the boing noise where I say clay on the cat full stop",
     on(SFX, role=None, overlaps=list(phrase(22, "clay on the cat"))))
case("pos-boing-playhead", "O", "boing here", on(SFX, role=None, start=118.0), playhead=118.0)
case("pos-title-playhead", "H", "Insert the title \"Workshop Demonstration\" at the playhead.", title("Workshop Demonstration", start=60.0),
     playhead=60.0)
case("pos-selected-bw", "O", "make this b&w", bw(WALLS), setup=[ins(OPEN, 83.0), ins(WALLS, 100.0)], selection=["c4"],
     note="c4 is GX010236 (setup makes c3, c4)")
case("pos-selected-slow", "R", "Could you slow this one down to half speed? It's the one I've clicked on, I think.",
     speed(WEDGE, 0.5), setup=[ins(WEDGE, 32.0), ins(WOBBLE, 65.0)], selection=["c3"], note="c3 is the wedging clip")
case("pos-selected-dictation", "V", "make the selected clip black and white full stop", bw(WHEELV2),
     setup=[ins(DRONE, 0.0), ins(WHEELV2, 12.0)], selection=["c4"], note="c4 is shed_wheel_FINAL_v2")
case("pos-drone-open", "O", "open the vid on the drone shot before gran comes on", on(DRONE, role=None, start=0.0),
     note="over the talk on the B-roll track or before it: either opens on the drone")
case("pos-gareth-last", "R", "Could the very last thing people see be the photo of Gareth? It would mean a lot to me.",
     on(GARETH, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-collapse-sentence", "H", "Position GX010235 so that it begins exactly when she says \"And this is where it all went wrong\".",
     on(COLLAPSE, start=SEG[21].start, tol=0.3))
case("pos-title-scrunched", "O", "text 'attempt 2 🙏' when she starts 'so i scrunched it back up'",
     title("attempt 2 🙏", start=SEG[23].start), note="sentence 23 begins 'So I scrunched it back up'")

# --- cuts: fillers, pauses, the retake, sentences, phrases, ranges ---------------------------------
case("cut-fillers", "O", "cut all the ums and uhs", FILLERS)
case("cut-fillers-rhiannon", "R", "Would you be able to take out all my ums and errs? I sound like I've lost my marbles, sorry.", FILLERS,
     note="'err' is the British spelling of uh")
case("cut-fillers-dictation", "V", "take out all the um and ah sounds full stop", FILLERS)
case("cut-fillers-helen", "H", "Kindly remove all filler words (um, uh) throughout.", FILLERS)
case("cut-uhs-only", "V", "take out all the ers but leave the ums full stop", UHS, note="'er' is the British spelling of uh")
case("cut-uhs-rhiannon", "R", "Could you take out just the uhs, please, and leave the ums in? I think the ums sound more like me.", UHS)
case("cut-um-mun", "O", "cut the um in 'have another go mun'", filler_in(12))
case("cut-uh-tickled", "R", "There's an 'uh' in the bit where I say Gareth would be tickled, could you take just that one out?", filler_in(4))
case("cut-um-bubble", "V", "take out the um in the bit about the bubble in the kill full stop", filler_in(7))
case("cut-um-biscuit", "H", "Please remove the \"um\" in \"The first firing is the, um, biscuit firing\".", filler_in(34))
case("cut-uh-clearly", "O", "uh before 'i clearly need them' gotta go", filler_in(39))
case("cut-uh-board", "R", "The uh after 'that's just a flat board', take that one out please, it sounds like I've forgotten what a bat is.",
     filler_in(29))
case("cut-um-cwtch", "V", "remove the um before a big couch from Swansea full stop", filler_in(40),
     note="'couch' is dictation for cwtch; the um is in sentence 40")
case("cut-um-slip", "O", "the um before 'if it all turns to slip'", filler_in(20))
case("cut-um-slip-dictation", "V", "remove the um before if it all turns to slipped the whole lot goes floppy full stop", filler_in(20),
     note="dictation hears 'turns to slip the whole lot' as 'turns to slipped the whole lot'")
case("cut-uh-finger", "H", "Remove the \"uh\" in the opening-up instruction (finger's width).", filler_in(15))
case("cut-pauses", "O", "cut the dead air", PAUSES)
case("cut-pauses-rhiannon", "R", "I go quiet for ages while I'm concentrating on the clay, could you tighten up all the long gaps, please? "
     "Nobody wants to watch an old woman thinking.", PAUSES)
case("cut-pauses-dictation", "V", "shorten all the long pauses full stop", PAUSES)
case("cut-pauses-helen", "H", "Tighten all silences longer than one second.", PAUSES)
case("cut-pause-centred", "O", "gap after 'thats centred that is' is way too long", pause_cut(14))
case("cut-pause-gareth", "R", "After I say Gareth put the big window in so I'd have the light, there's a long silence. Could you shorten "
     "that one? I was having a moment.", pause_cut(3))
case("cut-pause-attempt", "V", "shorten the pause after attempt number two full stop", pause_cut(23))
case("cut-pause-bonedry", "H", "Shorten the pause following \"until it's bone dry\".", pause_cut(30))
case("cut-pause-osian", "V", "the pause after Oh sian has never made a bowl in his life is too long full stop", pause_cut(27),
     note="'Oh sian' is dictation for Osian; sentence 27")
case("cut-pause-rhossili", "R", "There's a long quiet bit after I mention Rhossili, could that be trimmed a little?", pause_cut(36))
case("cut-pause-notwrong", "V", "cut the gap after they're not wrong full stop", pause_cut(8))
case("cut-retake", "O", "cut where she messes up the floor of the bowl bit and redoes it", RETAKE)
case("cut-retake-rhiannon", "R", "I got my hands the wrong way round and said 'let me do that bit again', please cut the muddled go and keep "
     "the proper one.", RETAKE)
case("cut-retake-dictation", "V", "remove the bit where I got my hands the wrong way round full stop", RETAKE)
case("cut-retake-helen", "H", "Remove the false start at approximately 00:01:29.", RETAKE, note="the abandoned sentence starts at 1:28.9")
case("cut-retake-plain", "O", "remove teh retake pls", RETAKE)
case("cut-facebook", "O", "cut the facebook eighty quid line", sentence_cut(2))
case("cut-age", "R", "I'm not sure about telling the whole world my age, could you take out the sentence where I say I'm sixty seven?",
     sentence_cut(1))
case("cut-glasses", "V", "delete the sentence about the cat comma the clay on my glasses one full stop", sentence_cut(22))
case("cut-screws-quote", "H", "Remove the sentence \"Gareth would have said it was a cracking bowl and then kept his screws in it, bless him.\"",
     sentence_cut(38))
case("cut-thirdtime", "O", "cut the 'that's the third time its flown off sideways' line", sentence_cut(13))
case("cut-osian", "R", "Please take out the sentence where I say Osian's never made a bowl in his life, he'll only sulk.", sentence_cut(27))
case("cut-carrierbag", "V", "cut the sentence about the carrier bag full stop", sentence_cut(30))
case("cut-inaminute", "H", "Delete the line about showing the glazing \"now in a minute\".", sentence_cut(35))
case("cut-mugs", "V", "cut the bit about next week it's mugs full stop", sentence_cut(40))
case("cut-theregoes", "R", "Could you take out where I say 'Oh, there it goes, look'? It's a bit daft.", sentence_cut(11))
case("cut-slowwheel", "V", "remove the line where I say slow the wheel right down full stop", sentence_cut(19))
case("cut-rhossili", "V", "the Rossi Lee line can go full stop", sentence_cut(36), note="'Rossi Lee' is dictation for Rhossili")
case("cut-fortyyears", "H", "Please cut the sentence beginning \"Bethan has been potting for forty years\".", sentence_cut(33))
case("cut-collapse-story", "O", "cut the whole collapse story, all 3 sentences", sentence_cut(21, 23),
     note="21 'where it all went wrong', 22 'laughed till I cried', 23 'attempt number two'")
case("cut-gareth-passage", "R", "Could you take out the whole bit about Gareth building the shed, both sentences? I'll only cry when I watch it.",
     sentence_cut(3, 4), note="3 'My Gareth built this shed', 4 'He always said I'd end up making something in here'")
case("cut-range-dictation", "V", "delete from and this is where it all went wrong to attempt number two full stop", sentence_cut(21, 23))
case("cut-range-wireoff", "H", "Remove from \"Wire off now\" through to the end of \"leave it be\".", sentence_cut(28, 29))
case("cut-word-mun", "O", "cut the word mun", phrase_cut(12, "mun", 0.05, 0.25))
case("cut-tara", "R", "Please cut 'ta ra' off the very end, Osian says nobody says that any more.", phrase_cut(40, "ta ra"))
case("cut-isntit-all", "O", "remove every 'isnt it' 💀", phrases_cut(ISNT_ITS), note="three: sentences 13, 31 and 37")
case("cut-heaven", "H", "Remove the phrase \"heaven help us\".", phrase_cut(40, "heaven help us"))
case("cut-blesshim", "V", "cut the words bless him at the end of the Gareth screws bit full stop", phrase_cut(38, "bless him"))
case("cut-bearwithme", "R", "Could you cut 'so bear with me' from where I introduce myself? It sounds like I'm apologising already.",
     phrase_cut(1, "so bear with me"))
case("cut-honestly", "H", "Please remove the word \"honestly\" from the sentence about the clay flying off sideways.",
     phrase_cut(13, "honestly", 0.05, 0.25))
case("cut-tidy-both", "O", "lose 'tidy' both times", phrases_cut([(2, "tidy"), (26, "tidy")], 0.05, 0.25))
case("cut-facebook-phrase", "H", "Remove the words \"off Facebook for eighty pounds\".", phrase_cut(2, "off facebook for eighty pounds"))
case("cut-cat-phrase", "R", "Please cut just the words 'clay on the cat', my neighbour will think the cat's neglected.",
     phrase_cut(22, "clay on the cat"))
case("cut-elbows", "V", "take out the words up to my elbows in mud full stop", phrase_cut(4, "up to my elbows in mud"))
case("cut-range-hms", "H", "Please remove 00:00:12 to 00:00:15.", cut_len(at("00:00:15") - at("00:00:12")))
case("cut-range-dash", "O", "cut 2:07-2:09", cut_len(at("2:09") - at("2:07")))
case("cut-range-words", "V", "cut from three minutes twenty to three minutes twenty three",
     cut_len(at("three minutes twenty three") - at("three minutes twenty")))
case("cut-range-face", "R", "Could you take out the bit from 1:06 to 1:08? I pull a terrible face.", cut_len(at("1:08") - at("1:06")))

# --- trims, moves, reorders ------------------------------------------------------------------------
case("trim-first2", "H", "Please remove the first 2 seconds.", cut_len(2.0))
case("trim-start-offwego", "H", "Trim the opening so the video begins at \"Right then, off we go\".", start_at(5))
case("trim-start-shed", "R", "I'd like it to start where I say 'This is my potting shed', if that's all right with you.", start_at(2))
case("trim-end-clearly", "V", "finish the video after I clearly need them full stop", end_after(39))
case("trim-end-mine", "O", "end it on 'but its mine'", end_after(37))
case("trim-tail-half", "H", "Shave half a second off the end.", {"duration_lt": r(D - 0.3), "duration_gt": r(D - 0.8)},
     note="the last word ends 0.77 s before the end, all silence: anywhere near half a second is fine")
case("trim-wedge-4s", "O", "wedging clip too long make it 4s", {**on(WEDGE, start=32.0, within=[32.0, 36.0]), "duration_near": [D, 0.05]},
     setup=[ins(WEDGE, 32.0)])
case("trim-drone-5s", "R", "The drone clip goes on a bit, could you make it 5 seconds long?",
     {**on(DRONE, start=0.0, within=[0.0, 5.0]), "duration_near": [D, 0.05]}, setup=[ins(DRONE, 0.0)])
case("trim-collapse-3s", "H", "Shorten GX010235.MP4 by 3 seconds.", {**on(COLLAPSE, within=[116.0, 121.0]), "duration_near": [D, 0.05]},
     setup=[ins(COLLAPSE, 116.0)])
case("trim-kiln-2s", "V", "make the whatsapp of Bethan two seconds shorter full stop",
     {**on(KILN, within=[178.0, 184.0]), "duration_near": [D, 0.05]}, setup=[ins(KILN, 178.0)])
case("move-open-123", "O", "move the gopro thing to 1:23", on(OPEN, start=at("1:23"), count=1), setup=[ins(OPEN, 100.0)],
     note="one GoPro clip is on the timeline, so 'the gopro thing' is that one")
case("move-gareth-later", "R", "Could you move the photo of Gareth a bit later, 3 seconds later, so it lines up better?",
     on(GARETH, start=21.0, count=1), setup=[ins(GARETH, 18.0, 4.0)])
case("move-drying-hms", "H", "Move IMG_2304.JPG to 00:02:42.", on(DRYING, start=at("00:02:42"), count=1), setup=[ins(DRYING, 166.0, 4.0)])
case("move-drone-earlier", "V", "move the drone shot two seconds earlier full stop", on(DRONE, start=2.0, count=1), setup=[ins(DRONE, 4.0)])
case("move-collapse-laughed", "O", "line the collapse clip up with 'i just sat there and laughed'",
     on(COLLAPSE, start=SEG[22].start, tol=0.3, count=1), setup=[ins(COLLAPSE, 108.0)])
case("reorder-pixels", "V", "swap the wobbly clip and the centred clip round full stop",
     {**on(WOBBLE, start=65.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 71.0, "tol": 1.0}},
     setup=[ins(CENTRED, 65.0), ins(WOBBLE, 71.0)])
case("reorder-gopros", "R", "Oh dear, the GoPro clip of the walls has ended up before the opening-up one. Could you swap them round?",
     {**on(OPEN, start=83.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 91.0, "tol": 1.0}},
     setup=[ins(WALLS, 83.0), ins(OPEN, 91.0)])
case("reorder-trim-drying", "H", "Please reorder so that MVI_2291 precedes IMG_2304.JPG.",
     {**on(TRIM, start=143.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 150.0, "tol": 1.0}},
     setup=[ins(DRYING, 143.0, 4.0), ins(TRIM, 147.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-pixels", "O", "crosfade between the 2 pixel clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins(WOBBLE, 65.0), ins(CENTRED, 71.0)])
case("transition-gentle", "R", "Could it fade gently from the wobbly clay into the centred one, rather than jumping? It made me jump.",
     {"transition": {"role": "broll"}}, setup=[ins(WOBBLE, 65.0), ins(CENTRED, 71.0)], note="any kind of transition counts")
case("transition-dip", "H", "Apply a 1-second dip to black between GX010235 and GX010236.",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins(COLLAPSE, 116.0), ins(WALLS, 124.0)])
case("transition-wipe", "V", "put a wipe between the trimming clip and the picture of the bowl drying full stop",
     {"transition": {"role": "broll", "kind": "wipe"}}, setup=[ins(TRIM, 143.0), ins(DRYING, 150.0, 4.0)])
case("transition-jarring", "O", "bestie the cut from the drone to the wheel clip is jarring af", {"transition": {"role": "broll"}},
     setup=[ins(DRONE, 0.0), ins(WHEELV2, 9.0)], note="any kind of transition counts")
case("transition-gopros", "R", "A crossfade between the two GoPro clips please, the opening-up one and the walls one.",
     {"transition": {"role": "broll", "kind": "crossfade"}}, setup=[ins(OPEN, 83.0), ins(WALLS, 91.0)])
case("transition-dissolve", "H", "Cross-dissolve between the WhatsApp clip and the screen recording, 0.5 s.",
     {"transition": {"role": "broll", "kind": "crossfade", "duration": 0.5}}, setup=[ins(KILN, 178.0), ins(GLAZE, 186.0)])
case("effect-grade-warm", "H", "Kindly apply a warm colour grade to the main footage; the shed lighting is rather cold.",
     fx("color", role="main"), note="any colour correction on the talk counts")
case("effect-warm-osian", "O", "gran looks mad blue ngl, warm her up", fx("color", role="main"))
case("effect-bw-walls", "R", "Could you make the GoPro clip of the walls black and whtie? I think it would look rather arty.", bw(WALLS),
     setup=[ins(WALLS, 100.0)])
case("effect-bw-gareth", "V", "make the photo of Gareth black and white full stop", bw(GARETH), setup=[ins(GARETH, 18.0, 4.0)])
case("effect-fadein-start", "V", "fade in from black at the beginning full stop", fx("fade_in", role="main"))
case("effect-fadeout-3s", "H", "A 3-second fade to black at the end, please.", fx("fade_out", role="main", duration=3.0))
case("effect-blur-kiln", "R", "Would you blur the WhatsApp video of the club? Not everybody wanted to be on YouTube.", fx("blur", KILN),
     setup=[ins(KILN, 178.0)])
case("effect-zoom-drying", "O", "slow zoom on teh bowl drying pic", fx("zoom", DRYING), setup=[ins(DRYING, 166.0, 4.0)])
case("effect-rotate-upside", "V", "the go pro clip of the thumbs is upside down comma can you turn it the right way up full stop",
     fx("rotate", OPEN, degrees=180), setup=[ins(OPEN, 83.0)], note="a GoPro clamped upside down is turned half a turn")
case("effect-bright-glaze", "O", "screen rec is too dark brighten it", fx("color", GLAZE), setup=[ins(GLAZE, 202.0)],
     note="any colour adjustment on it counts")
case("effect-saturation-drone", "H", "Please colour-correct the drone shot to bring up the saturation.", fx("color", DRONE),
     setup=[ins(DRONE, 12.0)])
case("effect-normalise", "R", "Could you normalise my voice? It goes up and down a bit when I lean over the wheel.", fx("normalize", role="main"))
case("effect-mirror-wedge", "H", "The wedging clip appears mirrored; kindly flip it horizontally.", fx("flip", WEDGE), setup=[ins(WEDGE, 32.0)])
case("effect-pip-dictation", "V", "make the screen recording small in the corner so you can still see me full stop", fx("pip", GLAZE),
     setup=[ins(GLAZE, 202.0)])
case("effect-pip-helen", "H", "Picture-in-picture for the screen recording, top right corner.", fx("pip", GLAZE), setup=[ins(GLAZE, 202.0)])
case("effect-bw-wheel", "V", "make the shed wheel final clip black and white full stop", bw(WHEELV2), setup=[ins(WHEELV2, 12.0)])
case("effect-rotate-wa3", "R", "The VID-20260408 one from WhatsApp is on its side, could you turn it a quarter turn clockwise?",
     fx("rotate", WA3, degrees=90), setup=[ins(WA3, 105.0)])
case("effect-contrast-wobble", "H", "Please increase the contrast on PXL_20260412_104210877.", fx("color", WOBBLE), setup=[ins(WOBBLE, 65.0)])
case("effect-fadein-open", "H", "Kindly add a fade-in to GX010233.", fx("fade_in", OPEN), setup=[ins(OPEN, 83.0)])
case("effect-fadeout-drying", "V", "fade out the picture of the bowel drying full stop", fx("fade_out", DRYING), setup=[ins(DRYING, 208.0, 4.0)])
case("speed-walls-2x", "O", "gopro walls 2x", speed(WALLS, 2.0), setup=[ins(WALLS, 100.0)])
case("speed-drone-half", "R", "Could the drone clip go slower, half speed? It's over too quickly for me to see the garden.", speed(DRONE, 0.5),
     setup=[ins(DRONE, 0.0)])
case("speed-main-10pc", "H", "Speed up the main footage by 10%.", speed("main", 1.1))
case("speed-wedge-double", "V", "make the wedging clip twice as fast full stop", speed(WEDGE, 2.0), setup=[ins(WEDGE, 32.0)])
case("speed-collapse-quarter", "O", "collapse clip in slowmo like 0.25x 💀", speed(COLLAPSE, 0.25), setup=[ins(COLLAPSE, 116.0)])
case("speed-trim-150", "R", "The trimming clip could go a bit quicker, one and a half times speed, please.", speed(TRIM, 1.5),
     setup=[ins(TRIM, 143.0)])
case("speed-sponge-3x", "V", "make the sponging clip three times as fast full stop", speed(SPONGE, 3.0), setup=[ins(SPONGE, 133.0)])
case("speed-drone-75", "H", "Set DJI_0087 to 75% speed.", speed(DRONE, 0.75), setup=[ins(DRONE, 0.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-20", "O", "musci -20", vol("music", -20.0))
case("audio-music-down5", "R", "The music is a bit loud for me, could you bring it down 5 db? Sorry to be a pain.", vol("music", MUSIC_DB - 5.0))
case("audio-music-24", "H", "Set the background music to -24 dB.", vol("music", -24.0))
case("audio-music-words", "V", "turn the music down to minus twenty two full stop", vol("music", -22.0))
case("audio-drowning", "O", "music drowning gran out fr", vol("music", -23.5, 5.5),
     note="judgement: any cut of 3 to 14 dB on the bed counts; ducking only under speech would fail this")
case("audio-duck-rhiannon", "R", "Could the music go quieter when I'm talking and then come back up in the gaps?",
     {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-helen", "H", "Please duck the music under the dialogue.", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-dictation", "V", "make the music go down when I'm talking full stop", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-12", "O", "duck the music 12db under her voice", {"music_envelope_dips_during_speech": -11.5})
case("audio-music-fadein", "H", "Please fade the music in at the start.", fx("fade_in", role="music"))
case("audio-music-fadeout", "R", "Could the music fade away gently at the end, please?", fx("fade_out", role="music"))
case("audio-music-fadeout4", "H", "Fade the music out over the final 4 seconds.", fx("fade_out", role="music", duration=4.0))
case("audio-mute-music", "V", "mute the music full stop", {"track_muted": "music"})
case("audio-voice-up4", "O", "gran is too quiet +4db on her voice", vol("main", 4.0))
case("audio-music-up3", "R", "Please bring the music up 3 dB, I can hardly hear it on my tablet.", vol("music", MUSIC_DB + 3.0))
case("audio-music-unicode", "H", "Music to −18 dB, please.", vol("music", -18.0), note="typed with a Unicode minus sign")
case("audio-unmute", "V", "put the music back on full stop", {"track_unmuted": "music"}, history=["mute the music full stop"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "R", "Could you put a title 'Rhiannon's First Bowl' at the very beginning for 5 seconds?",
     title("Rhiannon's First Bowl", 0.0, 5.0))
T("title-caps", "O", "caption \"CENTRING ATTEMPT #3 😤\" at 1:11", "1:11", lambda t: title("CENTRING ATTEMPT #3 😤", t))
case("title-fair", "H", "Title card: \"Swansea Makers' Craft Fair – Saturday 14 June\" at 00:00:00 for 4 seconds.",
     title("Swansea Makers' Craft Fair – Saturday 14 June", at("00:00:00"), 4.0))
case("title-dictation", "V", "put a title saying my first proper bowl at the start full stop",
     title("my first proper bowl", 0.0, exact=False), note="dictation: the words, any capitals")
case("title-croeso", "R", "Please put 'Croeso! 👋' on the screen at the start. It means welcome.", title("Croeso! 👋", 0.0))
T("title-lowerthird", "H", "Lower third \"Rhiannon Jenkins, potter\" at 00:00:06 for 4 seconds.", "00:00:06",
  lambda t: title("Rhiannon Jenkins, potter", t, 4.0))
case("title-endcard", "O", "end card 'sub for the mugs ep 🏺' last 5 secs", title("sub for the mugs ep 🏺", r(D - 5.0), 5.0))
T("title-price", "R", "Could you put '£80 off Facebook!' on the screen at 0:14, please?", "0:14", lambda t: title("£80 off Facebook!", t))
T("title-biscuit", "V", "put a caption that says biscuit firing at three minutes ten", "three minutes ten",
  lambda t: title("biscuit firing", t, exact=False))
case("title-kiln-range", "H", "Caption \"Kiln: Community Centre, every other Thursday\" from 00:02:58 to 00:03:03.",
     title("Kiln: Community Centre, every other Thursday", at("00:02:58"), at("00:03:03") - at("00:02:58")))
T("title-shed", "O", "title 'GARETH'S SHED 🛠️' at 0:18", "0:18", lambda t: title("GARETH'S SHED 🛠️", t))
case("title-wedging", "R", "A little title saying 'Wedging' when I start 'Right then, off we go', please.", title("Wedging", SEG[5].start))
T("title-step3", "H", "Add the caption \"Step 3: Pulling the walls\" at 01:40.", "01:40", lambda t: title("Step 3: Pulling the walls", t))
T("title-collapse", "O", "caption 'the collapse 💀' at 1:56 for 3s", "1:56", lambda t: title("the collapse 💀", t, 3.0))
case("title-thanks", "V", "add a title that says thanks for watching for the last four seconds full stop",
     title("thanks for watching", r(D - 4.0), 4.0, exact=False))
T("title-tips", "R", "And a title 'Tips for centring? Comment below!' at 3:36, please. I need all the help I can get.", "3:36",
  lambda t: title("Tips for centring? Comment below!", t))
T("title-lush", "O", "'lush 💚' at 2:19", "2:19", lambda t: title("lush 💚", t))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-pauses", "O", "cut the ums n uhs and the dead air", FILLERS_AND_PAUSES)
case("multi-helen-bullets", "H", "As discussed:\n- remove all filler words\n- music to -20 dB\n- fade out at the end",
     {**FILLERS, **vol("music", -20.0), **fx("fade_out", role="main")},
     note="'fade out at the end' of the video: the talk fades (the music may too)")
case("multi-drone-bw", "R", "Could you put the drone clip at the start and make it black and white, please?",
     {**on(DRONE, role=None, start=0.0), **bw(DRONE)})
case("multi-retake-open", "V", "cut the retake and put the go pro of the thumbs over the good version full stop",
     {**RETAKE, **on(OPEN, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])},
     note="the good version (17) moves earlier by the retake's length once the retake is cut")
case("multi-collapse-slowmo", "O", "collapse clip at 1:56 + slowmo half speed", {**on(COLLAPSE, role=None, start=at("1:56")), **speed(COLLAPSE, 0.5)})
case("multi-drying-caption", "H", "Please:\n• insert IMG_2304.JPG at 00:03:28\n• add the caption \"Available at the fair\" at the same time",
     {**on(DRYING, role=None, start=at("00:03:28")), **title("Available at the fair", at("00:03:28"))})
case("multi-pauses-duck", "R", "Take out all the long pauses and duck the music under my voice, please.",
     {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-music-fade", "V", "music to minus eighteen and fade it out at the end full stop",
     {**vol("music", -18.0), **fx("fade_out", role="music")})
case("multi-carrierbag-next", "V", "cut the sentence about the carrier bag and the one after it full stop", sentence_cut(30, 31))
case("multi-trim-fadein", "H", "Remove 00:00:00–00:00:02 and add a fade-in at the start.",
     {**cut_len(at("00:00:02") - at("00:00:00")), **fx("fade_in", role="main")})
case("multi-wedge-fadein", "O", "wedging clip at 0:32 w a fade in", {**on(WEDGE, role=None, start=at("0:32")), **fx("fade_in", WEDGE)})
case("multi-normalise-music", "R", "Could you normalise my voice and then bring the music down to -21?",
     {**fx("normalize", role="main"), **vol("music", -21.0)})
case("multi-ums-retake", "V", "take out all the ums and the bit where I got my hands the wrong way round full stop",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.35 * NUM), "duration_gt": r(D - (RETAKE_LEN + 0.35) - (0.5 * NUM + 1.8))},
     note="the retake holds no filler")

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "O", "make it b&w", bw(WALLS), history=["gopro 236 at 1:40"])
case("convo-not-242", "R", "Oh no, sorry, I meant 2:46, not 2:42. My eyes aren't what they were.", on(DRYING, start=at("2:46"), count=1),
     history=["Could you put the photo of the bowl drying at 2:42?"])
case("convo-still-loud", "O", "still too loud", vol("music", -24.0, 3.0), history=["music -20"],
     note="judgement: anything from 1 to 7 dB below -20")
case("convo-bit-more-down", "V", "a bit more full stop", vol("music", -24.5, 5.5), history=["turn the music down a bit full stop"],
     note="judgement: two small steps down from -15, between -19 and -30 in all")
case("convo-undo-helen", "H", "Please undo that.", {"matches_initial": True},
     history=["Please cut the sentence beginning \"Bethan has been potting for forty years\"."])
case("convo-undo-osian", "O", "undo", {"matches_initial": True}, history=["cut the first 5 secs"])
case("convo-same-gareth", "R", "Lovely. Can you do the same for the photo of Gareth, at 0:18?",
     {**on(GARETH, start=at("0:18")), **bw(GARETH)},
     history=["Could you put the drone clip at the start and make it black and white, please?"],
     note="'the same': put it in and make it black and white")
case("convo-same-music", "O", "same w the music", fx("fade_out", role="music"), history=["fade the video out at the end"])
case("convo-that-fast", "V", "make that one twice as fast full stop", speed(TRIM, 2.0),
     history=["put the trimming clip at two minutes twenty three full stop"])
case("convo-fade-it-in", "H", "Kindly add a fade-in to it.", fx("fade_in", KILN),
     history=["Insert WhatsApp Video 2026-04-09 at 19.26.44 at 00:02:58."])
case("convo-caption-move", "R", "Actually, could you move that caption to 0:03? It's a bit quick at the very start.",
     title("Croeso! 👋", at("0:03")), history=["Please put 'Croeso! 👋' on the screen at the start."])
case("convo-title-longer", "H", "Extend it to 6 seconds.", title("Rhiannon's First Bowl", 0.0, 6.0),
     history=["Add the title \"Rhiannon's First Bowl\" at 00:00:00."])
case("convo-retext", "O", "change it to say 'attempt 3 😭'", title("attempt 3 😭", at("2:07")), history=["caption 'attempt 2' at 2:07"])
case("convo-pauses-too", "R", "And the long pauses too, while you're at it. Thank you, cariad.", FILLERS_AND_PAUSES,
     history=["Could you take out all the ums and uhs, please?"])
case("convo-normal-speed", "O", "put it back to normal speed", {**on(COLLAPSE, role=None, start=at("1:56")), **speed(COLLAPSE, 1.0)},
     history=["collapse clip at 1:56", "make it 4x"])
case("convo-other-gopro", "V", "no I meant the other go pro one the one where it collapses full stop",
     {**on(COLLAPSE, start=at("one minute fifty six")), "no_clip": {"media": WALLS}},
     history=["put the go pro clip of the walls at one minute fifty six full stop"],
     note="a correction: the collapse clip replaces the walls clip at 1:56")
case("convo-louder", "V", "louder full stop", vol("music", -27.0, 2.5), history=["music to minus thirty full stop"],
     note="judgement: louder than -30 but not back above -24.5")
case("convo-where-again", "R", "Sorry, what time did you say that was? I didn't have my glasses on.",
     {"unchanged": True, "reply_has": [mmss(SEG[27].start)]}, history=["When do I talk about Osian?"])
case("convo-and-uhs", "O", "and the uhs", FILLERS, history=["cut all the ums"])
case("convo-redo", "H", "Please redo it.", FILLERS, history=["Remove all filler words.", "Undo."])
case("convo-voice-more", "O", "bit more", vol("main", 5.25, 1.75), history=["turn gran up 3db"],
     note="judgement: a little louder than +3 (at least +3.5), up to about +7")
case("convo-straight-after", "O", "and put the sponge vid straight after it", on(SPONGE, start=at("1:23") + 8.0, tol=0.3),
     history=["gopro 233 at 1:23"], note="GX010233 is 8 s long: straight after it is 1:31")
case("convo-move-to-bethan", "V", "move it to the bit where I say Bethan fires the kill full stop",
     on(KILN, overlaps=[SEG[32].start, SEG[32].end], count=1), history=["put the whatsapp of Bethan at two minutes full stop"])
case("convo-other-pixel", "O", "nah the other pixel one, the centred one", {**on(CENTRED, start=at("1:17")), "no_clip": {"media": WOBBLE}},
     history=["pixel wobble clip at 1:17"])
case("convo-same-trimming", "R", "Lovely. Now the same with the trimming clip, over the bit where I talk about Osian.", over(TRIM, 27),
     history=["Could you put the GoPro of the walls going up over 'Right then, pulling the walls'?"])
case("convo-caption-shorter", "H", "Shorten it to 3 seconds.", title("Demonstration only", at("00:01:00"), 3.0),
     history=["Insert the caption \"Demonstration only\" at 00:01:00."])
case("convo-fade-that-too", "O", "fade that out too", fx("fade_out", DRONE), history=["drone clip at the start", "make it b&w"])
case("convo-boing-louder", "V", "make it louder full stop", vol(SFX, 4.5, 3.5), history=["put the boing noise at one minute fifty seven full stop"],
     note="judgement: anything from +1 to +8 dB on the boing")

# --- answers to the editor's question: the first turn is ambiguous and should have been asked ------
case("answer-thumbs", "O", "the thumbs one", on(OPEN, start=at("1:23")), history=["gopro clip at 1:23"],
     note="three GoPro clips; the answer means GX010233")
case("answer-wobbling", "R", "The one where it's wobbling, sorry, I should have said.", on(WOBBLE, start=at("1:05")),
     history=["Could you put the close-up of the clay on the wheel at 1:05?"], note="two Pixel close-ups of the clay on the wheel")
case("answer-gareth-photo", "V", "the one of Gareth full stop", on(GARETH, start=at("eighteen seconds")),
     history=["put the photo at eighteen seconds full stop"], note="two stills: the bowl drying and Gareth")
case("answer-bethan-second", "H", "The second one, please: \"Bethan has been potting for forty years\".", sentence_cut(33),
     history=["Please remove the sentence about Bethan."], note="Bethan is in 7, 32 and 33")
case("answer-isntit-2nd", "O", "the 2nd one", sentence_cut(31), history=["cut the isn't it line"],
     note="'isn't it' is in 13, 31 and 37: the second is 31")
case("answer-screws", "R", "The one at the end, about his screws.", sentence_cut(38), history=["Could you take out the Gareth sentence?"],
     note="Gareth is in 3 and 38")
case("answer-collapse-obvs", "O", "the collapse one obvs", over(COLLAPSE, 21), history=["put the overhead clip over the wet paper bag bit"],
     note="three overhead GoPro clips")
case("answer-wheel-arrived", "V", "the one with the wheel in it the day it arrived full stop", on(WHEELV2, start=at("twelve seconds")),
     history=["put the shed clip at twelve seconds full stop"], note="the drone over the shed roof, the wheel in the shed, Gareth on the shed")
case("answer-centred", "H", "The centred one.", on(CENTRED, start=at("01:17")), history=["Insert the Pixel close-up at 01:17."])
case("answer-cracks", "R", "The cracks one near the end, where I say if it dries too fast.", sentence_cut(31),
     history=["Could you cut the sentence about cracks?"], note="cracks in 24 and 31")

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "O", "how long is it rn", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-gareth", "R", "When do I first start talking about Gareth? I can't find it for looking.",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[3].start)]})
case("question-where-centring", "V", "what time do I start talking about centring question mark",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[8].start)]}, note="'Now, centring, this is the bit...'")
case("question-where-kiln", "H", "Could you confirm the timestamp at which the kiln at the community centre is mentioned?",
     {"unchanged": True, "reply_has": [mmss(SEG[32].start)]})
case("question-where-collapse", "O", "when does the collapse start", {"unchanged": True, "reply_has": [mmss(SEG[21].start)]})
case("question-where-osian", "R", "Whereabouts do I mention Osian? He wants to know if he's famous now.",
     {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[27].start)]})
case("question-where-wireoff", "V", "when do I talk about wire off question mark", {"unchanged": True, "reply_has": [mmss(SEG[28].start)]})
case("question-music-level", "O", "whats the music at rn", {"unchanged": True, "reply_has": ["-15"]})
case("question-fps", "H", "What frame rate is the project set to?", {"unchanged": True, "reply_has": ["30"]})
case("question-isntit-count", "R", "How many times do I say 'isn't it'? Osian says it's loads.", UNCHANGED)
case("question-unused", "H", "Kindly list the clips not yet used in the edit.", UNCHANGED)
case("question-take2", "V", "did I record the ending twice question mark", UNCHANGED)
case("question-drone-res", "H", "What resolution is the drone footage?", UNCHANGED)
case("question-broll-track", "O", "whats on the broll track", {"unchanged": True, "reply_has": [WEDGE, GARETH]},
     setup=[ins(GARETH, 18.0, 4.0), ins(WEDGE, 32.0)])
case("question-after-cut", "R", "How long is it now, after that?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]},
     history=["Could you take out all the ums and uhs, please?"])
case("question-what-did", "O", "wait what did u just do", {"unchanged": True, "reply_has": ["-20"]}, history=["music -20"])
case("question-sfx", "H", "Is there a sound effect in the project?", UNCHANGED)
case("question-muddled", "R", "Is there a bit where I get muddled and say it again? I have a feeling there is.", UNCHANGED)
case("question-length-dictation", "V", "how long is the video question mark", {"unchanged": True, "reply_has": [mmss(D)]})

# --- remarks that are not requests: must not edit ---------------------------------------------------
case("chat-diolch", "R", "Diolch, that's lovely. You're very patient with me.", UNCHANGED)
case("chat-cooked", "O", "ngl gran lowkey cooked with this one 🔥", UNCHANGED)
case("chat-hello", "V", "hello is this working full stop", UNCHANGED)
case("chat-committee", "H", "Thank you. I will review this with the committee and revert.", UNCHANGED)
case("chat-cat", "R", "The cat's just walked across the keyboard, sorry if anything odd came through!", UNCHANGED)
case("chat-brb", "O", "brb", UNCHANGED)
case("chat-oshian", "V", "Oh sian says I'm doing it all wrong full stop", UNCHANGED)
case("chat-gareth", "R", "Gareth would have loved all this, you know. He was always one for gadgets.", UNCHANGED)
case("chat-fr", "O", "fr", UNCHANGED)
case("chat-noted", "H", "Noted.", UNCHANGED)
case("chat-ok", "V", "OK thank you full stop", UNCHANGED)
case("chat-funny", "O", "the collapse bit is so funny 😭😭", UNCHANGED)
case("chat-think", "R", "Hmm, let me have a think about the music and I'll get back to you after my tea.", UNCHANGED)
case("chat-mid", "O", "lowkey mid ngl but whatever", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-osianclip", "O", "put the vid of me flying the drone over the trimming tool bit", UNCHANGED,
     note="Osian is in no media: DJI_0087 is the drone's own view of the garden, not of him flying it")
case("nonedit-missing-gx234", "R", "Could you put GX010234 over the bit where it collapses, please?", UNCHANGED,
     note="the GoPro files are 233, 235 and 236: should ask, not guess 235")
case("nonedit-missing-img2305", "V", "put IMG underscore 2305 at two minutes full stop", UNCHANGED, note="the Canon still is IMG_2304")
case("nonedit-missing-finalv3", "H", "Insert shed_wheel_FINAL_v3 at 00:00:13.", UNCHANGED, note="only _v2 is in the bin: should ask")
case("nonedit-missing-carys", "O", "cut the bit where she talks about carys", UNCHANGED,
     note="Carys is only in a file description, never said in the talk")
case("nonedit-missing-mugglaze", "R", "Would you take out the part where I talk about the glaze I picked for the mugs?", UNCHANGED,
     note="never said: the glaze is for the bowl, the mugs are next week")
case("nonedit-missing-catclip", "V", "put the video of the cat over the bit about clay on the cat full stop", UNCHANGED, note="no cat footage")
case("nonedit-missing-vineboom", "O", "add the vine boom sfx at 1:56", UNCHANGED, note="the only sound effect is a boing")
case("nonedit-missing-logo", "H", "Please insert the craft fair logo at the start.", UNCHANGED, note="no logo in the project")
case("nonedit-missing-daughter", "R", "Could you cut the bit where I talk about my daughter? She'd be mortified.", UNCHANGED, note="never said")
case("nonedit-missing-dropped", "H", "Please remove the section in which she drops the bowl.", UNCHANGED, note="never said")
case("nonedit-missing-clayprice", "V", "remove the bit about the price of the clay full stop", UNCHANGED,
     note="never said: the price is of the wheel")
case("nonedit-missing-glazedbowl", "H", "Insert the footage of the finished glazed bowl at 00:03:28.", UNCHANGED,
     note="the bowl is not glazed yet; the only bowl still is it drying on its bat")
case("nonedit-missing-pxl878", "O", "pxl_20260412_104210878 at 1:05", UNCHANGED, note="the Pixel clip is ..._104210877")
case("nonedit-offtimeline-boing", "O", "boing quieter", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-kiln", "R", "Could you speed up the WhatsApp video of Bethan?", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-collapse", "H", "Apply black and white to GX010235.", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-take2", "V", "make outro take two louder full stop", UNCHANGED, note="the second take is only in the bin")
case("nonedit-offtimeline-glaze", "V", "fade out the screen recording full stop", UNCHANGED, note="only in the bin")
case("nonedit-offtimeline-gareth", "R", "The photo of Gareth needs to be a little bit brighter, he's all in shadow.", UNCHANGED,
     note="only in the bin")
case("nonedit-ambig-gopro", "O", "gopro clip at 1:23", UNCHANGED, note="three GoPro clips")
case("nonedit-ambig-closeup", "R", "Could you put the close-up of the clay on the wheel at 1:05?", UNCHANGED,
     note="two Pixel close-ups: wobbling and centred")
case("nonedit-ambig-photo", "V", "put the photo at eighteen seconds full stop", UNCHANGED, note="IMG_2304.JPG or the Gareth still")
case("nonedit-ambig-pixel", "H", "Insert the Pixel close-up at 01:17.", UNCHANGED, note="two Pixel close-ups")
case("nonedit-ambig-shed", "O", "shed clip at 12s", UNCHANGED, note="the drone over the shed roof, the wheel in the shed, Gareth on the shed")
case("nonedit-ambig-overhead", "R", "Please put the overhead one at 1:40.", UNCHANGED, note="all three GoPro clips are overhead")
case("nonedit-ambig-pxl", "H", "Insert the PXL clip at 00:00:40.", UNCHANGED, note="three PXL_ clips")
case("nonedit-ambig-kiln", "O", "cut the kiln line", UNCHANGED, note="kiln in 7, 32 and 35")
case("nonedit-ambig-gareth", "R", "Could you take out the Gareth sentence?", UNCHANGED, note="Gareth in 3 and 38")
case("nonedit-ambig-bethan", "V", "delete the sentence about Bethan full stop", UNCHANGED, note="Bethan in 7, 32 and 33")
case("nonedit-ambig-centring", "H", "Please remove the line about centring.", UNCHANGED, note="8 and 39 (and 13, 14 are about it too)")
case("nonedit-ambig-lush", "V", "cut the lush bit full stop", UNCHANGED, note="lush in 25 and 33")
case("nonedit-ambig-rightthen", "R", "I don't like the 'right then' sentence, could it go?", UNCHANGED, note="right then in 5, 18 and 26")
case("nonedit-ambig-cracks", "V", "remove the sentence about the cracks full stop", UNCHANGED, note="cracks in 24 and 31")
case("nonedit-ambig-mud", "O", "cut the mud line", UNCHANGED, note="mud in 4 and 13")
case("nonedit-ambig-offwego", "H", "Remove the sentence containing \"off we go\".", UNCHANGED, note="5 and 9")
case("nonedit-ambig-bottom", "R", "Take the bit about the bottom out, please.", UNCHANGED, note="bottom in 2, 15, 24 and 31")
case("nonedit-inside-gentleman", "H", "Kindly remove the gentleman in the background of the WhatsApp clip.", UNCHANGED,
     setup=[ins(KILN, 178.0)])
case("nonedit-inside-wonky", "R", "Could you make the bowl look a bit less wonky in the photo? Just a smidge.", UNCHANGED,
     setup=[ins(DRYING, 208.0, 4.0)])
case("nonedit-inside-clamp", "O", "can u remove the clamp from the gopro shot", UNCHANGED, setup=[ins(OPEN, 83.0)])
case("nonedit-inside-catphoto", "V", "take the cat out of the picture of Gareth full stop", UNCHANGED, setup=[ins(GARETH, 18.0, 4.0)])
case("nonedit-inside-sky", "H", "Please replace the grey sky in the drone shot with a blue one.", UNCHANGED, setup=[ins(DRONE, 0.0)])
case("nonedit-inside-glazename", "O", "what glaze is that in the screen rec", UNCHANGED,
     note="a question about the inside of a clip; nothing is edited")
case("nonedit-inside-fridge", "R", "Could you take the hum of the fridge out from behind my voice? It's the one in the shed for Gareth's beer.",
     UNCHANGED, note="no noise removal in the editor, and no hum in the talk")
case("nonedit-inside-watermark", "H", "Please remove the Facebook watermark from the screen recording.", UNCHANGED, setup=[ins(GLAZE, 202.0)])
case("nonedit-inside-wrinkly", "V", "make my hands look less wrinkly full stop", UNCHANGED)

# --- destructive sweeps: a careful editor asks first ------------------------------------------------
case("confirm-promo30", "H", "Kindly cut this down to a 30-second promo for the craft fair.", CONFIRM)
case("confirm-after-wireoff", "O", "delete everything after the wire off bit", CONFIRM)
case("confirm-first-minute", "R", "Could you get rid of the whole first minute? I do waffle on.", CONFIRM)
case("confirm-before-gotit", "V", "delete everything before the bit where I say got it got it full stop", CONFIRM)
case("confirm-range-90s", "H", "Remove 00:01:00 to 00:02:30.", CONFIRM)
case("confirm-only-collapse", "O", "keep only the collapse bit", CONFIRM)
case("confirm-delete-talk", "R", "Please delete the main video, I want to start again from scratch.", CONFIRM)
case("confirm-clear-broll", "O", "clear the broll track", CONFIRM, setup=[ins(WEDGE, 32.0), ins(OPEN, 83.0), ins(DRYING, 166.0, 4.0)])
case("confirm-after-two", "V", "cut everything after two minutes full stop", CONFIRM)
case("confirm-last45", "H", "As discussed, keep only the final 45 seconds.", CONFIRM)
case("confirm-tiktok", "O", "make it a 60 sec tiktok, cut whatever", CONFIRM)
case("confirm-all-broll", "H", "Please remove all B-roll from the timeline.", CONFIRM, setup=[ins(DRONE, 0.0), ins(KILN, 178.0)])


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "ag_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    from collections import Counter
    who = Counter(c["note"].split("]")[0][1:] for c in CASES)
    nonedit = sum(bool(c["expect"].get("unchanged") or c["expect"].get("confirm")) for c in CASES)
    print(len(CASES), "cases,", nonedit, "must not edit ->", out, "D =", D, dict(who))
