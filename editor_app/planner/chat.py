"""Chat that is not an edit: thanks, praise and acknowledgements ("cool cool", "nice one, cheers").

Why: people answer an edit the way they answer a person. "cool" alone is praise, not a request
for a cooler colour; "perfect" is not a title. A message made only of such words gets a short
reply and no edit. Any other word (a verb, a clip, a number) means it is not small talk, so
"cool it down" and "make it cooler" still go to the intents.
"""

from __future__ import annotations

import re

# Words that praise or thank (at least one must be in the message: a bare "yes" or "ok" may answer a
# question the planner asked, so it is not taken as small talk).
_PRAISE = frozenset("""
cool nice great perfect thanks thank thx ty cheers ta lovely awesome brilliant sweet excellent amazing fantastic
superb wonderful fab fabulous magic legend spot ace neat good better best beautiful gorgeous wow yay love loving
nailed champion class
""".split())
# Words that may stand around them ("that's great, thanks so much", "looks good now, cheers mate").
_AROUND = frozenset("""
that that's thats this it it's its is was looks look looking sounds seems so very really much much more lot lots
a an the one 1 job work now you mate man buddy dude guys again indeed totally just quite pretty super all
on point done there we go got oh ah hmm mm and appreciated appreciate for i me my ok okay alright right sure yes stuff
yeah yep yup sound noted gotcha understood fine top
""".split())
# Words that mean the message is about something to change, whatever else it says.
_NOT_CHAT = re.compile(r"\b(?:but|too|less|more|not|no|can|could|make|cut|add|put|it's (?:too|not)|cool(?:er)? (?:it|down|the)|"
                       r"warm|cold|colou?r|tone|look(?:s)? (?:cool|warm)|c\d+)\b")


def small_talk(text: str) -> str | None:
    """A short reply when ``text`` (normalised, lower case) is only thanks, praise or an
    acknowledgement; None when it asks for anything."""
    t = text.strip(" .!?")
    if not t or _NOT_CHAT.search(t):
        return None
    words = [w for w in re.split(r"[\s,;:.!?]+", t) if w]
    if not words or len(words) > 8:
        return None
    if not all(w in _PRAISE or w in _AROUND for w in words):
        return None
    if not any(w in _PRAISE for w in words):
        return None
    if any(w.startswith("thank") or w in ("cheers", "ta", "thx", "ty", "appreciated", "appreciate") for w in words):
        return "You're welcome! Tell me the next change whenever you're ready. I didn't change anything."
    return "Glad it works. Tell me the next change whenever you're ready; I didn't change anything."


# Round 13: a greeting alone ("hi there!", "hey, morning", "hello again") is chat too. Read on the message
# before fillers are taken out ("hi" is one), so it never reaches the intents as a stray "there".
_GREETING = frozenset("hi hiya hey heya hello hallo howdy yo morning afternoon evening greetings".split())
_AROUND_GREETING = frozenset("there again all everyone everybody folks team good mate man buddy guys you oh um uh so well "
                             "how's hows are r u it going doing today".split())


def greeting(text: str) -> str | None:
    """A short reply when ``text`` (normalised, lower case, fillers still in) is only a greeting, else None."""
    words = [w for w in re.split(r"[\s,;:.!?]+", text.strip(" .!?")) if w]
    if not words or len(words) > 7 or not any(w in _GREETING for w in words):
        return None
    if not all(w in _GREETING or w in _AROUND_GREETING or w in _AROUND for w in words):
        return None
    return "Hi! Tell me what you'd like to change in the video, or ask me about it. I didn't change anything."
