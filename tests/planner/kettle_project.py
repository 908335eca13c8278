"""A project of our own for round-10 dialogue: descaling a kettle with vinegar.

The talk (a Canon-style camera file) has a word transcript with a few long pauses; B-roll is named
like phone and GoPro files, ONE GoPro chest-cam clip, two phone clips alike (IMG_7710 the first
rinse, IMG_7711 the second rinse), two plain-named clips, a still of the clean element, a click
sound effect, and a music loop under the talk. Nothing here is copied from an eval suite: names,
speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m8 B-roll and a still (bin), m9 music (c2 on t3 at -14 dB), m10 click sfx (bin)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Hey, I'm Tomasz, and today we're descaling this crusty old kettle.", 0.4),                      # 0
    ("Look at all that white limescale on the element, it's like a snow globe in there.", 1.6),       # 1
    ("First, um, unplug it and let it cool down completely.", 0.4),                                        # 2
    ("Fill it halfway with equal parts white vinegar and water.", 0.4),                               # 3
    ("Bring it to the boil, then switch it off and leave it to soak for an hour.", 1.8),              # 4
    ("After the soak, pour the vinegar away down the sink.", 0.4),                                    # 5
    ("Scrub the, uh, stubborn bits with an old toothbrush.", 0.4),                                         # 6
    ("Don't forget the little mesh filter in the spout, it pops right out.", 1.5),                    # 7
    ("Now rinse it out and boil fresh water twice to get rid of the smell.", 0.4),                    # 8
    ("If you hate the vinegar smell, citric acid works just as well.", 0.4),                          # 9
    ("Do this every month if you live somewhere with hard water.", 0.4),                              # 10
    ("That's it, enjoy your tea and see you next time.", 0.5),                                        # 11
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

TALK = "MVI_0412.MP4"
MUSIC = "kitchen jazz loop.mp3"
MUSIC_DB = -14.0

BROLL = [  # (file name, kind, seconds, description): m2..m8
    ("PXL_20261201_083012554.mp4", "video", 6.0, "close up of the limescale crust on the element"),
    ("GX010882.MP4", "video", 6.0, "chest cam, pouring the vinegar into the kettle"),
    ("IMG_7710.MOV", "video", 5.0, "first rinse under the cold tap"),
    ("IMG_7711.MOV", "video", 5.0, "second rinse, swirling fresh water round"),
    ("clean element.jpg", "image", None, "the shiny element after descaling"),
    ("spout filter.mp4", "video", 6.0, "popping the mesh filter out of the spout"),
    ("toothbrush scrub.mov", "video", 6.0, "scrubbing the stubborn bits with a toothbrush"),
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def kettle_project(broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at MUSIC_DB; ``broll`` ({media id: start s}, 4 s
    each) on t2 as c3, c4, ...; the rest of the B-roll, the still and the click in the bin."""
    others = [asset(*b) for b in BROLL] + [asset(MUSIC, "audio", 200.0, ""),
                                           asset("kettle click.wav", "audio", 0.4, "the kettle switch clicking off")]
    return talk_project("kettle", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m9",
                        music_db=MUSIC_DB, broll=broll)
