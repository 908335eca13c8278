"""A part of the talk said first, then that it should go (round 16).

"The bit where I say let me say that again - I want that gone", "the part about Dave, get rid of it",
"that bit where I talk about the price... it can go", "the line about the shop, don't need it". The
first clause has no verb, so it was not understood, or worse: "the bit where I say X - I want that
gone" was read as a B-roll placement over a sentence (the wheel-truing project put the spoke key clip
there). Round 15's fronted_clip turns round a clip said first ("the drone shot, move it to 0:30") but
keeps away from phrases with a clause in them ("where I say ...").

Rule: a noun phrase for a part of the talk (the bit / part / line / sentence / section where I say X,
about X, when I talk about X) followed by a clause whose only job is to remove "it" / "that" (a removal
verb on the pronoun, "I want it gone", "it can go", "that needs to come out", "don't need that") is
one request: "remove <the phrase>". Anything else after the phrase is left alone.

Round 16 (lead): what the speaker would rather viewers did not know, said first, then that sentence goes:
"i dont want people knowing my fretboard was gross, delete that whole sentence" asked where a clip named
"fretboardWipe" should go (the first clause was read alone, its topic word naming the file). It is one
request: "delete the sentence about <what they should not know>", read by the sentence intents (a
description matching no sentence, or several, asks there).
"""

from __future__ import annotations

import re

# "the sentence it belongs to / it's in / around it": the sentence holding what was just named, not another one
_ITS_PLACE = (r"(?: (?:(?:that )?(?:it|that|this)(?:'s| is)? (?:belongs to|is in|in|comes from|is part of|part of|sits in|came from)|"
              r"around (?:it|that)|with (?:it|that) in|(?:it|that) (?:was|is) in|(?:it|that) goes with|that goes with (?:it|that)))")

_PART = (r"(?P<np>(?:the|that|this)\s+(?:(?:first|last|little|whole|bit of the)\s+)?(?:bit|part|line|sentence|section|piece|"
         r"moment|stretch|stuff|rambling|tangent|story|chunk|retake|false start|mistake)s?\s+"
         r"(?:where|when|in which|about|with|that|on)\s+.+?|where i (?:say|said|talk|mention|go on)\s+.+?"
         # round 16 (lead): "the 'so yeah' before I say X, cut it": quoted words, placed by words said near them
         r"|(?:the\s+|that\s+)?\"[^\"]+\"(?:\s+(?:right\s+|just\s+)?(?:before|after)\s+(?:where\s+)?(?:i|she|he|we|they)\s+"
         r"(?:say|said|go)\s+[^,;\"]+?)?)")
_SEP = r"\s*(?:,|\s-+|\s–|\s—|:|;|\.\.\.|\.)\s*(?:(?:so|and|just|honestly|please|pls|yeah|ok|okay|tbh)\s+)*"
_PRO = r"(?:it|that|this|them|those)"
_GONE = (rf"(?:i|we)\s+(?:really\s+|just\s+)?(?:want|need|would like|'d like|wanna)\s+{_PRO}\s+(?:gone|out|removed|deleted|cut(?:\s+out)?|taken out)"
         rf"|{_PRO}\s+(?:can|should|has to|needs to|must|could|ought to|'s got to|has got to)\s+(?:go|come out|be cut(?:\s+out)?|be removed|be deleted|be taken out|be binned)"
         rf"|{_PRO}\s+(?:isn't|is not|'s not)\s+needed"
         rf"|(?:(?:i|we)\s+)?(?:don't|do not|dont)\s+(?:really\s+)?need\s+{_PRO}"
         # round 17 (lead): "can we lose it", "shall we cut it", "let's drop it"
         rf"|(?:can you\s+|could you\s+|can we\s+|could we\s+|shall we\s+|should we\s+|let's\s+|lets\s+|please\s+)?"
         rf"(?:get rid of|cut|remove|delete|lose|bin|ditch|scrap|drop|kill|nix|chop|"
         rf"take out|snip|axe)\s+{_PRO}(?:\s+out)?"
         rf"|(?:can you\s+|could you\s+|please\s+)?(?:take|get|cut|chop|edit)\s+{_PRO}(?:\s+(?:whole\s+|entire\s+)?"
         rf"(?:sentence|line|bit|part))?\s+out")  # round 17: "take that out", "take that whole sentence out"
# "broken sentence it belongs to", "whole line it's in": the sentence holding what was just named (restated_tail.py too)
SENTENCE_OF_IT = (r"(?:(?:whole|entire|broken|half|unfinished|abandoned|half-finished|cut-off|rest of the)\s+)*"
                  r"(?:sentence|line|take|attempt)" + _ITS_PLACE)
# round 16 (lead): "..., delete it and the broken sentence it belongs to": the whole sentence the part is in
_ITS_SENTENCE = rf"(?P<whole>\s+(?:and|plus|along with|together with|with)\s+(?:the|its)\s+{SENTENCE_OF_IT})?"
# round 17 (lead): "..., bin it and close the gap": closing the gap is what a cut does anyway
_END = (r"(?:,?\s+and\s+(?:close|tighten|shut|pull)\s+(?:the\s+gap|it\s+up|up\s+the\s+gap|everything\s+up))?"
        r"(?:\s+(?:please|pls|thanks|thx|entirely|completely|altogether))*\s*[.!]?$")
