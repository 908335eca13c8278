"""A project of our own for round 13b: deep-cleaning a barbecue grill (media named by the app that
recorded it, things inside clips, ambiguous and missing media, ducking the music).

The talk is a Nikon file (DSC_0905.MOV) with word times; B-roll named like people's files: two Nikon
clips that look alike (DSC_0912 the grates soaking, DSC_0918 the lid scraped), a Microsoft Teams
meeting recording of the barbecue club call, a Windows Game Bar capture of a Firefox window (no
description), an iPhone Voice Memos file ("New Recording 14.m4a"), a descriptive name with spaces,
and two stills of the grates (before and after). Sausages and steak are said in the talk; no media
shows them.

    ids: m1 talk, m2..m9 B-roll (BROLL order), m10 music, m11 outro take 2
"""

from __future__ import annotations

from pathlib import Path

from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project, timed

TALK = "DSC_0905.MOV"
MUSIC = "summer bbq acoustic loop.mp3"
MUSIC_DB = -16.0
TAKE2 = "DR0000_0102.WAV"
BROLL = [
    ("DSC_0912.MOV", 6.0, "the cast grates soaking in a tub of hot soapy water"),  # m2
    ("DSC_0918.MOV", 6.0, "scraping black carbon flakes off the inside of the lid"),  # m3
    ("BBQ club monthly-20260611_181502-Meeting Recording.mp4", 8.0,
     "video call with the barbecue club, a man holding up a wire brush to his webcam"),  # m4
    ("Mozilla Firefox 2026-06-10 21-03-44.mp4", 6.0, ""),  # m5
    ("New Recording 14.m4a", 5.0, "the lid hinge creaking open and shut"),  # m6
    ("burner tubes brushing.mov", 5.0, ""),  # m7
    ("grates before.jpg", None, ""),  # m8
    ("grates_after_clean.jpg", None, ""),  # m9
]

SCRIPT: list[tuple[str, float]] = [
    ("Alright folks, Gav here, and this grill has not been cleaned since last summer.", 0.3),  # 0
    ("You'll need a wire brush, a plastic scraper, washing up liquid and a bucket.", 1.2),  # 1
    ("First, um, make sure the gas is off and the bottle is disconnected.", 0.3),  # 2
    ("Lift the grates out and drop them in a tub of hot soapy water to soak.", 1.5),  # 3
    ("Now scrape all that black stuff off the inside of the lid, it's just carbon.", 0.3),  # 4
    ("Pull the burner tubes and brush along the holes so the flame comes out even.", 0.3),  # 5
    ("The grease tray is the horrible bit, uh, scrape it into the bin not the sink.", 1.6),  # 6
    ("Scrub the grates with the wire brush and rinse them off.", 0.3),  # 7
    ("Put it all back, light it up and let it burn for fifteen minutes to dry out.", 0.3),  # 8
    ("Then it's ready for sausages and a nice thick steak.", 0.4),  # 9
    ("Cheers for watching, see you next time.", 0.5),  # 10
]
TAKE2_SCRIPT = [("That's the grill sorted, cheers for watching.", 0.4)]

WORDS, SEGMENTS, LENGTH = timed(SCRIPT)


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def grill_project(broll: dict[str, float] | None = None) -> Project:
    """In memory: the talk c1 on t1, the music c2 on t3 at MUSIC_DB; ``broll`` ({media id: start s}) on
    t2 as c3, c4, ...; the rest in the bin."""
    others = [asset(name, "image" if seconds is None else ("audio" if name.endswith(".m4a") else "video"),
                    seconds, description) for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 240.0, ""), asset(TAKE2, "audio", 4.0, "")]
    return talk_project("grill", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m10",
                        music_db=MUSIC_DB, broll=broll)


def grill_session(folder: str | Path, broll: dict[str, float] | None = None):
    """The in-memory project as a project folder (a Session): turns through the orchestrator."""
    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.session import Session

    project = grill_project(broll)
    return Session(ProjectStore.create(Path(folder), project), project, History())
