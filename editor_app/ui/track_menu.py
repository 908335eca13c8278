"""Track menus: "Add track" (menu bar and empty timeline area) and the track-header right-click menu.

Every entry applies an operation through the session (AddTrack, RemoveTrack, MoveTrack,
UpdateTrack), so each is undoable and journaled like a chat edit. The timeline view keeps
its own code; ``install_track_ui`` only attaches menus to it and to the window.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QWidget

from editor_app.model.operations import AddTrack, MoveTrack, RemoveTrack, UpdateTrack
from editor_app.model.placement import track_move_index
from editor_app.model.project import Track
from editor_app.ui.state import EditorState
from editor_app.ui.timeline.layout import row_at

# menu label, kind, role, default name
NEW_TRACKS = (
    ("Video track", "video", "overlay", "Video"),
    ("Main video track", "video", "main", "Main"),
    ("B-roll track", "video", "broll", "B-roll"),
    ("Titles track", "video", "titles", "Titles"),
    ("Audio track", "audio", "sfx", "Audio"),
    ("Music track", "audio", "music", "Music"),
    ("Voice track", "audio", "voice", "Voice"),
)


class TrackActions:
    """The track edits the menus offer, as plain methods (the menus and tests call them)."""

    def __init__(self, state: EditorState, parent: QWidget) -> None:
        self.state = state
        self.parent = parent
        self.rename_dialog: QInputDialog | None = None

    def _track(self, track_id: str) -> Track | None:
        return self.state.project.find_track(track_id)

    def add(self, kind: str, role: str, name: str) -> bool:
        same = sum(1 for t in self.state.project.tracks if t.role == role)
        label = name if not same else f"{name} {same + 1}"
        return self.state.apply([AddTrack(kind=kind, role=role, name=label)], f"Add {kind} track {label}")  # type: ignore[arg-type]

    def remove(self, track_id: str) -> bool:
        track = self._track(track_id)
        return bool(track) and self.state.apply([RemoveTrack(track_id=track_id)], f"Remove track {track.name or track_id}")

    def rename(self, track_id: str, name: str) -> bool:
        name = name.strip()
        track = self._track(track_id)
        if not track or not name or name == track.name:
            return False
        return self.state.apply([UpdateTrack(track_id=track_id, name=name)], f"Rename track {track.name or track_id} to {name}")

    def move(self, track_id: str, where: str) -> bool:
        index = track_move_index(self.state.project, track_id, where)
        if index is None:
            self.state.message.emit(f"The track is already at the {'top' if where in ('up', 'top') else 'bottom'}")
            return False
        track = self._track(track_id)
        return self.state.apply([MoveTrack(track_id=track_id, index=index)], f"Move track {track.name or track_id} {where}")

    def toggle(self, track_id: str, attr: str) -> bool:
        track = self._track(track_id)
        if track is None:
            return False
        value = not getattr(track, attr)
        verb = {"muted": ("Mute", "Unmute"), "locked": ("Lock", "Unlock"), "hidden": ("Hide", "Show")}[attr][0 if value else 1]
        return self.state.apply([UpdateTrack(track_id=track_id, **{attr: value})], f"{verb} track {track.name or track_id}")

    def ask_rename(self, track_id: str) -> QInputDialog | None:
        """Open a non-modal name dialog (QDialog.exec() would fail inside qasync)."""
        track = self._track(track_id)
        if track is None:
            return None
        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle("Rename track")
        dialog.setLabelText(f"New name for {track.name or track.id}:")
        dialog.setTextValue(track.name)
        dialog.textValueSelected.connect(lambda text: self.rename(track_id, text))
        dialog.open()
        self.rename_dialog = dialog
        return dialog

    # ---- menus -----------------------------------------------------------------
    def add_menu(self, parent: QWidget, title: str = "Add track") -> QMenu:
        menu = QMenu(title, parent)
        for label, kind, role, name in NEW_TRACKS:
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, k=kind, r=role, n=name: self.add(k, r, n))
        return menu

    def header_menu(self, track_id: str, parent: QWidget) -> QMenu:
        track = self._track(track_id)
        menu = QMenu(parent)
        if track is None:
            return menu
        entries = (
            ("Rename…", lambda: self.ask_rename(track_id)),
            ("Move up", lambda: self.move(track_id, "up")),
            ("Move down", lambda: self.move(track_id, "down")),
            (None, None),
            ("Unmute" if track.muted else "Mute", lambda: self.toggle(track_id, "muted")),
            ("Unlock" if track.locked else "Lock", lambda: self.toggle(track_id, "locked")),
            ("Show" if track.hidden else "Hide", lambda: self.toggle(track_id, "hidden")),
            (None, None),
            ("Remove track" + (f" and its {len(track.clips)} clips" if track.clips else ""), lambda: self.remove(track_id)),
        )
        for text, slot in entries:
            if text is None:
                menu.addSeparator()
                continue
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, f=slot: f())
        menu.addSeparator()
        menu.addMenu(self.add_menu(menu))
        return menu


def track_at(view, pos: QPoint) -> Track | None:
    """The track whose header row is under ``pos`` (header widget coordinates)."""
    row = row_at(pos.y() + view.verticalScrollBar().value(), len(view.tracks))
    return view.tracks[row].track if row is not None else None


def install_track_ui(window: QMainWindow, view, state: EditorState) -> TrackActions:
    """Attach the track menus: a Track menu in the menu bar, right-click on headers and the empty area."""
    actions = TrackActions(state, window)
    headers = view.headers
    headers.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def header_menu(pos: QPoint) -> None:
        track = track_at(view, pos)
        menu = actions.header_menu(track.id, headers) if track else actions.add_menu(headers)
        menu.popup(headers.mapToGlobal(pos))
        window._track_popup = menu  # keep a reference while it is shown

    headers.customContextMenuRequested.connect(header_menu)
    bar = window.menuBar()
    help_action = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)
    track_menu = QMenu("&Track", bar)
    bar.insertMenu(help_action, track_menu) if help_action is not None else bar.addMenu(track_menu)
    track_menu.addMenu(actions.add_menu(track_menu))
    window.track_actions = actions
    return actions
