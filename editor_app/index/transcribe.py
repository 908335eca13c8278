"""Speech to text through the configured OpenAI-compatible provider (``/v1/audio/transcriptions``).

The protocol itself lives in ``editor_app.media.speech`` (``ApiEngine``, beside the local
faster-whisper engine, with refinement, cache and the worker process). This module only
turns the provider settings and key (the llm layer, above media) into that engine, and
keeps the one-call form used where a plain list of timed lines is wanted.
Sidecar subtitles (.srt/.vtt) are read by editor_app.media at import; this is for media without.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from editor_app.media.speech.audio import decode_audio
from editor_app.media.speech.engines import ApiEngine
from editor_app.model.project import TranscriptSegment, TranscriptWord
from editor_app.model.transcript import segments_from_words


class TranscriptionNotConfigured(RuntimeError):
    """No endpoint or speech-to-text model is set; the message says what to set."""


NOT_CONFIGURED = (
    "Transcription through a server needs an OpenAI-compatible provider with a speech-to-text model: set a "
    "provider (EDITOR_APP_PROVIDER / OPENAI_BASE_URL) and a transcription_model in Settings. Without one, "
    "`editor-app transcribe` uses the built-in offline model, or put an .srt/.vtt file with the same name "
    "beside the media."
)


def _check_settings(settings: Any) -> None:
    if settings is None or not getattr(settings, "base_url", None):
        raise TranscriptionNotConfigured(NOT_CONFIGURED)
    if not getattr(settings, "transcription_model", None):
        raise TranscriptionNotConfigured(
            f"{getattr(settings, 'label', 'The provider')} has no transcription_model set. " + NOT_CONFIGURED)


def api_engine(settings: Any, api_key: str | None = None) -> ApiEngine:
    """The provider's transcription endpoint as a speech engine (for transcribe_assets and the worker)."""
    _check_settings(settings)
    from editor_app.llm.secrets import api_key_for

    return ApiEngine(settings.base_url, settings.transcription_model, api_key or api_key_for(settings) or "",
                     float(getattr(settings, "timeout", 300.0)), int(getattr(settings, "max_retries", 2)))


def transcribe_media(path: str | Path, settings: Any, api_key: str | None = None,
                     language: str | None = None) -> list[TranscriptSegment]:
    """Timed transcript lines of a media file (source seconds), from the provider. Blocking."""
    engine = api_engine(settings, api_key)
    heard = engine.recognize(decode_audio(path), language=language)
    if heard.words:
        words = [TranscriptWord(start=w.start, end=w.end, text=w.text) for w in heard.words]
        return list(segments_from_words(words))
    return [TranscriptSegment(start=s, end=max(s, e), text=t) for s, e, t in heard.segments if t.strip()]


async def transcribe_media_async(path: str | Path, settings: Any, api_key: str | None = None,
                                 language: str | None = None) -> list[TranscriptSegment]:
    """The same off the event loop's thread."""
    return await asyncio.to_thread(transcribe_media, path, settings, api_key, language)
