"""A project of our own for round-7 dialogue: sharpening a kitchen knife on a whetstone.

A word transcript with fillers and three long pauses; B-roll named like camera and phone files,
two of them deliberately alike (GOPR0231 and GOPR0234, both top-down shots of the knife on the
stone, coarse side and fine side); a still of the stone, a sound effect in the bin and a music
bed. Nothing here is copied from any eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m9 B-roll and a still (bin), m10 blade ring sound (bin), m11 music (c2 on t3, -12 dB)
"""

from __future__ import annotations

from functools import partial

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

# (sentence, pause after it in seconds)
SCRIPT = [
    ("Hi, I'm Priya, and today I'm sharpening my old chef's knife on a whetstone.", 0.4),               # 0
    ("First, soak the stone in water for about ten minutes until the bubbles stop.", 1.8),            # 1
    ("This is a combination stone, one thousand grit on one side and six thousand on the other.", 0.4),  # 2
    ("Um, the angle matters more than anything else.", 0.4),                                           # 3
    ("I hold the blade at roughly fifteen degrees, about the height of two coins stacked up.", 0.4),  # 4
    ("Push the edge across the stone with light pressure, heel to tip.", 1.6),                        # 5
    ("Do ten strokes on one side, then flip the knife and match them on the other side.", 0.4),      # 6
    ("Now feel for the burr, a tiny rough lip along the edge, uh, with your thumb.", 0.4),            # 7
    ("Once there's a burr all the way along, switch to the fine side.", 2.0),                         # 8
    ("The six thousand side polishes the edge and takes the burr off.", 0.4),                         # 9
    ("Finish with a few very light alternating strokes.", 0.4),                                        # 10
    ("Time for the paper test.", 0.4),                                                                  # 11
    ("It glides through the paper without catching, that's what you want.", 0.4),                      # 12
    ("And a ripe tomato slices clean with no squashing at all.", 1.5),                                  # 13
    ("Rinse the stone, let it dry, and flatten it every few sessions.", 0.4),                          # 14
    ("Thanks for watching, and keep your knives sharp.", 0.6),                                         # 15
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)
MUSIC_DB = -12.0


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


_asset = partial(asset, seconds=6.0)


def knife_project(*, broll: dict[str, float] | None = None, length: float = 4.0) -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at -12 dB; ``broll`` ({media id: start s},
    ``length`` s each, clips c3, c4, ... in that order) on t2 (B-roll); the rest stays in the bin."""
    others = [
        _asset("IMG_5120.MOV", description="soaking the whetstone in a tub of water"),          # m2
        _asset("GOPR0231.MP4", seconds=7, description="knife on the coarse side of the stone, top down"),  # m3
        _asset("GOPR0234.MP4", seconds=7, description="knife on the fine side of the stone, top down"),  # m4
        _asset("burr check macro.mov", seconds=5),                                            # m5
        _asset("paper test.mp4", seconds=6),                                                    # m6
        _asset("tomato slice.MOV", seconds=6),                                                  # m7
        _asset("combo stone 1000-6000.jpg", kind="image", seconds=None),                       # m8
        _asset("flattening plate.mp4", seconds=5, description="flattening the stone on a plate"),  # m9
        _asset("blade ring.wav", kind="audio", seconds=0.5, description="a knife ringing sound effect"),  # m10
        _asset("lofi kitchen beat.mp3", kind="audio", seconds=180),                             # m11
    ]
    return talk_project("whetstone", talk_asset("A7S03412.MP4", LENGTH, WORDS, SEGMENTS), others,
                        music_id="m11", music_db=MUSIC_DB, broll=broll, broll_seconds=length)
