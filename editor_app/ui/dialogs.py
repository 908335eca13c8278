"""Settings, export and start dialogs. All open with ``open()``, never ``exec()`` (qasync)."""

from __future__ import annotations

import asyncio
import os
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from editor_app.llm import secrets
from editor_app.llm.settings import PRESETS, ProviderSettings, load_settings, save_settings
from editor_app.demo import DEMO_ORDER
from editor_app.ui import prefs, workers
from editor_app.ui.model_settings import ModelSettingsBox


class SettingsDialog(QDialog):
    """Provider preset, URL, model, API key (OS keyring), test connection, auto-apply."""

    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(520)
        try:
            current = load_settings()
        except ValueError:
            current = ProviderSettings()
        self.preset = QComboBox()
        for key, data in PRESETS.items():
            self.preset.addItem(data["label"], key)
        self.base_url = QLineEdit(current.base_url or "")
        self.model = QLineEdit(current.model or "")
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText("leave empty to keep the stored key")
        self.key_note = QLabel()
        self.key_note.setObjectName("note")
        self.key_note.setWordWrap(True)
        self.auto_apply = QCheckBox("Apply the assistant's plans at once (otherwise review each)")
        self.auto_apply.setChecked(prefs.auto_apply())
        from editor_app.ui import timefmt

        self.time_format = QComboBox()
        for key, label in timefmt.FORMATS.items():
            self.time_format.addItem(label, key)
        self.time_format.setCurrentIndex(max(0, self.time_format.findData(timefmt.current())))
        self.test_button = QPushButton("Test connection")
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Provider", self.preset)
        form.addRow("Base URL", self.base_url)
        form.addRow("Model", self.model)
        form.addRow("API key", self.key)
        form.addRow("", self.key_note)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.auto_apply)
        times = QHBoxLayout()
        times.addWidget(QLabel("Times shown as"))
        times.addWidget(self.time_format, 1)
        layout.addLayout(times)
        layout.addWidget(buttons)
        self.preset.setCurrentIndex(max(0, self.preset.findData(current.preset)))
        self.preset.currentIndexChanged.connect(self._preset_changed)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.start_test)
        self.test_task: asyncio.Future | None = None
        self._current = current  # saving edits it, so hand-set fields (prices) survive
        self.model_box = ModelSettingsBox(current)
        layout.insertWidget(2, self.model_box)
        self._show_key_status(current)

    def settings(self) -> ProviderSettings:
        edited = self._current.edited(self.preset.currentData(), base_url=self.base_url.text().strip() or None,
                                      model=self.model.text().strip() or None)
        return self.model_box.apply(edited)

    def _preset_changed(self) -> None:
        data = PRESETS.get(self.preset.currentData(), {})
        self.base_url.setText(data.get("base_url") or "")
        self.model.setText(data.get("model") or "")
        self.model_box.set_preset(self.preset.currentData())
        try:
            self._show_key_status(self.settings())
        except ValueError:  # a half-typed price line: the key status can wait
            pass

    def _show_key_status(self, settings: ProviderSettings) -> None:
        status = secrets.resolve_key(settings)
        backend, why = secrets.platform_backend()
        note = status.message[:1].upper() + status.message[1:]
        if backend is None and why not in status.message:  # say the keyring is missing once, not twice
            note += f". No OS keyring here ({why}): the key cannot be saved; set {secrets.ENV_KEY} instead."
        elif backend is None and "cannot be saved" not in note:
            note += ", so a key typed here is not saved."
        self.key_note.setText(note if note.endswith(".") else note + ".")
        self.key_note.setMinimumHeight(self.key_note.heightForWidth(max(300, self.key_note.width())))

    def save(self) -> None:
        try:
            settings = self.settings()
        except ValueError as exc:
            self.key_note.setText(str(exc))
            return
        save_settings(settings)
        prefs.save({"auto_apply": self.auto_apply.isChecked()})
        from editor_app.ui import timefmt

        timefmt.set_format(self.time_format.currentData())
        key = self.key.text().strip()
        if key:
            try:
                secrets.store_key(settings, key)
            except secrets.KeyStoreError as exc:
                self.key_note.setText(str(exc))  # visible note; the rest is saved
                self.saved.emit()
                return
        self.saved.emit()
        self.accept()

    def start_test(self) -> None:
        """Test the endpoint without blocking the UI (an asyncio task on the qasync loop)."""
        self.test_button.setEnabled(False)
        self.test_result.setText("Testing…")
        self.test_task = asyncio.ensure_future(self._test())

    async def _test(self) -> None:
        from editor_app.llm.client import test_connection

        try:
            settings = self.settings()
            key = self.key.text().strip() or None
            ok, message = await test_connection(settings, key)
        except Exception as exc:  # never let a test crash the dialog
            ok, message = False, str(exc)
        self.test_result.setText(("✔ " if ok else "✖ ") + message)
        self.test_result.setProperty("ok", ok)
        self.test_button.setEnabled(True)


