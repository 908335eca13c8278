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


def build_asset(
    path: str | Path,
    name: str | None = None,
    description: str = "",
    tags: Iterable[str] = (),
) -> MediaAsset:
    """Probe ``path`` and describe it as a MediaAsset; raises MediaError for unusable files."""
    p = Path(path).expanduser()
    info = probe(p)
    absolute = p.resolve()
    if info.kind != "image" and (info.duration is None or info.duration <= 0):
        raise MediaError(absolute, "its duration could not be read (the file may be damaged)")
    transcript = _transcript(absolute)
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
        variable_frame_rate=info.variable_frame_rate,
    )
