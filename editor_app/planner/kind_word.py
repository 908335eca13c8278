""""The photo" said on its own in a placement, when the bin holds several stills: ask which, never pick one.

Why: people name a file by what it is ("put the photo in at 0:20", "add a pic at 0:05") when they
think of one. With several stills that request was not understood, or worse, "the picture" was read
as the talk's picture and the talk was moved. When a kind word (photo, picture, pic, still, image,
snap) comes straight after "the/a/that/this/my" with no name word before it and no description after
it ("the photo of the roots" says which), and the project holds more than one still, the request
asks "Which photo do you mean: A, B or C?"; the answer ("the second", "the dog one") completes it
(planner/pending.py). One still: the words are left to the ordinary intents.
"""

from __future__ import annotations

import re

from editor_app.model.project import Project
from editor_app.planner.types import Unclear

_PLACING = re.compile(r"^(?:(?:can|could|would) you |please |just |now |then |and |ok,? |okay,? )*"
                      r"(?:put|add|stick|pop|drop|insert|place|use|bring in|chuck|throw|slot|slap|shove)\b")
_SAID = re.compile(r"\b(?:the|a|that|this|my|one|an)\s+(?P<kind>photo|picture|pic|still|image|snap|photograph)\b"
                   r"(?!\s+(?:of|from|where|when|with|that|which|showing|in which|i took)\b)"
                   # lead, round 16: "the snap sfx", "the snap sound": another kind noun after it is the head
                   r"(?!\s+(?:sfx|sound|sounds|effect|noise|clip|video|footage|shot|recording|audio|wav|mp3|song)\b)")


def ask_which_still(text: str, project: Project) -> None:
    """Raise Unclear when a placement says "the photo" on its own and several stills are in the project."""
    if not _PLACING.match(text):
        return
    parts = re.split(r'"[^"]*"', text)  # quoted words are a title's, not a media
    said = next((m for part in parts if (m := _SAID.search(part))), None)
    if said is None:
        return
    stills = [a for a in project.media.values() if a.kind == "image"]
    if len(stills) > 1:
        names = ", ".join(a.name for a in stills[:-1]) + f" or {stills[-1].name}"
        raise Unclear(f"Which {said.group('kind')} do you mean: {names}?", [f"the {a.name} one" for a in stills])
