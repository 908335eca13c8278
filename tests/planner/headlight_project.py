"""A project of our own for round-12 "cuts": changing a car's blown headlight bulb.

A word transcript with fillers of four kinds (three "um", three "uh", a filler "like" next to a verb
"like" and a "looks like" that must stay, two "you know"), long pauses (after the intro, after the
price line, after the warning, before the outro), a retake abandoned out loud ("hang on, let me start
that bit again") whose redo says the same thing properly, a question answered in the same breath
("Why not just go to a garage? Because ..."), an aside about a brother-in-law named Kwame who is in no
media, and sentences that share words (bulb, connector, clip, cover, headlight), so a description has
to be precise. Things a person might name that are never said here: xenon, fog lights, a fuse.
Nothing here is copied from an eval suite.

    m1 talk (c1 on t1), m2..m4 B-roll (bin, or on t2 as c3, ... where a test puts them), m5 music (c2)
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

# (sentence, pause after it in seconds)
SCRIPT = [
    ("Hey everyone, Nadia here, and today I'm changing the blown headlight bulb on my old estate car.", 1.8),  # 0
    ("The passenger side went dark last week and, um, I got pulled over for it.", 0.3),  # 1
    ("Why not just go to a garage? Because they wanted forty pounds for a two minute job.", 0.3),  # 2
    ("The new bulb cost me eight pounds at the parts shop.", 1.7),  # 3
    ("Pop the bonnet and, uh, find the round rubber cover behind the headlight.", 0.3),  # 4
    ("Twist the cover anticlockwise and pull it off.", 0.3),  # 5
    ("Now unplug the connector from the back of the bulb, it's like, really stiff.", 0.3),  # 6
    ("Squeeze the wire clip and, um, swing it out of the, no, hang on, let me start that bit again.", 0.3),  # 7
    ("Squeeze the wire clip at both ends and swing it down so the old bulb drops out.", 1.6),  # 8
    ("Don't touch the glass of the new bulb with your fingers, you know, the oil makes it burn out early.", 1.9),  # 9
    ("Uh, hold it by the metal base and slot it in with the tabs lined up.", 0.3),  # 10
    ("Clip the wire back over the bulb, plug the connector back in, and twist the cover on.", 0.3),  # 11
    ("My brother-in-law Kwame says I'd like a job at a garage after this.", 0.3),  # 12
    ("Turn on the lights and, you know, check both sides from the front of the car.", 0.3),  # 13
    ("Uh, that looks like a proper bright beam now.", 2.1),  # 14
    ("Thanks for watching, um, and tell me which bulb you changed last.", 0.5),  # 15
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT, 0.3)

BROLL = [  # (file name, kind, seconds, description): m2..m4
    ("IMG_4410.MOV", "video", 7.0, "close up of the rubber cover being twisted off behind the headlight"),
    ("new bulb in packet.jpg", "image", None, ""),
    ("GX010233.MP4", "video", 10.0, "the car at night with both headlights on from the front"),
]


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def headlight_project(broll: dict[str, float] | None = None) -> Project:
    """The talk c1 on t1 (Main), the music c2 on t3 at -18 dB; ``broll`` ({media id: start s}) on t2 as
    c3, ... (IMG_4410 7 s, the still 4 s, GX010233 10 s); the rest stays in the bin."""
    return talk_project("headlight bulb", talk_asset("MVI_0815.MP4", LENGTH, WORDS, SEGMENTS),
                        [*(asset(*b) for b in BROLL), asset("garage funk loop.mp3", "audio", 200.0)],
                        music_id="m5", music_db=-18, broll=broll,
                        broll_seconds={"m2": 7.0, "m3": 4.0, "m4": 10.0})
