"""The chat's first bubble on a project whose timeline is still empty says what to put on it,
and saying that in the chat puts the media on the timeline (offline planner, real widgets)."""

from __future__ import annotations

from tests.ui.conftest import run, until


def _bubbles(panel) -> list[str]:
    from editor_app.ui.chat_widgets import Bubble

    return [b.text() for b in panel.findChildren(Bubble)]


def test_an_empty_timeline_greets_with_media_to_add_and_adding_it_works(tmp_path, media_dir, qtbot, qloop):
    from editor_app.media.importer import build_asset
    from editor_app.model.operations import ImportMedia
    from editor_app.orchestrator import OfflineBackend, Orchestrator
    from editor_app.session import Session
    from editor_app.ui.chat import ChatPanel
    from editor_app.ui.state import EditorState

    session = Session.create(tmp_path / "fresh", name="fresh", starter_tracks=True)
    session.apply([ImportMedia(asset=build_asset(media_dir / "a.mp4"))], "import")
    state = EditorState(session)
    panel = ChatPanel(state, orchestrator=Orchestrator(session, backend=OfflineBackend()))
    qtbot.addWidget(panel)
    panel.auto_apply.setChecked(True)
    first = _bubbles(panel)[0]
    assert "timeline is empty" in first and "add a" in first
    panel.send("add a")
    run(qloop, until(lambda: not panel.running, timeout=60))
    placed = [(t.role, c.media_id) for t in session.project.tracks for c in t.clips]
    assert placed == [("main", "m1")]


def test_a_project_with_clips_greets_as_before(session, qtbot):
    from editor_app.ui.chat import ChatPanel
    from editor_app.ui.state import EditorState

    panel = ChatPanel(EditorState(session))
    qtbot.addWidget(panel)
    assert "timeline is empty" not in _bubbles(panel)[0]
