"""Caption timing: transcript lines (source seconds) mapped exactly onto the timeline.

Why not let the model place them: a transcript line lives in the *source* file; where it
shows up on the timeline depends on each clip's start, in-point and speed. That is
arithmetic, so it is done here in exact fractions of frames, never guessed.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

POSITIONS = ("top", "center", "bottom")
MIN_FRAMES = 2  # a caption shorter than this cannot be read


def _nearest(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


def word_spans(project: Any, words_per_caption: int = 3, highlight: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, text) from the word timings of the talk on the timeline: a few words per
    caption; with ``highlight`` one span per word, the active word emphasised. Empty without words."""
    from editor_app.model.captions import word_captions

    return [(c.start, c.end, c.text) for c in word_captions(project, words_per_caption, highlight)]


def caption_spans(project: Any) -> list[tuple[int, int, str]]:
    """(start, end, text) in timeline frames for every transcript line visible on a main track."""
    fps = Fraction(project.fps)
    spans: list[tuple[int, int, str]] = []
    for track in project.tracks:
        if track.role != "main" or track.kind != "video":
            continue
        for clip in track.clips:
            media = project.media.get(clip.media_id) if clip.media_id else None
            if media is None or not media.transcript or not clip.enabled:
                continue
            speed = Fraction(clip.speed)
            src_in = Fraction(clip.source_in)
            for seg in media.transcript:
                # source seconds -> source frames -> timeline frames, clipped to the clip
                s = clip.start + (Fraction(seg.start) * fps - src_in) / speed
                e = clip.start + (Fraction(seg.end) * fps - src_in) / speed
                s, e = max(s, Fraction(clip.start)), min(e, Fraction(clip.end))
                start, end = _nearest(s), _nearest(e)
                if end - start >= MIN_FRAMES and seg.text.strip():
                    spans.append((start, end, " ".join(seg.text.split())[:500]))
    spans.sort()
    fixed: list[tuple[int, int, str]] = []
    for start, end, text in spans:  # rounding may make neighbours touch: never overlap
        if fixed and start < fixed[-1][1]:
            start = fixed[-1][1]
        if end - start >= MIN_FRAMES:
            fixed.append((start, end, text))
    return fixed


def _next_track_id(project: Any) -> str:
    number = project.id_counters.get("t", 0) + 1
    while project.find_track(f"t{number}"):
        number += 1
    return f"t{number}"


def caption_operations(project: Any, *, position: str = "bottom", size: int = 42, color: str = "white",
                       background: str | None = None, track_id: str | None = None,
                       words_per_caption: int | None = None, highlight: bool = False) -> list[dict[str, Any]]:
    """The add_track/add_title operations (plain dicts, exact frame times "Nf") for the captions.

    With word timings on the timeline, captions hold ``words_per_caption`` words (default 3);
    otherwise one caption per transcript line."""
    from editor_app.model.operations import OperationError

    if position not in POSITIONS:
        raise OperationError(f"position must be one of {', '.join(POSITIONS)}, not {position!r}")
    spans = word_spans(project, words_per_caption or 3, highlight)
    if not spans and (words_per_caption is not None or highlight):
        raise OperationError("word-by-word captions need word timings, and nothing on the timeline has them",
                             "transcribe the talk first, or leave words_per_caption and highlight out")
    spans = spans or caption_spans(project)
    if not spans:
        raise OperationError("there is no transcript for the clips on the main track, so no captions can be made",
                             "import subtitles (an .srt next to the video) or transcribe the media first")
    ops: list[dict[str, Any]] = []
    if track_id is not None:
        track = project.find_track(track_id)
        if track is None or track.kind != "video":
            raise OperationError(f"{track_id} is not a video track", "leave track_id out to get a Captions track")
        if track.clips:
            raise OperationError(f"track {track_id} already has clips; captions need an empty titles track",
                                 "leave track_id out to get a new Captions track")
    else:
        captions = [t for t in project.tracks if t.role == "titles" and t.name == "Captions"]
        if captions and captions[0].clips:
            raise OperationError(f"the Captions track {captions[0].id} already holds captions",
                                 "remove them first, or restyle them instead of adding more")
        if captions:
            track_id = captions[0].id
        else:
            track_id = _next_track_id(project)
            ops.append({"op": "add_track", "kind": "video", "role": "titles", "name": "Captions", "track_id": track_id})
    for start, end, text in spans:
        ops.append({"op": "add_title", "text": text, "start": f"{start}f", "duration": f"{end - start}f",
                    "track_id": track_id, "position": position, "size": size, "color": color,
                    "background": background})
    return ops
