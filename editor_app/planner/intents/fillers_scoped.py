"""Some of the fillers, not all of them: "delete the first uh only", "just cut the um in the latte
sentence, leave the others", "cut the 'like' in the bit about weighing", "lose the 'you know' when
I'm describing the flavour", "the ums in the intro".

Why: removing every filler is more than was asked, and "the um in X" is not one the planner may
guess. The fillers are found in the words heard on the timeline, narrowed to the sentence the
request describes (planner.said_in: by its words or by meaning, a tie asks) and to an ordinal
("first", "second", "last"); one filler asked for and several left asks, listing them with times.
"""

from __future__ import annotations

import re

from editor_app.model.words import norm
from editor_app.planner.all_of import means_every
from editor_app.planner.intents import clock, step
from editor_app.planner.said_in import base_stems, described, said_at, sentence_of, spoken_sentences, topic_stems
from editor_app.planner.types import Ctx, Match, Unclear

_REMOVE = re.compile(r"^(?:please )?(?:just |only )?(?:cut|trim|remove|delete|drop|lose|kill|strip|ditch|erase|nix|zap|bin|chop|axe|"
                     r"get rid of|take out|scrap|snip|edit out|clean up|(?:pull|take|get|yank)(?= .*\bout\b))\b")
# round 8: "the uh right before I say good luck", "the um just after 'step two'": the filler touching those words
_NEXT_TO = re.compile(r"^\s*(?:right |just |straight |immediately )?(before|after|in front of|ahead of|following) "
                      r"(?:i say |i said |saying |the words? |where i say )?"
                      r"(?P<x>.+?)(?:,|$)")
_PLACES = {"first": 0, "opening": 0, "second": 1, "third": 2, "last": -1, "final": -1, "closing": -1}
_HESITATIONS = {"um": ("um", "umm", "uhm"), "umm": ("um", "umm", "uhm"), "uhm": ("um", "umm", "uhm"),
                "uh": ("uh", "uhh"), "uhh": ("uh", "uhh"), "er": ("er", "erm"), "erm": ("er", "erm"), "ah": ("ah",)}
_OPTIONAL = r"like|you know|i mean|basically|actually|literally|kind of|sort of"
_FILLER = re.compile(
    rf"\"(?P<quoted>{_OPTIONAL}|um|uh|er|erm|ah)\"s?"
    r"|\b(?P<hes>umm|uhm|um|uhh|uh|erm|er|ah)(?P<plural>s)?\b"
    rf"|\b(?:the|that|this|a|one) (?P<bare>{_OPTIONAL})\b(?= (?:in|from|inside|within|during|when|where|while|out of|only)\b|$)")
_ORDINAL = re.compile(r"\b(first|second|third|fourth|last|final|opening|closing|1st|2nd|3rd|4th) (?=\"?(?:umm|uhm|um|uhh|uh|erm|er|ah|"
                      rf"{_OPTIONAL})\b)")
_NOUN = r"(?:sentence|line|bit|part|explanation|section|remark|moment|stretch|story|tip|warning|advice|aside|joke|comment|list|recap|summary|rundown|tangent|anecdote|rant|spiel)"  # r12: +warning...
# round 9: "in my sign off", "from my outro", "in the intro": the first or last sentence
_PART_NAMES = (r"intro|introduction|opening|hello|greeting|welcome|opener|outro|sign[ -]?off|signoff|goodbye|goodbyes|farewell|"
               r"ending|closing|wrap[ -]?up|last bit|closing words|closing line|"
               r"(?:very )?(?:start|beginning|end)(?! of\b)")  # round 22: "the 'right so' at the very start"
