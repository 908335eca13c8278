"""The sentence that lists what you need, named by its kind: "the ingredients", "the tools bit", "what you need".

Why (round 17, lead): people name the list of things a job needs by the category word ("start it from where I
list the ingredients", "cut the bit where I go through the supplies", "put the shopping screenshot over the
tools part"), and the talk says the items themselves ("you need a kilo of oranges, two lemons and sugar"). No
word is shared and a sentence encoder rates the pair low, so the planner asked which sentence or, worse, found
none. A description that is only such a category (with pointing words: list, go through, run through) means a
sentence that says what is needed and lists two things or more. One such sentence is the one meant; several ask.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from editor_app.planner.types import Unclear

# The category words: what a job needs, by the kinds of thing people call it.
_KIT = re.compile(r"\b(?:ingredients?|supplies|materials?|equipment|kit list|kit|tools?(?: list)?|gear|shopping list|"
                  r"parts list|bits and pieces|stuff you need|stuff i need|things you need|things i need|"
                  r"what (?:you|i|we) (?:need|needed|'ll need|will need|use|used)|everything (?:you|i) need)\b")
# What may stand around the category and still say nothing else: pointing verbs, nouns for a part, small words.
_FRAME = re.compile(r"\b(?:the|my|a|an|all|of|list|listing|lists|listed|go|going|goes|through|run|running|runs|rattle|"
                    r"rattling|off|over|talk|talking|about|mention|mentioning|say|saying|what|where|when|i|you|we|"
                    r"bit|part|section|line|sentence|bits|parts|moment|stuff|everything|explain|explaining|cover|covering|"
                    r"need|needed|use|used|'ll|will|for|this|it|job|recipe|project)\b")
# A sentence saying what is needed: "you need", "you'll need", "I used", "grab", "I got these ... online".
_NEEDS = re.compile(r"\b(?:you(?:'ll| will)? need|you're (?:gonna|going to) need|you want|we need|i needed|i used|i'm using|"
                    r"i use|grab|get yourself|i (?:got|bought|picked up)|the (?:kit|ingredients|tools|supplies|materials) (?:is|are))\b",
                    re.I)


def only_kit(description: str) -> bool:
    """``description`` names the list of what is needed and nothing else ("the ingredients", "what you need")."""
    said = description.lower().strip(" .,!?")
    if not _KIT.search(said):
        return False
    rest = _FRAME.sub(" ", _KIT.sub(" ", said))
    return not re.search(r"[a-z0-9]", rest)


def _lists(text: str) -> bool:
    """Says what is needed and names two things or more (a comma or "and" between them)."""
    found = _NEEDS.search(text)
    return found is not None and bool(re.search(r",| and ", text[found.end():]))


def kit_sentence(description: str, texts: Sequence[str]) -> int | None:
    """The index of the one sentence listing what is needed, when ``description`` names only that list; None when
    it does not, or no sentence lists needs (the caller reads the description as usual). Unclear when several do."""
    if not only_kit(description):
        return None
    found = [i for i, text in enumerate(texts) if _lists(text)]
    if len(found) > 1:
        quoted = "; ".join(f"\"{texts[i][:50]}\"" for i in found[:4])
        raise Unclear(f"More than one sentence lists what is needed: {quoted}. Which one? Quote a few of its words.")
    return found[0] if found else None
