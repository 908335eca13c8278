"""Words or a sentence picked by where they fall, not by topic (round 16).

- "delete the second time I say quarter turn", "cut the last place I mention the brake pad": the words
  said several times, that occurrence of them (it asked which clip to remove).
- "cut the line that starts with Now", "delete the sentence that ends with the second": the sentence
  whose first (or last) words those are (it searched for "starts with" as a topic, or asked "is that
  the one?" of a sentence that ends otherwise).

Words never said, an occurrence past the count, or two sentences that start (end) the same way ask.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock, step
from editor_app.planner.types import Ctx, Match, Unclear

_VERB = r"(?:cut|delete|remove|drop|lose|get rid of|take out|scrap|bin|ditch|kill|nix|chop|snip)"
_ORD = r"(?P<n>first|1st|second|2nd|third|3rd|fourth|4th|last|final)"
_NTH = re.compile(rf"^{_VERB}(?: out)? (?:the |my )?{_ORD} (?:time|place|instance|occurrence|spot|bit) "
                  rf"(?:where |when |that )?(?:i|you) (?:say|said|mention|mentioned) (?P<x>.+)$")
_EDGE = re.compile(rf"^{_VERB}(?: out)? (?:the|that) (?:sentence|line|bit|part) (?:that |which )?(?P<side>starts|begins|opens|ends|finishes)"
                   rf" (?:with|on) (?P<x>.+)$")
_ORDER = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "last": -1, "final": -1}


def _words(x: str) -> str:
    return x.strip().strip('"').strip(" .!?")


def nth_said(ctx: Ctx) -> Match | None:
    """ "delete the second time I say quarter turn": that occurrence of the words."""
    m = _NTH.match(ctx.text.strip())
    if m is None:
        return None
    from editor_app.planner.intents.words import AGENT, _ranges
    from editor_app.planner.said_in import said_at, spoken_sentences

    placed, _ = spoken_sentences(ctx)
    if not placed:
        return None
    words = _words(m.group("x"))
    hits = said_at(placed, words)
    if not hits:
        raise Unclear(f"I can't hear \"{words}\" in the talk. Quote the words as they are said.")
    index = _ORDER[m.group("n")]
    if index >= len(hits):
        where = ", ".join(clock(placed[a].start) for a, _ in hits)
        raise Unclear(f"\"{words}\" is said only {len(hits)} time{'s' if len(hits) != 1 else ''} (at {where}).")
    a, b = hits[index]
    quote = " ".join(p.text for p in placed[a:b + 1])
    return Match([step("cut_words", {"ranges": _ranges(placed, a, b)}, AGENT)],
                 f"cut the {m.group('n')} \"{quote}\" (at {clock(placed[a].start)}) out of the talk, between words")


def sentence_by_edge(ctx: Ctx) -> Match | None:
    """ "cut the line that starts with Now": the sentence whose first (last) words those are."""
    m = _EDGE.match(ctx.text.strip())
    if m is None:
        if _EDGE.match(ctx.text.strip() + " x"):  # "starts with Now": "now" was dropped as filler, nothing is left
            raise Unclear("Which words does it start or end with? Put them in quotes, e.g. \"the line that starts with 'now'\".")
        return None
    from editor_app.model.words import norm
    from editor_app.planner.intents.said import _cut_sentence
    from editor_app.planner.said_in import spoken_sentences

    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    said = [norm(w) for w in _words(m.group("x")).split() if norm(w)]
    if not said:
        return None
    start = m.group("side") in ("starts", "begins", "opens")
    fits = []
    for s in spans:
        texts = [norm(p.text) for p in placed[s.first:s.last + 1]]
        texts = [t for t in texts if t]
        if (texts[:len(said)] if start else texts[-len(said):]) == said:
            fits.append(s)
    if not fits:
        raise Unclear(f"No sentence {'starts' if start else 'ends'} with \"{' '.join(said)}\". Quote a few of its words.")
    if len(fits) > 1:
        where = "; ".join(f"{clock(s.start)} \"{s.text[:40]}\"" for s in fits[:4])
        raise Unclear(f"{len(fits)} sentences {'start' if start else 'end'} with \"{' '.join(said)}\" ({where}). Which one?")
    return _cut_sentence(placed, fits[0], "the sentence")


INTENTS = [nth_said, sentence_by_edge]
