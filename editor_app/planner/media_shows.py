"""A media named by what it shows, against a file name that only shares a word or says the opposite.

Why: people name B-roll by what is in it ("the dripping tap closeup", "the mould close-up") while the
bin holds both a clip described as exactly that and a clip whose *name* shares a word with it ("tap
running no drip.mov"). A name match used to win outright. Two general rules fix this:

* a word of a file name after "no", "not", "without" or "non" is what the media does *not* show: it
  names the media only when the request says it negated too ("the no drip clip");
* the phrase that named a media by its file name is compared with every media's own words (name,
  description, tags; a split compound like "close up" also reads as "closeup"): a media whose own
  words hold strictly more of the phrase replaces the name match. A tie keeps the name match.
"""

from __future__ import annotations

import functools
import re
from typing import Callable, Sequence

from editor_app.planner.meaning import STOP, stem

NEGATION = frozenset("no not without non zero never".split())
_NEGATION = NEGATION
# Nouns for "a piece of media" and words of kind: they say nothing about which media.
_KIND = frozenset(stem(w) for w in "shot clip footage video broll photo picture image still pic recording scene "
                  "cutaway view angle file one bit part take".split())
# Where a naming phrase ends: the place or the rest of the request begins.
_PHRASE = re.compile(r"\b(?:the|my|that|this|our|a|an|those|these) ((?:[a-z0-9'&_.+-]+ ){0,5}?[a-z0-9'&_.+-]+?)"
                     r"(?= (?:over|at|on|in|into|onto|from|to|for|during|while|when|where|as|under|before|after|"
                     r"behind|until|till|right|just|and|with|should|goes|go|will|can|please|pls|roughly|around|halfway|"
                     r"[\d.]+ ?(?:seconds?|s|minutes?|mins?))\b|\s*[,?.!;]|\s*$)")  # round 9: "X 8 seconds from the end"


@functools.lru_cache(maxsize=20_000)
def negated(text: str) -> frozenset[str]:
    """Stems that follow a negation in ``text``: 'tap running no drip' -> {'drip'}."""
    said = re.findall(r"[a-z0-9']+", re.sub(r"[_\-.]+", " ", text.lower()))
    return frozenset(stem(b) for a, b in zip(said, said[1:]) if a in _NEGATION)


def said_negated(text: str, key: str) -> bool:
    """``text`` says the stem ``key`` after a negation ("the no drip clip")."""
    return key in negated(text)


@functools.lru_cache(maxsize=20_000)
def content_stems(text: str) -> frozenset[str]:
    """Stems of ``text`` plus each pair of neighbouring words joined ("close up" -> "closeup",
    "head cam" -> "headcam"), less the words of kind; negated words are left out."""
    said = [w for w in re.findall(r"[a-z0-9']+", re.sub(r"[_\-.]+", " ", text.lower()))]
    out = {stem(w) for w in said if w not in STOP and w not in _NEGATION}
    out |= {stem(a + b) for a, b in zip(said, said[1:]) if a not in STOP and b not in STOP}
    return frozenset(rooted(out) - _KIND - negated(text))


def rooted(found: set[str] | frozenset[str]) -> set[str]:
    """Stems plus the noun an adjective in -y is made from: "mouldy" also reads as "mould", "crusty" as "crust";
    round 11: and the verb in -le an adjective in -ly is made from: "rattly" reads as "rattl" (rattling, rattle),
    "wobbly" as "wobbl" (an adverb like "quickly" becomes a non-word that matches nothing)."""
    return (set(found) | {w[:-1] for w in found if len(w) >= 5 and w.endswith("y") and not w.endswith("ly")}
            | {w[:-1] for w in found if len(w) >= 6 and re.search(r"[bdgkptz]ly$", w)})


# round 11: "snipping the feet off, then greasing the wire": what comes after "then" is a second thing the
# clip shows; a media whose description is wholly about it fits a name for it better.
_THEN = re.compile(r"(?:,\s*|\s)(?:and\s+)?then\s|,\s*followed by\s")
SECONDARY = 0.75  # a word matched only in a description's later clause counts this much


@functools.lru_cache(maxsize=20_000)
def later_only(text: str) -> frozenset[str]:
    """Stems (rooted) that ``text`` says only after "then" ("X, then Y"): what the media shows second."""
    from editor_app.planner.meaning import stems

    parts = _THEN.split(text.lower(), maxsplit=1)
    if len(parts) < 2:
        return frozenset()
    first = rooted(stems(parts[0]))
    return frozenset(rooted(stems(parts[1])) - first)


@functools.lru_cache(maxsize=20_000)
def joined(text: str) -> frozenset[str]:
    """Each pair of neighbouring words of ``text`` joined: "close up" -> "closeup", "head cam" -> "headcam"."""
    said = re.findall(r"[a-z0-9']+", re.sub(r"[_\-.]+", " ", text.lower()))
    return frozenset(stem(a + b) for a, b in zip(said, said[1:]) if a not in STOP and b not in STOP)


