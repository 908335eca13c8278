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


# Round 20: "cut the last 'so basically'": an ordinal before a quote is that occurrence of the words
_NTH_QUOTE = re.compile(rf"^{_VERB}(?: out)? (?:the|that) {_ORD} (?:one of |of )?(?:the words? )?(?P<x>\"[^\"]+\")(?: (?:one|bit|part))?$")
# Round 20: "remove 'so basically' from the 'that's how you true a wheel' line": the quote inside the quoted line
_IN_LINE = re.compile(rf"^{_VERB}(?: out)? (?:the words? |the phrase |the |that )?(?P<x>\"[^\"]+\") (?:(?:right |just )?(?:at|near) the "
                      r"(?:very )?(?:start|beginning|end) of|in|from|of|out of|inside|within|off) the (?P<y>\"[^\"]+\") "
                      r"(?:line|sentence|bit|part|one|bit of the talk)$")


# Round 20: a quote inside a line told by what it says: "remove the word 'bare' from the sentence about the new screen
# costing 55 pounds", "lose the 'honestly' at the head of the hour-and-a-half line"
_IN_TOLD_LINE = re.compile(rf"^{_VERB}(?: out)? (?:the words? |the phrase |the |that )?(?P<x>\"[^\"]+\") (?:(?:right |just )?(?:at|near) the "
                           r"(?:very )?(?:start|beginning|end|head|top|tail|front|back) of|in|from|of|out of|inside|within|off) the "
                           r"(?:(?P<d>[^\"]+?) (?:line|sentence|bit|part)|(?:line|sentence|bit|part) (?P<d2>(?:about|where|on|with|that says|"
                           r"which says|when) [^\"]+))$")


def quote_picked(ctx: Ctx) -> Match | None:
    """"cut the last 'X'", "cut 'X' from the 'Y' line": one occurrence of words said several times, read as
    "cut the Nth time I say 'X'" (the line must be said once and hold the words once, or this asks)."""
    from dataclasses import replace

    text = ctx.text.strip().rstrip(" .!")
    nth = _NTH_QUOTE.match(text)
    if nth is not None:
        return nth_said(replace(ctx, text=f"cut the {nth.group('n')} time i say {nth.group('x')}"))
    inside = _IN_LINE.match(text)
    told = _IN_TOLD_LINE.match(text) if inside is None else None
    if inside is None and told is None:
        return None
    from editor_app.planner.said_in import described, said_at, sentence_of, spoken_sentences

    placed, spans = spoken_sentences(ctx)
    if not placed:
        return None
    if told is not None:  # round 20: 'the "honestly" at the head of the hour-and-a-half line' (it had cut the line)
        words = _words(told.group("x"))
        hits = said_at(placed, words)
        if not hits:
            return None  # never said: the other readings say so
        if len(hits) == 1:  # said once: those words (the sentence reading had deleted the whole line)
            from editor_app.planner.intents.words import AGENT, _ranges

            a, b = hits[0]
            return Match([step("cut_words", {"ranges": _ranges(placed, a, b)}, AGENT)],
                         f"cut \"{' '.join(p.text for p in placed[a:b + 1])}\" (at {clock(placed[a].start)}), the rest of the line kept")
        holding = [sp for sp in spans if any(sp.first <= a <= sp.last for a, _ in hits)]
        try:  # only the lines that say the words can be meant ("the 'like' in the bit about winding")
            sentence = described(ctx, told.group("d") or told.group("d2"), holding)
        except Unclear:
            return None  # the other readings ask or decide
    else:
        words, line = _words(inside.group("x")), _words(inside.group("y"))
        hits, lines = said_at(placed, words), said_at(placed, line)
        held = {sentence_of(spans, a) for a, _ in lines} - {None}
        if not hits or len(held) != 1:
            return None  # the quote or the line not heard (or the line said twice): the other readings say so
        sentence = held.pop()
    inside_line = [i for i, (a, b) in enumerate(hits) if sentence.first <= a and b <= sentence.last]
    if len(inside_line) > 1:
        return None  # said twice in that line: the filler readings pick the one set off by commas, or ask
    if not inside_line:
        raise Unclear(f"\"{words}\" is not in the line "
                      f"\"{sentence.text[:60]}\" (at {clock(sentence.start)}). Which words should go?")
    index = inside_line[0]
    name = "last" if index == len(hits) - 1 else ["first", "second", "third", "fourth"][index] if index < 4 else None
    if name is None:
        return None
    return nth_said(replace(ctx, text=f"cut the {name} time i say \"{words}\""))


INTENTS = [nth_said, quote_picked, sentence_by_edge]
