"""A stretch of the talk cut from one place to another, each end said as a quote, as "where I say X"
or as a described sentence: "cut from 'That first wrap' through the nut slot bit", "delete from the
sentence about the wrong tub up to 'thin even coat'", "snip from where I close the door to the line
about the door dropping on your foot".

Why: the sentence intents read a quote next to "sentence" as one sentence to delete, so "from 'X'
through the Y sentence" cut only the first one (less than asked, silently). Here both ends are
resolved against what is heard on the timeline (planner.said_in): a quote by its words (said once),
a description by the strict sentence pick. A described end that is clearly a sentence *before* the
start, that fits nothing or that fits two sentences asks; a quote ends the cut at its last word, a
described sentence at its last word, so no word of a neighbouring sentence is ever taken.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock, step
from editor_app.planner.said_in import Sentence, described, said_at, sentence_of, spoken_sentences
from editor_app.planner.types import Ctx, Match, Unclear

_VERB = (r"(?:please )?(?:cut|trim|remove|delete|drop|lose|skip|kill|strip|ditch|erase|get rid of|take out|scrap|chop|nix|"
         r"snip|edit out|cut out)")
_NOUN = r"(?:sentence|line|bit|part|explanation|section|remark|comment|story|tip|moment|warning|advice|joke|step|instruction)"
_STRETCH = re.compile(
    rf"^{_VERB} (?:out )?(?:everything |all |the part |the bit |the stretch |it |the lot )?(?:from|starting (?:at|from|with)) "
    r"(?P<a>.+?) (?:all the way |right |straight )?(?:(?:through|thru|up|right up|all the way) (?:to|until|till)|through|thru|"
    r"to|until|till|up to|up until|into|and) "  # round 10: "through to the end of the X sentence"
    r"(?:the (?:very )?end of |the close of |the last word of )?(?P<b>.+?)(?: (?:inclusive|included|as well|too))?$")
# "where I say X" / "when I say X": the words X; "where I close the door": the sentence where that is done
_WHERE_SAY = re.compile(r"^(?:where|when) (?:i|you|he|she|we) (?:say|said|start saying|mention) (?P<x>.+)$")
_WHERE_DO = re.compile(r"^(?:where|when) (?:i|you|he|she|we)(?:'m| am| was)? (?P<x>.+)$")
_THE_NOUN = re.compile(rf"^(?:the|my|that) (?:(?:first|opening|start of the) )?(?:{_NOUN}) (?:about|on|where|when|describing|"
                       r"explaining|mentioning|saying|with|that|telling|on how|comparing) (?P<x>.+)$"
                       rf"|^(?:the|my|that) (?P<y>[a-z0-9' -]+?) {_NOUN}$")


# round 9: "cut everything from where I slide the old one out to the end", "... from the X bit onwards"
_TO_END = re.compile(
    rf"^{_VERB} (?:out |off )?(?:(?:everything|all|the rest|it all|the lot|the whole rest|the part|the bit)(?: of it)? )?"
    r"(?P<how>from|starting (?:at|from|with)|after) (?P<a>.+?) (?:all the way |right )?(?:onwards?|on|forward|"
    r"to the (?:very )?end(?: of (?:it|the (?:video|talk|edit|thing)))?|till the end|until the end|through to the end)$")


# round 13 (cuts5): "cut everything from where I say X" names no end: "everything" from a place runs to the end
_EVERYTHING_FROM = re.compile(rf"^{_VERB} (?:out |off )?(?:everything|all of it|the rest(?: of it)?|it all|the lot) "
                              r"(?P<how>from|starting (?:at|from|with)) (?P<a>(?!.*\b(?:to|till|until|through|thru|and)\b).+)$")


def _said_unquoted(ctx: Ctx, text: str) -> bool:
    """Round 13 (cuts5): two or more words said on the timeline just as written ("from wipe any paste onwards")."""
    if len(text.split()) < 2 or '"' in text or re.search(r"\d", text):
        return False
    placed, _ = spoken_sentences(ctx)
    return bool(placed) and bool(said_at(placed, text))


def cut_to_end(ctx: Ctx) -> Match | None:
    """From a said place to the end of the video: one cut_range on every track (the turn's safety
    review asks for a yes when that is much of the video)."""
    m = _TO_END.match(ctx.text) or _EVERYTHING_FROM.match(ctx.text)
    if m is None:
        return None
    a_text = m.group("a").strip(" ,")
    if not _is_place(a_text):
        if not _said_unquoted(ctx, a_text):
            return None
        a_text = f'"{a_text}"'  # the words themselves, as if quoted
    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    hits = _words_of(ctx, placed, a_text)
    if hits is not None:
        if len(hits) > 1:
            raise Unclear(_many(placed, a_text, hits))
        sentence = sentence_of(spans, hits[0][0])
        start = placed[hits[0][0]].start if m.group("how") != "after" else placed[sentence.last if sentence else hits[0][1]].end
    else:
        sentence = _first_take(ctx, spans, _description(a_text))
        start = sentence.start if m.group("how") != "after" else sentence.end
    end = ctx.duration_s
    if end - start <= 0.05:
        raise Unclear(f"That is the end of the video already ({clock(end)}).")
    from editor_app.planner.intents import num

    return Match([step("cut_range", {"start": num(round(start, 3)), "end": num(end)})],
                 f"cut everything from {clock(start)} to the end ({clock(start)}-{clock(end)}, {end - start:.1f} s), "
                 f"from \"{_short(placed, sentence)}\"")


def _first_take(ctx: Ctx, spans: list[Sentence], description: str) -> Sentence:
    """The described sentence; when it ties with the sentence right after or before it (a take and
    its retake say the same), the earlier one: everything after it goes anyway."""
    from editor_app.planner.said_in import ranked

    try:
        return described(ctx, description, spans)
    except Unclear:
        rows = ranked(ctx, description, spans)
        if len(rows) > 1 and rows[0][1] == rows[1][1] > 0 and abs(rows[0][3] - rows[1][3]) == 1 \
                and (len(rows) < 3 or rows[2][1] < rows[0][1] or rows[0][0] - rows[2][0] >= 0.05):
            return described(ctx, description, [spans[min(rows[0][3], rows[1][3])]], strict=False)
        raise


def _short(placed, sentence: Sentence | None) -> str:
    text = sentence.text if sentence is not None else ""
    return text if len(text) <= 60 else text[:57] + "…"


def cut_stretch(ctx: Ctx) -> Match | None:
    """From one said place through another; both ends must be found once, in order."""
    m = _STRETCH.match(ctx.text)
    if m is None:
        return None
    a_text, b_text = m.group("a").strip(" ,"), m.group("b").strip(" .!?,")
    if not _is_place(a_text) or not _is_place(b_text):
        return None  # "cut from 0:10 to 0:12", "cut from the intro to the outro clip": not said places
    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    first = _start_of(ctx, placed, spans, a_text)
    last = _end_of(ctx, placed, spans, b_text, first)
    if last < first:
        raise Unclear(f"\"{b_text}\" comes before \"{a_text}\" in the talk. Which stretch do you mean?")
    if any(s.first == first for s in spans):  # round 23: "from 'Not too shabby' through 'a nice easy patient'" + ", right?"
        from editor_app.planner.intents.said import sentence_remnant

        last = sentence_remnant(ctx, placed, spans, last)
    from editor_app.planner.intents.words import AGENT, _ranges

    quote = " ".join(p.text for p in placed[first: last + 1])
    quote = quote if len(quote) <= 80 else quote[:40] + " … " + quote[-36:]
    whole = sum(1 for s in spans if first <= s.first and s.last <= last)
    what = f"{whole} sentence{'s' * (whole != 1)}" if whole else "those words"
    return Match([step("cut_words", {"ranges": _ranges(placed, first, last)}, AGENT)],
                 f"cut from {clock(placed[first].start)} to {clock(placed[last].end)}, {what} (\"{quote}\")")


def _is_place(text: str) -> bool:
    if re.search(r"\d+(?:\.\d+)? ?(?:s|sec|secs|seconds?|minutes?|mins?)\b|\d:\d|^\d", text):
        return False
    return bool(text.startswith('"') or _WHERE_SAY.match(text) or _WHERE_DO.match(text) or _THE_NOUN.match(text))


def _quoted(text: str) -> str | None:
    q = re.fullmatch(r"\"([^\"]+)\"(?: (?:line|sentence|bit|part))?", text)
    return q.group(1) if q else None


def _words_of(ctx: Ctx, placed, text: str) -> list[tuple[int, int]] | None:
    """The (first, last) hits of a quote or of "where I say X"; None when ``text`` is a description."""
    quote = _quoted(text)
    say = _WHERE_SAY.match(text)
    phrase = quote or (say.group("x").strip('"') if say else None)
    if phrase is None:
        return None
    hits = said_at(placed, phrase)
    if not hits and say and re.match(r"(?:to|that) ", phrase):
        hits = said_at(placed, phrase.split(" ", 1)[1])
    if not hits:
        if say and not quote:
            return None  # "where I say the baby wakes up": not the words, a description of the sentence
        raise Unclear(f"I can't find \"{phrase}\" in what is said on the timeline. Quote the words as they are spoken.")
    return hits


def _description(text: str) -> str:
    for pattern in (_THE_NOUN, _WHERE_SAY, _WHERE_DO):
        m = pattern.match(text)
        if m is not None:
            return next(g for g in m.groups() if g)
    return text


def _start_of(ctx: Ctx, placed, spans: list[Sentence], text: str) -> int:
    hits = _words_of(ctx, placed, text)
    if hits is not None:
        if len(hits) > 1:
            raise Unclear(_many(placed, text, hits))
        return hits[0][0]
    return described(ctx, _description(text), spans).first


def _end_of(ctx: Ctx, placed, spans: list[Sentence], text: str, first: int) -> int:
    hits = _words_of(ctx, placed, text)
    if hits is not None:
        later = [h for h in hits if h[0] >= first]
        if not later:
            raise Unclear(f"{text} is not said after the start of the stretch. Which stretch do you mean?")
        if len(later) > 1:
            raise Unclear(_many(placed, text, later))
        return later[0][1]
    description = _description(text)
    try:
        anywhere = described(ctx, description, spans)
    except Unclear:
        anywhere = None  # a tie across the whole talk may still be one sentence after the start
    start = sentence_of(spans, first)
    if anywhere is not None and start is not None and anywhere.last < start.first:
        raise Unclear(f"The sentence that fits \"{description}\" is at {clock(anywhere.start)}, before the start of the "
                      "stretch. Which stretch do you mean?")
    later = [s for s in spans if s.last >= first]
    return described(ctx, description, later).last


def _many(placed, text: str, hits) -> str:
    where = ", ".join(clock(placed[a].start) for a, _ in hits[:5])
    return f"{text} is said {len(hits)} times (at {where}). Which one do you mean? Quote a few more words."


# round 16 (lead): "cut from the start to where I say X", "cut everything before I say X", "trim everything up to the
# part about Y": the start of the video up to where X begins. Before, the first read cut the word X alone and the
# second removed the whole talk clip.
_FROM_START = re.compile(
    rf"^{_VERB} (?:out |off )?(?:everything |all |it all |the lot |the bit |the part |the stretch )?(?:from )?(?:the (?:very )?"
    r"(?:start|beginning)(?: of (?:the )?(?:video|talk|it))?|the top|0:00|zero) (?:all the way |right )?(?:up )?"
    r"(?:to|until|till|up to|up until) (?:just before |right before )?(?P<b>.+)$")
_BEFORE = re.compile(rf"^{_VERB} (?:out |off )?(?:everything|all|it all|the lot|anything|all the stuff|all the bits?) "
                     r"(?:before|up to|up until|until|till|leading up to|ahead of) (?:where |when )?(?P<b>.+)$")


def cut_from_start(ctx: Ctx) -> Match | None:
    """From the start of the video to a said place: one cut_range on every track (the turn's safety review asks for a
    yes when that is much of the video). A time ("everything before 0:10") is the range intents'."""
    m = _FROM_START.match(ctx.text) or _BEFORE.match(ctx.text)
    if m is None:
        return None
    b_text = m.group("b").strip(" ,")
    if re.search(r"\d:\d|\d+(?:\.\d+)? ?(?:s|secs?|seconds?|minutes?|mins?)\b|^(?:the )?end\b", b_text):
        return None
    b_text = re.sub(r"^(?:i|you|he|she|we) (?:say|said|mention|start saying) ", "where i say ", b_text)
    b_text = re.sub(r"^(?:i|you|he|she|we) (?:start |begin )?(?:talk|talking|speak|speaking) (?:about|on) ", "the part about ", b_text)
    if not _is_place(b_text):
        if not _said_unquoted(ctx, b_text):
            return None
        b_text = f'"{b_text}"'  # the words themselves, as if quoted
    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    hits = _words_of(ctx, placed, b_text)
    if hits is not None:
        if len(hits) > 1:
            raise Unclear(_many(placed, b_text, hits))
        sentence = sentence_of(spans, hits[0][0])
        end = placed[hits[0][0]].start
    else:
        sentence = _first_take(ctx, spans, _description(b_text))
        end = sentence.start
    if end <= 0.05:
        raise Unclear("That is the very start of the video already, so there is nothing before it to cut.")
    from editor_app.planner.intents import num

    return Match([step("cut_range", {"start": 0, "end": num(round(end, 3))})],
                 f"cut everything from the start to {clock(end)} (0:00-{clock(end)}, {end:.1f} s), so the video starts at "
                 f"\"{_short(placed, sentence)}\"")


INTENTS = [cut_to_end, cut_from_start, cut_stretch]
