"""A project of our own for round-11b "cuts": sharpening the blade of a lawnmower.

A word transcript with two "um" and two "uh" (one opens the sentence about tipping the mower, one sits
in a false start abandoned out loud, "sorry, let me try that again", whose redo names the socket
wrench the flub never reached), an aside about a named neighbour (Priya) who is in no media, two
sentences about a new blade's price (only one says "a new blade would cost"), a question answered in
the same breath ("Was it worth the effort? Absolutely, ..."), long pauses (after "worth a try", after
the Priya story, before "Hang it on a nail"), and B-roll whose names share words with lines
("nailHangBalance.mp4"), so a quote is read as the talk's words. Nothing here is copied from an eval
suite.

    m1 talk (c1 on t1), m2..m4 B-roll (bin; m2 and m3 put on t2 by the tests that trim them), m5 music
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

# (sentence, pause after it in seconds)
SCRIPT = [
    ("Hey, I'm Ravi, and today I'm sharpening the blade on my old lawnmower.", 0.3),  # 0
    ("It's been cutting badly all summer, um, tearing the grass instead of slicing it.", 0.3),  # 1
    ("A new blade would cost me about thirty dollars, so sharpening is worth a try.", 1.7),  # 2
    ("First, unplug the spark plug wire so it can't start.", 0.3),  # 3
    ("Uh, tip the mower on its side with the air filter facing up.", 0.3),  # 4
    ("Funny story, my neighbour Priya once tipped hers the wrong way and flooded the filter with oil.", 1.5),  # 5
    ("Loosen the bolt and, uh, pull the blade off, no, wait, sorry, let me try that again.", 0.3),  # 6
    ("Loosen the centre bolt with a socket wrench and slide the blade off.", 0.3),  # 7
    ("File each edge at the same angle, um, about thirty degrees.", 0.3),  # 8
    ("The file was twelve dollars, which is less than half a new blade.", 1.9),  # 9
    ("Hang it on a nail to check the balance.", 0.3),  # 10
    ("Was it worth the effort? Absolutely, the lawn looks like a golf course now.", 0.3),  # 11
    ("Let me know in the comments what you sharpen next.", 0.5),  # 12
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m4
    ("DJI_0042.MP4", "video", 8.0, "the mower tipped on its side, blade up"),
    ("Screen Recording 2026-06-01 at 10.12.03.mov", "video", 9.0, "the blade listed in an online shop"),
    ("nailHangBalance.mp4", "video", 5.0, ""),
]


def mower_project(broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at -18 dB; ``broll`` ({media id: start s}) on t2 as
    c3, ... at their whole length; the rest stays in the bin."""
    return talk_project("lawnmower blade", talk_asset("MVI_7731.MP4", LENGTH, WORDS, SEGMENTS),
                        [*(asset(*b) for b in BROLL), asset("summer garden acoustic.mp3", "audio", 200.0)],
                        music_id="m5", music_db=-18, broll=broll, broll_seconds={"m2": 8.0, "m3": 9.0, "m4": 5.0})
