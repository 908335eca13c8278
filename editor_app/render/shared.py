"""One input for consecutive pieces of a track that read one source forwards.

Why: every clip piece opened its media as its own ffmpeg input (probe, seek, decoder start,
a decode from the key frame before the cut): about 24 ms of CPU per clip at 320x180, the
same whether a segment held 40, 80 or 160 clips, against about 3 ms per clip-length of a
plain encode. A cut talk reads its source forwards with short gaps (the pauses removed), so
the pieces of one track that follow each other in the source share one input: it is decoded
once from the first piece to the last, split, and each piece is cut out by frame number
(picture) and sample number (sound). Frames come out identical: the source runs at the
project rate, so frame k after the shared seek is the frame a seek to that piece would give.

Only forwards, and only on tracks whose pieces are consumed one after another (the lowest
visible video track, concatenated, and every track's sound): a piece that read earlier source
frames than the one before it, or an overlay (it asks for the next piece's first frame as soon
as the picture starts), would make ffmpeg hold every frame in between.
A gap is decoded rather than sought across only while that is cheaper than a new input
(``max_gap``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from editor_app.model.project import Clip, MediaAsset, Project
from editor_app.render.filters import Graph, secs
from editor_app.render.pieces import media_of, track_runs

GAP_PIXELS = 1_500_000  # source pixels decoded cost about one input open and seek (25 frames at 320x180: 0.36 ms each, measured)


@dataclass
class Group:
    """Pieces of one track reading one source forwards: source frames [first, last) of ``media``."""

    media: MediaAsset
    first: int
    last: int
    pre: int = 0  # frames decoded before ``first`` (``preroll``), only when the sound is cut from it
    input: int | None = None
    video: list[str] = field(default_factory=list)  # consumer labels, in timeline order
    audio: list[str] = field(default_factory=list)


def max_gap(media: MediaAsset, fps: Fraction) -> int:
    """Source frames between two pieces that are cheaper to decode than to seek over."""
    pixels = (media.width or 1280) * (media.height or 720)
    return max(int(fps / 2), GAP_PIXELS // max(1, pixels))


def _shareable(clip: Clip, media: MediaAsset | None, fps: Fraction) -> bool:
    return (media is not None and media.kind == "video" and media.fps is not None and Fraction(media.fps) == fps
            and Fraction(clip.speed) == 1 and Fraction(clip.source_in).denominator == 1)


def plan_groups(project: Project, r0: int, r1: int, sound: bool = True) -> dict[str, tuple[Group, int]]:
    """clip id -> (its group, its first source frame) for lone clips inside [r0, r1) that share
    (``sound``: the graph cuts sound from them too, so they seek early: ``preroll``)."""
    fps = project.fps
    out: dict[str, tuple[Group, int]] = {}
    overlaid = [t.id for t in project.tracks if t.kind == "video" and not t.hidden][1:]
    for track in project.tracks:
        if track.id in overlaid:  # an overlay asks for a later piece's first frame early: frames would pile up
            continue
        open_groups: dict[str, tuple[Group, list[str]]] = {}  # media path -> group, its clip ids
        for run in track_runs(track):
            if len(run.clips) != 1 or run.end <= r0 or run.start >= r1:
                continue
            clip = run.clips[0]
            media = media_of(project, clip)
            if not _shareable(clip, media, fps):
                continue
            assert media is not None
            a, b = max(clip.start, r0), min(clip.end, r1)
            src = int(Fraction(clip.source_in)) + (a - clip.start)
            current = open_groups.get(media.path)
            if current is not None and current[0].last <= src <= current[0].last + max_gap(media, fps):
                group, ids = current
                group.last = src + (b - a)
            else:
                group, ids = Group(media, src, src + (b - a), preroll(src, fps) if sound else 0), []
                open_groups[media.path] = (group, ids)
            ids.append(clip.id)
            out[clip.id] = (group, src)
    # a group of one keeps its own seek: the split, pre-roll and timestamp cuts add three
    # filters to every clip: +20% CPU for 3-frame clips (paired), and the cuts-only export at
    # 1.13x the hand-written CPU in one run (0.96-1.04x without); the cost: the sound of a cut on a
    # key frame starting 5-8 ms early (docs/render.md, known limit)
    counts: dict[int, int] = {}
    for group, _ in out.values():
        counts[id(group)] = counts.get(id(group), 0) + 1
    return {k: v for k, v in out.items() if counts[id(v[0])] > 1}


def preroll(first: int, fps: Fraction) -> int:
    """Frames to decode before a group's first piece: at least 50 ms, more than one AAC frame.

    Why: when a seek lands exactly on a key frame, ffmpeg starts the sound at the next AAC frame
    boundary after it (up to 1,023 samples late; measured 256 at 2.0 s, 384 at 3.0 s), and a
    sound reset to start at zero is then early by that much. Seeking a little earlier and
    cutting the sound by its timestamps (``atrim=start``) puts every sample where it belongs.
    A picture-only graph (a preview frame, smart render's re-encoded edges) needs none."""
    return min(first, -(-fps // 20))


def group_input(group: Group, fps: Fraction) -> list[str]:
    begin = group.first - group.pre
    args = ["-ss", secs(Fraction(begin) / fps)] if begin > 0 else []
    return [*args, "-t", secs(Fraction(group.last - begin + 2) / fps), "-i", group.media.path]


def finish(g: Graph, groups: list[Group], fps: Fraction, audio_format: str) -> None:
    """Add each group's decode-once chain, split to exactly the consumers the graph used."""
    rate = f"{fps.numerator}/{fps.denominator}"
    for group in groups:
        # the sound keeps its timestamps (zero at the seek): pieces are cut from it by time
        for labels, head, split, kind in ((group.video, ["setpts=PTS-STARTPTS", f"fps={rate}"], "split", "v"),
                                          (group.audio, [audio_format], "asplit", "a")):
            if not labels or group.input is None:
                continue
            tail = f",{split}={len(labels)}" if len(labels) > 1 else ""
            g.chains.append(f"[{group.input}:{kind}]" + ",".join(head) + tail + "".join(f"[{lab}]" for lab in labels))
