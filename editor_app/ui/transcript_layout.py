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
from bisect import bisect_left
from itertools import chain, compress, count
from operator import sub

import numpy as np

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor_app.model.word_cuts import PlacedWord, columns
from editor_app.model.words import match_phrases, norm

LONG_PAUSE_S = 1.0  # pauses at least this long are marked and shortened to SHORT_PAUSE_S
# Gaps are judged and shown to the millisecond: after a ripple the same gap can come out of the
# timeline's float arithmetic one bit different, and that must not move a mark or change "1.2s".
_LONG_FROM = LONG_PAUSE_S - 0.0005


@dataclass(eq=False)
class Layout:
    """Where each word is in the text: character spans, timeline times, marks.

    The per-word numbers the panel computes (character spans, gaps) are numpy arrays: after a
    ripple the words after an edit move by one amount, and shifting 9,000 positions is then one
    vector add instead of 9,000 new Python ints (and no large Python lists for the collector)."""

    words: Sequence[PlacedWord] = field(default_factory=list)
    char_start: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    char_end: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    times: list[float] = field(default_factory=list)
    ends: list[float] = field(default_factory=list)
    fillers: list[int] = field(default_factory=list)
    pauses: list[tuple[int, int, int]] = field(default_factory=list)  # (char start, char end, word after)
    text: str = ""
    gaps: np.ndarray = field(default_factory=lambda: np.zeros(0))  # gaps[k]: seconds from word k's end to word k + 1
    filler_words: tuple[str, ...] = ()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Layout):
            return NotImplemented
        return (list(self.words) == list(other.words) and np.array_equal(self.char_start, other.char_start)
                and np.array_equal(self.char_end, other.char_end) and list(self.times) == list(other.times)
                and list(self.ends) == list(other.ends) and self.fillers == other.fillers
                and self.pauses == other.pauses and self.text == other.text
                and np.array_equal(self.gaps, other.gaps) and self.filler_words == other.filler_words)


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
    return f" ⏸ {round(gap, 3):.1f}s \n"


def build_layout(words: Sequence[PlacedWord], fillers: tuple[str, ...]) -> Layout:
    """The panel's text and its index (Qt-free, measured by benchmarks/words_bench.py).

    Per-text work runs once per distinct text (a talk of 18,000 words has a few thousand), the
    per-word passes are numpy or C iterators."""
    out = Layout(words=words, filler_words=fillers)
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
    out.gaps = gaps
    pause_at = (np.flatnonzero(gaps >= _LONG_FROM) + 1).tolist()  # word indices after a long pause
    seps = [" "] * n
    seps[0] = ""
    lens = np.fromiter(map(len, texts), np.int64, n)
    step = lens + 1
    step[0] -= 1
    for i in pause_at:
        seps[i] = label = pause_label(float(gaps[i - 1]))
        step[i] += len(label) - 1
    ends_c = np.cumsum(step)
    out.char_end = ends_c
    out.char_start = ends_c - lens
    out.pauses = [(int(ends_c[i - 1]), int(ends_c[i - 1]) + len(seps[i]) - 1, i) for i in pause_at]
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