_SCOPE = re.compile(
    # round 10: "the um at the start of the 'X' line": the filler opening the sentence that says X;
    # "the uh in 'so, uh, not that'": the filler inside those words (or in the sentence that says them)
    rf"\b(?:at|in|from) the (?:very )?(?:start|beginning|front) of (?:the |my |that |this )?\"(?P<qs>[^\"]+)\"(?: {_NOUN})?"
    rf"|\b(?<!front )(?<!ahead )(?:in|inside|within|from|of|out of) (?:the |my |that |this )?(?:(?:words?|phrase) )?\"(?P<qi>[^\"]+)\"(?: {_NOUN})?"
    rf"|\b(?:in|from|inside|within|during|out of|of|at|near|towards) (?:the|my|that|this|our) (?P<d>{_PART_NAMES})\b(?! (?:clip|shot|music|title))"
    # round 11b: "the uh opening the sentence about X" (the description after the noun)
    rf"|\b(?:that |which )?(?:opens|starts|begins|kicks off|opening|starting|beginning) (?:the|my|that|this) {_NOUN} "
    r"(?:about|on|where|when|describing|explaining|comparing|mentioning|with|that) (?P<f>.+?)(?:,|$| only\b)"
    # round 9: "the uh that opens the X sentence", "starting the X line"
    rf"|\b(?:that |which )?(?:opens|starts|begins|kicks off|opening|starting|beginning) (?:the|my|that|this) "
    rf"(?P<e>[a-z0-9' -]+?) {_NOUN}\b"
    rf"|\b(?:in|from|inside|within|during|out of|of) (?:the|my|that|this) (?:{_NOUN}) (?:about|on|where|when|describing|"
    r"explaining|comparing|mentioning|with|that) (?P<a>.+?)(?:,|$| only\b)"
    rf"|\b(?:in|from|inside|within|during|out of|of) (?:the|my|that|this) (?P<b>[a-z0-9' -]+?) {_NOUN}\b"
    r"|\b(?:when|where|while|as) (?:i'm|i am|i was|i|we're|we) (?:describing|talking about|explaining|talk about|describe|"
    r"explain|mention|mentioning|going on about|discussing)? ?(?P<c>.+?)(?:,|$| only\b)")
_INDEX = {"first": 0, "opening": 0, "closing": -1, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "last": -1, "final": -1}