def naming_phrase(text: str, position: int) -> str | None:
    """The noun phrase of ``text`` around ``position`` that names a media ("dripping tap closeup")."""
    for match in _PHRASE.finditer(text):
        if match.start() <= position < match.end():
            return match.group(1)
    bare = _BARE_PHRASE.match(text)  # round 20: "straight running wheel video on top of ...", "put video of wheel ..."
    if bare is not None and bare.start(1) <= position < bare.end(1):
        return bare.group(1)
    return None


# Round 20: a media named first with no article, as people in a hurry and speakers of languages without articles do:
# "straight running wheel video on top of ...", "put video of wheel running straight on ..." (a phrase that ends on its
# media noun, or a media noun then what it shows; never a clause: "pxl clip is upside down")
_MEDIA_NOUNS = (r"(?:clips?|videos?|vids?|shots?|footage|photos?|pictures?|pics?|images?|stills?|recordings?|wides?|inserts?|"
                r"close[- ]?ups?|closeups?|cutaways?)")
_BARE_PHRASE = re.compile(r"^(?:(?:put|add|place|stick|drop|use|insert|show|pop) )?(?!(?:the|my|that|this|our|a|an|those|these|it)\b)"
                          rf"((?:[a-z0-9'&_.+-]+ ){{0,4}}?{_MEDIA_NOUNS}(?: (?:of|showing) (?:[a-z0-9'-]+ ){{0,4}}?[a-z0-9'-]+?)?)"
                          r"(?= (?:over|at|on|in|into|onto|from|to|for|during|while|when|where|as|under|before|after|and|with|"
                          r"[\d.]+ ?(?:seconds?|s|minutes?|mins?))\b|\s*[,?.!;]|\s*$)")


# round 16 (lead): "the clip of me cutting the strings with nail clippers over X": what the act is done with names the
# clip too (a naming phrase stops at "with" elsewhere: "X with a fade")
_WITH = re.compile(r" with (?:the |my |a |an |some |his |her )?((?:[a-z'-]+ ){0,2}[a-z'-]+)"
                   r"(?= (?:over|at|on|in|onto|into|during|while|when|where|to|for|before|after|under|from|and)\b|\s*[,.!?;]|\s*$)")
_FADES = re.compile(r"\b(?:fade|fades|dissolve|crossfade|transition|wipe|zoom|speed|sound|music|volume|effect|filter|caption|title)\b")


def _with_tail(text: str, end: int) -> str:
    """" with nail clippers" when the naming phrase ending at ``end`` goes on so, else ""."""
    found = _WITH.match(text, end)
    return f" with {found.group(1)}" if found and not _FADES.search(found.group(1)) else ""


_LEAD_IN = re.compile(r"\b((?:clip|video|vid|shot|footage|photo|pic|picture|recording|gopro|still)s? (?:of|where|showing) "
                      r"(?:me|us|him|her|them|i|we|he|she|they|my \w+) (?:[a-z'-]+ ){1,3})$")


def _lead_in(text: str, start: int) -> str:
    """"clip of me cutting " before "the zip ties" (the naming phrase starting at ``start``): the act a picture
    shows, said before the thing it is done to."""
    found = _LEAD_IN.search(text[:start]) if start > 0 else None
    return found.group(1) if found else ""


def _acts(phrase: str) -> list[str]:
    """The acts a phrase says ("cutting")."""
    return [w for w in re.findall(r"[a-z]+", phrase) if w.endswith("ing") and len(w) > 5]


def _acts_in_other_words(acts: list[str], words: str) -> int:
    """How many of ``acts`` ("cutting") ``words`` say only in other words ("snipping")."""
    from editor_app.planner.word_kin import kin

    if not acts:
        return 0
    said = re.findall(r"[a-z]+", words.lower())
    own = {stem(w) for w in said}
    return sum(1 for act in acts if stem(act) not in own and any(w.endswith("ing") and len(w) > 5 and kin(act, w) for w in said))


def outdescribed(text: str, named: Sequence, pool: Sequence, own: Callable[[object], str]) -> object | None:
    """The one media in ``pool`` whose own words hold strictly more of the phrase naming ``named[0]``
    (a Mention found by file name) than every media named does; None when the name match stands."""
    if not named:
        return None
    phrase = naming_phrase(text, named[0].position)
    if phrase is None:
        return None
    start = text.rfind(phrase, 0, named[0].position + len(phrase))
    if start >= 0:
        phrase = _lead_in(text, start) + phrase + _with_tail(text, start + len(phrase))
    wanted = content_stems(phrase) | {stem(w) for w in negated(phrase)}
    if len(wanted) < 2:
        return None
    acts = _acts(phrase)
    counts = {a.id: len(wanted & (content_stems(own(a)) | (negated(own(a)) & negated(phrase)))) + _acts_in_other_words(acts, own(a))
              for a in pool}
    best = max(counts.values(), default=0)
    winners = [a for a in pool if counts[a.id] == best]
    if len(winners) != 1 or any(counts.get(m.asset.id, 0) >= best for m in named):
        return None
    return winners[0]

