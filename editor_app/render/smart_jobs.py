"""The pieces of a smart render: video-only copies of the sources, re-encoded edges, copied GOPs.

Why a video-only copy of each source first: every later step opens the source many times
(each re-encoded edge is its own input, each copied stretch its own concat entry). Opening
and seeking a file that also holds interleaved audio cost about 35 ms of CPU per input more
(the demuxer indexes and reads both streams); one stream copy of the picture (no decoding)
costs about as much as a dozen of those opens. It also makes the concat demuxer's
``outpoint`` safe: it ends a file at the first packet of *any* stream whose dts reaches it,
so an audio packet read early could end a copied stretch before its last picture packet.

Copied stretches are then plain concat entries (``inpoint`` at the stretch's closed-GOP key
frame, ``outpoint`` between the last copied packet's dts and the next one's): no intermediate
files, the packets go straight into the final mux.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from editor_app.media.ffmpeg import ffmpeg_exe
from editor_app.model.project import Project
from editor_app.render.compile import compile_timeline
from editor_app.render.filters import rat, secs
from editor_app.render.presets import Preset
from editor_app.render.segments import MAX_PIECES_PER_SEGMENT, filter_args
from editor_app.render.smart_decode import ceil_secs, decode_inputs, plain_pieces
from editor_app.render.smart_feed import feed_inputs, write_feed
from editor_app.render.smart_plan import SmartPlan, Span
from editor_app.render.smart_scan import SourceScan


@dataclass(frozen=True)
class Entry:
    """One line group of the final concat list: a file, optional in/out points, exact frames."""

    path: Path
    frames: int
    inpoint: Fraction | None = None    # seconds
    outpoint: Fraction | None = None   # seconds (a dts bound)


def video_only_command(path: str, out: Path, frames: int | None) -> list[str]:
    """Stream-copy a source's picture (its first ``frames`` packets, decode order) into a file of its own."""
    limit = ["-frames:v", str(frames)] if frames is not None else []
    return [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-v", "error", "-i", path, "-map", "0:v:0", "-c", "copy",
            *limit, "-f", "mp4", str(out)]


def frames_needed(project: Project, scan: SourceScan) -> int | None:
    """How many packets (decode order) of a source any clip can need: up to the first end point
    past its last used frame, with the 2 frames of slack every input is opened with (None: all)."""
    last = 0
    for t in project.tracks:
        tail = max((tr.duration for tr in t.transitions), default=0)  # a transition reads past a clip's end
        for c in t.clips:
            media = project.media.get(c.media_id) if c.media_id else None
            if c.enabled and media is not None and str(Path(media.path)) == scan.path:
                last = max(last, math.ceil(Fraction(c.source_in) + (c.duration + tail) * Fraction(c.speed)) + 3)
    i = bisect.bisect_left(scan.end_points, last)
    return scan.end_points[i] if i < len(scan.end_points) and scan.end_points[i] < scan.frames else None


def copy_entry(span: Span, picture: Path) -> Entry:
    """A copied stretch read straight from ``picture`` (a video-only copy of the span's source)."""
    scan = span.source
    assert scan is not None
    ka, kb = span.src_start, span.src_start + span.frames
    inpoint = Fraction(scan.pts[ka]) * scan.time_base
    # packets [0, kb) in decode order are exactly frames [0, kb): stop before packet kb
    outpoint = (Fraction(scan.dts[kb - 1] + scan.dts[kb], 2) * scan.time_base) if kb < scan.frames else None
    return Entry(picture, span.frames, inpoint, outpoint)


