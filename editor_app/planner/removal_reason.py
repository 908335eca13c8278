"""A removal, then why: "take out 'if nothing else', it sounds unkind about him", "take out the bit about Agnes,
she'd be mortified", "remove 'do not be like Bogdan', he will see this" (round 19, lead).

Why: read as an instruction of its own, the reason ("it sounds unkind", "she'd be mortified") was a complaint
about "it" with no clip ("which clip do you mean?") or was glued to the description of what to cut ("the bit about
'Agnes, she'd be mortified'" matched two sentences), and the whole message failed. A clause after a removal that
only says how someone would feel or how it comes across (a pronoun or a name, then a state; no edit verb, no
quote, no time, nothing that says where) is the reason and is dropped.
"""

from __future__ import annotations

import re

_REMOVAL = re.compile(r"^(?:(?:pls|please|kindly|can you|could you|would you|can we|could we|shall we|let's|just|ok|okay|so|maybe)\s+)*(?:cut|remove|delete|take out|take|get rid of|get(?=\s.*\bout$)|lose|"
                      r"drop|kill|bin|ditch|chop|scrap|axe|trim|snip|strip)\b")
_WHY = re.compile(r"^(?:(?:cos|cause|because|coz|cuz|since|as|coz|lol|tbh|honestly|ngl)\s+)*"
                  r"(?:(?:it|that|this|he|she|they|i|we|people|nobody|no one) [a-z]+|"
                  # round 21: typed "its"/"thats", "the brand won't want that"
                  r"(?:its|thats|theyre|hes|shes|im) [a-z]+|"
                  # round 23: "his mum watches these", "my kids watch": who will see it
                  r"(?:his|her|my|our|their|your) (?:mum|mom|mam|dad|mother|father|nan|nana|gran|granny|grandma|grandad|grandpa|"
                  r"kids?|children|boss|wife|husband|family|son|daughter|parents|sister|brother|girlfriend|boyfriend|partner|"
                  r"friends?|mates?|neighbours?|neighbors?|teacher|manager|clients?|customers?|church|nephew|niece|aunt|auntie|uncle)"
                  r"(?: [a-z]+)? [a-z]+|"
                  # round 22: "sounds awkward", "feels daft": the subject left out
                  r"(?:sounds|looks|seems|feels|reads|comes across)(?: a bit| so| really| kinda| kind of| pure| well| dead| very)? [a-z]+|"
                  r"(?:(?:the|my|our|your|his|her|their) )?"
                  r"(?:it|that|this|he|she|they|i|we|you|people|nobody|no one|[a-z]+)(?:'s|'d|'ll|'re|'m| is| was| would| will| might|"
                  r" could| sounds?| looks?| seems?| feels?| gets?| hates?| doesn't| does not| don't| do not| won't| will not|"
                  r" can't| cannot| never| always| isn't| is not| wouldn't| shouldn't| says| said| thinks| reckons| wants| told me| asked|"
                  r" asked for it| wanted))\b.*$")
# round 21: "- femi will kill us": a verb of editing after a modal, at a person, is a feeling ("kill" is also "remove")
_THREAT = re.compile(r"\b(?:will|would|'ll|'d|gonna|going to|might|may) (?:[a-z]+ )?(?:kill|murder|cut|drop|bin|lose) "
                     r"(?:us|me|him|her|them|you|everyone)\b")
# what a reason never says: a number, a quote, a place or another step
_PLACE_WORDS = (r"the one|the bit|the part|the line|the sentence|the clip|near|at the|after|before|where|when|while|instead|also|"
                r"then|and then|first|last")
_NOT_A_REASON = re.compile(rf"\d|\"|\b(?:{_PLACE_WORDS}|too)\b")


# Round 23: words that open an instruction but are no edit ("I don't want to be crying every time I watch it")
_OPENERS = frozenset("i please can could would let's lets then also maybe now finally get go take".split())

_LOOKS = re.compile(r"^(?:it|that|this|they|those)(?:'s| is)? (?:makes?|making) (?:her|him|me|them|us|it|you|everyone) "
                    r"(?:look|sound|seem|come across|appear)\b")


