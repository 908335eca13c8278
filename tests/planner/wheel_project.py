"""A project of our own for round-16 cuts, times and trims: truing a bicycle wheel in a garage.

Written before reading the planner's misses. The talk is a Canon camera file (MVI_3381.MP4) with
word times: fillers um/uh/like as words, long pauses after some sentences, a retake said out loud
("no wait, hang on, I got that backwards, let me say that again"), a named person (my mate Dave),
a price, numbers said as words ("a quarter turn", "forty five minutes"). B-roll named the way
people's files are: an iPhone clip of the rim rubbing the pad, a descriptive name ("spoke key
closeup.mp4"), a GoPro of the wheel in the truing stand, a DJI drone shot, a Pixel clip of plucked
spokes, a still, and a music bed.

    ids: m1 talk, m2..m7 B-roll (BROLL order), m8 music; c1 talk on t1, c2 music on t3,
    B-roll placed by the test on t2 as c3, c4, ...
"""

from __future__ import annotations

from editor_app.eval.talk_project import timed_script
from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project

TALK = "MVI_3381.MP4"
MUSIC = "lofi_garage_beat.mp3"
MUSIC_DB = -20.0
BROLL = [
    ("IMG_4410.MOV", 6.0, "close up of the rim rubbing the brake pad as the wheel turns"),  # m2
    ("spoke key closeup.mp4", 5.0, ""),  # m3
    ("GH010233.MP4", 8.0, "the back wheel spinning in a truing stand in the garage"),  # m4
    ("DJI_0107.MP4", 7.0, "drone shot pulling back out of the open garage door"),  # m5
    ("PXL_20261101_140233.mp4", 5.0, "plucking spokes one by one to hear the tension"),  # m6
    ("tension chart.jpg", None, "a printed spoke tension chart pinned to the wall"),  # m7
]

SCRIPT: list[tuple[str, float]] = [
    ("Hey, I'm Tom, and today I'm truing the back wheel of my road bike here in the garage.", 0.3),  # 0
    ("Um, the rim has been rubbing the brake pad on every turn for about two weeks now.", 0.4),  # 1
    ("My mate Dave reckons I should just buy a new wheel, but that's like sixty quid.", 0.3),  # 2
    ("You need a spoke key, a zip tie, and, uh, a bit of patience.", 1.4),  # 3
    ("First, flip the bike upside down or put the wheel in a truing stand if you have one.", 0.3),  # 4
    ("Spin the wheel slowly and watch the gap between the rim and the brake pad.", 0.3),  # 5
    ("Where it rubs, that's your wobble, mark it with a bit of tape.", 1.5),  # 6
    ("Now, um, the spokes on the left pull the rim left and the spokes on the right pull it right.", 0.3),  # 7
    ("To move the rim away from the pad, tighten the spokes on the opposite side, like, a quarter turn at a time.", 0.3),  # 8
    ("Tighten the spoke, no wait, hang on, I got that backwards, let me say that again.", 0.3),  # 9
    ("Loosen the spokes on the side that rubs and tighten the ones on the other side, a quarter turn each.", 1.6),  # 10
    ("Never do more than half a turn in one go or you'll put a new wobble in.", 0.3),  # 11
    ("Pluck the spokes like guitar strings, uh, they should all sound about the same.", 0.3),  # 12
    ("A dull thud means that spoke is too loose.", 1.4),  # 13
    ("Keep spinning and adjusting until the gap is even all the way round.", 0.3),  # 14
    ("This one took me about forty five minutes the first time, um, and twenty the second.", 0.3),  # 15
    ("If a spoke is snapped or the rim is cracked, stop, and take it to a shop.", 0.3),  # 16
    ("Squeeze the brakes a few times to check nothing rubs.", 0.3),  # 17
    ("Thanks for watching, and ride safe.", 0.5),  # 18
]

SEGMENTS, WORDS, LENGTH = timed_script(SCRIPT)


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def wheel_project(broll: dict[str, float] | None = None, broll_seconds: float | dict[str, float] = 4.0) -> Project:
    """In memory: the talk c1 on t1, the music c2 on t3 at MUSIC_DB; ``broll`` ({media id: start s}) on
    t2 as c3, c4, ...; the rest of the media in the bin."""
    others = [asset(name, "image" if seconds is None else "video", seconds, description)
              for name, seconds, description in BROLL]
    others.append(asset(MUSIC, "audio", 240.0, ""))
    return talk_project("wheel", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m8",
                        music_db=MUSIC_DB, broll=broll, broll_seconds=broll_seconds)
