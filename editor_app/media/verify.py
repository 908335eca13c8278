"""Check media by content before it enters a project, and make constant-rate copies.

Why: `op import_media` took any asset JSON (``/etc/shadow``, ``/dev/zero``, ``http://``,
``concat:``) without looking at the file, and a text file named .png imported as an image.
Every import now goes through ``probe`` (content, not extension), and its measured fields
replace whatever the caller claimed. Variable-frame-rate sources are announced with the
command that makes a constant-rate copy (``constant_rate_copy``).
"""

from __future__ import annotations

import contextlib
import os
import shlex
from fractions import Fraction
from pathlib import Path

from editor_app.media.errors import MediaError
from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.media.probe import ProbeResult, probe
from editor_app.model.operations import ImportMedia, Operation, ReplaceMediaFile
from editor_app.model.project import MediaAsset

_MEASURED = ("duration", "fps", "width", "height", "has_audio", "has_video", "sample_rate", "channels", "codec",
             "size_bytes", "variable_frame_rate")


def measured(asset: MediaAsset, info: ProbeResult) -> MediaAsset:
    if info.kind != asset.kind:
        raise MediaError(Path(asset.path), f"it holds {info.kind}, not {asset.kind}")
    return asset.model_copy(update={name: getattr(info, name) for name in _MEASURED})


def verify_asset(asset: MediaAsset, project_dir: Path | None = None) -> MediaAsset:
    """The asset with its file probed by content (relative paths resolve in the project folder)."""
    path = Path(asset.path)
    if not path.is_absolute() and project_dir is not None and not str(asset.path).startswith(("http", "concat")):
        path = Path(project_dir) / path
    return measured(asset, probe(path))


def verify_import_ops(ops: list[Operation], project_dir: Path | None = None) -> list[Operation]:
    """Imports as they may enter the project: each file probed, claimed fields replaced by measured ones."""
    out: list[Operation] = []
    for op in ops:
        if isinstance(op, (ImportMedia, ReplaceMediaFile)):
            op = op.model_copy(update={"asset": verify_asset(op.asset, project_dir)})
        out.append(op)
    return out


def vfr_note(asset: MediaAsset, project_dir: Path | str) -> str:
    return (f"{asset.name} has a variable frame rate, which drifts at cut points; make a constant-rate copy with "
            f"`editor-app conform {shlex.quote(str(project_dir))} {asset.id}`")


def constant_rate_copy(source: Path, target: Path, fps: Fraction) -> Path:
    """Transcode ``source`` to constant ``fps`` at ``target`` (written as .part, renamed when complete)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f".{target.name}.part")
    args = ["-y", "-v", "error", "-protocol_whitelist", "file", "-i", str(source), "-map", "0:v:0", "-map", "0:a?",
            "-fps_mode", "cfr", "-r", f"{fps.numerator}/{fps.denominator}", "-c:v", "libx264", "-preset", "veryfast",
            "-crf", "18", "-pix_fmt", "yuv420p", "-c:a", "aac", "-f", "mp4", str(part)]
    try:
        result = run_ffmpeg(args, check=False, timeout=3600)
        if result.returncode != 0 or not part.exists():
            raise MediaError(source, f"the constant-rate copy failed: {(result.stderr or '').strip()[-200:]}")
        os.replace(part, target)
    finally:
        with contextlib.suppress(OSError):
            part.unlink()
    return target
