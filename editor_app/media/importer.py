"""Turn a file on disk into a MediaAsset (probe + sidecar transcript). Touches no project.

The ImportMedia operation assigns the id, so the asset built here has ``id=""``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from editor_app.media.errors import MediaError
from editor_app.media.probe import probe
from editor_app.media.subtitles import find_sidecar, load_subtitles
from editor_app.model.project import MediaAsset, TranscriptSegment


def _transcript(media: Path) -> tuple[TranscriptSegment, ...]:
    sidecar = find_sidecar(media)
    if sidecar is None:
        return ()
    try:
        return tuple(load_subtitles(sidecar))
    except OSError:
        return ()  # an unreadable sidecar must not block the import of good media


def sidecar_words(media: str | Path, lines) -> tuple:
    """Word times for subtitle lines, spread by length and refined from the audio (no model runs).

    Lets word-level edits work on media that came with subtitles; () when the audio cannot be read.
    """
    from editor_app.media.speech.lines import words_for_media

    try:
        return tuple(words_for_media(media, lines)) if lines else ()
    except Exception:  # noqa: BLE001 - lines without word times are still a usable transcript
        return ()


def build_asset(
    path: str | Path,
    name: str | None = None,
    description: str = "",
    tags: Iterable[str] = (),
    *,
    with_words: bool = False,
) -> MediaAsset:
    """Probe ``path`` and describe it as a MediaAsset; raises MediaError for unusable files.

    ``with_words`` also times the words of a sidecar transcript from the audio (imports do; the demo does not).
    """
    p = Path(path).expanduser()
    info = probe(p)
    absolute = p.resolve()
    if info.kind != "image" and (info.duration is None or info.duration <= 0):
        raise MediaError(absolute, "its duration could not be read (the file may be damaged)")
    transcript = _transcript(absolute)
    words = sidecar_words(absolute, transcript) if with_words and transcript and info.has_audio else ()
    return MediaAsset(
        id="",
        name=name or absolute.stem,
        path=str(absolute),
        kind=info.kind,  # type: ignore[arg-type]
        duration=info.duration,
        fps=info.fps,
        width=info.width,
        height=info.height,
        has_audio=info.has_audio,
        has_video=info.has_video,
        sample_rate=info.sample_rate,
        channels=info.channels,
        codec=info.codec,
        size_bytes=info.size_bytes,
        description=description,
        tags=tuple(tags),
        transcript=transcript,
        transcript_model="sidecar" if transcript else None,  # subtitles beside the file win over speech to text
        words=words,
        variable_frame_rate=info.variable_frame_rate,
    )
