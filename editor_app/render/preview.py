"""Preview frames: the timeline at one frame, through the same filter chains as export.

Only the clips visible at that frame are opened, each seeking with -ss before -i, so a frame
costs one short ffmpeg run. Frames are cached in memory (LRU) and on disk, keyed by a hash of
everything that affects that frame (the clips there, their media files, size, settings).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

from editor_app.media.ffmpeg import ffmpeg_exe
from editor_app.model.project import Project
from editor_app.render.compile import compile_timeline
from editor_app.render.errors import RenderError

_MEMORY: "OrderedDict[str, np.ndarray]" = OrderedDict()
_MEMORY_MAX = 128
_LOCK = threading.Lock()


def default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("editor-app")) / "preview"


def frame_key(project: Project, frame: int, size: tuple[int, int]) -> str:
    """A hash of what can change this frame's picture (not of the whole project)."""
    parts: list = [project.settings.model_dump(mode="json"), frame, list(size)]
    for track in project.tracks:
        if track.kind != "video" or track.hidden:
            parts.append([track.id, track.kind, track.hidden])
            continue
        here = [c for c in track.clips if c.enabled and c.start <= frame < c.end]
        ids = {c.id for c in here}
        joined = [t for t in track.transitions if t.from_clip in ids or t.to_clip in ids]
        related = {t.from_clip for t in joined} | {t.to_clip for t in joined}
        clips = [c for c in track.clips if c.id in ids | related]
        entry = [track.id, [c.model_dump(mode="json") for c in clips], [t.model_dump(mode="json") for t in joined]]
        for c in clips:
            media = project.media.get(c.media_id) if c.media_id else None
            if media is not None:
                try:
                    st = os.stat(media.path)
                    entry.append([media.path, st.st_mtime_ns, st.st_size])
                except OSError:
                    entry.append([media.path, None])
        parts.append(entry)
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _render_frame(project: Project, frame: int, size: tuple[int, int]) -> np.ndarray:
    width, height = size
    comp = compile_timeline(project, width, height, start=frame, end=frame + 1, audio=False)
    # One decoding thread per input: frame threading delays the first frame after a seek.
    inputs = [arg for args in comp.graph.inputs for arg in ("-threads", "1", *args)]
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", *inputs,
           "-filter_complex_threads", "1", "-filter_complex", comp.graph.text(), "-map", f"[{comp.video}]", "-frames:v", "1",
           "-f", "rawvideo", "-pix_fmt", "rgb24", "pipe:1"]
    result = subprocess.run(cmd, capture_output=True)
    expected = width * height * 3
    if result.returncode != 0 or len(result.stdout) < expected:
        message = result.stderr.decode(errors="replace").strip().splitlines()
        raise RenderError(f"Could not draw frame {frame}: {message[-1] if message else 'no picture'}")
    return np.frombuffer(result.stdout[:expected], np.uint8).reshape(height, width, 3)


def preview_frame(project: Project, frame: int, size: tuple[int, int] | None = None, fmt: str = "rgb",
                  cache_dir: str | os.PathLike | None = None, use_disk: bool = True) -> np.ndarray | bytes:
    """The timeline picture at ``frame`` as an RGB array (H, W, 3) or PNG bytes (fmt="png")."""
    if size is None:
        size = (project.settings.width, project.settings.height)
    size = (max(2, int(size[0]) // 2 * 2), max(2, int(size[1]) // 2 * 2))
    frame = max(0, min(int(frame), max(project.duration - 1, 0)))
    key = frame_key(project, frame, size)
    with _LOCK:
        image = _MEMORY.get(key)
        if image is not None:
            _MEMORY.move_to_end(key)
    if image is None:
        folder = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        path = folder / key[:2] / f"{key}.npy"
        if use_disk and path.is_file():
            try:
                image = np.load(path)
            except (OSError, ValueError):
                image = None
        if image is None:
            if project.duration <= 0:
                image = np.zeros((size[1], size[0], 3), np.uint8)
            else:
                image = _render_frame(project, frame, size)
            if use_disk:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    tmp = path.with_suffix(f".{os.getpid()}.tmp")
                    with open(tmp, "wb") as fh:
                        np.save(fh, image)
                    os.replace(tmp, path)
                except OSError:
                    pass
        image.setflags(write=False)
        with _LOCK:
            _MEMORY[key] = image
            while len(_MEMORY) > _MEMORY_MAX:
                _MEMORY.popitem(last=False)
    if fmt == "png":
        from PIL import Image

        buf = io.BytesIO()
        Image.fromarray(image).save(buf, format="PNG", compress_level=1)
        return buf.getvalue()
    return image


def clear_memory_cache() -> None:
    with _LOCK:
        _MEMORY.clear()
