"""Scan a source's video packets for smart render: where it may be cut without decoding.

Why a packet scan: copying whole GOPs is only frame-exact when we know, for every frame the
timeline shows, which packet holds it and which key frames start a closed GOP. One stream
copy into ``framecrc`` lists every packet (decode order) with its pts, dts and key flag;
it reads no pixels, so it costs a fraction of a decode. imageio-ffmpeg ships no ffprobe.

A *cut point* is a frame index k (presentation order) where the stream may be split:
packet k in decode order is a key frame, it is also frame k in presentation order, and
the k packets before it are exactly frames 0..k-1. So no frame after the cut is decoded
before it (no open-GOP leading pictures) and nothing before it is shown after it. The end
of the stream is always a cut point.

An *end point* is a frame index e where a copy may end: the first e packets in decode order
are exactly frames 0..e-1, so a copy that starts at a cut point and stops after packet e-1
shows exactly the frames up to e-1 and references nothing it does not hold. Without
B-frames every frame is an end point; with them, every mini-GOP's end. So only the partial
GOP at a copied stretch's head must be re-encoded; its tail is copied up to the last end point.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np

from editor_app.media.keyframe_index import PacketList, packet_list
from editor_app.media.probe import display_rotation

_TB = re.compile(r"^#tb 0: (\d+)/(\d+)", re.MULTILINE)
_CODEC = re.compile(r"^#codec_id 0: (\S+)", re.MULTILINE)
_DIMS = re.compile(r"^#dimensions 0: (\d+)x(\d+)", re.MULTILINE)
_SAR = re.compile(r"^#sar 0: (\d+)/(\d+)", re.MULTILINE)
_PIXFMT = re.compile(r"Stream #0:\d+[^:]*: Video: \w+[^,]*, (\w+)")
_START = re.compile(r"start: (-?[\d.]+)")
_PROFILE = re.compile(r"Stream #0:\d+[^:]*: Video: h264 \(([^)]+)\)")
_STREAM = re.compile(r"^\s*Stream #0:\d+", re.MULTILINE)
# H.264 profiles (as ffmpeg names them) that x264 can encode edges for, 8-bit 4:2:0
X264_PROFILE = {"Constrained Baseline": "baseline", "Baseline": "baseline", "Main": "main", "High": "high",
                "Progressive High": "high", "Constrained High": "high"}


@dataclass(frozen=True)
class SourceScan:
    """What smart render needs to know about one source's video stream."""

    path: str
    codec: str
    width: int
    height: int
    pix_fmt: str
    sar_square: bool
    time_base: Fraction
    pts: tuple[int, ...]          # presentation order, ticks of time_base
    dts: tuple[int, ...]          # decode order, ticks of time_base (copies end between two)
    cut_points: tuple[int, ...]   # frame indices (presentation order) where a copy may start
    end_points: tuple[int, ...]   # frame indices where a copy may end (every cut point is one)
    delay: int                    # most frames a packet is decoded before it is shown (B-frame depth)
    container_start: Fraction     # seconds; -ss in the full render counts from here
    profile: str | None = None    # x264's name for the stream's H.264 profile (None: unknown)
    streams: int = 1              # streams in the file (1: the picture alone, no copy needed)
    profile_name: str = ""        # as ffmpeg names it
    rotation: int = 0             # degrees a player turns the picture (display matrix); copies would carry it

    @property
    def frames(self) -> int:
        return len(self.pts)

    def mismatch(self, width: int, height: int, fps: Fraction) -> str | None:
        """Why this source cannot be copied into an export of width x height at fps (None: it can)."""
        name = Path(self.path).name
        if self.codec != "h264":
            return f"{name} is {self.codec}, not H.264"
        if (self.width, self.height) != (width, height):
            return f"{name} is {self.width}x{self.height}, the export {width}x{height}"
        if self.profile_name and self.profile is None:
            return f"{name} is H.264 {self.profile_name} profile"
        if self.pix_fmt != "yuv420p":
            return f"{name} is {self.pix_fmt}, not yuv420p"
        if not self.sar_square:
            return f"{name} has non-square pixels"
        if self.rotation:
            return f"{name} is shown turned {self.rotation} degrees (a copy would turn the whole export)"
        if not self.pts:
            return f"{name} has no video packets"
        first = Fraction(self.pts[0]) * self.time_base
        if abs(first - self.container_start) > Fraction(1, 1000):
            return f"{name}'s picture does not start with the file"
        step = float(1 / (fps * self.time_base))  # ticks per frame at the export rate
        tolerance, p0 = max(1.0, step / 100), self.pts[0]
        for i, ticks in enumerate(self.pts):
            if abs(ticks - p0 - i * step) > tolerance:
                return f"{name} is not constant {float(fps):g} fps (frame {i} is off the grid)"
        return None


