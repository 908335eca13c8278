"""A project of our own for round-8 B-roll places: re-grouting bathroom tiles.

A word transcript with fillers, a spoken retake ("Now press the grout ..., no, that's far too
runny, let me start that again"), sentences that undo each other ("take the bath panel off" /
"screw the bath panel back on", "turn the shower off" / "turn the shower back on"), B-roll named
like camera files (DJI, GoPro chest cam, Pixel) and plain names, one name with a negated word
("shower clean no mould.mov"), and a sound effect in the bin. Nothing here is copied from an eval
suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m9 B-roll and stills (bin), m10 music (c2 on t3), m11 squeak sfx (bin)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Hi, I'm Tom, and this morning I'm redoing the grout between the tiles in our shower.", 0.4),         # 0
    ("Look at this old grout, it has gone black with mould and bits are crumbling out of the joints.", 0.4),  # 1
    ("Honestly, a tiler quoted us three hundred pounds for this, which felt like daylight robbery.", 1.2),  # 2
    ("First turn the shower off and leave the tiles to dry out for a whole day.", 0.4),                  # 3
    ("Take the bath panel off so you can reach the bottom row.", 0.4),                                   # 4
    ("Step one, rake out the old grout to about two millimetres deep.", 0.4),                            # 5
    ("Keep the blade flat so you don't chip the glaze on the edge of the tile.", 0.4),                   # 6
    ("Then hoover out the dust, because loose grit stops the new grout sticking.", 1.0),                 # 7
    ("Step two, mix the powder with water until it's like thick peanut butter.", 0.4),                   # 8
    ("Now press the grout into the joints, and, uh, no, that's far too runny, let me start that again.", 0.4),  # 9
    ("Now press the grout into the joints with the float held at forty five degrees.", 0.4),             # 10
    ("Work in small patches, because it starts to set within about ten minutes.", 0.4),                  # 11
    ("Wipe the tiles with a damp sponge, um, turning it over often so you don't drag the grout out.", 0.4),  # 12
    ("After an hour, buff off the haze with a dry cloth until the tiles sparkle.", 0.8),                 # 13
    ("Screw the bath panel back on once the silicone along the bottom has dried.", 0.4),                 # 14
    ("Leave it to cure overnight before you turn the shower back on.", 0.4),                             # 15
    ("It looks brand new, and the whole lot cost me about fifteen pounds.", 0.4),                        # 16
    ("Thanks for watching, and tell me in the comments how yours turned out.", 0.5),                     # 17
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m9
    ("DJI_0042.MP4", "video", 6.0, "close up of black mouldy grout lines in the shower corner"),
    ("shower clean no mould.mov", "video", 6.0, ""),
    ("GX010331.MP4", "video", 7.0, "chest cam view, raking out the old grout with a grout rake"),
    ("GX010332.MP4", "video", 7.0, "chest cam view, pressing new grout into the joints with a rubber float"),
    ("mixing bucket.jpg", "image", None, ""),
    ("PXL_20261105_101500.mp4", "video", 6.0, "wiping the cloudy haze off the tiles with a sponge"),
    ("bath panel screws.jpg", "image", None, ""),
    ("silicone bead timelapse.mp4", "video", 8.0, ""),
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def word_start(sentence: int, text: str) -> float:
    """Start in seconds of the word reading ``text`` (exact, with punctuation) in sentence ``sentence``."""
    first = sum(len(s.split()) for s, _ in SCRIPT[:sentence])
    count = len(SCRIPT[sentence][0].split())
    return next(WORDS[i].start for i in range(first, first + count) if WORDS[i].text == text)


def grout_project() -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3; B-roll, stills and a sound effect in the bin."""
    others = [asset(*b) for b in BROLL] + [asset("mellow piano loop.mp3", "audio", 240.0, ""),
                                           asset("squeaky clean sfx.wav", "audio", 0.4, "one squeaky clean sound effect")]
    return talk_project("regrouting", talk_asset("MVI_0931.MP4", LENGTH, WORDS, SEGMENTS), others, music_id="m10",
                        music_db=None)