def scoped_fillers(ctx: Ctx) -> Match | None:
    t = ctx.text.lower()  # round 9: quotes keep their case ("the 'I mean' in X"); fillers are matched in lower case
    goes = _GOES.search(t)
    if goes is not None or _BARE.match(t):  # round 10: "the uh before 'X' can go", "just the um at the start of ..."
        t = "cut " + re.sub(r"^(?:only|just) ", "", t[: goes.start()] if goes else t)
    t = _ENOUGH.sub("", t)
    if not _REMOVE.match(t):
        return None
    filler = _FILLER.search(t) or _said_tic(ctx, t)
    if filler is None or means_every(t, filler.end()):  # lead, round 10: "the um before 'no smears at all'" is one
        return None
    rest = t[filler.end():]
    ordinal = _ORDINAL.search(t[: filler.end()])
    scope = _SCOPE.search(rest)
    if _placing(t, filler.end() + scope.start() if scope else len(t)):
        return None
    word = filler.group("quoted") or filler.group("hes") or filler.group("bare")
    plural = bool(filler.group("plural"))
    if ordinal is None and scope is None and filler.group("hes") and not _next_to(rest):
        return None  # "cut the ums", "cut the um at 0:12": the filler intents read those
    placed, spans = spoken_sentences(ctx)
    if not placed:
        return None
    if word in _HESITATIONS:
        wanted = set(_HESITATIONS[word])
        hits = [(i, i) for i, p in enumerate(placed) if norm(p.text) in wanted]
    else:
        hits = said_at(placed, word)
    where = ""
    if scope is not None and scope.group("d") and _next_to(rest) is not None:
        scope = None  # round 22: "the um near the very end, before 'X'": the words it is next to say which
    next_to = _next_to(rest) if scope is None else None
    if scope is not None and (scope.group("qs") or scope.group("qi")):
        hits, where = _in_quote(placed, spans, hits, scope.group("qs") or scope.group("qi"), bool(scope.group("qs")), word)
    elif next_to is not None:
        side = "before" if next_to.group(1) in ("before", "in front of", "ahead of") else "after"
        hits = _touching(placed, hits, side, next_to.group("x"), word)
        where = f" {next_to.group(1)} \"{next_to.group('x').strip(chr(34))}\""
    elif scope is not None and scope.group("d"):  # round 9: the sign-off is the last sentence, the intro the first
        opening = re.match(r"intro|introduction|opening|hello|greeting|welcome|opener|(?:very )?(?:start|beginning)", scope.group("d")) is not None
        sentence = spans[0 if opening else -1]
        hits = [h for h in hits if sentence.first <= h[0] <= sentence.last]
        where = f" in the {'first' if opening else 'last'} sentence"
        if not hits:
            raise Unclear(f"There is no \"{word}\" in the {'first' if opening else 'last'} sentence "
                          f"(\"{_short(sentence.text)}\"). Which one do you mean?")
    elif scope is not None and (place := next(g for g in scope.groups() if g).strip()) in _PLACES:
        sentence = spans[_PLACES[place]] if len(spans) > abs(_PLACES[place]) - (_PLACES[place] < 0) else None
        if sentence is None:
            raise Unclear(f"There is no {place} sentence on the timeline.")
        hits = [h for h in hits if sentence.first <= h[0] <= sentence.last]
        where = f" in the {place} sentence"
        if not hits:
            raise Unclear(f"There is no \"{word}\" in the {place} sentence (\"{_short(sentence.text)}\"). Which one do you mean?")
    elif scope is not None:
        description = next(g for g in scope.groups() if g)
        holding = [s for s in spans if any(s.first <= h[0] <= s.last for h in hits)]
        if not holding:
            raise Unclear(f"I can't hear a \"{word}\" anywhere in the talk on the timeline.")
        sentence = described(ctx, description, holding, strict=False)  # told apart among the sentences that have one
        hits = [h for h in hits if sentence.first <= h[0] <= sentence.last]
        where = f" in \"{_short(sentence.text)}\""
        if not hits:
            raise Unclear(f"There is no \"{word}\" in the sentence at {clock(sentence.start)} "
                          f"(\"{_short(sentence.text)}\"). Which one do you mean?")
        if _OPENS.search(rest[: scope.end()]):  # round 11: "the uh at the start of the X line" is its first word
            hits = [h for h in hits if h[0] == sentence.first]
            where = f" opening \"{_short(sentence.text)}\""
            if not hits:
                raise Unclear(f"The sentence at {clock(sentence.start)} (\"{_short(sentence.text)}\") does not start "
                              f"with \"{word}\". Which one do you mean?")
    if not hits:
        raise Unclear(f"I can't hear a \"{word}\" anywhere in the talk on the timeline.")
    if ordinal is not None:
        index = _INDEX[ordinal.group(1)]
        if index >= len(hits):
            raise Unclear(f"There are only {len(hits)} \"{word}\"s{where}.")
        hits = [hits[index]]
    if len(hits) > 1 and not plural and word not in _HESITATIONS and scope is not None:  # a bare "cut the like" asks
        hits, where = _set_off(placed, spans, hits, word, where, _description(scope))
    if len(hits) > 1 and not plural:
        listed = ", ".join(f"{clock(placed[a].start)} (\"{_short(sentence_of(spans, a).text)}\")" for a, _ in hits[:5])
        raise Unclear(f"\"{word}\" is said {len(hits)} times{where}: {listed}. Which one? Say \"the first {word}\", "
                      f"\"the last {word}\" or the sentence it is in.")
    from editor_app.planner.intents.words import AGENT, _ranges

    steps = [step("cut_words", {"ranges": _ranges(placed, a, b)}, AGENT) for a, b in reversed(hits)]
    times = ", ".join(clock(placed[a].start) for a, _ in hits)
    return Match(steps, f"cut the \"{word}\" at {times}{where} (only {'those' if len(hits) > 1 else 'that one'})")


def _in_quote(placed, spans, hits, quote: str, opening: bool, word: str) -> tuple[list[tuple[int, int]], str]:
    """The filler hits inside the one place ``quote`` is said, else in the sentence saying it; with
    ``opening``, only a filler that is the first word of that sentence. Asks when the quote is not said
    once, or no such filler is there."""
    places = said_at(placed, quote)
    if len(places) != 1:
        said = "not said" if not places else f"said {len(places)} times"
        raise Unclear(f"\"{quote}\" is {said} on the timeline, so I can't tell which \"{word}\" you mean. "
                      "Quote the words as they are spoken, a few more if they are said more than once.")
    a, b = places[0]
    sentence = sentence_of(spans, a)
    if opening:
        inside = [h for h in hits if sentence is not None and h[0] == sentence.first]
        if not inside:
            raise Unclear(f"The sentence with \"{quote}\" does not start with \"{word}\" "
                          f"(\"{_short(sentence.text if sentence else quote)}\"). Which one do you mean?")
        return inside, f" opening \"{_short(sentence.text)}\""
    inside = [h for h in hits if a <= h[0] and h[1] <= b]
    if not inside and sentence is not None:
        inside = [h for h in hits if sentence.first <= h[0] <= sentence.last]
    if not inside:
        raise Unclear(f"There is no \"{word}\" in or around \"{quote}\". Which one do you mean?")
    return inside, f" in \"{_short(quote)}\""


