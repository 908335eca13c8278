"""Blind evaluation project I: fixing a dripping kitchen mixer tap by replacing its ceramic cartridge.

Written without reading the planner. Built like project_h_espresso.py: the talk is a camera file
(P1070514.MP4, the way a Panasonic Lumix names it) whose transcript is written here with word times
and whose audio is made from those times (a voiced tone per word, digital silence in the pauses),
so the fillers (six um/uh, plus "like", "you know" and "sort of"), five long pauses and one retake
said out loud are exactly where the transcript says. Several sentences share topic words (the
isolation valve, the brass nut, the grub screw, the cap, the seal, the tap body, "ten minutes"),
so a reference has to be precise. B-roll is named like people's files: phone timestamps (Pixel,
Android VID_, Samsung), an iPhone IMG_ number, two GoPro clips that are near-identical (head-cam
of the brass nut: loosening it, tightening it back up), two stills (old/new cartridge side by side,
limescale on the old seal) and a few descriptive names. A second take of the intro is in the bin
only, and so is a drip "plink" sound effect (an audio file).

    ids: m1 talk, m2..m11 B-roll (BROLL order), m12 music, m13 intro take 2, m14 drip plink sfx;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 ukulele bed, talk length, -12 dB)
    Setup clips in a case get ids c3, c4... in the order they are inserted.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "P1070514.MP4"
MUSIC = "happy ukulele bed (no vocals).mp3"
TAKE2 = "intro_redo_take2.wav"
SFX = "drip plink sfx.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("IMG_8812.MOV", 5.0, "close up of water dripping from the kitchen tap spout into the sink"),  # m2
    ("PXL_20261019_143207.mp4", 6.0, "reaching under the sink and turning the isolation valve off with a flat screwdriver"),  # m3
    ("VID_20261019_144015.mp4", 6.0, "prising the little cap off the lever and undoing the grub screw with an allen key"),  # m4
    ("GOPR0215.MP4", 7.0, "head cam view, loosening the brass nut on the tap with an adjustable spanner"),  # m5
    ("GOPR0216.MP4", 7.0, "head cam view, tightening the brass nut on the tap with an adjustable spanner"),  # m6
    ("cartridge old vs new.jpg", None, ""),  # m7
    ("limescale_on_seal.JPG", None, ""),  # m8
    ("vinegar soak + toothbrush.mp4", 8.0, ""),  # m9
    ("tap running no drip.mov", 6.0, ""),  # m10
    ("20261019_151102.mp4", 5.0, "checking under the sink for leaks with a sheet of kitchen roll"),  # m11
]
COLORS = ["0x8090a0", "0x505860", "0xb0b0b8", "0x806a30", "0x7a6430", "0xd0d0d0", "0xe0dcc8", "0xc8c0a0",
          "0x90a8c0", "0x606060"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hey everyone, I'm Priya, and today I'm fixing the kitchen tap that's been dripping for about three weeks now.", 0.3),  # 0
    ("It's a single lever mixer tap, so inside there's a ceramic cartridge rather than an old fashioned rubber washer.", 0.4),  # 1
    ("Um, the drip was costing us, uh, probably a bucket of water a day, which is just silly.", 1.7),  # 2
    ("You'll need an adjustable spanner, an allen key, a flat screwdriver and, of course, the replacement cartridge.", 0.3),  # 3
    ("Take the old one with you to the shop, because they come in loads of sizes and the spline count has to match.", 0.3),  # 4
    ("Step one, turn the water off.", 0.3),  # 5
    ("There should be a little isolation valve on each pipe under the sink, and a quarter turn with the screwdriver closes it.", 0.3),  # 6
    ("If you haven't got those, you'll have to, like, turn off the stopcock for the whole house.", 0.3),  # 7
    ("Then open the tap to let out whatever water is still sitting in the pipes.", 1.6),  # 8
    ("Step two, take the handle off.", 0.3),  # 9
    ("There's a tiny cap on the front of the lever, so pop it off with a fingernail or the tip of a knife.", 0.3),  # 10
    ("Under the cap is a grub screw, and you just undo that with the allen key and lift the lever straight up.", 0.3),  # 11
    ("Um, keep the screw somewhere safe, because if it goes down the plughole, you know, that's your afternoon gone.", 2.0),  # 12
    ("Next up is the brass nut that holds the cartridge down.", 0.3),  # 13
    ("Hold the tap body steady with one hand so you don't twist the whole thing on the worktop.", 0.3),  # 14
    ("Then loosen the nut anticlockwise with the spanner, and it might be stiff if there's a lot of limescale.", 0.3),  # 15
    ("Out comes the old cartridge, and look at the state of the seal on the bottom, it's completely crusted.", 0.3),  # 16
    ("That crust is why it wouldn't close properly, the water was sneaking past the seal.", 1.8),  # 17
    ("Before the new one goes in, I give the inside of the tap body a clean with some white vinegar.", 0.3),  # 18
    ("Leave it for ten minutes, then wipe it out with an old toothbrush until the brass is shiny again.", 0.3),  # 19
    ("Now the new cartridge goes in, and, uh, wait, that's upside down, hang on, let me start that again.", 0.3),  # 20
    ("Now the new cartridge goes in, with the two little lugs lined up with the notches in the tap body.", 0.3),  # 21
    ("Screw the brass nut back on, snug but not too tight, or you'll crack the ceramic discs.", 0.3),  # 22
    ("Put the lever back on, do up the grub screw, and click the little cap into place.", 1.5),  # 23
    ("Moment of truth, turn the isolation valves back on nice and slowly.", 0.3),  # 24
    ("Um, run the tap for a minute, because there's sort of air in the pipes and it'll splutter at first.", 0.3),  # 25
    ("And there we go, it shuts off clean, and not a single drip, even after ten minutes of watching it like a hawk.", 0.3),  # 26
    ("The whole job took about forty minutes and the cartridge cost me twelve pounds.", 0.3),  # 27
    ("So don't pay a plumber for this one, give it a go yourself, and, uh, let me know how you get on.", 0.6),  # 28
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Hi, I'm Priya, and this tap has been dripping for weeks, so let's fix it.", 0.4),
    ("It only needs a new cartridge.", 0.5),
]
SPEC = TalkProject(
    title="Fixing A Dripping Tap", topic="tap repair", talk=TALK, talk_color="0x3a4a55", music=MUSIC,
    music_tones=(220, 277, 200), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-12.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=215.0, filler=170.0, swing=25.0, step=0.7, tremolo=5.0),
)


def create_tap_project(target: str | Path):
    """The tap project at ``target`` (a Session): talk and music on the timeline,
    B-roll, a second intro take and a drip sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=1200:duration=0.3", "-af", "afade=t=out:st=0.15:d=0.15", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="single water drip plink sound effect"))],
                  "Import the drip sound effect")
    return session
