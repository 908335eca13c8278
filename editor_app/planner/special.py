"""Undo, redo, help: handled by the orchestrator itself, so the planner only names them."""

from __future__ import annotations

import re

_UNDO = re.compile(
    r"^(undo|revert|reverse|roll back|rollback|take (that|it) back|(?:scratch|scrap|ditch|bin|cancel) that|never ?mind|"
    r"(?:(?:can|could|shall) (?:we|you|u) )?(?:go|change it|switch it) back|oops|"
    # round 23: "hmm actually I preferred it before, can we go back?": the last change taken back
    r"(?:(?:hmm+|actually|ah|oh|no)[, ]+)*i (?:preferred|liked|prefer) it (?:better |more )?(?:before|as it was|the way it was)"
    r"(?:[,.]? (?:(?:can|could|shall) (?:we|you|u) )?(?:go|change it|put it|switch it) back)?)"
    r"( (it|that|this|please|the (last|previous) (change|edit|step|thing|action|one)|my last (change|edit)|"
    r"what you (just )?did|last (change|edit|step)|the change|that change|that edit|that last (change|edit)|"
    # "undo the speed change", "revert that colour edit": the last change, named by its kind
    r"(the|that|my) (last )?[a-z&-]+(?: [a-z&-]+)? (change|edit|adjustment)))?$"
)
_REDO = re.compile(r"^(redo|re-do|do (that|it) again|undo (the|that|my) undo|put (it|that) back)( (it|that|the last (change|edit)|"
                   r"both|them|those|these|them both|both of (them|those)|(those|these|the|the last) (two|three|2|3)))?$")
_HELP = re.compile(r"^(help|\?|what can you do|what can i (say|ask|do)|commands|how does this work|show (me )?(the )?commands|examples)\b")


def special_command(text: str) -> str | None:
    """'undo', 'redo' or 'help' when the whole instruction is one of them."""
    text = text.strip(" .!?")
    if _UNDO.match(text):
        return "undo"
    if _REDO.match(text):
        return "redo"
    if _HELP.match(text):
        return "help"
    return None


def suggestions(media_names: list[str]) -> list[str]:
    """Phrasings the planner understands, using this project's B-roll names when it has any."""
    broll = media_names[0] if media_names else "beach"
    return [
        f"put the {broll} B-roll over the part where I talk about it",
        "remove the silences",
        "cut the first 3 seconds",
        "duck the music under the speech",
        "fade out the music at the end",
        "make the first clip black and white",
        'add a title "Summer 2024" at the start for 3 seconds',
        "speed c1 up 2x",
        "normalize the voice to -16 LUFS",
        "undo the last change",
    ]
