"""Clauses around a request that are not requests: the scene set before it, the rest kept after it.

Why: people explain before they ask and fence the edit after it: "there's loads of dead air, trim the
gaps between sentences", "I keep stopping to think and it drags, shorten the silences", "just the um in
the tap sentence, leave everything else". Read as instructions of their own, the explanation or the
fence was not understood and the whole message failed, though the clause next to it said the edit in
full. Only clauses that can never be an edit are set aside: what there is, what the speaker keeps doing
(first person, no verb of editing), and "leave/keep the rest (alone)".
"""

from __future__ import annotations

import re

# "there's loads of dead air", "there are so many silences": what there is, nothing to do yet
_THERE_IS = re.compile(r"^(?:there(?:'s| is| are|'re|s)|i(?:'ve| have) got|we(?:'ve| have) got) ")
# "i keep stopping to check the pan", "i always pause to think", "i tend to ramble"
_I_KEEP = re.compile(r"^(?:(?:and|but|so|honestly|basically) )?i (?:keep|kept|always|tend to|often|sometimes|constantly)\b")
# What an editor is asked to do: such a clause is a request after all.
_EDIT_VERB = re.compile(r"\b(?:cut|trim|remove|delete|drop|lose|shorten|tighten|put|place|add|move|mute|fade|speed|slow|"
                        r"make|get rid|take out|split|crop|zoom)\b")
# "leave everything else", "keep the rest as it is", "don't touch anything else", "nothing else"
_KEEP_REST = re.compile(r"^(?:(?:and|but) )?(?:(?:leave|keep) (?:everything else|the rest|all the rest|all else|the others?|"
                        r"the other ones|everything else as it is)(?: (?:alone|as (?:it is|is)|untouched|the same|in))?"
                        r"|don'?t (?:touch|change|cut) (?:anything|any of the) (?:else|rest|others)|nothing else|only that|"
                        r"just that)$")


def sets_scene(clause: str) -> bool:
    """``clause`` only says what there is or what the speaker keeps doing: context for the next clause."""
    t = clause.strip(" .!?,").lower()
    if _THERE_IS.match(t) or _I_FLUBBED.match(t):
        return True
    return bool(_I_KEEP.match(t)) and not _EDIT_VERB.search(t)


# Round 21: "take out the four 'uh's only; the 'um's can stay": what may stay is kept, never a second removal (a verb
# carried over from the first clause had made it "cut the 'um's can stay", and the ums went too)
_STAYS = re.compile(r"^(?:(?:and|but|while|whereas) )?(?:(?:cut|remove|delete|lose|drop|take out|get rid of|trim) )?"
                    r"(?:the|those|these|all the|my|her|his|any)? ?[^,]{1,50}? (?:can|may|should|could|will|must|are to|is to|get to|"
                    r"need to|needs to) (?:stay|remain|be kept|be left|stay in|stay put)(?: in| there| where (?:they|it) (?:are|is)|"
                    r" as (?:they|it) (?:are|is))?(?: (?:though|tho|please|pls))?$")


def stays_said(clause: str) -> bool:
    """``clause`` says what may stay ("the ums can stay"): no edit of its own."""
    return bool(_STAYS.match(clause.strip(" .!?,").lower()))


def keeps_rest(clause: str) -> bool:
    """``clause`` only fences the edit before it ("leave everything else"): nothing of its own to do."""
    return bool(_KEEP_REST.match(clause.strip(" .!?,").lower()))


# "one um when i talk about X": a single hesitation counted, which is "the um" there (normalize spells "one" as 1)
_ONE_FILLER = re.compile(r"\b(?:1|one|a single|just 1|just one|only 1|only one) (?=(?:um+|uh+|erm?|ah+)\b(?! (?:and|or)\b))")


def one_filler(text: str) -> str | None:
    """``text`` with a single hesitation counted ("1 um when ...") said as "the um ...", or None.
    Counted, the number was read as a clip and "that one" in the next clause as that clip."""
    out = _ONE_FILLER.sub("the ", text)
    return out if out != text else None


# "i mess up the X line and redo it", "i fluffed the bit about Y": the speaker telling which take went wrong
_I_FLUBBED = re.compile(r"^(?:(?:and|but|so|basically|yeah) )?i (?:mess(?:ed)?|muck(?:ed)?|screw(?:ed)?|cock(?:ed)?) up\b"
                        r"|^(?:(?:and|but|so|basically|yeah) )?i (?:fluff|fluffed|fumble|fumbled|botch|botched|flub|flubbed|"
                        r"stumble|stumbled|trip|tripped|fudge|fudged|bungle|bungled)\b")
# "..., plus the botched bit before it": the abandoned take before the apology quoted
_AND_BEFORE_IT = re.compile(r"\b(?:plus|and|with|along with|including|as well as|also)\b[^,]*\b(?:bit|part|take|attempt|line|"
                            r"stuff|words?|sentence|go)s? (?:right |just )?(?:before|leading up to|ahead of) (?:it|that|this)\b")


def retake_with_its_apology(text: str) -> str | None:
    """"delete where I say sorry let me start again, plus the botched bit before it": the apology and
    the take it abandons, which is the false start ("cut the false start"); None otherwise."""
    from editor_app.model.words import SELF_CORRECTION

    if SELF_CORRECTION.search(text) and _AND_BEFORE_IT.search(text):
        return "cut the false start"
    return None


_REDO_TOLD = re.compile(r",? (?:and|then|and then) (?:i )?(?:redo|re-do|redid|repeat|repeated|retake|retook|do|did|say|said|try|tried|"
                        r"start|started) (?:it|that|this|the (?:line|bit|sentence|part|whole thing))(?: (?:again|over|properly|right))?"
                        r"(?= *,|$)")


def redo_told(text: str) -> str | None:
    """``text`` without "and redo it" in the speaker's story of a flubbed take ("I mess up the X line and
    redo it, remove the bad attempt"), or None. Left in, "redo it" read as the editor's redo command."""
    t = text.strip()
    if not _I_FLUBBED.match(t):
        return None
    out = _REDO_TOLD.sub("", t, count=1)
    return out if out != t else None
