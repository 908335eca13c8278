"""A photo said by what it shows, when a video's description shares a word: "the finished uke photo".

Why: "put the finished uke photo at 1:00" placed a Zoom recording described as "a boy holding his tenor uke"
rather than the photo "the finished ukulele lying on my bed": the naming phrase was read from "uke" on,
losing "finished", and "uke" matched the video's words exactly while the photo says "ukulele". A photo was
said, so among the stills the one whose own words hold the most of the whole phrase's words (the words
before the noun too, and what follows "of" or "on", with synonyms: uke / ukulele) is meant, when exactly
one does at least as well as the video found.
"""

from __future__ import annotations

import re

from editor_app.model.project import MediaAsset

# Where the naming phrase stops: the place or time the request goes on to say.
_STOP = re.compile(r"\b(?:over|at|during|when|where|while|for|from|until|till|before|after|as|should|goes|and|then|to|"
                   r"into|onto|instead)\b|\d|[,;:!?\"]")
_OPEN = re.compile(r"\b(?:the|my|a|an|that|this|our|his|her)\s+((?:[a-z0-9'-]+\s+){0,4})$")


def phrase_words(text: str, position: int) -> set[str]:
    """Content stems of the whole naming phrase around ``position``: the modifiers said after the article
    before it ("the finished uke ...") and the words after it up to the place ("... on my bed over ...")."""
    from editor_app.planner.meaning import stems
    from editor_app.planner.media_kinds import _HEAD
    from editor_app.planner.particles import GRAMMAR

    opened = _OPEN.search(text[:position])
    start = opened.start(1) if opened else position
    rest = text[position:]
    stop = _STOP.search(rest, 1)
    span = text[start: position + (stop.start() if stop else len(rest))]
    return set(stems(_HEAD.sub(" ", span))) - GRAMMAR


def _held(words: set[str], asset: MediaAsset, own_words) -> int:
    """How many of ``words`` the media's own words hold, exactly or as a synonym."""
    from editor_app.planner.media_ties import profile_stems
    from editor_app.planner.word_kin import content_words, synonym

    mine = profile_stems(own_words(asset))
    theirs = content_words(own_words(asset))
    return sum(1 for w in words if w in mine or any(synonym(w, o) for o in theirs))


def still_said(text: str, position: int, found: list[MediaAsset], stills: list[MediaAsset], own_words) -> MediaAsset | None:
    """The one still the phrase at ``position`` describes at least as well as any video ``found`` for it,
    or None (no still fits, two tie, or a video fits better)."""
    words = phrase_words(text, position)
    if not words or not stills:
        return None
    scores = sorted(((_held(words, a, own_words), a) for a in stills), key=lambda p: -p[0])
    best = scores[0][0]
    if best == 0 or (len(scores) > 1 and scores[1][0] == best):
        return None
    video_best = max((_held(words, a, own_words) for a in found), default=0)
    return scores[0][1] if best >= video_best else None
