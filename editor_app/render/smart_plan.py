"""Plan a smart render: which stretches of the output copy whole GOPs, which re-encode, and whether it pays.

A stretch may be copied when the output there is an unmodified, contiguous piece of one
source: a lone clip (no transition) on the lowest visible video track, speed 1, no visual
effect, a whole-frame source offset, nothing on the video tracks above it, and a source
whose codec (H.264), size, frame rate and pixel format match the export. Inside such a
stretch only whole closed GOPs are copied (``smart_scan.cut_points``); the partial GOPs at
its edges, and everything else, are re-encoded through the ordinary compiler.

Whether it pays follows auto-editor's rule: the frames still encoded, plus the cost of
scanning the sources, of copying, of seeking into the middle of a GOP and of starting
encoders, against encoding every frame of the timeline.
"""

from __future__ import annotations

import bisect
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from fractions import Fraction

from editor_app.model.effects import Normalize
from editor_app.model.project import Clip, MediaAsset, Project
from editor_app.render.pieces import has_picture, media_of, track_runs
from editor_app.render.presets import Preset
from editor_app.render.smart_scan import SourceScan, scan_source

# Costs in seconds on 2 cores (benchmarks/smart_bench.py measures them): x264 time per frame at
# 1280x720 for each preset speed, scaled by pixels; the rest is per frame or per process.
ENCODE_S_720P = {"ultrafast": 0.003, "superfast": 0.004, "veryfast": 0.008, "faster": 0.011, "fast": 0.016,
                 "medium": 0.02}
DECODE_S_720P = 0.001   # decoding a frame only to reach an edge's first frame (from its GOP's key frame)
COPY_S = 0.00002        # copying one frame's packet
SCAN_S = 0.00001        # listing one source packet (framecrc stream copy)
RESTART_S = 0.15        # one more ffmpeg process, its inputs and its encoder
MIN_COPY_FRAMES = 12    # a shorter copied stretch costs more in splitting than it saves
PAYS_BELOW = 0.8        # smart render runs when it costs under this share of a full re-encode
_AUDIO_ONLY_EFFECTS = (Normalize,)


@dataclass(frozen=True)
class Span:
    """Timeline frames [start, end): copied from ``source`` from frame ``src_start`` on, or re-encoded."""

    start: int
    end: int
    source: SourceScan | None = None
    src_start: int = 0

    @property
    def frames(self) -> int:
        return self.end - self.start

    @property
    def copy(self) -> bool:
        return self.source is not None


@dataclass
class SmartPlan:
    spans: list[Span] = field(default_factory=list)
    total: int = 0
    reason: str | None = None   # why the export re-encodes everything (None: smart render runs)
    scan_s: float = 0.0
    seek_frames: int = 0

    @property
    def copied(self) -> int:
        return sum(s.frames for s in self.spans if s.copy)

    @property
    def encoded(self) -> int:
        return self.total - self.copied

    @property
    def delay(self) -> int:
        """Decode delay (frames) the joined stream's timestamps must allow: the deepest source, and x264's."""
        return max([3, *(s.source.delay for s in self.spans if s.copy)])

    def summary(self) -> str:
        if self.reason is not None:
            return f"full re-encode because {self.reason}"
        share = self.copied / self.total if self.total else 0.0
        edits = sum(1 for s in self.spans if not s.copy)
        return f"smart render: {share:.0%} copied ({edits} re-encoded stretch{'es' if edits != 1 else ''})"


