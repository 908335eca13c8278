"""The dog-training eval project (suite E, written blind) builds for real and its suite loads."""

from __future__ import annotations

from pathlib import Path

from editor_app.eval.project_dog import BROLL, MUSIC, TALK, create_dog_project
from editor_app.eval.projects import PROJECTS
from editor_app.eval.suite import load_suite

ROOT = Path(__file__).resolve().parents[2]


def test_dog_project_builds_with_timed_words_and_every_file(tmp_path):
    assert PROJECTS["dog"] is create_dog_project
    session = create_dog_project(tmp_path / "dog")
    try:
        project = session.project
        names = {m.name for m in project.media.values()}
        assert {TALK, MUSIC} | {b[0] for b in BROLL} <= names
        assert all(Path(m.path).exists() for m in project.media.values())
        talk = next(m for m in project.media.values() if m.name == TALK)
        assert len(talk.words) > 150 and float(talk.duration) > 60
        assert [t.role for t in project.tracks] == ["main", "broll", "music"]
        assert [c.media_id for c in project.tracks[0].clips] == [talk.id]
    finally:
        session.close()


def test_suite_e_loads_with_at_least_80_cases():
    cases = load_suite(ROOT / "evals" / "e_heldout.jsonl")
    assert len(cases) >= 80 and all(c.id.startswith("e-") for c in cases)
