"""Blind evaluation project F: repotting a root-bound monstera ("Gus") at home.

Written without reading the planner, the index or the agents. Built like
editor_app/eval/project_dog.py: the talk is a camera file (MVI_3308.MP4) whose transcript is
written here with word times, and whose audio is made from those times with numpy (a voiced tone
per word, digital silence in the pauses), so fillers, pauses and one retake are exactly where the
transcript says. B-roll is named like people's files: two GoPro clips (GX...) and two stills of
the plant are deliberately alike, so "the GoPro clip" or "the photo of Gus" is ambiguous. A sound
effect (a short whoosh, audio only) is in the bin, and a re-recorded outro is in the bin only.

    ids: m1 talk, m2..m9 B-roll (BROLL order), m10 music, m11 outro redo (voice), m12 sound effect;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 lo-fi bed, talk length, -12 dB)
"""

from __future__ import annotations

import math
import wave
from pathlib import Path

import numpy as np

from editor_app.eval.talk_project import RATE, TalkProject, Voice, create_talk_project, timed_script  # noqa: F401
from editor_app.model.operations import ImportMedia

TALK = "MVI_3308.MP4"
MUSIC = "lofi plants bed.mp3"
TAKE2 = "outro redo.wav"
SFX = "pop_whoosh.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("GX010233.MP4", 6.0, "top down shot of the roots circling round the bottom of the old nursery pot"),
    ("GX010241.MP4", 5.0, "rinsing the old soil off the roots in the kitchen sink"),
    ("perlite pour.MOV", 4.0, ""),
    ("terracotta pots garden centre final_FINAL v2.mov", 7.0, ""),
    ("moss-pole-install.mp4", 5.0, ""),
    ("watering_slowmo_120fps.mp4", 4.0, ""),
    ("Gus before.jpg", None, ""),
    ("Gus AFTER (edited).jpg", None, ""),
]
COLORS = ["0x5a3a20", "0x708090", "0xe8e8e0", "0xc06040", "0x407030", "0x3060a0", "0x50704a", "0x60a050"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hey everyone, welcome back to the windowsill, I'm Noor.", 0.3),
    ("Today we're finally repotting Gus, my monstera, who has been sulking in the same pot for three years.", 0.4),
    ("Um, so how do you know it's time?", 0.3),
    ("If roots are poking out of the drainage holes, or water runs straight through, the plant is root bound.", 1.6),
    ("Here you can see them circling round and round the bottom.", 0.3),
    ("Pick a new pot only one or two sizes bigger, otherwise the soil stays wet for weeks.", 0.3),
    ("And it has to have a hole in the bottom, no exceptions.", 0.4),
    ("Too much wet soil is how roots start to rot, and, uh, trust me, that smell is unforgettable.", 1.8),
    ("For the mix I use about half potting compost, a handful of orchid bark, and plenty of perlite.", 0.3),
    ("The chunky bits let air get down to the roots.", 0.3),
    ("Water the plant the day before, so the whole root ball slides out in one piece.", 0.3),
    ("Now, um, tip it on its side and squeeze the old plastic pot until it lets go.", 0.3),
    ("Gently tease the outer roots loose with your fingers, and if any are, uh, brown and mushy, no hang on, "
     "let me say that again.", 0.3),
    ("Gently tease the outer roots loose with your fingers, and snip off any that are brown and mushy.", 2.0),
    ("Put a layer of fresh mix in the new pot, set the plant on top, and check it sits at the same depth as before.", 0.3),
    ("Then fill in around the sides and press lightly, you don't want to pack it down hard.", 0.3),
    ("Push the moss pole in now, while the roots are still easy to move around.", 0.3),
    ("Give it a good slow drink until water comes out the bottom.", 0.3),
    ("It might look a bit droopy for a week, that's totally normal, it's just settling in.", 1.5),
    ("Keep it out of direct sun and don't feed it for about a month.", 0.3),
    ("And that's it, Gus has room to grow again.", 0.3),
    ("Honestly, um, I was nervous the first time, but plants are tougher than you think.", 0.3),
    ("If this helped, subscribe, and show me your jungle in the comments.", 0.6),
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Okay, that's Gus sorted, he finally has room to grow.", 0.4),
    ("Um, see you next time, happy planting.", 0.5),
]
SPEC = TalkProject(
    title="Repotting Gus", topic="houseplant", talk=TALK, talk_color="0x3a4a30", music=MUSIC,
    music_tones=(220, 330, 120), music_codec=("-c:a", "libmp3lame", "-b:a", "96k"), music_db=-12.0, take2=TAKE2,
    script=SCRIPT, take2_script=TAKE2_SCRIPT, broll=BROLL, colors=COLORS,
    voice=Voice(base=190.0, filler=170.0, swing=25.0, step=1.1, tremolo=5.0),
)


def whoosh_wav(path: Path, seconds: float = 1.2) -> None:
    """A sound effect: a noise sweep that swells and dies away, then a short pop (mono 16 kHz)."""
    n = int(seconds * RATE)
    t = np.arange(n) / RATE
    rng = np.random.default_rng(7)
    noise = rng.standard_normal(n) * np.sin(math.pi * t / seconds) ** 2 * 0.25
    pop = np.sin(2 * math.pi * 880 * t) * np.exp(-30 * np.maximum(0, t - 0.9)) * (t > 0.9) * 0.4
    pcm = (np.clip(noise + pop, -1, 1) * 32000).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm)


def create_plants_project(target: str | Path):
    """The repotting project at ``target`` (a Session): talk and music on the timeline, B-roll and a sound in the bin."""
    from editor_app.media.importer import build_asset

    session = create_talk_project(target, SPEC)
    sfx = Path(target).expanduser().resolve() / "media" / SFX
    whoosh_wav(sfx)
    session.apply([ImportMedia(asset=build_asset(sfx, name=SFX, description=""))], "Import the sound effect")
    return session
