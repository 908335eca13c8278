"""A project of our own for round 20 (lead): bleeding a radiator and topping up the boiler pressure.

Written for the mechanisms round 20 added, in words of our own (not blind suites T, U, V or W's): a talker with
fillers (three um, two uh), "you know" twice, a retake abandoned out loud ("hang on, I've said that the wrong way
round, let me go again"), long pauses, and media named the way cameras and apps name files: a Panasonic talk
(P1000412.MP4), two look-alike DJI clips told apart only by what they show, a GoPro clip, a macOS screen recording
and a macOS screenshot (both "Screen..."), a Samsung clip, and a snake_case clip with a version suffix.

    ids: m1 talk, m2..m10 B-roll (BROLL order), m11 music
"""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.talk_project import timed_script
from editor_app.model.project import Project
from tests.planner.own_talk import asset, talk_asset, talk_project

TALK = "P1000412.MP4"
MUSIC = "quiet piano morning.mp3"
BROLL = [
    ("DJI_20260110093012_0003_D.MP4", 5.0, "the radiator key turning in the bleed valve, air hissing out"),  # m2
    ("DJI_20260110094530_0009_D.MP4", 5.0, "the radiator key turning in the bleed valve, water dripping into a cloth"),  # m3
    ("GX010932.MP4", 5.0, "the boiler pressure gauge needle climbing"),  # m4
    ("Screen Recording 2026-01-10 at 10.02.11.mov", 6.0, ""),  # m5
    ("Screenshot 2026-01-10 at 10.05.40.png", None, "the boiler manual page about pressure"),  # m6
    ("20260110_101515.mp4", 5.0, "feeling the top of the radiator for cold spots"),  # m7
    ("filling_loop_closeup_v2.mp4", 4.0, ""),  # m8
    ("towel_under_valve.mp4", 4.0, ""),  # m9
    ("thermostat_dial.mp4", 4.0, "turning the heating off at the thermostat"),  # m10
]

SCRIPT: list[tuple[str, float]] = [
    ("Morning, today I'm bleeding the radiators, because the one in the hall is cold at the top.", 0.3),  # 0
    ("Um, that cold patch means there's air trapped inside, you know.", 1.6),  # 1
    ("First turn the heating off and let everything cool down for an hour.", 0.3),  # 2
    ("Put a towel under the valve and grab your radiator key.", 1.5),  # 3
    ("Turn the key clockwise until you hear hissing, hang on, I've said that the wrong way round, let me go again.", 0.3),  # 4
    ("Turn the key anticlockwise until you hear hissing, uh, just a quarter turn.", 0.3),  # 5
    ("When water starts to dribble out, close the valve straight away.", 1.7),  # 6
    ("Um, my sister Priya once left hers open and flooded the landing.", 0.3),  # 7
    ("Now check the boiler, the pressure gauge should sit at about one and a half bar.", 0.3),  # 8
    ("If it's low, open the filling loop slowly, uh, and watch the needle climb.", 1.5),  # 9
    ("Close the filling loop, switch the heating back on, and feel the radiator warm up, you know.", 0.3),  # 10
    ("Um, that's it, no more cold patch and no more gurgling.", 0.5),  # 11
]

SEGMENTS, WORDS, LENGTH = timed_script(SCRIPT)


def radiator_project(broll: dict[str, float] | None = None, broll_seconds: float | dict[str, float] = 4.0) -> Project:
    """In memory: the talk c1 on t1, the music c2 on t3; ``broll`` ({media id: start s}) on t2 as c3, c4, ...; the rest
    of the media in the bin."""
    others = [asset(name, "image" if seconds is None else "video", seconds, description)
              for name, seconds, description in BROLL]
    others += [asset(MUSIC, "audio", 240.0, "")]
    return talk_project("radiator", talk_asset(TALK, LENGTH, WORDS, SEGMENTS), others, music_id="m11",
                        music_db=-18.0, broll=broll, broll_seconds=broll_seconds)


def radiator_session(folder: str | Path, broll: dict[str, float] | None = None):
    """The in-memory project saved as a project folder, for turns through the orchestrator."""
    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.session import Session

    project = radiator_project(broll)
    return Session(ProjectStore.create(Path(folder), project), project, History())
