"""Blind evaluation project R: Jayden, a fifteen-year-old skater from south London, swaps the grinding
bearings on his skateboard on the floor of his dad's garage, talking fast in a vlog voice: flipping the
board on a towel, the skate tool, undoing the axle nut, popping the old bearings out with the axle as a
lever, the spacer, pressing the new bearings in by hand, the washer and the quarter-turn back, the spin
test, and taking it out on the road to hear how quiet it is.

Written without reading the planner. Built like project_q_darning.py: the talk is a Sony vlog camera
file (C0012.MP4) whose transcript is written here with word times and whose audio is made from those
times (a voiced tone per word, digital silence in the pauses), so the fillers (eight um/uh, plus his
own tics: "like", "literally", "lowkey", "bro", "honestly") and the seven long pauses are exactly where
the transcript says, and so is one retake said out loud in his own words ("no wait, hold up, I said
that wrong, let me do that bit again"). Several sentences share words (wheel, bearing, axle, nut,
washer, spacer, spin, shield, rag, bin, ten), so a reference has to be precise. An aside mentions his
cousin Tariq, who is in no media. Numbers are said in words (eighteen quid, fifty two millimetres,
two, eight bearings, a quarter turn, ten seconds, twenty seconds, three wheels, ten minutes, half an
hour, twice).

B-roll is named like a teenager's (and his dad's and his mates') files: two GoPro clips that look
alike (GX010231.MP4 on the old bearings, GX010236.MP4 on the new ones, both from the tail of the board
down the same hill), told apart only by their descriptions; an Insta360 clip (VID_..._00_012.mp4);
a Pixel phone video and a Pixel still (PXL_...); his dad's Canon clip (MVI_4471.MOV); an OBS screen
recording with no description ("2026-04-10 21-14-07.mkv"); a Telegram export and a Signal export;
a Samsung phone video (20260412_161045.mp4) his mate filmed; kebab-case names, one with a version
suffix (axle-nut-closeup-v2.mp4); a "final_FINAL2" name; and an Android screenshot of the order.
Some media have descriptions, others only their names. The music bed sits on its own track; a second
take of the sign-off recorded on a Tascam (TASCAM_0007.WAV) is in the bin only, and so is an ollie
pop sound effect.

    ids: m1 talk, m2..m15 B-roll (BROLL order), m16 music, m17 sign-off take 2, m18 pop sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 lofi bed, talk length, -14 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "C0012.MP4"
MUSIC = "lofi skate beat - no copyright.mp3"
TAKE2 = "TASCAM_0007.WAV"
SFX = "ollie pop sfx.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("GX010231.MP4", 7.0, "GoPro on the tail of the board rolling down the hill on the old bearings, wheels grinding and rattling"),  # m2
    ("GX010236.MP4", 7.0, "GoPro on the tail of the board rolling down the same hill on the new bearings, smooth and quiet"),  # m3
    ("PXL_20260411_174502113.mp4", 6.0, "popping the old bearing out of the wheel using the end of the axle as a lever"),  # m4
    ("PXL_20260411_180244961.jpg", None, "eight new bearings still in the plastic tube on the garage floor"),  # m5
    ("2026-04-10 21-14-07.mkv", 6.0, ""),  # m6
    ("MVI_4471.MOV", 8.0, "wide shot of the garage, the board upside down on an old beach towel"),  # m7
    ("video_2026-04-09_19-22-41.mp4", 6.0, "mates doing kickflips on the ledge at the skatepark at sunset"),  # m8
    ("signal-2026-04-12-160311.mp4", 5.0, ""),  # m9
    ("spinning-wheel-test.mp4", 5.0, ""),  # m10
    ("bearings_final_FINAL2.mov", 6.0, ""),  # m11
    ("axle-nut-closeup-v2.mp4", 5.0, "undoing the axle nut with the skate tool, close up"),  # m12
    ("Screenshot_20260408-221530.png", None, "order confirmation for a set of eight skate bearings, 18.00 pounds"),  # m13
    ("20260412_161045.mp4", 6.0, "filmed from the pavement by a mate: pushing twice and rolling all the way to the end of the road"),  # m14
    ("VID_20260412_155812_00_012.mp4", 6.0, "360 camera on a selfie stick, following me down the hill from behind"),  # m15
]
COLORS = ["0x505860", "0x586068", "0x9a7a5a", "0xb0b0b8", "0x101820", "0x6a5a4a", "0xe08040", "0x405070",
          "0x303030", "0x708090", "0x7a6a5a", "0xf0f0f0", "0x8090a0", "0x60a0c0"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Yo, what's up guys, it's Jayden, and today I'm literally gonna show you how to swap the bearings on your skateboard.", 0.3),  # 0
    ("My wheels have been making this like crunchy grinding noise for weeks and it's lowkey embarrassing at the skatepark.", 0.3),  # 1
    ("So, um, first thing, flip the board upside down on something soft so you don't scratch the graphic.", 1.8),  # 2
    ("You need a skate tool, a new set of bearings, a rag, and like a bit of patience.", 0.3),  # 3
    ("I got these bearings online for eighteen quid, which is literally cheaper than a pizza.", 0.3),  # 4
    ("The ones that came with the board were the cheap ones, and they'd gone all rusty inside.", 0.3),  # 5
    ("Take the skate tool and undo the axle nut on the first wheel, it goes anticlockwise.", 0.3),  # 6
    ("Don't lose the nut, bro, and don't lose the little washers either, they roll everywhere.", 1.6),  # 7
    ("Slide the wheel off the axle, and you'll see the bearings are still stuck inside the wheel.", 0.3),  # 8
    ("Uh, here's the trick, put the wheel back on the end of the axle, just one bearing deep, and lever it sideways.", 0.3),  # 9
    ("You kind of twist it and the old bearing just pops right out, it's so satisfying.", 0.3),  # 10
    ("Flip the wheel over and do the same for the bearing on the other side.", 0.3),  # 11
    ("There's a spacer in the middle, um, it's this little metal tube, so don't chuck it in the bin.", 1.5),  # 12
    ("My cousin Tariq literally threw his spacers away once and then wondered why his wheels were wobbling, classic Tariq.", 1.7),  # 13
    ("Okay, so now the new bearings, each wheel takes two, so that's eight bearings for the whole board.", 0.3),  # 14
    ("My wheels are fifty two millimetres but this works the same for pretty much any size.", 0.3),  # 15
    ("Put a new bearing on the axle with the shield facing out, then push the wheel down onto it.", 0.3),  # 16
    ("You push straight down with both hands, like proper hard, until it sits flat in the wheel.", 0.3),  # 17
    ("Then the spacer goes in, and the second bearing goes on top of it, same thing again.", 0.3),  # 18
    ("If it's not going in, um, don't whack it with a hammer, you'll literally crack the shield.", 0.3),  # 19
    ("Now slide the wheel back on, put the nut on and tighten it all the, no wait, hold up, I said that wrong, let me do that bit again.", 0.3),  # 20
    ("Now slide the wheel back on, put the washer on the outside, and then tighten the nut until it just touches the wheel.", 0.3),  # 21
    ("Then back it off like a quarter turn, so the wheel spins free but doesn't rattle side to side.", 1.9),  # 22
    ("Give it a spin, and if it keeps going for like ten seconds you did it right.", 0.3),  # 23
    ("Mine literally spun for twenty seconds, I was actually shook.", 0.3),  # 24
    ("Do the same thing for the other three wheels, uh, it takes about ten minutes once you get the hang of it.", 0.3),  # 25
    ("Lowkey the first wheel took me half an hour though, so don't stress if you're slow.", 0.3),  # 26
    ("Oh, and wipe the axles with the rag before the new bearings go on, because they get super gritty.", 0.3),  # 27
    ("You can clean the old bearings and keep them as spares, um, or just bin them, honestly.", 1.6),  # 28
    ("Don't put cooking oil on your bearings, bro, that's a myth and it makes them sticky.", 0.3),  # 29
    ("Okay, so, um, let's take it out on the road and see if it's actually quieter.", 0.3),  # 30
    ("Bro, it's literally silent now, listen to that, no crunch at all.", 0.3),  # 31
    ("It's so much faster too, I can push like twice and roll right to the end of the road.", 0.3),  # 32
    ("So yeah, that's how you swap your skateboard bearings, it's honestly not hard.", 2.0),  # 33
    ("If this helped, smash that like button, and, uh, tell me what I should fix next in the comments.", 0.3),  # 34
    ("Peace out, see you next week.", 0.5),  # 35
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So yeah, that's the bearings done, easy, anyone can do it.", 0.4),
    ("Comment what I should fix next, peace out.", 0.5),
]
SPEC = TalkProject(
    title="Swapping Skateboard Bearings with Jayden", topic="skateboard bearings", talk=TALK, talk_color="0x3a3a44",
    music=MUSIC, music_tones=(174, 261, 220), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-14.0,
    take2=TAKE2, script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=142.0, filler=118.0, swing=24.0, step=0.53, tremolo=5.6),
)


def create_skateboard_project(target: str | Path):
    """The skateboard project at ``target`` (a Session): talk and music on the timeline, B-roll, a second
    sign-off take and an ollie pop sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "anoisesrc=color=pink:amplitude=0.5:duration=0.2", "-af",
                "lowpass=f=1800,afade=t=out:st=0.02:d=0.18", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="the pop of a skateboard tail hitting the ground in an ollie, sound effect"))],
                  "Import the ollie pop sound effect")
    return session
