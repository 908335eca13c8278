"""A complaint said before a request is the reason for it, not a second edit (round 16).

"the beginning is a bit slow, can you start the video 5 seconds in", "the intro drags, cut the first 5
seconds": the first clause says what is wrong and the second says what to do about it. Planned on its
own, "the beginning is a bit slow" asked which clip should change speed, and the whole message was
answered with that question, so the request itself was lost.

Rule: a clause that complains about pace or length ("X is (a bit / too) slow", "X drags", "X goes on",
"X takes too long") followed by a request that changes length or pace (cut, trim, lose, skip, start,
end, speed up, tighten, ...) and points back at nothing ("it", "that", "them") is the reason for it:
it is skipped. Another complaint ("the title is too small, turn the music down") is a second edit and
is kept.
When the request says "it" ("the intro drags, speed it up"), the complaint says what "it" is and is
kept for the planner's usual reading.
"""

from __future__ import annotations

import re

_LEAD = re.compile(r"^(?:(?:ok(?:ay)?|so|right|well|hmm+|yeah|honestly|basically|i think|i feel like|tbh)[ ,]+)+")
# the complaint is about a part of the video said by its place, or the whole video: a clip named ("the DSC_0912 clip is
# too long, trim 3 seconds off") is what the request after it edits, and the planner's usual reading keeps it
_PLACE = (r"(?:(?:the|my|this|our)\s+(?:very\s+)?(?:intro|introduction|start|beginning|opening|ending|end|outro|middle|"
          r"video|whole thing|whole video|edit|vlog|first (?:part|bit|section|minute|few seconds)|last (?:part|bit|section|minute)|"
          r"bit at the (?:start|end|beginning))|it|it's|this|this one)")
_SAYS_HOW = re.compile(rf"^{_PLACE}(?:\s+(?:honestly|really|just|kind of|kinda|definitely))?\s*"
                       r"(?:(?:drags?|dragging|waffles?|goes on|takes (?:too|way too|a bit too) long)"
                       r"|(?:is\s+|'s\s+|(?<=\bit)s\s+|feels\s+|seems\s+)(?:a bit |a little |way |far |much |really |kind of |kinda |quite |pretty |rather |so )?"
                       r"(?:too )?(?:slow|long|boring|dull|draggy))\b")
_REMEDIES = frozenset("cut trim remove delete drop lose skip start begin end finish jump speed shorten tighten chop snip "
                      "get kill ditch scrap bin nix shave take".split())
_REQUEST = re.compile(r"^(?:(?:so |and |but |then )?(?:can|could|would|will) (?:you|we|u) |please |pls |let's |just |so |and )?"
                      r"(?P<verb>[a-z]+)\b")
_POINTS_BACK = re.compile(r"\b(?:it|that|this|them|those|these|there)\b")


def complaint_then_request(instruction: str, following: str) -> bool:
    """``instruction`` only complains about pace and ``following`` asks, on its own, for an edit that fixes pace."""
    said = _LEAD.sub("", instruction.strip())
    if not _SAYS_HOW.search(said) or re.search(r"\b(?:and|but) (?:can|could|please)\b", said):
        return False
    request = _REQUEST.match(following.strip())
    if request is None or request.group("verb") not in _REMEDIES:
        return False
    rest = following.strip()[request.end("verb"):]
    return not _POINTS_BACK.search(rest)


# Round 21: "tighten the VO for the ad, lose every um/uh": a bare "tighten/shorten <the whole talk>" followed by a
# removal of named things (fillers, pauses, words) says what the removal is for; planned as well, it had also cut
# every pause the speaker did not ask about.
_GOAL = re.compile(r"^(?:(?:can|could|would|will) (?:you|u) |please |pls |just |let's |lets )*"
                   r"(?:tighten|shorten|trim|tidy|clean|speed)(?: up)?(?: (?:the|my|her|his|this|our|that))?"
                   r"(?: (?:vo|voice ?over|voice|talk|talking|audio|video|vid|edit|whole thing|thing|it|this|everything|ad))?"
                   r"(?: up)?(?: (?:a bit|a little|a touch|some))?(?: for (?:the |an? |my |our )?[a-z]+(?: [a-z]+)?)?$")
_MEANS = re.compile(r"^(?:(?:can|could|would|will) (?:you|u) |please |pls |just |and |so )*"
                    r"(?:lose|cut|remove|drop|kill|ditch|delete|bin|scrap|get rid of|take out|strip)\b"
                    r".*\b(?:ums?|uhs?|umm+s?|uhh+s?|ers?|erms?|fillers?|filler words?|pauses?|gaps?|silences?|dead air|breaths?)\b")


def goal_then_means(instruction: str, following: str) -> bool:
    """``instruction`` only says "tighten the talk" and ``following`` says how (the fillers or pauses to remove)."""
    return bool(_GOAL.match(_LEAD.sub("", instruction.strip())) and _MEANS.match(following.strip()))


