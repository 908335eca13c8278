"""Lead, round 16: the music silenced for part of the video is a volume envelope there, never a cut of the talk
or a removal of the music. Before, "cut the music under the first sentence" cut that sentence out of the talk, "kill
the music while I talk about X" removed the whole music clip and "mute the music during the intro" muted the whole
music track. Smoke-alarm project, our own words (the probe that found it used a bike project and other words).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.own_talk import heard
from tests.planner.smokealarm_project import LENGTH, SCRIPT, SEGMENTS, smokealarm_project


def _turn(tmp_path: Path, message: str):
    project = smokealarm_project()
    session = Session(ProjectStore.create(tmp_path / "alarm", project), project, History())
    result = asyncio.run(Orchestrator(session, backend=OfflineBackend()).run_turn(message, auto_apply=True))
    return session.project, result


def _gain_at(project, clip_id: str, seconds: float) -> float:
    _, clip = project.find_clip(clip_id)
    points = sorted((p.frame, p.db) for p in clip.envelope)
    if not points:
        return 0.0
    frame = seconds * float(project.fps) - clip.start
    if frame <= points[0][0]:
        return points[0][1]
    for (f0, d0), (f1, d1) in zip(points, points[1:]):
        if f0 <= frame <= f1:
            return d0 + (d1 - d0) * (frame - f0) / (f1 - f0)
    return points[-1][1]


@pytest.mark.parametrize("message, inside, outside", [
    ("cut the music under the opening sentence", [SEGMENTS[0].start + 1, SEGMENTS[0].end - 1], [SEGMENTS[2].start, 40.0]),
    ("kill the music while i talk about the step ladder", [(SEGMENTS[2].start + SEGMENTS[2].end) / 2],
     [SEGMENTS[0].start + 1, SEGMENTS[5].start]),
    ("mute the music during the intro", [1.0], [SEGMENTS[4].start, LENGTH - 2]),
    ("can you get rid of the music for the last 6 seconds", [LENGTH - 3], [10.0, LENGTH - 8]),
    ("take the music out between 0:20 and 0:25", [21.0, 24.0], [18.0, 27.0]),
])
def test_the_music_is_silent_there_and_nothing_is_cut(tmp_path, message, inside, outside):
    project, result = _turn(tmp_path, message)
    assert heard(project) == " ".join(s for s, _ in SCRIPT), result.reply  # the talk is whole
    _, music = project.find_clip("c2")  # the music clip is still there, and its track not muted
    assert music is not None and not project.find_track(project.find_clip("c2")[0].id).muted
    for t in inside:
        assert _gain_at(project, "c2", t) <= -60, (t, result.reply)
    for t in outside:
        assert _gain_at(project, "c2", t) == pytest.approx(0.0, abs=0.01), (t, result.reply)


def test_the_whole_music_removed_is_still_a_removal(tmp_path):
    project, _ = _turn(tmp_path, "remove the music")
    assert all(c.id != "c2" for t in project.tracks for c in t.clips)


def test_the_music_turned_off_is_muted_not_removed(tmp_path):
    project, result = _turn(tmp_path, "turn the music off")
    track, music = project.find_clip("c2")
    assert music is not None and track.muted, result.reply


@pytest.mark.parametrize("message", ["fade out the music over 2 seconds", "fade out the music in the last 3 seconds",
                                     "fade out the song for the final 4 seconds"])
def test_a_fade_with_its_length_is_a_fade_not_a_silenced_span(tmp_path, message):
    """Round 16 CI regression: 'fade out the music over 2 seconds' was read as music silenced 'over 2 seconds' and
    asked which part; a fade out with a length or an end span is the fade intent's."""
    _, result = _turn(tmp_path, message)
    assert result.ok, result.reply
    kinds = [str(op) for op in result.operations]
    assert any("fade" in str(k).lower() for k in kinds), kinds
