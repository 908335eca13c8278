"""The project's one chat store (planner/memory.py): the window's old display log merges in once."""

from __future__ import annotations

import json

from editor_app.planner.memory import ChatMemory, TurnRecord


def _log(path, records) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def test_old_display_log_merges_into_the_turns_it_belongs_to_once(tmp_path):
    store = ChatMemory.for_project(tmp_path)
    store.record(TurnRecord(message="make the dog clip black and white", reply="Plan:\n- black_and_white c4",
                            kind="edit", applied=True, turn_id="turn-1", clip_ids=["c4"], time=1000.0))
    store.record(TurnRecord(message="louder music", reply="Plan: volume", kind="edit", applied=True,
                            turn_id="turn-2", clip_ids=["c7"], time=1300.0))
    _log(tmp_path / "chat_history.jsonl", [
        {"who": "user", "text": "/help", "time": 900.0},
        {"who": "user", "text": "make the dog clip black and white", "time": 999.2},
        {"who": "assistant", "text": "Made “dog walk” black and white.", "time": 1000.4},
        {"who": "user", "text": "why did it fail", "time": 1100.0},
        {"who": "error", "text": "Something went wrong: timeout. Nothing was changed.", "time": 1101.0},
        {"who": "user", "text": "louder music", "time": 1299.0},
        {"who": "assistant", "text": "Raised “theme” by 3 dB.", "time": 1300.2},
    ])
    merged = ChatMemory.for_project(tmp_path)
    turns = merged.turns()
    assert [(t.message, t.kind) for t in turns] == [
        ("/help", "note"), ("make the dog clip black and white", "edit"), ("why did it fail", "error"),
        ("louder music", "edit")]
    assert turns[1].shown == "Made “dog walk” black and white." and turns[1].reply.startswith("Plan:")
    assert turns[2].shown.startswith("Something went wrong")
    assert merged.last_edit().clip_ids == ["c7"]  # notes and errors never become "it"
    assert [m["content"] for m in merged.as_messages(3) if m["role"] == "user"] == [
        "make the dog clip black and white", "louder music"]  # nor what a model is told
    assert not (tmp_path / "chat_history.jsonl").exists() and (tmp_path / "chat_history.jsonl.migrated").exists()
    again = ChatMemory.for_project(tmp_path)  # read once: nothing doubled on the next open
    assert [t.message for t in again.turns()] == [t.message for t in turns]


def test_set_shown_keeps_the_windows_text_across_a_restart(tmp_path):
    store = ChatMemory.for_project(tmp_path)
    store.record(TurnRecord(message="cut the pauses", reply="Plan: 4 cuts", turn_id="turn-9", kind="edit"))
    assert store.set_shown("turn-9", "Cut 4 pauses from “talk”.") and not store.set_shown("turn-x", "no")
    store.mark_applied("turn-9", "b1")
    [turn] = ChatMemory.for_project(tmp_path).turns()
    assert (turn.shown, turn.applied, turn.batch_id) == ("Cut 4 pauses from “talk”.", True, "b1")
