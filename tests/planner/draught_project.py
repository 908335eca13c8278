"""A project of our own for round 18 (lead): fitting a brush draught excluder to the bottom of a front door.

Written for the mechanisms round 18 added, in words of our own (not blind suite R's): a talker with his own tics
("basically" three times, "innit" twice), contractions and numbers said in words, a retake abandoned out loud
("no wait, that came out wrong, let me say that again"), and media named the way phones, cameras and messaging
apps name files: a Sony talk (C0031.MP4), Telegram Desktop exports (video_... and photo_...), a Signal export, an
Insta360 export, a Samsung clip, a Pixel video and a Pixel still, a screenshot, and edited files with version
suffixes (door_gap_closeup_v3.mp4, strip_cut_final2.mov).

    ids: m1 talk, m2..m12 B-roll (BROLL order), m13 music
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import timed_script
from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project

TALK = "C0031.MP4"
MUSIC = "warm acoustic loop.m4a"
MUSIC_DB = -20.0
BROLL = [
    ("video_2026-02-03_10-15-40.mp4", 5.0, "the wind blowing leaves in under the door"),  # m2 (Telegram video)
    ("photo_2026-02-03_10-11-12.jpg", None, "a draughty hallway with a coat rack"),  # m3 (Telegram photo)
    ("signal-2026-02-04-091530.mp4", 5.0, ""),  # m4
    ("VID_20260205_141516_00_007.mp4", 6.0, "360 camera on the floor looking up at the door"),  # m5 (Insta360)
    ("20260206_120102.mp4", 5.0, "opening and closing the door over the carpet"),  # m6 (Samsung)
    ("PXL_20260201_181512345.mp4", 5.0, "sawing the strip to length with a hacksaw"),  # m7
    ("PXL_20260201_182040111.jpg", None, "the excluder strip on the hall floor, still in its packet"),  # m8
    ("Screenshot_20260201-200311.png", None, "shop basket page for a brush excluder strip, twelve pounds"),  # m9
    ("door_gap_closeup_v3.mp4", 4.0, "close up of the gap under the door"),  # m10
    ("strip_cut_final2.mov", 5.0, ""),  # m11
    ("GX010777.MP4", 5.0, "drilling pilot holes along the strip"),  # m12
]

SCRIPT: list[tuple[str, float]] = [
    ("Right, today I'm fitting a draught excluder to the bottom of my front door, because basically it's freezing in here.", 0.3),  # 0
    ("You can feel the wind coming under it, there's a gap you could post a letter through.", 0.3),  # 1
    ("You'll need a tape measure, a hacksaw, a pencil and the excluder strip itself, which was twelve pounds.", 1.5),  # 2
    ("Measure the width of the door, mine's seventy six centimetres.", 0.3),  # 3
    ("Don't measure the frame, measure the door, innit.", 0.3),  # 4
    ("Mark the strip with the pencil and cut it with the hacksaw, nice and straight.", 1.6),  # 5
    ("Now hold the strip against the door so the brush just touches the floor, no wait, that came out wrong, "
     "let me say that again.", 0.3),  # 6
    ("Now hold the strip against the door so the brush just kisses the floor when it's shut.", 0.3),  # 7
    ("Mark the screw holes, drill tiny pilot holes, and screw it on, basically.", 1.5),  # 8
    ("My neighbour Gareth says you can use a rolled up towel, but a towel isn't going to stop a gale, innit.", 1.7),  # 9
    ("Open and close the door a few times to check it doesn't drag on the carpet.", 0.3),  # 10
    ("If it drags, loosen the screws and nudge it up a couple of millimetres.", 0.3),  # 11
    ("And that's basically it, no more draught, and the heating bill should come down too.", 0.3),  # 12
    ("Thanks for watching, see you next time.", 0.5),  # 13
]

SEGMENTS, WORDS, LENGTH = timed_script(SCRIPT)


def sentence_span(index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` of SCRIPT on the uncut timeline."""
    return SEGMENTS[index].start, SEGMENTS[index].end


def draught_project(broll: dict[str, float] | None = None, broll_seconds: float | dict[str, float] = 4.0) -> Project:
    """In memory: the talk c1 on t1, the music c2 on t3; ``broll`` ({media id: start s}) on t2 as c3, c4, ...; the rest
    of the media in the bin."""
    others = [asset(name, "image" if seconds is None else "video", seconds, description)
              for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 240.0, "")]
    return talk_project("draught", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m13",
                        music_db=MUSIC_DB, broll=broll, broll_seconds=broll_seconds)


def draught_session(folder: str | Path, broll: dict[str, float] | None = None):
    """The in-memory project saved as a project folder, for turns through the orchestrator."""
    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.session import Session

    project = draught_project(broll)
    return Session(ProjectStore.create(Path(folder), project), project, History())
