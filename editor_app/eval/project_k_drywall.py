"""Blind evaluation project K: Priya patches a fist-sized hole in the plasterboard wall of her hallway,
where a door handle went through it.

Written without reading the planner. Built like project_j_filter.py: the talk is a Canon camera file
(MVI_2291.MP4) whose transcript is written here with word times and whose audio is made from those
times (a voiced tone per word, digital silence in the pauses), so the fillers (seven um/uh, plus
"you know" and "sort of"), six long pauses and one retake said out loud ("sorry, let me start that
one again") are exactly where the transcript says. Several sentences share words (the door handle,
the filler, a thin coat, "leave it to dry", the edges, the mesh), so a reference has to be precise.
An aside mentions her cat Biscuit, who is in no media. B-roll is named like people's files: a Pixel
phone clip (PXL_), a GoPro head-cam clip (GX...), two iPhone clips that look alike (IMG_8812.MOV is
the first coat of filler, IMG_8814.MOV the second), two stills (IMG_8820.jpg, the tools laid out,
and "hallway wall finished.jpg") and a few descriptive names. Some media have descriptions, others
only their names. A second take of the outro (.wav) is in the bin only, and so is a door slam sound
effect (an audio file).

    ids: m1 talk, m2..m11 B-roll (BROLL order), m12 music, m13 outro take 2, m14 door slam sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 acoustic bed, talk length, -16 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "MVI_2291.MP4"
MUSIC = "Acoustic Breeze - background bed.mp3"
TAKE2 = "outro_retake_02.wav"
SFX = "door slam.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("PXL_20261203_151203871.mp4", 6.0, "phone shot of the fist-sized hole in the hallway wall, crumbly edges, the door handle lined up with it"),  # m2
    ("GX010457.MP4", 8.0, "GoPro on a head strap, cutting the ragged edges of the hole back to a square with a utility knife"),  # m3
    ("mesh patch close up.mp4", 5.0, ""),  # m4
    ("IMG_8812.MOV", 6.0, "spreading the first thin coat of filler over the mesh with a wide knife"),  # m5
    ("IMG_8814.MOV", 6.0, "spreading the second coat of filler, feathered out wider than the first"),  # m6
    ("sanding dust.mov", 6.0, ""),  # m7
    ("IMG_8820.jpg", None, "the tools laid out on the hallway floor: patch kit, filler tub, knives, sandpaper"),  # m8
    ("hallway wall finished.jpg", None, ""),  # m9
    ("door stop fitted.mp4", 5.0, ""),  # m10
    ("painting the patch.mp4", 6.0, "small roller going over the patched area with the leftover paint"),  # m11
]
COLORS = ["0xe8e2d6", "0x4a4a50", "0xd0d0c8", "0xf0ece4", "0xeeeae2", "0xf4f4f0", "0x8a7a60", "0xf2efe8",
          "0x3a3028", "0xe6e0d4"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hiya, I'm Priya, and today I'm fixing this lovely hole in my hallway wall.", 0.3),  # 0
    ("My son swung the front room door open a bit too enthusiastically and the door handle went straight through the plasterboard.", 0.3),  # 1
    ("It's about the size of my fist, so, um, not tiny, but definitely not a call-a-builder job either.", 1.8),  # 2
    ("The good news is a hole this size is really easy to patch with a self-adhesive mesh patch.", 0.3),  # 3
    ("Here's what you'll need: a mesh patch, a tub of ready-mixed filler, a wide filling knife, a utility knife, some fine sandpaper and a bit of leftover paint.", 0.3),  # 4
    ("The patch kit was four pounds fifty from the hardware shop, which is less than a takeaway coffee these days.", 1.6),  # 5
    ("First job, tidy up the hole, because the edges are all crumbly and there's loose paper hanging off.", 0.3),  # 6
    ("I just run the utility knife round the edge and cut it back to a neat-ish square.", 0.3),  # 7
    ("Uh, mind your fingers here, that blade is really sharp and plasterboard dust gets everywhere.", 0.3),  # 8
    ("Then give it a quick wipe with a damp cloth, you know, so the patch actually sticks to the wall.", 2.0),  # 9
    ("Now, the mesh patch.", 0.3),  # 10
    ("So you want the patch to be, um, two centimetres, no, hang on, sorry, let me start that one again.", 0.3),  # 11
    ("So you want the patch to overlap the hole by at least three centimetres on every side.", 0.3),  # 12
    ("Peel off the backing and press it flat onto the wall, smoothing it out from the middle.", 0.3),  # 13
    ("It's sticky on the back, so it just stays there, no glue, no screws, nothing.", 0.3),  # 14
    ("Quick aside, my cat Biscuit supervised this entire step from the stairs, sadly I didn't get her on camera.", 1.7),  # 15
    ("Right, filler time.", 0.3),  # 16
    ("Scoop a bit of filler onto the wide knife and spread a thin coat over the mesh, pressing it into the holes.", 0.3),  # 17
    ("Don't try to fill it all in one go, a thin coat dries faster and it won't crack or sag.", 0.3),  # 18
    ("Um, it's fine if you can still see the mesh through it at this stage, that's totally normal.", 0.3),  # 19
    ("Leave it to dry for a couple of hours, or overnight if it's cold like my hallway.", 1.5),  # 20
    ("Next day, second coat.", 0.3),  # 21
    ("This time spread it wider, sort of feathering it out past the edges of the first coat.", 0.3),  # 22
    ("The wider you feather it, the less you'll see a bump once it's painted.", 0.3),  # 23
    ("Leave it to dry again, and honestly, this is the hardest part, just waiting.", 0.3),  # 24
    ("Okay, sanding, and I'd put a dust sheet down first because this gets messy.", 0.3),  # 25
    ("Wrap the fine sandpaper round a block and sand in small circles until the edges blend into the wall.", 0.3),  # 26
    ("Uh, run your hand over it with your eyes shut, if you can't feel the edge, you're done.", 0.3),  # 27
    ("If you can still feel a ridge, a tiny skim of filler and another light sand will sort it.", 2.2),  # 28
    ("Then wipe off all the dust, and it's time to paint.", 0.3),  # 29
    ("I had, uh, some of the original paint left in the garage, which makes this so much easier.", 0.3),  # 30
    ("Two thin coats with a small roller, and roll past the patch so the texture matches the rest of the wall.", 0.3),  # 31
    ("And here it is, you genuinely can't tell where the hole was.", 0.3),  # 32
    ("The whole job took about forty minutes of actual work, spread over two days because of the drying.", 0.3),  # 33
    ("To stop it happening again, I screwed a little rubber door stop into the skirting board.", 0.3),  # 34
    ("Now the door handle bounces off that instead of my wall, so the wall wins this round.", 0.3),  # 35
    ("So if you've got a hole like this, um, don't panic, grab a patch kit and have a go.", 0.3),  # 36
    ("Let me know in the comments what made the hole in your wall, I bet it was a door handle.", 0.6),  # 37
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("So that's it, grab a patch kit, have a go, and tell me what put the hole in your wall.", 0.4),
    ("Bye for now.", 0.5),
]
SPEC = TalkProject(
    title="Hallway Wall Patch", topic="drywall patch", talk=TALK, talk_color="0x5a4a44", music=MUSIC,
    music_tones=(220, 277, 200), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-16.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=205.0, filler=170.0, swing=24.0, step=0.55, tremolo=5.0),
)


def create_drywall_project(target: str | Path):
    """The drywall patch project at ``target`` (a Session): talk and music on the timeline,
    B-roll, a second outro take and a door slam sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "anoisesrc=d=0.4:c=brown:a=0.6", "-af", "afade=t=out:st=0.05:d=0.35", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="a door slamming shut, sound effect"))],
                  "Import the door slam sound effect")
    return session
