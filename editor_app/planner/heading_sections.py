"""A section of the talk named by the heading the speaker says out loud: "the laces section", "the mites bit".

Why (round 17, lead): how-to talks are spoken in sections, each opened by a short heading ("Right, laces.",
"Next, the uppers.", "Okay, midsoles.", "Next are the mouse guards."). People name a section by its heading
("i want the laces section gone", "speed up the midsoles part"), meaning everything from the heading to the
next one. Read as a sentence description it found only the heading ("Right, laces.") or, worse, a file named
"laces soaking in a jug" (a B-roll placement). Here a part named by the words of exactly one heading, in a talk
with two headings or more, is rewritten as the time range from that heading to the next one ("from 0:29.57 to
0:52.1"), which the range intents read (cut, B-roll over it, speed). The last heading's section is not guessed (the
sign-off is no part of it), and "from the X part onwards" is one edge of a range, left to the range intents.
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.planner.intents import clock
from editor_app.planner.meaning import stem

# A heading: a discourse marker, then a short noun phrase said as a clause of its own ("Right, laces.", "Next, the
# uppers.", "Next are the mouse guards.", "Now, the mites, which is ...", "Now the big one, the yellow soles.").
_MARKERS = re.compile(r"^(?:(?:right|okay|ok|alright|all right|so|now|next|first|firstly|then|and|finally|lastly|last|yeah|um|uh|"
                      r"last thing|step \w+|part \w+|on to|onto|moving on to|time for)[,:!]?\s+)+"
                      r"(?:(?:up|on|is|are|comes?|it's|we have|we've got|up next|next up)\s+)?")
_NOT_A_NAME = frozenset("is are was were be i you it we he she they that's it's there's this these those which who "
                        "if when because but so".split())
_PART = re.compile(r"\b(?P<np>(?:the|that|this|my|whole|entire)\s+(?:(?:whole|entire)\s+)?(?P<x>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}?)"
                   r"\s+(?:section|part|bit|stage|step|segment|chapter|portion))\b(?!\s+(?:where|when|about|on|in which|that)\b)")
_SMALL = frozenset("the a an my our of and to".split())


def _headings(spans: list[Any]) -> list[tuple[int, set[str]]]:
    """(index, topic stems) of each sentence that opens with a spoken heading: a marker, then a short noun phrase
    as its own clause (up to a comma or the sentence's end), with no verb or pronoun in it."""
    out = []
    for i, span in enumerate(spans):
        text = span.text.lower().strip()
        marker = _MARKERS.match(text)
        if marker is None or not marker.group(0).strip():
            continue
        rest = text[marker.end():]
        clauses = [c.strip(" .!?:") for c in re.split(r"[,.;!?:]", rest) if c.strip(" .!?:")]
        words = re.findall(r"[a-z']+", " ".join(clauses[:2]) if len(clauses) > 1 and len(text.split()) <= 8
                           else (clauses[0] if clauses else ""))
        if not words or len(words) > 6 or _NOT_A_NAME & set(words):
            continue
        topic = {stem(w) for w in words if w not in _SMALL}
        if topic and (len(clauses) == 1 or len(text.split()) <= 8 or len(clauses[0].split()) <= 3):
            out.append((i, topic))
    return out


def section_ranges(text: str, project: Any) -> str | None:
    """``text`` with "the X section" (X the words of one spoken heading) as "from A to B"; None when no part
    names a heading."""
    found = _PART.search(text)
    if found is None or project is None:
        return None
    if re.search(r"\b(?:from|after|before|until|till|up to|to|through|past|since|between|and|starting (?:at|from|with))\s+$",
                 text[:found.start()]) or re.match(r"\s*(?:onwards?|on\b|to the end|till the end|until the end|through to|"
                                                   r"and everything after|and after)", text[found.end():]):
        return None  # "everything from the milk part onwards": one edge of a range, read by the range intents as before
    from editor_app.planner.said_in import spoken_sentences
    from editor_app.planner.types import Ctx

    _, spans = spoken_sentences(Ctx(text, project, [], None, None, [], None, None))  # ([], []) with no transcript
    heads = _headings(spans)
    if len(heads) < 2:
        return None
    wanted = {stem(w) for w in re.findall(r"[a-z']+", found.group("x")) if w not in _SMALL}
    hits = [k for k, (_, words) in enumerate(heads) if wanted and wanted <= words]
    exact = [k for k in hits if heads[k][1] == wanted]  # "the laces section": "Right, laces." over "laces back in"
    hits = exact if len(exact) == 1 else hits
    if len(hits) != 1:
        return None
    k = hits[0]
    start = spans[heads[k][0]].start
    if k + 1 >= len(heads):
        return None  # the last section: where it ends is not said, so it is not guessed
    end = spans[heads[k + 1][0]].start
    if end - start > 0.25 * (spans[-1].end - spans[0].start):
        return None  # a "section" of over a quarter of the talk: the headings may not mark every part, so nothing is guessed
    return f"{text[:found.start()]}from {clock(start)} to {clock(end)}{text[found.end():]}"
