"""The speaker named in the third person, as whoever edits for them types it: "where gran says 'X'", "when she
starts saying 'Y'", "the bit where Dev talks about Z" read as "where I say ..." (round 19, lead).

Why: many readings of a place in the talk were written for the speaker's own words ("where I say", "when I talk
about"); a grandson, partner or editor typing for them says "she", "he", "gran" or a name, and the place was not read
(a quoted line even became a TITLE at 0:00). The words are rewritten outside quotes only, and only before a verb of
speaking, so "where the music starts" or a name in a file is never touched.
"""

from __future__ import annotations

import re
from typing import Any

_WHO = (r"(?:she|he|they|gran|granny|grandma|grandad|grandpa|nan|nana|nanna|nanny|mum|mom|dad|daddy|mummy|mommy|papa|mama|"
        r"grandma|grandmother|grandfather|the speaker|the presenter|"
        r"the host|our host|[a-z]+(?= (?:says|starts saying|starts to say|talks about|mentions|explains)\b))")
_VERBS = {"says": "say", "said": "said", "starts saying": "start saying", "starts to say": "start to say",
          "begins saying": "begin saying", "begins to say": "begin to say", "talks about": "talk about",
          "talked about": "talked about", "mentions": "mention", "mentioned": "mentioned", "explains": "explain",
          "explained": "explained", "starts": "start", "begins": "begin"}
_SAID = re.compile(rf"\b(?P<lead>where|when|as|once|while|after|before|till|until|the moment|as soon as|right when|just as|bit where|part where)"
                   rf" (?P<who>{_WHO})(?:'s)? (?P<verb>{'|'.join(sorted(_VERBS, key=len, reverse=True))})\b(?=\s*(?:\"|[a-z]|$))")
_NOT_WHO = frozenset("it music song video clip track picture camera shot this that which what who everything everyone "
                     "nobody somebody someone".split())


_ROLES = re.compile(r"^(?:she|he|they|gran|granny|grandma|grandad|grandpa|nan|nana|nanna|nanny|mum|mom|dad|daddy|mummy|mommy|"
                    r"papa|mama|grandmother|grandfather|the speaker|the presenter|the host|our host)$")
# round 22: how a speaker names themself in the talk ("I'm Olu", "it's Jayden", "my name's Dev")
_INTRODUCED = re.compile(r"\b(?:i'm|im|i am|it's|its|my name's|my name is|this is|call me)\s+([a-z]+)\b")


def _speaker_names(project: Any) -> set[str]:
    """Names the speaker gives themself in the talk, and the words of the project's own name."""
    from editor_app.model.word_cuts import timeline_words

    talk = " ".join(w.text for w in timeline_words(project)).lower()
    names = set(_INTRODUCED.findall(talk))
    names |= set(re.findall(r"[a-z]+", (getattr(project, "name", "") or "").lower()))
    return names


def _someone_else(who: str, project: Any) -> str | None:
    """Why a name before "says"/"explains" is not the speaker, or None when it is (or cannot be told). Round 22:
    "cut where callum explains the belay" had been read as the speaker explaining it, and cut that sentence; Callum
    speaks nowhere in the project (an editor's colleague): ask, never cut another person's line by guess."""
    if project is None or _ROLES.match(who) or who in _NOT_WHO:
        return None
    from editor_app.model.word_cuts import timeline_words

    if who in _speaker_names(project):
        return None
    said = {w.text.strip(",.!?;:").lower(): w.text.strip(",.!?;:") for w in timeline_words(project)}
    if who in said and said[who][:1].isupper():
        return (f"{said[who]} is talked about in the video but is not the one speaking, so I can't tell which part you "
                f"mean. Say \"where I talk about {said[who]}\", quote the words, or give the times.")
    if who in said:
        return None  # a word of the talk, not a name ("where everyone says ...")
    from editor_app.planner.text import _english

    if _english(who):
        return None
    return (f"I don't know who {who.capitalize()} is: nobody of that name speaks or is mentioned in this video, so I "
            f"haven't cut anything. Quote the words you mean, or give the times.")


def as_first_person(text: str, project: Any = None) -> str | None:
    """``text`` with "where she says" / "when gran starts saying" as "where i say" / "when i start saying" (outside
    quotes); None when nothing changed. A name that is not the speaker's asks (Unclear)."""
    from editor_app.planner.types import Unclear

    parts = re.split(r"(\"[^\"]*\")", text)

    def first(m: re.Match) -> str:
        if m.group("who") in _NOT_WHO:
            return m.group(0)
        other = _someone_else(m.group("who"), project)
        if other is not None:
            raise Unclear(other)
        return f"{m.group('lead')} i {_VERBS[m.group('verb')]}"

    out = "".join(p if p.startswith('"') else _SAID.sub(first, p) for p in parts)
    return out if out != text else None
