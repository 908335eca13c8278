"""Writes i_heldout.jsonl from the cases below; every expected time is computed from project I's
transcript (project_i_tap.SCRIPT through talk_project.timed_script), never typed by hand.

    PYTHONPATH=/work/main:. /work/main/.venv/bin/python make_i_suite.py

Bound conventions (the same as suite H's): D is the fresh timeline's length (133.1 s).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61      (the "like": D - 0.14 / D - 0.44)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - 17.6
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
"""

from __future__ import annotations

import json
from pathlib import Path

from project_i_tap import BROLL, MUSIC, SCRIPT, SFX, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = 133.1  # the fresh timeline: int(133.13 s * 30) frames / 30
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 6

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m11
DRIP, VALVE, CAP, GO15, GO16, CART, SCALE, VINEGAR, RUNNING, ROLL = (M[i] for i in range(2, 12))


def r(x: float) -> float:
    return round(x, 2)


def seg(i: int) -> list[float]:
    return [SEG[i].start, SEG[i].end]


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
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - 17.6)}
RETAKE_LEN = SEG[21].start - SEG[20].start
RETAKE = {"duration_lt": r(D - (RETAKE_LEN - 0.35)), "duration_gt": r(D - (RETAKE_LEN + 0.35))}


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
    CASES.append({"id": f"i-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts described by what is said, seen, or by file-name fragments -------------------
case("broll-drip-waste", "put the dripping tap closeup over where i say how much water it was wasting", over(DRIP, 2))
case("broll-drip-intro", "Can you show the drip close up while I'm introducing myself and the problem?", over(DRIP, 0))
case("broll-valve-shutoff", "the clip of me under the sink with the screwdriver should go over where I explain the little shut-off valves", over(VALVE, 6))
case("broll-pxl-stopcock", "pxl clip over the stopcock bit", over(VALVE, 7))
case("broll-cap-prise", "use VID_20261019_144015 where I talk about popping the cover off the handle", over(CAP, 10))
case("broll-cap-undo", "allen key footage over the part where I undo the screw and pull the lever off", over(CAP, 11))
case("broll-gopro15-loosen", "GOPR0215 over where i'm loosening the nut", over(GO15, 15))
case("broll-gopro16-tighten", "0216 over the line about doing the nut back up, not too tight", over(GO16, 22))
case("broll-gopro15-steady", "put the 0215 headcam clip over where I tell people to hold the tap still", over(GO15, 14))
case("broll-cart-shop", "cartrige old vs new pic over where I say bring the old one to the shop", over(CART, 4))
case("broll-cart-type", "show the cartridge comparison photo when I explain what's inside this kind of tap", over(CART, 1))
case("broll-cart-lugs", "cartridge photo over the bit where I put the new one in properly (not the flubbed go)", over(CART, 21))
case("broll-scale-crusty", "limescail pic over where i show how manky the seal is", over(SCALE, 16))
case("broll-scale-why", "put the limescale_on_seal still over my explanation of why it kept leaking", over(SCALE, 17))
case("broll-vinegar-clean", "vinegar soak clip over the cleaning-it-out-with-vinegar part", over(VINEGAR, 18))
case("broll-vinegar-brush", "the toothbrush footage over where I scrub the brass till it shines", over(VINEGAR, 19))
case("broll-running-fixed", "show the tap running no drip clip when it finally shuts off properly", over(RUNNING, 26))
case("broll-running-air", "tap running clip over the bit about it spluttering", over(RUNNING, 25))
case("broll-roll-backon", "the kitchen roll leak check clip over where I turn the water back on", over(ROLL, 24))
case("broll-samsung-truth", "20261019_151102 over 'moment of truth'", over(ROLL, 24))
case("broll-cap-reassemble", "the grub screw clip over where I put the handle back on pls", over(CAP, 23))

# --- times and positions ---------------------------------------------------------------------------
case("time-drip-012", "IMG_8812 at 0:12", on(DRIP, start=12.0))
case("time-valve-28s", "vavle clip at 28 secs", on(VALVE, start=28.0))
case("time-gopro15-108", "put GOPR0215 in at 1:08", on(GO15, start=68.0))
case("time-gopro16-141", "gopr0216 @ 1:41", on(GO16, start=101.0))
case("time-scale-73-3s", "limescale photo at 73s for 3 seconds", on(SCALE, start=73.0, within=[73.0, 76.0]))
case("time-vinegar-words", "vinegar soak clip one minute twenty three in", on(VINEGAR, start=83.0))
case("time-running-159", "tap running no drip at 1:59", on(RUNNING, start=119.0))
case("time-roll-decimal", "20261019_151102 at 110.5", on(ROLL, start=110.5))
case("time-plink-003", "add the drip plink at 0:03", on(SFX, role=None, start=3.0))
case("time-cart-timecode", "cartridge old vs new at 00:00:21:15 (30fps)", on(CART, start=21.5))
case("time-cap-words", "VID_20261019_144015 at forty four seconds", on(CAP, start=44.0))
case("time-cart-1m37", "old vs new photo at 1m37s", on(CART, start=97.0))
case("time-valve-after-step1", "put the valve clip in 3 seconds after the start of the step one bit", on(VALVE, start=r(SEG[5].start + 3.0), tol=0.3))
case("time-running-before-end", "tap running clip 10 seconds before the end", on(RUNNING, start=r(D - 10.0), tol=0.3))
case("time-drip-2s-after", "drip closeup 2 secs after I start talking about the cost of the drip", on(DRIP, start=r(SEG[2].start + 2.0), tol=0.3))
case("pos-drip-open", "open on the dripping tap shot", on(DRIP, start=0.0))
case("pos-running-end", "end the video on the no drip clip", on(RUNNING, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-scale-middle", "stick the limescale photo roughly in the middle of the video", on(SCALE, start=r(D / 2), tol=1.5))
case("pos-plink-words", "plink sound right as I say 'not a single drip'", on(SFX, role=None, overlaps=list(phrase(26, "not a single drip"))))
case("pos-plink-playhead", "put the sound effect here", on(SFX, role=None, start=11.0), playhead=11.0)
case("pos-caption-playhead", "caption \"Quarter turn\" here", {"title": {"text": "Quarter turn", "exact": True, "start": 30.0}}, playhead=30.0)
case("pos-selected-bw", "make the selected one b&w", {"effect": {"media": GO16, "type": "black_and_white"}},
     setup=[ins("m5", 68.0), ins("m6", 101.0)], selection=["c4"], note="c4 is GOPR0216 (setup makes c3, c4)")
case("pos-selected-speed", "speed up the selected clip 2x", {"speed": {"media": VINEGAR, "value": 2.0}},
     setup=[ins("m9", 83.0), ins("m10", 119.0)], selection=["c3"], note="c3 is the vinegar clip")
case("pos-title-step2", "caption 'Step 2: Handle off' right when I say step two", {"title": {"text": "Step 2: Handle off", "exact": True, "start": SEG[9].start}})

# --- cuts: fillers, pauses, the retake, sentences, phrases, ranges ---------------------------------
case("cut-fillers", "remove all the ums and uhs", FILLERS)
case("cut-fillers-chatty", "honestly I say um way too much, can you clean those out for me", FILLERS)
case("cut-fillers-terse", "kill fillers", FILLERS)
case("cut-um-run", "cut the um right before I say to run the tap", ONE_FILLER)
case("cut-uh-last", "delete the uh in the last sentence, leave the rest", ONE_FILLER)
case("cut-first-um", "cut only the very first um please", ONE_FILLER)
case("cut-like-stopcock", "lose the 'like' in the stopcock sentence", {"duration_lt": r(D - 0.14), "duration_gt": r(D - 0.44)})
case("cut-youknow", "take 'you know' out of the plughole line", phrase_cut(12, "you know", 0.05, 0.25))
case("cut-sortof", "cut the 'sort of' before air in the pipes", phrase_cut(25, "sort of", 0.05, 0.25))
case("cut-pauses", "tighten up all the long pauses", PAUSES)
case("cut-pauses-chatty", "there's loads of dead air where i just stand there, can u shorten it", PAUSES)
case("cut-pause-plughole", "shorten the silence after the plughole joke", pause_cut(12))
case("cut-pause-seal", "the gap after I explain the seal is too long", pause_cut(17))
case("cut-pause-step2", "trim the pause just before 'step two'", pause_cut(8))
case("cut-retake", "remove the retake where I put the cartridge in upside down", RETAKE)
case("cut-retake-casual", "cut where I muck it up, keep the second go", RETAKE)
case("cut-retake-flub", "get rid of the flubbed line", RETAKE)
case("cut-stopcock", "cut teh line about the stopcock for the whole house", sentence_cut(7))
case("cut-cost", "drop the sentence about how long it took and what it cost", sentence_cut(27))
case("cut-shop", "remove the bit telling people to take the old one to the shop", sentence_cut(4))
case("cut-steady", "delete where I say to hold the tap body steady", sentence_cut(14))
case("cut-hawk", "cut the sentence where I watched it like a hawk", sentence_cut(26))
case("cut-plughole", "lose the plughole line", sentence_cut(12))
case("cut-bucket", "cut where I say it was wasting a bucket a day", sentence_cut(2))
case("cut-discs", "remove the warning about cracking the ceramic discs", sentence_cut(22))
case("cut-phrase-slowly", "cut the words \"nice and slowly\"", phrase_cut(24, "nice and slowly"))
case("cut-phrase-silly", "snip 'which is just silly'", phrase_cut(2, "which is just silly"))
case("cut-range-quotes", "cut from \"That crust is why\" through the toothbrush sentence", sentence_cut(17, 18, 19))
case("cut-steps", "take out both the 'step one' and 'step two' lines",
     {"duration_lt": r(D - (SEG[5].end - SEG[5].start) - (SEG[9].end - SEG[9].start) + 0.1),
      "duration_gt": r(D - (SEG[5].end - SEG[5].start + 0.3) - (SEG[9].end - SEG[9].start + 0.3) - 0.7)})

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first5", "trim the first 5 seconds", {"duration_near": [r(D - 5.0), 0.1]})
case("trim-last4", "shave 4 secs off the end", {"duration_lt": r(D - 3.7), "duration_gt": r(D - 4.3)})
case("trim-range-secs", "remove 26.3s-27.9s", {"duration_near": [r(D - 1.6), 0.1]})
case("trim-range-121", "take out 1:21 to 1:22", {"duration_near": [r(D - 1.0), 0.1]})
case("trim-before-tools", "get rid of everything before \"You'll need an adjustable spanner\"",
     {"duration_lt": r(D - (SEG[3].start - 1.75)), "duration_gt": r(D - (SEG[3].start + 0.05))})
case("trim-end-pounds", "end it right after I say twelve pounds",
     {"duration_lt": r(SEG[27].end + 0.8), "duration_gt": r(SEG[27].end - 0.05)})
case("trim-vinegar-4s", "cut the vinegar clip down to 4 seconds",
     {**on(VINEGAR, start=83.0, within=[83.0, 87.0]), "duration_near": [D, 0.05]}, setup=[ins("m9", 83.0)])
case("trim-gopro15-3less", "the 0215 clip runs 3 seconds too long, shorten it",
     {**on(GO15, within=[68.0, 72.0]), "duration_near": [D, 0.05]}, setup=[ins("m5", 68.0)])
case("move-running-159", "move the no-drip clip to 1:59", on(RUNNING, start=119.0, count=1), setup=[ins("m10", 115.0)])
case("move-valve-earlier", "nudge the valve clip 4 secs earlier", on(VALVE, start=28.0, count=1), setup=[ins("m3", 32.0)])
case("move-scale-later", "slide the limescale photo 2 seconds later", on(SCALE, start=75.0, count=1), setup=[ins("m8", 73.0, 3.0)])
case("reorder-swap-gopros", "swap the two gopro clips round",
     {**on(GO16, start=68.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 101.0, "tol": 1.0}},
     setup=[ins("m5", 68.0), ins("m6", 101.0)])
case("reorder-photo-first", "the limescale photo should come before the vinegar clip, not after",
     {**on(SCALE, start=72.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 75.0, "tol": 1.0}},
     setup=[ins("m9", 72.0), ins("m8", 80.0, 3.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade", "crossfade from the vinegar clip into the no-drip one", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m9", 83.0), ins("m10", 91.0)])
case("transition-dip", "dip to black between GOPR0215 and the limescale pic, 1 second",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m5", 68.0), ins("m8", 75.0, 3.0)])
case("transition-short-xfade", "quick half second crossfade between the valve clip and the allen key one",
     {"transition": {"role": "broll", "kind": "crossfade", "duration": 0.5}}, setup=[ins("m3", 28.0), ins("m4", 34.0)])
case("effect-fadein", "fade in from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-2s", "fade out over the last 2 seconds", {"effect": {"role": "main", "type": "fade_out", "duration": 2.0}})
case("effect-warm", "I look kinda blue on camera, warm up the color on me", {"effect": {"role": "main", "type": "color"}})
case("effect-bw-scale", "b&w on the limescale still", {"effect": {"media": SCALE, "type": "black_and_white"}}, setup=[ins("m8", 73.0, 3.0)])
case("effect-zoom-cart", "slow zoom in on the cartridge photo", {"effect": {"media": CART, "type": "zoom"}}, setup=[ins("m7", 97.0, 4.0)])
case("effect-blur-roll", "blur the 151102 clip a little", {"effect": {"media": ROLL, "type": "blur"}}, setup=[ins("m11", 110.0)])
case("effect-bright-valve", "the under-sink clip is way too dark, brighten it up", {"effect": {"media": VALVE, "type": "color"}}, setup=[ins("m3", 28.0)])
case("effect-normalise", "normalise my audio", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "ease the ukulele in at the start", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-grey-drip", "grayscale the drip close up", {"effect": {"media": DRIP, "type": "black_and_white"}}, setup=[ins("m2", 10.0)])
case("effect-music-out", "music should fade out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("speed-gopro15-half", "gopr0215 half speed", {"speed": {"media": GO15, "value": 0.5}}, setup=[ins("m5", 68.0)])
case("speed-vinegar-3x", "speed the vinegar soak clip up 3x, it's boring", {"speed": {"media": VINEGAR, "value": 3.0}}, setup=[ins("m9", 83.0)])
case("speed-running-slowmo", "tap running clip in slow mo, like 50%", {"speed": {"media": RUNNING, "value": 0.5}}, setup=[ins("m10", 119.0)])
case("speed-talk-5pc", "speed me up by 5%", {"speed": {"role": "main", "value": 1.05}})
case("speed-toothbrush-125", "play the toothbrush clip at 1.25x", {"speed": {"media": VINEGAR, "value": 1.25}}, setup=[ins("m9", 83.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-20", "music to -20dB", {"clip_volume": {"role": "music", "db": -20.0}})
case("audio-ukulele-down3", "turn the ukulele down 3 dB", {"clip_volume": {"role": "music", "db": -15.0}})
case("audio-music-up4", "the music's too quiet, bump it up by 4", {"clip_volume": {"role": "music", "db": -8.0}})
case("audio-duck", "duck the music under my voice", {"music_envelope_dips_during_speech": -15.0})
case("audio-duck-casual", "can the uke track dip whenever I'm talking", {"music_envelope_dips_during_speech": -15.0})
case("audio-mute-music", "mute the music", {"track_muted": "music"})
case("audio-voice-up3", "my voice is a bit quiet, raise it 3 dB", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-unmute", "unmute the music again", {"track_unmuted": "music"}, history=["mute the music track"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "add a title \"How To Fix A Dripping Tap\" at the start for 4 seconds",
     {"title": {"text": "How To Fix A Dripping Tap", "exact": True, "start": 0.0, "duration": 4.0}})
case("title-quarter", "caption at 0:28 saying 'Quarter turn = OFF'", {"title": {"text": "Quarter turn = OFF", "exact": True, "start": 28.0}})
case("title-arrow", "put \"Grub screw → allen key\" on screen at 49s", {"title": {"text": "Grub screw → allen key", "exact": True, "start": 49.0}})
case("title-anticlockwise", "title 'Anticlockwise to loosen!' at 1:08", {"title": {"text": "Anticlockwise to loosen!", "exact": True, "start": 68.0}})
case("title-cost", "text \"£12 cartridge, 40 mins\" at 2:04 for 3 secs", {"title": {"text": "£12 cartridge, 40 mins", "exact": True, "start": 124.0, "duration": 3.0}})
case("title-name", "lower third with my name \"Priya Sharma\" at the beginning, 3 seconds", {"title": {"text": "Priya Sharma", "exact": True, "start": 0.0, "duration": 3.0}})
case("title-lowercase", "title \"don't overtighten\" at 1:41", {"title": {"text": "don't overtighten", "exact": True, "start": 101.0}})
case("title-last5", "add a title reading \"DRIP-FREE!\" over the last 5 seconds", {"title": {"text": "DRIP-FREE!", "exact": True, "start": r(D - 5.0), "duration": 5.0}})

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "remove the ums and the false start",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.36 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)})
case("multi-pauses-duck", "shorten the long pauses and then duck the music", {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": -15.0})
case("multi-gopro16-bw", "GOPR0216 at 1:41 in black and white", {**on(GO16, role=None, start=101.0), "effect": {"media": GO16, "type": "black_and_white"}})
case("multi-cart-caption", "put the cartridge photo at 21s and a caption \"Take the old one to the shop\" at 21s too",
     {**on(CART, role=None, start=21.0), "title": {"text": "Take the old one to the shop", "exact": True, "start": 21.0}})
case("multi-retake-cart", "cut the false start and then put the cartridge comparison photo over where I put the new one in",
     {**RETAKE, **on(CART, overlaps=[r(SEG[21].start - RETAKE_LEN - 0.3), r(SEG[21].end - RETAKE_LEN + 0.3)])})
case("multi-music-fadein", "music down to -18 and fade it in at the start", {"clip_volume": {"role": "music", "db": -18.0}, "effect": {"role": "music", "type": "fade_in"}})
case("multi-speed-mute", "vinegar clip at 2x and mute the music", {"speed": {"media": VINEGAR, "value": 2.0}, "track_muted": "music"}, setup=[ins("m9", 83.0)])
case("multi-trim-title", "lose the first 5 seconds, then add a title 'Fixing my tap' at the start",
     {"duration_near": [r(D - 5.0), 0.1], "title": {"text": "Fixing my tap", "exact": True, "start": 0.0}})
case("multi-valve-slow", "put the valve clip at 0:28 and slow it down to half speed", {**on(VALVE, role=None, start=28.0), "speed": {"media": VALVE, "value": 0.5}})
case("multi-normalise-music", "normalize my voice and bring the music to -20", {"effect": {"role": "main", "type": "normalize"}, "clip_volume": {"role": "music", "db": -20.0}})

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", {"effect": {"media": GO15, "type": "black_and_white"}}, history=["put GOPR0215 at 1:08"])
case("convo-move-it", "actually move it to 1:59", on(RUNNING, start=119.0, count=1), history=["put the no drip clip at 1:55"])
case("convo-bit-lower", "bit lower", {"clip_volume": {"role": "music", "db": -22.0, "tol": 3.0}}, history=["music to -18 dB"])
case("convo-back-up", "ok that's too quiet now, up a bit", {"clip_volume": {"role": "music", "db": -21.0, "tol": 2.5}}, history=["set the music to -24 dB"])
case("convo-undo-trim", "nope, undo that", {"matches_initial": True}, history=["cut the first 5 seconds"])
case("convo-undo-title", "undo", {"matches_initial": True}, history=["add a title \"Leaky Tap Fix\" at the start"])
case("convo-title-longer", "make that title stay up for 5 seconds", {"title": {"text": "Leaky Tap Fix", "exact": True, "start": 0.0, "duration": 5.0}},
     history=["add a title \"Leaky Tap Fix\" at the start"])
case("convo-that-slow", "slow that down to half speed", {"speed": {"media": VINEGAR, "value": 0.5}}, history=["put the vinegar clip at 83 seconds"])
case("convo-same-scale", "same for the limescale photo at 73", on(SCALE, start=73.0), history=["put the cartridge photo at 21s"])
case("convo-fade-it", "and fade it out", {"effect": {"media": RUNNING, "type": "fade_out"}}, history=["put the tap running clip at 1:59"])
case("convo-music-too", "do the music as well", {"effect": {"role": "music", "type": "fade_out"}}, history=["fade the talk out over 3 seconds"])
case("convo-undo-speed", "no wait, undo the speed change", {**on(VALVE, role=None, start=28.0), "speed": {"media": VALVE, "value": 1.0}},
     history=["put the valve clip at 28s", "speed it up 2x"])
case("convo-title-move", "move that caption to 0:27", {"title": {"text": "Step 1: Water Off", "exact": True, "start": 27.0}},
     history=["add a caption \"Step 1: Water Off\" at 0:26"])
case("convo-other-gopro", "and the other gopro one at 1:41", on(GO16, start=101.0), history=["put GOPR0215 at 1:08"])
case("convo-and-ums", "and the ums too", {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - 17.6 - 0.5 * NFILL - 1.8)},
     history=["remove the long pauses"])
case("convo-hold-4s", "keep it on screen for 4 seconds", on(SCALE, start=73.0, within=[73.0, 77.0]), history=["put the limescale photo at 1:13"])
case("convo-retext", "change the text to \"Isolation valves\"", {"title": {"text": "Isolation valves", "exact": True, "start": 28.0}},
     history=["add a caption \"Isolation valve\" at 0:28"])

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is it right now?", {"unchanged": True, "special": "answer", "reply_has": ["2:13"]})
case("question-unused", "which b-roll haven't i used yet", UNCHANGED)
case("question-where-stopcock", "where do I mention the stopcock?", {"unchanged": True, "special": "answer", "reply_has": ["0:33"]})
case("question-music-level", "what's the music at volume-wise", {"unchanged": True, "reply_has": ["-12"]})
case("question-um-count", "how many ums have I got in there", UNCHANGED)
case("question-take2", "is there a second take of my intro somewhere?", UNCHANGED)
case("question-reassemble", "when do I start putting it all back together?", UNCHANGED)
case("question-broll-track", "what's on the b-roll track at the moment?", {"unchanged": True, "reply_has": [VINEGAR, SCALE]},
     setup=[ins("m9", 83.0), ins("m8", 73.0, 3.0)])
case("question-stumble", "did I stumble over any lines?", UNCHANGED)
case("question-fps", "what frame rate is this project?", {"unchanged": True, "reply_has": ["30"]})
case("question-after-fillers", "so how long is it now?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]}, history=["remove all the ums and uhs"])
case("question-last-change", "what did you just change?", {"unchanged": True, "reply_has": ["fade"]}, history=["fade out the music over 3 seconds"])

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-drone", "put the drone shot over the intro", UNCHANGED, note="no drone footage")
case("nonedit-missing-img", "add IMG_8813.MOV at 0:20", UNCHANGED, note="only IMG_8812.MOV exists")
case("nonedit-missing-gopro", "use GOPR0217 over the nut bit", UNCHANGED, note="only GOPR0215 and GOPR0216 exist")
case("nonedit-missing-pressure", "cut the part where I talk about water pressure", UNCHANGED, note="never said")
case("nonedit-missing-boiler", "delete the sentence about the boiler", UNCHANGED, note="never said")
case("nonedit-missing-ptfe", "remove where I explain wrapping PTFE tape", UNCHANGED, note="never said")
case("nonedit-missing-pliers", "put the pliers clip over the list of tools", UNCHANGED, note="there is no pliers clip")
case("nonedit-missing-receipt", "receipt photo at 2:00", UNCHANGED, note="no receipt photo")
case("nonedit-offtimeline-plink", "turn the drip plink down 6 dB", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-vinegar", "make the vinegar clip black and white", UNCHANGED, note="the vinegar clip is only in the bin")
case("nonedit-offtimeline-take2", "mute the second intro take", UNCHANGED, note="the take is only in the bin")
case("nonedit-ambig-gopro", "stick the gopro clip at 1:05", UNCHANGED, note="two GOPR clips")
case("nonedit-ambig-headcam", "headcam clip at 1:10", UNCHANGED, note="both GOPR clips are head cam views")
case("nonedit-ambig-photo", "put the photo at 0:22", UNCHANGED, note="two stills")
case("nonedit-ambig-jpg", "the jpg at 75s", UNCHANGED, note="both stills are .jpg / .JPG")
case("nonedit-ambig-gopro-slow", "make the gopro footage slow motion", UNCHANGED, note="both GOPR clips are on the timeline",
     setup=[ins("m5", 68.0), ins("m6", 101.0)])
case("nonedit-ambig-tenmin", "cut where I say \"ten minutes\"", UNCHANGED, note="said twice (vinegar soak and watching it)")
case("nonedit-ambig-brassnut", "delete the words 'the brass nut'", UNCHANGED, note="said twice (next up, screw it back on)")
case("nonedit-ambig-grubscrew", "remove where I say \"grub screw\"", UNCHANGED, note="said twice (undo it, do it up)")
case("nonedit-inside-drips", "remove the drips from IMG_8812", UNCHANGED, setup=[ins("m2", 10.0)])
case("nonedit-inside-hand", "get rid of my hand in the valve clip", UNCHANGED, setup=[ins("m3", 28.0)])
case("nonedit-inside-limescale", "erase the limescale off the seal in the photo", UNCHANGED, setup=[ins("m8", 73.0, 3.0)])
case("nonedit-inside-boiler-hum", "take out the boiler hum in the background around 1:05", UNCHANGED, note="about the sound, not the talk")
case("nonedit-inside-logo", "hide the brand name on the spanner in gopr0215", UNCHANGED, setup=[ins("m5", 68.0)])

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-vinegar-onwards", "cut everything from the vinegar part to the end", {"confirm": True})
case("confirm-first-minute", "delete the first minute", {"confirm": True})
case("confirm-one-minute", "can you get this whole thing down to a minute", {"confirm": True})
case("confirm-range", "chop 0:40-1:20", {"confirm": True})
case("confirm-before-oldcart", "lose everything before I pull the old cartridge out", {"confirm": True})
case("confirm-delete-talk", "delete the talking head clip", {"confirm": True})
case("confirm-last30", "just keep the last 30 seconds", {"confirm": True})
case("confirm-after-140", "wipe everything after 1:40", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "i_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out)