def clip_copyable(clip: Clip, media: MediaAsset | None, fps: Fraction, width: int, height: int) -> str | None:
    """Why a clip's picture cannot be copied, judged from the project alone (None: scan it)."""
    if media is None or media.kind != "video":
        return "a clip is a title, colour or still"
    if Fraction(clip.speed) != 1:
        return f"{clip.name or clip.id} plays at speed {clip.speed}"
    if any(not isinstance(e, _AUDIO_ONLY_EFFECTS) for e in clip.effects):
        return f"{clip.name or clip.id} has an effect"
    if Fraction(clip.source_in).denominator != 1:
        return f"{clip.name or clip.id} starts between source frames"
    if (media.codec or "").lower() not in ("h264", "avc1"):
        return f"{media.name} is {media.codec or 'of unknown codec'}, not H.264"
    if (media.width, media.height) != (width, height):
        return f"{media.name} is {media.width}x{media.height}, the export {width}x{height}"
    if media.fps is None or Fraction(media.fps) != fps or media.variable_frame_rate:
        return f"{media.name} is not constant {float(fps):g} fps"
    return None


def _minus(a: int, b: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[a, b) without the blocked intervals."""
    out, cursor = [], a
    for x, y in sorted(blocked):
        if y <= cursor or x >= b:
            continue
        if x > cursor:
            out.append((cursor, x))
        cursor = max(cursor, y)
    if cursor < b:
        out.append((cursor, b))
    return out


def _scan(path: str, cache_dir: str | os.PathLike | None) -> SourceScan | str:
    try:
        return scan_source(path, cache_dir)
    except (OSError, ValueError) as exc:
        return str(exc)


def _prescan(project: Project, width: int, height: int, cache_dir: str | os.PathLike | None) -> dict[str, SourceScan | str]:
    """Scan every source the lowest visible track could copy, side by side (one per core): with no
    keyframe index each scan is one ffmpeg on one core, and a project of several files paid them
    one after another before any encoder started."""
    visible = [t for t in project.tracks if t.kind == "video" and not t.hidden]
    wanted: dict[str, str] = {}
    for clip in (visible[0].clips if visible else []):
        media = media_of(project, clip)
        if media is not None and media.id not in wanted and clip_copyable(clip, media, project.fps, width, height) is None:
            wanted[media.id] = media.path
    if len(wanted) < 2:
        return {}  # one source: _copy_spans scans it where it meets it
    with ThreadPoolExecutor(min(len(wanted), os.cpu_count() or 1)) as pool:
        return dict(zip(wanted, pool.map(lambda p: _scan(p, cache_dir), wanted.values())))


def _copy_spans(project: Project, width: int, height: int, reasons: list[str],
                scans: dict[str, SourceScan | None], cache_dir: str | os.PathLike | None = None,
                scanned: dict[str, SourceScan | str] | None = None) -> tuple[list[Span], int]:
    """Copyable spans of the timeline (sorted) and the frames decoded only to reach mid-GOP starts."""
    visible = [t for t in project.tracks if t.kind == "video" and not t.hidden]
    if not visible:
        reasons.append("the timeline has no visible video track")
        return [], 0
    blocked = [(c.start, c.end) for t in visible[1:] for c in t.clips
               if c.enabled and has_picture(media_of(project, c))]
    fps = project.fps
    spans: list[Span] = []
    mismatches: dict[str, str | None] = {}
    seek = 0
    for run in track_runs(visible[0]):
        if len(run.clips) != 1:
            reasons.append("clips are joined by a transition")
            continue
        clip = run.clips[0]
        media = media_of(project, clip)
        why = clip_copyable(clip, media, fps, width, height)
        if why is None:
            assert media is not None
            if media.id not in scans:
                early = (scanned or {}).get(media.id)
                found = early if early is not None else _scan(media.path, cache_dir)
                scans[media.id] = None if isinstance(found, str) else found
                if isinstance(found, str):
                    reasons.append(found)
            scan = scans[media.id]
            if media.id not in mismatches:  # once per source: it checks every frame's pts (36,000 in a talk)
                mismatches[media.id] = "" if scan is None else scan.mismatch(width, height, fps)
            why = mismatches[media.id]
        if why is not None:
            if why:
                reasons.append(why)
            continue
        assert scan is not None
        for a, b in _minus(clip.start, clip.end, blocked):
            s0 = int(clip.source_in) + (a - clip.start)
            s1 = min(s0 + (b - a), scan.frames)
            cuts, ends = scan.cut_points, scan.end_points
            i = bisect.bisect_left(cuts, s0)
            j = bisect.bisect_right(ends, s1) - 1
            if i >= len(cuts) or j < 0 or ends[j] - cuts[i] < MIN_COPY_FRAMES:
                continue
            ka, kb = cuts[i], ends[j]
            if ka > s0:  # the head edge's encoder decodes from the GOP start
                seek += s0 - (cuts[i - 1] if i else 0)
            if kb < s1:  # so does the tail's (the frames after the last end point), and on to their anchor
                seek += kb - cuts[bisect.bisect_right(cuts, kb) - 1]
                seek += ends[min(len(ends) - 1, bisect.bisect_left(ends, s1))] - s1
            spans.append(Span(a + ka - s0, a + kb - s0, scan, ka))
    if not spans and not reasons:
        reasons.append("no unchanged stretch of footage holds a whole GOP")
    return sorted(spans, key=lambda s: s.start), seek


def encode_seconds(preset: Preset, width: int, height: int) -> float:
    """Estimated x264 seconds per frame for ``preset`` at width x height."""
    args = list(preset.vcodec_args)
    speed = args[args.index("-preset") + 1] if "-preset" in args else "medium"
    return ENCODE_S_720P.get(speed, ENCODE_S_720P["medium"]) * width * height / (1280 * 720)


def smart_cost(total: int, encoded: int, copied: int, scanned: int, seek: int, processes: int,
               per_frame: float, width: int, height: int) -> tuple[float, float]:
    """(smart seconds, full re-encode seconds): auto-editor's rule with this machine's costs."""
    decode = DECODE_S_720P * width * height / (1280 * 720)
    smart = encoded * per_frame + copied * COPY_S + scanned * SCAN_S + seek * decode + processes * RESTART_S
    return smart, total * per_frame + RESTART_S


def plan_smart(project: Project, preset: Preset, width: int, height: int, *, always: bool = False,
               cache_dir: str | os.PathLike | None = None) -> SmartPlan:
    """The smart plan for exporting ``project`` with ``preset`` at width x height (pure apart from scans).

    ``always``: copy whatever can be copied even where the estimate says it does not pay (tests, benchmarks).
    ``cache_dir``: the project's cache folder: sources' packet lists come from its keyframe index
    (``media/keyframe_index.py``, built at import) when current, else are scanned and stored there."""
    total = project.duration
    if not preset.video:
        return SmartPlan(total=total, reason="the export has no picture")
    if "libx264" not in preset.vcodec_args:
        return SmartPlan(total=total, reason=f"the {preset.name} preset does not encode H.264")
    started = time.monotonic()
    reasons: list[str] = []
    scans: dict[str, SourceScan | None] = {}
    copies, seek = _copy_spans(project, width, height, reasons, scans, cache_dir,
                               _prescan(project, width, height, cache_dir))
    scan_s = time.monotonic() - started
    if not copies:
        return SmartPlan(total=total, reason=reasons[0] if reasons else "nothing can be copied", scan_s=scan_s)
    spans: list[Span] = []
    cursor = 0
    for span in copies:
        if span.start > cursor:
            spans.append(Span(cursor, span.start))
        spans.append(span)
        cursor = span.end
    if cursor < total:
        spans.append(Span(cursor, total))
    plan = SmartPlan(spans, total, None, scan_s, seek)
    scanned = sum(s.frames for s in scans.values() if s is not None)
    edits = sum(1 for s in spans if not s.copy)
    processes = len(scans) + 2 + edits // 20  # copies, audio, final mux, edge batches
    smart, full = smart_cost(total, plan.encoded, plan.copied, scanned, seek, processes,
                             encode_seconds(preset, width, height), width, height)
    if smart >= PAYS_BELOW * full and not always:
        plan.reason = (f"smart render would not pay here ({plan.copied / total:.0%} of the frames could be copied; "
                       f"estimated {smart:.1f} s against {full:.1f} s)")
    return plan