# round 10: "the um before 'X' can go", "that uh isn't needed": a removal said with no verb in front
_GOES = re.compile(r" (?:can|could|should|has to|needs to|must|may|might as well) (?:go|come out|be cut|be removed|disappear)"
                   r"(?: too| as well)?$| (?:isn't|is not) needed$")
# "just the um at the start of the 'X' line, nothing else": a filler is only ever named to take it out
_BARE = re.compile(r"^(?:only |just )?(?:the|that|this|one) (?:(?:first|second|third|last|final|opening|closing|very) )*"
                   r"\"?(?:umm|uhm|um|uhh|uh|erm|er)\"?(?= )")
_ENOUGH = re.compile(r",? (?:nothing else|leave the rest|leave the others|leave the other ones|keep the rest|"
                     r"(?:only|just) that one|that's all|and that's it)$")


# round 22: a quoted phrase said more than once ("the 'right so' before the stopper knot"): one of them, as a filler is
_ANY_QUOTE = re.compile(r'"(?P<quoted>[^"]{1,40})"(?P<plural>s|\'s)?(?P<hes>(?!))?(?P<bare>(?!))?')


def _said_tic(ctx: Ctx, t: str) -> re.Match | None:
    """The first quoted phrase that is one of the speaker's tics (planner/tic_phrases.py: said again and again, set
    off from the sentence), named to cut one of them, as a match shaped like _FILLER's; None otherwise ("the first
    version of the 'glue the walls' sentence" quotes a line said twice, not a tic)."""
    from editor_app.planner.tic_phrases import speaker_tics

    m = _ANY_QUOTE.search(t)
    if m is None or not 1 <= len(m.group("quoted").split()) <= 4:
        return None
    if not re.search(r"^(?:\w+ ){0,2}?(?:cut|trim|remove|delete|drop|lose|kill|strip|ditch|erase|nix|zap|bin|chop|axe|scrap|snip|"
                     r"get rid of|take out|edit out)(?: out)?(?: (?:the|that|this|one|only|just|very|first|second|third|last|final))*"
                     r" $", t[: m.start()]):
        return None  # round 22: "cut the dwayne story and the 'so yeah' at ...": the quote is not what the verb takes
    return m if " ".join(norm(w).replace("'", "") for w in m.group("quoted").split()) in speaker_tics(ctx.project) else None


def _next_to(rest: str) -> re.Match | None:
    """"before X" / "after X" right after the filler, or after a comma further on ("at the very start, before hiya")."""
    found = _NEXT_TO.match(rest)
    if found is None:
        later = re.search(r"[,;]\s*(?=(?:right |just |straight |immediately )?(?:before|after|following) )", rest)
        found = _NEXT_TO.match(rest[later.end():]) if later else None
    return found


def _description(scope: re.Match | None) -> str:
    """The words that describe where the filler is (the scope's text), or ""."""
    return next((g for g in scope.groups() if g), "") if scope is not None else ""


def _nearest(placed, spans, hits, chosen: tuple[int, int], description: str) -> bool:
    """Do the description's words, where its sentence says them, sit nearer the ``chosen`` hit than any
    other ("the 'like' where I say ... a bit scratchy" is next to "like, a bit scratchy", not to "like a
    tin of coins")? True when they are not said next to any hit (the sentence was named as a whole)."""
    wanted = topic_stems(description)

    def distance(hit: tuple[int, int]) -> int | None:
        sentence = sentence_of(spans, hit[0])
        if sentence is None or not wanted:
            return None
        near = [abs(i - hit[0]) for i in range(sentence.first, sentence.last + 1)
                if not hit[0] <= i <= hit[1] and base_stems(placed[i].text) & wanted]
        return min(near) if near else None

    found = {h: d for h in hits if (d := distance(h)) is not None}
    if not found:
        return True
    return chosen in found and all(found[chosen] < d for h, d in found.items() if h != chosen)


