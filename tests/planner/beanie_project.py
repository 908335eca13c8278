"""A project of our own for round-13b conversation: knitting a ribbed beanie hat.

The talk (MVI_0392.MP4) with fillers and pauses; B-roll named like people's files: two Pixel clips
that look alike (PXL_20261130_1412.mp4 casting on, PXL_20261130_1530.mp4 the crown decreases), a
GoPro of the yarn ball rolling off the sofa, a screen recording of the pattern, stills.

    ids: m1 talk, m2..m11 B-roll (BROLL order), m12 music, m13 take 2
"""

from __future__ import annotations

from pathlib import Path

from editor_app.model.project import Project
from editor_app.eval.talk_project import timed_script
from tests.planner.own_talk import asset, talk_asset, talk_project

TALK = "MVI_0392.MP4"
MUSIC = "cosy acoustic loop.mp3"
MUSIC_DB = -18.0
TAKE2 = "voice memo 14.m4a"
BROLL = [
    ("PXL_20261130_1412.mp4", 6.0, "hands casting on stitches onto circular needles with grey wool"),  # m2
    ("PXL_20261130_1530.mp4", 6.0, "knitting two together at the crown, the top of the hat closing up"),  # m3
    ("GOPR0221.MP4", 5.0, "the yarn ball rolling off the sofa and the cat chasing it"),  # m4
    ("Screen Recording 2026-11-29 at 21.04.mov", 8.0, "scrolling through the free beanie pattern on a website"),  # m5
    ("pompom maker.mov", 6.0, ""),  # m6
    ("IMG_7781.jpg", None, "the finished grey beanie with a pompom on a wooden head"),  # m7
    ("ribbing_closeup.JPG", None, "close up of the two by two rib at the brim"),  # m8
    ("yarn label.png", None, ""),  # m9
    ("MVI_0395.MP4", 5.0, "blocking the finished hat on a plate to dry"),  # m10, the talk's camera too
    ("MVI_0401.MP4", 5.0, "trying the hat on in the mirror"),  # m11
]

SCRIPT: list[tuple[str, float]] = [
    ("Hey folks, Priya here, and today I'm knitting a simple ribbed beanie.", 0.3),  # 0
    ("You need one ball of chunky wool and, um, a pair of six millimetre circular needles.", 1.4),  # 1
    ("My brother Tom says knitting is for grannies, but he's asked for three hats already.", 0.3),  # 2
    ("Now the wool goes on, cast eighty stitches and join them in the round.", 0.3),  # 3
    ("Knit two, purl two, all the way round, for about five centimetres.", 1.6),  # 4
    ("Then switch to plain knit stitch until the hat is about eighteen centimetres tall.", 0.3),  # 5
    ("Uh, now the decreases, knit two together across the whole round.", 0.3),  # 6
    ("Thread the tail through the last stitches and pull it tight to close the crown.", 1.5),  # 7
    ("Finally add a pompom, I use a little plastic pompom maker.", 0.3),  # 8
    ("And there it is, a cosy hat in one evening, thanks for watching.", 0.5),  # 9
]
SEGMENTS, WORDS, LENGTH = timed_script(SCRIPT)


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def beanie_project(broll: dict[str, float] | None = None) -> Project:
    """In memory: talk c1 on t1, music c2 on t3 at MUSIC_DB; ``broll`` ({media id: start s}) on t2."""
    others = [asset(name, "image" if seconds is None else "video", seconds, description)
              for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 240.0, ""), asset(TAKE2, "audio", 5.0, "")]
    return talk_project("beanie", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m12",
                        music_db=MUSIC_DB, broll=broll, broll_seconds=4.0)


def beanie_session(folder: str | Path, broll: dict[str, float] | None = None):
    """The in-memory project saved as a project folder (a Session): turns go through the orchestrator."""
    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.session import Session

    project = beanie_project(broll)
    return Session(ProjectStore.create(Path(folder), project), project, History())
