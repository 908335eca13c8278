"""Results read from a project's state, kept until that state changes.

Why: one chat turn reads the same things from an unchanged project several times (the talk's
transcript rows placed on the timeline, the seconds of speech it shows), and every turn works on
a fresh ``Project.clone()``, so a cache keyed on the project object would never hit. Clips, media
assets and transcript segments are frozen and clones share them, so a state is keyed by the
*identity* of the objects a result was read from (the clips, the assets, the track's id and role
strings, the settings' frame rate: all shared by clones, never rebuilt by reading them).
An entry holds its key's objects, so no identity is reused while it lives. Any edit, undo, redo,
import or transcript change replaces the objects it touches, which makes a new key: the next
read computes afresh. Results are shared: callers must not mutate them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Sequence
from operator import is_
from typing import Any, TypeVar

T = TypeVar("T")
KEEP = 4  # states per name: the session's project, the turn's dry run, and a step or two between

_lock = threading.Lock()
_entries: dict[Hashable, list[tuple[tuple[Any, ...], Any]]] = {}
stats = {"hits": 0, "misses": 0}  # read by tests and benchmarks


def _same(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Same state: the same objects at every place, by identity (one C loop; no field-by-field
    pydantic comparison, which costs more than most of what is cached). Keys hold only objects
    that clones share (clips, assets, their id strings, the settings' rate), never fresh ints."""
    return len(a) == len(b) and all(map(is_, a, b))


def per_state(name: Hashable, key: Sequence[Any], compute: Callable[[], T]) -> T:
    """``compute()`` for this state, or the result already computed for it."""
    key = tuple(key)
    with _lock:
        entries = _entries.get(name, [])
        for i, (seen, value) in enumerate(entries):
            if _same(seen, key):
                if i:
                    entries.insert(0, entries.pop(i))
                stats["hits"] += 1
                return value
    value = compute()
    with _lock:
        entries = _entries.setdefault(name, [])
        entries.insert(0, (key, value))
        del entries[KEEP:]
        stats["misses"] += 1
    return value


def track_key(track: Any) -> tuple[Any, ...]:
    """A track's state: its settings that matter to readers and every clip object in order."""
    if track is None:
        return (None,)
    return (track.id, track.kind, track.role, track.muted, track.hidden, *track.clips)


def tracks_key(project: Any) -> tuple[Any, ...]:
    """Every track's state, in order."""
    out: list[Any] = []
    for track in project.tracks:
        out += track_key(track)
    return tuple(out)


def media_key(project: Any) -> tuple[Any, ...]:
    """Every media asset object (a transcript change or a re-import replaces the asset)."""
    return (*project.media.keys(), *project.media.values())


def clear() -> None:
    """Forget everything (tests)."""
    with _lock:
        _entries.clear()
