"""The journal: torn tails cut off, typed versioned records, compact undo data, verified recovery."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from editor_app.model import journal as journal_mod
from editor_app.model.history import apply_all
from editor_app.model.journal import Damaged, scan
from editor_app.model.operations import AddMarker, InsertClip, OperationError, SetVolume, parse_operation
from editor_app.model.project_io import JOURNAL_FILE, PROJECT_FILE, ProjectError
from editor_app.session import Session
from tests.core.conftest import asset


def make(tmp_path, name="p"):
    session = Session.create(tmp_path / name, fps="30000/1001")
    session.apply([{"op": "import_media", "asset": asset("interview", 600).model_dump(mode="json")},
                   {"op": "add_track", "kind": "video", "role": "main"}])
    session.apply([{"op": "insert_clip", "track_id": "t1", "media_id": "m1", "start": 0}])
    return session


def markers(session):
    return sorted(m.frame for m in session.project.markers)


def test_torn_record_is_cut_off_and_never_appended_onto(tmp_path):
    session = make(tmp_path)
    session.apply([{"op": "add_marker", "frame": 10}], "marker A")
    journal = session.path / JOURNAL_FILE
    good = journal.read_bytes()
    # a kill during the next append: half a record reached the disk, project.json did not change
    full = journal_mod.frame(journal_mod.JournalRecord(seq=99, type="batch", batch_id="b99", ops=[{"op": "add_marker", "frame": 20}]))
    with journal.open("ab") as handle:
        handle.write(full[: len(full) // 2])
    reopened = Session.open(session.path)
    assert any("torn" in w for w in reopened.store.warnings)
    assert journal.read_bytes() == good  # cut off on open
    reopened.apply([{"op": "add_marker", "frame": 30}], "marker B")
    again = Session.open(session.path)
    assert again.store.warnings == []
    assert markers(again) == [10, 30]
    assert [b.label for b in again.history.undo_stack][-2:] == ["marker A", "marker B"]
    again.undo()  # undoes B only
    assert markers(Session.open(session.path)) == [10]
    Session.open(session.path).redo()  # and redo brings it back
    assert markers(Session.open(session.path)) == [10, 30]
    assert all(isinstance(r, journal_mod.JournalRecord) for r in scan(journal.read_bytes()).records)


def _big_track(tmp_path, clips=500):
    session = Session.create(tmp_path / "big", fps=30)
    session.apply([{"op": "import_media", "asset": asset("reel", 3600).model_dump(mode="json")},
                   {"op": "add_track", "kind": "video", "role": "main"}])
    session.apply([InsertClip(track_id="t1", media_id="m1", start=k * 40, duration=30, source_in=k) for k in range(clips)])
    return session


def test_volume_change_on_500_clip_track_appends_under_2kb(tmp_path):
    session = _big_track(tmp_path)
    journal = session.path / JOURNAL_FILE
    before = journal.stat().st_size
    clip = session.project.tracks[0].clips[250]
    session.apply([SetVolume(clip_id=clip.id, db=-6)])
    assert journal.stat().st_size - before < 2048
    # ... and that compact undo data still undoes exactly, after a reopen
    expected = Session.open(session.path)
    expected.undo()
    assert expected.project.find_clip(clip.id)[1].volume_db == 0
    assert len(expected.project.tracks[0].clips) == 500


def test_ripple_cuts_keep_undo_data_small_and_exact(tmp_path):
    session = _big_track(tmp_path, clips=200)
    original = session.project.model_copy(deep=True)
    journal = session.path / JOURNAL_FILE
    before = journal.stat().st_size
    ops = [{"op": "cut_range", "start": s, "end": s + 10, "ripple": True} for s in range(7000, 100, -400)]
    session.apply(ops, "cut the pauses")
    assert journal.stat().st_size - before < 60_000
    reopened = Session.open(session.path)
    reopened.undo()
    assert Session.open(session.path).project == original


def _legacy_project(tmp_path):
    """A project written by the first journal layout: bare JSON lines, whole-track snapshots."""
    session = make(tmp_path, "legacy")
    project = session.project.model_copy(deep=True)
    ops = [AddMarker(frame=5)]
    inverses = apply_all(project, ops)
    data = json.loads((session.path / PROJECT_FILE).read_text())
    records = [{"seq": 1, "time": 1.0, "type": "batch", "batch_id": "b1", "label": "marker", "author": "user",
                "ops": [op.to_dict() for op in ops], "inverse": [i.to_dict() for i in inverses]}]
    (session.path / JOURNAL_FILE).write_text("".join(json.dumps(r) + "\n" for r in records))
    data = {**project.model_dump(mode="json"), "journal_seq": 1}
    (session.path / PROJECT_FILE).write_text(json.dumps(data))
    return session.path


def test_old_journal_layout_still_opens_and_undoes(tmp_path):
    path = _legacy_project(tmp_path)
    session = Session.open(path)
    assert session.store.warnings == [] and session.store.conflict is None
    assert markers(session) == [5]
    session.undo()
    reopened = Session.open(path)
    assert markers(reopened) == []
    reopened.redo()
    assert markers(Session.open(path)) == [5]


def _rename_field_in_journal(path, op_name, old, new):
    journal = path / JOURNAL_FILE
    lines = []
    for record in scan(journal.read_bytes()).records:
        for op in record.ops:
            if op["op"] == op_name:
                op[new] = op.pop(old)
        lines.append(journal_mod.frame(record))
    journal.write_bytes(b"".join(lines))


def test_record_with_renamed_field_opens_with_a_note(tmp_path):
    session = make(tmp_path)
    session.apply([{"op": "set_volume", "clip_id": "c1", "db": -6}], "quieter")
    _rename_field_in_journal(session.path, "set_volume", "db", "gain")  # as a future version might write it
    reopened = Session.open(session.path)
    assert reopened.project.find_clip("c1")[1].volume_db == -6
    assert any("can be undone but not redone" in w for w in reopened.store.warnings)
    reopened.undo()  # undo data is independent of the operation's fields
    assert Session.open(session.path).project.find_clip("c1")[1].volume_db == 0
    with pytest.raises(OperationError, match="cannot be redone"):
        Session.open(session.path).redo()


def test_operation_upgrade_function_reads_old_fields(tmp_path, monkeypatch):
    session = make(tmp_path)
    session.apply([{"op": "set_volume", "clip_id": "c1", "db": -6}], "quieter")
    session.undo()
    _rename_field_in_journal(session.path, "set_volume", "db", "gain")  # version 1 called it "gain"
    monkeypatch.setattr(SetVolume, "version", 2)

    def upgrade(data):
        data["db"] = data.pop("gain")
        return data

    monkeypatch.setitem(journal_mod.OP_UPGRADES, ("set_volume", 1), upgrade)
    reopened = Session.open(session.path)
    assert reopened.store.warnings == []
    reopened.redo()
    assert Session.open(session.path).project.find_clip("c1")[1].volume_db == -6


def test_damaged_record_in_the_middle_degrades_history_only(tmp_path):
    session = make(tmp_path)
    session.apply([{"op": "add_marker", "frame": 1}], "one")
    session.apply([{"op": "add_marker", "frame": 2}], "two")
    session.apply([{"op": "add_marker", "frame": 3}], "three")
    journal = session.path / JOURNAL_FILE
    lines = journal.read_bytes().splitlines(keepends=True)
    lines[3] = lines[3].replace(b'"frame":2', b'"frame":7')  # bit rot: the checksum no longer matches
    journal.write_bytes(b"".join(lines))
    reopened = Session.open(session.path)
    assert markers(reopened) == [1, 2, 3]
    assert any(isinstance(r, Damaged) for r in reopened.store.records)
    assert any("undo history before it is unavailable" in w for w in reopened.store.warnings)
    assert [b.label for b in reopened.history.undo_stack] == ["three"]
    reopened.undo()
    assert markers(Session.open(session.path)) == [1, 2]


def test_project_file_older_than_its_journal_is_reported_not_replayed(tmp_path):
    session = make(tmp_path)
    backup = (session.path / PROJECT_FILE).read_bytes()
    for frame in (1, 2, 3):
        session.apply([{"op": "add_marker", "frame": frame}])
    (session.path / PROJECT_FILE).write_bytes(backup)  # a restored backup
    reopened = Session.open(session.path)  # a plain `info`
    assert reopened.store.conflict and "older than its journal" in reopened.store.conflict
    assert markers(reopened) == []
    assert (session.path / PROJECT_FILE).read_bytes() == backup  # nothing saved
    with pytest.raises(ProjectError, match="older than its journal"):
        reopened.apply([{"op": "add_marker", "frame": 9}])
    aside = reopened.store.keep_project_file()
    assert aside.exists()
    fresh = Session.open(session.path)
    assert fresh.store.conflict is None and markers(fresh) == []
    fresh.apply([{"op": "add_marker", "frame": 9}])
    assert markers(Session.open(session.path)) == [9]


def test_project_file_from_another_copy_is_reported(tmp_path):
    one, two = make(tmp_path, "one"), None
    shutil.copytree(one.path, tmp_path / "two")
    two = Session.open(tmp_path / "two")
    one.apply([{"op": "add_marker", "frame": 1}])
    two.apply([{"op": "add_marker", "frame": 2}])
    shutil.copy(tmp_path / "two" / PROJECT_FILE, one.path / PROJECT_FILE)  # a sync conflict: same seq, other state
    reopened = Session.open(one.path)
    assert reopened.store.conflict and "does not match its journal" in reopened.store.conflict
    assert reopened.history.undo_stack == []


def test_internal_operations_are_refused(tmp_path):
    session = make(tmp_path)
    for name in ("restore_state", "restore_delta"):
        with pytest.raises(OperationError, match="internal operation"):
            parse_operation({"op": name})
        with pytest.raises(OperationError, match="internal operation"):
            session.apply([{"op": name}])
    from editor_app.model.journal_delta import StateDelta

    with pytest.raises(OperationError, match="internal operation"):
        session.apply([StateDelta(delta={"tracks": {"t1": {"clips": [[0, 1, []]]}}})])
    assert len(session.project.tracks[0].clips) == 1


def test_stale_temp_files_are_cleaned_and_permissions_match(tmp_path):
    session = make(tmp_path)
    stale = session.path / f".{PROJECT_FILE}.abc123.tmp"
    stale.write_text("{}")
    Session.open(session.path)
    assert not stale.exists()
    mode = lambda name: os.stat(session.path / name).st_mode & 0o777  # noqa: E731
    assert mode(PROJECT_FILE) == mode(JOURNAL_FILE)
