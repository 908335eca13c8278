"""A project of our own for round-8 "cuts": fixing a squeaky door hinge.

A word transcript with fillers (two "um", two "uh", a "you know", a filler "like"), a false start
abandoned out loud ("hang on, I grabbed the wrong tub, let me do that again") followed by the good
take, long pauses, and sentences that share topic words (the pin, the grease, the door, the
hinges), so a description has to be precise. B-roll named like camera files; a music bed. Nothing
here is copied from an eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m6 B-roll and stills (bin), m7 music (c2 on t3, -12 dB)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

# (sentence, pause after it in seconds)
SCRIPT = [
    ("Hi, I'm Sam, and this bedroom door has been squeaking every single night for a month.", 0.4),       # 0
    ("Um, it squeals so loudly that it wakes the baby, which is no fun at all.", 1.5),                     # 1
    ("All you need is a hammer, a long nail, some paper towel and a tub of white lithium grease.", 0.4),  # 2
    ("First, close the door so its weight is off the hinges.", 0.4),                                      # 3
    ("Tap the nail up from underneath to push the hinge pin out, uh, a little at a time.", 0.4),          # 4
    ("Only pull one pin at a time, or the door will drop on your foot.", 1.2),                            # 5
    ("Wipe the old black gunk off the pin with the paper towel.", 0.4),                                   # 6
    ("The pin was, like, covered in rust and dust from years of nothing.", 0.4),                          # 7
    ("Now smear the grease along the pin, hang on, I grabbed the wrong tub, let me do that again.", 0.4),  # 8
    ("Now smear the grease along the pin in a thin even coat.", 0.4),                                     # 9
    ("Slide the pin back down through the knuckles and tap it home with the hammer.", 1.6),               # 10
    ("Swing the door back and forth a few times so the grease works into the hinge.", 0.4),               # 11
    ("Um, do the same for the top and bottom hinges, you know, while you are at it.", 0.4),               # 12
    ("Skip the cooking oil, because it goes sticky and collects dust in a week.", 0.4),                   # 13
    ("Listen to that, not a single squeak, the door just glides now.", 0.4),                              # 14
    ("The whole fix took ten minutes and the grease cost less than a coffee.", 0.4),                      # 15
    ("Thanks for watching, and, uh, good luck with your own noisy doors.", 0.5),                          # 16
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m6
    ("DJI_0042.MP4", "video", 6.0, "tapping the hinge pin up and out with a nail and hammer"),
    ("IMG_3310.MOV", "video", 5.0, "smearing grease on the hinge pin"),
    ("PXL_20261102_101500.mp4", "video", 6.0, ""),
    ("grease tub.jpg", "image", None, ""),
    ("door swinging quietly.mp4", "video", 7.0, ""),
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def hinge_project() -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at -12 dB; the B-roll stays in the bin."""
    return talk_project("squeaky hinge", talk_asset("MVI_0815.MP4", LENGTH, WORDS, SEGMENTS),
                        [*(asset(*b) for b in BROLL), asset("acoustic morning bed.mp3", "audio", 180.0)],
                        music_id="m7", music_db=-12)
