"""Finding the part of the talk about a topic: keyword words and stems, with a small synonym table.

Used by the place_broll_for_topic macro and the search_transcript query when there is no
context index (with an index, its semantic hits come first).
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.model.project import Project
from editor_app.tools.base import Search
from editor_app.tools.timing import transcript_on_timeline


SYNONYMS = {
    "beach": {"sea", "seaside", "ocean", "sand", "coast", "shore", "waves", "swim", "swimming"},
    "food": {"eat", "eating", "meal", "lunch", "dinner", "breakfast", "restaurant", "cook", "cooking", "dish"},
    "mountain": {"mountains", "hike", "hiking", "peak", "summit", "climb", "trail", "alps"},
    "city": {"town", "street", "streets", "downtown", "urban"},
    "music": {"song", "band", "concert"},
}


STOPWORDS = {"the", "a", "an", "about", "part", "where", "when", "talk", "talks", "talking", "of", "on", "in",
             "what", "does", "do", "did", "say", "says", "said", "speaker", "they", "he", "she", "we", "i", "you",
             "is", "are", "was", "to", "and", "or", "it", "that", "this", "there", "find", "show", "me", "my"}


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _words(text: str) -> set[str]:
    """Words and their crude stems ("deleting" and "delete" share "delet")."""
    out = set()
    for word in re.findall(r"[a-z0-9']+", text.lower()):
        if word in STOPWORDS:
            continue
        out.add(word)
        out.add(_stem(word))
    return out


def topic_words(topic: str) -> set[str]:
    words = _words(topic)
    expanded = set(words)
    for key, group in SYNONYMS.items():
        if words & ({key} | group):
            expanded |= {key} | group
    return expanded


def find_topic(project: Project, topic: str, search: Search | None = None) -> dict[str, Any] | None:
    """The best timeline segment about ``topic``: index hits when there is an index, else keywords."""
    if search is not None:
        for hit in search(topic, 5):
            if hit.get("timeline_start") is not None:
                return {"start": hit["timeline_start"], "end": hit["timeline_end"], "text": hit.get("quote", "")}
    wanted = topic_words(topic)
    best, best_score = None, 0.0
    for row in transcript_on_timeline(project):
        score = len(wanted & _words(row["text"]))
        if score > best_score:
            best, best_score = row, score
    return best


def keyword_search(project: Project, query: str, k: int = 3) -> list[dict[str, Any]]:
    """Transcript lines on the timeline sharing the most words with ``query`` (no index needed)."""
    wanted = topic_words(query) or _words(query)
    scored = []
    for row in transcript_on_timeline(project):
        score = len(wanted & _words(row["text"]))
        if score:
            scored.append((score, row))
    scored.sort(key=lambda r: (-r[0], r[1]["start"]))
    return [hit(row) for _, row in scored[:k]]


def hit(row: dict[str, Any]) -> dict[str, Any]:
    """A transcript row as the tools' hit dict (timeline seconds; the text under "quote")."""
    return {"media_id": row["media_id"], "media_name": row["media_name"], "clip_id": row["clip_id"],
            "source_start": row["source_start"], "source_end": row["source_end"],
            "timeline_start": row["start"], "timeline_end": row["end"], "quote": row["text"][:500]}
