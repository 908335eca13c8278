"""Turn a project and its journal into index documents: (id, text, metadata) per kind.

Why windows: one transcript window should hold one thought, so a hit points at a time
range an agent can cut to. Subtitle lines are merged until a sentence ends (at least a
few words), up to three sentences; windows of many short lines overlap by one line so a
thought split across a boundary is still found whole. A sentence that follows a short one in
its window also starts a window of its own, so every sentence can be a hit's start.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any, Iterable, Sequence

from editor_app.model.project import Clip, MediaAsset, Project, TranscriptSegment

COLLECTIONS = {"transcript": "transcript", "media": "media", "clip": "clips", "edit": "edits"}
MIN_WINDOW_WORDS = 8
MAX_WINDOW_WORDS = 60
MAX_WINDOW_SENTENCES = 3
MAX_WINDOWS_PER_MEDIA = 4000  # beyond this, windows grow so huge transcripts stay fast
MAX_DOC_CHARS = 4000
_SENTENCE_END = re.compile(r"[.!?\u2026\u3002]['\")\]]*\s*$")


@dataclass(frozen=True)
class Doc:
    """One document of a collection; ``metadata`` holds only str/int/float/bool."""

    id: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)

    def content_hash(self) -> str:
        import hashlib

        blob = json.dumps([self.text, self.metadata], sort_keys=True, ensure_ascii=True)
        return hashlib.sha1(blob.encode("ascii")).hexdigest()[:16]


def clean_text(text: str, limit: int = MAX_DOC_CHARS) -> str:
    """Printable, single-spaced, bounded text (no NULs or lone surrogates reach sqlite)."""
    text = text.encode("utf-8", "replace").decode("utf-8", "replace")
    text = "".join(ch if ch.isprintable() or ch in " \t" else " " for ch in text)
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _seconds(value: Any) -> float:
    return round(float(Fraction(value)), 3)


# ---- transcript windows ------------------------------------------------------------
def transcript_windows(segments: Sequence[TranscriptSegment]) -> list[tuple[float, float, str]]:
    """Group consecutive segments into (start, end, text) windows of about one thought."""
    segs = [s for s in segments if s.text and s.text.strip()]
    if not segs:
        return []
    total_words = sum(len(s.text.split()) for s in segs)
    min_words, max_words, max_sentences = MIN_WINDOW_WORDS, MAX_WINDOW_WORDS, MAX_WINDOW_SENTENCES
    if len(segs) > MAX_WINDOWS_PER_MEDIA // 2:  # huge transcript: bigger windows, bounded count
        floor = -(-total_words // MAX_WINDOWS_PER_MEDIA) + 2  # each window has more (plus overlap)
        if floor > min_words:
            min_words, max_words, max_sentences = floor, 2 * floor, 10**9
    windows: list[tuple[float, float, str]] = []
    i = 0
    while i < len(segs):
        j, n_words, n_sentences = i, 0, 0
        while j < len(segs):
            text = segs[j].text.strip()
            n_words += len(text.split())
            n_sentences += len(re.findall(r"[.!?\u2026]+(?:\s|$)", text)) or 0
            j += 1
            ends = bool(_SENTENCE_END.search(text))
            if (ends and n_words >= min_words) or n_words >= max_words or n_sentences >= max_sentences:
                break
        group = segs[i:j]
        text = clean_text(" ".join(s.text.strip() for s in group), limit=max(MAX_DOC_CHARS, max_words * 12))
        windows.append((float(group[0].start), float(max(s.end for s in group)), text))
        if max_sentences == MAX_WINDOW_SENTENCES:  # not for huge transcripts (bounded window count)
            for k in range(1, len(group)):
                if _SENTENCE_END.search(group[k - 1].text.strip()):
                    # a short sentence ("First, the dose.") was joined to what follows: each later
                    # sentence start gets a window too, so a hit can point at the sentence meant
                    rest = group[k:]
                    windows.append((float(rest[0].start), float(max(s.end for s in rest)),
                                    clean_text(" ".join(s.text.strip() for s in rest),
                                               limit=max(MAX_DOC_CHARS, max_words * 12))))
        # Overlap by one line when a window is made of several short lines.
        i = j - 1 if len(group) >= 3 and j < len(segs) else j
    return windows


def transcript_docs(project: Project) -> list[Doc]:
    docs: list[Doc] = []
    for media in project.media.values():
        seen: set[str] = set()
        for start, end, text in transcript_windows(media.transcript):
            doc_id = f"tr:{media.id}:{int(round(start * 1000))}-{int(round(end * 1000))}"
            while doc_id in seen:
                doc_id += "+"
            seen.add(doc_id)
            meta = {"kind": "transcript", "media_id": media.id, "media_name": media.name,
                    "start": round(start, 3), "end": round(end, 3)}
            docs.append(Doc(doc_id, text, meta))
    return docs


# ---- media -------------------------------------------------------------------------
def media_docs(project: Project) -> list[Doc]:
    docs = []
    for media in project.media.values():
        parts = [f"{media.name} ({media.kind})"]
        if media.duration is not None:
            parts.append(f"{_seconds(media.duration):g} seconds")
        if media.description:
            parts.append(media.description)
        if media.tags:
            parts.append("tags: " + ", ".join(media.tags))
        stem = Path(media.path).stem.replace("_", " ").replace("-", " ")
        if stem and stem.lower() not in media.name.lower():
            parts.append(f"file {stem}")
        if media.transcript:
            parts.append("says: " + " ".join(s.text for s in media.transcript[:6]))
        meta: dict[str, Any] = {"kind": "media", "media_id": media.id, "media_name": media.name,
                                "media_kind": media.kind}
        if media.duration is not None:
            meta["duration"] = _seconds(media.duration)
        docs.append(Doc(f"media:{media.id}", clean_text(". ".join(parts), limit=1500), meta))
    return docs


# ---- clips -------------------------------------------------------------------------
def _clip_label(clip: Clip, media: MediaAsset | None) -> str:
    if clip.name:
        return clip.name
    if media is not None:
        return media.name
    if clip.generator is not None:
        return getattr(clip.generator, "text", "") or clip.generator.kind
    return clip.id


def _effect_words(effect: Any) -> str:
    words = str(getattr(effect, "type", type(effect).__name__)).replace("_", " ")
    text = getattr(effect, "text", "")
    return f"{words} '{text}'" if text else words


def _spoken_in(media: MediaAsset, start: float, end: float, limit: int = 400) -> str:
    text = " ".join(s.text for s in media.transcript if s.end > start and s.start < end)
    return text[:limit]


def clip_docs(project: Project) -> list[Doc]:
    fps = project.fps
    duration = project.duration
    docs = []
    for track in project.tracks:
        for index, clip in enumerate(track.clips):
            media = project.media.get(clip.media_id) if clip.media_id else None
            start, end = _seconds(clip.start / fps), _seconds(clip.end / fps)
            src_in = _seconds(Fraction(clip.source_in) / fps)
            src_out = _seconds(clip.source_out / fps)
            parts = [f"Clip {clip.id} '{_clip_label(clip, media)}' on {track.role} {track.kind} track "
                     f"{track.id} at {start:g}-{end:g}s"]
            if clip.start == 0 or index == 0 and clip.start < fps * 10:
                parts.append("at the beginning of the timeline (intro, opening)")
            if duration and clip.end >= duration - fps:
                parts.append("at the end of the timeline (ending, outro)")
            if media is not None:
                parts.append(f"from {media.name} {src_in:g}-{src_out:g}s")
            if clip.generator is not None:
                gen = clip.generator
                parts.append(f"{gen.kind} card" + (f" saying '{gen.text}'" if getattr(gen, "text", "") else ""))
            if clip.effects:
                parts.append("effects: " + ", ".join(_effect_words(e) for e in clip.effects))
            if clip.note:
                parts.append("note: " + clip.note)
            if not clip.enabled:
                parts.append("disabled")
            if media is not None and media.transcript:
                spoken = _spoken_in(media, src_in, src_out)
                if spoken:
                    parts.append("says: " + spoken)
            meta: dict[str, Any] = {"kind": "clip", "clip_id": clip.id, "track_id": track.id,
                                    "track_role": track.role, "start": start, "end": end,
                                    "label": _clip_label(clip, media)}
            if media is not None:
                meta.update(media_id=media.id, media_name=media.name, source_in=src_in, source_out=src_out,
                            speed=float(Fraction(clip.speed)))
            docs.append(Doc(f"clip:{clip.id}", clean_text(". ".join(parts), limit=1500), meta))
    return docs


# ---- edit journal ------------------------------------------------------------------
_ID_KEYS = ("clip", "media", "track", "effect", "marker", "transition")


def _describe_value(key: str, value: Any, project: Project) -> str | None:
    if isinstance(value, (list, tuple)):
        inner = [_describe_value(key, v, project) for v in value[:8]]
        return ", ".join(v for v in inner if v)
    if isinstance(value, dict):
        return None
    if isinstance(value, str) and "clip" in key:
        found = project.find_clip(value)
        if found is not None:
            track, clip = found
            media = project.media.get(clip.media_id) if clip.media_id else None
            return f"clip {value} '{_clip_label(clip, media)}' ({track.role})"
        return f"clip {value}"
    if isinstance(value, str) and "media" in key and value in project.media:
        return f"media {value} '{project.media[value].name}'"
    if isinstance(value, (str, int, float, bool)) and len(str(value)) <= 120:
        return f"{key.replace('_', ' ')} {value}"
    return None


def _operation_words(op: dict[str, Any], project: Project) -> str | None:
    """The operation's own describe(), when the operations package can parse it."""
    try:
        from editor_app.model.operations import parse_operation

        return parse_operation(op, project.fps).describe(project)
    except Exception:  # unknown or since-invalid op: fall back to generic words
        return None


