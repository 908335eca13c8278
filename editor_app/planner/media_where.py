"""A media described by a where-clause, then the place: "the samsung clip where im prying the retaining clip up, over
'now you can see the retaining clip'", "the clip where the wheel is going round nice and straight, can it go where he
says hes buzzing" (round 23, lead).

Why: "where ..." right after a media noun says what the media shows; the place comes after the comma. Read as the
place, the where-clause hid the real place and left "the samsung clip", which two files fit, so the planner asked
which. Here it is said as what the media shows ("the samsung clip of prying the retaining clip up over ..."), which
the media readings match against descriptions.
"""

from __future__ import annotations

import re

_NOUN = r"(?:clip|shot|video|vid|footage|one|pic|photo|picture|image|recording|take|bit of footage)"
_WHERE_THEN_PLACE = re.compile(
    rf"^(?P<pre>(?:(?:can you|could you|please|pls|just|and) )*(?:(?:put|stick|place|pop|use|lay|drop|overlay) )?"
    rf"(?:the|that|my|our) (?:[a-z0-9_'-]+ ){{0,3}}{_NOUN})\s+(?:where|when|in which|that shows|showing)\s+"
    r"(?:(?:i'm|im|i am|he's|hes|he is|she's|shes|she is|you're|we're|it's|its|it is|the) )?(?P<desc>[^,\"]{4,80}?)(?:,\s*|\s+(?=over (?:the (?:bit|part|line|sentence|section|moment)|where|when)\b))"
    r"(?:(?:can|could|would) (?:it|you|that|we) (?:go|be|sit|put it|pop it|stick it) |(?:and )?(?:put|stick|pop) it |"
    r"(?:it )?(?:goes|should go) )?"
    r"(?P<place>(?:over|on top of|during|under|across|at|where|when|while|right|just|from)\b.+)$")


def media_where_place(text: str) -> str | None:
    """``text`` with the where-clause after a media noun said as what the media shows, when a place follows."""
    m = _WHERE_THEN_PLACE.match(text.strip())
    if m is None:
        return None
    pre = m.group("pre")
    verb = "" if re.match(r"(?:(?:can you|could you|please|pls|just|and) )*(?:put|stick|place|pop|use|lay|drop|overlay)\b", pre) \
        else "put "
    return f"{verb}{pre} of {m.group('desc')} {m.group('place')}"
