"""A project of our own for round-6 mechanisms: building a wooden birdhouse with my daughter.

A word transcript with a question, a spoken self-correction and fillers (two "um", one "uh",
one "er"); B-roll named like phone and camera files with descriptions, two stills, a sound effect
in the bin (an audio file that is not music) and a music bed. Nothing here is copied from any
eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m7 B-roll and stills (bin), m8 hammer sound (bin), m9 music (c2 on t3, -10 dB)
"""

from __future__ import annotations

from functools import partial

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

# (sentence, pause after it in seconds)
SCRIPT = [
    ("Hi, I'm Sam, and this weekend my daughter Ella and I are building a birdhouse.", 0.4),  # 0
    ("Um, we picked cedar because it shrugs off the rain for years.", 0.4),                    # 1
    ("What size should the entrance hole be?", 0.4),                                            # 2
    ("For small songbirds about an inch and a quarter is plenty.", 1.5),                        # 3
    ("Ella marked the panels with a pencil and a square.", 0.4),                                # 4
    ("Then I sawed along the lines, um, slowly, while she held the board steady.", 0.4),        # 5
    ("Glue the walls to the base, wait, let me say that again.", 0.4),                          # 6
    ("Glue the walls to the base and tap the nails in with a light hammer.", 1.6),              # 7
    ("The roof hangs over the front so the rain drips clear of the hole.", 0.4),                # 8
    ("She painted it sky blue, uh, with little yellow stars.", 0.4),                            # 9
    ("We hung it in the plum tree, er, facing away from the wind.", 0.4),                       # 10
    ("Thanks for watching, and tell us which birds move in.", 0.6),                             # 11
]


WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def word_start(text: str) -> float:
    """Where the first word reading ``text`` starts (exact text, with its punctuation)."""
    return next(w.start for w in WORDS if w.text == text)


_asset = partial(asset, seconds=5.0)


def birdhouse_project(*, broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at -10 dB; ``broll`` ({media id: start s}, 4 s
    each, clips c3, c4, ... in that order) on t2 (B-roll); the rest stays in the bin."""
    others = [
        _asset("VID_20260503_1012.mp4", description="sawing the cedar plank on the workbench"),  # m2
        _asset("VID_20260503_1140.mp4", description="painting the birdhouse blue with a small brush"),  # m3
        _asset("drill bit closeup.MOV", seconds=3),                                            # m4
        _asset("finished birdhouse.jpg", kind="image", seconds=None),                          # m5
        _asset("cedar offcuts.JPG", kind="image", seconds=None),                               # m6
        _asset("IMG_0931.MOV", seconds=6, description="hanging the birdhouse in the plum tree"),  # m7
        _asset("hammer tap.wav", kind="audio", seconds=0.4, description="three light hammer taps"),  # m8
        _asset("acoustic sunday.mp3", kind="audio", seconds=120),                              # m9
    ]
    return talk_project("birdhouse", talk_asset("birdhouse_talk_A001.MP4", LENGTH, WORDS, SEGMENTS), others,
                        music_id="m9", music_db=-10, broll=broll)