def describe_op(op: dict[str, Any], project: Project) -> str:
    """Plain words for one journaled operation, with clip ids resolved to their labels."""
    if op.get("description"):
        return str(op["description"])
    name = str(op.get("op", op.get("type", "operation"))).replace("_", " ")
    details = []
    for key, value in op.items():
        if key in ("op", "type", "description"):
            continue
        text = _describe_value(key, value, project)
        if text:
            details.append(text)
        elif isinstance(value, dict):  # nested effect/asset/generator: name what people say
            words = [str(value[f]) for f in ("type", "kind", "name", "text") if isinstance(value.get(f), str)]
            if words:
                details.append(f"{key} " + " ".join(words)[:120])
    own = _operation_words(op, project)
    generic = name + (" " + "; ".join(details) if details else "")
    return f"{own} ({generic})" if own and own != name else generic


def _clip_ids(op: dict[str, Any]) -> Iterable[str]:
    for key, value in op.items():
        if "clip" in key:
            if isinstance(value, str):
                yield value
            elif isinstance(value, (list, tuple)):
                yield from (v for v in value if isinstance(v, str))


def edit_docs(project: Project, records: Sequence[dict[str, Any]]) -> list[Doc]:
    docs = []
    for n, rec in enumerate(records):
        if not isinstance(rec, dict):
            continue
        seq = rec.get("seq", n)
        kind = str(rec.get("type", "batch"))
        label = str(rec.get("label") or "")
        author = str(rec.get("author") or "user")
        turn = rec.get("turn_id")
        ops = [op for op in rec.get("ops") or [] if isinstance(op, dict)]
        head = {"batch": "Edit", "undo": "Undo of", "redo": "Redo of"}.get(kind, kind.capitalize())
        text = f"{head} '{label}' by {author}" + (f" at turn {turn}" if turn is not None else "")
        if ops:
            text += ". " + ". ".join(describe_op(op, project) for op in ops[:40])
        clip_ids = sorted({c for op in ops for c in _clip_ids(op)})
        meta: dict[str, Any] = {"kind": "edit", "seq": int(seq) if str(seq).isdigit() else n,
                                "record_type": kind, "author": author, "label": label}
        for key in ("batch_id", "time"):
            if rec.get(key) is not None:
                meta[key] = str(rec[key])
        if turn is not None:
            meta["turn_id"] = str(turn)
        if clip_ids:
            meta["clip_ids"] = ",".join(clip_ids)[:500]
        docs.append(Doc(f"edit:{seq}:{kind}", clean_text(text, limit=3000), meta))
    return docs


def build_documents(project: Project, records: Sequence[dict[str, Any]] | None) -> dict[str, list[Doc]]:
    """All documents by collection name."""
    return {
        "transcript": transcript_docs(project),
        "media": media_docs(project),
        "clips": clip_docs(project),
        "edits": edit_docs(project, list(records or [])),
    }
