"""A project of our own for round-11b dialogue: fitting a new pull tab on a jacket zip.

The talk (a Fujifilm-named camera file, DSCF4410.MOV) has a word transcript; B-roll is named like
people's files: two GoPro clips alike (GX010901 the pliers opening the old slider, GX010905 threading
the new pull tab), a phone clip of the jacket zipped up (IMG_3301.MOV), a still of the broken zip
("zip before.jpg") and a music bed under the talk. Nothing here is copied from an eval suite.

    m1 talk (c1 on t1), m2..m5 B-roll and the still (bin), m6 music (c2 on t3 at -16 dB)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Hey, I'm Tomas, and my coat zip pull snapped off this morning.", 0.4),                         # 0
    ("You need a replacement pull tab kit and a small pair of pliers.", 0.4),                         # 1
    ("First open the little ring on the slider with the pliers, gently.", 1.4),                       # 2
    ("Thread the new pull tab through the ring and squeeze it shut.", 0.4),                           # 3
    ("Give it a tug to check it holds, and zip it up and down a few times.", 1.5),                    # 4
    ("It took five minutes and cost two pounds, so that's a win.", 0.4),                              # 5
    ("Thanks for watching, see you next fix.", 0.5),                                                  # 6
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

TALK = "DSCF4410.MOV"
MUSIC = "lofi zip bed.mp3"
MUSIC_DB = -16.0

BROLL = [  # (file name, kind, seconds, description): m2..m5
    ("GX010901.MP4", "video", 6.0, "head cam, pliers opening the ring on the old slider"),
    ("GX010905.MP4", "video", 6.0, "head cam, threading the new pull tab through the ring"),
    ("IMG_3301.MOV", "video", 5.0, "the jacket zipped up and down on the hanger"),
    ("zip before.jpg", "image", None, "the snapped zip with no pull tab"),
]


def sentence_start(index: int) -> float:
    """Where sentence ``index`` of SCRIPT starts on the uncut timeline, in seconds."""
    return SEGMENTS[index].start


def zipper_project(broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at MUSIC_DB; ``broll`` ({media id: start s}) on t2
    as c3, c4, ...; the rest of the media in the bin."""
    others = [asset(*b) for b in BROLL] + [asset(MUSIC, "audio", 240.0, "")]
    return talk_project("zipper", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m6",
                        music_db=MUSIC_DB, broll=broll)
