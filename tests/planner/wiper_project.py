"""A project of our own for round-10 "cuts": replacing a car's worn windscreen wiper blades.

A word transcript with fillers (five "um", three "uh": two open a sentence, one sits inside a quoted
phrase), a "you know", a line flubbed and abandoned out loud ("no, wait, hang on, let me say that
again") followed by the good take (both say "hook" and "click"), short signpost lines ("Right, the old
blade.", "Now, the new blade.", "Okay, passenger side."), an aside about a neighbour who is in no
media, one sentence that says a price without the word "cost", four long pauses, and sentences that
share words (the blade, the arm, the glass, the hook), so a description has to be precise. Things a
person might name that are never said here: rain-repellent coating, a rear wiper, a scraper.
Nothing here is copied from an eval suite.

    m1 talk (c1 on t1), m2..m4 B-roll (bin), m5 music (c2 on t3, -18 dB)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

# (sentence, pause after it in seconds)
SCRIPT = [
    ("Hi, I'm Tom, and today I'm swapping the worn out wiper blades on my little red hatchback.", 0.3),  # 0
    ("They've started smearing and juddering across the windscreen whenever it rains, which is, um, scary at night.", 1.8),  # 1
    ("The nice thing is this takes about ten minutes and you don't need a single tool.", 0.3),  # 2
    ("I picked up a pair of new blades from the motor factors for twelve pounds fifty, cheaper than a car wash.", 0.3),  # 3
    ("Most modern cars use a hook fitting with a small release tab, so check your handbook before you buy anything.", 1.6),  # 4
    ("Right, the old blade.", 0.3),  # 5
    ("Lift the wiper arm away from the glass until it locks upright on its own.", 0.3),  # 6
    ("Uh, careful now, if the arm snaps back it can crack the windscreen.", 0.3),  # 7
    ("Press the little tab and then, uh, slide the old blade down off the hook.", 2.0),  # 8
    ("Now, the new blade.", 0.3),  # 9
    ("Slide it onto the hook until, um, you hear a, no, wait, hang on, let me say that again.", 0.3),  # 10
    ("Slide it onto the hook until you hear a firm click, then give it a gentle tug to check.", 0.3),  # 11
    ("Lower the arm back down slowly, don't let it slap onto the glass.", 0.3),  # 12
    ("By the way, my neighbour Derek watched the whole thing over the fence and gave me a thumbs up.", 1.7),  # 13
    ("Okay, passenger side.", 0.3),  # 14
    ("It's the same job, just a slightly shorter blade on most cars, so check the sizes on the box.", 0.3),  # 15
    ("Um, the driver side is usually the longer one, you know, in case you mix them up.", 0.3),  # 16
    ("Then squirt some washer fluid and run the wipers a few times to test them.", 0.3),  # 17
    ("Look at that, um, no smears at all, the glass is completely clear.", 0.3),  # 18
    ("So that's it, um, tell me in the comments how long your last blades lasted.", 0.5),  # 19
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m4
    ("PXL_20261202_080112.mp4", "video", 6.0, "close up of the old blade smearing rain across the windscreen"),
    ("VID_0042.MOV", "video", 5.0, "pressing the tab and sliding the blade off the wiper arm hook"),
    ("clear windscreen.jpg", "image", None, ""),
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def wiper_project() -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at -18 dB; the B-roll stays in the bin."""
    return talk_project("wiper blades", talk_asset("DJI_0311.MP4", LENGTH, WORDS, SEGMENTS),
                        [*(asset(*b) for b in BROLL), asset("driving lofi loop.mp3", "audio", 200.0)],
                        music_id="m5", music_db=-18)