def cut_points(packets: list[tuple[int, int, bool]]) -> tuple[list[int], list[int], int]:
    """Closed-GOP cut points, end points (presentation indices) and the decode delay, from decode-order packets."""
    pts = np.asarray([p for _d, p, _k in packets], dtype=np.int64)
    return cut_points_arrays(pts, np.asarray([k for _d, _p, k in packets], dtype=bool))


def cut_points_arrays(pts: np.ndarray, key: np.ndarray) -> tuple[list[int], list[int], int]:
    """``cut_points`` over arrays (decode order): packet k is frame rank[k] in presentation order;
    a cut point needs a key frame with rank k after packets holding exactly frames 0..k-1, an end
    point packets 0..k holding exactly frames 0..k. Vectorised: 36,000 packets in milliseconds."""
    n = len(pts)
    if n == 0:
        return [0], [0], 0
    rank = np.empty(n, dtype=np.int64)
    rank[np.argsort(pts, kind="stable")] = np.arange(n)
    seen = np.maximum.accumulate(rank)                       # highest frame among packets 0..k
    before = np.concatenate(([-1], seen[:-1]))               # ... among packets 0..k-1
    k = np.arange(n)
    cuts = np.flatnonzero(key & (rank == k) & (before == k - 1)).tolist() + [n]
    ends = [0] + (np.flatnonzero(seen == k) + 1).tolist()
    return cuts, ends, max(0, int((k - rank).max()))


@functools.lru_cache(maxsize=64)
def _scan_cached(path: str, _size: int, _mtime_ns: int, cache_dir: str | None = None) -> SourceScan:
    raw = packet_list(path, cache_dir)
    return from_packets(path, raw)


def from_packets(path: str, raw: PacketList) -> SourceScan:
    """The SourceScan of one packet list (scanned now or read from the keyframe index)."""
    head, info = raw.header, raw.info
    tb, codec, dims = _TB.search(head), _CODEC.search(head), _DIMS.search(head)
    if not (tb and codec and dims):
        raise ValueError(f"{Path(path).name} has no video stream to copy")
    sar = _SAR.search(head)
    pix = _PIXFMT.search(info)
    start = _START.search(info)
    profile = _PROFILE.search(info)
    name = profile.group(1) if profile else ""
    cuts, ends, delay = cut_points_arrays(raw.pts, raw.key)
    return SourceScan(
        path=path, codec=codec.group(1), width=int(dims.group(1)), height=int(dims.group(2)),
        pix_fmt=pix.group(1) if pix else "unknown",
        sar_square=sar is None or sar.group(1) == sar.group(2) or sar.group(1) == "0",
        time_base=Fraction(int(tb.group(1)), int(tb.group(2))),
        pts=tuple(np.sort(raw.pts, kind="stable").tolist()), dts=tuple(raw.dts.tolist()),
        cut_points=tuple(cuts), end_points=tuple(ends), delay=delay,
        container_start=Fraction(start.group(1)) if start else Fraction(0),
        profile=X264_PROFILE.get(name), streams=max(1, len(_STREAM.findall(info))), profile_name=name,
        rotation=display_rotation(info))


def scan_source(path: str | os.PathLike, cache_dir: str | os.PathLike | None = None) -> SourceScan:
    """Scan ``path`` (cached in memory while the file is unchanged; with ``cache_dir``, read from
    the project's keyframe index, or scanned and stored there); ValueError when it has no usable video."""
    p = Path(path)
    st = p.stat()
    return _scan_cached(str(p), st.st_size, st.st_mtime_ns, None if cache_dir is None else str(cache_dir))
