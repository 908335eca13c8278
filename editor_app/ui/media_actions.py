"""Media bin actions: "Add to timeline" (end of the main track, or at the playhead), "Load transcript…",
"Relink…", and the import step that notices duplicates and sidecar transcripts.

The placing rules are the model's (model.placement), shared with `import --place` and chat.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from editor_app.media.import_plan import plan_import, transcript_op
from editor_app.model.operations import OperationError
from editor_app.model.placement import placement_ops
from editor_app.ui.state import EditorState


def add_to_timeline(state: EditorState, media_ids: list[str], *, at_playhead: bool = False) -> bool:
    """Append the media after the last clip of their track (main video, or music for audio), or insert at the playhead."""
    if not media_ids:
        state.message.emit("Select media in the bin first")
        return False
    try:
        ops = placement_ops(state.project, media_ids, at=state.playhead if at_playhead else None)
    except OperationError as exc:
        state.message.emit(f"Cannot add to the timeline: {exc}")
        return False
    names = ", ".join(state.project.media[m].name for m in media_ids)
    if not state.apply(ops, f"Add {names} to the timeline" + (" at the playhead" if at_playhead else "")):
        return False
    # placed before its words are known, a voice memo lands on Music: remembered together (a memo
    # and its music bed), so the finished transcription moves it to Voice with the bed under it
    state.remember_placement([op.clip_id for op in ops if op.op == "insert_clip" and op.clip_id])
    return True


def import_assets(state: EditorState, items: list, on_untranscribed=None) -> tuple[int, list[str], list[str]]:
    """Apply the import of probed assets (and subtitle paths) as one batch: (added, notes, errors).

    ``on_untranscribed(media_ids)`` hears about new media with sound and no transcript (speech to text).
    """
    plan = plan_import(state.project, items)
    if plan.ops:
        label = f"Import {len(plan.new_ids)} file{'s' if len(plan.new_ids) != 1 else ''}" if plan.new_ids else "Update transcripts"
        if not state.apply(plan.ops, label):
            return 0, plan.notes, plan.errors
    if plan.new_ids:  # smart render's keyframe index (media/keyframe_index.py), listed in the background
        from editor_app.media.keyframe_index import build_for_media

        build_for_media(state.project.media, plan.new_ids, state.session.path / "cache")
    for note in plan.notes:
        state.message.emit(note)
    if plan.untranscribed and on_untranscribed is not None:
        on_untranscribed(plan.untranscribed)
    return len(plan.new_ids), plan.notes, plan.errors


def load_transcript(state: EditorState, media_id: str, path: str) -> bool:
    """Replace a media item's transcript with a subtitle file (.srt / .vtt)."""
    from editor_app.media.errors import MediaError

    try:
        op = transcript_op(state.project, media_id, path)
    except (OSError, MediaError) as exc:
        state.message.emit(f"Cannot load {path}: {exc}")
        return False
    return state.apply([op], f"Load transcript for {state.project.media[media_id].name}")


class MediaActions:
    def __init__(self, window: QMainWindow, media_bin, state: EditorState) -> None:
        self.window = window
        self.bin = media_bin
        self.state = state
        self.transcript_dialog: QFileDialog | None = None
        self.transcriber = None  # TranscribeJob, set by install_media_actions

    def selected_ids(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.bin.list.selectedItems()]

    def add_selected(self, at_playhead: bool = False) -> bool:
        return add_to_timeline(self.state, self.selected_ids(), at_playhead=at_playhead)

    def ask_transcript(self, media_id: str) -> QFileDialog:
        dialog = QFileDialog(self.window, "Load transcript", "", "Subtitles (*.srt *.vtt)")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: load_transcript(self.state, media_id, path))
        dialog.open()
        self.transcript_dialog = dialog
        return dialog

    def menu(self, media_ids: list[str]) -> QMenu:
        menu = QMenu(self.bin)
        add = menu.addAction("Add to timeline")
        add.triggered.connect(lambda: add_to_timeline(self.state, media_ids))
        here = menu.addAction("Add at playhead")
        here.triggered.connect(lambda: add_to_timeline(self.state, media_ids, at_playhead=True))
        menu.addSeparator()
        transcribe = menu.addAction("Transcribe")
        transcribe.triggered.connect(lambda: self.transcriber.start(media_ids))
        if len(media_ids) == 1:
            load = menu.addAction("Load transcript…")
            load.triggered.connect(lambda: self.ask_transcript(media_ids[0]))
            from editor_app.media.relink import missing_media

            if any(a.id == media_ids[0] for a in missing_media(self.state.project)):
                relink = menu.addAction("Relink…")
                relink.triggered.connect(lambda: self.window.relink_missing())
        return menu

    def context_menu(self, pos: QPoint) -> None:
        item = self.bin.list.itemAt(pos)
        if item is not None and not item.isSelected():
            self.bin.list.setCurrentItem(item)
        ids = self.selected_ids()
        if not ids:
            return
        menu = self.menu(ids)
        menu.popup(self.bin.list.viewport().mapToGlobal(pos))
        self._popup = menu


def install_media_actions(window: QMainWindow, media_bin, state: EditorState) -> MediaActions:
    """Right-click menu on the media bin and an "Add to timeline" entry in the window's Track menu."""
    from editor_app.ui.transcribe_job import TranscribeJob

    actions = MediaActions(window, media_bin, state)
    actions.transcriber = TranscribeJob(state, media_bin, window)
    media_bin.on_untranscribed = actions.transcriber.start_auto  # speech to text after an import
    media_bin.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    media_bin.list.customContextMenuRequested.connect(actions.context_menu)
    media_bin.list.setSelectionMode(media_bin.list.SelectionMode.ExtendedSelection)
    window.media_actions = actions
    return actions