def _set_off(placed, spans, hits, word: str, where: str, description: str = "") -> tuple[list[tuple[int, int]], str]:
    """round 11: of several "like"s, the one used as a filler: set off by commas ("they're, like, a bit")
    or opening its sentence with a comma ("Like, ..."), when the others sit in the sentence's grammar
    ("rattles like a tin"). Cutting a verb or preposition would break the sentence, so a filler word
    asked for is the filler one; two filler uses (or none) still ask."""
    def filler_use(a: int, b: int) -> bool:
        sentence = sentence_of(spans, a)
        before = a == (sentence.first if sentence else -1) or placed[a - 1].text.rstrip().endswith((",", "...", "—", "-"))
        return before and placed[b].text.rstrip().endswith(",")

    fillers = [h for h in hits if filler_use(*h)]
    if len(fillers) != 1 or not _nearest(placed, spans, hits, fillers[0], description):
        return hits, where
    others = [h for h in hits if h not in fillers]
    shown = ", ".join(f"at {clock(placed[a].start)}" for a, _ in others)
    return fillers, f"{where}, the one said as a filler between commas (not the \"{word}\" {shown})"


_OPENS = re.compile(r"\b(?:(?:start|beginning|front) of|opens|starts|begins|kicks off|opening|starting)\b")


def _placing(text: str, scope_at: int) -> bool:
    """Is this a placement ("the um sound over X")? round 11: an "over" inside the line the filler is
    located by ("the uh at the start of the do-this-over-a-tray line") names that line, not a place."""
    return any(m.start() < scope_at for m in re.finditer(r"(?<![-\w])over(?![-\w])", text))


def _touching(placed, hits, side: str, phrase: str, word: str) -> list[tuple[int, int]]:
    """The filler hit right before (or after) the one place ``phrase`` is said; asks when that is not one place."""
    phrase = re.sub(r"^(?:to|that) ", "", phrase.strip().strip('"'))
    places = said_at(placed, phrase)
    line = re.match(r"^(?:the|that|my) (?P<w>.+?) (?:bit|line|part|sentence|section)$", phrase)
    if not places and line is not None:  # round 23: "after the loosen the left spokes bit": anywhere after it in that line
        from editor_app.planner.said_in import said_in_order

        lines = said_at(placed, line.group("w")) or said_in_order(placed, line.group("w"))
        in_line = [h for first, last in lines for h in hits if _same_sentence_side(placed, h, first, last, side)]
        if len(in_line) == 1:
            return in_line
    if not places:
        raise Unclear(f"\"{phrase}\" is not said on the timeline, so I can't tell which \"{word}\" you mean. Quote the words next to it.")
    # round 9: "the 'like' before 'two minutes'" where "two minutes" is said twice but only once after a "like"
    touching = [h for first, last in places for h in hits if (h[1] == first - 1 if side == "before" else h[0] == last + 1)]
    if not touching:  # round 20: "the um after 'took me about forty minutes'" said "..., and, um, ...": a word or two between
        touching = [h for first, last in places for h in hits if _near_in_sentence(placed, h, first, last, side)]
    if not touching:
        raise Unclear(f"There is no \"{word}\" right {side} \"{phrase}\". Which one do you mean?")
    if len(touching) > 1:
        raise Unclear(f"\"{phrase}\" is said {len(places)} times with a \"{word}\" right {side} it "
                      f"(at {', '.join(clock(placed[a].start) for a, _ in touching[:4])}). Which one do you mean?")
    return touching


def _same_sentence_side(placed, hit: tuple[int, int], first: int, last: int, side: str) -> bool:
    """The filler ``hit`` is on ``side`` of the words at first..last, in their sentence (round 23)."""
    ends = range(hit[1], first) if side == "before" else range(last, hit[0])
    return len(ends) > 0 and not any(placed[i].text.rstrip().endswith((".", "?", "!")) for i in ends)


def _near_in_sentence(placed, hit: tuple[int, int], first: int, last: int, side: str, most: int = 3) -> bool:
    """The filler ``hit`` is at most ``most`` words from the phrase at first..last on ``side``, in the same sentence."""
    ends = range(hit[1], first) if side == "before" else range(last, hit[0])  # the words from one to the other
    if not 0 < len(ends) <= most:
        return False
    return not any(placed[i].text.rstrip().endswith((".", "?", "!")) for i in ends)


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:47] + "..."


INTENTS = [scoped_fillers]
