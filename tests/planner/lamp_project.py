"""A project of our own for round-11 places: rewiring an old table lamp.

A word transcript with prices said without the word "cost" (the lamp's price one sentence after the
lamp is named), how long the job took, things described in one sentence ("the frayed brown wire by the
terminal", "the dusty old fabric shade"), one thing said the same way in two sentences ("the little
brass screw"), a retake said out loud ("..., no, sorry, let me start that one again"), a quotable line
("Here's the finished lamp ..."), and a media file named after a topic of the talk ("flicker test.mp4").
Nothing here is copied from an eval suite: names, speech and phrasings are our own.

    m1 talk (c1 on t1), m2..m9 B-roll and stills (bin), m10 music (c2 on t3)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

SCRIPT = [
    ("Hello, Dev here, and today I'm rewiring this old brass table lamp I found.", 0.4),                 # 0
    ("I picked the lamp up at a car boot sale last spring.", 0.4),                                       # 1
    ("The seller wanted twelve pounds, and I talked him down to eight.", 0.8),                           # 2
    ("Look at the frayed brown wire by the terminal, that's a fire waiting to happen.", 0.4),            # 3
    ("First, unplug it, obviously, and unscrew the base plate.", 0.4),                                   # 4
    ("Undo the little brass screw on the plug and pull the old flex out.", 0.4),                         # 5
    ("The new flex was four pounds fifty from the hardware shop, braided, in dark green.", 0.8),         # 6
    ("Strip about, um, fifteen millimetres, no, sorry, let me start that one again.", 0.4),              # 7
    ("Strip about eight millimetres of insulation off each wire with the strippers.", 0.4),              # 8
    ("Twist the strands tight so no whisker sticks out.", 0.4),                                          # 9
    ("Then tighten the little brass screw on the holder, nice and firm.", 0.8),                          # 10
    ("The dusty old fabric shade went straight in the bin, it was beyond saving.", 0.4),                 # 11
    ("A new linen shade was nine pounds, which felt steep for a bit of cloth.", 0.8),                    # 12
    ("Now the flicker test, plug in and tap the switch a few times.", 0.4),                              # 13
    ("No flicker at all, so the connections are solid.", 0.4),                                           # 14
    ("All in, the whole rewire took me about forty minutes.", 0.4),                                      # 15
    ("Here's the finished lamp on the bedside table, glowing away.", 0.4),                               # 16
    ("Thanks for watching, and go and rescue an old lamp of your own.", 0.5),                            # 17
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m9
    ("DSC_2210.JPG", "image", None, "the brass lamp on a car boot sale table with a price sticker"),     # m2
    ("C0102.MP4", "video", 6.0, "close up of the frayed flex where it meets the lamp holder"),           # m3
    ("wire cutters snipping.mp4", "video", 5.0, ""),                                                     # m4
    ("receipt.jpg", "image", None, "a hardware shop receipt for green braided flex"),                    # m5
    ("GX010455.MP4", "video", 6.0, "stripping the insulation off the wires with wire strippers"),       # m6
    ("linen shade.jpg", "image", None, ""),                                                              # m7
    ("flicker test.mp4", "video", 8.0, ""),                                                              # m8
    ("finished lamp.jpg", "image", None, ""),                                                            # m9
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def lamp_project() -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3; B-roll and stills in the bin."""
    others = [asset(*b) for b in BROLL] + [asset("acoustic morning bed.mp3", "audio", 240.0, "")]
    return talk_project("lamp rewire", talk_asset("C0101.MP4", LENGTH, WORDS, SEGMENTS), others, music_id="m10",
                        music_db=-18.0)
