"""The relink dialog: missing media listed, found again by searching a folder or picking the file.

Searching (a folder walk plus a probe per candidate) runs in a worker; matches are checked
by name, size and length (media.relink) and applied as one undoable RelinkMedia batch. The
project stays usable while media are missing; renders name the clip whose file is gone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QMainWindow, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
)

from editor_app.media.relink import check_candidate, missing_media, plan_relink
from editor_app.model.operations import RelinkMedia
from editor_app.ui import workers
from editor_app.ui.state import EditorState


class RelinkDialog(QDialog):
    def __init__(self, state: EditorState, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Relink missing media")
        self.resize(720, 360)
        self.state = state
        self.found: dict[str, str] = {}
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Media", "Was at", "Status"])
        self.tree.setRootIsDecorated(False)
        self.search_button = QPushButton("Search folder…")
        self.search_button.clicked.connect(self.ask_folder)
        self.pick_button = QPushButton("Choose file…")
        self.pick_button.clicked.connect(self.ask_file)
        self.apply_button = QPushButton("Relink")
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.search_button, self.pick_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.file_dialog: QFileDialog | None = None
        self.searching = False
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        missing = missing_media(self.state.project)
        for asset in missing:
            status = f"found: {self.found[asset.id]}" if asset.id in self.found else "missing"
            item = QTreeWidgetItem([f"{asset.id} {asset.name}", asset.path, status])
            item.setData(0, Qt.ItemDataRole.UserRole, asset.id)
            self.tree.addTopLevelItem(item)
        if missing and self.tree.currentItem() is None:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.note.setText(
            f"{len(missing)} media file{'s are' if len(missing) != 1 else ' is'} missing. Search a folder: files with the "
            "same name, size and length are matched. Nothing else in the project changes."
            if missing else "No media is missing."
        )
        self.apply_button.setEnabled(bool(self.found))

    # ---- search ----------------------------------------------------------------
    def ask_folder(self) -> None:
        dialog = QFileDialog(self, "Folder to search")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.fileSelected.connect(self.search)
        dialog.open()
        self.file_dialog = dialog

    def search(self, folder: str) -> None:
        """Look for the missing files under ``folder`` in a worker; the list updates when done."""
        self.searching = True
        self.note.setText(f"Searching {folder} …")
        project = self.state.project.clone()
        workers.submit(plan_relink, project, [folder], on_done=self._searched, on_error=self._failed)

    def _searched(self, plan) -> None:
        self.searching = False
        self.found.update(plan.found)
        self.refresh()
        if plan.unresolved:
            self.note.setText(self.note.text() + f" Still missing: {', '.join(plan.unresolved)}.")

    def _failed(self, exc: BaseException) -> None:
        self.searching = False
        self.note.setText(f"The search failed: {exc}")

    def ask_file(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        media_id = item.data(0, Qt.ItemDataRole.UserRole)
        dialog = QFileDialog(self, "Where is it now?")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.choose(media_id, path))
        dialog.open()
        self.file_dialog = dialog

    def choose(self, media_id: str, path: str) -> bool:
        """Use ``path`` for ``media_id`` if it holds the same content (size and length)."""
        asset = self.state.project.media[media_id]
        problem = check_candidate(asset, Path(path))
        if problem:
            self.note.setText(f"{Path(path).name} is not {asset.name}: {problem}.")
            return False
        self.found[media_id] = str(Path(path).resolve())
        self.refresh()
        return True

    def apply(self) -> bool:
        ops = [RelinkMedia(media_id=m, path=p) for m, p in self.found.items() if m in self.state.project.media]
        if not ops or not self.state.apply(ops, f"Relink {len(ops)} media file{'s' if len(ops) != 1 else ''}"):
            return False
        self.found.clear()
        self.refresh()
        if not missing_media(self.state.project):
            self.accept()
        return True


def install_relink(window: QMainWindow, state: EditorState) -> None:
    """File ▸ Relink missing media…, and a note in the window's info bar when media are missing on open."""
    def open_dialog() -> RelinkDialog:
        dialog = RelinkDialog(state, window)
        dialog.open()
        window.relink_dialog = dialog
        return dialog

    window.relink_missing = open_dialog
    file_menu = next((a.menu() for a in window.menuBar().actions() if a.menu() and "File" in a.text()), None)
    if file_menu is not None:
        action = file_menu.addAction("Relink missing media…")
        action.triggered.connect(open_dialog)
    missing = missing_media(state.project)
    if missing and hasattr(window, "info_label"):
        names = ", ".join(a.name for a in missing[:4]) + (" …" if len(missing) > 4 else "")
        before = window.info_label.text() + " " if window.info_bar.isVisibleTo(window) else ""
        window.info_label.setText(
            before + f"{len(missing)} media file{'s are' if len(missing) != 1 else ' is'} missing ({names}). The project is intact; "
            "use File ▸ Relink missing media… to find them."
        )
        window.info_bar.setVisible(True)
