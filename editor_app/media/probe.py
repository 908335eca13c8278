"""Probe a media file with the bundled ffmpeg (imageio-ffmpeg ships no ffprobe).

`ffmpeg -i FILE` prints the container and streams to stderr and exits; we parse that.
Extra passes are cheap stream copies (no decoding): a precise duration when the header
has none, and a packet-timing check for variable frame rate.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from editor_app.media.errors import NO_STREAMS, PERMISSION, MediaError, check_readable, from_ffmpeg, unsupported_codec
from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.model.media_paths import media_path_problem
from editor_app.model.time import normalize_rate

IMAGE_EXTENSIONS = {".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff", ".avif", ".heic", ".heif"}
# Stills inside an ISO-BMFF box (phones' HEIC, AVIF): ffmpeg opens them with its mov demuxer.
CONTAINER_STILLS = {".avif", ".heic", ".heif"}
_STILL_BRANDS = (b"avif", b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1", b"hevc", b"hevx")
_IMAGE_FORMATS = ("image2", "png_pipe", "jpeg_pipe", "webp_pipe", "bmp_pipe", "tiff_pipe")
_LAYOUT_CHANNELS = {"mono": 1, "stereo": 2, "2.1": 3, "quad": 4, "4.0": 4, "5.0": 5, "5.1": 6, "6.1": 7, "7.1": 8}

_INPUT = re.compile(r"^Input #0, (.*?), from ", re.MULTILINE)
_DURATION = re.compile(r"Duration: (?:(\d+):(\d+):(\d+(?:\.\d+)?)|N/A)")
_STREAM = re.compile(r"^\s*Stream #0:\d+[^:]*: (Video|Audio|Subtitle|Data|Attachment): (\w+)(.*)$", re.MULTILINE)
_SIZE = re.compile(r"[ ,](\d{2,5})x(\d{2,5})[ ,\]]")
_FPS = re.compile(r"([\d.]+)(k?) fps")
_TBR = re.compile(r"([\d.]+)(k?) tbr")
_HZ = re.compile(r"(\d+) Hz")
_CHANNELS = re.compile(r"(\d+) channels")
_ROTATION = re.compile(r"rotation of (-?\d+(?:\.\d+)?) degrees")


def display_rotation(text: str) -> int:
    """Degrees (0-359) a player turns the picture, from ffmpeg's side-data line in ``text``; 0 when none."""
    turn = _ROTATION.search(text)
    return round(float(turn.group(1))) % 360 if turn else 0


@dataclass(frozen=True)
class ProbeResult:
    """What a file holds. Durations are exact Fractions of seconds (None for stills)."""

    kind: str  # "video" | "audio" | "image"
    duration: Fraction | None
    fps: Fraction | None
    width: int | None
    height: int | None
    has_audio: bool
    has_video: bool
    sample_rate: int | None
    channels: int | None
    codec: str | None
    size_bytes: int
    variable_frame_rate: bool = False
    base_rate: Fraction | None = None  # the stream's tbr: a variable-rate phone clip's nominal rate
    rotation: int = 0  # degrees a player turns the stored picture (phones held upright: 90); size is as shown


def _rate(match: re.Match | None) -> Fraction | None:
    if not match:
        return None
    number, kilo = match.group(1), match.group(2)
    try:
        if kilo:
            return Fraction(number) * 1000
        return normalize_rate(number)
    except (ValueError, ZeroDivisionError):  # an absurd rate in a crafted file: treat as unknown
        return None


def _channels(rest: str) -> int | None:
    m = _CHANNELS.search(rest)
    if m:
        return int(m.group(1))
    for part in rest.split(","):
        word = part.strip().split("(")[0].strip()
        if word in _LAYOUT_CHANNELS:
            return _LAYOUT_CHANNELS[word]
    return None


