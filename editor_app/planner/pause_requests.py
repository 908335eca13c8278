"""(A rescue reading, planner/rescue.py.) Every long pause, asked for in the many ways people say it: "there are some awful long gaps where I'm thinking,
could you close them up all the way through", "pull up the dead air between lines throughout", "cut the gaps where
he's just standing there", "too much dead air, close the gaps", "a long quiet stretch whenever he stops to do
something, could those be shortened" (round 19, lead).

Why: the pause tools (shorten_pauses, remove_silences) were reached only by a few verbs ("tighten", "shorten",
"remove") with the pauses as their plain object; an editor's verbs ("close up", "pull up"), a description of
where the pauses are ("where I'm thinking", "where he's just standing there"), "throughout" or a complaint in front
left the whole message not understood. A message that names pauses in general (no place: nothing "after" or
"before" words, no time, no quote) with a verb that shortens or removes them is the request for every pause:
verbs that tighten keep a short beat ("tighten the pauses"), verbs that remove take them out ("remove the pauses").
"""

from __future__ import annotations

import re

_NOUN = (r"(?:(?:long|awful|awkward|big|massive|huge|endless|dead|silent|quiet|empty|little|those|these|the|all the|some|"
         r"any|my|her|his) )*(?:pauses|gaps|silences|silence|dead air|dead space|lulls|quiet (?:stretch(?:es)?|bits|moments|spots|patches|parts)|"
         r"stretch(?:es)? of (?:silence|nothing|quiet)|breaks)")
_TIGHTEN = r"(?:close|closing|pull(?:ed)? (?:up|in)|tighten|tightened|shorten(?:ed)?|trim(?:med)?|squeeze|squash|compress|reduce|tidy|speed)"
_REMOVE = r"(?:cut|remove|removed|kill|lose|get rid of|snip|chop|delete|deleted|drop|ditch|bin)"
_PLACE = re.compile(r"\b(?:after|before|following|leading (?:in)?to)\b|\d|\"|\bbetween (?!(?:lines|sentences|bits|takes|each|every|"
                    r"the (?:lines|sentences|bits|takes)|my (?:lines|sentences))\b)|\b(?:first|last|second|third|one)\b")
_WHAT = re.compile(rf"\b{_NOUN}\b|\b(?:them|those|these|it)\b")


def every_pause(text: str) -> str | None:
    """The message as "tighten the pauses" / "remove the pauses" when it asks for every pause shortened or removed
    in words the pause intents do not read; None otherwise (a pause with a place, or no pause at all)."""
    t = text.strip(" .!?")
    if not re.search(rf"\b{_NOUN}\b", t) or _PLACE.search(t):
        return None
    if re.search(r"\b(?:and|then|plus|also|as well as)\b|\b(?:end|ending|start|beginning|intro|outro|music|song)\b", t):
        return None  # "cut the silences and make me a sandwich": one part of several, or a pause at one edge
    if re.match(rf"^(?:(?:can|could|would|will) you |please |pls |just )*(?:tighten|shorten|remove|trim|cut|get rid of|kill|lose|delete) "
                rf"(?:all )?(?:the |my )?(?:long )?(?:pauses|silences|gaps|dead air)$", t):
        return None  # already said the way the pause intents read it
    tighten = re.search(rf"\b{_TIGHTEN}\b", t)
    remove = re.search(rf"\b{_REMOVE}\b", t)
    if not (tighten or remove):
        return None
    verb = tighten or remove
    if not _WHAT.search(t[verb.end():]) and not re.search(rf"\b{_NOUN}\b.*\b(?:be|get|got) {verb.group(0)}", t):
        return None  # "close the laptop, there are gaps ...": the verb's object is something else
    if tighten and (not remove or tighten.start() < remove.start()):
        return "tighten the pauses"
    return "remove the pauses"


# Round 20: one pause, told where it is and then what to do with "it": "After the bald tires joke there's an awkward
# pause. Could you trim just that one?", "dead air after 'settling can move things', cut it down".
_ONE_PLACE = re.compile(r"\b(?P<rel>after|before|following)\s+(?:(?:i|she|he|they|you) (?:say|says|said) )?(?P<p>\"[^\"]+\"|[^,.?!;\"]+?)(?=\s*(?:,|\.|\?|!|;|-|$)|\s+(?:there(?:'s| is)|"
                        r"(?:could|can|would|please|pls)\b|(?:cut|trim|shorten|remove|tighten)\b))")
_ONE_NOUN = r"(?:pause|gap|silence|dead air|dead space|lull|quiet (?:bit|moment|stretch|patch|spot|part)|break|(?<=the )quiet)"


def one_pause_told(text: str) -> str | None:
    """"there's a pause after X, could you trim it" -> "shorten the pause after X" (a rescue reading)."""
    t = text.strip(" .!?")
    if not re.search(rf"\b{_ONE_NOUN}\b", t) or re.search(rf"\b{_ONE_NOUN}s\b|\b(?:all|every|each)\b", t):
        return None
    places = [m for m in _ONE_PLACE.finditer(t) if not re.fullmatch(rf"(?:(?:the|that|this|an?|awkward|long|little|big) )*{_ONE_NOUN}", m.group("p"))]
    if len(places) != 1:
        return None
    verb = re.search(rf"\b(?:{_TIGHTEN}|{_REMOVE})\b(?P<down> (?:it |that |this |them )?(?:down|up))?", t)
    too_long = re.search(r"\b(?:(?:way |far |much )?too long|goes on (?:forever|and on|too long)|drags(?: on)?|lasts forever)\b", t)
    if verb is None and too_long is None:
        return None
    shorten = verb is None or bool(re.match(_TIGHTEN, verb.group(0))) or bool(verb.group("down"))
    place = places[0]
    return f"{'shorten' if shorten else 'cut'} the pause {place.group('rel')} {place.group('p').strip()}"
