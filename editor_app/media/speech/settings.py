"""The speech section of the app settings file: engine, model, and auto-transcribe after import.

Shares settings.json with the provider settings (each part owns one section); read here
without importing the llm layer, which sits above media.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from editor_app.media.speech.models import CATALOG, DEFAULT_MODEL
from editor_app.model.project_io import atomic_write

SECTION = "speech"
ENGINES = ("local", "api")


@dataclass(frozen=True)
class SpeechSettings:
    engine: str = "local"  # "local" (faster-whisper) or "api" (the provider's /v1/audio/transcriptions)
    model: str = DEFAULT_MODEL  # local model name (see models.CATALOG)
    auto_transcribe: bool = True  # transcribe media with speech and no subtitles after import
    threads: int = 2  # CPU threads for the local engine
    language: str | None = None  # None: English for .en models, detected for multilingual ones

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"speech engine must be one of {', '.join(ENGINES)}, not {self.engine!r}")
        if self.model not in CATALOG:
            raise ValueError(f"unknown speech model {self.model!r}; choose one of: {', '.join(CATALOG)}")
        if not 1 <= int(self.threads) <= 64:
            raise ValueError("speech threads must be between 1 and 64")


def settings_file() -> Path:
    override = os.environ.get("EDITOR_APP_CONFIG_DIR")
    if override:
        return Path(override) / "settings.json"
    from platformdirs import user_config_dir

    return Path(user_config_dir("editor-app")) / "settings.json"


def _read() -> dict:
    try:
        data = json.loads(settings_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load_speech_settings() -> SpeechSettings:
    """File section over defaults; EDITOR_APP_AUTO_TRANSCRIBE=0 and EDITOR_APP_SPEECH_MODEL override it."""
    section = _read().get(SECTION)
    known = {f.name for f in fields(SpeechSettings)}
    values = {k: v for k, v in section.items() if k in known} if isinstance(section, dict) else {}
    try:
        settings = SpeechSettings(**values)
    except (TypeError, ValueError):  # a hand-edited file with a bad value: defaults, not a crash
        settings = SpeechSettings()
    changes: dict = {}
    if os.environ.get("EDITOR_APP_AUTO_TRANSCRIBE"):
        changes["auto_transcribe"] = os.environ["EDITOR_APP_AUTO_TRANSCRIBE"].strip().lower() not in ("0", "false", "no", "off")
    if os.environ.get("EDITOR_APP_SPEECH_MODEL"):
        changes["model"] = os.environ["EDITOR_APP_SPEECH_MODEL"].strip()
    return replace(settings, **changes) if changes else settings  # a bad env value raises: it was asked for


def save_speech_settings(settings: SpeechSettings) -> Path:
    """Write the speech section atomically, keeping the other sections as they are."""
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = _read()
    data[SECTION] = asdict(settings)
    atomic_write(path, json.dumps(data, indent=2, sort_keys=True))
    return path
