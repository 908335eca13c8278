"""A project of our own for round 21 (lead): laying loft insulation between the joists.

Written for the mechanisms round 21 added, in words of our own (not blind suites W, X, Y or Z's): a talker with
fillers (three um, two uh), a tic phrase said three times ("if you see what I mean"), a name said in three sentences
(Dara, a neighbour), a retake abandoned out loud, long pauses, numbers said in words, and media named the way
cameras and apps name them: a Canon talk, a chaptered GoPro recording (GOPR0512.MP4, GP010512.MP4), an iMovie export
("My Movie 5.mp4"), a Snapchat save with a face filter in its picture, a Windows Voice Recorder take and a typed
name with a version suffix.

    ids: m1 talk, m2..m9 B-roll (BROLL order), m10 music
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import timed_script
from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project

TALK = "MVI_2231.MP4"
MUSIC = "calm acoustic bed.mp3"
BROLL = [
    ("GOPR0512.MP4", 6.0, "timelapse from the loft hatch: unrolling the first rolls of insulation between the joists"),  # m2
    ("GP010512.MP4", 6.0, "timelapse continued: the last roll going in by the water tank"),  # m3
    ("My Movie 5.mp4", 5.0, ""),  # m4
    ("Snapchat-3300442211.mp4", 4.0, "my nephew's snapchat of me in the mask with a cat-ears filter"),  # m5
    ("joist_gap_tape_measure_v3.mp4", 4.0, "measuring the gap between two joists with a tape measure"),  # m6
    ("gloves and mask.mp4", 4.0, "putting on the gloves, the goggles and the dust mask"),  # m7
    ("water tank lagging.mp4", 5.0, "wrapping the jacket round the cold water tank"),  # m8
    ("Recording (2).m4a", 5.0, "second take of the sign-off"),  # m9
]
SCRIPT = [
    ("Hiya, today I'm topping up the loft insulation, because the bedroom above the garage is freezing.", 0.3),  # 0
    ("Um, you want about two hundred and seventy millimetres in total, if you see what I mean.", 1.6),  # 1
    ("First put on gloves, goggles and a mask, the fibres get everywhere.", 0.3),  # 2
    ("Measure the gap between the joists, mine are four hundred apart.", 1.5),  # 3
    ("Unroll the first layer between the joists, hang on, I've got that backwards, let me start that again.", 0.3),  # 4
    ("Unroll the first layer between the joists, uh, and tuck it right into the eaves.", 0.3),  # 5
    ("The second layer goes across the joists, if you see what I mean, so there are no gaps.", 1.7),  # 6
    ("Um, my neighbour Dara did his without a mask and coughed for a week.", 0.3),  # 7
    ("Dara still says it was worth it, which it was not.", 0.3),  # 8
    ("Never squash the insulation, it only works when it is fluffy.", 1.5),  # 9
    ("Leave the top of the water tank bare, uh, so the loft warmth keeps it from freezing.", 0.3),  # 10
    ("Wrap the tank and the pipes instead, if you see what I mean.", 0.3),  # 11
    ("Um, that's it, and thanks to Dara for lending me the ladder.", 0.5),  # 12
]

SEGMENTS, WORDS, LENGTH = timed_script(SCRIPT)


def loft_project(broll: dict[str, float] | None = None, broll_seconds: float | dict[str, float] = 4.0) -> Project:
    """In memory: the talk c1 on t1, the music c2 on t3; ``broll`` ({media id: start s}) on t2 as c3, c4, ...; the rest
    of the media in the bin."""
    others = [asset(name, "audio" if name.endswith(".m4a") else "video", seconds, description)
              for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 240.0, "")]
    return talk_project("loft", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m10",
                        music_db=-18.0, broll=broll, broll_seconds=broll_seconds)


def loft_session(folder: str | Path, broll: dict[str, float] | None = None):
    """The in-memory project saved as a project folder, for turns through the orchestrator."""
    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.session import Session

    project = loft_project(broll)
    return Session(ProjectStore.create(Path(folder), project), project, History())
