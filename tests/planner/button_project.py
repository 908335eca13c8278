"""A project of our own for round-10 edits: sewing a lost button back onto a wool coat.

The talk (a camera file) has a word transcript; B-roll is named like phone and GoPro files, two
phone clips alike whose descriptions share "stitch" (IMG_3301 the first stitches, IMG_3302 the
last ones), a plain-named clip, a still of the finished coat and a still of the kit, and a music
loop under the talk. Nothing here is copied from an eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m8 B-roll and stills (bin), m9 music (c2 on t3 at -14 dB)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Hello, I'm Tomasz, and the top button fell off my winter coat on the bus this morning.", 0.5),   # 0
    ("Luckily I caught it before it rolled under a seat.", 0.4),                                      # 1
    ("You need a needle, some strong thread that matches, scissors and a matchstick.", 0.4),          # 2
    ("Cut about an arm's length of thread and double it over, then knot the two ends together.", 0.4),  # 3
    ("Find the old holes in the fabric where the button used to sit.", 0.4),                          # 4
    ("Push the needle up from the inside and through one hole of the button.", 0.4),                  # 5
    ("Lay the matchstick across the top so the stitches stay a little loose.", 0.4),                 # 6
    ("Go down through the opposite hole and repeat that about six times.", 0.6),                     # 7
    ("Now pull out the matchstick and wind the thread around the stitches under the button.", 0.4),   # 8
    ("That makes a shank, so the button sits proud and the coat closes easily.", 0.4),                # 9
    ("Finish with three tight knots on the inside and snip the loose end.", 0.4),                     # 10
    ("There you go, good as new, thanks for watching.", 0.5),                                        # 11
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

TALK = "A001_C014.MP4"
MUSIC = "quiet piano loop.mp3"
MUSIC_DB = -14.0

BROLL = [  # (file name, kind, seconds, description): m2..m8
    ("PXL_20261130_081122.mp4", "video", 6.0, "threading the needle by the window"),
    ("IMG_3301.MOV", "video", 6.0, "the first few stitches through the button holes"),
    ("IMG_3302.MOV", "video", 6.0, "the last stitches going down through the opposite hole"),
    ("GX020771.MP4", "video", 6.0, "winding thread round under the button to make a shank"),
    ("button kit.jpg", "image", None, "needle, thread, scissors and a matchstick on the table"),
    ("coat done.jpg", "image", None, "the finished coat buttoned up on a hanger"),
    ("knots and snip.mp4", "video", 5.0, ""),
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def button_project(broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at MUSIC_DB; ``broll`` ({media id: start s}, 4 s
    each) on t2 as c3, c4, ... in that order; the rest of the B-roll and the stills in the bin."""
    others = [asset(*b) for b in BROLL] + [asset(MUSIC, "audio", 200.0, "")]
    return talk_project("coat button", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m9",
                        music_db=MUSIC_DB, broll=broll)
