"""The person talking named by name or by what they are to the typist: "turn mick down 2 dB he's shouting", "can dad talk
10% faster", "make aunty louder" (round 24, lead).

Why: the talk clip was found only as "me", "my voice", "the voice" or "the talk"; people who edit someone else's video
call the speaker by name or by family word, and the planner asked "Whose volume?" or "Which clip?". The speaker's name
is read from how the talk introduces them ("I'm Mick", "my name's Sade", "Rhiannon here"); a family word counts only
when the talk never uses it for someone else ("my dad taught me" makes "dad" another person). Used as a rescue reading
(planner/rescue.py): only a message not understood is read again, and only a level or speed request is rewritten, so
"cut where dad says X" is never touched.
"""

from __future__ import annotations

import re
from typing import Any

_KIN = ("dad", "daddy", "mum", "mom", "mam", "mummy", "mommy", "nan", "nana", "nanna", "gran", "granny", "grandma", "grandad",
        "granddad", "grandpa", "aunty", "auntie", "aunt", "uncle", "pops", "papa", "hubby", "the wife", "the hubby",
        "the speaker", "the presenter", "the host", "the narrator", "the guy talking", "the lady talking")
_INTRO = re.compile(r"\b(?:(?i:i'm|i am|im|my name's|my name is|it's|this is))\s+([A-Z][a-z]{2,})\b|\b([A-Z][a-z]{2,}) here\b")
_NOT_NAMES = frozenset({"Just", "Going", "Gonna", "Doing", "Here", "Back", "Not", "So", "Really", "Sure", "Now", "The", "This",
                        "Today", "Back", "Still", "Only", "Trying", "Making", "About", "Getting", "Sorry", "Welcome"})
# a level or speed request: the only requests rewritten
_LEVEL_OR_SPEED = re.compile(r"\b(?:\d+(?:\.\d+)?\s*(?:db|%|percent|x)|louder|quieter|softer|loud|quiet|volume|faster|slower|"
                             r"speed(?: up)?|slow(?: down)?|turn|bring|boost|lower|raise|drop)\b")
_SAYS = re.compile(r"\b(?:where|when|while|as|after|before) (?:\w+ ){0,2}(?:says?|said|talks?|talking|mentions?|explains?)\b")


def speaker_words(project: Any) -> list[str]:
    """Lower-case words that name the person talking: their name from the talk's introduction, and family words the
    talk never gives to someone else."""
    from editor_app.model.word_cuts import timeline_words

    placed = timeline_words(project)
    if not placed:
        return []
    text = " ".join(p.text for p in placed)
    opening = " ".join(p.text for p in placed[:60])
    names = [a or b for a, b in _INTRO.findall(opening)]
    found = [n.lower() for n in names if n not in _NOT_NAMES][:1]
    low = text.lower()
    for kin in _KIN:
        bare = kin.split()[-1]
        if not re.search(rf"\b(?:my|our|your|his|her|their|me) {bare}\b|\b{bare} (?:said|says|told|taught|showed|used)\b", low):
            found.append(kin)
    return found


def speaker_as_voice(text: str, project: Any) -> str | None:
    """``text`` with the speaker named by name or family word read as "the voice", or None."""
    if project is None or not _LEVEL_OR_SPEED.search(text) or _SAYS.search(text):
        return None
    words = speaker_words(project)
    if not words:
        return None
    names = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    said = re.compile(rf"\b(?:{names})(?:'s voice|s voice|'s)?\b(?!'s? (?:clip|video|photo|pic|shot|footage|story|bit|part|line))")
    again = said.sub("the talk", text, count=1)
    if again == text:
        return None
    # "can the talk talk 10% faster": the request's verb, as the readings say it
    again = re.sub(r"\b(?:can|could|make) the talk (?:talk|speak|go|be)\b", "make the talk", again)
    return again
