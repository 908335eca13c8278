"""Lead, round 16, grout project, our own words:

- "put the squeaky clean sound when I say sparkle" cut the word "sparkle" out of the talk ("clean", in the sound's
  file name, was read as a removal verb); now the sound is placed there and the talk is untouched.
- "I don't like the bit where I moan about the tiler" was not understood; now it is a cut of that sentence held for
  a yes (a dislike alone is no instruction to cut), and a dislike of a part said twice asks which.
- "ok so the bit where I moan about the tiler quote, can we lose that, it sounds a bit petty" (the part named first,
  then the verb, then why) was not understood; now it cuts that sentence.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from editor_app.model.history import History
from editor_app.model.project_io import ProjectStore
from editor_app.orchestrator import OfflineBackend, Orchestrator
from editor_app.session import Session
from tests.planner.grout_project import LENGTH, SEGMENTS, grout_project


def _chat(tmp_path: Path, *messages: str):
    project = grout_project()
    session = Session(ProjectStore.create(tmp_path / "grout", project), project, History())
    orchestrator = Orchestrator(session, backend=OfflineBackend())
    results = [asyncio.run(orchestrator.run_turn(m, auto_apply=True)) for m in messages]
    return session.project, results


def _talk_s(project) -> float:
    return sum(c.duration for c in project.tracks_by_role("main")[0].clips) / project.fps


def test_a_sound_named_clean_is_placed_never_a_cut(tmp_path):
    project, (result,) = _chat(tmp_path, "put the squeaky clean sound when I say sparkle")
    assert abs(_talk_s(project) - LENGTH) < 0.05, result.reply
    sounds = [c for c in project.clips() if c.media_id == "m11"]
    sparkle = next(w for w in project.media["m1"].words if w.text.lower().startswith("sparkle"))
    assert len(sounds) == 1 and abs(sounds[0].start / project.fps - sparkle.start) < 0.05


def test_a_dislike_alone_is_a_cut_held_for_a_yes(tmp_path):
    project, (held, done) = _chat(tmp_path, "i don't like the bit where i moan about the tiler", "yes")
    assert "confirm" in held.reply.lower()
    tiler = SEGMENTS[2]
    assert abs(_talk_s(project) - (LENGTH - (tiler.end - tiler.start))) < 1.5, done.reply


def test_a_dislike_of_a_part_said_twice_asks(tmp_path):
    project, (result,) = _chat(tmp_path, "i don't like the bit about the bath panel")
    assert abs(_talk_s(project) - LENGTH) < 0.05 and "0:29" in result.reply


def test_a_part_named_first_then_the_verb_then_why(tmp_path):
    project, (result,) = _chat(tmp_path, "ok so the bit where i moan about the tiler quote, can we lose that, it sounds a bit petty")
    assert _talk_s(project) < LENGTH - 3, result.reply
    assert not any("Honestly" in w.text for w in _kept_words(project))


def _kept_words(project):
    words = project.media["m1"].words
    out = []
    for clip in project.tracks_by_role("main")[0].clips:
        a = float(clip.source_in) / float(project.fps)
        b = a + clip.duration / float(project.fps)
        out += [w for w in words if a - 0.01 <= w.start and w.end <= b + 0.01]
    return out
