"""Blind evaluation project H: a home barista dialling in espresso on a new grinder.

Written without reading the planner. Built like project_film.py: the talk is a camera file
(DSCF3307.MOV) whose transcript is written here with word times and whose audio is made from
those times (a voiced tone per word, digital silence in the pauses), so the fillers (um, uh, and
"like" / "you know"), five long pauses and one retake said out loud are exactly where the
transcript says. B-roll is named like people's files; two GoPro clips (both of a shot pouring) and
two stills of the coffee bag (front, back) are deliberately similar. A second take of the intro is
in the bin only, and so is a timer beep sound effect (an audio file).

    ids: m1 talk, m2..m10 B-roll (BROLL order), m11 music, m12 intro take 2, m13 timer beep;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 bossa bed, talk length, -14 dB)
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "DSCF3307.MOV"
MUSIC = "bossa nova cafe loop.mp3"
TAKE2 = "intro retake 2.wav"
SFX = "Timer Beep.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("IMG_4471.MOV", 5.0, "turning the adjustment dial on the new grinder, close up"),
    ("PXL_20261103_081522.mp4", 6.0, "weighing out ground coffee in the portafilter on a little scale"),
    ("GX010388.MP4", 8.0, "espresso shot pouring from a bottomless portafilter, slow motion from below"),
    ("GX010391.MP4", 7.0, "espresso shot running into a glass cup, side angle"),
    ("steam wand milk jug.mov", 6.0, ""),
    ("latte art attempt 2.mp4", 5.0, ""),
    ("beans_bag_front.jpg", None, ""),
    ("beans_bag_back.JPG", None, ""),
    ("backflush_cleaning.mp4", 6.0, ""),
]
COLORS = ["0x707070", "0x806040", "0x3a2010", "0x4a2a18", "0xe8e8e0", "0xc8a070", "0x9a6a3a", "0xa07a4a", "0x606870"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hi, I'm Hana, and this morning we're dialling in espresso on my brand new grinder.", 0.3),  # 0
    ("It's a flat burr grinder with stepless adjustment, so there are no clicks, just a smooth dial.", 0.4),  # 1
    ("Um, every new bag of beans needs dialling in, and, uh, that's what we're doing today.", 1.7),  # 2
    ("These beans are a washed Ethiopian, roasted about ten days ago, which is right in the sweet spot.", 0.3),  # 3
    ("First, the dose.", 0.3),  # 4
    ("I weigh eighteen grams of ground coffee into the basket, every single time.", 0.3),  # 5
    ("If you don't weigh it, you're, like, changing two things at once and you'll never figure out what went wrong.", 0.3),  # 6
    ("Next is the yield, which is how much liquid espresso ends up in the cup.", 0.3),  # 7
    ("I'm aiming for thirty six grams out, so a one to two ratio.", 1.6),  # 8
    ("Then there's time.", 0.3),  # 9
    ("From the moment I press the button, the shot should take somewhere between twenty five and thirty seconds.", 0.3),  # 10
    ("Okay, first shot, I've set the grinder to fifteen on the dial, and let's see what happens.", 0.3),  # 11
    ("That ran way too fast, done in about eighteen seconds, and it looks pale and thin.", 0.3),  # 12
    ("Tasting it, it's really sour, kind of like lemon juice, which means it's under extracted.", 2.0),  # 13
    ("So the fix is to grind finer.", 0.3),  # 14
    ("I'll go down to twelve and keep the dose and the yield exactly the same.", 0.3),  # 15
    ("Only change one variable at a time, um, that's the golden rule.", 0.3),  # 16
    ("Second shot, and, uh, oh no, I forgot to tare the scale, hold on, let me start that again.", 0.3),  # 17
    ("Second shot, same eighteen grams, grinder on twelve, and the scale is zeroed this time.", 0.3),  # 18
    ("That one choked the machine, it barely dripped and took almost forty five seconds.", 0.3),  # 19
    ("It tastes harsh and bitter, like burnt toast, so now it's over extracted.", 1.8),  # 20
    ("The sweet spot is usually somewhere in between, so let's try thirteen.", 0.3),  # 21
    ("Twenty eight seconds, thirty six grams, and look at that tiger striping.", 0.3),  # 22
    ("This one is sweet and balanced, with a bit of chocolate and, you know, some stone fruit at the end.", 0.3),  # 23
    ("Now for the milk.", 0.3),  # 24
    ("Start with cold milk in a cold jug, and purge the steam wand first so you don't get water in it.", 0.3),  # 25
    ("Keep the tip just under the surface to stretch it, and you'll hear a gentle tearing sound, like paper.", 0.3),  # 26
    ("Once the jug feels warm on the side, sink the wand and let it spin until it's hot to touch.", 0.3),  # 27
    ("My latte art is, um, still a work in progress, but hey, it's a heart, sort of.", 1.5),  # 28
    ("Last thing, cleaning.", 0.3),  # 29
    ("Wipe and purge the wand straight after steaming, before the milk bakes on.", 0.3),  # 30
    ("Once a week I backflush the group head with a blind basket and a bit of detergent.", 0.3),  # 31
    ("And brush out the grinder chute so old grounds don't go stale and end up in tomorrow's coffee.", 0.3),  # 32
    ("That's it, write down your recipe, and happy brewing, I'll see you next time.", 0.6),  # 33
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Hey, I'm Hana, and today I'm dialling in my new grinder.", 0.4),
    ("Let's pull some shots.", 0.5),
]
SPEC = TalkProject(
    title="Dialling In Espresso", topic="espresso", talk=TALK, talk_color="0x2e2622", music=MUSIC,
    music_tones=(196, 247, 200), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-14.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=190.0, filler=160.0, swing=30.0, step=0.6, tremolo=4.5),
)


def create_espresso_project(target: str | Path):
    """The espresso project at ``target`` (a Session): talk and music on the timeline,
    B-roll, a second intro take and a timer beep sound effect in the bin."""
    from editor_app.media.ffmpeg import run_ffmpeg
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia

    session = create_talk_project(target, SPEC)
    sfx = Path(session.project.media[next(iter(session.project.media))].path).parent / SFX
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=1800:duration=0.4", "-af", "afade=t=out:st=0.3:d=0.1", str(sfx)])
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description="kitchen timer beep sound effect"))],
                  "Import the timer beep")
    return session
