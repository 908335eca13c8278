"""Lead, round 16: a volume change said for part of the video changes only that part. Before, "drop the music by
half during the intro", "music down for the first 10 seconds" and "lower the music between 0:20 and 0:30" set the
whole music clip's level (or asked to split it): the span was dropped. Now the change is a volume envelope over the
span (ramped at its edges), the clip's level and any envelope it had kept elsewhere. Smoke-alarm project, our own
words (none of these phrasings is in an eval suite).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.smokealarm_project import LENGTH, MUSIC_DB, SEGMENTS, smokealarm_project


def _turn(tmp_path: Path, *messages: str):
    project = smokealarm_project()
    session = Session(ProjectStore.create(tmp_path / "alarm", project), project, History())
    orchestrator = Orchestrator(session, backend=OfflineBackend())
    results = [asyncio.run(orchestrator.run_turn(m, auto_apply=True)) for m in messages]
    return session.project, results[-1]


def _gain_at(project, clip_id: str, seconds: float) -> float:
    """The clip's envelope gain (dB) at timeline ``seconds`` (linear between points, held past the ends)."""
    track, clip = project.find_clip(clip_id)
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


@pytest.mark.parametrize("message, inside, outside, gain", [
    ("drop the volume of the music by half during the intro", [1.0, 5.0], [10.0, 40.0, 65.0], -6.0),
    ("music down for the first 10 seconds", [0.5, 9.5], [11.0, 40.0], -6.0),
    ("lower the music between 0:20 and 0:30 a bit", [21.0, 29.0], [5.0, 19.0, 31.0, 60.0], -3.0),
    ("turn the music up 4 db for the last 8 s", [LENGTH - 7.0, LENGTH - 0.5], [10.0, LENGTH - 9.0], 4.0),
    ("music to -30 dB until 0:15", [1.0, 14.0], [16.0, 50.0], -30.0 - MUSIC_DB),
])
def test_a_volume_change_for_a_span_changes_that_span_only(tmp_path, message, inside, outside, gain):
    project, result = _turn(tmp_path, message)
    music = project.find_clip("c2")[1]
    assert music.volume_db == MUSIC_DB, result.reply  # the clip's own level is untouched
    for t in inside:
        assert _gain_at(project, "c2", t) == pytest.approx(gain, abs=0.01), (t, result.reply)
    for t in outside:
        assert _gain_at(project, "c2", t) == pytest.approx(0.0, abs=0.01), (t, result.reply)


def test_while_i_talk_about_a_topic_is_that_sentence(tmp_path):
    project, result = _turn(tmp_path, "can you make the music quieter while i talk about the step ladder")
    start, end = SEGMENTS[2].start, SEGMENTS[2].end  # "First get a stable step ladder ..."
    assert _gain_at(project, "c2", (start + end) / 2) < -1, result.reply
    assert _gain_at(project, "c2", start - 1.0) == pytest.approx(0.0, abs=0.01)
    assert _gain_at(project, "c2", end + 1.0) == pytest.approx(0.0, abs=0.01)


def test_the_voice_louder_in_the_outro_is_the_talk_clip_there(tmp_path):
    project, result = _turn(tmp_path, "make my voice louder in the outro")
    last = SEGMENTS[-1]
    assert _gain_at(project, "c1", (last.start + last.end) / 2) > 1, result.reply
    assert _gain_at(project, "c1", 10.0) == pytest.approx(0.0, abs=0.01)
    assert project.find_clip("c2")[1].envelope == ()


def test_a_whole_clip_change_is_still_the_clip_level(tmp_path):
    project, _ = _turn(tmp_path, "turn the music down 3 db")
    music = project.find_clip("c2")[1]
    assert music.volume_db == MUSIC_DB - 3 and music.envelope == ()


def test_a_span_change_keeps_an_envelope_already_there(tmp_path):
    project, _ = _turn(tmp_path, "music down for the first 10 seconds", "turn the music up 4 db for the last 8 s")
    assert _gain_at(project, "c2", 5.0) == pytest.approx(-6.0, abs=0.01)
    assert _gain_at(project, "c2", LENGTH - 3.0) == pytest.approx(4.0, abs=0.01)
    assert _gain_at(project, "c2", 30.0) == pytest.approx(0.0, abs=0.01)


def test_a_topic_never_talked_about_asks(tmp_path):
    project, result = _turn(tmp_path, "turn the music down while i talk about the carbon monoxide detector")
    assert project.find_clip("c2")[1].envelope == () and project.find_clip("c2")[1].volume_db == MUSIC_DB
