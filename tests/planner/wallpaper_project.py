"""A project of our own for round-13 cuts, times and trims: wallpapering a feature wall.

Written before reading the planner's misses. The talk is a Panasonic camera file (P1020417.MP4)
with word times: fillers um/uh/erm as words, long pauses after some sentences, a false start and
one retake said out loud, a price, a named person (my sister), numbers said as words ("forty
eight hours", "ten centimetres"). B-roll named the way people's files are: a phone clip of the
paste being mixed, a GoPro of the plumb line, a DJI clip of the smoothing brush, a descriptive
name ("trimming at the skirting.mov") and two stills.

    ids: m1 talk, m2..m8 B-roll (BROLL order), m9 music; c1 talk on t1, c2 music on t3,
    B-roll placed by the test on t2 as c3, c4, ...
"""

from __future__ import annotations

from editor_app.eval.talk_project import timed_script
from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project

TALK = "P1020417.MP4"
MUSIC = "acoustic_morning.mp3"
MUSIC_DB = -20.0
BROLL = [
    ("IMG_7712.MOV", 6.0, "stirring wallpaper paste in a bucket"),  # m2
    ("GOPR0231.MP4", 8.0, "a plumb line hanging down the wall with chalk"),  # m3
    ("DJI_0042.MP4", 7.0, "smoothing the paper with a brush to push out bubbles"),  # m4
    ("trimming at the skirting.mov", 5.0, ""),  # m5
    ("IMG_7730.MOV", 5.0, "the finished feature wall with the lights on"),  # m6
    ("roll_labels.jpg", None, "batch numbers on the wallpaper roll labels"),  # m7
    ("pattern match closeup.JPG", None, ""),  # m8
]

SCRIPT: list[tuple[str, float]] = [
    ("Hi, I'm Priya, and today we're putting up wallpaper on one feature wall in the lounge.", 0.3),  # 0
    ("This paper is a big leaf pattern, and it cost me thirty two pounds a roll, which hurt.", 0.3),  # 1
    ("Um, check the batch numbers on every roll match, or the colour can be slightly off.", 1.4),  # 2
    ("My sister helped me pick it, she has much better taste than me.", 0.3),  # 3
    ("First, strip the old paper and fill any holes, then let the filler dry.", 0.3),  # 4
    ("Mix the paste, erm, follow the packet, it should be like thick custard with no lumps.", 1.6),  # 5
    ("Honestly the paste is the worst bit, it gets everywhere, on the floor, in your hair, on the cat.", 0.3),  # 6
    ("Hang a plumb line about fifty centimetres from the corner and mark it with a pencil.", 0.3),  # 7
    ("Never trust the corner of the room, no wall in this house is straight.", 1.5),  # 8
    ("Cut your first length with ten centimetres spare at the top and bottom.", 0.3),  # 9
    ("Paste the wall, not the paper, this one is a paste the wall paper, so, uh, it's quicker.", 0.3),  # 10
    ("Line the edge up with your pencil mark and smooth it down from the middle out.", 0.3),  # 11
    ("Push the air bubbles out to the sides with the brush, um, don't press too hard.", 1.7),  # 12
    ("For the next length, slide it up and down until the pattern matches across the join.", 0.3),  # 13
    ("Butt the edges together, the, the, don't overlap them.", 0.3),  # 14
    ("At the skirting, crease it with the back of the scissors, pull it back and cut along the line.", 0.3),  # 15
    ("Trim the top at the ceiling with a sharp knife, wait, no, let me start that bit again.", 0.3),  # 16
    ("Trim the top at the ceiling with a sharp blade and a wide scraper as a guide.", 1.5),  # 17
    ("Wipe any paste off the front with a damp sponge straight away.", 0.3),  # 18
    ("Leave it forty eight hours before you hang anything on it.", 0.3),  # 19
    ("The whole job took me a Saturday afternoon and four rolls.", 0.3),  # 20
    ("Thanks for watching, and good luck with your own wall.", 0.5),  # 21
]

SEGMENTS, WORDS, LENGTH = timed_script(SCRIPT)


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def wallpaper_project(broll: dict[str, float] | None = None, broll_seconds: float | dict[str, float] = 4.0) -> Project:
    """In memory: the talk c1 on t1, the music c2 on t3 at MUSIC_DB; ``broll`` ({media id: start s}) on
    t2 as c3, c4, ...; the rest of the media in the bin."""
    others = [asset(name, "image" if seconds is None else "video", seconds, description)
              for name, seconds, description in BROLL]
    others.append(asset(MUSIC, "audio", 240.0, ""))
    return talk_project("wallpaper", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m9",
                        music_db=MUSIC_DB, broll=broll, broll_seconds=broll_seconds)


def wallpaper_session(folder, broll: dict[str, float] | None = None):
    """The in-memory project saved as a project folder (a Session): for turns through the orchestrator."""
    from pathlib import Path

    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.session import Session

    project = wallpaper_project(broll)
    return Session(ProjectStore.create(Path(folder), project), project, History())
