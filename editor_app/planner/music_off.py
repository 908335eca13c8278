"""The music off as a whole, said loosely: "turn the music off completely", "no music please", "I don't want any
music", "can we drop the music entirely".

"No music for the first 10 seconds" / "no music until 0:12" is the music starting there (intents/starts_at.py).

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


_LATE = re.compile(r"^(?:(?:please|can you|could you|just) )*(?:no|without|don't (?:want|have|start)(?: the| any)?|keep the|hold the|"
                   r"i (?:don't|do not|dont) want(?: the| any)?) (?:background )?music(?: out of| off| back)?"
                   r" (?:(?:(?:for|during|in|over) )?the first (?P<n>\d+(?:\.\d+)?) ?(?P<unit>s|secs?|seconds?|minutes?|mins?)|"
                   r"(?:until|till|til|before) (?P<t>\d+:\d\d(?:\.\d+)?|\d+(?:\.\d+)? ?(?:s|secs?|seconds?)))(?: please)?[.!]*$")


def music_off(text: str) -> str | None:
    """"mute the music" when ``text`` asks for no music at all, "make the music start at N s" when it asks for none
    at the start ("no music for the first 10 seconds", "no music until 0:12"), else None (see the module)."""
    if _OFF.match(text.strip()):
        return "mute the music"
    late = _LATE.match(text.strip())
    if late is None:
        return None
    if late.group("n"):
        seconds = float(late.group("n")) * (60 if late.group("unit").startswith("m") else 1)
        return f"make the music start at {seconds:g} seconds"
    return f"make the music start at {late.group('t')}"
