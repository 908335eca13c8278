"""A complaint said after the edit that fixes it: "speed me up by 10 percent, I talk slow",
"the lube clip twice as fast, it's dragging", "brighten c4, it's too dark".

Why: people give the edit first and then say why. Read as an instruction of its own, the second
clause was either a request with no clip ("I talk slow": "which clip should change speed?", and the
whole message failed) or a complaint rewritten into its own fix, so the fix was made twice (2x and
then 1.25x more). A clause after an edit in the same message that only states what is wrong, about
"it" or the speaker (no other clip, track or time named), in the terms of the kind of change just
planned (pace for a speed change, loudness for a level, the picture for an effect), is the reason
for that edit and adds nothing. A complaint about another thing ("..., the music is too loud") or
of another kind ("speed it up, it's too dark") is still planned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Who the statement is about: the thing just edited ("it", "this") or the speaker ("I", "my voice"; round 12b:
# "she", "his voice", as whoever edits for the speaker says it).
_SUBJECT = (r"(?:(?:cos|cause|because|coz|cuz|since|as) )?(?:(?:it|this|that|this clip|that clip|this one|that one|they|these|those|"
            r"(?:the|my|this|our) (?:intro|introduction|start|beginning|opening|ending|end|outro|middle|video|vid|edit|whole thing))"
            r"(?:'s| is| are|'re| was| were| looks?| seems?| feels?| sounds?| plays?| runs?| goes| comes across)?"
            r"|(?:i|she|he)(?:'m| am|'s| is| was)?(?: (?:talk|speak|sound|look|seem|come across|go|read|ramble|drone|waffle)s?)?"
            r"|(?:my|her|his) (?:voice|talking|speech|delivery|face|skin|pace|pacing)(?:'s| is| sounds?| looks?| seems?)?)")
_HOW = (r"(?: (?:way|far|much|a bit|a little|a touch|a tad|really|so|very|kind of|kinda|quite|rather|pretty|too|super|"
        r"slightly|still|just|properly|painfully|awfully|seriously|on and on|on|forever|at the moment|right now|now))*")
# What the statement says, by the kind of change that answers it.
_KIND_WORDS: dict[str, str] = {
    "set_speed": r"slow|slowly|sluggish|draggy|dragging|drags?|drag on|plodding|boring|long-winded|too long|fast|quick|quickly|"
                 r"rushed|hurried|frantic|speedy|drone on|ramble|ramble on|waffle|waffle on|go on|goes on|drags on|plods",
    "set_volume": r"loud|quiet|quietly|soft|softly|faint|hard to hear|too low|too high|booming|deafening|overpowering|drowned out",
    "normalize_loudness": r"loud|quiet|uneven|all over the place|up and down",
    "duck_music": r"loud|too loud|drowning me out|drowning me|burying me|over me|overpowering",
    # round 21: "begin the video at 'X'; the introduction is too long": how long a part is, after the cut that shortens it
    **{tool: r"too long|long|way too long|drags?|dragging|draggy|boring|slow|rambling|waffly|goes on|takes forever|too slow"
       for tool in ("cut_range", "cut_words", "trim_clip", "remove_silences", "shorten_pauses", "remove_fillers", "remove_retakes")},
    "add_effect": r"dark|dim|murky|gloomy|bright|washed out|faded|flat|dull|grey|gray|blue|green|orange|yellow|pale|cold|"
                  r"warm|red|pink|harsh|blurry|soft|underexposed|overexposed",
}


def says_why(clause: str, planned_tools: Sequence[str]) -> bool:
    """True when ``clause`` only states what is wrong with the thing the edit just planned (its
    tools ``planned_tools``) or with the speaker, in that edit's own terms: the reason, not an edit."""
    text = clause.strip().strip(" .!?").lower()
    text = re.sub(r"^(?:and|but|so|as|yeah|honestly|tbh)[ ,]+", "", text)
    text = re.sub(r"(?:[ ,]+(?:lol|lmao|haha+|hah|xd|:\)|tbh))+$", "", text)  # round 16: "i talk so slow lol"
    if not text or re.search(r"\d|\b(?:and|then|also|please|can you|could you)\b", text):
        return False  # a time, an amount or a request of its own
    for tool in dict.fromkeys(planned_tools):
        words = _KIND_WORDS.get(tool)
        if words and re.fullmatch(rf"{_SUBJECT}{_HOW} (?:{words})(?: (?:a bit|a little|a lot|too much|to me|for me|here|now|in this|in it|tbh|honestly))*", text):
            return True
    return False
