"""Feed an edge batch's decoder only the packets it needs: one file, non-reference pictures left out.

Why: a cut talk's edge batches decode about three frames for every one they encode (from each
head's closed-GOP key frame to the cut, and through each tail's GOP for its last 1-2 frames).
A picture whose slices have ``nal_ref_idc`` 0 is never a reference, so leaving it out changes
no other decoded frame (this is how H.264's temporal scalability works: ``frame_num`` does not
advance for it, so no gap appears); only the frames shown must be kept. ffmpeg can skip them
for a whole stream (``-skip_frame noref``) but not for chosen packets, and the concat input
(``render/smart_decode.py``) also opens, probes and seeks the source again for every entry.

So here, in this process, PyAV reads the packets of each concat entry (key frame to end point)
from the video-only copy, checks every one against the scan (same decode order, pts and dts),
leaves out the non-reference ones whose frame is not shown, and stream-copies the rest into
one NUT file with rising timestamps; the edge's ffmpeg decodes that file through one input and
keeps the shown frames by their new decoded number. No pixel passes through Python, and the
frames handed to x264 are the same (framemd5) as through the concat input.
Anything unexpected (not AVCC H.264, a packet that is not the scan's, no PyAV) raises
``FeedError`` and the batch keeps the concat input.
"""

from __future__ import annotations

import bisect
from fractions import Fraction
from pathlib import Path

from editor_app.render.filters import rat
from editor_app.render.smart_decode import Piece, decode_plan
from editor_app.render.smart_scan import SourceScan

VCL = (1, 5)  # coded slice of a non-IDR / IDR picture


class FeedError(Exception):
    """The packets could not be fed as planned; the batch uses the concat input instead."""


def nal_length_size(extradata: bytes) -> int:
    """Bytes of each NAL unit's length prefix, from an ``avcC`` record (FeedError: not AVCC)."""
    if len(extradata) < 7 or extradata[0] != 1:
        raise FeedError("the stream is not AVCC H.264")
    return (extradata[4] & 3) + 1


def is_reference(data: memoryview | bytes, size: int) -> bool:
    """Whether a packet's picture may be referenced: any of its slices has a ``nal_ref_idc`` other
    than 0 (every slice of one picture carries the same; a packet holding two fields is a
    reference if either is). A packet without a slice counts as one."""
    at, end, slices = 0, len(data), 0
    while at + size < end:
        length = int.from_bytes(data[at:at + size], "big")
        header = data[at + size]
        if header & 0x1F in VCL:
            if header & 0x60:
                return True
            slices += 1
        at += size + length
    return slices == 0


def ticks(value: int, scale: Fraction) -> int:
    """A timestamp of the copy in the scan's ticks (FeedError: not a whole number of them)."""
    whole, rest = divmod(value * scale.numerator, scale.denominator)
    if rest:
        raise FeedError(f"timestamp {value} is off the scan's time base")
    return whole


def entry_of(entries: list[tuple[int, int]], keep: list[tuple[int, int]]) -> list[int]:
    """For each kept range (old decoded numbers), the entry it lies in."""
    offsets, total = [], 0
    for key, end in entries:
        offsets.append(total)
        total += end - key
    return [bisect.bisect_right(offsets, at) - 1 for at, _last in keep]


def write_feed(picture: str, scan: SourceScan, pieces: list[Piece], out: Path) -> tuple[list[tuple[int, int]], int]:
    """Write the packets ``pieces`` need from ``picture`` (a stream copy of ``scan``'s source) to
    ``out`` (NUT), non-reference pictures that are not shown left out. Returns the kept frames'
    ranges in the new decoded numbering (inclusive) and how many packets were left out."""
    try:
        import av
    except ImportError as exc:  # PyAV ships with the app; without it the concat input still works
        raise FeedError("PyAV is not available") from exc
    entries, keep = decode_plan(scan, pieces)
    owners = entry_of(entries, keep)
    shown: list[set[int]] = [set() for _ in entries]
    for piece, owner in zip(pieces, owners):
        shown[owner].update(range(piece.first, piece.first + piece.frames))
    written: list[list[int]] = []
    dropped = 0
    try:
        with av.open(picture) as src, av.open(str(out), "w", format="nut") as dst:
            stream = src.streams.video[0]
            size = nal_length_size(bytes(stream.codec_context.extradata or b""))
            scale = Fraction(stream.time_base) / scan.time_base  # the copy's ticks -> the scan's
            target = dst.add_stream_from_template(stream)
            shift = None  # added to every timestamp (the copy's ticks) so they rise across entries
            last_dts = None
            for (key, end), wanted in zip(entries, shown):
                src.seek(scan.pts[key] * scale.denominator // scale.numerator, stream=stream, backward=True, any_frame=False)
                frames: list[int] = []
                index = key
                start_dts = None
                for packet in src.demux(stream):
                    if packet.dts is None or packet.pts is None:
                        continue
                    pts, dts = ticks(packet.pts, scale), ticks(packet.dts, scale)
                    if index == key and dts < scan.dts[key]:
                        continue  # the seek landed on an earlier key frame
                    if dts != scan.dts[index]:
                        raise FeedError(f"packet {index} is not the scan's (dts {dts} against {scan.dts[index]})")
                    frame = bisect.bisect_left(scan.pts, pts)
                    if frame >= scan.frames or scan.pts[frame] != pts:
                        raise FeedError(f"packet {index}'s pts {pts} is no frame of the scan")
                    if start_dts is None:
                        start_dts = packet.dts
                        shift = 0 if last_dts is None else last_dts + 1 - packet.dts
                    if index == key or frame in wanted or is_reference(memoryview(packet), size):
                        frames.append(frame)
                        packet.pts += shift
                        packet.dts += shift
                        last_dts = packet.dts
                        packet.stream = target
                        dst.mux(packet)
                    else:
                        dropped += 1
                    index += 1
                    if index == end:
                        break
                if index != end:
                    raise FeedError(f"the copy ends before packet {end}")
                frames.sort()
                if not wanted <= set(frames):
                    raise FeedError("a shown frame was not read")
                written.append(frames)
    except (av.FFmpegError, OSError, ValueError) as exc:
        raise FeedError(f"cannot feed the edges: {exc}") from exc
    offsets, total = [], 0
    for frames in written:
        offsets.append(total)
        total += len(frames)
    ranges = []
    for piece, owner in zip(pieces, owners):
        at = offsets[owner] + bisect.bisect_left(written[owner], piece.first)
        ranges.append((at, at + piece.frames - 1))
    return ranges, dropped


def feed_inputs(feed: Path, ranges: list[tuple[int, int]], fps: Fraction) -> tuple[list[str], str]:
    """The batch's one input (the fed file) and the filter chain ``[0:v]...`` that keeps the
    pieces' frames by their decoded number, numbered one per output frame."""
    select = "+".join(f"between(n,{x},{y})" for x, y in ranges)
    chain = f"[0:v]select='{select}',setsar=1,format=yuv420p,setpts=N*{rat(1 / fps)}/TB"
    return ["-threads", "1", "-f", "nut", "-i", str(feed)], chain