def replace_changed(view: QPlainTextEdit, old: str, new: str, span: tuple[int, int, str] | None = None) -> None:
    """Put ``new`` in the view by replacing only the part that differs from ``old``.

    Why: after cutting three words of a 2-hour transcript, re-setting 100 kB of text costs
    far more than the edit; replacing the changed middle keeps the scroll position too, and
    Qt re-lays out only the blocks (lines between pause marks) that the edit touched.
    ``span`` (start, end in ``old``, middle), when the caller knows it, saves the diff.
    """
    if view.document().characterCount() - 1 != len(old) or not old:
        view.setPlainText(new)
        return
    if old == new:
        return
    a, b, middle = span if span is not None else changed_span(old, new)
    cursor = QTextCursor(view.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(middle)


# ---- incremental ------------------------------------------------------------------------

_CHUNK = 512


def _prefix(a: list, b: list, limit: int) -> int:
    """How many leading items ``a`` and ``b`` share (at most ``limit``), comparing slices in C."""
    k = 0
    while k < limit:
        e = min(k + _CHUNK, limit)
        if a[k:e] != b[k:e]:
            return next(j for j in range(k, e) if a[j] != b[j])
        k = e
    return limit


def _suffix(a: list, b: list, limit: int) -> int:
    """How many trailing items ``a`` and ``b`` share (at most ``limit``)."""
    la, lb, k = len(a), len(b), 0
    while k < limit:
        e = min(k + _CHUNK, limit)
        if a[la - e: la - k] != b[lb - e: lb - k]:
            return next(j for j in range(k, e) if a[la - 1 - j] != b[lb - 1 - j])
        k = e
    return limit


def _sep(gaps: list[float], k: int) -> str:
    if k == 0:
        return ""
    gap = float(gaps[k - 1])
    return pause_label(gap) if gap >= _LONG_FROM else " "


def update_layout(old: Layout, words: Sequence[PlacedWord], fillers: tuple[str, ...]) -> tuple[Layout, tuple[int, int, str]]:
    """The layout for ``words`` made from ``old``, redoing only the words an edit changed, and the
    text edit (start and end in the old text, new middle) that turns the old text into the new.

    Why: a delete, an undo or a chat edit changes a few of 18,000 words. The words before it keep
    their text, times and places; the words after it keep their text and the gaps between them,
    and shift by a constant. Finding those runs compares the word columns in C-speed slices.
    Equal to ``build_layout(words, fillers)`` in every field (tests check it on random edits);
    what it cannot do that way (a first build, phrase fillers, retimed words after the edit, an
    edit of most of the talk) it hands to ``build_layout``.
    """
    n0, n1 = len(old.words), len(words)
    try:
        m0, i0, t0, s0, e0 = old.words.media_ids, old.words.indices, old.words.texts, old.words.starts, old.words.ends
        m1, i1, t1, s1, e1 = words.media_ids, words.indices, words.texts, words.starts, words.ends
    except AttributeError:  # plain lists of words: build whole
        return _full(old, words, fillers)
    if not n0 or not n1 or fillers != old.filler_words or any(" " in f for f in fillers):
        return _full(old, words, fillers)
    limit = min(n0, n1)
    p = limit
    for a, b in ((t0, t1), (i0, i1), (m0, m1), (s0, s1), (e0, e1)):  # same word at the same time
        p = _prefix(a, b, p)
    s = limit - p
    for a, b in ((t0, t1), (i0, i1), (m0, m1)):  # same word, perhaps moved in time
        s = _suffix(a, b, s)
    if (n1 - s - p) > 2000 or (n0 - s - p) > 2000:  # a large edit: build whole
        return _full(old, words, fillers)
    shift = n1 - n0
    q0 = old.pauses
    tail_pauses = q0[bisect_left(q0, n0 - s + 1, key=_word_after):] if s else []
    # the gaps between the words after the edit, as they are now (a ripple moves them all by one
    # amount, which can change a gap in its last bit): their separators must read as before
    first_kept = n1 - s + 1
    kept = (np.subtract(np.fromiter(s1[first_kept:], float, s - 1), np.fromiter(e1[n1 - s: n1 - 1], float, s - 1))
            if s > 1 else np.zeros(0))
    after = np.fromiter((k for _a, _b, k in tail_pauses), np.int64, len(tail_pauses)) + shift
    if not np.array_equal(after, np.flatnonzero(kept >= _LONG_FROM) + first_kept):
        return _full(old, words, fillers)  # a pause came or went after the edit (retimed)
    was, now = old.gaps[after - shift - 1], kept[after - first_kept]
    for j in np.flatnonzero(was != now).tolist():  # a gap that moved in its last bit: is its label the same?
        a, b, _k = tail_pauses[j]
        if old.text[a: b + 1] != pause_label(float(now[j])):
            return _full(old, words, fillers)  # retimed after the edit
    # new gaps: the prefix's, the edited stretch's (from the word before it to the first word after it), the suffix's
    lo_gap = max(p - 1, 0)
    hi_gap = n1 - s if s else n1 - 1
    fresh = np.array(list(map(sub, s1[lo_gap + 1: hi_gap + 1], e1[lo_gap: hi_gap])), float)
    gaps = np.concatenate((old.gaps[:lo_gap], fresh, kept))
    stop = n1 - s + 1 if s else n1  # separators to redo: words p .. n1 - s (the first kept word's too)
    seps = [_sep(gaps, k) for k in range(p, stop)]
    texts = list(map(_SHOWN.__getitem__, t1[p: n1 - s]))
    start_c = int(old.char_end[p - 1]) if p else 0
    end_c = int(old.char_start[n0 - s]) if s else len(old.text)
    middle = "".join(chain.from_iterable(zip(seps, texts))) + (seps[-1] if s else "")
    ends_mid, at = [], start_c
    for sep, text in zip(seps, texts):
        at += len(sep) + len(text)
        ends_mid.append(at)
    delta = start_c + len(middle) - end_c
    mid_end = np.array(ends_mid, np.int64)
    mid_start = mid_end - np.fromiter(map(len, texts), np.int64, len(texts))
    out = Layout(words=words, filler_words=fillers, times=s1, ends=e1, gaps=gaps)
    out.char_end = np.concatenate((old.char_end[:p], mid_end, old.char_end[n0 - s:] + delta))
    out.char_start = np.concatenate((old.char_start[:p], mid_start, old.char_start[n0 - s:] + delta))
    out.text = old.text[:start_c] + middle + old.text[end_c:]
    wanted = frozenset(fillers)
    f0 = old.fillers
    out.fillers = (f0[:bisect_left(f0, p)] + [p + k for k, t in enumerate(t1[p: n1 - s]) if _NORM[t] in wanted]
                   + [i + shift for i in f0[bisect_left(f0, n0 - s):]] if s else
                   f0[:bisect_left(f0, p)] + [p + k for k, t in enumerate(t1[p:]) if _NORM[t] in wanted])
    keep = bisect_left(q0, p, key=_word_after)
    mid = [(int(out.char_end[k - 1]), int(out.char_end[k - 1]) + len(sep) - 1, k)
           for k, sep in zip(range(p, stop), seps) if len(sep) > 1]
    out.pauses = q0[:keep] + mid + [(a + delta, b + delta, k + shift) for a, b, k in tail_pauses]
    return out, (start_c, end_c, middle)


def _word_after(pause: tuple[int, int, int]) -> int:
    return pause[2]


def _full(old: Layout, words: Sequence[PlacedWord], fillers: tuple[str, ...]) -> tuple[Layout, tuple[int, int, str]]:
    out = build_layout(words, fillers)
    return out, changed_span(old.text, out.text)
