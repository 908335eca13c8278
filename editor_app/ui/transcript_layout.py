"""The transcript panel's text and its word index, built in C-speed passes (no Qt here).

Why this shape: a 2-hour talk has ~18,000 words and the panel rebuilds its index after every
edit. A Python loop over every word costs ~1 ms per 1,000 words on a loaded machine, which is
the panel's whole budget; ``map``/``accumulate``/``compress``/``join`` over the timeline's word
columns run in C, and per-word text work (display form, normalised form) is cached by the word's
text, so a rebuild costs a few ms. Only the part of the text that changed goes into the
QTextDocument (``replace_changed``), so Qt lays out only the changed lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain, compress, count

import numpy as np

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor_app.model.word_cuts import PlacedWord, columns
from editor_app.model.words import match_phrases, norm

LONG_PAUSE_S = 1.0  # pauses at least this long are marked and shortened to SHORT_PAUSE_S


@dataclass
class Layout:
    """Where each word is in the text: character spans, timeline times, marks."""

    words: Sequence[PlacedWord] = field(default_factory=list)
    char_start: list[int] = field(default_factory=list)
    char_end: list[int] = field(default_factory=list)
    times: list[float] = field(default_factory=list)
    ends: list[float] = field(default_factory=list)
    fillers: list[int] = field(default_factory=list)
    pauses: list[tuple[int, int, int]] = field(default_factory=list)  # (char start, char end, word after)
    text: str = ""


def _shown(text: str) -> str:
    text = text.strip() or "…"
    if not text.isascii() and max(text) > "\uffff":  # Qt counts UTF-16 units: keep one unit per character
        text = "".join(c if c <= "\uffff" else "\ufffd" for c in text)
    return text


class _Cache(dict):
    """text -> f(text), filled on first use; ``map(cache.__getitem__, texts)`` stays in C for hits."""

    def __init__(self, fn) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: str) -> str:
        if len(self) > 200_000:  # a vocabulary, not a corpus: never grows without bound
            self.clear()
        value = self[key] = self.fn(key)
        return value


_SHOWN = _Cache(_shown)
_NORM = _Cache(norm)


def pause_label(gap: float) -> str:
    return f" ⏸ {gap:.1f}s \n"


def build_layout(words: Sequence[PlacedWord], fillers: tuple[str, ...]) -> Layout:
    """The panel's text and its index (Qt-free, measured by benchmarks/words_bench.py).

    Per-text work runs once per distinct text (a talk of 18,000 words has a few thousand), the
    per-word passes are numpy or C iterators."""
    out = Layout(words=words)
    n = len(words)
    if not n:
        return out
    starts, ends, raw = columns(words)
    vocabulary = set(raw)
    if all(_SHOWN[t] is t or _SHOWN[t] == t for t in vocabulary):
        texts = raw  # the common case: every word is shown as it is written
    else:
        texts = list(map(_SHOWN.__getitem__, raw))
    begin, finish = np.array(starts), np.array(ends)
    gaps = begin[1:] - finish[:-1]
    pause_at = (np.flatnonzero(gaps >= LONG_PAUSE_S) + 1).tolist()  # word indices after a long pause
    seps = [" "] * n
    seps[0] = ""
    lens = np.fromiter(map(len, texts), np.int64, n)
    step = lens + 1
    step[0] -= 1
    for i in pause_at:
        seps[i] = label = pause_label(float(gaps[i - 1]))
        step[i] += len(label) - 1
    ends_c = np.cumsum(step)
    out.char_end = ends_c.tolist()
    out.char_start = (ends_c - lens).tolist()
    out.pauses = [(out.char_end[i - 1], out.char_end[i - 1] + len(seps[i]) - 1, i) for i in pause_at]
    out.times = starts
    out.ends = ends
    out.text = "".join(chain.from_iterable(zip(seps, texts)))
    if any(" " in f for f in fillers):  # phrases need the scanner; one-word fillers are a set test
        normed = list(map(_NORM.__getitem__, raw))
        out.fillers = [i for a, b in match_phrases(normed, fillers) for i in range(a, b + 1)]
    else:
        wanted = frozenset(fillers)
        filler_texts = {t for t in vocabulary if _NORM[t] in wanted}
        out.fillers = list(compress(count(), map(filler_texts.__contains__, raw)))
    return out


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix, by bisection on slice equality (C speed on 100 kB texts)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the common suffix, at most ``limit`` (so it never overlaps the common prefix)."""
    lo, hi = 0, min(len(a), len(b), limit)
    la, lb = len(a), len(b)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[la - mid:] == b[lb - mid:]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def changed_span(old: str, new: str) -> tuple[int, int, str]:
    """(start, end in ``old``, replacement) turning ``old`` into ``new`` with the smallest middle."""
    head = _common_prefix(old, new)
    tail = _common_suffix(old, new, min(len(old), len(new)) - head)
    return head, len(old) - tail, new[head: len(new) - tail]


def replace_changed(view: QPlainTextEdit, old: str, new: str) -> None:
    """Put ``new`` in the view by replacing only the part that differs from ``old``.

    Why: after cutting three words of a 2-hour transcript, re-setting 100 kB of text costs
    far more than the edit; replacing the changed middle keeps the scroll position too, and
    Qt re-lays out only the blocks (lines between pause marks) that the edit touched.
    """
    if view.document().characterCount() - 1 != len(old) or not old:
        view.setPlainText(new)
        return
    if old == new:
        return
    a, b, middle = changed_span(old, new)
    cursor = QTextCursor(view.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(middle)

