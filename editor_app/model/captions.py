"""Captions from the words heard on the timeline, and .srt/.vtt text for them.

Why from the words: a caption of one to a few words, shown while they are said, reads in
step with the voice, and stays right after any cut (the words are mapped through the clips
as they are now). With ``highlight`` each word gets its own caption span that shows the
whole group with the active word emphasised (upper case), the word-by-word style.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from editor_app.model.project import Project
from editor_app.model.word_cuts import PlacedWord, timeline_words
from editor_app.model.words import SENTENCE_END

MIN_FRAMES = 2
MAX_CAPTION_S = 3.0
BREAK_PAUSE_S = 0.5
HOLD_S = 0.3  # a caption stays up this long past its last word when nothing follows


@dataclass(frozen=True)
class Caption:
    start: int  # timeline frames
    end: int
    text: str


def _frame(seconds: float, fps: Fraction) -> int:
    return math.floor(Fraction(seconds) * fps + Fraction(1, 2))


def word_groups(words: list[PlacedWord], max_words: int = 3, max_chars: int = 32) -> list[list[PlacedWord]]:
    """Consecutive words in groups: at most ``max_words``, broken at sentence ends and pauses."""
    groups: list[list[PlacedWord]] = []
    current: list[PlacedWord] = []
    for word in words:
        if current:
            gap = word.start - current[-1].end
            chars = sum(len(w.text) + 1 for w in current) + len(word.text)
            if (len(current) >= max_words or gap >= BREAK_PAUSE_S or chars > max_chars
                    or word.end - current[0].start > MAX_CAPTION_S or SENTENCE_END.search(current[-1].text.strip())):
                groups.append(current)
                current = []
        current.append(word)
    if current:
        groups.append(current)
    return groups


def word_captions(project: Project, max_words: int = 3, highlight: bool = False) -> list[Caption]:
    """Captions timed by the words on the timeline (empty when nothing there has words)."""
    fps = project.fps
    groups = word_groups(timeline_words(project), max_words)
    out: list[Caption] = []
    for n, group in enumerate(groups):
        following = groups[n + 1][0].start if n + 1 < len(groups) else None
        end_s = group[-1].end + HOLD_S
        if following is not None:
            end_s = min(end_s, following)
        if not highlight:
            out.append(Caption(_frame(group[0].start, fps), _frame(end_s, fps), " ".join(w.text.strip() for w in group)))
            continue
        for k, word in enumerate(group):
            w_end = group[k + 1].start if k + 1 < len(group) else end_s
            text = " ".join(w.text.strip().upper() if j == k else w.text.strip() for j, w in enumerate(group))
            out.append(Caption(_frame(word.start, fps), _frame(w_end, fps), text))
    fixed: list[Caption] = []
    for cap in out:  # rounding to frames may make neighbours touch: never overlap, never too short
        start = max(cap.start, fixed[-1].end) if fixed else cap.start
        if cap.end - start >= MIN_FRAMES:
            fixed.append(Caption(start, cap.end, cap.text[:500]))
    return fixed


def segment_captions(project: Project) -> list[Caption]:
    """One caption per transcript line (subtitle files, transcripts without words) on main/voice clips."""
    fps = project.fps
    out: list[Caption] = []
    for track in project.tracks:
        if track.role not in ("main", "voice"):
            continue
        for clip in track.clips:
            asset = project.media.get(clip.media_id) if clip.media_id else None
            if asset is None or not clip.enabled:
                continue
            speed, src_in = Fraction(clip.speed), Fraction(clip.source_in)
            for seg in asset.transcript:
                s = clip.start + (Fraction(seg.start) * fps - src_in) / speed
                e = clip.start + (Fraction(seg.end) * fps - src_in) / speed
                s, e = max(s, Fraction(clip.start)), min(e, Fraction(clip.end))
                a, b = math.floor(s + Fraction(1, 2)), math.floor(e + Fraction(1, 2))
                if b - a >= MIN_FRAMES and seg.text.strip():
                    out.append(Caption(a, b, " ".join(seg.text.split())[:500]))
    out = sorted(set(out), key=lambda c: (c.start, c.end))  # a video and an audio talk track hold the same lines
    fixed: list[Caption] = []
    for cap in out:
        start = max(cap.start, fixed[-1].end) if fixed else cap.start
        if cap.end - start >= MIN_FRAMES:
            fixed.append(Caption(start, cap.end, cap.text))
    return fixed


def captions(project: Project, max_words: int = 3, highlight: bool = False) -> list[Caption]:
    """Word captions when the talk has words, else one per transcript line."""
    return word_captions(project, max_words, highlight) or segment_captions(project)


def _stamp(frames: int, fps: Fraction, sep: str) -> str:
    ms = math.floor(Fraction(frames) / fps * 1000 + Fraction(1, 2))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def to_srt(captions: list[Caption], fps: Fraction) -> str:
    blocks = [f"{i}\n{_stamp(c.start, fps, ',')} --> {_stamp(c.end, fps, ',')}\n{c.text}\n"
              for i, c in enumerate(captions, 1)]
    return "\n".join(blocks)


def to_vtt(captions: list[Caption], fps: Fraction) -> str:
    blocks = [f"{_stamp(c.start, fps, '.')} --> {_stamp(c.end, fps, '.')}\n{c.text}\n" for c in captions]
    return "WEBVTT\n\n" + "\n".join(blocks)
