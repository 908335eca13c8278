"""Playback proxy: the timeline rendered in short chunks at preview size, cached by content.

Playback decodes these files instead of drawing each frame (an uncached preview frame costs a
whole ffmpeg run). A chunk's file name is a hash of its own filter graph and the media files it
reads, so an edit re-renders only the chunks whose picture or sound changed, and playing after
an edit needs just the chunk under the playhead. Audio is PCM so chunks join without gaps.

Chunks read small copies of the video media (180 p, a keyframe every half second) once they
exist: seeking into a 720 p source with long GOPs costs most of a chunk's render time.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from editor_app.media.ffmpeg import ffmpeg_exe
from editor_app.model.project import Project
from editor_app.render.compile import compile_timeline
from editor_app.render.errors import RenderError

CHUNK_SECONDS = 2
PROXY_HEIGHT = 180
SAMPLE_RATE = 48000


@dataclass(frozen=True)
class Chunk:
    """Frames [start, end) of the timeline and the file that holds them once rendered."""

    start: int
    end: int
    path: Path

    @property
    def ready(self) -> bool:
        return self.path.exists()


def proxy_size(project: Project, height: int = PROXY_HEIGHT) -> tuple[int, int]:
    s = project.settings
    h = max(2, min(height, s.height) // 2 * 2)
    return max(2, round(s.width * h / s.height / 2) * 2), h


def _low_priority(cmd: list[str]) -> list[str]:
    """Background renders yield the CPU to the window and to exports (nice 10 where there is nice)."""
    nice = shutil.which("nice") if os.name == "posix" else None
    return [nice, "-n", "10", *cmd] if nice else cmd


def media_proxy_path(path: str, cache_dir: Path) -> Path:
    st = os.stat(path)
    key = hashlib.sha256(f"{os.path.abspath(path)}:{st.st_mtime_ns}:{st.st_size}:{PROXY_HEIGHT}".encode()).hexdigest()[:24]
    return Path(cache_dir) / "media" / f"{key}.mp4"


def make_media_proxies(project: Project, cache_dir: Path, stop: threading.Event | None = None) -> int:
    """Transcode each video medium on the timeline to a small, quickly seekable copy; returns how many were made."""
    used = {c.media_id for c in project.clips() if c.media_id}
    made = 0
    for mid in sorted(used):
        media = project.media.get(mid)
        if media is None or media.kind != "video" or not os.path.isfile(media.path):
            continue
        if stop is not None and stop.is_set():
            break
        out = media_proxy_path(media.path, cache_dir)
        if out.exists():
            continue
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(f".{out.stem}.{os.getpid()}-{threading.get_ident()}.part.mp4")
        cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", "-y", "-i", media.path, "-map", "0:v:0",
               "-map", "0:a?", "-vf", f"scale=-2:{PROXY_HEIGHT}", "-c:v", "libx264", "-preset", "ultrafast",
               "-crf", "26", "-g", "15", "-pix_fmt", "yuv420p", "-c:a", "copy", "-f", "mp4", str(tmp)]
        proc = subprocess.Popen(_low_priority(cmd), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while proc.poll() is None:
            if stop is not None and stop.wait(0.05):
                proc.kill()
            elif stop is None:
                proc.wait()
        if proc.returncode == 0 and tmp.exists():
            os.replace(tmp, out)
            made += 1
        else:
            tmp.unlink(missing_ok=True)
    return made


def with_media_proxies(project: Project, cache_dir: Path) -> Project:
    """A copy of the project whose video media point at their small copies where those exist."""
    out = project.clone()
    for mid, media in list(out.media.items()):
        if media.kind != "video" or not os.path.isfile(media.path):
            continue
        small = media_proxy_path(media.path, cache_dir)
        if small.exists():
            out.media[mid] = media.model_copy(update={"path": str(small)})
    return out


def chunk_frames(project: Project, seconds: int = CHUNK_SECONDS) -> int:
    return max(1, int(Fraction(seconds) * project.fps))


def _command(project: Project, start: int, end: int, size: tuple[int, int]) -> tuple[list[str], str]:
    comp = compile_timeline(project, size[0], size[1], start=start, end=end, video=True, audio=True)
    fps = project.fps
    args = [*comp.graph.input_args(), "-filter_complex", comp.graph.text()]
    if comp.video is not None:
        args += ["-map", f"[{comp.video}]", "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency",
                 "-crf", "28", "-g", str(max(1, int(fps))), "-pix_fmt", "yuv420p",
                 "-r", f"{fps.numerator}/{fps.denominator}", "-fps_mode", "cfr"]
    args += ["-map", f"[{comp.audio}]", "-c:a", "pcm_s16le", "-ar", str(SAMPLE_RATE), "-ac", "2"]
    stamp = []
    for item in comp.graph.inputs:
        for arg in item:
            if os.path.isfile(arg):
                st = os.stat(arg)
                stamp.append(f"{arg}:{st.st_mtime_ns}:{st.st_size}")
    key = hashlib.sha256("\n".join([" ".join(args), *stamp, f"{size}", f"{fps}"]).encode()).hexdigest()[:24]
    return args, key


LEAD_FRAMES = 8  # after an edit, the first few frames are rendered alone so playback starts sooner


def chunk_at(project: Project, start: int, end: int, cache_dir: Path, size: tuple[int, int]) -> Chunk:
    _args, key = _command(project, start, end, size)
    return Chunk(start, end, Path(cache_dir) / f"{key}.mkv")


def chunks_from(project: Project, frame: int, cache_dir: Path, size: tuple[int, int]):
    """The chunks to play from ``frame`` on, planned one at a time (a long timeline costs nothing up front).

    When the grid chunk under ``frame`` is not rendered yet, a short lead chunk starting at
    ``frame`` comes first, then the rest of that grid chunk."""
    step = chunk_frames(project)
    start = max(0, frame) // step * step
    first = True
    while start < project.duration:
        end = min(project.duration, start + step)
        chunk = chunk_at(project, start, end, cache_dir, size)
        if first and not chunk.ready and frame + LEAD_FRAMES < end:
            yield chunk_at(project, frame, frame + LEAD_FRAMES, cache_dir, size)
            yield chunk_at(project, frame + LEAD_FRAMES, end, cache_dir, size)
        else:
            yield chunk
        first = False
        start = end


def plan_chunks(project: Project, cache_dir: Path, size: tuple[int, int] | None = None) -> list[Chunk]:
    """The chunks covering the whole timeline, each named by the hash of what it shows and plays."""
    size = size or proxy_size(project)
    step = chunk_frames(project)
    out = []
    for start in range(0, max(0, project.duration), step):
        end = min(project.duration, start + step)
        _args, key = _command(project, start, end, size)
        out.append(Chunk(start, end, Path(cache_dir) / f"{key}.mkv"))
    return out


def render_chunk(project: Project, chunk: Chunk, size: tuple[int, int] | None = None, *,
                 background: bool = False) -> Path:
    """Render one chunk (if not cached) and return its file; RenderError with ffmpeg's last line."""
    if chunk.ready:
        return chunk.path
    size = size or proxy_size(project)
    args, _key = _command(project, chunk.start, chunk.end, size)
    chunk.path.parent.mkdir(parents=True, exist_ok=True)
    tmp = chunk.path.with_name(f".{chunk.path.stem}.{os.getpid()}-{threading.get_ident()}.part.mkv")
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-v", "error", "-y", *args, "-f", "matroska", str(tmp)]
    result = subprocess.run(_low_priority(cmd) if background else cmd, capture_output=True, text=True, errors="replace")
    if result.returncode != 0 or not tmp.exists():
        tmp.unlink(missing_ok=True)
        lines = result.stderr.strip().splitlines()
        raise RenderError(f"Could not render the playback proxy: {lines[-1] if lines else 'ffmpeg failed'}")
    os.replace(tmp, chunk.path)
    return chunk.path
