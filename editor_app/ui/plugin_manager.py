"""The Plugin Manager: installed agents, enable/disable, install/uninstall with pip.

pip can take minutes (downloads, builds), and even listing imports the enabled plugins,
so both run in a worker (editor_app.ui.workers) and the dialog stays responsive; open it
with ``.open()`` (``exec()`` fails inside qasync slots). ``plugins_changed`` tells the app
to reload its agents.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.ui import workers

COLUMNS = ("Name", "Version", "State", "Operations", "From")
INSTALL_HINT = ("Install a plugin from a folder, a wheel file or a package name (pip runs in this app's Python). "
                "It starts disabled: plugins run with your permissions, so enable only those you trust.")


class PluginManagerDialog(QDialog):
    """A table of agents (built-ins and plugins) with Install..., Uninstall, Enable and Disable."""

    plugins_changed = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, pip_options: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Plugins")
        self.resize(760, 380)
        self.pip_options = dict(pip_options or {})
        self.rows: list[Any] = []
        self.busy = False
        self._input: QInputDialog | None = None

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.install_button = QPushButton("Install...", self)
        self.uninstall_button = QPushButton("Uninstall", self)
        self.enable_button = QPushButton("Enable", self)
        self.disable_button = QPushButton("Disable", self)
        self.install_button.clicked.connect(self.ask_install)
        self.uninstall_button.clicked.connect(self.uninstall_selected)
        self.enable_button.clicked.connect(lambda: self.set_selected_enabled(True))
        self.disable_button.clicked.connect(lambda: self.set_selected_enabled(False))
        buttons = QHBoxLayout()
        for button in (self.install_button, self.uninstall_button, self.enable_button, self.disable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.status = QLabel(INSTALL_HINT, self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel("", self)
        self.detail.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.refresh()

    # ---- listing ---------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the plugins in a worker (listing imports the enabled ones)."""
        from editor_app.plugins import list_plugins

        self._set_busy(True)
        workers.submit(list_plugins, on_done=self._show_rows, on_error=self._failed)

    def _show_rows(self, rows: list[Any]) -> None:
        selected = self.selected_name()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            state = "built-in" if row.builtin else ("enabled" if row.enabled else "disabled")
            if row.broken:
                state = f"broken ({state})"
            values = (row.name, row.version, state, ", ".join(row.operations), row.distribution)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(row.broken or row.description or value)
                self.table.setItem(r, c, item)
            if row.name == selected:
                self.table.selectRow(r)
        self._set_busy(False)

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def selected_name(self) -> str | None:
        row = self.selected()
        return row.name if row else None

    def select(self, name: str) -> bool:
        for r, row in enumerate(self.rows):
            if row.name == name:
                self.table.selectRow(r)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected()
        plugin = row is not None and not row.builtin and not self.busy
        self.install_button.setEnabled(not self.busy)
        self.uninstall_button.setEnabled(plugin)
        self.enable_button.setEnabled(plugin and not row.enabled and not row.broken)
        self.disable_button.setEnabled(plugin and row.enabled)
        if row is None:
            self.detail.setText("")
        else:
            lines = [row.description or "(no description)"]
            if row.broken:
                lines.append(f"Broken: {row.broken}")
            if row.needs_network:
                lines.append("Uses the network.")
            self.detail.setText("\n".join(lines))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()
        self.busy_changed.emit(busy)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(f"Error: {exc}")
        self._set_busy(False)

    # ---- actions ---------------------------------------------------------
    def ask_install(self) -> None:
        """Ask for a folder, wheel or name (non-blocking: open(), then textValueSelected)."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Install a plugin")
        dialog.setLabelText("Plugin folder, wheel file or package name:")
        dialog.textValueSelected.connect(self.install)
        self._input = dialog
        dialog.open()

    def install(self, spec: str) -> None:
        from editor_app.plugins import install

        spec = spec.strip()
        if not spec or self.busy:
            return
        self.status.setText(f"Installing {spec} with pip ...")
        self._set_busy(True)
        workers.submit(lambda: install(spec, **self.pip_options), on_done=self._pip_done, on_error=self._failed)

    def uninstall_selected(self) -> None:
        from editor_app.plugins import uninstall

        name = self.selected_name()
        if not name or self.busy:
            return
        self.status.setText(f"Uninstalling {name} ...")
        self._set_busy(True)
        workers.submit(lambda: uninstall(name, **self.pip_options), on_done=self._pip_done, on_error=self._failed)

    def _pip_done(self, result: Any) -> None:
        self.status.setText(result.message if result.ok else f"Error: {result.message}")
        if result.ok:
            self.plugins_changed.emit()
        self.refresh()

    def set_selected_enabled(self, enabled: bool) -> None:
        from editor_app.plugins import PluginError, disable, enable

        name = self.selected_name()
        if not name:
            return
        try:
            message = enable(name) if enabled else disable(name)
        except PluginError as exc:
            self.status.setText(f"Error: {exc}")
            return
        self.status.setText(message)
        self.plugins_changed.emit()
        self.refresh()
