"""A project of our own for round-11 "cuts": fixing a running toilet by swapping its flapper.

A word transcript with fillers (three "um", three "uh": one opens a line whose description says
"over"), a filler "like," set off by commas in the same sentence as a "like" used as a preposition, a
question answered in the same breath ("Was it worth it? Totally, ...") and a question followed by a
pause ("Why does it keep running?"), two prices (the flapper, and the chain), long pauses (one right
before "And now, the flush test"), and B-roll whose file names share words with lines ("flapper close
up.mp4", "flush test.mov"), so a description has to be read as a line, not a file. Nothing here is
copied from an eval suite.

    m1 talk (c1 on t1), m2..m4 B-roll (bin), m5 music (c2 on t3, -18 dB)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

# (sentence, pause after it in seconds)
SCRIPT = [
    ("Hi, I'm Dana, and my toilet has been running all night, so today we fix it.", 0.3),  # 0
    ("Why does it keep running?", 1.4),  # 1
    ("Nine times out of ten it's the flapper, um, the rubber seal at the bottom of the tank.", 0.3),  # 2
    ("The old one is, like, warped, and it flaps around like a wet sock.", 1.9),  # 3
    ("First, turn the water off at the valve behind the toilet.", 0.3),  # 4
    ("Uh, hold the lid over the bath when you lift it, it's heavier than it looks.", 0.3),  # 5
    ("Flush once to empty the tank, and, uh, mop up whatever drips.", 1.6),  # 6
    ("Unhook the chain from the handle arm, then pop the flapper off its two pegs.", 0.3),  # 7
    ("The new flapper was seven dollars, which is less than a sandwich.", 0.3),  # 8
    ("A spare chain was another three dollars, um, just in case.", 0.3),  # 9
    ("Clip the new one onto the pegs and leave a little slack in the chain.", 2.0),  # 10
    ("And now, the flush test.", 0.3),  # 11
    ("Turn the water back on, let it fill, and listen.", 0.3),  # 12
    ("Uh, silence, which is exactly what you want.", 0.3),  # 13
    ("Was it worth it? Totally, no more hissing at three in the morning.", 0.3),  # 14
    ("Um, let me know what else in your bathroom needs fixing.", 0.5),  # 15
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m4
    ("flapper close up.mp4", "video", 6.0, "the warped old flapper next to the new one"),
    ("flush test.mov", "video", 5.0, ""),
    ("IMG_2231.JPG", "image", None, "the valve behind the toilet"),
]


def word_index(text: str, sentence: int) -> int:
    """The index in WORDS of the first word ``text`` (exact token) said in sentence ``sentence``."""
    first = sum(len(s.split()) for s, _ in SCRIPT[:sentence])
    return next(i for i in range(first, len(WORDS)) if WORDS[i].text == text)


def flapper_project() -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at -18 dB; the B-roll stays in the bin."""
    return talk_project("running toilet", talk_asset("C0107.MP4", LENGTH, WORDS, SEGMENTS),
                        [*(asset(*b) for b in BROLL), asset("bathroom jazz loop.mp3", "audio", 200.0)],
                        music_id="m5", music_db=-18)
