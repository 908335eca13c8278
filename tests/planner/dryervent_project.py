"""A project of our own for round-13 B-roll, placement, titles, effects and audio: cleaning a
tumble dryer's vent (the lint trap, the duct hose, the outside flap).

Written before reading the planner's misses. Laid out like every tests/planner own project
(tests/planner/own_talk.py): the talk is a Panasonic camera file (P1000231.MP4) with word times,
fillers and pauses; B-roll named the way people name files: two Pixel clips that look alike
(PXL_20261202_101500.mp4 the lint trap full, PXL_20261202_101812.mp4 the lint trap clean), a
GoPro of the duct hose (GX010455.MP4), a screen recording of a fire-statistics page, a DJI drone
shot of the outside wall, a descriptive name ("vacuum attachment.mov"), and three stills
("outside flap.jpg", IMG_7702.JPG the lint ball, "fire stats.png"). A whoosh sound effect and the
music sit in the bin.

    ids: m1 talk, m2..m10 B-roll (BROLL order), m11 music, m12 whoosh
"""

from __future__ import annotations

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

TALK = "P1000231.MP4"
MUSIC = "acoustic morning 3.mp3"
MUSIC_DB = -16.0
WHOOSH = "whoosh_sfx.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("PXL_20261202_101500.mp4", 5.0, "lint trap pulled out of the dryer, thick with grey fluff"),  # m2
    ("PXL_20261202_101812.mp4", 5.0, "lint trap clean after rinsing under the tap"),  # m3
    ("GX010455.MP4", 8.0, "the flexible duct hose pulled off the back of the dryer"),  # m4
    ("Screen Recording 2026-12-02 at 10.41.07.mov", 9.0, "scrolling a web page about dryer fires"),  # m5
    ("DJI_0042.MP4", 7.0, "drone shot flying along the outside wall of the house"),  # m6
    ("vacuum attachment.mov", 6.0, ""),  # m7
    ("outside flap.jpg", None, ""),  # m8
    ("IMG_7702.JPG", None, "a big ball of lint pulled out of the duct"),  # m9
    ("fire stats.png", None, ""),  # m10
]

SCRIPT: list[tuple[str, float]] = [
    ("Hey, I'm Rosa, and today we're cleaning out the tumble dryer vent.", 0.3),  # 0
    ("My towels were taking two cycles to dry, and that's usually a blocked vent.", 0.3),  # 1
    ("Um, it's not just annoying, lint in the duct is a real fire risk.", 0.3),  # 2
    ("Dryers start thousands of house fires every year, mostly because nobody cleans them.", 1.6),  # 3
    ("Start with the lint trap, pull it out and peel off all the fluff.", 0.3),  # 4
    ("Then give it a rinse, uh, fabric softener leaves a film on the mesh.", 1.5),  # 5
    ("Unplug the dryer and pull it away from the wall.", 0.3),  # 6
    ("Loosen the clamp and slide the duct hose off the back.", 0.3),  # 7
    ("Use the long skinny vacuum attachment to get right down inside the hose.", 0.3),  # 8
    ("Look at this, a ball of lint the size of my fist.", 1.8),  # 9
    ("Now go outside and check the flap on the wall.", 0.3),  # 10
    ("The flap should swing open freely, mine was stuck shut with fluff.", 0.3),  # 11
    ("Um, clear it out with your fingers or a bottle brush.", 0.3),  # 12
    ("Put the hose back on, tighten the clamp, and push the dryer back.", 0.3),  # 13
    ("Run it on a short cycle and feel the air coming out of the flap.", 0.3),  # 14
    ("My towels now dry in one cycle, so it saves money too.", 0.3),  # 15
    ("Do this once a year and clean the lint trap every single load.", 0.3),  # 16
    ("Thanks for watching, stay safe, bye.", 0.5),  # 17
]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT)


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def dryervent_project(broll: dict[str, float] | None = None, broll_seconds: float | dict[str, float] = 4.0) -> Project:
    """In memory: the talk c1 on t1, the music c2 on t3 at MUSIC_DB; ``broll`` ({media id: start s}) on
    t2 as c3, c4, ...; the rest of the media in the bin."""
    others = [asset(name, "image" if seconds is None else "video", seconds, description)
              for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 240.0, ""), asset(WHOOSH, "audio", 1.0, "")]
    return talk_project("dryervent", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m11",
                        music_db=MUSIC_DB, broll=broll, broll_seconds=broll_seconds)


def dryervent_session(folder, broll: dict[str, float] | None = None):
    """The in-memory project saved as a project folder, for turns through the orchestrator."""
    from pathlib import Path

    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.session import Session

    project = dryervent_project(broll)
    return Session(ProjectStore.create(Path(folder), project), project, History())
