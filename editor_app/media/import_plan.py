"""Plan an import against what the project already holds: no duplicates, sidecars update.

- The same file imported twice (same resolved path, or a file with the same name, size and
  length) is noticed and not added again; the existing media item is used instead.
- A subtitle file (.srt / .vtt) beside media imported earlier, or given on the command line
  itself, updates that media's transcript (one SetTranscript), never adds media.
- New media get their ids here (on a scratch copy), so callers can place them in the same batch.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from editor_app.media.errors import MediaError
from editor_app.media.importer import build_asset, sidecar_words
from editor_app.media.subtitles import SUBTITLE_EXTENSIONS, find_sidecar, load_subtitles
from editor_app.model.operations import ImportMedia, Operation, SetTranscript
from editor_app.model.project import MediaAsset, Project, TranscriptSegment


@dataclass
class ImportPlan:
    """The operations of an import and what they mean, file by file."""

    ops: list[Operation] = field(default_factory=list)
    media_ids: list[str] = field(default_factory=list)  # per given media file, in order: new or existing
    new_ids: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # duplicates noticed, transcripts updated
    errors: list[str] = field(default_factory=list)
    untranscribed: list[str] = field(default_factory=list)  # new media with sound and no transcript (speech to text)


def _same_file(a: str, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.normpath(a) == os.path.normpath(b)


def find_duplicate(project: Project, asset: MediaAsset) -> tuple[MediaAsset, str] | None:
    """An existing media item holding the same content as ``asset``, and why we think so."""
    path = Path(asset.path)
    for existing in project.media.values():
        if _same_file(existing.path, path):
            return existing, "the same file"
    for existing in project.media.values():
        if (
            existing.size_bytes is not None
            and existing.size_bytes == asset.size_bytes
            and existing.duration == asset.duration
            and Path(existing.path).name.lower() == path.name.lower()
        ):
            return existing, f"a file with the same name, size and length ({existing.path})"
    return None


SIDECAR = "sidecar"  # the transcript's "model" when it came from a subtitle file (media.speech reads it)


def needs_transcript(asset: MediaAsset) -> bool:
    """Media whose speech nobody has written down yet (the transcriber's work list)."""
    from editor_app.media.speech.service import needs_transcript as speech_needs

    return speech_needs(asset)


def _subtitle_target(project: Project, subtitle: Path) -> MediaAsset | None:
    """The media a subtitle file belongs to: same folder and base name (name.srt or name.en.srt)."""
    stem = subtitle.stem.lower()
    for asset in project.media.values():
        media = Path(asset.path)
        if media.parent == subtitle.parent and (stem == media.stem.lower() or stem.startswith(media.stem.lower() + ".")):
            return asset
    names = [a for a in project.media.values() if Path(a.path).stem.lower() == stem.split(".")[0]]
    return names[0] if len(names) == 1 else None


def transcript_op(project: Project, media_id: str, subtitle: str | Path) -> SetTranscript:
    """The operation that loads ``subtitle`` as the transcript of ``media_id`` ("Load transcript…")."""
    segments = load_subtitles(subtitle)
    if not segments:
        raise MediaError(Path(subtitle), "it holds no subtitle lines")
    asset = project.media[media_id]
    words = sidecar_words(asset.path, segments) if asset.has_audio else ()
    return SetTranscript(media_id=media_id, segments=list(segments), words=list(words), model=SIDECAR)


def _update_transcript(plan: ImportPlan, scratch: Project, asset: MediaAsset, segments: tuple[TranscriptSegment, ...],
                       source: str, words: tuple = ()) -> None:
    """Subtitles win over speech to text: a sidecar replaces any transcript that differs from it."""
    if segments and (tuple(segments) != tuple(asset.transcript) or asset.transcript_model != SIDECAR):
        if not words and asset.has_audio:
            words = sidecar_words(asset.path, segments)
        op = SetTranscript(media_id=asset.id, segments=list(segments), words=list(words), model=SIDECAR)
        op.apply(scratch)
        plan.ops.append(op)
        plan.notes.append(f"updated the transcript of {asset.id} ({asset.name}) from {source}")


def plan_import(
    project: Project, items: list[str | Path | MediaAsset], *, allow_duplicates: bool = False
) -> ImportPlan:
    """Decide, per file, to import, reuse an existing media item, or update a transcript.

    ``items`` are paths (probed here; subtitle files update transcripts) or assets already
    probed elsewhere (the window probes in workers and plans on the UI thread).
    """
    plan = ImportPlan()
    scratch = project.clone()
    for item in items:
        if isinstance(item, MediaAsset):
            asset, path = item, Path(item.path)
        else:
            path = Path(item).expanduser()
            if path.suffix.lower() in SUBTITLE_EXTENSIONS:
                _plan_subtitle(plan, scratch, path)
                continue
            try:
                asset = build_asset(path, with_words=True)
            except MediaError as exc:
                plan.errors.append(str(exc))
                continue
        duplicate = None if allow_duplicates else find_duplicate(scratch, asset)
        if duplicate is not None:
            existing, why = duplicate
            plan.media_ids.append(existing.id)
            plan.notes.append(f"{path.name} is already in the project as {existing.id} ({existing.name}): {why}; not imported again")
            sidecar = find_sidecar(asset.path)
            _update_transcript(plan, scratch, existing, asset.transcript, sidecar.name if sidecar else "its subtitle file",
                               asset.words)
            continue
        media_id = scratch.new_id("media")
        op = ImportMedia(asset=asset, media_id=media_id)
        op.apply(scratch)
        plan.ops.append(op)
        plan.media_ids.append(media_id)
        plan.new_ids.append(media_id)
        if needs_transcript(asset):
            plan.untranscribed.append(media_id)
    return plan


def _plan_subtitle(plan: ImportPlan, scratch: Project, path: Path) -> None:
    target = _subtitle_target(scratch, path.resolve())
    if target is None:
        plan.errors.append(f"{path}: no media in the project goes with this subtitle file (import the media first)")
        return
    try:
        _update_transcript(plan, scratch, target, tuple(load_subtitles(path)), path.name)
    except OSError as exc:
        plan.errors.append(f"{path}: cannot read it ({exc.strerror or exc})")
