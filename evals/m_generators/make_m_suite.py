"""Writes m_heldout.jsonl from the cases below; every expected time is computed from project M's
transcript (project_m_trainers.SCRIPT through talk_project.timed_script), never typed by hand. Times
a user types in a message ("at 1:10", "@ 106.5s") are parsed from the same string the message uses.

    PYTHONPATH=/work/main:. /work/main/.venv/bin/python make_m_suite.py

Bound conventions (the same as suites H to L): D is the fresh timeline's length (the talk file holds
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
absolute level both reach, since the bed already sits at -16 dB.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from project_m_trainers import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.ceil(round(_T * 30, 6)) / 30, 2)  # the fresh timeline
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 7
MUSIC_DB = -16.0
RETAKE_I = 19  # the fluffed sentence; 20 is the good take

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m12
(GOPRO_MID, GOPRO_UP, LACES, ERASER, YELLOW, WHITE, SILL, BASKET, BEFORE, TUBE, DONE) = (M[i] for i in range(2, 13))


def r(x: float) -> float:
    return round(x, 2)


def mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def at(text: str) -> float:
    """Seconds for a time as a user types it: '1:10', '0:31', '1m15', '106.5s', '92 secs', '00:00:45:15' (30 fps)."""
    t = text.strip().lower()
    if re.fullmatch(r"\d+:\d\d:\d\d:\d\d", t):
        h, m, s, f = (int(x) for x in t.split(":"))
        return r(h * 3600 + m * 60 + s + f / 30)
    if re.fullmatch(r"\d+:\d\d", t):
        m, s = t.split(":")
        return float(int(m) * 60 + int(s))
    hit = re.fullmatch(r"(\d+)m(\d+)s?", t)
    if hit:
        return float(int(hit.group(1)) * 60 + int(hit.group(2)))
    hit = re.fullmatch(r"([\d.]+)\s*(s|sec|secs|seconds)?", t)
    if hit:
        return float(hit.group(1))
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
    CASES.append({"id": f"m-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts described by what is said, what the media shows, or loose file names -------
case("broll-screenrec-bought", "stick the screen recording over where i say what i ordered and what it cost", over(BASKET, 4))
case("broll-basket-ninety", "screen rec of my basket over the line about a new pair being ninety quid", over(BASKET, 3))
case("broll-before-hiya", "before_pair.JPG over my hiya at the very start", over(BEFORE, 0))
case("broll-beforepic-twoyears", "the before pic of the pair while i'm saying I've worn them basically every day for 2 years", over(BEFORE, 1))
case("broll-yellowclip-state", "the pixel clip of the yellowed soles over where I describe the state they're in, grey uppers, brown laces etc",
     over(YELLOW, 2))
case("broll-104811-bigone", "PXL_20261129_104811 on \"Now the big one, the yellow soles.\"", over(YELLOW, 22))
case("broll-yellowing-oxidation", "Can you put the clip of the yellow soles (the before one) over my oxidation explanation?", over(YELLOW, 23))
case("broll-jug-warmwater", "laces soaking clip over where I tell people to drop them in warm water", over(LACES, 7))
case("broll-jug-stir", "jug of laces over 'give it a stir'", over(LACES, 8))
case("broll-lacesmov-threequid", "laces soaking in a jug.MOV over the bit where i say new laces are only 3 pounds", over(LACES, 9))
case("broll-gx734-circles", "GX010734 over the small circles bit", over(GOPRO_UP, 12))
case("broll-toecam-dontsoak", "the head cam one of me doing the mesh on the toe, over where i warn you not to soak the upper", over(GOPRO_UP, 13))
case("broll-734-microfibre", "734 over the microfibre cloth line pls", over(GOPRO_UP, 14))
case("broll-gx731-stiffer", "GX010731 over where I say the midsole needs a stiffer brush", over(GOPRO_MID, 17))
case("broll-midsolecam-heading", "gopro midsole scrub on top of 'Okay, midsoles.'", over(GOPRO_MID, 16))
case("broll-eraser-wonders", "magicEraserMidsole over where i say it works wonders", over(ERASER, 18))
case("broll-eraser-goodtake", "magic eraser clip over the proper take of the wet it and squeeze it out instructions, not the one I mess up",
     over(ERASER, 20))
case("broll-eraser-fuzz", "the magic eraser footage over my warning about fuzzing up the fabric", over(ERASER, 21))
case("broll-tube-toothbrush", "sole brightener tube.jpg while I'm explaining painting it on with the old toothbrush", over(TUBE, 24))
case("broll-tube-order", "photo of the brightener tube over the bit where I list what I bought online", over(TUBE, 4))
case("broll-whatsapp-sixhours", "the whatsapp video over where i say they sit on the windowsill for six hours", over(SILL, 26))
case("broll-whatsapp-eleven", "whatsapp vid over the eleven degrees line", over(SILL, 27))
case("broll-clingfilm-wrap", "the clingfilm windowsill clip over \"Then wrap the soles tightly in cling film\"", over(SILL, 25))
case("broll-162930-sidebyside", "PXL_20261129_162930 over 'And here's the before and after side by side'", over(WHITE, 32))
case("broll-afterclip-notperfect", "the after clip of the soles over where i admit they aren't perfect", over(WHITE, 33))
case("broll-doormat-total", "photo of the finished pair on the doormat over the total cost", over(DONE, 34))
case("broll-170455-signoff", "PXL_20261129_170455.jpg over my sign off", over(DONE, 37))
case("broll-finishedpic-again", "when I ask myself if I'd do it again, show the pic of the finished pair", over(DONE, 35))

# --- times and positions ---------------------------------------------------------------------------
case("time-731-110", "GX010731 at 1:10", on(GOPRO_MID, start=at("1:10")))
case("time-jug-031", "laces jug clip in at 0:31", on(LACES, start=at("0:31")))
case("time-734-words", "GX010734 at fifty seconds", on(GOPRO_UP, start=50.0))
case("time-eraser-1m15", "magicEraserMidsole @ 1m15", on(ERASER, start=at("1m15")))
case("time-104811-secs", "PXL_20261129_104811 at 92 secs", on(YELLOW, start=at("92 secs")))
case("time-after-words", "put the after soles clip (the 162930 one) at two minutes ten", on(WHITE, start=at("2:10")))
case("time-whatsapp-decimal", "whatsapp video @ 106.5s", on(SILL, start=at("106.5s")))
case("time-squeak-005", "squeak sfx at 0:05", on(SFX, role=None, start=at("0:05")))
case("time-squeak-timecode", "sneaker squeak at 00:00:45:15 (we're at 30fps)", on(SFX, role=None, start=at("00:00:45:15")))
case("time-doormat-4s", "doormat photo in at 2:17, only 4 secs on screen", on(DONE, start=at("2:17"), within=[at("2:17"), at("2:17") + 4.0]))
case("time-screenrec-018", "Screen Recording 2026-11-28 at 21.03.12 at 0:18", on(BASKET, start=at("0:18")))
case("time-tube-roughly", "brightener tube pic somewhere round 1:39, roughly", on(TUBE, start=at("1:39"), tol=1.5))
case("time-before-about", "before_pair at about 4 secs in, doesnt have to be exact", on(BEFORE, start=at("4 secs"), tol=1.5))
case("time-whatsapp-2s-into", "the whatsapp clip two seconds into the windowsill sentence", on(SILL, start=r(SEG[26].start + 2.0), tol=0.3))
case("time-eraser-1s-after", "magic eraser clip one second after I start saying 'Okay, midsoles'", on(ERASER, start=r(SEG[16].start + 1.0), tol=0.3))
case("time-doormat-before-end", "finished pair photo 12 seconds before the end", on(DONE, start=r(D - 12.0), tol=0.3))
case("pos-yellow-open", "open the video on the yellow soles clip", on(YELLOW, start=0.0))
case("pos-doormat-end", "last thing on screen should be the finished pair photo", on(DONE, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-whatsapp-middle", "whatsapp video slap bang in the middle of the video", on(SILL, start=r(D / 2), tol=1.5))
case("pos-squeak-ninety", "squeak sound exactly on 'ninety pounds'", on(SFX, role=None, overlaps=list(phrase(3, "ninety pounds"))))
case("pos-squeak-22", "the squeak sfx on the words \"twenty-two pounds\"", on(SFX, role=None, overlaps=list(phrase(34, "twenty-two pounds"))))
case("pos-squeak-playhead", "drop the squeak in here", on(SFX, role=None, start=88.0), playhead=88.0)
case("pos-caption-playhead", "caption \"Damp brush, not a wet one\" right here", title("Damp brush, not a wet one", start=55.0), playhead=55.0)
case("pos-selected-bw", "turn the one i've got selected black and white", bw(WHITE),
     setup=[ins("m6", 10.0), ins("m7", 130.0)], selection=["c4"], note="c4 is PXL_20261129_162930.mp4 (setup makes c3, c4)")
case("pos-selected-2x", "make the selected clip 2x", {"speed": {"media": GOPRO_MID, "value": 2.0}},
     setup=[ins("m2", 70.0), ins("m3", 50.0)], selection=["c3"], note="c3 is GX010731.MP4")
case("pos-title-midsoles", "title 'Step 3: Midsoles' when I get to \"Okay, midsoles\"", title("Step 3: Midsoles", start=SEG[16].start))

# --- cuts: fillers, pauses, the retake, sentences, phrases, ranges ---------------------------------
case("cut-fillers", "get rid of the ums and uhs", FILLERS)
case("cut-fillers-typo", "remvoe all teh filler words pls", FILLERS)
case("cut-fillers-errs", "Could you cut my umms and errs? There are loads", FILLERS)
case("cut-fillers-terse", "ums out", FILLERS)
case("cut-fillers-hesitations", "strip out the hesitations, all the uh and um stuff", FILLERS)
case("cut-um-itshows", "cut the um before 'it shows'", filler_in(1))
case("cut-uh-stir", "there's an 'uh' opening the sentence about stirring the laces, bin it", filler_in(8))
case("cut-um-upper", "delete the um in the don't soak the upper sentence", filler_in(13))
case("cut-um-lacing", "lose the um right before I say I went for straight bar lacing", filler_in(31))
case("cut-uh-suede", "just the uh before 'test the cleaner on a small patch', nothing else", filler_in(36))
case("cut-like", "remove the 'like' where I say the mesh is really delicate", phrase_cut(12, "like", 0.05, 0.25))
case("cut-basically", "take 'basically' out of the magic eraser line", phrase_cut(18, "basically", 0.05, 0.25))
case("cut-youknow", "cut the \"you know\" in the oxidation sentence", phrase_cut(23, "you know"))
case("cut-pauses", "the long pauses make it drag, shorten them all", PAUSES)
case("cut-pauses-deadair", "kill the dead air", PAUSES)
case("cut-pauses-chatty", "there are a few awkward silences where I just stand there like a lemon, can you shorten them", PAUSES)
case("cut-pause-yellow", "the pause after 'this horrible yellow colour' goes on forever", pause_cut(2))
case("cut-pause-tunde", "after the story about my little bro there's a massive gap, shrink it", pause_cut(15))
case("cut-pause-uppers", "too much silence leading into \"Next, the uppers\"", pause_cut(9))
case("cut-pause-unwrap", "after I say I got lucky for november there's a long silence, trim that", pause_cut(27))
case("cut-retake", "cut the retake on the magic eraser bit", RETAKE)
case("cut-retake-sorry", "remove the false start where i say sorry let me try that again", RETAKE)
case("cut-retake-secondgo", "delete my stumble and keep the second go", RETAKE)
case("cut-retake-muddled", "take out where I lose my thread about how hard to press", RETAKE)
case("cut-tunde", "lose the Tunde story, nobody needs that", sentence_cut(15))
case("cut-eleven", "cut where I go on about it only being eleven degrees", sentence_cut(27))
case("cut-tumble", "delete the tumble dryer warning", sentence_cut(29))
case("cut-nextmorning", "remove 'Next morning, laces back in.'", sentence_cut(30))
case("cut-football", "drop the football boots line", sentence_cut(35))
case("cut-kitchenroll", "cut the kitchen roll sentence", sentence_cut(11))
case("cut-newpair", "delete the sentence where I say how much a new pair would cost", sentence_cut(3))
case("cut-oxidation", "remove the line where I explain that the yellowing is oxidation", sentence_cut(23))
case("cut-overnight", "Get rid of the sentence about leaving them to dry overnight.", sentence_cut(28))
case("cut-phrase-suede", "cut \"especially on suede\"", phrase_cut(36, "especially on suede"))
case("cut-phrase-pushing", "snip 'so you're not just pushing it around'", phrase_cut(14, "so you're not just pushing it around"))
case("cut-phrase-prettymuch", "take out the words pretty much", phrase_cut(1, "pretty much"))
case("cut-range-bigone", "cut from 'Now the big one' through to the end of the oxidation sentence", sentence_cut(22, 23))
case("cut-range-uppers", "remove 'Next, the uppers.' and the kitchen roll line right after it", sentence_cut(10, 11))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first3", "first three secs can go", {"duration_near": [r(D - 3.0), 0.1]})
case("trim-last-1p5", "shave 1.5 secs off the end", {"duration_lt": r(D - 1.2), "duration_gt": r(D - 1.8)})
case("trim-range-secs", "take out 33-35.5s", {"duration_near": [r(D - 2.5), 0.1]})
case("trim-range-mmss", "snip out everything between 1:40 and 1:43", {"duration_near": [r(D - 3.0), 0.1]})
case("trim-start-newpair", "start the video at 'A new pair would cost me'", start_at(3))
case("trim-end-football", "end it straight after 'my old football boots are next on the list'", end_after(35))
case("trim-731-4s", "GX010731 only needs 4 seconds, shorten it",
     {**on(GOPRO_MID, start=70.0, within=[70.0, 74.0]), "duration_near": [D, 0.05]}, setup=[ins("m2", 70.0)])
case("trim-whatsapp-3less", "knock 3 seconds off the whatsapp clip",
     {**on(SILL, within=[106.0, 111.0]), "duration_near": [D, 0.05]}, setup=[ins("m8", 106.0)])
case("trim-jug-half", "make the laces clip half as long",
     {**on(LACES, start=31.0, within=[31.0, 34.0]), "duration_near": [D, 0.05]}, setup=[ins("m4", 31.0)])
case("move-731-112", "move GX010731 to 1:12", on(GOPRO_MID, start=at("1:12"), count=1), setup=[ins("m2", 66.0)])
case("move-jug-later", "the laces clip should start 2 seconds later than it does", on(LACES, start=31.0, count=1), setup=[ins("m4", 29.0)])
case("move-tube-earlier", "sole brightener pic three seconds earlier please", on(TUBE, start=98.0, count=1),
     setup=[ins("m11", 101.0, 3.0)])
case("move-eraser-sentence", "shift the magic eraser clip so it starts when I say 'for the scuffs that won't shift'",
     on(ERASER, start=SEG[18].start, tol=0.3, count=1), setup=[ins("m5", 60.0)])
case("reorder-soles", "I put the pixel sole clips in the wrong order, the before one should come first",
     {**on(YELLOW, start=92.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 97.0, "tol": 1.0}},
     setup=[ins("m7", 92.0), ins("m6", 97.0)])
case("reorder-gopro", "put the midsole gopro clip after the toe one",
     {**on(GOPRO_UP, start=50.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 57.0, "tol": 1.0}},
     setup=[ins("m2", 50.0), ins("m3", 57.0)])
case("reorder-screenrec-first", "the screen recording should come before the brightener tube photo, not after",
     {**on(BASKET, start=18.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 24.0, "tol": 1.0}},
     setup=[ins("m11", 18.0, 3.0), ins("m9", 21.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-gopro", "blend the two gopro clips into each other with a crossfade", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m3", 50.0), ins("m2", 57.0)])
case("transition-dip-soles", "dip to black between the before and after sole clips, half a second",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 0.5}}, setup=[ins("m6", 92.0), ins("m7", 97.0)])
case("transition-wipe", "wipe from the laces clip into GX010734", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m4", 38.0), ins("m3", 44.0)])
case("transition-dissolve", "cross dissolve from the whatsapp vid into the after clip", {"transition": {"role": "broll"}},
     setup=[ins("m8", 106.0), ins("m7", 114.0)])
case("transition-jarring", "the cut from the magic eraser clip to the yellow soles one is really jarring, ease it with some sort of transition",
     {"transition": {"role": "broll"}}, setup=[ins("m5", 86.0), ins("m6", 91.0)])
case("effect-fadein", "fade the picture in from black at the beginning of the vid", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-2s", "end the video with a 2 second fade out", {"effect": {"role": "main", "type": "fade_out", "duration": 2.0}})
case("effect-colour", "i look proper orange in this, can you colour correct me", {"effect": {"role": "main", "type": "color"}})
case("effect-bw-734", "GX010734 black and white", bw(GOPRO_UP), setup=[ins("m3", 50.0)])
case("effect-zoom-doormat", "gentle zoom into the doormat photo", {"effect": {"media": DONE, "type": "zoom"}},
     setup=[ins("m12", 137.0, 4.0)])
case("effect-blur-screenrec", "blur the screen recording, my address is on it", {"effect": {"media": BASKET, "type": "blur"}},
     setup=[ins("m9", 18.0)])
case("effect-bright-whatsapp", "the whatsapp video is super dark, brighten it up", {"effect": {"media": SILL, "type": "color"}},
     setup=[ins("m8", 106.0)])
case("effect-normalize", "normalize the voice", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the music in", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "funk track should fade away at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-grayscale-104811", "PXL_20261129_104811 in grayscale", bw(YELLOW), setup=[ins("m6", 92.0)])
case("effect-kenburns-before", "ken burns on the before pic", {"effect": {"media": BEFORE, "type": "zoom"}}, setup=[ins("m10", 4.0, 3.0)])
case("speed-eraser-double", "magic eraser clip double speed", {"speed": {"media": ERASER, "value": 2.0}}, setup=[ins("m5", 75.0)])
case("speed-731-half", "GX010731 at 50%", {"speed": {"media": GOPRO_MID, "value": 0.5}}, setup=[ins("m2", 70.0)])
case("speed-talk-5pc", "speed me up 5%, I drone on a bit", {"speed": {"role": "main", "value": 1.05}})
case("speed-whatsapp-4x", "whatsapp video 4x, nobody needs to watch shoes sit there", {"speed": {"media": SILL, "value": 4.0}},
     setup=[ins("m8", 106.0)])
case("speed-jug-075", "laces clip at 0.75x", {"speed": {"media": LACES, "value": 0.75}}, setup=[ins("m4", 31.0)])
case("speed-after-quarter", "slo-mo the after clip, quarter speed", {"speed": {"media": WHITE, "value": 0.25}}, setup=[ins("m7", 130.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-22", "set the music level to -22", {"clip_volume": {"role": "music", "db": -22.0}})
case("audio-bed-down5", "funk bed 5 dB quieter", {"clip_volume": {"role": "music", "db": MUSIC_DB - 5.0}})
case("audio-music-up4", "I can barely hear the music, raise it 4dB", {"clip_volume": {"role": "music", "db": MUSIC_DB + 4.0}})
case("audio-music-minus20", "background track to minus 20", {"clip_volume": {"role": "music", "db": -20.0}})
case("audio-duck", "duck the music under my voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-casual", "can the music kinda get out of the way whenever I'm talking", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-10", "duck the music by 10 dB when i speak", {"music_envelope_dips_during_speech": -9.5})
case("audio-mute-music", "turn the music off, just mute it", {"track_muted": "music"})
case("audio-voice-up2", "my voice is a bit quiet, boost it 2 dB", {"clip_volume": {"role": "main", "db": 2.0}})
case("audio-voice-down1", "turn me down 1 dB, I'm peaking", {"clip_volume": {"role": "main", "db": -1.0}})
case("audio-unmute", "bring the music back", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "add a title \"Saving My White Trainers\" at the start, 4 seconds", title("Saving My White Trainers", 0.0, 4.0))
case("title-name", "put my name 'Femi Adeyemi' as a lower third from 0:01, three seconds", title("Femi Adeyemi", at("0:01"), 3.0))
case("title-kit", "caption '£14 cleaning kit' at 0:18", title("£14 cleaning kit", at("0:18")))
case("title-caps", "text \"NEVER IN THE TUMBLE DRYER\" at 2:00", title("NEVER IN THE TUMBLE DRYER", at("2:00")))
case("title-water", "put '500 ml + 1 capful' on screen at 0:30", title("500 ml + 1 capful", at("0:30")))
case("title-sun", "title \"6 hrs in the sun ☀️\" at 1:46", title("6 hrs in the sun ☀️", at("1:46")))
case("title-endcard", "end card \"See you next week!\" over the last 4 seconds", title("See you next week!", r(D - 4.0), 4.0))
case("title-arrow", "on-screen text 'before → after' at 2:10", title("before → after", at("2:10")))
case("title-step-uppers", "where the uppers section begins, put up 'Step 2: Uppers'", title("Step 2: Uppers", SEG[10].start))
case("title-total", "overlay \"Total: £22\" from 2:17, keep it up 5s", title("Total: £22", at("2:17"), 5.0))

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "get rid of every um and uh plus the bit I redo",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.36 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one um")
case("multi-gaps-duck", "shorten the silences, and also lower the music whenever I speak", {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-734-bw", "drop GX010734 at 0:50 and take the colour out of it", {**on(GOPRO_UP, role=None, start=at("0:50")), **bw(GOPRO_UP)})
case("multi-doormat-caption", "at 2:17 show the doormat pic and a caption \"Good as new\" together",
     {**on(DONE, role=None, start=at("2:17")), **title("Good as new", at("2:17"))})
case("multi-retake-eraser", "cut the false start, then put the magic eraser clip over the proper take",
     {**RETAKE, **on(ERASER, overlaps=[r(SEG[RETAKE_I + 1].start - RETAKE_LEN - 0.3), r(SEG[RETAKE_I + 1].end - RETAKE_LEN + 0.3)])})
case("multi-music-fadeout", "music at -20, with a fade out at the very end",
     {"clip_volume": {"role": "music", "db": -20.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-whatsapp-mute", "speed the whatsapp vid up 2x, and the music off (mute)", {"speed": {"media": SILL, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m8", 106.0)])
case("multi-trim-title", "lose the first 2 seconds, then a 'Trainer Rescue' title to open",
     {"duration_near": [r(D - 2.0), 0.1], **title("Trainer Rescue", 0.0)})
case("multi-jug-fadein", "laces clip at 0:31, fade it in", {**on(LACES, role=None, start=at("0:31")), "effect": {"media": LACES, "type": "fade_in"}})
case("multi-normalise-duck", "even out my voice levels (normalise) and make the music dip under me",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-tunde-midsoles", "cut the Tunde aside and the 'Okay, midsoles' line right after it", sentence_cut(15, 16))

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "can you make that one greyscale", bw(GOPRO_MID), history=["put GX010731 at 1:10"])
case("convo-move-it", "hmm no, 2:20 instead", on(DONE, start=at("2:20"), count=1), history=["put the finished pair photo at 2:17"])
case("convo-quieter", "still a bit loud, drop it a touch more", {"clip_volume": {"role": "music", "db": -23.5, "tol": 3.0}}, history=["music to -20"])
case("convo-louder", "hmm now it's too quiet, little bit louder", {"clip_volume": {"role": "music", "db": -25.0, "tol": 2.5}},
     history=["set the music to -28 dB"])
case("convo-undo-trim", "undo", {"matches_initial": True}, history=["cut the first 10 seconds"])
case("convo-which-gopro", "the midsole one", on(GOPRO_MID, start=at("1:10")), history=["put the gopro clip at 1:10"],
     note="the first turn is ambiguous (two GoPro clips) and should ask; the answer names GX010731")
case("convo-title-longer", "can it stay on screen 5 secs", title("Fresh Kicks", 0.0, 5.0), history=["add a title \"Fresh Kicks\" at the start"])
case("convo-that-slow", "half speed on that please", {"speed": {"media": LACES, "value": 0.5}}, history=["put the laces clip at 0:31"])
case("convo-same-tube", "same with the brightener tube photo at 1:39", on(TUBE, start=at("1:39")), history=["put the before photo at 0:04"])
case("convo-fade-that", "give it a fade out", {"effect": {"media": SILL, "type": "fade_out"}}, history=["put the whatsapp video at 1:46"])
case("convo-music-too", "music as well", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade my video out at the end"])
case("convo-speed-back", "nah, back to normal speed", {**on(GOPRO_UP, role=None, start=at("0:50")), "speed": {"media": GOPRO_UP, "value": 1.0}},
     history=["put GX010734 at 0:50", "make it 3x"])
case("convo-caption-move", "shift the text to 0:57", title("Damp, not wet!", at("0:57")), history=["caption \"Damp, not wet!\" at 0:55"])
case("convo-after-too", "now the after clip, 2:10", on(WHITE, start=at("2:10")), history=["put PXL_20261129_104811 at 1:32"])
case("convo-gaps-too", "the long gaps as well",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["cut the ums and uhs"])
case("convo-retext", "change it to say \"Only £22 all in\"", title("Only £22 all in", at("2:17")), history=["add a caption \"£22\" at 2:17"])
case("convo-where-again", "wait, where was that bit again?", {"unchanged": True, "reply_has": [mmss(SEG[15].start)]},
     history=["where do I talk about Tunde?"])

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "what's the total length rn?", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-tunde", "at what time does Tunde come up?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[15].start)]})
case("question-where-midsoles", "at what point do i get onto the midsoles", {"unchanged": True, "special": "answer",
                                                                               "reply_has": [mmss(SEG[16].start)]})
case("question-where-kitprice", "when do I say what the cleaning kit cost?", {"unchanged": True, "special": "answer",
                                                                               "reply_has": [mmss(SEG[4].start)]})
case("question-where-windowsill", "wheres the windowsill bit", {"unchanged": True, "reply_has": [mmss(SEG[26].start)]})
case("question-music-level", "how loud is the music set?", {"unchanged": True, "reply_has": ["-16"]})
case("question-unused", "anything in the bin I haven't put in the edit yet?", UNCHANGED)
case("question-um-count", "roughly how many ums have I got in there lol", UNCHANGED)
case("question-take2", "is there a second take of the outro somewhere?", UNCHANGED)
case("question-broll-track", "remind me what's on the b-roll layer", {"unchanged": True, "reply_has": [ERASER, DONE]},
     setup=[ins("m5", 75.0), ins("m12", 137.0, 3.0)])
case("question-mistakes", "have I tripped over any of my lines?", UNCHANGED)
case("question-fps", "is this 30 or 60 fps?", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "got any sound effects in here?", UNCHANGED)
case("question-after-cut", "sweet, what's the runtime now?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]}, history=["remove all the ums"])
case("question-last-change", "wait what was that last edit you made?", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music in over 3 seconds"])

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-mint", "ha that's mint", UNCHANGED)
case("chat-tunde", "tunde's gonna be raging he's in it lol", UNCHANGED)
case("chat-hello", "hello?", UNCHANGED)
case("chat-back5", "back in 5", UNCHANGED)
case("chat-lifesaver", "ur a lifesaver honestly", UNCHANGED)
case("chat-thinking", "ok let me have a think", UNCHANGED)
case("chat-niceone", "nice one", UNCHANGED)
case("chat-premiere", "way easier than premiere tbh", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-washer", "put the clip of the shoes in the washing machine over the uppers bit", UNCHANGED, note="no washing machine clip")
case("nonedit-missing-gx010732", "add GX010732.MP4 at 0:40", UNCHANGED, note="only GX010731 and GX010734 exist")
case("nonedit-missing-img", "IMG_2231.MOV at 0:20", UNCHANGED, note="no IMG_ files at all")
case("nonedit-missing-tundeclip", "put the video of Tunde walking past over the bubble bath line", UNCHANGED, note="Tunde is in no media")
case("nonedit-missing-bleach", "remove the section on bleach", UNCHANGED, note="never said")
case("nonedit-missing-insoles", "delete me talking about the insoles", UNCHANGED, note="never said")
case("nonedit-missing-washmethod", "delete where I explain the washing machine method", UNCHANGED, note="never said")
case("nonedit-missing-drone", "add the drone footage over the intro", UNCHANGED, note="no drone footage")
case("nonedit-missing-shoebox", "shoebox photo over the intro", UNCHANGED, note="no shoebox photo")
case("nonedit-missing-doorbell", "add the doorbell sound effect at 0:30", UNCHANGED, note="the only sound effect is a trainer squeak")
case("nonedit-missing-suedebrush", "the suede brush close up over my last tip", UNCHANGED, note="no suede brush clip")
case("nonedit-offtimeline-squeak", "turn the squeak down 4 dB", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-731", "slow-mo GX010731 please", UNCHANGED, note="GX010731 is only in the bin")
case("nonedit-offtimeline-take2", "mute Outro_v2_lav", UNCHANGED, note="the take is only in the bin")
case("nonedit-offtimeline-whatsapp", "crop the whatsapp video a bit tighter", UNCHANGED, note="the WhatsApp video is only in the bin")
case("nonedit-ambig-gopro", "gopro footage in at 1:10", UNCHANGED, note="GX010731 (midsole) and GX010734 (upper)")
case("nonedit-ambig-pixel", "pixel video at 1:32 please", UNCHANGED, note="two PXL_ videos (and a PXL_ still)")
case("nonedit-ambig-photo", "stick the picture in at 0:04", UNCHANGED, note="three stills")
case("nonedit-ambig-gx0173", "the GX01073-something clip at 0:50", UNCHANGED, note="GX010731 and GX010734")
case("nonedit-ambig-soles-bw", "desaturate the soles video", UNCHANGED, note="both PXL sole clips are on the timeline",
     setup=[ins("m6", 92.0), ins("m7", 130.0)])
case("nonedit-ambig-saysoles", "cut the soles sentence", UNCHANGED, note="said in 2, 5, 22, 25, 29, 33")
case("nonedit-ambig-cleaner", "get rid of the cleaner sentence", UNCHANGED, note="7, 17, 36 (and 'cleaning kit' 4, 'cleaner' 31)")
case("nonedit-ambig-price", "cut the bit where I say a price", UNCHANGED, note="prices in 3, 4, 9, 17, 34")
case("nonedit-ambig-laces", "the laces line, cut it", UNCHANGED, note="2, 5, 6-9, 30")
case("nonedit-ambig-mesh", "delete where the mesh comes up", UNCHANGED, note="12 and 21")
case("nonedit-ambig-dont", "remove the 'don't' sentence", UNCHANGED, note="13, 21 and 29 all start with Don't")
case("nonedit-inside-stain", "remove the stain on the left shoe in GX010734", UNCHANGED, setup=[ins("m3", 50.0)])
case("nonedit-inside-thumb", "get rid of my thumb in the magic eraser clip", UNCHANGED, setup=[ins("m5", 75.0)])
case("nonedit-inside-cat", "take the neighbour's cat out of the whatsapp video", UNCHANGED, setup=[ins("m8", 106.0)])
case("nonedit-inside-brand", "which brand of cleaner am I using in GX010731?", UNCHANGED)
case("nonedit-inside-traffic", "there's a car going past around 0:25, remove that noise", UNCHANGED, note="no such sound in the talk")

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-from-soles", "delete from the yellow soles part all the way to the end", {"confirm": True})
case("confirm-first-minute", "chop off the opening minute", {"confirm": True})
case("confirm-45s", "make the whole thing 45 seconds long", {"confirm": True})
case("confirm-range", "remove 0:20-1:20", {"confirm": True})
case("confirm-before-midsoles", "get rid of everything up to 'Okay, midsoles'", {"confirm": True})
case("confirm-delete-talk", "remove the talking clip completely", {"confirm": True})
case("confirm-last40", "just keep the last 40 seconds", {"confirm": True})
case("confirm-after-200", "scrap everything past the two minute mark", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "m_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out, "D =", D)