def parse_ffmpeg_info(stderr: str) -> dict:
    """Parse `ffmpeg -i` stderr into a dict of ProbeResult fields (no kind decision yet)."""
    info: dict = {"format": "", "duration": None, "video": None, "audio": None}
    m = _INPUT.search(stderr)
    if m:
        info["format"] = m.group(1)
    m = _DURATION.search(stderr)
    if m and m.group(1) is not None:
        h, mi, s = m.groups()
        info["duration"] = Fraction(int(h) * 3600 + int(mi) * 60) + Fraction(s)
    streams = list(_STREAM.finditer(stderr))
    for i, match in enumerate(streams):
        kind, codec, rest = match.groups()
        if kind == "Video" and info["video"] is None and "(attached pic)" not in rest:
            size = _SIZE.search(rest)
            fps = _rate(_FPS.search(rest))
            tbr = _rate(_TBR.search(rest))
            width, height = (int(size.group(1)), int(size.group(2))) if size else (None, None)
            # side data (a phone's display rotation) follows the stream line, before the next stream
            side = stderr[match.end(): streams[i + 1].start() if i + 1 < len(streams) else len(stderr)]
            rotation = display_rotation(side)
            if rotation in (90, 270):  # ffmpeg turns the frames upright when decoding: report them as shown
                width, height = height, width
            info["video"] = {
                "codec": codec,
                "width": width,
                "height": height,
                "fps": fps or tbr,
                "tbr": tbr,
                "rotation": rotation,
            }
        elif kind == "Audio" and info["audio"] is None:
            hz = _HZ.search(rest)
            info["audio"] = {"codec": codec, "sample_rate": int(hz.group(1)) if hz else None, "channels": _channels(rest)}
    return info


def _check_image(p: Path, head: bytes, video: dict) -> None:
    if not _looks_like_image(head):
        raise MediaError(p, f"its content is not an image (it is named {p.suffix or 'without an extension'})")
    width, height = video.get("width") or 0, video.get("height") or 0
    if max(width, height) > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        raise MediaError(p, f"the image is {width}x{height} pixels; images up to {MAX_IMAGE_SIDE}x{MAX_IMAGE_SIDE} "
                            f"can be used (scale it down first)")


def _precise_duration(path: Path) -> Fraction | None:
    """Duration by copying every packet to a null muxer (no decoding), read from -progress."""
    result = run_ffmpeg(
        ["-protocol_whitelist", "file", "-i", str(path), "-map", "0", "-c", "copy", "-f", "null", "-",
         "-progress", "pipe:1", "-nostats"],
        check=False,
        timeout=120,
    )
    times = re.findall(r"out_time_us=(\d+)", result.stdout)
    if not times or int(times[-1]) <= 0:
        return None
    return Fraction(int(times[-1]), 1_000_000)


_REORDER_TAIL = 16  # the most frames H.264/HEVC may hold back for reordering


def detect_vfr(path: str | Path, packets: int = 300) -> bool:
    """True when the first video packets are not evenly spaced (phones, screen recorders).

    Reads packet timestamps only (stream copy into framecrc), so it costs milliseconds.
    A one-tick jitter (millisecond timebases at 29.97 fps) is not counted as variable.
    """
    result = run_ffmpeg(
        ["-protocol_whitelist", "file", "-i", str(path), "-map", "0:v:0", "-c", "copy", "-frames:v", str(packets),
         "-f", "framecrc", "-"],
        check=False,
        timeout=60,
    )
    pts: list[int] = []
    for line in result.stdout.splitlines():
        if line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(",")]
        if len(parts) >= 4 and parts[2].lstrip("-").isdigit():
            pts.append(int(parts[2]))
    pts.sort()
    if len(pts) >= packets:
        # Packets come in decode order: with B-frames the first N leave holes in the presentation
        # times at their end (the frames that fill them come later). Drop the reorder tail.
        pts = pts[:-_REORDER_TAIL]
    diffs = sorted(b - a for a, b in zip(pts, pts[1:]) if b > a)
    if len(diffs) < 4:
        return False
    median = diffs[len(diffs) // 2]
    spread = diffs[-1] - diffs[0]
    return spread > 2 and spread > 0.1 * median


# Images are decoded whole for every frame they show: a 16000x16000 PNG took 6.4 GB.
MAX_IMAGE_SIDE = 8192
MAX_IMAGE_PIXELS = 8192 * 8192
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"BM", b"II*\x00", b"MM\x00*", b"GIF8")