class _RenderSignals(QObject):
    progress = Signal(float, object)  # fraction, seconds left
    finished = Signal(object, object)  # result, error


class ExportDialog(QDialog):
    """Preset, output file, progress with time left, Cancel, Open folder. The render runs in a thread."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from editor_app.render.presets import PRESETS as RENDER_PRESETS

        self.session = session
        self.setWindowTitle("Export")
        self.setMinimumWidth(520)
        self.preset = QComboBox()
        self.preset.addItems(list(RENDER_PRESETS))
        default = session.path / "exports" / f"{session.project.name or 'export'}.mp4"
        self.path = QLineEdit(str(default))
        self.smart = QCheckBox("Smart render: copy unchanged footage, re-encode only around the edits")
        self.smart.setChecked(prefs.load().get("smart_render", True) is not False)
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.time_left = QLabel("")
        self.time_left.setObjectName("note")
        self.time_left.setWordWrap(True)
        self.start_button = QPushButton("Export")
        self.start_button.setObjectName("primary")
        self.cancel_button = QPushButton("Cancel")
        self.open_button = QPushButton("Open folder")
        self.open_button.setVisible(False)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow("Preset", self.preset)
        form.addRow("File", path_row)
        form.addRow("", self.smart)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.time_left)
        layout.addLayout(buttons)
        self.signals = _RenderSignals()
        self.signals.progress.connect(self._progress)
        self.signals.finished.connect(self._finished)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self._open_folder)
        self.preset.currentTextChanged.connect(self._suffix)
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.result = None
        self.error: BaseException | None = None
        self.progress_updates = 0

    def _suffix(self, preset: str) -> None:
        suffix = ".wav" if preset == "wav" else ".mp4"
        self.path.setText(str(Path(self.path.text()).with_suffix(suffix)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export to", self.path.text())
        if path:
            self.path.setText(path)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        from editor_app.render import render

        out = Path(self.path.text()).expanduser()
        out.parent.mkdir(parents=True, exist_ok=True)
        project = self.session.project.clone()
        preset = self.preset.currentText()
        smart = self.smart.isChecked()
        if smart != (prefs.load().get("smart_render", True) is not False):
            prefs.save({"smart_render": smart})  # the CLI's default follows it too
        self._cancel = threading.Event()
        self.result, self.error = None, None
        self.open_button.setVisible(False)
        self.start_button.setEnabled(False)
        self.time_left.setText("Starting…")
        signals = self.signals

        def work() -> None:
            try:
                result = render(project, out, preset, progress=lambda p: signals.progress.emit(p.fraction, p.eta_s),
                                cancel=self._cancel, smart=smart, cache_dir=self.session.path / "cache")
                signals.finished.emit(result, None)
            except BaseException as exc:  # noqa: BLE001 - reported in the dialog
                signals.finished.emit(None, exc)

        self._thread = threading.Thread(target=work, name="export", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        if self.running:
            self._cancel.set()
            self.time_left.setText("Cancelling…")
        else:
            self.reject()

    def _progress(self, fraction: float, eta) -> None:
        self.progress_updates += 1
        self.progress.setValue(int(fraction * 1000))
        if eta is not None:
            minutes, seconds = divmod(int(round(eta)), 60)
            self.time_left.setText(f"{fraction * 100:.0f}% · about {minutes}:{seconds:02d} left")

    def _finished(self, result, error) -> None:
        self.result, self.error = result, error
        self.start_button.setEnabled(True)
        if error is None:
            self.progress.setValue(1000)
            mode = f" · {result.decision}" if getattr(result, "decision", "") else ""
            self.time_left.setText(f"Done in {result.elapsed_s:.1f} s: {result.path}{mode}")
            self.open_button.setVisible(True)
        else:
            self.progress.setValue(0)
            self.time_left.setText(str(error))

    def _open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result.path).parent)))


def demo_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(os.environ.get("EDITOR_APP_DATA_DIR") or user_data_dir("editor-app")) / "Demo project"


class StartDialog(QDialog):
    """Shown when the app starts without a project: demo, open a folder, or a new project."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome")
        self.setMinimumWidth(460)
        title = QLabel("A video editor you edit by chatting with it")
        title.setObjectName("panelTitle")
        self.demo_button = QPushButton("Open demo project")
        self.demo_button.setObjectName("primary")
        open_button = QPushButton("Open folder…")
        new_button = QPushButton("New project…")
        self.note = QLabel("The demo makes its own media (a talk, B-roll, music) the first time; nothing is downloaded.")
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.note)
        for b in (self.demo_button, open_button, new_button):
            layout.addWidget(b)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.recent_buttons = []
        for path in prefs.recent(existing_only=True)[:4]:
            recent = QPushButton(f"Recent: {Path(path).name}  —  {path}")
            recent.setToolTip(path)
            recent.clicked.connect(lambda _=False, p=path: self._pick(p))
            layout.addWidget(recent)
            self.recent_buttons.append(recent)
        self.buttons = [self.demo_button, open_button, new_button, *self.recent_buttons]
        self._poll = QTimer(self)
        self._poll.setInterval(200)
        self._poll.timeout.connect(self._demo_progress)
        self.demo_button.clicked.connect(self.open_demo)
        open_button.clicked.connect(self._open_folder)
        new_button.clicked.connect(self._new)

    def _pick(self, path: str) -> None:
        self.chosen.emit(path)
        self.accept()

    def open_demo(self) -> None:
        target = demo_dir()
        if (target / "project.json").exists():
            self._pick(str(target))
            return
        for button in self.buttons:  # one thing at a time: the demo is being made
            button.setEnabled(False)
        self.note.setText("Making the demo media (a talk, B-roll, music) with ffmpeg… about 15 s the first time.")
        self.progress.setRange(0, len(DEMO_ORDER) + 1)
        self.progress.setValue(0)
        self.progress.setFormat("Making the demo: %v of %m steps")
        self.progress.setVisible(True)
        self._demo_target = target
        self._poll.start()

        def make() -> str:
            from editor_app.demo import create_demo_project

            create_demo_project(target)
            return str(target)

        workers.submit(make, on_done=self._demo_done, on_error=self._demo_failed)

    def _demo_progress(self) -> None:
        """Steps done: each demo media file that exists, then the project itself."""
        media = self._demo_target / "media"
        done = sum(1 for f in media.iterdir() if f.is_file() and not f.name.startswith(".")) if media.is_dir() else 0
        done = min(done, len(DEMO_ORDER)) + int((self._demo_target / "project.json").exists())
        self.progress.setValue(done)

    def _demo_done(self, path: str) -> None:
        self._poll.stop()
        self.progress.setValue(self.progress.maximum())
        self._pick(path)

    def _demo_failed(self, exc: BaseException) -> None:
        self._poll.stop()
        self.progress.setVisible(False)
        for button in self.buttons:
            button.setEnabled(True)
        self.note.setText(f"Could not make the demo project: {exc}")

    def _open_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Open project folder")
        if path:
            self._pick(path)

    def _new(self) -> None:
        """The same New project dialog as the window's File menu (a folder, "like this clip")."""
        from editor_app.ui.new_project import NewProjectDialog

        self.new_dialog = NewProjectDialog(self)
        self.new_dialog.created.connect(self._pick)
        self.new_dialog.open()
