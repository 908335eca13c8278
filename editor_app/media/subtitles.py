"""SRT and WebVTT transcripts: tolerant parsing of what people actually have on disk.

Real subtitle files come with BOMs, CRLF, Windows code pages, missing blank lines and
markup. A transcript that partly parses is far more useful than an exception, so the
parsers skip what they cannot read and never raise on bad text.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from editor_app.model.project import TranscriptSegment

_TIME = r"(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?"
_CUE_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(.*)$")
_TAG = re.compile(r"<[^>]*>")
_ASS_TAG = re.compile(r"\{\\[^}]*\}")
SUBTITLE_EXTENSIONS = (".srt", ".vtt")


def _seconds(h: str | None, m: str, s: str, frac: str | None) -> float:
    millis = int((frac or "0").ljust(3, "0")[:3])
    return int(h or 0) * 3600 + int(m) * 60 + int(s) + millis / 1000


def _clean(lines: list[str]) -> str:
    """Join a cue's lines into one plain sentence: no tags, no entities, single spaces."""
    text = " ".join(line.strip() for line in lines if line.strip())
    text = _ASS_TAG.sub("", _TAG.sub("", text))
    text = html.unescape(text)
    return re.sub(r"\s+", " ", text).strip()


def _normalise(text: str) -> list[str]:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def _parse_cues(lines: list[str]) -> list[TranscriptSegment]:
    """Shared cue scanner: a timing line starts a cue; text runs to a blank line or the next timing.

    Lines outside a cue (SRT indexes, VTT ids, NOTE/STYLE/REGION blocks) are ignored.
    """
    segments: list[TranscriptSegment] = []
    current: tuple[float, float] | None = None
    body: list[str] = []

    def flush() -> None:
        nonlocal current, body
        if current is not None:
            text = _clean(body)
            start, end = current
            if text and end >= start >= 0:
                segments.append(TranscriptSegment(start=start, end=end, text=text))
        current, body = None, []

    for i, raw in enumerate(lines):
        line = raw.rstrip()
        match = _CUE_TIMING.match(line)
        if match:
            flush()
            g = match.groups()
            current = (_seconds(*g[0:4]), _seconds(*g[4:8]))  # cue settings (g[8]) are ignored
            continue
        if not line.strip():
            flush()
            continue
        if current is None:
            continue
        # Missing blank line: an index followed by a timing line starts the next cue.
        nxt = lines[i + 1].rstrip() if i + 1 < len(lines) else ""
        if line.strip().isdigit() and _CUE_TIMING.match(nxt):
            flush()
            continue
        body.append(line)
    flush()
    return segments


def parse_srt(text: str) -> list[TranscriptSegment]:
    """SubRip text to segments in seconds (sorted by start)."""
    return sorted(_parse_cues(_normalise(text)), key=lambda s: (s.start, s.end))


def parse_vtt(text: str) -> list[TranscriptSegment]:
    """WebVTT text to segments; the header, NOTE/STYLE/REGION blocks and cue settings are ignored."""
    # Header and blocks hold no timing line, and lines outside a cue are skipped anyway.
    cues = _parse_cues(_normalise(text))
    return sorted(cues, key=lambda s: (s.start, s.end))


def decode_text(data: bytes) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252, else latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # never fails: every byte maps to a character


def load_subtitles(path: str | Path) -> list[TranscriptSegment]:
    """Read an .srt or .vtt file (sniffing the WEBVTT header when the extension lies)."""
    p = Path(path)
    text = decode_text(p.read_bytes())
    if p.suffix.lower() == ".vtt" or text.lstrip("\ufeff").startswith("WEBVTT"):
        return parse_vtt(text)
    return parse_srt(text)


def find_sidecar(media_path: str | Path) -> Path | None:
    """The subtitle file beside a media file: name.srt / name.vtt (any case), or name.<lang>.srt.

    An exact base-name match wins over a language-tagged one; English wins among languages.
    """
    media = Path(media_path)
    folder = media.parent
    if not folder.is_dir():
        return None
    stem = media.stem.lower()
    exact: list[Path] = []
    tagged: list[Path] = []
    for candidate in sorted(folder.iterdir()):
        if candidate == media or candidate.suffix.lower() not in SUBTITLE_EXTENSIONS or not candidate.is_file():
            continue
        base = candidate.stem.lower()
        if base == stem:
            exact.append(candidate)
        elif base.startswith(stem + ".") and "." not in base[len(stem) + 1 :]:
            tagged.append(candidate)
    if exact:
        return sorted(exact, key=lambda c: c.suffix.lower() != ".srt")[0]
    if tagged:
        return sorted(tagged, key=lambda c: (c.stem.lower().rsplit(".", 1)[-1] not in ("en", "eng"), c.name))[0]
    return None