def _looks_like_image(head: bytes) -> bool:
    return (head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
            or (head[4:8] == b"ftyp" and head[8:12] in _STILL_BRANDS))


def _local_file(path: str | Path) -> Path:
    """Only regular files on this computer: no URLs, ffmpeg protocols, devices or pipes."""
    problem = media_path_problem(str(path))
    if problem:
        raise MediaError(Path(str(path)[:200]), problem.replace(f"{str(path)[:80]!r} is", "it is"))
    p = check_readable(path)
    try:
        if not stat.S_ISREG(os.stat(p).st_mode):
            raise MediaError(p, "it is not a regular file (a device, pipe or socket)")
    except OSError as exc:
        raise MediaError(p, PERMISSION if isinstance(exc, PermissionError) else str(exc)) from exc
    return p


def probe(path: str | Path, *, check_vfr: bool = True) -> ProbeResult:
    """Probe ``path`` by its content; raise MediaError with a plain-words reason when it cannot be used."""
    p = _local_file(path).resolve()
    try:
        with p.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise MediaError(p, PERMISSION if isinstance(exc, PermissionError) else f"it cannot be read ({exc.strerror})") from exc
    try:
        result = run_ffmpeg(["-protocol_whitelist", "file", "-i", str(p)], check=False, timeout=60)
    except subprocess.TimeoutExpired as exc:
        raise MediaError(p, "ffmpeg took too long to read it") from exc
    stderr = result.stderr
    if "Input #0" not in stderr:
        raise from_ffmpeg(p, stderr)
    info = parse_ffmpeg_info(stderr)
    video, audio = info["video"], info["audio"]
    if video is None and audio is None:
        raise MediaError(p, NO_STREAMS)
    usable = [s for s in (video, audio) if s is not None and s["codec"] != "none"]
    if not usable:
        raise MediaError(p, unsupported_codec("unknown"))
    fmt = info["format"]
    is_image = video is not None and audio is None and (
        p.suffix.lower() in IMAGE_EXTENSIONS or any(f in fmt.split(",") for f in _IMAGE_FORMATS)
    )
    kind = "image" if is_image else ("video" if video is not None else "audio")
    if kind == "image":
        _check_image(p, head, video)
    elif p.suffix.lower() in IMAGE_EXTENSIONS and not _looks_like_image(head):
        raise MediaError(p, f"it is named {p.suffix} but its content is not an image")
    duration = None if kind == "image" else info["duration"]
    if duration is None and kind != "image":
        duration = _precise_duration(p)
    elif duration is not None and any(f in fmt.split(",") for f in ("mov", "mp4")):
        # a truncated MP4 keeps the full duration in its header: count what is really there
        real = _precise_duration(p)
        if real is not None and real < duration - Fraction(1, 10):
            duration = real
    vfr = False
    if kind == "video" and check_vfr:
        tbr = video.get("tbr")
        vfr = bool(tbr and video["fps"] and abs(tbr - video["fps"]) > Fraction(1, 20)) or detect_vfr(p)
    return ProbeResult(
        kind=kind,
        duration=duration,
        fps=video["fps"] if video and kind == "video" else None,
        width=video["width"] if video else None,
        height=video["height"] if video else None,
        has_audio=audio is not None,
        has_video=video is not None,
        sample_rate=audio["sample_rate"] if audio else None,
        channels=audio["channels"] if audio else None,
        codec=(video or audio or {}).get("codec"),
        size_bytes=p.stat().st_size,
        variable_frame_rate=vfr,
        base_rate=video.get("tbr") if video and kind == "video" else None,
        rotation=video.get("rotation", 0) if video and kind == "video" else 0,
    )
