"""A placing verb split from its particle: "get the cat clip in where I talk about the vet", "slip the photo in
at 0:40", "work the close-up in over the bit about X".

Why: English puts a short object between a phrasal verb and its particle ("get it in", "fit the clip in"). "get",
"work", "fit", "slip" and "squeeze" place nothing on their own, and the particle before a place ("in where ...")
hid the verb's sense, so the request was not understood. A verb then a naming phrase then "in" and a place is a
placement: it is read as "put <the phrase> <the place>". "take X out" (removing) is read elsewhere.
"""

from __future__ import annotations

import re

# Verbs that, with "in" after their object, mean putting it into the video.
_VERBS = r"get|gets|bung|slip|squeeze|work|fit|stick|pop|throw|chuck|slot|sneak|drop|put|bring|cut|edit|splice|whack|shove"
_SPLIT_IN = re.compile(rf"^(?:{_VERBS}) ((?:the|my|that|this|those|these|our|a|an|some) [^,;:]{{1,60}}?) in"
                       r" (?=(?:where|when|while|whenever|over|at|during|for|as|around|near|before|after|right|just|on|"
                       r"somewhere|once|from|under|beneath|behind|between|throughout)\b)")


def placing_in(text: str) -> str:
    """``text`` with "VERB <object> in <place>" said as "put <object> <place>"; other text unchanged."""
    return _SPLIT_IN.sub(lambda m: f"put {m.group(1)} ", text, count=1)
