"""The main window: preview in the middle, media bin, inspector, chat and timeline as docks."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QFrame, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from editor_app.session import Session
from editor_app.ui import prefs
from editor_app.ui.chat import ChatPanel
from editor_app.ui import layout as dock_layout
from editor_app.planner.memory import memory_for
from editor_app.service import AppService
from editor_app.ui.index_keeper import IndexKeeper
from editor_app.ui.inspector import Inspector
from editor_app.ui.media_bin import MediaBin
from editor_app.ui.media_cache import MediaCache
from editor_app.ui.preview import PreviewPanel
from editor_app.ui.state import EditorState
from editor_app.ui.timeline import TimelineView
from editor_app.ui.transcript_panel import TranscriptPanel

SHORTCUTS = """Space  play / pause        J K L  shuttle back / stop / forward
S  split at playhead       Delete  remove selected (Shift: ripple)
Ctrl+Z  undo               Ctrl+Shift+Z  redo
+ / -  zoom                Ctrl+wheel  zoom at the mouse
Drag a clip to move it, drag its edge to trim (snaps to edges and the playhead)."""


class MainWindow(QMainWindow):
    open_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.state = EditorState(session, self)
        self.state.defer_project_file()  # project.json after the views show an edit (journal first, as always)
        self.state.after_paint.attach_window()  # event() says when an edit has been painted
        self.cache = MediaCache(session.path / "cache", self)
        self.saved_at = time.strftime("%H:%M:%S")
        self.setDockNestingEnabled(True)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setCorner(Qt.Corner.TopRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.preview = PreviewPanel(self.state)
        self.timeline = TimelineView(self.state, self.cache)
        self.media_bin = MediaBin(self.state, self.cache)
        self.inspector = Inspector(self.state)
        self.service = AppService(session)  # one wiring for the window, the CLI, evals and plugins
        self.chat = ChatPanel(self.state, service=self.service)
        self.chat.load_history(memory_for(session))  # the one chat store, shared with the planner
        self.transcript = TranscriptPanel(self.state)
        self.index_keeper = IndexKeeper(session, self)
        self.index_keeper.ready.connect(self.chat.set_index)
        self.index_keeper.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.info_bar = self._info_bar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.info_bar)
        column.addWidget(self.preview, 1)
        self.setCentralWidget(central)
        self.docks: dict[str, QDockWidget] = {}
        self._dock("Media", self.media_bin, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock("Inspector", self.inspector, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock("Chat", self.chat, Qt.DockWidgetArea.RightDockWidgetArea)
        self._dock("Timeline", self.timeline, Qt.DockWidgetArea.BottomDockWidgetArea)
        self._dock("Transcript", self.transcript, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.layout_keeper = dock_layout.DockLayout(self)  # sizes, per-screen memory, Reset layout
        self.timeline.files_dropped.connect(self.media_bin.import_paths)
        self.state.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.state.project_changed.connect(self._changed)
        self._menus()
        self._footage_ui()
        self._title()
        self.statusBar().showMessage(f"Opened {session.path}", 5000)
        prefs.add_recent(session.path)
        self.index_keeper.start()

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock{title}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        self.docks[title] = dock
        return dock

    def _info_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("infoBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 6, 10, 6)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        close = QPushButton("Dismiss")
        close.clicked.connect(lambda: bar.setVisible(False))
        row.addWidget(self.info_label, 1)
        row.addWidget(close)
        recovered = list(self.session.recovered)
        if recovered:
            self.info_label.setText("Recovered after an unexpected exit: the project was rebuilt from its journal. "
                                    + "; ".join(recovered[:4]) + (" …" if len(recovered) > 4 else ""))
        notes = [n for n in [self.session.store.conflict, *self.session.store.warnings[:2]] if n]
        if notes:  # a project.json that disagrees with its journal, a torn or unreadable record
            self.info_label.setText(" ".join(notes))
        self.info_label.setWordWrap(True)
        bar.setVisible(bool(recovered or notes))
        return bar

    # ---- menus -----------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, widget: QWidget | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if widget is not None:  # keys like S and Delete act only while the timeline has focus
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            widget.addAction(action)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        self._action(file, "New project…", self.new_project, QKeySequence.StandardKey.New)
        self._action(file, "Open project…", self.open_project, QKeySequence.StandardKey.Open)
        self.recent_menu = file.addMenu("Open recent")
        for path in prefs.recent(existing_only=True):
            self._action(self.recent_menu, path, lambda _=False, p=path: self.open_requested.emit(p))
        file.addSeparator()
        self._action(file, "Import media…", self.import_media, "Ctrl+I")
        self._action(file, "Import folder…", self.import_folder)
        self._action(file, "Export…", self.export, "Ctrl+E")
        file.addSeparator()
        self._action(file, "Settings…", self.settings, QKeySequence.StandardKey.Preferences)
        self._action(file, "Quit", self.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu("&Edit")
        self._action(edit, "Undo", self.state.undo, QKeySequence.StandardKey.Undo)
        redo = self._action(edit, "Redo", self.state.redo, "Ctrl+Shift+Z")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addSeparator()
        self._action(edit, "Split at playhead\tS", self.timeline.split_at_playhead)
        self._action(edit, "Delete\tDel", self.timeline.delete_selection)
        view = bar.addMenu("&View")
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        self._action(view, "Reset layout", self.layout_keeper.reset)
        view.addSeparator()
        self._action(view, "Zoom in\t+", lambda: self.timeline.zoom(1))
        self._action(view, "Zoom out\t-", lambda: self.timeline.zoom(-1))
        self._action(view, "Fit timeline", self.timeline.fit, "Ctrl+0")
        tools = bar.addMenu("&Tools")
        self.mcp_action = self._action(tools, "Let AI agents connect (MCP)…", self.toggle_mcp)
        self.mcp_action.setCheckable(True)
        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "Keyboard shortcuts", lambda: self._info("Keyboard shortcuts", SHORTCUTS))
        self._action(help_menu, "Chat commands", lambda: self.chat.send("/help"))
        self._action(help_menu, "About", lambda: self._info("About", "editor-app: edit video by talking to it."))

    def _footage_ui(self) -> None:
        """Track menus, media bin actions and relinking (their own modules)."""
        from editor_app.ui.media_actions import install_media_actions
        from editor_app.ui.relink_dialog import install_relink
        from editor_app.ui.track_menu import install_track_ui

        install_track_ui(self, self.timeline, self.state)
        install_media_actions(self, self.media_bin, self.state)
        install_relink(self, self.state)

    def toggle_mcp(self, on: bool | None = None) -> None:
        """Host the project's MCP server on 127.0.0.1 (or stop it) and show how to connect."""
        from editor_app.ui.mcp_host import McpHost, client_config

        if not hasattr(self, "mcp_host"):
            self.mcp_host = McpHost(self)
        want = self.mcp_action.isChecked() if on is None else on
        if not want:
            self.mcp_host.stop()
            self.statusBar().showMessage("AI agents can no longer connect", 5000)
            return
        self.mcp_host.start()
        self._info("Connect an AI agent",
                   "Add this to your MCP client's configuration (Claude Desktop, Claude Code, Cursor):\n\n"
                   + client_config(self.mcp_host.port, self.mcp_host.token)
                   + "\n\nIts edits appear here as proposals to Apply or Discard.")

    def _info(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self)
        box.open()

    # ---- title -----------------------------------------------------------------------
    def _changed(self, _change) -> None:
        self.saved_at = time.strftime("%H:%M:%S")
        self.state.after_paint.defer("window title", self._title)  # the title bar is not the window's paint

    def _title(self) -> None:
        project = self.session.project
        self.setWindowTitle(f"{project.name} — {self.session.path.name} — saved {self.saved_at}")

    # ---- actions -----------------------------------------------------------------------
    def import_media(self) -> None:
        dialog = QFileDialog(self, "Import media")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self.media_bin.import_paths)
        dialog.open()

    def import_folder(self) -> None:
        """A card's or a phone's folder: its media files, as a dropped folder (and `import DIR FOLDER`)."""
        dialog = QFileDialog(self, "Import a folder of media")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(lambda path: self.media_bin.import_paths([path]))
        dialog.open()

    def export(self) -> None:
        from editor_app.ui.dialogs import ExportDialog

        self.export_dialog = ExportDialog(self.session, self)
        self.export_dialog.open()

    def settings(self) -> None:
        from editor_app.ui.dialogs import SettingsDialog

        self.settings_dialog = SettingsDialog(self)
        self.settings_dialog.saved.connect(self.chat.reset_orchestrator)
        self.settings_dialog.saved.connect(lambda: self.chat.auto_apply.setChecked(prefs.auto_apply()))
        self.settings_dialog.saved.connect(self.redraw_times)
        self.settings_dialog.open()

    def redraw_times(self) -> None:
        """The time format setting changed: every view shows times again in the new form."""
        self.inspector.refresh()
        self.preview._update_time()
        self.media_bin.refresh()
        self.timeline.ruler.update()
        self.timeline.viewport().update()

    def open_project(self) -> None:
        dialog = QFileDialog(self, "Open project folder")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(self.open_requested.emit)
        dialog.open()

    def new_project(self) -> None:
        """A folder, and optionally a clip whose frame size and rate the project takes (`new --like`)."""
        from editor_app.ui.new_project import NewProjectDialog

        self.new_dialog = NewProjectDialog(self)
        self.new_dialog.created.connect(self.open_requested.emit)
        self.new_dialog.open()

    def event(self, event) -> bool:  # noqa: N802 - Qt name
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest:  # the window has just painted (ui/after_paint.py)
            self.state.after_paint.painted()
        return handled

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.layout_keeper.shown()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.layout_keeper.resized()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.layout_keeper.remember()
        self.preview.close_player()
        self.index_keeper.close()
        self.state.close()
        self.session.store.close()  # hand the one-writer lock back (the CLI may edit again)
        super().closeEvent(event)
