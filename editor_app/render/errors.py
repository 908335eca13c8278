"""Render errors in sentences a user understands, and preflight checks run before ffmpeg."""

from __future__ import annotations

import os
import uuid
from fractions import Fraction
from pathlib import Path

from editor_app.model.project import Project

MIN_SPEED = Fraction(1, 10)
MAX_SPEED = Fraction(10)


class RenderError(RuntimeError):
    """A render that cannot start or that failed; ``str()`` is a user-facing sentence."""


class RenderCancelled(RenderError):
    """The user cancelled the render; nothing was written under the requested name."""


_FFMPEG_MESSAGES = (
    ("No space left on device", "The disk is full: free some space on the output drive and render again."),
    ("moov atom not found", "A media file is damaged or incomplete (moov atom not found): re-import it."),
    ("Invalid data found when processing input", "A media file is not a readable video, audio or image file."),
    ("Permission denied", "The output folder is not writable (permission denied)."),
    ("Read-only file system", "The output folder is on a read-only drive."),
)


def explain_ffmpeg_failure(stderr: str, returncode: int) -> str:
    """Turn ffmpeg's last words into a sentence; keep the raw line as a hint."""
    for needle, sentence in _FFMPEG_MESSAGES:
        if needle in stderr:
            return sentence
    lines = [ln.strip() for ln in stderr.strip().splitlines() if ln.strip()]
    tail = lines[-1] if lines else "no message"
    return f"The render failed (ffmpeg exit code {returncode}): {tail}"


def check_output_path(out_path: Path) -> None:
    """The output folder must exist and be writable; probe with a real file (root ignores modes)."""
    folder = out_path.parent
    if not folder.exists():
        raise RenderError(f"The output folder {folder} does not exist.")
    if not folder.is_dir():
        raise RenderError(f"The output folder {folder} is not a folder.")
    if out_path.is_dir():
        raise RenderError(f"The output path {out_path} is a folder; give a file name.")
    probe = folder / f".write-test-{uuid.uuid4().hex[:8]}"
    try:
        with open(probe, "wb"):
            pass
        os.unlink(probe)
    except OSError:
        raise RenderError(f"The output folder {folder} is read-only: choose another folder.") from None


def check_project(project: Project) -> None:
    """Refuse a timeline ffmpeg cannot render, naming the clip and what to do."""
    fps = project.fps
    if project.duration <= 0:
        raise RenderError("The timeline is empty: add a clip before rendering.")
    for track in project.tracks:
        for clip in track.clips:
            if not clip.enabled:
                continue
            speed = Fraction(clip.speed)
            if speed < MIN_SPEED or speed > MAX_SPEED:
                raise RenderError(
                    f"Clip {clip.id} has speed {float(speed):g}x; speeds from 0.1x to 10x can be rendered."
                )
            if clip.media_id is None:
                continue
            media = project.media.get(clip.media_id)
            if media is None:
                raise RenderError(f"Clip {clip.id} uses media {clip.media_id}, which is not in the project.")
            if not Path(media.path).is_file():
                raise RenderError(
                    f"The media file for clip {clip.id} is missing: {media.path} "
                    "(moved or deleted after import). Put it back, or find it with `editor-app relink DIR --search FOLDER` "
                    "(in the window: File > Relink missing media…)."
                )
            length = media.length_frames(fps)
            if length is not None and clip.source_out > length + 1:
                raise RenderError(
                    f"Clip {clip.id} is longer than its source {media.name or media.path}: it needs "
                    f"{float(clip.source_out / fps):.2f} s of media but the file has {float(media.duration):.2f} s."
                )
