"""The music off as a whole, said loosely: "turn the music off completely", "no music please", "I don't want any
music", "can we drop the music entirely".

Why: "no music please" lost its "no" to the filler-stripping ("no, the other one") and read as "music"; "drop the
music entirely" read as a placement ("drop X in"). Each is rewritten to "mute the music" before anything else reads
it: muting loses nothing (the clip stays, "unmute the music" brings it back), where removing it would.
"""

from __future__ import annotations

import re

_OFF = re.compile(
    r"^(?:(?:can|could) (?:we|you) |please |just |ok |okay )*(?:turn|switch|drop|lose|kill|cut|get rid of) (?:the |all the |that )?"
    r"(?:background )?(?:music|soundtrack) (?:off )?(?:completely|entirely|altogether|for good|totally)(?: please)?[?.!]*$"
    r"|^(?:no|zero|without(?: any)?) (?:background )?music(?: (?:please|at all|thanks|in it|on it|anywhere))*[.!]*$"
    r"|^i (?:don't|do not|dont) (?:want|need) (?:any )?(?:background )?music(?: (?:at all|in it|on it|in this))*[.!]*$")


def music_off(text: str) -> str | None:
    """"mute the music" when ``text`` asks for no music at all (see the module), else None."""
    return "mute the music" if _OFF.match(text.strip()) else None
