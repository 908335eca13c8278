"""Writes k_heldout.jsonl from the cases below; every expected time is computed from project K's
transcript (project_k_drywall.SCRIPT through talk_project.timed_script), never typed by hand.

    PYTHONPATH=/work/main:. /work/main/.venv/bin/python make_k_suite.py

Bound conventions (the same as suites H, I and J): D is the fresh timeline's length (164.37 s: the
talk file holds ceil(T * 30) frames, T being timed_script's total, and the timeline is those frames).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for "you know")
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
Ducking is checked at -6 dB (or -9.5 for "10 dB"), which an envelope read as an offset or as an
absolute level both reach, since the bed already sits at -16 dB.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from project_k_drywall import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.ceil(round(_T * 30, 6)) / 30, 2)  # the fresh timeline: 4931 frames / 30 = 164.37
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 7

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m11
HOLE, GOPRO, MESH, COAT1, COAT2, SAND, TOOLS, DONE, STOP, PAINT = (M[i] for i in range(2, 12))


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
RETAKE_LEN = SEG[12].start - SEG[11].start
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


CASES: list[dict] = []


def case(cid: str, message: str, expect: dict, **extra) -> None:
    CASES.append({"id": f"k-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts described by what is said, what the media shows, or loose file names -------
case("broll-pxl-fist", "put the PXL clip over where I say how big the hole is", over(HOLE, 2))
case("broll-hole-son", "the shot of the actual hole over the bit where i blame my son", over(HOLE, 1))
case("broll-pixel-crumbly", "pixel video on top of 'the edges are all crumbly'", over(HOLE, 6))
case("broll-hole-intro", "can we see the hole straight away, like over my hello at the very start?", over(HOLE, 0))
case("broll-gopro-square", "gopro footage over where I cut the edges back square", over(GOPRO, 7))
case("broll-headcam-blade", "head cam clip over the part where i warn everyone the blade is sharp", over(GOPRO, 8))
case("broll-gx457-wipe", "gx 457 over the damp cloth bit", over(GOPRO, 9))
case("broll-mesh-overlap", "mesh close up over the proper take where I explain how much the patch should overlap (not the one I mess up)", over(MESH, 12))
case("broll-mesh-peel", "mesh patch close up.mp4 where i peel the backing off and stick it on", over(MESH, 13))
case("broll-mesh-noglue", "use the mesh closeup for 'no glue, no screws, nothing'", over(MESH, 14))
case("broll-mesh-goodnews", "Put the mesh patch footage over the sentence where I say the good news is it's easy to patch.", over(MESH, 3))
case("broll-8812-scoop", "IMG_8812 over where I first scoop the filler on and spread it", over(COAT1, 17))
case("broll-firstcoat-normal", "first coat video over where I reassure people it's fine to still see the mesh", over(COAT1, 19))
case("broll-8812-onego", "use 8812 for the don't-do-it-all-in-one-go advice", over(COAT1, 18))
case("broll-8814-feather", "8814 over the feathering bit", over(COAT2, 22))
case("broll-secondcoat-bump", "second coat footage over where I explain why going wider means no bump", over(COAT2, 23))
case("broll-sanding-circles", "sanding dust over sanding in little circles", over(SAND, 26))
case("broll-sanding-sheet", "put the sanding clip where I tell people to put a dust sheet down", over(SAND, 25))
case("broll-sanding-ridge", "sanding dust.mov over the ridge / light sand tip", over(SAND, 28))
case("broll-tools-list", "the tools photo over the list of what you need", over(TOOLS, 4))
case("broll-8820-price", "IMG_8820 on screen while I'm saying what the kit cost me", over(TOOLS, 5))
case("broll-finished-reveal", "finished wall pic over the big reveal", over(DONE, 32))
case("broll-finished-fortymin", "hallway wall finished.jpg over where I say how long the whole job took", over(DONE, 33))
case("broll-doorstop-screwed", "door stop clip over where I say I screwed the stopper into the skirting", over(STOP, 34))
case("broll-doorstop-joke", "door stop vid over my wall-wins-this-round joke", over(STOP, 35))
case("broll-paint-roller", "the painting clip over 'two thin coats with a small roller'", over(PAINT, 31))
case("broll-paint-garage", "roller footage where I mention finding the old paint in the garage", over(PAINT, 30))
case("broll-paint-timeto", "painting the patch.mp4 over \"it's time to paint\"", over(PAINT, 29))

# --- times and positions ---------------------------------------------------------------------------
case("time-pxl-5s", "PXL_20261203_151203871 at 5 seconds", on(HOLE, start=5.0))
case("time-gopro-037", "gopro clip at 0:37", on(GOPRO, start=37.0))
case("time-mesh-102", "mesh close-up in at 1:02 please", on(MESH, start=62.0))
case("time-8812-words", "IMG_8812 at one minute seventeen", on(COAT1, start=77.0))
case("time-8814-1m37", "put 8814 in at 1m37", on(COAT2, start=97.0))
case("time-sand-decimal", "sanding dust.mov @ 112.5s", on(SAND, start=112.5))
case("time-slam-004", "door slam at 0:04", on(SFX, role=None, start=4.0))
case("time-slam-timecode", "door slam sfx at 00:02:31:15 (30fps)", on(SFX, role=None, start=151.5))
case("time-finished-3s", "finished wall pic at 2:19 for 3 secs", on(DONE, start=139.0, within=[139.0, 142.0]))
case("time-doorstop-227", "door stop fitted @ 2:27", on(STOP, start=147.0))
case("time-paint-ish", "painting clip somewhere around 2:15, roughly", on(PAINT, start=135.0, tol=1.5))
case("time-tools-about20", "tools photo at about 20 seconds in, doesn't have to be exact", on(TOOLS, start=20.0, tol=1.5))
case("time-8820-after-list", "IMG_8820 two secs into the 'here's what you'll need' bit",
     on(TOOLS, start=r(SEG[4].start + 2.0), tol=0.3))
case("time-gopro-1s-after", "gopro clip one second into the 'First job, tidy up the hole' sentence",
     on(GOPRO, start=r(SEG[6].start + 1.0), tol=0.3))
case("time-doorstop-before-end", "door stop clip 12 seconds before the end", on(STOP, start=r(D - 12.0), tol=0.3))
case("time-sand-words", "sanding dust at a minute fifty", on(SAND, start=110.0))
case("pos-pxl-open", "open the video on the pxl shot of the hole", on(HOLE, start=0.0))
case("pos-finished-end", "finish on the photo of the finished wall", on(DONE, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-tools-middle", "tools photo bang in the middle of the video", on(TOOLS, start=r(D / 2), tol=1.5))
case("pos-slam-plasterboard", "door slam sound exactly on 'went straight through the plasterboard'",
     on(SFX, role=None, overlaps=list(phrase(1, "went straight through the plasterboard"))))
case("pos-slam-bounces", "slam sfx on the words 'bounces off that'", on(SFX, role=None, overlaps=list(phrase(35, "bounces off that"))))
case("pos-slam-playhead", "drop the door slam in here", on(SFX, role=None, start=4.5), playhead=4.5)
case("pos-caption-playhead", "caption \"Measure twice, patch once\" right here", {"title": {"text": "Measure twice, patch once", "exact": True, "start": 58.0}},
     playhead=58.0)
case("pos-selected-bw", "make the one I've selected black and white", bw(COAT2),
     setup=[ins("m5", 77.0), ins("m6", 97.0)], selection=["c4"], note="c4 is IMG_8814.MOV (setup makes c3, c4)")
case("pos-selected-slow", "slow the selected clip to half speed", {"speed": {"media": SAND, "value": 0.5}},
     setup=[ins("m7", 112.0), ins("m11", 134.0)], selection=["c3"], note="c3 is sanding dust.mov")
case("pos-title-filler", "title 'Step 2: Filler' when I get to 'Right, filler time'",
     {"title": {"text": "Step 2: Filler", "exact": True, "start": SEG[16].start}})

# --- cuts: fillers, pauses, the retake, sentences, phrases, ranges ---------------------------------
case("cut-fillers", "take out all the ums and uhs", FILLERS)
case("cut-fillers-typo", "remove teh umms pls", FILLERS)
case("cut-fillers-us", "Can you clean up my verbal filler? I say uh way too much", FILLERS)
case("cut-fillers-terse", "de-um it", FILLERS)
case("cut-fillers-uk", "get rid of all the erms, they're driving me mad", FILLERS)
case("cut-um-fist", "cut the um in 'so, um, not tiny'", ONE_FILLER)
case("cut-uh-fingers", "the uh right before 'mind your fingers' can go", ONE_FILLER)
case("cut-uh-paint", "delete the uh in the bit about the leftover paint in the garage", ONE_FILLER)
case("cut-um-panic", "lose the um before don't panic", ONE_FILLER)
case("cut-um-mesh", "just the um at the start of the 'it's fine if you can still see the mesh' line, nothing else", ONE_FILLER)
case("cut-youknow", "remove 'you know' from the damp cloth sentence", phrase_cut(9, "you know", 0.05, 0.25))
case("cut-sortof", "cut the 'sort of' out of the feathering line", phrase_cut(22, "sort of", 0.05, 0.25))
case("cut-pauses", "tighten up the long silences", PAUSES)
case("cut-pauses-deadair", "kill the dead air", PAUSES)
case("cut-pauses-chatty", "there are a few bits where I just stand there saying nothing, can you shorten those gaps?", PAUSES)
case("cut-pause-ridge", "the pause after 'another light sand will sort it' is too long", pause_cut(28))
case("cut-pause-cat", "shorten the silence after the bit about my cat", pause_cut(15))
case("cut-pause-mesh", "trim the gap just before \"Now, the mesh patch\"", pause_cut(9))
case("cut-pause-builder", "the gap after the call-a-builder line drags, tighten it", pause_cut(2))
case("cut-retake", "remove the retake about how big the patch should be", RETAKE)
case("cut-retake-flub", "cut my flub where I say sorry and start again", RETAKE)
case("cut-retake-us", "delete the false start, keep the second attempt", RETAKE)
case("cut-retake-uk", "lose the bit where I get muddled over the centimetres", RETAKE)
case("cut-cat", "cut the aside about Biscuit", sentence_cut(15))
case("cut-price", "delete the sentence about how much the patch kit cost", sentence_cut(5))
case("cut-phrase-coffee", "cut \"which is less than a takeaway coffee these days\"", phrase_cut(5, "which is less than a takeaway coffee these days"))
case("cut-sticky", "cut the line about it being sticky on the back", sentence_cut(14))
case("cut-waiting", "take out where I moan that waiting is the hardest part", sentence_cut(24))
case("cut-eyesshut", "remove the eyes-shut tip", sentence_cut(27))
case("cut-garage", "delete where I mention having leftover paint in the garage", sentence_cut(30))
case("cut-fortymin", "drop the sentence about it taking forty minutes over two days", sentence_cut(33))
case("cut-goodnews", "cut the 'good news is' sentence", sentence_cut(3))
case("cut-bump", "remove the line about seeing a bump once it's painted", sentence_cut(23))
case("cut-filler-time", "get rid of 'Right, filler time.'", sentence_cut(16))
case("cut-phrase-genuinely", "cut the word genuinely", phrase_cut(32, "genuinely"))
case("cut-phrase-cold", "snip 'or overnight if it's cold like my hallway'", phrase_cut(20, "or overnight if it's cold like my hallway"))
case("cut-range-sanding", "cut from 'Okay, sanding' through to the end of the sandpaper sentence", sentence_cut(25, 26))
case("cut-mesh-and-flub", "remove 'Now, the mesh patch.' and the flubbed line right after it", sentence_cut(10, 11))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first4", "cut the first 4 seconds", {"duration_near": [r(D - 4.0), 0.1]})
case("trim-last2", "trim 2 secs off the end", {"duration_lt": r(D - 1.7), "duration_gt": r(D - 2.3)})
case("trim-range-secs", "take out 88.5-90s", {"duration_near": [r(D - 1.5), 0.1]})
case("trim-range-mmss", "remove 1:05 to 1:07", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-start-goodnews", "start the video at 'The good news is'",
     {"duration_lt": r(D - (SEG[3].start - 1.75)), "duration_gt": r(D - (SEG[3].start + 0.05))})
case("trim-end-wallwins", "end it straight after 'the wall wins this round'",
     {"duration_lt": r(SEG[35].end + 0.8), "duration_gt": r(SEG[35].end - 0.05)})
case("trim-gopro-5s", "cut the gopro clip down to 5 secs",
     {**on(GOPRO, start=37.0, within=[37.0, 42.0]), "duration_near": [D, 0.05]}, setup=[ins("m3", 37.0)])
case("trim-paint-3less", "the painting clip's 3 seconds too long, shorten it",
     {**on(PAINT, within=[134.0, 137.0]), "duration_near": [D, 0.05]}, setup=[ins("m11", 134.0)])
case("trim-sand-4", "make sanding dust only 4 seconds long",
     {**on(SAND, start=112.0, within=[112.0, 116.0]), "duration_near": [D, 0.05]}, setup=[ins("m7", 112.0)])
case("move-gopro-038", "move the gopro clip to 0:38", on(GOPRO, start=38.0, count=1), setup=[ins("m3", 30.0)])
case("move-mesh-later", "nudge the mesh close up 2 seconds later", on(MESH, start=62.0, count=1), setup=[ins("m4", 60.0)])
case("move-finished-earlier", "bring the finished wall photo forward by 3 secs", on(DONE, start=139.0, count=1),
     setup=[ins("m9", 142.0, 3.0)])
case("move-doorstop-sentence", "shift the door stop clip so it starts when I talk about screwing the door stop in",
     on(STOP, start=SEG[34].start, tol=0.3, count=1), setup=[ins("m10", 140.0)])
case("reorder-coats", "the two filler clips are the wrong way round, swap them",
     {**on(COAT1, start=77.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 83.0, "tol": 1.0}},
     setup=[ins("m6", 77.0), ins("m5", 83.0)])
case("reorder-paint-first", "painting should come before the finished photo, not after",
     {**on(PAINT, start=134.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 140.0, "tol": 1.0}},
     setup=[ins("m9", 134.0, 3.0), ins("m11", 137.0)])
case("reorder-pxl-first", "put the pxl clip before the gopro one",
     {**on(HOLE, start=30.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 36.0, "tol": 1.0}},
     setup=[ins("m3", 30.0), ins("m2", 38.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-coats", "crossfade between the two filler clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m5", 77.0), ins("m6", 83.0)])
case("transition-dip", "dip to black between sanding dust and the painting clip, 1.5 sec",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.5}}, setup=[ins("m7", 112.0), ins("m11", 118.0)])
case("transition-wipe", "wipe from the pxl clip into the gopro", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m2", 30.0), ins("m3", 36.0)])
case("transition-dissolve", "cross dissolve from the mesh closeup into IMG_8812", {"transition": {"role": "broll"}},
     setup=[ins("m4", 72.0), ins("m5", 77.0)])
case("transition-smooth", "smooth out the cut from the door stop video to the finished photo, some kind of transition",
     {"transition": {"role": "broll"}}, setup=[ins("m10", 147.0), ins("m9", 152.0, 3.0)])
case("effect-fadein", "fade in from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-2s", "2 second fade to black at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 2.0}})
case("effect-warm", "I look a bit blue in this, can you warm the colour up on me", {"effect": {"role": "main", "type": "color"}})
case("effect-bw-gopro", "make the gopro footage black & white", bw(GOPRO), setup=[ins("m3", 37.0)])
case("effect-zoom-finished", "slow zoom in on the finished wall photo", {"effect": {"media": DONE, "type": "zoom"}},
     setup=[ins("m9", 139.0, 4.0)])
case("effect-blur-pxl", "blur the pxl clip a little", {"effect": {"media": HOLE, "type": "blur"}}, setup=[ins("m2", 5.0)])
case("effect-bright-sanding", "sanding dust is way too dark, brighten it up", {"effect": {"media": SAND, "type": "color"}},
     setup=[ins("m7", 112.0)])
case("effect-normalise", "normalise my audio", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the music in at the beginning", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "let the acoustic track fade out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-grey-doorstop", "door stop clip in greyscale", bw(STOP), setup=[ins("m10", 147.0)])
case("effect-kenburns-tools", "ken burns the tools photo", {"effect": {"media": TOOLS, "type": "zoom"}}, setup=[ins("m8", 20.0, 4.0)])
case("speed-sand-2x", "sanding dust twice as fast pls, it's boring", {"speed": {"media": SAND, "value": 2.0}}, setup=[ins("m7", 112.0)])
case("speed-gopro-half", "gopro at 50% speed", {"speed": {"media": GOPRO, "value": 0.5}}, setup=[ins("m3", 37.0)])
case("speed-talk-5pc", "can you speed me up by 5 percent", {"speed": {"role": "main", "value": 1.05}})
case("speed-paint-15", "painting clip 1.5x", {"speed": {"media": PAINT, "value": 1.5}}, setup=[ins("m11", 134.0)])
case("speed-8812-quarter", "IMG_8812 at quarter speed, i want to see the filler going on", {"speed": {"media": COAT1, "value": 0.25}},
     setup=[ins("m5", 77.0)])
case("speed-mesh-75", "mesh close up at 75% speed", {"speed": {"media": MESH, "value": 0.75}}, setup=[ins("m4", 62.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-20", "music down to -20 dB", {"clip_volume": {"role": "music", "db": -20.0}})
case("audio-bed-down6", "drop the acoustic bed by 6db", {"clip_volume": {"role": "music", "db": -22.0}})
case("audio-music-up3", "the music's a bit too quiet, bring it up 3 dB", {"clip_volume": {"role": "music", "db": -13.0}})
case("audio-music-minus24", "set the background music to minus 24", {"clip_volume": {"role": "music", "db": -24.0}})
case("audio-duck", "duck the music when I'm speaking", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-casual", "can the music dip under my voice whenever I talk?", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-10", "duck the bed 10 dB under the talking", {"music_envelope_dips_during_speech": -9.5})
case("audio-mute-music", "mute the backing track", {"track_muted": "music"})
case("audio-voice-up3", "my voice is too quiet, +3 dB on me", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down", "I'm a bit loud, take me down 1.5 dB", {"clip_volume": {"role": "main", "db": -1.5}})
case("audio-unmute", "unmute the music again", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "add a title \"How to Patch a Hole in Drywall\" at the start, 5 seconds",
     {"title": {"text": "How to Patch a Hole in Drywall", "exact": True, "start": 0.0, "duration": 5.0}})
case("title-name", "lower third 'Priya Raman' at 0:01 for 3 secs", {"title": {"text": "Priya Raman", "exact": True, "start": 1.0, "duration": 3.0}})
case("title-price", "caption '£4.50 patch kit' at 0:27", {"title": {"text": "£4.50 patch kit", "exact": True, "start": 27.0}})
case("title-caps", "text \"MIND YOUR FINGERS!\" at 0:41", {"title": {"text": "MIND YOUR FINGERS!", "exact": True, "start": 41.0}})
case("title-overlap", "put 'Overlap 3cm+ every side' on screen at 58s", {"title": {"text": "Overlap 3cm+ every side", "exact": True, "start": 58.0}})
case("title-dry", "title \"Dry overnight 🌙\" at 1:31", {"title": {"text": "Dry overnight 🌙", "exact": True, "start": 91.0}})
case("title-endcard", "end card \"Thanks for watching x\" over the last 5 seconds",
     {"title": {"text": "Thanks for watching x", "exact": True, "start": r(D - 5.0), "duration": 5.0}})
case("title-lower", "title 'the fix' at 2:19", {"title": {"text": "the fix", "exact": True, "start": 139.0}})
case("title-step-sanding", "title 'Step 4: Sand' at the start of the sanding section",
     {"title": {"text": "Step 4: Sand", "exact": True, "start": SEG[25].start}})
case("title-drywall101", "add text that says \"Drywall 101\" at 0:00 for four seconds",
     {"title": {"text": "Drywall 101", "exact": True, "start": 0.0, "duration": 4.0}})

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "remove the ums and the restart",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.36 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one um")
case("multi-pauses-duck", "tighten the pauses and duck the music", {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-gopro-bw", "gopro at 0:37 in black and white", {**on(GOPRO, role=None, start=37.0), **bw(GOPRO)})
case("multi-finished-caption", "finished wall photo at 2:19 with the caption \"Good as new\" at the same time",
     {**on(DONE, role=None, start=139.0), "title": {"text": "Good as new", "exact": True, "start": 139.0}})
case("multi-retake-mesh", "cut the retake, then put the mesh close up over the proper take about the overlap",
     {**RETAKE, **on(MESH, overlaps=[r(SEG[12].start - RETAKE_LEN - 0.3), r(SEG[12].end - RETAKE_LEN + 0.3)])})
case("multi-music-fadein", "music to -22 and fade it in", {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_in"}})
case("multi-sand-mute", "sanding dust at 2x and mute the music", {"speed": {"media": SAND, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m7", 112.0)])
case("multi-trim-title", "chop the first 3 seconds and add a title 'Hole Patch' at the start",
     {"duration_near": [r(D - 3.0), 0.1], "title": {"text": "Hole Patch", "exact": True, "start": 0.0}})
case("multi-paint-fadeout", "painting clip at 2:14, fade it out", {**on(PAINT, role=None, start=134.0), "effect": {"media": PAINT, "type": "fade_out"}})
case("multi-normalise-duck", "normalise my voice, then duck the music under it",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-cat-fillertime", "cut the cat aside and the 'Right, filler time' line after it", sentence_cut(15, 16))

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(GOPRO), history=["put GX010457.MP4 at 0:37"])
case("convo-move-it", "actually move it to 2:27", on(STOP, start=147.0, count=1), history=["put the door stop clip at 2:20"])
case("convo-quieter", "bit quieter still", {"clip_volume": {"role": "music", "db": -21.5, "tol": 3.0}}, history=["music to -18"])
case("convo-louder", "too quiet now, a touch louder", {"clip_volume": {"role": "music", "db": -25.0, "tol": 2.5}},
     history=["set the music to -28 dB"])
case("convo-undo-trim", "undo that", {"matches_initial": True}, history=["cut the first 8 seconds"])
case("convo-scrap-title", "actually scrap that, undo", {"matches_initial": True}, history=["add a title \"Patch It Up\" at the start"])
case("convo-title-longer", "make it stay up for 6 seconds", {"title": {"text": "Patch It Up", "exact": True, "start": 0.0, "duration": 6.0}},
     history=["add a title \"Patch It Up\" at the start"])
case("convo-that-slow", "slow that down to half speed", {"speed": {"media": SAND, "value": 0.5}}, history=["put the sanding clip at 1:52"])
case("convo-same-finished", "same thing with the finished wall photo at 2:19", on(DONE, start=139.0),
     history=["put the tools photo at 0:20"])
case("convo-fade-that", "fade that one out", {"effect": {"media": PAINT, "type": "fade_out"}}, history=["put painting the patch at 2:14"])
case("convo-music-too", "do the music too", {"effect": {"role": "music", "type": "fade_in"}}, history=["fade my video in at the start"])
case("convo-speed-back", "hmm no, normal speed please", {**on(GOPRO, role=None, start=37.0), "speed": {"media": GOPRO, "value": 1.0}},
     history=["put the gopro clip at 0:37", "make it 2x"])
case("convo-title-move", "move that caption to 0:42", {"title": {"text": "Mind your fingers", "exact": True, "start": 42.0}},
     history=["caption \"Mind your fingers\" at 0:40"])
case("convo-other-coat", "and the second coat one at 1:37", on(COAT2, start=97.0), history=["put IMG_8812 at 1:17"])
case("convo-and-pauses", "and the long pauses too",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["remove the ums and uhs"])
case("convo-hold-4s", "leave it up for 4 secs", on(DONE, start=139.0, within=[139.0, 143.0]), history=["put the finished wall photo at 2:19"])
case("convo-retext", "change it to say \"Self-adhesive mesh patch\"", {"title": {"text": "Self-adhesive mesh patch", "exact": True, "start": 62.0}},
     history=["add a caption \"Mesh patch\" at 1:02"])

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is my video right now?", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-cat", "where do I mention the cat?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[15].start)]})
case("question-where-sanding", "at what point do i start on the sanding", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[25].start)]})
case("question-where-price", "when do I say how much the kit was?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[5].start)]})
case("question-where-doorstop", "wheres the bit about the door stop", {"unchanged": True, "reply_has": [mmss(SEG[34].start)]})
case("question-music-level", "what volume is the music on?", {"unchanged": True, "reply_has": ["-16"]})
case("question-unused", "which of my clips aren't in the edit yet?", UNCHANGED)
case("question-um-count", "how many ums have I got in there", UNCHANGED)
case("question-take2", "did I record the ending twice?", UNCHANGED)
case("question-broll-track", "what's on the b-roll track at the moment", {"unchanged": True, "reply_has": [GOPRO, DONE]},
     setup=[ins("m3", 37.0), ins("m9", 139.0, 3.0)])
case("question-mistakes", "did I mess up any lines?", UNCHANGED)
case("question-fps", "what frame rate is this project", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "have I got any sound effects in here?", UNCHANGED)
case("question-after-cut", "ok how long is it now?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]}, history=["cut all the ums"])
case("question-last-change", "what did you just change?", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 4 seconds"])

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "thanks, that looks brilliant", UNCHANGED)
case("chat-biscuit", "lol biscuit would be so proud", UNCHANGED)
case("chat-hi", "hi", UNCHANGED)
case("chat-kettle", "one sec, kettle's on", UNCHANGED)
case("chat-star", "you're a star x", UNCHANGED)
case("chat-thinking", "hmm let me think about what else it needs", UNCHANGED)
case("chat-ok", "ok nice", UNCHANGED)
case("chat-premiere", "this is way easier than premiere tbh", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-drill", "put the drill clip over where I screw in the door stop", UNCHANGED, note="no drill clip")
case("nonedit-missing-img8813", "add IMG_8813.MOV at 1:00", UNCHANGED, note="only IMG_8812 and IMG_8814 exist")
case("nonedit-missing-gx458", "GX010458 at 0:40", UNCHANGED, note="only GX010457 exists")
case("nonedit-missing-catclip", "put the footage of Biscuit on the stairs over the cat bit", UNCHANGED, note="she says she didn't film the cat")
case("nonedit-missing-cables", "cut the part where I talk about checking for pipes and cables behind the wall", UNCHANGED, note="never said")
case("nonedit-missing-wallpaper", "remove the sentence about the wallpaper", UNCHANGED, note="never said")
case("nonedit-missing-spiritlevel", "delete where I go on about the spirit level", UNCHANGED, note="never said")
case("nonedit-missing-timelapse", "put the timelapse of the filler drying at 1:35", UNCHANGED, note="no timelapse")
case("nonedit-missing-screwgun", "add the screwdriver sound at 2:27", UNCHANGED, note="the only sound effect is a door slam")
case("nonedit-missing-receipt", "receipt pic over where I say the price", UNCHANGED, note="no receipt photo")
case("nonedit-missing-drone", "drone shot over the intro", UNCHANGED, note="no drone footage")
case("nonedit-offtimeline-slam", "turn the door slam down 3 dB", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-gopro", "make the gopro clip slow motion", UNCHANGED, note="the GoPro clip is only in the bin")
case("nonedit-offtimeline-take2", "mute outro_retake_02", UNCHANGED, note="the take is only in the bin")
case("nonedit-offtimeline-pxl", "blur the pxl video", UNCHANGED, note="the PXL clip is only in the bin")
case("nonedit-ambig-fillerclip", "put the filler clip at 1:17", UNCHANGED, note="IMG_8812 (first coat) and IMG_8814 (second coat)")
case("nonedit-ambig-img", "the IMG video over the filler bit", UNCHANGED, note="two IMG_ videos, several filler sentences")
case("nonedit-ambig-photo", "put the photo at 0:30", UNCHANGED, note="two stills")
case("nonedit-ambig-jpg", "the jpg at 2:19", UNCHANGED, note="both stills are .jpg")
case("nonedit-ambig-phone", "put the phone video at 0:05", UNCHANGED, note="PXL_ (Pixel) and two IMG_ (iPhone) videos")
case("nonedit-ambig-coat-bw", "make the coat of filler clip black and white", UNCHANGED, note="both filler clips are on the timeline",
     setup=[ins("m5", 77.0), ins("m6", 97.0)])
case("nonedit-ambig-doorhandle", "cut where I say door handle", UNCHANGED, note="said three times (1, 35, 37)")
case("nonedit-ambig-dry", "delete the sentence about leaving it to dry", UNCHANGED, note="said twice (20, 24)")
case("nonedit-ambig-thincoat", "remove the line with 'thin coat' in it", UNCHANGED, note="17, 18 (and 31 'thin coats')")
case("nonedit-ambig-edges", "cut the bit about the edges", UNCHANGED, note="6, 7, 22, 26, 27")
case("nonedit-ambig-patchkit", "delete the sentence that mentions the patch kit", UNCHANGED, note="5 and 36")
case("nonedit-inside-dust", "get rid of the dust cloud in sanding dust.mov", UNCHANGED, setup=[ins("m7", 112.0)])
case("nonedit-inside-hole", "make the hole in the pxl clip look smaller", UNCHANGED, setup=[ins("m2", 5.0)])
case("nonedit-inside-fingers", "remove my fingers from the mesh patch close up", UNCHANGED, setup=[ins("m4", 62.0)])
case("nonedit-inside-brand", "what brand is the filler tub in IMG_8820?", UNCHANGED)
case("nonedit-inside-neighbour", "take out the neighbour's drilling in the background around 0:50", UNCHANGED, note="no such sound in the talk")

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-from-sanding", "cut everything from the sanding bit to the end", {"confirm": True})
case("confirm-first-90", "delete the first minute and a half", {"confirm": True})
case("confirm-under-minute", "make the whole thing under a minute", {"confirm": True})
case("confirm-range", "chop 0:40 to 1:40", {"confirm": True})
case("confirm-before-filler", "lose everything before 'Right, filler time'", {"confirm": True})
case("confirm-delete-talk", "remove my talking clip entirely", {"confirm": True})
case("confirm-last30", "only keep the final 30 seconds", {"confirm": True})
case("confirm-after-100", "bin everything after 1:40", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "k_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out)
