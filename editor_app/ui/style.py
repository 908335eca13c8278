"""Colours, fonts and the dark style sheet: one place so every panel looks alike."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon

from editor_app.resources import resources_dir

RESOURCES = resources_dir()  # checkout, PyInstaller bundle or EDITOR_APP_RESOURCES
STYLE_FILE = RESOURCES / "style" / "dark.qss"
ICON_DIR = RESOURCES / "icons"

BG = QColor("#1b1d21")
BG_ALT = QColor("#22252b")
BG_TRACK = QColor("#25282e")
BG_TRACK_ALT = QColor("#2a2d34")
RULER_BG = QColor("#1f2226")
GRID = QColor("#33373f")
TEXT = QColor("#e4e6eb")
TEXT_DIM = QColor("#9aa0ab")
ACCENT = QColor("#4f9dff")
PLAYHEAD = QColor("#ff5a4f")
SELECT = QColor("#ffd166")
SNAP = QColor("#ffd166")

# clip fill per track role: distinct, muted, readable with light text
ROLE_COLORS: dict[str, QColor] = {
    "main": QColor("#3b6fb6"),
    "broll": QColor("#2f8f83"),
    "titles": QColor("#8c5bb8"),
    "overlay": QColor("#6f6bbf"),
    "voice": QColor("#b07a2e"),
    "music": QColor("#3f8f4f"),
    "sfx": QColor("#a34f5f"),
}


def role_color(role: str) -> QColor:
    return ROLE_COLORS.get(role, QColor("#5a6270"))


def style_sheet() -> str:
    """The dark style sheet text ('' when the resource file is missing, e.g. a broken install)."""
    try:
        return STYLE_FILE.read_text(encoding="utf-8")
    except OSError:
        return ""


def icon(name: str) -> QIcon:
    path = ICON_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
