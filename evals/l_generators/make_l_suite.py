"""Writes l_heldout.jsonl from the cases below; every expected time is computed from project L's
transcript (project_l_keyboard.SCRIPT through talk_project.timed_script), never typed by hand.

    PYTHONPATH=/work/main:. /work/main/.venv/bin/python make_l_suite.py

Bound conventions (the same as suites H to K): D is the fresh timeline's length (151.87 s: the talk
file holds ceil(T * 30) frames, T being timed_script's total, and the timeline is those frames).
  all fillers:   D - 0.35*n  >  after  >  D - (0.5*n + 1.8)
  one filler:    D - 0.31 > after > D - 0.61
  a phrase:      D - (len - lo)  >  after  >  D - (len + hi)   (lo/hi 0.1/0.4, or 0.05/0.25 for one short word)
  a sentence:    D - (len - 0.05)  >  after  >  D - (len + pause after + 0.35)
  one pause p:   D - (p - 1.0)  >  after  >  D - (p + 0.05)
  all pauses:    D - 3.0  >  after  >  D - (sum of every pause + 0.5)
  the retake:    removed between (to next sentence) - 0.35 and + 0.35
Ducking is checked at -6 dB (or -9.5 for "10 dB"), which an envelope read as an offset or as an
absolute level both reach, since the bed already sits at -18 dB.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from project_l_keyboard import BROLL, MUSIC, SCRIPT, SFX, TAKE2, TALK, timed_script  # noqa: F401

SEG, WORDS, _T = timed_script(SCRIPT)
D = round(math.ceil(round(_T * 30, 6)) / 30, 2)  # the fresh timeline: 4556 frames / 30 = 151.87
PAUSE = [p for _t, p in SCRIPT]
NFILL = sum(w.text.lower().strip(",.") in {"um", "uh"} for w in WORDS)  # 7

M = {i + 2: b[0] for i, b in enumerate(BROLL)}  # m2..m11
KIT, OPENER, LUBE, STAB, RATTLE, FIXED, CAPS, TRAY, DONE, SOUND = (M[i] for i in range(2, 12))


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


FILLERS = {"duration_lt": r(D - 0.35 * NFILL), "duration_gt": r(D - (0.5 * NFILL + 1.8))}
ONE_FILLER = {"duration_lt": r(D - 0.31), "duration_gt": r(D - 0.61)}
ALL_PAUSES = sum(PAUSE)
PAUSES = {"duration_lt": r(D - 3.0), "duration_gt": r(D - (ALL_PAUSES + 0.5))}
RETAKE_LEN = SEG[18].start - SEG[17].start
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
    CASES.append({"id": f"l-{cid}", "message": message, "expect": expect, **extra})


UNCHANGED = {"unchanged": True}

# --- B-roll over parts described by what is said, what the media shows, or loose file names -------
case("broll-dji-kitprice", "put the DJI clip over where I say what kit it is and what it cost", over(KIT, 2))
case("broll-unboxing-intro", "can we open on the unboxing shot, like over my hello at the very start", over(KIT, 0))
case("broll-overhead-hotswap", "the overhead kit shot over the bit where i explain it's hot swap so no soldering", over(KIT, 22))
case("broll-opener-fourclip", "switch opener close up over where I explain it clips over four at a time", over(OPENER, 7))
case("broll-opener-firstup", "opener clip on top of 'First up, opening the switches'", over(OPENER, 6))
case("broll-dsc-springs", "DSC04471 over the springs flying off under the desk bit", over(TRAY, 8))
case("broll-tray-fourparts", "parts tray photo over where i list the four parts of a switch", over(TRAY, 9))
case("broll-tray-price", "the pic of all the switches in the tray while I'm saying what the switches cost", over(TRAY, 3))
case("broll-c0051-thinlayer", "C0051 over the thin layer on the sides of the stem", over(LUBE, 11))
case("broll-lubing-legs", "lubing footage over my warning about not getting it on the legs", over(LUBE, 12))
case("broll-lube-hours", "the lube vid over where I say how long seventy switches took me", over(LUBE, 13))
case("broll-c51-nowlube", "c51 over \"Now, the lube.\"", over(LUBE, 10))
case("broll-c0055-feet", "C0055 over the proper take where I explain clipping the feet off (not the one I fluff)", over(STAB, 18))
case("broll-cutters-wire", "flush cutter clip over the dab of grease on the wire ends", over(STAB, 19))
case("broll-4410-worst", "IMG_4410 over where I moan the stabiliser was the worst", over(RATTLE, 16))
case("broll-rattle-coins", "the rattly spacebar clip over the tin of coins line", over(RATTLE, 4))
case("broll-4413-thock", "4413 over the thock line", over(FIXED, 20))
case("broll-afterfix-after", "Put the spacebar-after-the-fix clip over the sentence where I say \"here's the after\".", over(FIXED, 32))
case("broll-caps-puller", "keycap swap over pulling the old caps off with the puller", over(CAPS, 27))
case("broll-caps-pbt", "keycap swap clip where I talk about the new PBT set", over(CAPS, 26))
case("broll-caps-shiny", "keycap swap.mov over the shiny plastic stock caps moan", over(CAPS, 25))
case("broll-caps-funbit", "keycap footage over 'now the fun bit'", over(CAPS, 24))
case("broll-mic-soundtest", "sound test clip over where I announce the sound test", over(SOUND, 29))
case("broll-mic-distance", "mic clip over the bit where i explain how far the microphone is from the board", over(SOUND, 30))
case("broll-mic-before", "sound test mic.mp4 over \"here's the before\"", over(SOUND, 31))
case("broll-finished-again", "finished board photo over 'would I do it again'", over(DONE, 34))
case("broll-finished-total", "finished board on desk.jpg over where i add up the total spend", over(DONE, 33))
case("broll-finished-signoff", "the finished keyboard pic over my sign off at the end", over(DONE, 36))

# --- times and positions ---------------------------------------------------------------------------
case("time-dji-9s", "DJI_20261108_142233_0187 at 9 seconds", on(KIT, start=9.0))
case("time-opener-033", "switch opener clip at 0:33", on(OPENER, start=33.0))
case("time-c0051-049", "C0051 in at 0:49 please", on(LUBE, start=49.0))
case("time-c0055-words", "C0055 at one minute seventeen", on(STAB, start=77.0))
case("time-4410-1m08", "put 4410 in at 1m08", on(RATTLE, start=68.0))
case("time-4413-126", "IMG_4413 @ 1:26", on(FIXED, start=86.0))
case("time-caps-decimal", "keycap swap.mov @ 111.5s", on(CAPS, start=111.5))
case("time-kaching-010", "ka-ching at 0:10", on(SFX, role=None, start=10.0))
case("time-kaching-timecode", "cash register sfx at 00:01:47:15 (30fps)", on(SFX, role=None, start=107.5))
case("time-finished-4s", "finished board pic at 2:19 for 4 secs", on(DONE, start=139.0, within=[139.0, 143.0]))
case("time-mic-203", "sound test clip at 2:03", on(SOUND, start=123.0))
case("time-tray-about15", "tray photo at about 15 seconds in, doesn't need to be exact", on(TRAY, start=15.0, tol=1.5))
case("time-caps-ish", "keycap swap somewhere around 1:51 ish", on(CAPS, start=111.0, tol=1.5))
case("time-4410-after-worst", "IMG_4410 two secs into the 'spacebar stabiliser was the worst' sentence",
     on(RATTLE, start=r(SEG[16].start + 2.0), tol=0.3))
case("time-c51-1s-after", "c0051 one second after I start saying 'Now, the lube'", on(LUBE, start=r(SEG[10].start + 1.0), tol=0.3))
case("time-mic-before-end", "sound test clip 15 seconds before the end", on(SOUND, start=r(D - 15.0), tol=0.3))
case("pos-dji-open", "open the video with the dji unboxing shot", on(KIT, start=0.0))
case("pos-finished-end", "end on the photo of the finished board", on(DONE, role=None, overlaps=[r(D - 5.0), 400.0]))
case("pos-tray-middle", "switch tray photo right in the middle of the video", on(TRAY, start=r(D / 2), tol=1.5))
case("pos-kaching-95", "ka-ching sound exactly on 'ninety-five dollars'", on(SFX, role=None, overlaps=list(phrase(2, "ninety-five dollars"))))
case("pos-kaching-42", "cash register sound on the words 'forty-two dollars'", on(SFX, role=None, overlaps=list(phrase(26, "forty-two dollars"))))
case("pos-kaching-playhead", "pop the ka-ching in here", on(SFX, role=None, start=107.0), playhead=107.0)
case("pos-caption-playhead", "caption \"Sides of the stem, not the legs\" right here",
     {"title": {"text": "Sides of the stem, not the legs", "exact": True, "start": 53.0}}, playhead=53.0)
case("pos-selected-bw", "make the selected one black and white", bw(FIXED),
     setup=[ins("m6", 68.0), ins("m7", 86.0)], selection=["c4"], note="c4 is IMG_4413.MOV (setup makes c3, c4)")
case("pos-selected-slow", "slow the clip I've got selected to half speed", {"speed": {"media": LUBE, "value": 0.5}},
     setup=[ins("m4", 49.0), ins("m8", 111.0)], selection=["c3"], note="c3 is C0051.MP4")
case("pos-title-lube", "title 'Step 2: Lube' when I get to 'Now, the lube'",
     {"title": {"text": "Step 2: Lube", "exact": True, "start": SEG[10].start}})

# --- cuts: fillers, pauses, the retake, sentences, phrases, ranges ---------------------------------
case("cut-fillers", "take out all the ums and uhs", FILLERS)
case("cut-fillers-typo", "remvoe the umms and uhhs pls", FILLERS)
case("cut-fillers-us", "Can you clean up my filler words? I say um constantly", FILLERS)
case("cut-fillers-terse", "no ums", FILLERS)
case("cut-fillers-uk", "get rid of all my erms and errs, cringe", FILLERS)
case("cut-um-cracked", "cut the um before 'I finally cracked'", ONE_FILLER)
case("cut-uh-tray", "the uh at the start of the do-this-over-a-tray line can go", ONE_FILLER)
case("cut-um-pin", "delete the um right before check every pin is straight", ONE_FILLER)
case("cut-uh-before", "lose the uh in 'here's the before'", ONE_FILLER)
case("cut-um-timelube", "just the um in the take your time with the lube sentence, nothing else", ONE_FILLER)
case("cut-like", "remove the 'like' where I say the switches are a bit scratchy", phrase_cut(4, "like", 0.05, 0.25))
case("cut-basically", "cut the word basically", phrase_cut(9, "basically", 0.05, 0.25))
case("cut-pauses", "tighten up the long silences", PAUSES)
case("cut-pauses-deadair", "remove dead air", PAUSES)
case("cut-pauses-chatty", "there's a few spots where I just stare at the camera saying nothing, can you shorten those gaps", PAUSES)
case("cut-pause-95", "the pause after 'the bare kit was ninety-five dollars' is way too long", pause_cut(2))
case("cut-pause-jonno", "shorten the silence after the bit about my flatmate", pause_cut(14))
case("cut-pause-lube", "trim the gap just before \"Now, the lube\"", pause_cut(9))
case("cut-pause-soundtest", "the gap right before and now the sound test drags, tighten it", pause_cut(28))
case("cut-retake", "remove the retake about clipping the stabiliser feet", RETAKE)
case("cut-retake-flub", "cut my flub where I say sorry and start again", RETAKE)
case("cut-retake-us", "delete the false start and keep the second attempt", RETAKE)
case("cut-retake-uk", "lose the bit where I get muddled over the millimetres", RETAKE)
case("cut-jonno", "cut the aside about Jonno", sentence_cut(14))
case("cut-podcast", "delete the sentence about how long lubing seventy switches took", sentence_cut(13))
case("cut-again", "delete the whole 'would I do it again' sentence", sentence_cut(34))
case("cut-keycap-price", "remove the line about the new keycaps, the PBT cherry profile one", sentence_cut(26))
case("cut-shiny", "cut where I slag off the stock caps for being shiny", sentence_cut(25))
case("cut-backtogether", "get rid of 'Okay, putting it back together.'", sentence_cut(21))
case("cut-mic-distance", "drop the sentence about where the microphone is", sentence_cut(30))
case("cut-fiftycents", "delete the switch price line, the fifty cents a switch one", sentence_cut(3))
case("cut-worst", "cut the line where I say the spacebar stabiliser was the worst", sentence_cut(16))
case("cut-bentpin", "cut the bent pin warning", sentence_cut(23))
case("cut-phrase-podcast", "cut \"with a podcast on in the background\"", phrase_cut(13, "with a podcast on in the background"))
case("cut-phrase-sandwiches", "snip 'and asked if I was making tiny sandwiches'", phrase_cut(14, "and asked if i was making tiny sandwiches"))
case("cut-phrase-wiggling", "take out the words no wiggling", phrase_cut(27, "no wiggling"))
case("cut-range-together", "cut from 'Okay, putting it back together' through to the end of the circuit board sentence", sentence_cut(21, 22))
case("cut-range-soundtest", "remove 'And now, the sound test.' and the microphone line right after it", sentence_cut(29, 30))

# --- trims and moves -------------------------------------------------------------------------------
case("trim-first4", "cut the first 4 seconds", {"duration_near": [r(D - 4.0), 0.1]})
case("trim-last2", "trim 2 secs off the end", {"duration_lt": r(D - 1.7), "duration_gt": r(D - 2.3)})
case("trim-range-secs", "take out 88.5-90s", {"duration_near": [r(D - 1.5), 0.1]})
case("trim-range-mmss", "remove 1:05 to 1:07", {"duration_near": [r(D - 2.0), 0.1]})
case("trim-start-kit", "start the video at 'This is a sixty-five percent kit'",
     {"duration_lt": r(D - (SEG[2].start - 1.75)), "duration_gt": r(D - (SEG[2].start + 0.05))})
case("trim-end-secondboard", "end it straight after 'I'm already eyeing up a second board'",
     {"duration_lt": r(SEG[34].end + 0.8), "duration_gt": r(SEG[34].end - 0.05)})
case("trim-c0055-4s", "cut C0055 down to 4 secs",
     {**on(STAB, start=77.0, within=[77.0, 81.0]), "duration_near": [D, 0.05]}, setup=[ins("m5", 77.0)])
case("trim-mic-3less", "the sound test clip is 3 seconds too long, shorten it",
     {**on(SOUND, within=[123.0, 128.0]), "duration_near": [D, 0.05]}, setup=[ins("m11", 123.0)])
case("trim-caps-4", "make keycap swap only 4 seconds long",
     {**on(CAPS, start=111.0, within=[111.0, 115.0]), "duration_near": [D, 0.05]}, setup=[ins("m8", 111.0)])
case("move-c0055-118", "move C0055 to 1:18", on(STAB, start=78.0, count=1), setup=[ins("m5", 70.0)])
case("move-lube-later", "nudge the lube clip 2 seconds later", on(LUBE, start=49.0, count=1), setup=[ins("m4", 47.0)])
case("move-finished-earlier", "bring the finished board photo forward by 3 secs", on(DONE, start=139.0, count=1),
     setup=[ins("m10", 142.0, 3.0)])
case("move-caps-sentence", "shift the keycap swap clip so it starts when I talk about pulling the old caps",
     on(CAPS, start=SEG[27].start, tol=0.3, count=1), setup=[ins("m8", 100.0)])
case("reorder-spacebar", "the two spacebar clips are the wrong way round, swap them",
     {**on(RATTLE, start=68.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 73.0, "tol": 1.0}},
     setup=[ins("m7", 68.0), ins("m6", 73.0)])
case("reorder-mic-first", "the finished photo should come after the sound test clip, not before",
     {**on(SOUND, start=123.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 131.0, "tol": 1.0}},
     setup=[ins("m10", 123.0, 3.0), ins("m11", 126.0)])
case("reorder-dji-first", "put the dji clip before the switch opener one",
     {**on(KIT, start=30.0, tol=1.0), "clip_boundary_at": {"role": "broll", "time": 37.0, "tol": 1.0}},
     setup=[ins("m3", 30.0), ins("m2", 36.0)])

# --- transitions, effects, speed -------------------------------------------------------------------
case("transition-crossfade-spacebar", "crossfade between the two spacebar clips", {"transition": {"role": "broll", "kind": "crossfade"}},
     setup=[ins("m6", 68.0), ins("m7", 73.0)])
case("transition-dip", "dip to black between C0051 and C0055, 1 sec",
     {"transition": {"role": "broll", "kind": "dip_to_black", "duration": 1.0}}, setup=[ins("m4", 49.0), ins("m5", 57.0)])
case("transition-wipe", "wipe from the switch opener clip into the lube one", {"transition": {"role": "broll", "kind": "wipe"}},
     setup=[ins("m3", 43.0), ins("m4", 49.0)])
case("transition-dissolve", "cross dissolve from keycap swap into the finished photo", {"transition": {"role": "broll"}},
     setup=[ins("m8", 111.0), ins("m10", 117.0, 3.0)])
case("transition-smooth", "the jump from the mic clip to the finished pic is harsh, smooth it with some kind of transition",
     {"transition": {"role": "broll"}}, setup=[ins("m11", 123.0), ins("m10", 131.0, 3.0)])
case("effect-fadein", "fade in from black at the start", {"effect": {"role": "main", "type": "fade_in"}})
case("effect-fadeout-3s", "3 second fade to black at the end", {"effect": {"role": "main", "type": "fade_out", "duration": 3.0}})
case("effect-colour", "my skin looks kind of green under the desk lamp, can you fix the colour on me", {"effect": {"role": "main", "type": "color"}})
case("effect-bw-c0055", "make C0055 black & white", bw(STAB), setup=[ins("m5", 77.0)])
case("effect-zoom-finished", "slow zoom in on the finished board photo", {"effect": {"media": DONE, "type": "zoom"}},
     setup=[ins("m10", 139.0, 4.0)])
case("effect-blur-dji", "blur the dji clip a bit", {"effect": {"media": KIT, "type": "blur"}}, setup=[ins("m2", 9.0)])
case("effect-bright-mic", "the sound test clip is way too dark, brighten it", {"effect": {"media": SOUND, "type": "color"}},
     setup=[ins("m11", 123.0)])
case("effect-normalise", "normalise my audio", {"effect": {"role": "main", "type": "normalize"}})
case("effect-music-in", "fade the music in at the beginning", {"effect": {"role": "music", "type": "fade_in"}})
case("effect-music-out", "let the lofi track fade out at the end", {"effect": {"role": "music", "type": "fade_out"}})
case("effect-grey-4410", "IMG_4410 in greyscale", bw(RATTLE), setup=[ins("m6", 68.0)])
case("effect-kenburns-tray", "ken burns the tray photo", {"effect": {"media": TRAY, "type": "zoom"}}, setup=[ins("m9", 15.0, 4.0)])
case("speed-lube-2x", "lube clip twice as fast, it's dragging", {"speed": {"media": LUBE, "value": 2.0}}, setup=[ins("m4", 49.0)])
case("speed-c0055-half", "C0055 at 50% speed", {"speed": {"media": STAB, "value": 0.5}}, setup=[ins("m5", 77.0)])
case("speed-talk-10pc", "speed me up by 10 percent, I talk slow", {"speed": {"role": "main", "value": 1.1}})
case("speed-caps-15", "keycap swap 1.5x", {"speed": {"media": CAPS, "value": 1.5}}, setup=[ins("m8", 111.0)])
case("speed-dji-quarter", "DJI clip at quarter speed so you can see everything in the box", {"speed": {"media": KIT, "value": 0.25}},
     setup=[ins("m2", 9.0)])
case("speed-4413-75", "4413 at 75% speed", {"speed": {"media": FIXED, "value": 0.75}}, setup=[ins("m7", 86.0)])

# --- audio -----------------------------------------------------------------------------------------
case("audio-music-24", "music down to -24 dB", {"clip_volume": {"role": "music", "db": -24.0}})
case("audio-bed-down4", "drop the lofi beat by 4db", {"clip_volume": {"role": "music", "db": -22.0}})
case("audio-music-up3", "the music is kinda quiet, bring it up 3 dB", {"clip_volume": {"role": "music", "db": -15.0}})
case("audio-music-minus26", "set the background music to minus 26", {"clip_volume": {"role": "music", "db": -26.0}})
case("audio-duck", "duck the music when I'm talking", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-casual", "can the beat sort of dip under my voice whenever i speak", {"music_envelope_dips_during_speech": DUCK})
case("audio-duck-10", "duck the music 10 dB under the talking", {"music_envelope_dips_during_speech": -9.5})
case("audio-mute-music", "mute the backing track", {"track_muted": "music"})
case("audio-voice-up3", "I'm too quiet, +3 dB on my voice", {"clip_volume": {"role": "main", "db": 3.0}})
case("audio-voice-down", "my voice is a bit hot, take it down 1.5 dB", {"clip_volume": {"role": "main", "db": -1.5}})
case("audio-unmute", "unmute the music again", {"track_unmuted": "music"}, history=["mute the music"])

# --- titles (quoted text keeps its case) -----------------------------------------------------------
case("title-open", "add a title \"My First Mechanical Keyboard\" at the start, 5 seconds",
     {"title": {"text": "My First Mechanical Keyboard", "exact": True, "start": 0.0, "duration": 5.0}})
case("title-name", "lower third 'Marcus Bell' at 0:01 for 3 secs", {"title": {"text": "Marcus Bell", "exact": True, "start": 1.0, "duration": 3.0}})
case("title-price", "caption '$95 barebones kit' at 0:09", {"title": {"text": "$95 barebones kit", "exact": True, "start": 9.0}})
case("title-caps", "text \"DON'T LUBE THE LEGS!\" at 0:53", {"title": {"text": "DON'T LUBE THE LEGS!", "exact": True, "start": 53.0}})
case("title-distance", "put '30 cm from the mic' on screen at 2:03", {"title": {"text": "30 cm from the mic", "exact": True, "start": 123.0}})
case("title-thock", "title \"thock 🔊\" at 1:26", {"title": {"text": "thock 🔊", "exact": True, "start": 86.0}})
case("title-endcard", "end card \"Thanks for watching!\" over the last 5 seconds",
     {"title": {"text": "Thanks for watching!", "exact": True, "start": r(D - 5.0), "duration": 5.0}})
case("title-lower", "title 'before / after' at 2:07", {"title": {"text": "before / after", "exact": True, "start": 127.0}})
case("title-step-stabs", "title 'Step 3: Stabilisers' at the start of the stabiliser section",
     {"title": {"text": "Step 3: Stabilisers", "exact": True, "start": SEG[15].start}})
case("title-total", "add text that says \"Total: $175\" at 2:15 for four seconds",
     {"title": {"text": "Total: $175", "exact": True, "start": 135.0, "duration": 4.0}})

# --- several things in one message -----------------------------------------------------------------
case("multi-fillers-retake", "remove the ums and the restart",
     {"duration_lt": r(D - (RETAKE_LEN - 0.35) - 0.36 * (NFILL - 1)), "duration_gt": r(D - (RETAKE_LEN + 0.35) - 0.5 * (NFILL - 1) - 1.8)},
     note="the retake holds one uh")
case("multi-pauses-duck", "tighten the pauses and duck the music", {"duration_lt": r(D - 3.0), "music_envelope_dips_during_speech": DUCK})
case("multi-c0055-bw", "C0055 at 1:17 in black and white", {**on(STAB, role=None, start=77.0), **bw(STAB)})
case("multi-finished-caption", "finished board photo at 2:19 with the caption \"Built it myself\" at the same time",
     {**on(DONE, role=None, start=139.0), "title": {"text": "Built it myself", "exact": True, "start": 139.0}})
case("multi-retake-stab", "cut the retake, then put C0055 over the proper take about clipping the feet",
     {**RETAKE, **on(STAB, overlaps=[r(SEG[18].start - RETAKE_LEN - 0.3), r(SEG[18].end - RETAKE_LEN + 0.3)])})
case("multi-music-fadein", "music to -22 and fade it in", {"clip_volume": {"role": "music", "db": -22.0}, "effect": {"role": "music", "type": "fade_in"}})
case("multi-lube-mute", "lube clip at 2x and mute the music", {"speed": {"media": LUBE, "value": 2.0}, "track_muted": "music"},
     setup=[ins("m4", 49.0)])
case("multi-trim-title", "chop the first 3 seconds and add a title 'Keyboard Build' at the start",
     {"duration_near": [r(D - 3.0), 0.1], "title": {"text": "Keyboard Build", "exact": True, "start": 0.0}})
case("multi-mic-fadeout", "sound test clip at 2:03, fade it out", {**on(SOUND, role=None, start=123.0), "effect": {"media": SOUND, "type": "fade_out"}})
case("multi-normalise-duck", "normalize my voice then duck the music under it",
     {"effect": {"role": "main", "type": "normalize"}, "music_envelope_dips_during_speech": DUCK})
case("multi-jonno-stabs", "cut the Jonno aside and the 'Right, stabilisers' line after it", sentence_cut(14, 15))

# --- conversation follow-ups -----------------------------------------------------------------------
case("convo-it-bw", "make it black and white", bw(STAB), history=["put C0055.MP4 at 1:17"])
case("convo-move-it", "actually move it to 2:23", on(DONE, start=143.0, count=1), history=["put the finished board photo at 2:19"])
case("convo-quieter", "bit quieter still", {"clip_volume": {"role": "music", "db": -25.5, "tol": 3.0}}, history=["music to -22"])
case("convo-louder", "too quiet now, bit louder", {"clip_volume": {"role": "music", "db": -27.0, "tol": 2.5}},
     history=["set the music to -30 dB"])
case("convo-undo-trim", "undo that", {"matches_initial": True}, history=["cut the first 8 seconds"])
case("convo-scrap-title", "nah scrap that, undo", {"matches_initial": True}, history=["add a title \"Thock Build\" at the start"])
case("convo-title-longer", "make it stay up for 6 seconds", {"title": {"text": "Thock Build", "exact": True, "start": 0.0, "duration": 6.0}},
     history=["add a title \"Thock Build\" at the start"])
case("convo-that-slow", "slow that down to half speed", {"speed": {"media": LUBE, "value": 0.5}}, history=["put the lube clip at 0:49"])
case("convo-same-finished", "same thing with the finished board photo at 2:19", on(DONE, start=139.0),
     history=["put the tray photo at 0:15"])
case("convo-fade-that", "fade that one out", {"effect": {"media": SOUND, "type": "fade_out"}}, history=["put sound test mic at 2:03"])
case("convo-music-too", "do the music too", {"effect": {"role": "music", "type": "fade_in"}}, history=["fade my video in at the start"])
case("convo-speed-back", "hmm no, normal speed please", {**on(KIT, role=None, start=9.0), "speed": {"media": KIT, "value": 1.0}},
     history=["put the dji clip at 0:09", "make it 2x"])
case("convo-title-move", "move that caption to 0:54", {"title": {"text": "Not the legs!", "exact": True, "start": 54.0}},
     history=["caption \"Not the legs!\" at 0:52"])
case("convo-other-spacebar", "and the after one at 1:26", on(FIXED, start=86.0), history=["put IMG_4410 at 1:08"])
case("convo-and-pauses", "and the long pauses too",
     {"duration_lt": r(D - 3.0 - 0.35 * NFILL), "duration_gt": r(D - (ALL_PAUSES + 0.5) - 0.5 * NFILL - 1.8)},
     history=["remove the ums and uhs"])
case("convo-hold-4s", "leave it up for 4 secs", on(DONE, start=139.0, within=[139.0, 143.0]), history=["put the finished board photo at 2:19"])
case("convo-retext", "change it to say \"Hot-swap PCB, no soldering\"", {"title": {"text": "Hot-swap PCB, no soldering", "exact": True, "start": 92.0}},
     history=["add a caption \"Hot-swap\" at 1:32"])

# --- questions: must not edit ----------------------------------------------------------------------
case("question-length", "how long is the video right now?", {"unchanged": True, "special": "answer", "reply_has": [mmss(D)]})
case("question-where-jonno", "where do I mention Jonno?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[14].start)]})
case("question-where-stabs", "at what point do i start on the stabilisers", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[15].start)]})
case("question-where-capprice", "when do I say how much the keycaps were?", {"unchanged": True, "special": "answer", "reply_has": [mmss(SEG[26].start)]})
case("question-where-soundtest", "wheres the sound test bit", {"unchanged": True, "reply_has": [mmss(SEG[29].start)]})
case("question-music-level", "what level is the music at?", {"unchanged": True, "reply_has": ["-18"]})
case("question-unused", "which clips haven't I used yet?", UNCHANGED)
case("question-um-count", "how many times do I say um", UNCHANGED)
case("question-take2", "did I do a second take of the outro?", UNCHANGED)
case("question-broll-track", "what's on the b-roll track right now", {"unchanged": True, "reply_has": [STAB, DONE]},
     setup=[ins("m5", 77.0), ins("m10", 139.0, 3.0)])
case("question-mistakes", "did I fluff any lines?", UNCHANGED)
case("question-fps", "whats the frame rate on this", {"unchanged": True, "reply_has": ["30"]})
case("question-sfx", "do I have any sound effects?", UNCHANGED)
case("question-after-cut", "ok how long is it now?", {"unchanged": True, "duration_lt": FILLERS["duration_lt"]}, history=["cut all the ums"])
case("question-last-change", "what did you just do?", {"unchanged": True, "reply_has": ["fade"]}, history=["fade the music out over 4 seconds"])

# --- chit-chat: must not edit ----------------------------------------------------------------------
case("chat-thanks", "cheers, that looks sick", UNCHANGED)
case("chat-jonno", "lmao jonno is going to love this", UNCHANGED)
case("chat-hey", "hey", UNCHANGED)
case("chat-brb", "brb grabbing food", UNCHANGED)
case("chat-legend", "you're a legend", UNCHANGED)
case("chat-thinking", "hmm gonna think about what else it needs", UNCHANGED)
case("chat-cool", "cool cool", UNCHANGED)
case("chat-davinci", "honestly this beats fighting with davinci resolve", UNCHANGED)

# --- things that do not exist, are not on the timeline, are ambiguous or inside a picture: must not edit
case("nonedit-missing-solder", "put the soldering clip over where I talk about the circuit board", UNCHANGED, note="hot-swap: no soldering clip")
case("nonedit-missing-img4411", "add IMG_4411.MOV at 1:00", UNCHANGED, note="only IMG_4410 and IMG_4413 exist")
case("nonedit-missing-c0052", "C0052 at 0:50", UNCHANGED, note="only C0042, C0051 and C0055 exist")
case("nonedit-missing-jonnoclip", "put the clip of Jonno walking in over the sandwich bit", UNCHANGED, note="Jonno is in no media")
case("nonedit-missing-films", "cut the part where I talk about switch films", UNCHANGED, note="never said")
case("nonedit-missing-wristrest", "remove the sentence about the wrist rest", UNCHANGED, note="never said")
case("nonedit-missing-firmware", "delete where I go on about flashing the firmware", UNCHANGED, note="never said")
case("nonedit-missing-timelapse", "put the timelapse of me lubing at 0:50", UNCHANGED, note="no timelapse")
case("nonedit-missing-typingsfx", "add the typing sound effect at 2:05", UNCHANGED, note="the only sound effect is a cash register")
case("nonedit-missing-receipt", "receipt screenshot over the total spend", UNCHANGED, note="no receipt")
case("nonedit-missing-rgb", "RGB lighting clip over the intro", UNCHANGED, note="no RGB footage")
case("nonedit-offtimeline-kaching", "turn the ka-ching down 3 dB", UNCHANGED, note="the sound effect is only in the bin")
case("nonedit-offtimeline-c0055", "make C0055 slow motion", UNCHANGED, note="C0055 is only in the bin")
case("nonedit-offtimeline-take2", "mute ZOOM0007_Tr1", UNCHANGED, note="the take is only in the bin")
case("nonedit-offtimeline-dji", "blur the dji video", UNCHANGED, note="the DJI clip is only in the bin")
case("nonedit-ambig-spacebarclip", "put the spacebar clip at 1:08", UNCHANGED, note="IMG_4410 (before) and IMG_4413 (after)")
case("nonedit-ambig-iphone", "the iphone video over the stabiliser bit", UNCHANGED, note="two IMG_ videos, several stabiliser sentences")
case("nonedit-ambig-photo", "put the photo at 0:15", UNCHANGED, note="two stills")
case("nonedit-ambig-sony", "the sony clip at 0:50", UNCHANGED, note="C0051 and C0055 (and the talk, C0042)")
case("nonedit-ambig-c005", "drop the C005 clip in at 1:20", UNCHANGED, note="C0051 and C0055")
case("nonedit-ambig-spacebar-bw", "make the spacebar clip black and white", UNCHANGED, note="both spacebar clips are on the timeline",
     setup=[ins("m6", 68.0), ins("m7", 86.0)])
case("nonedit-ambig-sayspacebar", "cut where I say spacebar", UNCHANGED, note="said in 4, 16, 20, 28, 32")
case("nonedit-ambig-grease", "delete the sentence about grease", UNCHANGED, note="11 and 19 (and 'greasy' 25)")
case("nonedit-ambig-price", "remove the line with the price in it", UNCHANGED, note="prices in 2, 3, 26, 33")
case("nonedit-ambig-stabs", "cut the bit about the stabilisers", UNCHANGED, note="5, 15, 16, 18, 28, 33")
case("nonedit-ambig-lube", "take out where I mention the lube", UNCHANGED, note="5, 10, 35")
case("nonedit-inside-desk", "clean up the mess on the desk in the dji clip", UNCHANGED, setup=[ins("m2", 9.0)])
case("nonedit-inside-hand", "get rid of my hand in the switch opener close up", UNCHANGED, setup=[ins("m3", 33.0)])
case("nonedit-inside-phone", "remove the reflection of my phone in IMG_4413", UNCHANGED, setup=[ins("m7", 86.0)])
case("nonedit-inside-brand", "what brand is the grease in C0051?", UNCHANGED)
case("nonedit-inside-lawnmower", "take out the lawnmower noise in the background around 0:40", UNCHANGED, note="no such sound in the talk")

# --- destructive: must ask first -------------------------------------------------------------------
case("confirm-from-keycaps", "cut everything from the keycaps bit to the end", {"confirm": True})
case("confirm-first-90", "delete the first minute and a half", {"confirm": True})
case("confirm-under-minute", "get the whole thing under a minute", {"confirm": True})
case("confirm-range", "chop 0:30 to 1:30", {"confirm": True})
case("confirm-before-stabs", "lose everything before 'Right, stabilisers'", {"confirm": True})
case("confirm-delete-talk", "remove my talking head clip entirely", {"confirm": True})
case("confirm-last30", "only keep the final 30 seconds", {"confirm": True})
case("confirm-after-130", "bin everything after 1:30", {"confirm": True})


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "l_heldout.jsonl"
    out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(len(CASES), "cases ->", out)
