"""Speech to text through an OpenAI-compatible ``/v1/audio/transcriptions`` endpoint.

Why extract audio first: servers cap uploads (OpenAI at 25 MB) and a video file is mostly
picture; a mono 16 kHz 48 kbit/s MP3 holds about 70 minutes in 25 MB. Sidecar
subtitles (.srt/.vtt) are read by editor_app.media at import; this is for media without.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Any

from editor_app.media.errors import check_readable, from_ffmpeg
from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.model.project import TranscriptSegment

MAX_UPLOAD_BYTES = 25 * 1024 * 1024


class TranscriptionNotConfigured(RuntimeError):
    """No endpoint or speech-to-text model is set; the message says what to set."""


NOT_CONFIGURED = (
    "Transcription needs an OpenAI-compatible server with a speech-to-text model: set a "
    "provider (EDITOR_APP_PROVIDER / OPENAI_BASE_URL) and a transcription_model in Settings, "
    "or put an .srt/.vtt file with the same name beside the media."
)


def _check_settings(settings: Any) -> None:
    if settings is None or not getattr(settings, "base_url", None):
        raise TranscriptionNotConfigured(NOT_CONFIGURED)
    if not getattr(settings, "transcription_model", None):
        raise TranscriptionNotConfigured(
            f"{getattr(settings, 'label', 'The provider')} has no transcription_model set. " + NOT_CONFIGURED)


def extract_audio(path: str | Path, out_dir: Path) -> Path:
    """Mono 16 kHz MP3 of the media's audio (what speech-to-text needs, small to upload)."""
    src = check_readable(path)
    out = out_dir / (src.stem[:60] + ".mp3")
    result = run_ffmpeg(["-y", "-i", str(src), "-vn", "-ac", "1", "-ar", "16000", "-c:a", "libmp3lame",
                         "-b:a", "48k", str(out)], check=False)
    if result.returncode != 0 or not out.exists() or out.stat().st_size == 0:
        raise from_ffmpeg(src, result.stderr)
    if out.stat().st_size > MAX_UPLOAD_BYTES:
        raise ValueError(f"{src.name}: the audio is too long to transcribe in one request "
                         f"({out.stat().st_size // 1_000_000} MB after compression; the limit is 25 MB)")
    return out


async def transcribe_media_async(path: str | Path, settings: Any, api_key: str | None = None,
                                 language: str | None = None) -> list[TranscriptSegment]:
    """Timed transcript segments of a media file (source seconds)."""
    _check_settings(settings)
    from editor_app.llm.client import make_client, transcribe

    client = make_client(settings, api_key)
    try:
        with tempfile.TemporaryDirectory(prefix="editor-stt-") as tmp:
            audio = await asyncio.to_thread(extract_audio, path, Path(tmp))
            segments = await transcribe(client, settings, audio, language=language)
    finally:
        await client.close()
    return [s for s in segments if s.text.strip()]


def transcribe_media(path: str | Path, settings: Any, api_key: str | None = None,
                     language: str | None = None) -> list[TranscriptSegment]:
    """Blocking form for the CLI and executor threads (not for a running event loop)."""
    return asyncio.run(transcribe_media_async(path, settings, api_key=api_key, language=language))