# round 17 (lead): "i don't want the bit where I say X, take that out": the part said after a wish against it
_DONT_WANT = r"(?:(?:honestly|tbh|ok|okay|so|yeah|um)\s+)*(?:i|we)\s+(?:really\s+)?(?:don't|do not|dont)\s+(?:want|need|like|love)\s+"
_FRONTED_PART = re.compile(rf"^(?:{_DONT_WANT})?{_PART}{_SEP}(?:{_GONE}){_ITS_SENTENCE}{_END}",
                           re.I)


_WHO = r"(?:people|anyone|anybody|everyone|everybody|viewers|the viewers|them|my (?:mum|mom|dad|friends|boss))"
_KNOW = r"(?:to know|knowing|to hear|hearing|to find out|finding out|to think|thinking|to see|seeing)"
_UNWANTED = re.compile(
    rf"^(?:(?:honestly|tbh|ok|okay|so|um|yeah)\s+)*(?:(?:i|we)\s+(?:really\s+)?(?:don't|do not|dont)\s+want\s+{_WHO}\s+{_KNOW}"
    rf"|(?:i|we)(?:'d| would)\s+rather\s+{_WHO}\s+(?:didn't|did not|didnt)\s+(?:know|hear|find out|see)"
    rf"|(?:nobody|no one|no-one)\s+(?:needs|has|wants)\s+to\s+(?:know|hear)"
    rf"|{_WHO}\s+(?:don't|do not|dont)\s+need\s+to\s+(?:know|hear))"
    rf"\s+(?:that\s+|about\s+|how\s+)?(?P<what>[^,;:.!?-]+?)"
    rf"{_SEP}(?:(?:can you|could you|please|pls)\s+)?(?:get rid of|cut|remove|delete|lose|bin|ditch|scrap|drop|kill|chop|take out|snip)"
    rf"\s+(?:that|this|it)(?:\s+(?:whole|entire))?(?:\s+(?P<noun>sentence|line|bit|part))?(?:\s+out)?"
    rf"{_END}", re.I)


# round 16 (lead): "the bus bit at the start is boring, chop it", "that matchstick part drags - cut it": a part named by
# what it is about, a complaint, then its removal
_NAMED_PART = re.compile(
    rf"^(?P<np>(?:the|that|this) (?P<x>[a-z][\w'-]*(?: [a-z][\w'-]*)?) (?:bit|part|section|sentence|line|tangent|story))"
    r"(?: (?P<where>at the (?:start|beginning|end)|near the (?:start|beginning|end)|in the (?:middle|intro|outro)))?"
    r"(?: (?:is|was|feels|seems|sounds|looks|goes on|drags)(?: \w+){0,3})?"
    rf"{_SEP}(?:{_GONE}){_END}", re.I)


# round 17 (lead): "the last 10 seconds are just me waving, chop them", "the first five seconds - don't need them": a span
# of the video named by its time, maybe what is in it, then its removal
_SPAN = re.compile(
    r"^(?P<np>(?:the )?(?:first|last|final|opening|closing) (?:\d+(?:\.\d+)?|few|couple of) ?(?:s|secs?|seconds?|mins?|minutes?)"
    r"(?: or so)?(?: of (?:the )?(?:video|it|the clip))?)"
    r"(?: (?:is|are|was|were|'s|'re)(?: \S+){1,8}?)?"
    rf"{_SEP}(?:{_GONE}){_END}", re.I)


# round 17 (lead): "i want the laces section gone", "we need the tunde bit out": a wish that a thing be gone is its removal
_WANT_GONE = re.compile(r"^(?:(?:honestly|tbh|ok|okay|so|yeah|um)\s+)*(?:i|we)\s+(?:really\s+|just\s+)?(?:want|need|would like|'d like|wanna)\s+"
                        r"(?P<np>(?:the|that|this|my|all the|those|these)\s+.+?)\s+(?:gone|out|removed|deleted|cut(?:\s+out)?|taken out)"
                        r"(?:\s+(?:please|pls|entirely|completely|altogether))*(?P<rest>\s*,.*)?\s*[.!]?$")


def fronted_part(text: str) -> str | None:
    """ "the bit where I say X - I want that gone" -> "remove the bit where I say X"; None when not so said."""
    gone = _WANT_GONE.match(text.strip())
    if gone is not None and not re.fullmatch(r"(?:it|that|this|them|those)", gone.group("np")):
        rest = gone.group("rest") or ""
        if re.match(r"\s*,\s*(?:i mean |like |so |basically |that's |which is )?from\b", rest):
            rest = ""  # "..., from right laces up to the three pounds line": the same part said again
        return f"remove {gone.group('np')}{rest}"
    span = _SPAN.match(text.strip())
    if span is not None and not re.search(r"\b(?:few|couple)\b", span.group("np")):
        return f"cut {span.group('np')}"
    unwanted = _UNWANTED.match(text.strip())
    if unwanted is not None:  # "i dont want people knowing X, delete that whole sentence"
        noun = (unwanted.group("noun") or "sentence").lower()
        noun = "sentence" if noun == "line" else noun
        return f"delete the {noun} about {unwanted.group('what').strip()}"
    named = _NAMED_PART.match(text.strip())
    if named is not None and not re.match(r"(?:first|last|second|third|next|previous|whole|entire|same|other)\b", named.group("x")):
        return f"remove the bit about {named.group('x')}"
    m = _FRONTED_PART.match(text.strip())
    if m is None:
        return None
    if m.group("whole"):  # the part and the sentence it is in: that whole sentence
        said = re.search(r"\bwhere i (?:say|said)\s+(.+)$", m.group("np").strip())
        if said is not None:
            return f"remove the sentence where i say {said.group(1)}"
    return f"remove {m.group('np').strip()}"
