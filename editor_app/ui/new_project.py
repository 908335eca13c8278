"""File ▸ New project (and the welcome screen's New project…): a folder, and optionally a clip
whose frame size and rate the project takes, as `editor-app new DIR --like CLIP` does.

Why: a project left at 1920x1080, 30 fps gets frames repeated or dropped at every second of a
phone's 29.97 or a camera's 25 fps footage, and a portrait clip boxed into a landscape frame.
The format comes from media.project_format.new_project_format, the one definition the CLI uses;
the clip is probed in a worker (ffmpeg), so the dialog never waits on it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from editor_app.ui import workers

VIDEO_FILTER = "Video clips (*.mp4 *.mov *.m4v *.mkv *.avi *.webm *.mts *.m2ts *.3gp *.mxf *.mpg *.mpeg);;All files (*)"


def _format_words(fps, width: int, height: int) -> str:
    from fractions import Fraction

    rate = f"{float(Fraction(fps)):.3f}".rstrip("0").rstrip(".")
    return f"{width}x{height} at {rate} fps"


class NewProjectDialog(QDialog):
    """Folder + "like this clip"; ``created(path)`` once the project folder is written."""

    created = Signal(str)

    def __init__(self, parent: QWidget | None = None, folder: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("New project")
        self.setMinimumWidth(520)
        self.folder = QLineEdit(folder)
        self.folder.setPlaceholderText("an empty folder (made if missing)")
        self.like = QLineEdit()
        self.like.setPlaceholderText("optional: a clip from your camera or phone")
        self.like.editingFinished.connect(lambda: self.set_like(self.like.text()))
        self.format = QLabel()
        self.format.setObjectName("note")
        self.format.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        form = QFormLayout()
        form.addRow("Folder", self._row(self.folder, "Choose…", self._browse_folder))
        form.addRow("Like this clip", self._row(self.like, "Choose clip…", self._browse_clip))
        form.addRow("Frame size and rate", self.format)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton("Create", QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.busy = False
        self.chosen: tuple | None = None  # (fps, width, height) for the clip in self.like, once probed
        self._asked = ""  # the clip whose probe is running or done
        self._picker: QFileDialog | None = None
        self._show_format()

    def _row(self, edit: QLineEdit, label: str, slot) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit, 1)
        button = QPushButton(label)
        button.clicked.connect(slot)
        box.addWidget(button)
        return row

    # ---- choosing ------------------------------------------------------------------
    def _browse_folder(self) -> None:
        self._picker = QFileDialog(self, "Folder for the new project (an empty one)")
        self._picker.setFileMode(QFileDialog.FileMode.Directory)
        self._picker.fileSelected.connect(self.folder.setText)
        self._picker.open()

    def _browse_clip(self) -> None:
        self._picker = QFileDialog(self, "A clip the project should match", "", VIDEO_FILTER)
        self._picker.setFileMode(QFileDialog.FileMode.ExistingFile)
        self._picker.fileSelected.connect(self.set_like)
        self._picker.open()

    def set_like(self, path: str) -> None:
        """Take the frame size and rate from this clip (probed in a worker); '' for the defaults."""
        path = path.strip()
        if self.like.text() != path:
            self.like.setText(path)
        if path == self._asked:
            return
        self._asked, self.chosen = path, None
        self.error.setVisible(False)
        if not path:
            self._show_format()
            return
        self.format.setText(f"Reading {Path(path).name}…")
        from editor_app.media.project_format import new_project_format

        workers.submit(new_project_format, None, None, path,
                       on_done=lambda found, p=path: self._probed(p, found),
                       on_error=lambda exc, p=path: self._probe_failed(p, exc))

    def _probed(self, path: str, found: tuple) -> None:
        if path != self._asked:
            return  # another clip was chosen meanwhile
        self.chosen = found
        self._show_format()

    def _probe_failed(self, path: str, exc: BaseException) -> None:
        if path != self._asked:
            return
        self._asked = ""  # choosing the same file again tries again
        self._fail(f"{Path(path).name} cannot set the format: {exc}")
        self._show_format()

    def _show_format(self) -> None:
        from editor_app.media.project_format import new_project_format

        if self.chosen is not None:
            self.format.setText(f"{_format_words(*self.chosen)}, like {Path(self._asked).name}")
        elif not self._asked:
            self.format.setText(f"{_format_words(*new_project_format())} (the default; choose a clip to match it)")

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    # ---- creating ------------------------------------------------------------------
    def create(self) -> None:
        """Make the project: the clip's format (probed once more if it changed), starter tracks."""
        if self.busy:
            return
        folder = self.folder.text().strip()
        if not folder:
            self._fail("Choose a folder for the project first")
            return
        if Path(folder).expanduser().exists() and not Path(folder).expanduser().is_dir():
            self._fail(f"{folder} is a file, not a folder; choose another name")
            return
        from editor_app.media.project_format import new_project_format

        like = self.like.text().strip()
        if not like or (self.chosen is not None and like == self._asked):
            self._make(folder, self.chosen if like else new_project_format())  # nothing to probe
            return
        self.busy = True
        self.create_button.setEnabled(False)
        workers.submit(new_project_format, None, None, like,
                       on_done=lambda found: self._make(folder, found), on_error=self._create_failed)

    def _create_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.create_button.setEnabled(True)
        self._fail(f"Cannot make the project like that clip: {exc}")

    def _make(self, folder: str, found: tuple) -> None:
        from editor_app.session import Session

        self.busy = False
        self.create_button.setEnabled(True)
        fps, width, height = found
        path = Path(folder).expanduser()
        try:
            session = Session.create(path, name=path.name, fps=fps, width=width, height=height, starter_tracks=True)
        except Exception as exc:  # noqa: BLE001 - an existing project, no permission: said, not raised
            self._fail(f"Cannot create a project there: {exc}")
            return
        made = str(session.path)
        session.close()
        self.created.emit(made)
        self.accept()
