"""Blind evaluation project E: a dog-training tutorial (sit, leave it, recall, loose-lead walking).

Written without reading the planner. Built like editor_app/eval/project_tyre.py: the talk is a
camera file (C0042.MP4) whose transcript is written here with word times, and whose audio is made
from those times with numpy (a voiced tone per word, digital silence in the pauses), so fillers,
pauses and one retake are exactly where the transcript says. B-roll is named like people's files;
two park clips and two stills are deliberately similar. A second recording of the intro is in the
bin only.

    ids: m1 talk, m2..m11 B-roll (BROLL order), m12 music, m13 alternative intro voice;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 ukulele bed, talk length, -14 dB)
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import TalkProject, Voice, create_talk_project, timed_script  # noqa: F401

TALK = "C0042.MP4"
MUSIC = "ukulele_happy_bed.mp3"
TAKE2 = "intro voice alt.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("treatPouchCloseup.mp4", 4.0, ""),
    ("clicker_demo.MP4", 4.0, ""),
    ("sit and stay slowmo.mov", 5.0, ""),
    ("leaveIt_sausage.mov", 6.0, ""),
    ("VID_20261104_183012.mp4", 8.0, "recall practice at the park, first try, she runs off after the ducks"),
    ("VID_20261104_183544.mp4", 6.0, "recall practice at the park, she comes sprinting back"),
    ("leash-pulling-before.mp4", 6.0, ""),
    ("DSC_0193.JPG", None, "Biscuit asleep on the sofa"),
    ("DSC_0201.JPG", None, ""),
    ("C0039.MP4", 8.0, "wide shot of the back garden where we train"),
]
COLORS = ["0xa07040", "0x404040", "0x70a050", "0xb05030", "0x308030", "0x30a040",
          "0x606090", "0xc0b090", "0x9080c0", "0x508050"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hi, I'm Priya, and this is Biscuit, my two year old rescue spaniel.", 0.3),
    ("Today I'm going to show you the three things we practise every single day.", 0.4),
    ("Um, first of all, you need really good treats, like tiny bits of cheese or chicken.", 1.5),
    ("Keep them in a pouch on your belt so your hands are free.", 0.3),
    ("Some people use a clicker, and it, you know, marks the exact moment she gets it right.", 0.3),
    ("Let's start with sit.", 0.3),
    ("Hold the treat above her nose and move it slowly back over her head.", 0.3),
    ("As her bottom goes down, say sit, and reward straight away.", 1.8),
    ("Next is leave it, which honestly might save her life one day.", 0.3),
    ("Put a sausage on the floor, cover it with your hand, and wait for her to look away.", 0.3),
    ("The second she looks at you instead of the, uh, no wait, let me start that one again.", 0.3),
    ("The second she looks at you instead of the sausage, give her a treat from your other hand.", 2.0),
    ("Now the big one, recall, which is coming back when you call her name.", 0.3),
    ("We practise at the park on a long line, so she can't run off.", 0.3),
    ("The first few tries were, um, not great, she was way more interested in the ducks.", 0.3),
    ("Call once, in a happy voice, and run backwards a few steps to make it a game.", 0.3),
    ("When she reaches you, make a huge fuss and give her the best treat you have.", 1.7),
    ("Last one is walking nicely on the lead without pulling.", 0.3),
    ("If she pulls, just stop and stand still until the lead goes slack.", 0.3),
    ("It's boring for a week or two, but uh, it really does work.", 0.3),
    ("Keep every session short, five minutes is plenty, and always end on a win.", 0.3),
    ("After all that, she sleeps for the rest of the afternoon.", 0.3),
    ("Thanks for watching, and give your dog a scratch behind the ears from me.", 0.6),
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Hey, I'm Priya, and this little troublemaker is Biscuit.", 0.4),
    ("Uh, let's get her trained.", 0.5),
]
SPEC = TalkProject(
    title='Training Biscuit', topic='dog-training', talk=TALK, talk_color='0x4a5a48', music=MUSIC, music_tones=(262, 392, 110),
    music_codec=('-c:a', 'libmp3lame', '-b:a', '96k'), music_db=-14.0, take2=TAKE2, script=SCRIPT, take2_script=TAKE2_SCRIPT,
    broll=BROLL, colors=COLORS, voice=Voice(base=210.0, filler=185.0, swing=30.0, step=0.9, tremolo=4.0),
)


def create_dog_project(target: str | Path):
    """The dog-training project at ``target`` (a Session): talk and music on the timeline, B-roll in the bin."""
    return create_talk_project(target, SPEC)
