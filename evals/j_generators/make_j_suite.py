"""Writes j_heldout.jsonl from the cases below; every expected time is computed from project J's
transcript (project_j_filter.SCRIPT through talk_project.timed_script), never typed by hand.

    PYTHONPATH=/work/main:. /work/main/.venv/bin/python make_j_suite.py

Bound conventions (the same as suites H and I): D is the fresh timeline's length (158.4 s).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61      (the "like": D - 0.14 / D - 0.44)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
Ducking is checked at -6 dB (or -11.5 for "12 dB"), which an envelope read as an offset or as an
absolute level both reach, since the bed already sits at -14 dB.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from project_j_filter import BROLL, MUSIC, SCRIPT, SFX, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = math.floor(_T * 30) / 30  # the fresh timeline: int(158.43 s * 30) frames / 30 = 158.4
D = round(D, 2)
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 7

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m11
TISSUE, EMPTY, DAMPER, LEFT, RIGHT, OLDNEW, ARROW, DJI, NEWIN, FAN = (M[i] for i in range(2, 12))


def r(x: float) -> float:
    return round(x, 2)


def mmss(seconds: float) -> str:
    return f"{int(seconds // 60)}:{int(seconds % 60):02d}"


def sentence_cut(*idx: int) -> dict:
    """Bounds for cutting sentences idx (consecutive), with the pause after the last one."""
    a, b = SEG[idx[0]].start, SEG[idx[-1]].end
    length = b - a
    return {"duration_lt": r(D - (length - 0.05)), "duration_gt": r(D - (length + PAUSE[idx[-1]] + 0.35))}


def phrase(i: int, text: str) -> tuple[float, float]:
    """Start and end of the words ``text`` inside sentence i."""
    want = text.lower().split()
    words = [w for w in WORDS if SEG[i].start <= w.start <= SEG[i].end]
    norm = [w.text.lower().strip(",.'") for w in words]
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


FILLERS = {"duration_lt": r(D - 0.35 * NFILL), "duration_gt": r(D - (0.5 * NFILL + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[21].start - SEG[20].start
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


CASES: list[dict] = []


def case(cid: str, message: str, expect: dict, **extra) -> None:
    CASES.append({"id": f"j-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts described by what is said, seen, or by file-name fragments -------------------
case("broll-tissue-weakfan", "the tissue-at-the-vent clip over where i moan that the fan is rubbish", over(TISSUE, 2))
case("broll-pxl-clogged", "put the pixel video over the part where I say no wonder it was struggling", over(TISSUE, 17))
case("broll-tissue-musty", "can the vent clip go over the bit near the start about the weird smell", over(TISSUE, 1))
case("broll-img-empty", "img 4471 over where I tell ppl to clear everything out of the glovebox", over(EMPTY, 6))
case("broll-empty-junk", "show the emptying-out footage when I list all the junk I found in there", over(EMPTY, 7))
case("broll-empty-wrappers-joke", "the sweet wrapper clip over my joke near the end about it taking longer cos of the wrappers", over(EMPTY, 30))
case("broll-damper-pin", "damper arm footage over where I pull the arm off the pin", over(DAMPER, 9))
case("broll-vid-damper-intro", "the VID_ one over where I first point out the damper thing on the left", over(DAMPER, 8))
case("broll-damper-fiddly", "put the damper clip where I'm complaining how fiddly it was to get back on", over(DAMPER, 26))
case("broll-left-squeeze", "left side unclipping clip over when I squeeze the left side in", over(LEFT, 10))
case("broll-right-other", "use 104851 for the part where I do the other side of the glovebox", over(RIGHT, 11))
case("broll-left-reassemble", "20261115_104803 over where i pop the glovebox back up into the dash", over(LEFT, 25))
case("broll-dji-slideout", "dji footage over where i pull the old filter out", over(DJI, 15))
case("broll-dji-spider", "put the action cam shot over me describing the leaves n the spider", over(DJI, 16))
case("broll-dji-housing", "the footwell cam clip over where the glovebox drops down and you can see the housing", over(DJI, 13))
case("broll-oldnew-price", "old-vs-new photo where I say which filter I bought and what it cost", over(OLDNEW, 5))
case("broll-oldnew-carbon", "the side by side filter pic over the bit about the carbon layer", over(OLDNEW, 22))
case("broll-oldnew-pollen", "filter comparison picture over where I explain it's also called a pollen filter", over(OLDNEW, 3))
case("broll-arrow-flow", "arrow close up over where I explain which way the air goes", over(ARROW, 19))
case("broll-arrow-look", "arow pic over 'have a look at the arrow'", over(ARROW, 18))
case("broll-newin-goodtake", "new filter going in clip over the proper take of sliding it in (not the one where I mess it up)", over(NEWIN, 21))
case("broll-fan-test", "fan test clip over the test", over(FAN, 27))
case("broll-fan-smellgone", "fan test full blast.mov over where i say the smell's gone", over(FAN, 28))
case("broll-fan-savings", "chuck the fan clip over the part where I brag about how much I saved vs the garage", over(FAN, 29))

# --- times and positions ---------------------------------------------------------------------------
case("time-img-034", "IMG_4471 at 0:34", on(EMPTY, start=34.0))
case("time-pxl-12s", "pxl clip at 12 secs", on(TISSUE, start=12.0))
case("time-dji-118", "put the DJI file in at 1:18", on(DJI, start=78.0))
case("time-newin-147", "new filter going in @ 1:47", on(NEWIN, start=107.0))
case("time-arrow-97-4s", "arrow closeup at 97s for 4 seconds", on(ARROW, start=97.0, within=[97.0, 101.0]))
case("time-fan-words", "fan test at two minutes fifteen", on(FAN, start=135.0))
case("time-snap-058", "snap sound at 0:58", on(SFX, role=None, start=58.0))
case("time-snap-decimal", "clip snap sfx at 65.5 seconds", on(SFX, role=None, start=65.5))
case("time-vid-words", "VID_20261115_104455 at forty eight seconds", on(DAMPER, start=48.0))
case("time-left-52", "104803 at 52", on(LEFT, start=52.0))
case("time-oldnew-timecode", "old vs new pic at 00:00:27:15 (we're 30fps)", on(OLDNEW, start=27.5))
case("time-right-1m13s", "20261115_104851 at 1m13s", on(RIGHT, start=73.0))
case("time-arrow-after-flow", "drop the arrow pic in 2 seconds after I start explaining which way the air flows",
     on(ARROW, start=r(SEG[19].start + 2.0), tol=0.3))
case("time-dji-before-end", "dji clip 10 seconds from the end", on(DJI, start=r(D - 10.0), tol=0.3))
case("time-fan-ish", "fan clip at around 2:15 ish, doesn't need to be exact", on(FAN, start=135.0, tol=1.5))
case("time-tissue-minute", "stick the tissue clip in about a minute in", on(TISSUE, start=60.0, tol=1.5))
case("time-damper-3s-after", "damper arm clip 3 secs after I start the 'pull the arm towards you' bit",
     on(DAMPER, start=r(SEG[9].start + 3.0), tol=0.3))
case("pos-tissue-open", "open on the vent shot with the tissue", on(TISSUE, start=0.0))
case("pos-fan-end", "finish the video on the fan test clip", on(FAN, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-oldnew-middle", "old vs new photo roughly halfway through", on(OLDNEW, start=r(D / 2), tol=1.5))
case("pos-snap-words", "snap sound right when I say 'snap into the dash'", on(SFX, role=None, overlaps=list(phrase(25, "snap into the dash"))))
case("pos-snap-ifsnap", "put the plastic snap noise on the words 'if they snap'", on(SFX, role=None, overlaps=list(phrase(12, "if they snap"))))
case("pos-snap-playhead", "drop the snap sfx here", on(SFX, role=None, start=61.0), playhead=61.0)
case("pos-caption-playhead", "caption \"Two tabs, squeeze\" right here", {"title": {"text": "Two tabs, squeeze", "exact": True, "start": 73.0}}, playhead=73.0)
case("pos-selected-bw", "make the selected one black n white", {"effect": {"media": RIGHT, "type": "black_and_white"}},
     setup=[ins("m5", 52.0), ins("m6", 57.0)], selection=["c4"], note="c4 is the right-side clip (setup makes c3, c4)")
case("pos-selected-speed", "double the speed of the one I've selected", {"speed": {"media": DJI, "value": 2.0}},
     setup=[ins("m9", 78.0), ins("m11", 135.0)], selection=["c3"], note="c3 is the DJI clip")
case("pos-title-empty", "caption 'Step 1: Empty it' right as I start talking about emptying the glovebox",
     {"title": {"text": "Step 1: Empty it", "exact": True, "start": SEG[6].start}})

# --- cuts: fillers, pauses, the retake, sentences, phrases, ranges ---------------------------------
case("cut-fillers", "get rid of all my ums and uhs", FILLERS)
case("cut-fillers-chatty", "i say um SO much lol, can you clean those up", FILLERS)
case("cut-fillers-terse", "fillers out", FILLERS)
case("cut-fillers-hesitations", "remove the hesitations, the erms and uhs", FILLERS)
case("cut-uh-binbag", "cut the uh right before 'a bin bag'", ONE_FILLER)
case("cut-um-first", "only the very first um please, leave the others", ONE_FILLER)
case("cut-um-last", "lose the um in my sign off", ONE_FILLER)
case("cut-uh-spider", "delete the uh just before 'a dead spider'", ONE_FILLER)
case("cut-uh-damper", "there's an uh at the start of the fiddly damper arm sentence, remove just that", ONE_FILLER)
case("cut-like-twominutes", "take out the 'like' before 'two minutes'", {"duration_lt": r(D - 0.14), "duration_gt": r(D - 0.44)})
case("cut-youknow", "cut 'you know' out of the wrappers line", phrase_cut(7, "you know", 0.05, 0.25))
case("cut-imean", "remove the 'I mean' in the don't-force-it bit", phrase_cut(12, "i mean", 0.05, 0.25))
case("cut-sortof", "drop 'sort of' from the musty smell sentence", phrase_cut(1, "sort of", 0.05, 0.25))
case("cut-pauses", "tighten up all the long gaps", PAUSES)
case("cut-pauses-chatty", "there's a lot of dead air where I'm just fiddling about, can you shorten it", PAUSES)
case("cut-pauses-uk", "shorten the silences pls, it drags", PAUSES)
case("cut-pause-clogged", "the pause after 'something that clogged' is way too long", pause_cut(17))
case("cut-pause-rattle", "shorten the silence after I warn about the rattle", pause_cut(12))
case("cut-pause-reverse", "trim the gap just before 'Putting it back together'", pause_cut(23))
case("cut-pause-weakfan", "shorten the quiet bit after I say the fan's weak", pause_cut(2))
case("cut-retake", "remove the retake where I get the arrow the wrong way round", RETAKE)
case("cut-retake-casual", "cut where i cock it up and keep the second go", RETAKE)
case("cut-retake-sorry", "delete the line where I say sorry and start again", RETAKE)
case("cut-retake-blooper", "lose the blooper", RETAKE)
case("cut-pollen", "cut the line where i say some people call it the pollen filter", sentence_cut(3))
case("cut-junk", "remove the bit listing what I found in the glovebox", sentence_cut(7))
case("cut-lidslow", "delete the sentence explaining the arm only makes the lid drop slowly", sentence_cut(9))
case("cut-reverse", "cut the line about it being the same steps in reverse", sentence_cut(24))
case("cut-tenminutes", "drop the bit where I admit it's more like ten minutes", sentence_cut(30))
case("cut-carbon", "remove the carbon layer / mesh sentence", sentence_cut(22))
case("cut-garage", "cut where I compare to the garage quote", sentence_cut(29))
case("cut-tools", "take out the tools list", sentence_cut(4))
case("cut-tabs-whistle", "lose the warning about it whistling at speed", sentence_cut(23))
case("cut-doortabs", "delete where I explain how the little door comes off", sentence_cut(14))
case("cut-phrase-exactly", "cut the words \"which is exactly what you want\"", phrase_cut(28, "which is exactly what you want"))
case("cut-phrase-evenonfull", "snip 'even on full'", phrase_cut(2, "even on full"))
case("cut-range-quotes", "cut from \"Look at that\" up to the end of the clogged sentence", sentence_cut(16, 17))
case("cut-pollen-tools", "take out both the pollen filter line and the tools line after it", sentence_cut(3, 4))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first6", "chop the first 6 seconds", {"duration_near": [r(D - 6.0), 0.1]})
case("trim-last3", "lose the last 3 secs", {"duration_lt": r(D - 2.7), "duration_gt": r(D - 3.3)})
case("trim-range-secs", "remove 44.0 to 45.5", {"duration_near": [r(D - 1.5), 0.1]})
case("trim-range-201", "take out 2:01 - 2:03", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-before-pollen", "get rid of everything before \"Some people call it the pollen filter\"",
     {"duration_lt": r(D - (SEG[3].start - 1.75)), "duration_gt": r(D - (SEG[3].start + 0.05))})
case("trim-end-anyone", "end it right after 'anyone can do this one'",
     {"duration_lt": r(SEG[30].end + 0.8), "duration_gt": r(SEG[30].end - 0.05)})
case("trim-dji-5s", "cut the DJI clip down to 5 seconds",
     {**on(DJI, start=78.0, within=[78.0, 83.0]), "duration_near": [D, 0.05]}, setup=[ins("m9", 78.0)])
case("trim-fan-2less", "the fan clip is 2 seconds too long, shorten it",
     {**on(FAN, within=[135.0, 138.0]), "duration_near": [D, 0.05]}, setup=[ins("m11", 135.0)])
case("move-fan-215", "move the fan test clip to 2:15", on(FAN, start=135.0, count=1), setup=[ins("m11", 130.0)])
case("move-dji-later", "shift the dji clip 3 seconds later", on(DJI, start=81.0, count=1), setup=[ins("m9", 78.0)])
case("move-arrow-earlier", "bring the arrow photo 2 secs earlier", on(ARROW, start=97.0, count=1), setup=[ins("m8", 99.0, 3.0)])
case("reorder-swap-sides", "swap the left and right glovebox clips round",
     {**on(RIGHT, start=52.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 57.0, "tol": 1.0}},
     setup=[ins("m5", 52.0), ins("m6", 57.0)])
case("reorder-arrow-first", "the arrow pic should come before the new filter clip, not after",
     {**on(ARROW, start=106.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 109.0, "tol": 1.0}},
     setup=[ins("m10", 106.0), ins("m8", 112.0, 3.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade", "crossfade between the two glovebox unclip clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m5", 52.0), ins("m6", 57.0)])
case("transition-dip", "dip to black from the dji clip into the old vs new photo, 1 sec",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m9", 78.0), ins("m7", 86.0, 3.0)])
case("transition-wipe", "wipe from the new filter clip to the fan test", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m10", 106.0), ins("m11", 112.0)])
case("effect-fadein", "fade up from black at the very start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "fade to black over the final 3 seconds", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-cool", "i look a bit orange, cool the colour on me down", {"effect": {"role": "main", "type": "color"}})
case("effect-bw-arrow", "black and white on the arrow close up", {"effect": {"media": ARROW, "type": "black_and_white"}}, setup=[ins("m8", 97.0, 3.0)])
case("effect-zoom-oldnew", "ken burns on the old vs new photo", {"effect": {"media": OLDNEW, "type": "zoom"}}, setup=[ins("m7", 27.0, 4.0)])
case("effect-blur-fan", "blur the fan test video a bit", {"effect": {"media": FAN, "type": "blur"}}, setup=[ins("m11", 135.0)])
case("effect-lift-dji", "the dji footage is really dark, can you lift it", {"effect": {"media": DJI, "type": "color"}}, setup=[ins("m9", 78.0)])
case("effect-normalise", "normalise the voice", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "bring the lofi in gently at the start", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "music needs to fade out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-grey-pxl", "make the PXL clip greyscale", {"effect": {"media": TISSUE, "type": "black_and_white"}}, setup=[ins("m2", 12.0)])
case("speed-dji-half", "dji clip at half speed", {"speed": {"media": DJI, "value": 0.5}}, setup=[ins("m9", 78.0)])
case("speed-empty-2x", "speed up the glovebox emptying clip 2x, it's dull", {"speed": {"media": EMPTY, "value": 2.0}}, setup=[ins("m3", 34.0)])
case("speed-fan-slowmo", "fan test in slow mo, 50 percent", {"speed": {"media": FAN, "value": 0.5}}, setup=[ins("m11", 135.0)])
case("speed-talk-10pc", "speed my talking up 10%", {"speed": {"role": "main", "value": 1.1}})
case("speed-newin-15", "play new filter going in at 1.5x", {"speed": {"media": NEWIN, "value": 1.5}}, setup=[ins("m10", 107.0)])
case("speed-damper-quarter", "damper arm clip at quarter speed", {"speed": {"media": DAMPER, "value": 0.25}}, setup=[ins("m4", 48.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-18", "music to -18db", {"clip_volume": {"role": "music", "db": -18.0}})
case("audio-lofi-down6", "turn the lofi down 6 dB", {"clip_volume": {"role": "music", "db": -20.0}})
case("audio-music-up2", "music's a touch too quiet, nudge it up by 2", {"clip_volume": {"role": "music", "db": -12.0}})
case("audio-duck", "duck the music under my voice", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-casual", "can the background music go quieter whenever I'm talking", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-12", "duck the music by 12 dB while I speak", {"music_envelope_dips_during_speech": -11.5})
case("audio-mute-music", "mute the music track", {"track_muted": "music"})
case("audio-voice-up4", "I'm too quiet, raise my voice 4 dB", {"clip_volume": {"role": "main", "db": 4.0}})
case("audio-voice-down2", "turn me down 2db", {"clip_volume": {"role": "main", "db": -2.0}})
case("audio-unmute", "bring the music back, unmute it", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "add a title \"Cabin Filter Swap in 10 Minutes\" at the start for 4 seconds",
     {"title": {"text": "Cabin Filter Swap in 10 Minutes", "exact": True, "start": 0.0, "duration": 4.0}})
case("title-arrow", "caption 'Arrow = airflow ↓' at 1:37", {"title": {"text": "Arrow = airflow ↓", "exact": True, "start": 97.0}})
case("title-caps", "text on screen saying \"DON'T FORCE THE CLIPS\" at 1:01", {"title": {"text": "DON'T FORCE THE CLIPS", "exact": True, "start": 61.0}})
case("title-name", "lower third 'Tomasz Wiśniewski' at the beginning, 3 secs", {"title": {"text": "Tomasz Wiśniewski", "exact": True, "start": 0.0, "duration": 3.0}})
case("title-prices", "put 'garage: £65 / DIY: £18' up at 2:23 for 4 secs", {"title": {"text": "garage: £65 / DIY: £18", "exact": True, "start": 143.0, "duration": 4.0}})
case("title-lowercase", "title \"before & after\" at 2:14", {"title": {"text": "before & after", "exact": True, "start": 134.0}})
case("title-partno", "add \"Part no. 1K0819644B\" at 0:27", {"title": {"text": "Part no. 1K0819644B", "exact": True, "start": 27.0}})
case("title-endcard", "end card \"Thanks for watching!\" for the last 4 seconds", {"title": {"text": "Thanks for watching!", "exact": True, "start": r(D - 4.0), "duration": 4.0}})
case("title-housing", "title 'Step 3 – the housing door' when I first bring up the little door on the housing",
     {"title": {"text": "Step 3 – the housing door", "exact": True, "start": SEG[14].start}})

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "remove the ums and the false start",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.36 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one um")
case("multi-pauses-duck", "tighten the long pauses then duck the music", {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-right-bw", "20261115_104851 at 0:57, black and white", {**on(RIGHT, role=None, start=57.0), "effect": {"media": RIGHT, "type": "black_and_white"}})
case("multi-arrow-caption", "arrow photo at 1:37 plus a caption \"Arrow points DOWN\" at the same time",
     {**on(ARROW, role=None, start=97.0), "title": {"text": "Arrow points DOWN", "exact": True, "start": 97.0}})
case("multi-retake-newin", "cut the retake and then put the new filter going in clip over where I slide it in properly",
     {**RETAKE, **on(NEWIN, overlaps=[r(SEG[21].start - RETAKE_LEN - 0.3), r(SEG[21].end - RETAKE_LEN + 0.3)])})
case("multi-music-fadeout", "music at -20 and fade it out at the end", {"clip_volume": {"role": "music", "db": -20.0}, "effect": {"role": "music", "type": "fade_out"}})
case("multi-dji-mute", "dji at half speed and mute the music", {"speed": {"media": DJI, "value": 0.5}, "track_muted": "music"}, setup=[ins("m9", 78.0)])
case("multi-trim-title", "cut the first 6 seconds, then a title 'Cabin filter DIY' at the start",
     {"duration_near": [r(D - 6.0), 0.1], "title": {"text": "Cabin filter DIY", "exact": True, "start": 0.0}})
case("multi-fan-fade", "put the fan clip at 2:15 and fade it out", {**on(FAN, role=None, start=135.0), "effect": {"media": FAN, "type": "fade_out"}})
case("multi-normalise-music", "normalise my voice & take the music down to -22", {"effect": {"role": "main", "type": "normalize"}, "clip_volume": {"role": "music", "db": -22.0}})
case("multi-spider-clogged", "cut the spider sentence and the clogged one right after it", sentence_cut(16, 17))

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it b&w", {"effect": {"media": LEFT, "type": "black_and_white"}}, history=["put 20261115_104803 at 0:52"])
case("convo-move-it", "actually move it to 2:16", on(FAN, start=136.0, count=1), history=["put the fan clip at 2:10"])
case("convo-bit-quieter", "a bit quieter", {"clip_volume": {"role": "music", "db": -19.5, "tol": 3.0}}, history=["music to -16 dB"])
case("convo-back-up", "hmm too quiet now, back up a little", {"clip_volume": {"role": "music", "db": -23.0, "tol": 2.5}}, history=["set the music to -26 dB"])
case("convo-undo-trim", "nah undo that", {"matches_initial": True}, history=["cut the first 10 seconds"])
case("convo-scrap-title", "scrap that", {"matches_initial": True}, history=["add a title \"Filter Day\" at the start"])
case("convo-title-longer", "make that title last 6 seconds", {"title": {"text": "Filter Day", "exact": True, "start": 0.0, "duration": 6.0}},
     history=["add a title \"Filter Day\" at the start"])
case("convo-that-slow", "slow that one down to half speed", {"speed": {"media": DJI, "value": 0.5}}, history=["put the dji clip at 1:18"])
case("convo-same-arrow", "same with the arrow photo at 1:37", on(ARROW, start=97.0), history=["put the old vs new photo at 0:27"])
case("convo-fade-that", "and fade that out too", {"effect": {"media": NEWIN, "type": "fade_out"}}, history=["put new filter going in at 1:47"])
case("convo-music-aswell", "the music as well", {"effect": {"role": "music", "type": "fade_in"}}, history=["fade the talk in at the start"])
case("convo-speed-normal", "no, put the speed back to normal", {**on(DAMPER, role=None, start=48.0), "speed": {"media": DAMPER, "value": 1.0}},
     history=["put the damper clip at 0:48", "make it 2x"])
case("convo-title-move", "move that caption to 1:02", {"title": {"text": "Careful with the clips", "exact": True, "start": 62.0}},
     history=["add a caption \"Careful with the clips\" at 1:00"])
case("convo-other-side", "and the right side one at 0:57", on(RIGHT, start=57.0), history=["put 20261115_104803 at 0:52"])
case("convo-and-ums", "and the ums while you're at it", {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["remove the long pauses"])
case("convo-hold-5s", "keep it up for 5 seconds", on(ARROW, start=97.0, within=[97.0, 102.0]), history=["put the arrow photo at 1:37"])
case("convo-retext", "change the text to \"Pollen filter = cabin filter\"", {"title": {"text": "Pollen filter = cabin filter", "exact": True, "start": 17.0}},
     history=["add a caption \"Pollen filter\" at 0:17"])

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is the video atm?", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-spider", "where do i talk about the spider?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[16].start)]})
case("question-where-garage", "when do I mention what the garage wanted to charge?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[29].start)]})
case("question-when-fantest", "what time does the fan test start", {"unchanged": True, "reply_has": [mmss(SEG[27].start)]})
case("question-music-level", "how loud is the music set at?", {"unchanged": True, "reply_has": ["-14"]})
case("question-unused", "which clips haven't I used yet?", UNCHANGED)
case("question-um-count", "how many times do I say um", UNCHANGED)
case("question-take2", "is there another version of the ending somewhere?", UNCHANGED)
case("question-broll-track", "what's on the b-roll track right now?", {"unchanged": True, "reply_has": [DJI, ARROW]},
     setup=[ins("m9", 78.0), ins("m8", 97.0, 3.0)])
case("question-fluff", "did i fluff any lines?", UNCHANGED)
case("question-resolution", "what resolution is this project", {"unchanged": True, "reply_has": ["1280"]})
case("question-after-fillers", "ok how long is it now?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]}, history=["remove all the ums and uhs"])
case("question-last-change", "what did you just do?", {"unchanged": True, "reply_has": ["fade"]}, history=["fade out the music over 3 seconds"])

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "cheers mate, looking good", UNCHANGED)
case("chat-spider", "haha the spider bit is so gross", UNCHANGED)
case("chat-hello", "hello?", UNCHANGED)
case("chat-brb", "ok brb grabbing a coffee", UNCHANGED)
case("chat-lifesaver", "honestly you're a lifesaver", UNCHANGED)
case("chat-thinking", "hmm not sure yet, let me think about it", UNCHANGED)
case("chat-cool", "cool cool", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-img", "add IMG_4472.MOV at 0:20", UNCHANGED, note="only IMG_4471.MOV exists")
case("nonedit-missing-gopro", "use the GoPro footage over the spider bit", UNCHANGED, note="no GoPro file")
case("nonedit-missing-samsung", "20261115_104912.mp4 at 1:00", UNCHANGED, note="only 104803 and 104851 exist")
case("nonedit-missing-engine", "cut the part where I talk about the engine air filter", UNCHANGED, note="only the cabin filter is mentioned")
case("nonedit-missing-wipers", "delete the sentence about the wiper blades", UNCHANGED, note="never said")
case("nonedit-missing-aircon", "remove where I explain the aircon regas", UNCHANGED, note="never said")
case("nonedit-missing-petrol", "cut the bit where I rant about petrol prices", UNCHANGED, note="never said")
case("nonedit-missing-screwdriver", "put the screwdriver close up over the tools list", UNCHANGED, note="no such clip")
case("nonedit-missing-receipt", "receipt photo at 2:23", UNCHANGED, note="no receipt photo")
case("nonedit-offtimeline-snap", "turn the clip snap sound down 6 dB", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-dji", "make the DJI clip black and white", UNCHANGED, note="the DJI clip is only in the bin")
case("nonedit-offtimeline-take2", "mute the second outro take", UNCHANGED, note="the take is only in the bin")
case("nonedit-offtimeline-fan", "speed up the fan test clip", UNCHANGED, note="the fan clip is only in the bin")
case("nonedit-ambig-unclip", "put the glovebox unclipping clip at 0:52", UNCHANGED, note="left and right side clips")
case("nonedit-ambig-unclip-over", "the unclip footage over the bit about the clips", UNCHANGED, note="two unclip clips, several clip sentences")
case("nonedit-ambig-photo", "put the photo at 1:00", UNCHANGED, note="two stills")
case("nonedit-ambig-jpg", "the jpg at 97s", UNCHANGED, note="both stills are .jpg")
case("nonedit-ambig-sideclip-slow", "make the glovebox side clip slow motion", UNCHANGED, note="both side clips are on the timeline",
     setup=[ins("m5", 52.0), ins("m6", 57.0)])
case("nonedit-ambig-twominutes", "cut where I say \"two minutes\"", UNCHANGED, note="said twice (damper arm, savings)")
case("nonedit-ambig-damperarm", "delete the words 'the damper arm'", UNCHANGED, note="said in two sentences (25, 26)")
case("nonedit-ambig-wrappers", "remove where I say sweet wrappers", UNCHANGED, note="said twice (7, 30)")
case("nonedit-ambig-arrow", "cut the sentence about the arrow", UNCHANGED, note="four sentences mention the arrow")
case("nonedit-ambig-musty", "delete the line about the musty smell", UNCHANGED, note="the smell comes and goes (1, 28)")
case("nonedit-ambig-onfull", "cut 'on full'", UNCHANGED, note="said twice (2, 27)")
case("nonedit-inside-spider", "remove the dead spider from the DJI footage", UNCHANGED, setup=[ins("m9", 78.0)])
case("nonedit-inside-leaves", "get the leaves out of the old vs new photo", UNCHANGED, setup=[ins("m7", 27.0, 3.0)])
case("nonedit-inside-thumb", "take my thumb out of the left unclip clip", UNCHANGED, setup=[ins("m5", 52.0)])
case("nonedit-inside-partno", "remove the part number printed on the filter in arrow_closeup", UNCHANGED, setup=[ins("m8", 97.0, 3.0)])
case("nonedit-inside-tissue", "make the tissue in the pxl clip flap more so the fan looks stronger", UNCHANGED, setup=[ins("m2", 12.0)])
case("nonedit-inside-alarm", "take out the car alarm going off in the background around 1:10", UNCHANGED, note="about the sound, not the talk")
case("nonedit-inside-readpartno", "what's the part number on the new filter in the photo?", UNCHANGED)

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-slideout-onwards", "cut everything from where I slide the old filter out to the end", {"confirm": True})
case("confirm-first-minute", "delete the first minute", {"confirm": True})
case("confirm-under-60", "get the whole thing under 60 seconds", {"confirm": True})
case("confirm-range", "chop out 0:30 to 1:30", {"confirm": True})
case("confirm-before-housing", "lose everything before the glovebox swings down", {"confirm": True})
case("confirm-delete-talk", "delete my talking head clip", {"confirm": True})
case("confirm-last40", "only keep the last 40 seconds", {"confirm": True})
case("confirm-after-120", "wipe everything after 1:20", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "j_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out)
