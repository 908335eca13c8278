"""A picture named by what I do in it ("the clip of me flying it") that no media shows: ask, never another file.

Why: "add the clip of me playing a song at the end" had no such clip, yet the words were matched loosely (the
talk's subject, which many file names and descriptions hold, or a related word) and the music, a sound or a still
was placed. The action said ("playing", "flying", "sawing") is what tells the clip; when no media's own words
(name, description, tags) hold that action, the request names nothing in the project, so it asks.
"""

from __future__ import annotations

import re

from editor_app.model.project import Project
from editor_app.planner.types import Unclear

_PICTURE = r"(?:clips?|videos?|vids?|shots?|footage|photos?|pics?|pictures?|images?|stills?|b-?roll|recordings?|gopro|footage)"
_DOING = re.compile(rf"\b(?P<noun>{_PICTURE}) (?:of|where|with|showing) (?:me|us|my \w+|him|her|them) (?:(?:just|actually|finally|then) )?"
                    r"(?P<verb>[a-z]{3,}ing)\b")
# what the talk itself shows me doing: "the clip of me talking" is the talk, read elsewhere
_SPEAKING = frozenset({"talking", "speaking", "saying", "explaining", "chatting", "rambling", "waffling", "introducing",
                       "presenting", "describing", "telling", "mentioning", "being"})


def _root(word: str) -> str:
    """'cutting' -> 'cut', 'sawing' -> 'saw', 'winding' -> 'wind', 'taping' -> 'tap' (crude, both sides alike)."""
    word = word.lower()
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
        if len(word) > 2 and word[-1] == word[-2]:
            word = word[:-1]
    elif word.endswith("es") and len(word) > 4:
        word = word[:-2]
    elif word.endswith(("s", "e")) and len(word) > 3:
        word = word[:-1]
    return word


def _holds(words: str, verb: str) -> bool:
    """Whether ``words`` say the action: its root, or its a- adjective (round 16: "sleeping" is said "asleep",
    "floating" "afloat", "waking" "awake")."""
    root = _root(verb)
    said = re.findall(r"[a-z]+", words.lower())
    if any(_root(w) == root or _root(w).startswith(root) and len(root) >= 4
           or w.startswith("a") and len(w) > 4 and _root(w[1:]) == root for w in said):
        return True
    # round 16 (lead): the action in other words, both said as acts: "me cutting the strings" for a clip described
    # "snipping the old strings"
    from editor_app.planner.word_kin import kin

    return any(w.endswith("ing") and len(w) > 5 and kin(verb, w) for w in said)


def ask_unshown_action(text: str, project: Project) -> None:
    """Unclear when ``text`` names a picture by an action ("the video of me gluing the handle") that no media's
    own words hold; nothing when some media holds it or no action is said."""
    from editor_app.planner.media_refs import own_words

    for match in _DOING.finditer(text):
        verb = match.group("verb")
        if verb in _SPEAKING:
            continue
        if any(_holds(own_words(a), verb) for a in project.media.values()):
            continue
        have = ", ".join(sorted(a.name for a in project.media.values() if a.kind != "audio")) or "none"
        noun = match.group("noun").rstrip("s")
        who = re.search(r"(?:of|where|with|showing) (me|us|my \w+|him|her|them)\b", match.group(0))
        who = {"me": "you", "us": "you"}.get(who.group(1), who.group(1)) if who else "you"
        raise Unclear(f"I can't find a {noun} of {who} {verb} in this project (pictures: {have}). Which one do you mean?")
