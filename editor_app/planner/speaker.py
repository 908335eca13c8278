"""The speaker said as "me": "speed my talking up 10%", "slow me down a touch", "my narration at 1.2x".

Why: people call the talk clip by what it is to them (my talking, my narration, me), not by its
file name. Read as words for a media, "my talking" matched nothing ("which clip?") or matched a
B-roll file by a stray word ("up" in "close up"). A speed, volume or look request that names the
speaker this way is rewritten to "the talk", which the clip references resolve to the talk on the
main track. Placements ("over my talking about X") and cuts are left alone: there "my talking"
is a place in the talk, not the clip. Round 12b: whoever edits for the speaker names her or him in the
third person ("speed her up 10 percent", "his narration at 1.2x"): the same talk.
"""

from __future__ import annotations

import re

_MINE = re.compile(r"\b(?:(?:my|her|his) (?:(?:whole|entire) )?(?:talking|speaking|narration|talking head|talk|bit to camera|piece to camera|voiceover|voice-over)"
                   # round 16: "speed my part up 10%", "my whole talking bit 10% faster": the speaker's part is the talk
                   r"|(?:my|her|his) (?:(?:whole|entire) )?(?:(?:talking|speaking) )?(?:part|bit)s?"
                   r"|the (?:talking|speaking|narration|talking head|presenter|speaker)"
                   # "the whole talk", "all of my talking" (round 11): the talk clip, not a media named "whole"
                   r"|the (?:whole|entire) (?:talk|talking|narration|talking head|voiceover|voice-over)|all (?:of )?my (?:talking|narration))\b")
_ME = re.compile(r"\b(?P<verb>speed|slow|brighten|darken|warm|cool|sharpen|blur|zoom|take|drop|bring|knock|turn|lift|boost|make|"
                 r"raise|lower|push|pull|nudge|bump|pump|crank|quieten|dial)(?P<me> me| myself| her| him)\b")
# "warm the colour up on me", "the colour on my face": the speaker as the place an effect goes (round 10)
_ON_ME = re.compile(r"\bon (?:me|myself|my face|my skin)\b")
_ABOUT = re.compile(r"\b(?:speed|slow|faster|slower|quicker|\d+(?:\.\d+)?\s*x|%|percent|volume|louder|quieter|softer|db|"
                    r"mute|brighten|darken|brighter|darker|black and white|b&w|colou?r|blur|zoom|warm|cool)\b")
_PLACE = re.compile(r"\b(?:over|during|under|when|where|while|whenever|about|cut|remove|delete|trim)\b")


def rewrite(text: str) -> str | None:
    """``text`` with the speaker named as "the talk", or None when it does not speak of the speaker
    in a speed, volume or look request."""
    if not _ABOUT.search(text) or _PLACE.search(text):
        return None
    new = _MINE.sub("the talk", text)
    new = _ME.sub(lambda m: f"{m.group('verb')} the talk", new)
    new = _ON_ME.sub("on the talk", new)
    return new if new != text else None
