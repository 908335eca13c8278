"""The speaker named in the third person, as whoever edits for them types it: "where gran says 'X'", "when she
starts saying 'Y'", "the bit where Dev talks about Z" read as "where I say ..." (round 19, lead).

Why: many readings of a place in the talk were written for the speaker's own words ("where I say", "when I talk
about"); a grandson, partner or editor typing for them says "she", "he", "gran" or a name, and the place was not read
(a quoted line even became a TITLE at 0:00). The words are rewritten outside quotes only, and only before a verb of
speaking, so "where the music starts" or a name in a file is never touched.
"""

from __future__ import annotations

import re

_WHO = (r"(?:she|he|they|gran|granny|grandma|grandad|grandpa|nan|nana|nanna|nanny|mum|mom|dad|the speaker|the presenter|"
        r"the host|our host|[a-z]+(?= (?:says|starts saying|starts to say|talks about|mentions|explains)\b))")
_VERBS = {"says": "say", "said": "said", "starts saying": "start saying", "starts to say": "start to say",
          "begins saying": "begin saying", "begins to say": "begin to say", "talks about": "talk about",
          "talked about": "talked about", "mentions": "mention", "mentioned": "mentioned", "explains": "explain",
          "explained": "explained", "starts": "start", "begins": "begin"}
_SAID = re.compile(rf"\b(?P<lead>where|when|as|once|while|after|before|till|until|the moment|as soon as|right when|just as|bit where|part where)"
                   rf" (?P<who>{_WHO})(?:'s)? (?P<verb>{'|'.join(sorted(_VERBS, key=len, reverse=True))})\b(?=\s*(?:\"|[a-z]|$))")
_NOT_WHO = frozenset("it music song video clip track picture camera shot this that which what who everything everyone "
                     "nobody somebody someone".split())


def as_first_person(text: str) -> str | None:
    """``text`` with "where she says" / "when gran starts saying" as "where i say" / "when i start saying" (outside
    quotes); None when nothing changed."""
    parts = re.split(r"(\"[^\"]*\")", text)

    def first(m: re.Match) -> str:
        if m.group("who") in _NOT_WHO:
            return m.group(0)
        return f"{m.group('lead')} i {_VERBS[m.group('verb')]}"

    out = "".join(p if p.startswith('"') else _SAID.sub(first, p) for p in parts)
    return out if out != text else None
