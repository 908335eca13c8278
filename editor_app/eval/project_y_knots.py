"""Blind evaluation project Y: Priya, twenty-nine, a Glaswegian climbing instructor, films a knot-tying
tutorial at an indoor climbing wall: tying in with a figure eight follow through (through both tie-in
points, never the gear loop), dressing it and leaving a fist's length of tail, the stopper knot, the
partner check (knot, buckles, device), and a clove hitch on a screwgate carabiner at an anchor.

Written without reading the planner. Built like project_q_darning.py: the talk is a Canon camera file
(MVI_0457.MP4) whose transcript is written here with word times and whose audio is made from those
times, so the fillers (nine um/uh, plus her own tics: "right so" five times, "ken" three times, "wee"
four times, "dinnae" four times, "gonnae" twice, "pure" twice, "aye", "outwith"), seven long pauses and
one retake said out loud in her own words ("no wait, that's the wrong way round, I'm gonnae start that
bit again") are exactly where the transcript says. Several sentences share words (gear loop, partner
check, stopper, clove hitch, carabiner, tail, strands, figure eight, knot, buckles, belay device, tight,
Ewan), so a reference has to be precise. An aside is about her pal Ewan, who once tied in to his gear
loop; he is in no media. Numbers are said in words (eleven millimetre, an arm's length, a fist's
length, five or six centimetres, twice, ten years, five pairs, two loops, twenty two kilonewtons).

B-roll is named like a real person's files: two iPhone clips that look alike (IMG_4821.MOV following
the rope back through the figure eight, IMG_4824.MOV the same angle tying the stopper), told apart only
by their descriptions, a third iPhone clip (IMG_4830.MOV, a pan up the wall) and an iPhone Live Photo
exported as a still (IMG_4822.jpg, the finished knot); an Insta360 export, an OBS screen capture with no
description, a WhatsApp forward, a Premiere export with no description (Sequence 01.mp4), a name a
person typed with a version suffix (fig8 closeup FINAL v3.mp4), names with spaces, a snake_case name,
a second Canon clip (the belay device) and a Pixel phone clip (the 22 kN stamp on the carabiner).
A second take of the sign-off recorded as an iPhone voice memo (New Recording 7.m4a) is in the bin
only, and so is a carabiner clip sound effect.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 sign-off take 2, m18 clip sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 music bed, talk length, -18 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "MVI_0457.MP4"
MUSIC = "Epidemic Sound - Chalk Dust Sunrise.mp3"
TAKE2 = "New Recording 7.m4a"
SFX = "carabiner clip.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("IMG_4821.MOV", 7.0, "close-up of the harness tie-in points from the front, following the rope back round the figure eight"),  # m2
    ("IMG_4824.MOV", 7.0, "close-up of the harness tie-in points from the front at the same angle, wrapping the stopper knot on the tail"),  # m3
    ("IMG_4822.jpg", None, "the finished figure eight, dressed flat against the harness with a fist's length of tail"),  # m4
    ("VID_20260712_143015_00_012.mp4", 8.0, "wide 360 view of the lead wall, a climber topping out and lowering off"),  # m5
    ("2026-07-12 14-30-15.mkv", 6.0, ""),  # m6
    ("WhatsApp Video 2026-07-12 at 14.30.15.mp4", 8.0, "the Tuesday kids' club doing partner checks on each other at the bouldering wall"),  # m7
    ("Sequence 01.mp4", 5.0, ""),  # m8
    ("fig8 closeup FINAL v3.mp4", 6.0, ""),  # m9
    ("clove hitch krab.mov", 6.0, "tying a clove hitch onto a screwgate carabiner clipped to the anchor and screwing the gate shut"),  # m10
    ("MVI_0461.MP4", 6.0, "feeding a bight of rope into the belay device and clipping it to the belay loop with a locking carabiner"),  # m11
    ("rope_bag_flake.mp4", 6.0, ""),  # m12
    ("IMG_4830.MOV", 5.0, "slow pan up the wall from the crash mats to the top anchors"),  # m13
    ("harness buckles.mov", 5.0, ""),  # m14
    ("PXL_20260712_150212345.mp4", 6.0, "close-up of the spine of a carabiner with 22 kN stamped on it"),  # m15
]
COLORS = ["0x6a5040", "0x6a5444", "0xd0c0a0", "0x405060", "0x202830", "0x80a0c0", "0x101010", "0x704030",
          "0x907050", "0x505a60", "0xa03020", "0x30a0a0", "0x404040", "0x909098"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Right so, hiya, I'm Priya, I teach climbing here at the wall in Glasgow, and today we're doing knots.", 0.4),  # 0
    ("Well, knots for tying in, which is the wee bit of climbing that actually keeps you alive, ken.", 0.3),  # 1
    ("You'll need a harness, a rope, and, um, a carabiner for the clove hitch at the end.", 0.3),  # 2
    ("This is an eleven millimetre rope, which is a wee bit chunky, but it's pure brilliant for learning on.", 1.8),  # 3
    ("Right so, first up, the figure eight follow through, the knot you tie in with.", 0.3),  # 4
    ("Measure, well, pull out about an arm's length of rope from the end, and tie a single figure eight in it.", 0.3),  # 5
    ("It should look like a number eight, aye, not a pretzel, not a wee bird's nest.", 0.3),  # 6
    ("Now feed the end through both tie in points on your harness, the top one and the bottom one.", 0.4),  # 7
    ("Not the gear loop, never the gear loop, and I'll tell you how I know in a minute.", 1.6),  # 8
    ("Then you follow the rope back round the eight, uh, tracing the exact same path it took the first time.", 0.3),  # 9
    ("Keep the strands side by side, dinnae let them cross over, that's called dressing the knot.", 0.3),  # 10
    ("Pull each of the strands tight, one at a time, so it sits snug against your harness.", 0.3),  # 11
    ("You want a fist's length of tail left over, about five or six centimetres, ken.", 1.7),  # 12
    ("So my pal Ewan, um, lovely guy, once tied in to his gear loop at a wall in Edinburgh.", 0.3),  # 13
    ("He got halfway up before somebody noticed, and a gear loop is only rated for your quickdraws, no a human.", 0.3),  # 14
    ("He's fine, he buys the coffees now as penance, and that's exactly why we do the partner check.", 1.9),  # 15
    ("Right so, the stopper knot, which goes on the tail above the figure eight.", 0.3),  # 16
    ("Wrap the tail twice round the rope, uh, back towards yourself, and then through the middle of the wraps.", 0.3),  # 17
    ("It's basically half a double fisherman's, if you know that one, and if you dinnae, dinnae worry.", 0.3),  # 18
    ("Some walls say you dinnae need a stopper, how, I don't know, but I'm gonnae tell you to tie one anyway.", 1.5),  # 19
    ("Now the partner check, and you do this every single time, even if you've been climbing for ten years.", 0.3),  # 20
    ("Look at your partner's knot, um, count the strands, there should be five pairs of them in the eight.", 0.3),  # 21
    ("Check the belay device first, then the, uh, no wait, that's the wrong way round, I'm gonnae start that bit again.", 0.3),  # 22
    ("Check the knot first, then the harness buckles, then the belay device, and make sure the screwgate's locked.", 0.3),  # 23
    ("Say it out loud, knot, buckles, device, it feels daft but it works.", 1.6),  # 24
    ("Right so, last one, the clove hitch, which is how you clip yourself to an anchor with the rope.", 0.3),  # 25
    ("Make two loops in the rope, the same way round, and put the second one behind the first.", 0.3),  # 26
    ("Clip both loops into the carabiner, and pull the strands tight so it grips, um, like a wee fist.", 0.3),  # 27
    ("The beauty of the clove hitch is you can adjust it without taking it off the carabiner.", 0.3),  # 28
    ("Use a screwgate, and screw it shut, a snapgate on an anchor is a pure daft idea.", 0.3),  # 29
    ("That carabiner's rated to twenty two kilonewtons, which is more than you, me and Ewan put together.", 0.3),  # 30
    ("How much tail on the clove hitch, you ask, uh, a hand's width is plenty.", 0.3),  # 31
    ("If you're outwith the gym, on a real crag, the same rules apply, only there's naebody to catch your mistakes.", 2.0),  # 32
    ("So that's the figure eight, the stopper, the partner check and the clove hitch, right so.", 0.3),  # 33
    ("Practise them at home on the couch till you can tie them with your eyes shut, ken.", 0.3),  # 34
    ("If you've any questions, come and find me at the front desk, and, um, mind and check your knots.", 0.4),  # 35
    ("Cheers, see you on the wall.", 0.59),  # 36
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So that's your knots sorted, any questions, grab me at the desk.", 0.4),
    ("Cheers, see you on the wall, check your knots.", 0.5),
]
SPEC = TalkProject(
    title="Tying In with Priya", topic="knot tutorial", talk=TALK, talk_color="0x3a4a5a", music=MUSIC,
    music_tones=(247, 370, 240), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-18.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=214.0, filler=176.0, swing=22.0, step=0.41, tremolo=5.1),
)


def create_knots_project(target: str | Path):
    """The knots project at ``target`` (a Session): talk and music on the timeline, B-roll, a second
    sign-off take and a carabiner clip sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "anoisesrc=color=pink:amplitude=0.5:duration=0.18", "-af",
                "bandpass=f=3500:width_type=h:w=2000,afade=t=out:st=0.005:d=0.17", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a carabiner gate snapping shut, sound effect"))],
                  "Import the carabiner clip sound effect")
    return session
