"""Words of the talk typed after a removal verb with no quotes: "cut mine stayed dry oh for cute the handle turns
smoother period" (dictated) is the line "Mine stayed dry, and oh for cute, the handle even turns smoother than before."
(round 23, lead).

Why: unquoted, the words were read as names ("handle" is in a file name: "handle off take2 FINAL.mov is not on the
timeline"), so a request to cut a line tried to change a clip. Five or more typed words that the talk says in that
order, once, with at most three words of the talk between them (dictation drops "and", "even"), are those words,
quoted; the quote readings then cut them (or the sentence they open).
"""

from __future__ import annotations

import re
from typing import Any

_BARE = re.compile(r"^(?P<v>(?:(?:please|pls|can you|could you|just) )*(?:cut|remove|delete|lose|drop|take out|get rid of|bin|"
                   r"scrap|ditch)) (?P<w>[a-z' ]{20,}?)(?: period| full stop)?[.!]*$")
_NAMES_A_PLACE = re.compile(r"\b(?:bit|part|line|sentence|section|clip|shot|video|where|when|about|story|silences?|pauses?|"
                            r"gaps?|music|fillers?|ums?|uhs?|words?|phrase|first|last|start|end|intro|outro|every|all)\b")


def _said_once(project: Any, words: str, slack: int) -> str | None:
    """The talk's words that say ``words`` in order (at most ``slack`` of the talk's own words among them), as the
    talk spells them, when they are said exactly once; else None. One reading for the bare-words rewrites here."""
    from editor_app.model.word_cuts import timeline_words
    from editor_app.planner.said_in import said_in_order

    placed = timeline_words(project)
    hits = said_in_order(placed, words, slack=slack)
    if len(hits) != 1:
        return None
    a, b = hits[0]
    return " ".join(p.text for p in placed[a: b + 1]).strip(" ,.!?")


def bare_words_quoted(text: str, project: Any) -> str | None:
    """``text`` with the words of the talk it names quoted, or None."""
    m = _BARE.match(text.strip())
    if m is None or _NAMES_A_PLACE.search(m.group("w")) or project is None:
        return None
    words = m.group("w").split()
    if len(words) < 5:
        return None
    said = _said_once(project, " ".join(words), 3)
    if said is None:
        return None
    return f'{m.group("v")} "{said}"'


# round 24: "remove the word mate from dont you dare tip it down the stormwater drain": the words after "from" are the line
# the word is in (typed unquoted, they had been read as the words to cut: TEN WORDS CUT for one)
_WORD_FROM = re.compile(r"^(?P<head>(?:(?:please|pls|can you|could you|just) )*(?:cut|remove|delete|lose|drop|take out|get rid of|bin|"
                        r"scrap|ditch)(?: out)? (?:the )?word (?:\"[^\"]+\"|'[^']+'|[a-z']+) (?:from|in|out of|inside) )"
                        r"(?:the (?:line|sentence|bit|part) |where (?:i|he|she|they) says? )?(?P<w>[a-z][a-z' ]{14,}?)[.!]*$")


def word_from_bare_line(text: str, project: Any) -> str | None:
    """``text`` with the line a named word is in quoted, when the talk says that line once, else None."""
    m = _WORD_FROM.match(text.strip())
    if m is None or project is None or len(m.group("w").split()) < 4:
        return None
    said = _said_once(project, m.group("w"), 2)
    if said is None:
        return None
    return f'{m.group("head")}"{said}"'


# round 24: "the nikon one of the dipstick over give it a minute to settle then pull the dipstick", "oil bottle.jpg over pour
# in about four litres to start with": a place typed as the talk's own words, unquoted; their "then", "and" and "start"
# had been read as a second step, a second place or an edge of the video ("Where should the B-roll go?")
_OVER_BARE = re.compile(r"^(?P<head>.+? (?:over|during|across) )(?P<said>(?:where|when) (?:i|he|she|they|[a-z]+) (?:says?|said|goes) |"
                        r"the (?:bit|part|line|sentence) (?:where|when) (?:i|he|she|they|[a-z]+) (?:says?|said|goes) )?"
                        r"(?P<w>[a-z][a-z' ]{14,}?)(?: (?:bit|part|line|sentence))?(?: (?:pls|please|thanks|ta|cheers|full stop|period))?[.!]*$")


_NOT_A_PLACING = re.compile(r"\b(?:cut|remove|delete|lose|drop|trim|chop|start|begin|open|end|finish|where|when)\b")


def place_bare_words(text: str, project: Any, raw: str = "") -> str | None:
    """``text`` with a place said in the talk's own words quoted, when those words (four or more, at most two of the
    talk's words dropped among them) are said once; else None. The words are read from ``raw``, the message as typed
    (normalising had made "give it a minute" "give it 1 minute" and "four litres" "4 litres", which the talk does not say)."""
    typed = re.sub(r"[^a-z0-9' ]+", " ", (raw or text).lower().replace("\u2019", "'"))
    m = _OVER_BARE.match(re.sub(r"\s+", " ", typed).strip())
    if m is None or project is None or len(m.group("w").split()) < 4 or '"' in text or _NOT_A_PLACING.search(m.group("head")) \
            or m.group("said"):
        return None  # "over where she says X" is read by the place readings as it is (quoting it broke suite AC's case)
    prep = m.group("head").rstrip().rsplit(" ", 1)[-1]
    cut = text.rfind(f" {prep} ")
    if cut < 0:
        return None
    said = _said_once(project, m.group("w"), 2)
    if said is None:
        return None
    # "over where she says X" keeps its "where she says" (a bare quote after the media had read as a title's text)
    return f'{text[:cut]} {prep} "{said}"'


# round 24: "cut from 'Pour the old oil into the empty bottles' to the end of the stormwater line": a range whose end is a
# sentence named by a word of it (it had cut the first sentence only); read as "through '<that sentence's last words>'"
_TO_LINE_END = re.compile(r"(?P<head>\bfrom \"[^\"]+\",? )(?:to|till|until|up to|through) the (?:very )?end of the "
                          r"(?P<w>(?:\"[^\"]+\"|(?:[a-z'-]+ ){0,3}[a-z'-]+)) (?:sentence|line|bit|part)\b")


def range_to_line_end(text: str, project: Any) -> str | None:
    """``text`` with "to the end of the X line" as "through '<the last words of the one sentence saying X>'", or None."""
    m = _TO_LINE_END.search(text)
    if m is None or project is None:
        return None
    from editor_app.model.word_cuts import timeline_words
    from editor_app.model.words import find_phrase, norm, sentences

    placed = timeline_words(project)
    said = find_phrase([norm(p.text) for p in placed], m.group("w").strip('"'))
    spans = sentences(placed)
    found = {next(((a, b) for a, b in spans if a <= first <= b), None) for first, _last in said}
    found.discard(None)
    if len(found) != 1:
        return None
    a, b = found.pop()
    tail = " ".join(p.text for p in placed[max(a, b - 3): b + 1]).strip(" ,.!?")
    return f'{text[:m.start()]}{m.group("head")}through "{tail}"{text[m.end():]}'
