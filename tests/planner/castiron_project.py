"""A project of our own for round-9 "cuts": cleaning and re-seasoning a rusty cast-iron pan.

A word transcript with fillers (four "um", two "uh" — one opening a sentence —, two filler "like",
a "you know"), a take flubbed and abandoned out loud ("no, wait, sorry, let me start that again")
followed by the good take, a list of what you need, numbers said in words ("two hundred and thirty
degrees", "twenty minutes" said twice, only once after "like"), two comparisons (a shop's price, a
non-stick pan), long pauses, and sentences that share topic words (the oil, the oven, the rust,
the surface), so a description has to be precise. Things a person might name that are never said
here: olive oil, a wok, an enamel pot, vinegar. B-roll named like camera files; a music bed.
Nothing here is copied from an eval suite.

    m1 talk (c1 on t1), m2..m5 B-roll and a still (bin), m6 music (c2 on t3, -15 dB)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

# (sentence, pause after it in seconds)
SCRIPT = [
    ("Hi, I'm Priya, and today we're rescuing my grandmother's old cast iron skillet from the back of the cupboard.", 0.4),  # 0
    ("Um, it's covered in orange rust and the surface feels, like, rough and sticky when you run a finger over it.", 0.4),  # 1
    ("For this you need steel wool, a stiff brush, some dish soap, paper towels and a bottle of flaxseed oil.", 1.6),  # 2
    ("First, scrub the rust off with the steel wool under warm running water until you see bare grey metal.", 0.4),  # 3
    ("A little soap is fine here, uh, despite what people online keep telling you.", 0.4),  # 4
    ("Dry it straight away on the hob, because wet iron starts rusting again within minutes.", 1.5),  # 5
    ("Now rub a thin layer of oil over every surface, then wipe it back off as if you made a mistake.", 0.4),  # 6
    ("Put it upside down in the oven at, um, two hundred, no, wait, sorry, let me start that again.", 0.4),  # 7
    ("Put it upside down in the oven at two hundred and thirty degrees for one hour.", 0.4),  # 8
    ("Uh, the upside down bit matters, otherwise the oil pools and turns into sticky spots.", 0.4),  # 9
    ("Let it cool inside the oven, which takes, like, twenty minutes, then repeat the oiling three times.", 1.8),  # 10
    ("A kitchen shop quoted me forty pounds to re-season it, and the oil cost about two pounds.", 0.4),  # 11
    ("Honestly, the scrubbing alone took twenty minutes, you know, not the five I promised at the start.", 0.4),  # 12
    ("Look at that, um, the surface is smooth, black and glossy now, and an egg slides right off.", 0.4),  # 13
    ("Compared to my old non-stick pan, this one will last a hundred years if you look after it.", 0.4),  # 14
    ("So season your pan after every wash, and, um, tell me in the comments what you cook in yours.", 0.5),  # 15
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m5
    ("PXL_20261201_091544.mp4", "video", 6.0, "scrubbing orange rust off the skillet with steel wool in the sink"),
    ("IMG_5120.MOV", "video", 5.0, "wiping flaxseed oil over the pan with a paper towel"),
    ("oven door shut.jpg", "image", None, ""),
    ("egg test.mp4", "video", 6.0, ""),
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def castiron_project() -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at -15 dB; the B-roll stays in the bin."""
    return talk_project("cast iron rescue", talk_asset("GH010233.MP4", LENGTH, WORDS, SEGMENTS),
                        [*(asset(*b) for b in BROLL), asset("warm kitchen jazz bed.mp3", "audio", 240.0)],
                        music_id="m6", music_db=-15)
