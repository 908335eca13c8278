"""Telling apart media that the same words name ("the park clip" when two park clips exist).

Why: people name a clip by a shared word and then say which one in their own words ("the park
clip where she comes running back", "the recall clip from the first try"). The words of the
request that did not name the media are compared with what each media is (its description,
tags, name words and the start of its transcript); exactly one media sharing the most of them
is the one meant. Nothing shared, or a tie, leaves the choice to the user (the caller asks).
"""

from __future__ import annotations

import functools
from typing import Sequence

from editor_app.model.project import MediaAsset
from editor_app.planner.meaning import stems

# Nouns for "a piece of media": they say nothing about which one.
_GENERIC = frozenset(stems("shot clip footage video broll photo picture image still recording scene cutaway view "
                           "angle file one bit part"))


@functools.lru_cache(maxsize=20_000)
def _profile_stems(profile: str) -> frozenset[str]:
    return frozenset(stems(profile))


def shared_counts(words: set[str], assets: Sequence[MediaAsset], profile) -> list[int]:
    """How many of ``words`` (stems) each media's profile holds."""
    return [len(words & _profile_stems(profile(a))) for a in assets]


def pick_by_words(text: str, assets: Sequence[MediaAsset], profile, naming: set[str] = frozenset()) -> MediaAsset | None:
    """The one media in ``assets`` whose profile shares strictly the most content words of ``text``
    (leaving out ``naming``, the words that named them all, and generic media nouns); None when
    none shares a word or two share the most."""
    words = stems(text) - set(naming) - _GENERIC
    if not words or len(assets) < 2:
        return None
    counts = shared_counts(words, assets, profile)
    best = max(counts)
    if best == 0 or counts.count(best) > 1:
        return None
    return assets[counts.index(best)]


def best_described(words: set[str], assets: Sequence[MediaAsset], profile) -> list[MediaAsset]:
    """The media whose profile holds the most of ``words`` (all of them when tied), [] when none holds
    any: "the recall clip" is every media described as recall practice, to be asked about."""
    words = set(words) - _GENERIC
    if not words or not assets:
        return []
    counts = shared_counts(words, assets, profile)
    best = max(counts)
    return [a for a, n in zip(assets, counts) if n == best] if best else []