# Round 21: "Olu is a little loud; please reduce his voice by 2 dB": how loud someone or something is, said by name,
# before the level change that fixes it (planned alone, the complaint was not understood and the message failed).
_LEVEL_STATE = re.compile(r"^(?:[a-z]+|he|she|i|my voice|his voice|her voice|the (?:music|voice|talk|audio|sound|song))"
                          r"(?:'s|(?<=[a-z])s| is| sounds| seems| comes across| was)(?: (?:a little|a bit|a touch|too|way too|kind of|kinda|slightly|"
                          r"really|very|quite|so|far too))* (?:loud|quiet|soft|faint|boomy|loud in places|too loud|too quiet)$")
_LEVEL_FIX = re.compile(r"\b(?:db|decibels?|louder|quieter|softer|lower|raise|reduce|boost|turn|bring|drop|volume|level)\b")


def level_then_request(instruction: str, following: str) -> bool:
    """``instruction`` only says how loud someone is, and ``following`` changes a level."""
    return bool(_LEVEL_STATE.match(_LEAD.sub("", instruction.strip(" .!?"))) and _LEVEL_FIX.search(following)
                and not re.search(r"\b(?:it|that|this|them|those)\b", following))  # "..., bring it down": the complaint says "it"


# joined by "so", or by a comma the message was not split at ("the end is kind of slow, chop the last 3 seconds")
_SO = re.compile(r",? (?:so|and so|therefore|which is why) (?:i think |maybe |probably )?|, (?:and )?")


def request_after_reason(instruction: str) -> str | None:
    """ "the intro is too slow so cut the first 5 seconds" -> "cut the first 5 seconds" (one clause, joined by "so"
    or a comma)."""
    for m in _SO.finditer(instruction):
        before, after = instruction[:m.start()], instruction[m.end():]
        if complaint_then_request(before, after):
            return after
    return None


# Round 16: how the speaker comes across or what their sound does, said in the first person before a request that
# names its own target: "I'm clipping when I shout, lower my voice 3 dB", "I sound muffled, brighten up my voice".
# Planned alone, "I'm clipping when I shout" was not understood and the whole message with it.
_SPEAKER_STATE = re.compile(
    r"^(?:(?:ok(?:ay)?|so|hmm+|yeah|honestly|basically|tbh|ugh|lol)[ ,]+)*"
    r"(?:(?:i'm|im|i am) (?:(?:always|really|kinda|kind of|a bit|so|way|too|just|totally|basically) )*[a-z]+ing\b"
    r"|(?:i|my (?:voice|mic|audio|sound|talking|speech)) (?:always |really |kinda |just |still |totally )*"
    r"(?:keep|keeps|get|gets|go|goes|sound|sounds|peak|peaks|clip|clips|distort|distorts|blow|blows|crackle|crackles)\b"
    # round 19: whoever edits for the speaker: "she hesitates loads", "he's forever umming", "she rambles a bit"
    r"|(?:she|he|they)(?:'s| is| are|'re)? (?:(?:always|really|kinda|kind of|a bit|so|way|too|just|totally|forever|constantly) )*"
    r"(?:[a-z]+ing|hesitates?|stumbles?|rambles?|mumbles?|waffles?|stammers?|stutters?|pauses?|repeats?|sounds?|keeps?|umms?|ums?)\b"
    r"|i (?:(?:always|really|kinda|just|totally|constantly) )*(?:hesitate|stumble|ramble|mumble|waffle|stammer|stutter|pause)\b"
    # round 19: "I'm a bit loud in places", "she's too quiet at the start": how the voice comes across, then the fix
    r"|(?:i'm|im|i am|she's|he's|she is|he is|my voice is|my voice's) (?:(?:a bit|a little|way|far|really|too|so|kinda|kind of|quite) )*"
    r"(?:loud|quiet|soft|shouty|mumbly|muffled|boomy|harsh|tinny|distorted|clipping|peaky|echoey|echoy)\b)")
_WANTS = re.compile(r"^(?:i'm|im|i am) (?:going|wanting|hoping|thinking|trying|asking|wondering|looking)\b")


def speaker_reason(instruction: str, following: str) -> bool:
    """``instruction`` only says, in the first person, what the speaker's sound or manner does (no time, no request),
    and ``following`` asks on its own for an edit that names its target (no "it"/"that" to resolve)."""
    said = instruction.strip(" .!?")
    if not _SPEAKER_STATE.match(said) or _WANTS.match(said) or re.search(r"\d|\b(?:can|could|please|want|need|like)\b", said):
        return False
    request = _REQUEST.match(following.strip())
    if request is None:
        return False
    from editor_app.planner.vocab import VERBS

    rest = following.strip()[request.end("verb"):]
    return request.group("verb") in VERBS and not _POINTS_BACK.search(rest)
