"""Project folders: round trip, journal, crash recovery, damaged and newer files."""

from __future__ import annotations

import json

import pytest

from editor_app.model.project_io import JOURNAL_FILE, PROJECT_FILE, ProjectError
from editor_app.session import Session
from tests.core.conftest import asset


def make(tmp_path):
    session = Session.create(tmp_path / "p", fps="30000/1001")
    session.apply([{"op": "import_media", "asset": asset("talk").model_dump(mode="json")}, {"op": "add_track", "kind": "video", "role": "main"}])
    session.apply([{"op": "insert_clip", "track_id": "t1", "media_id": "m1", "start": 0}])
    return session


def test_round_trip_keeps_everything(tmp_path):
    session = make(tmp_path)
    session.apply([{"op": "set_speed", "clip_id": "c1", "speed": "3/2"}, {"op": "add_effect", "clip_id": "c1", "effect": {"type": "zoom"}}])
    reopened = Session.open(session.path)
    assert reopened.project == session.project
    assert reopened.project.fps.denominator == 1001
    assert [b.id for b in reopened.history.undo_stack] == ["b1", "b2", "b3"]
    reopened.undo()
    assert Session.open(session.path).project.find_clip("c1")[1].speed == 1


def test_undo_redo_survive_restarts(tmp_path):
    session = make(tmp_path)
    first = session.project.model_copy(deep=True)
    session.apply([{"op": "split_clip", "clip_id": "c1", "at": 100}])
    split = session.project.model_copy(deep=True)
    assert Session.open(session.path).undo() is not None
    assert Session.open(session.path).project == first
    assert Session.open(session.path).redo() is not None
    assert Session.open(session.path).project == split


def test_crash_between_journal_and_project_write_recovers(tmp_path, monkeypatch):
    session = make(tmp_path)
    saved = (session.path / PROJECT_FILE).read_bytes()
    # simulate the process dying after the journal append, before project.json is replaced
    monkeypatch.setattr(session.store, "_write_project", lambda project, body_state=None: None)
    session.apply([{"op": "split_clip", "clip_id": "c1", "at": 100}])
    expected = session.project.model_copy(deep=True)
    assert (session.path / PROJECT_FILE).read_bytes() == saved
    reopened = Session.open(session.path)
    assert reopened.project == expected
    assert len(reopened.recovered) == 1
    assert json.loads((session.path / PROJECT_FILE).read_text())["journal_seq"] == 3
    assert Session.open(session.path).recovered == []


def test_longer_unsaved_tail_is_reported_then_replayed_on_request(tmp_path, monkeypatch):
    from editor_app.model.project_io import ProjectStore

    session = make(tmp_path)
    saved = (session.path / PROJECT_FILE).read_bytes()
    monkeypatch.setattr(session.store, "_write_project", lambda project, body_state=None: None)
    session.apply([{"op": "split_clip", "clip_id": "c1", "at": 100}])
    session.undo()
    session.redo()
    expected = session.project.model_copy(deep=True)
    reopened = Session.open(session.path)
    assert reopened.store.conflict and reopened.recovered == []
    assert (session.path / PROJECT_FILE).read_bytes() == saved
    store, project, history = ProjectStore.open(session.path, writer="cli", replay_all=True)
    store.close()
    assert project == expected and len(store.recovered) == 3
    assert Session.open(session.path).project == expected


def test_torn_journal_line_is_skipped_with_a_warning(tmp_path):
    session = make(tmp_path)
    with (session.path / JOURNAL_FILE).open("ab") as handle:
        handle.write(b'{"seq": 3, "type": "batch", "ops": [')
    reopened = Session.open(session.path)
    assert reopened.project == session.project
    assert any("torn" in w for w in reopened.store.warnings)


@pytest.mark.parametrize("content,message", [
    (b"", "empty"),
    (b'{"schema_version": 1, "tracks": [', "damaged"),
    (b"\xff\xfe\x00garbage", "not text"),
    (b"[1, 2]", "JSON object"),
    (b'{"schema_version": 1, "tracks": "nope"}', "not a valid project"),
])
def test_damaged_project_file_is_reported_and_untouched(tmp_path, content, message):
    session = make(tmp_path)
    file = session.path / PROJECT_FILE
    file.write_bytes(content)
    with pytest.raises(ProjectError, match=message):
        Session.open(session.path)
    assert file.read_bytes() == content


def test_newer_schema_is_refused(tmp_path):
    session = make(tmp_path)
    file = session.path / PROJECT_FILE
    data = json.loads(file.read_text())
    data["schema_version"] = 99
    file.write_text(json.dumps(data))
    with pytest.raises(ProjectError, match="newer version of the editor"):
        Session.open(session.path)


def test_older_schema_migrates(tmp_path, monkeypatch):
    from editor_app.model import project_io

    session = make(tmp_path)
    file = session.path / PROJECT_FILE
    data = json.loads(file.read_text())
    data["schema_version"] = 0
    data["title"] = data.pop("name")  # pretend v0 called it "title"
    file.write_text(json.dumps(data))

    def upgrade(raw):
        raw["name"] = raw.pop("title")
        return raw

    monkeypatch.setitem(project_io.MIGRATIONS, 0, upgrade)
    assert Session.open(session.path).project.name == session.project.name


def test_missing_and_not_a_project(tmp_path):
    with pytest.raises(ProjectError, match="no project folder"):
        Session.open(tmp_path / "nothing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ProjectError, match="not a project"):
        Session.open(tmp_path / "empty")


def test_atomic_write_leaves_no_temp_files(tmp_path):
    session = make(tmp_path)
    for _ in range(5):
        session.apply([{"op": "add_marker", "frame": 10}])
    assert sorted(p.name for p in session.path.iterdir() if not p.name.startswith(".editor.lock")) == ["cache", JOURNAL_FILE, PROJECT_FILE]


def test_failed_batch_writes_nothing(tmp_path):
    session = make(tmp_path)
    journal = (session.path / JOURNAL_FILE).read_bytes()
    project = (session.path / PROJECT_FILE).read_bytes()
    with pytest.raises(Exception):
        session.apply([{"op": "add_marker", "frame": 1}, {"op": "remove_clip", "clip_id": "nope"}])
    assert (session.path / JOURNAL_FILE).read_bytes() == journal
    assert (session.path / PROJECT_FILE).read_bytes() == project