def removal_without_reason(text: str) -> str | None:
    """'take out "X", it sounds unkind about Jim' -> 'take out "X"'; None when the last clause is not just a reason."""
    from editor_app.planner.vocab import VERBS

    m = re.match(r"^(?P<req>.+?)(?:,|;| - | because | cos | cause | as |(?<=[\".!?])\s+|[.!?]+\s+)\s*(?P<why>[^,;\".!?]+)$", text.strip(" .!?"))
    if m is None or not _REMOVAL.match(m.group("req")):
        return None
    why = m.group("why").strip()
    looks = _LOOKS.match(why)  # round 20: "... 'X'. It makes her look slow." ("slow" had slowed the talk down)
    threat = _THREAT.search(why) or re.search(r"^[a-z' ]{1,30}\b(?:says|said|thinks|reckons|told me|wants)\b", why)  # "marketing says ..."
    counted = re.sub(r"\b(?:i(?:'ve)? counted|counted|there(?:'s| is| are| were)|like|about|at least|over) \d+(?: (?:times|of them))?\b", "", why)
    if not _WHY.match(why) or _NOT_A_REASON.search(counted) \
            or (not looks and not threat and any(w in VERBS and w not in _OPENERS for w in re.findall(r"[a-z']+", why))):
        return None
    return m.group("req").strip()


# Round 20: an edit with its amount, then a sentence saying why: "Could the stand build clip play three times as fast?
# It's a bit slow." ("slow" had turned the 3x into a third), "bring his voice down 3 dB, he's a little loud".
_AMOUNT = re.compile(r"\d|\b(?:twice|double|half|once|two|three|four|five|six|eight|ten) times\b|\b(?:twice|double|half|halve|triple|quadruple)\b")
_STATE = re.compile(r"^(?:(?:cos|cause|because|coz|cuz|since|as|lol|tbh|honestly|ngl)\s+)*"
                    r"(?:it|that|this|he|she|they|the clip|the music|his voice|her voice)(?:'s|s| is| was| looks| sounds| feels| seems| drags| goes)"
                    r"(?: (?:a bit|a little|kind of|kinda|sort of|way|too|so|really|pretty|quite|super|very|rather))* [a-z]+(?: [a-z]+)?$")


# the same, but "too" is fine after an amount ("it's too slow")
_NOT_A_PLACE = re.compile(rf"\d|\"|\b(?:{_PLACE_WORDS})\b")


def amount_without_reason(text: str) -> str | None:
    """'make X three times as fast? it's a bit slow' -> 'make X three times as fast?' (the amount says it all)."""
    first = re.match(r"^(?P<why>[^,;\"?.!]+)[.!]+\s+(?P<req>.+)$", text.strip())  # "He's a little loud. Could you ... 3 dB?"
    if first is not None and _AMOUNT.search(first.group("req")) and not _NOT_A_PLACE.search(first.group("why")) \
            and _STATE.match(first.group("why").strip()):
        return first.group("req").strip()
    m = re.match(r"^(?P<req>.+?)(?:[?.!]+\s+|,\s*|\s+-\s+|\s+(?:because|cos|cause) )(?P<why>[^,;\"?.!]+)[?.!]*$", text.strip())
    if m is None or not _AMOUNT.search(m.group("req")) or _NOT_A_PLACE.search(m.group("why")):
        return None
    return m.group("req").strip() if _STATE.match(m.group("why").strip()) else None


# round 22: "cut 'measure, well,' where i restart that sentence": a quote, then where it is said: the quote is the cut
_QUOTE_THEN_WHERE = re.compile(r"^(?P<req>(?:(?:please|pls|just|can you|could you) )*(?:cut|remove|delete|lose|bin|drop|trim|snip|"
                               r"ditch|take out|get rid of)(?: out)? (?:the (?:words? |bit |part )?)?\"[^\"]+\"(?: out)?)\s*,?\s*"
                               r"(?:where|when|as) (?:i|she|he|they) (?:restart|repeat|stumble|fluff|mess up|"
                               r"muck up|trip|go back|redo|correct)\w*\b.*$")


def quote_then_where(text: str) -> str | None:
    """'cut "X" where i restart that sentence' -> 'cut "X"' (the clause says where the words are; the quote intents
    ask when they are said more than once); None otherwise."""
    m = _QUOTE_THEN_WHERE.match(text.strip())
    return m.group("req") if m else None