def listing(path: Path, entries: list[Entry], fps: Fraction) -> Path:
    """The final concat list: each entry with its exact duration (frames / fps)."""
    lines = ["ffconcat version 1.0"]
    for e in entries:
        lines.append(f"file '{e.path.as_posix()}'")
        if e.inpoint is not None:
            lines.append(f"inpoint {ceil_secs(e.inpoint)}")
        if e.outpoint is not None:
            lines.append(f"outpoint {secs(e.outpoint)}")
        lines.append(f"duration {secs(Fraction(e.frames) / fps)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def condensed_project(project: Project, spans: list[Span], pictures: dict[str, Path] | None = None) -> Project:
    """The re-encoded stretches laid end to end: video tracks only, clips cut at the stretch edges.

    Only clips that can be copied are ever cut (a stretch edge lies inside a lone, effect-free,
    speed-1 clip on the lowest track with nothing above it), so cutting changes no effect's timing.
    ``pictures``: media path -> its video-only copy, which the edges decode instead (same packets,
    same timestamps, cheaper to open)."""
    pictures = pictures or {}
    media = {mid: m.model_copy(update={"path": str(pictures[str(Path(m.path))])}) if str(Path(m.path)) in pictures
             else m for mid, m in project.media.items()}
    tracks = []
    for track in project.tracks:
        if track.kind != "video":
            continue
        clips, renamed = [], {}
        cursor = 0
        for n, span in enumerate(spans):
            shift = cursor - span.start
            for c in track.clips:
                if not c.enabled or c.end <= span.start or c.start >= span.end:
                    continue
                a, b = max(c.start, span.start), min(c.end, span.end)
                cid = f"{c.id}~{n}"
                renamed[(c.id, n)] = cid
                clips.append(c.model_copy(update={
                    "id": cid, "start": a + shift, "duration": b - a,
                    "source_in": Fraction(c.source_in) + (a - c.start) * Fraction(c.speed)}))
            cursor += span.frames
        transitions = [t.model_copy(update={"from_clip": renamed[(t.from_clip, n)], "to_clip": renamed[(t.to_clip, n)]})
                       for t in track.transitions for n in range(len(spans))
                       if (t.from_clip, n) in renamed and (t.to_clip, n) in renamed]
        tracks.append(track.model_copy(update={"clips": clips, "transitions": transitions}))
    return project.model_copy(update={"tracks": tracks, "media": media})


def batches(condensed: Project, spans: list[Span], workers: int) -> list[list[int]]:
    """Groups of consecutive stretch indices of about equal frames, a multiple of ``workers`` of
    them (so the encoders running side by side finish together), each graph holding at most
    ``MAX_PIECES_PER_SEGMENT`` clip pieces."""
    counts, cursor = [], 0
    for span in spans:
        a, b = cursor, cursor + span.frames
        counts.append(sum(1 for t in condensed.tracks for c in t.clips if c.start < b and c.end > a))
        cursor = b
    workers = max(1, workers)
    n = max(1, -(-sum(counts) // MAX_PIECES_PER_SEGMENT))
    while True:
        n = min(len(spans), -(-n // workers) * workers)
        groups = _split_even(spans, counts, n)
        if all(sum(counts[i] for i in g) <= MAX_PIECES_PER_SEGMENT for g in groups) or n >= len(spans):
            return groups
        n += 1


def _split_even(spans: list[Span], counts: list[int], n: int) -> list[list[int]]:
    """``spans`` cut into at most n runs of about equal frames, never more pieces than fit."""
    total = sum(s.frames for s in spans)
    groups: list[list[int]] = [[]]
    done = pieces = 0
    for i, span in enumerate(spans):
        target = total * len(groups) / n
        full = pieces + counts[i] > MAX_PIECES_PER_SEGMENT
        if groups[-1] and len(groups) < n and (full or done + span.frames / 2 > target):
            groups.append([])
            pieces = 0
        groups[-1].append(i)
        pieces += counts[i]
        done += span.frames
    return groups


def edge_profile(plan: SmartPlan) -> str | None:
    """The x264 profile for the edges: the copied sources' own, so the joined stream never
    declares more than the copied GOPs (the most restrictive one when sources differ)."""
    order = ["baseline", "main", "high"]
    found = {s.source.profile for s in plan.spans if s.copy and s.source is not None and s.source.profile}
    return min(found, key=order.index) if found else None


@dataclass(frozen=True)
class EdgeEffort:
    """How the edges' x264 differs from the preset: extra options (``-x264-params``) and CRF
    points added to the preset's CRF. Only options that leave the SPS/PPS as the preset's own
    encode writes them (profile, level, references, B-frames and pyramid, CABAC, 8x8
    transform, weighted prediction) may appear here."""

    x264: str
    crf_step: int = 0


# Round 6: less search, the same rate control (CRF 23 at the 720p preset). Kept for the bench.
SEARCH_ONLY = EdgeEffort("me=dia:subme=1:partitions=none:b-adapt=0:trellis=0:rc-lookahead=10")

# The edges now (round 7): about ultrafast's effort within the preset's stream constraints, the
# quality bought back by rate instead of search. mb-tree, its lookahead and adaptive
# quantisation off, diamond search with sub-pixel refinement 1, no partitions below the
# macroblock, no chroma motion estimation, fixed B-frame placement, no scene-cut detection;
# deblocking stays on (off, with full-pel search, grainy footage lost SSIM at crf 28 and 29).
# CRF 5 points above the preset's: without mb-tree and AQ x264 spends far more bits at the
# same CRF, and the higher CRF lands at about the same size. Measured at the 720p preset
# (veryfast crf 23, edges at crf 28) on the cut talk and on grainy footage: PSNR and SSIM
# of the edges against the source no lower than SEARCH_ONLY's, the edge batches 0.78-0.83x
# its CPU, 1.3% more file (docs/render.md, *Round 7*, gives the curve).
EDGE = EdgeEffort("me=dia:subme=1:partitions=none:b-adapt=0:trellis=0:rc-lookahead=0:mbtree=0:aq-mode=0"
                  ":scenecut=0:chroma-me=0", crf_step=5)
EDGE_X264 = EDGE.x264


def edge_codec_args(vcodec_args: list[str] | tuple[str, ...], fast: bool | EdgeEffort = True) -> list[str]:
    """The preset's video codec arguments for the edges: with ``fast`` (True: ``EDGE``) its
    options and CRF step added, unless the preset is already ultrafast (whose effort is as low),
    sets its own ``-x264-params``, or is not x264. A preset without ``-crf`` (a bitrate) cannot
    buy quality back by rate, so it gets ``SEARCH_ONLY``."""
    args = list(vcodec_args)
    preset = args[args.index("-preset") + 1] if "-preset" in args else "medium"
    if not fast or "libx264" not in args or preset == "ultrafast" or "-x264-params" in args:
        return args
    effort = EDGE if fast is True else fast
    if "-crf" in args:
        at = args.index("-crf") + 1
        args[at] = f"{float(args[at]) + effort.crf_step:g}"
    else:
        effort = SEARCH_ONLY
    return [*args, "-x264-params", effort.x264]


def edge_command(condensed: Project, starts: list[int], a: int, b: int, size: tuple[int, int],
                 vcodec_args: list[str], work: Path, name: str,
                 scans: dict[str, SourceScan] | None = None) -> list[str]:
    """Encode condensed frames [a, b) with an IDR at every stretch start, split there into MP4 pieces.

    ``scans`` (a picture copy's path -> its source's scan): when the batch is plain footage of
    one of them, one decoder reads every piece (``render/smart_decode.py``); otherwise the
    ordinary compiler makes the graph. Each input decodes on one thread: the pieces are short
    (a partial GOP), frame threading only adds start-up and hand-over cost, and several
    batches run side by side anyway."""
    return edge_job(condensed, starts, a, b, size, vcodec_args, work, name, scans)[0]


def edge_job(condensed: Project, starts: list[int], a: int, b: int, size: tuple[int, int],
             vcodec_args: list[str], work: Path, name: str, scans: dict[str, SourceScan] | None = None,
             feed: bool = False, streamable: bool = False) -> tuple[list[str], Callable[[], list[str]] | None]:
    """``edge_command``'s command, and with ``feed`` for a batch of plain footage, a function
    that writes the packets it needs to one file (``render/smart_feed.py``: non-reference
    pictures that are not shown left out) and returns the command that decodes that file
    instead (``FeedError``: it could not; the first command still works). ``streamable``: each
    MP4 piece has its index first (``faststart``), so the join can read it through a pipe."""
    fps = condensed.fps
    plain = plain_pieces(condensed, a, b, scans, size) if scans else None
    fed: Callable[[], list[str]] | None = None
    if plain is not None:
        scan, pieces = plain
        picture = next(p for p, s in scans.items() if s is scan)
        inputs, chain = decode_inputs(scan, picture, pieces, work / f"{name}.decode.txt", fps)
        graph_text, video = f"{chain}[v]", "v"
        if feed:
            def make_feed() -> list[str]:
                target = work / f"{name}.feed.nut"
                ranges, _left_out = write_feed(picture, scan, pieces, target)
                fed_inputs, fed_chain = feed_inputs(target, ranges, fps)
                return _encode_command(fed_inputs, f"{fed_chain}[v]", "v", starts, a, fps, vcodec_args, work, name,
                                       streamable)
            fed = make_feed
    else:
        comp = compile_timeline(condensed, *size, start=a, end=b, video=True, audio=False)
        # one frame per timeline frame, in order: number them, so one-frame pieces whose
        # timestamps touch are not dropped by the constant-rate output (lost 3 of 160 frames)
        video = comp.graph.chain([comp.video], [f"setpts=N*{rat(1 / fps)}/TB"], prefix="v")
        inputs = [arg for args in comp.graph.inputs for arg in ("-threads", "1", *args)]
        graph_text = comp.graph.text()
    return _encode_command(inputs, graph_text, video, starts, a, fps, vcodec_args, work, name, streamable), fed


def _encode_command(inputs: list[str], graph_text: str, video: str, starts: list[int], a: int, fps: Fraction,
                    vcodec_args: list[str], work: Path, name: str, streamable: bool = False) -> list[str]:
    """The edge encoder around a decoding graph: IDR at every stretch start, one MP4 per stretch."""
    rel = [s - a for s in starts]
    keys = ",".join(secs((Fraction(k) - Fraction(1, 4)) / fps) for k in rel[1:])
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-v", "error", *inputs,
           *filter_args(graph_text, work, name), "-map", f"[{video}]", *vcodec_args,
           "-r", f"{fps.numerator}/{fps.denominator}", "-fps_mode", "cfr", "-forced-idr", "1"]
    if keys:
        cmd += ["-force_key_frames", keys]
    cmd += ["-an", "-f", "segment", "-segment_format", "mp4", "-reset_timestamps", "1"]
    if streamable:  # the index before the samples: readable front to back, through a pipe
        cmd += ["-segment_format_options", "movflags=+faststart"]
    cmd += ["-segment_frames", ",".join(str(k) for k in rel[1:])] if len(rel) > 1 else ["-segment_time", "999999"]
    return [*cmd, str(work / f"{name}_%05d.mp4")]


@dataclass
class Jobs:
    """Everything the picture needs: stream copies first, then the edge encoders, then the join."""

    pictures: list[list[str]]       # video-only copies (the edges and the join read them)
    edges: list[list[str]]          # edge encoders, biggest first (streamable: in timeline order)
    entries: list[Entry]            # the final concat list, in timeline order
    # per edge encoder: None, or a function that writes its packets to one file and returns the
    # command that decodes that instead (render/smart_feed.py; FeedError: keep the command above)
    feeds: list[Callable[[], list[str]] | None] = field(default_factory=list)
    makers: list[int | None] = field(default_factory=list)  # per entry: the edge encoder writing it (None: a copy)


def plan_jobs(project: Project, plan: SmartPlan, preset: Preset, size: tuple[int, int], work: Path,
              workers: int, fast_edges: bool | EdgeEffort = True, one_decoder: bool = True,
              feed: bool = True, streamable: bool = False) -> Jobs:
    """The ffmpeg commands that make every piece, and the join's entries in timeline order.

    ``fast_edges``: encode the edges with ``EDGE`` (an ``EdgeEffort``: that one; False: the preset's own).
    ``one_decoder``: a batch of plain pieces of one source reads them through one decoder
    (``render/smart_decode.py``; False: one input per piece, through the compiler).
    ``feed``: such a batch's decoder reads only the packets it needs, from one file written
    just before it runs (``render/smart_feed.py``); False: the concat input.
    ``streamable``: the edges in timeline order, their MP4 pieces readable front to back, so the
    join can start while they encode (``render/smart_stream.py``); else biggest batch first."""
    sources: dict[str, SourceScan] = {}
    for s in plan.spans:
        if s.copy and s.source is not None:
            sources.setdefault(s.source.path, s.source)
    pictures: dict[str, Path] = {}
    picture_cmds = []
    for n, (path, scan) in enumerate(sources.items()):
        if scan.streams == 1:
            pictures[path] = Path(path)  # already picture only
        else:
            pictures[path] = work / f"p{n:04d}.mp4"
            picture_cmds.append(video_only_command(path, pictures[path], frames_needed(project, scan)))
    entries: dict[int, Entry] = {}
    edge_cmds: list[tuple[int, list[str], Callable[[], list[str]] | None]] = []
    batch_of: dict[int, int] = {}  # entry -> its batch (the order the batches were made)
    edges = [i for i, s in enumerate(plan.spans) if not s.copy]
    if edges:
        edge_spans = [plan.spans[i] for i in edges]
        condensed = condensed_project(project, edge_spans, pictures)
        scans = {str(pictures[path]): scan for path, scan in sources.items()}
        vcodec = edge_codec_args(preset.vcodec_args, fast_edges)
        profile = edge_profile(plan)
        if profile is not None:
            vcodec += ["-profile:v", profile]
        cpus = max(1, workers)
        groups = batches(condensed, edge_spans, cpus)
        threads = max(1, cpus // max(1, min(cpus, len(groups))))
        vcodec += ["-threads", str(threads)]
        starts, cursor = [], 0
        for s in edge_spans:
            starts.append(cursor)
            cursor += s.frames
        for g, group in enumerate(groups):
            a, b = starts[group[0]], starts[group[-1]] + edge_spans[group[-1]].frames
            name = f"e{g:04d}"
            edge_cmds.append((b - a, *edge_job(condensed, [starts[k] for k in group], a, b, size, vcodec, work, name,
                                               scans if one_decoder else None, feed and one_decoder, streamable)))
            for j, k in enumerate(group):
                entries[edges[k]] = Entry(work / f"{name}_{j:05d}.mp4", edge_spans[k].frames)
                batch_of[edges[k]] = g
    for i, s in enumerate(plan.spans):
        if s.copy:
            assert s.source is not None
            entries[i] = copy_entry(s, pictures[s.source.path])
    order = sorted(range(len(edge_cmds)), key=lambda g: g if streamable else -edge_cmds[g][0])
    rank = {g: n for n, g in enumerate(order)}
    return Jobs(picture_cmds, [edge_cmds[g][1] for g in order], [entries[i] for i in range(len(plan.spans))],
                [edge_cmds[g][2] for g in order], [rank[batch_of[i]] if i in batch_of else None
                                                   for i in range(len(plan.spans))])
