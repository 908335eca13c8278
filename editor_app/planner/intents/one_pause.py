"""One pause named by what is said next to it: "remove the silence after 'pick a film stock'",
"cut the long pause before I say thanks".

Why: a singular pause with a place is not "all the pauses"; cutting every silence there removed
far more than was asked. The pause is found in what is heard on the timeline; when the words are
not found, or no pause is there, it asks.
"""

from __future__ import annotations

import re

from editor_app.model.word_cuts import timeline_words
from editor_app.model.words import find_phrase, norm
from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

_ONE = re.compile(r"(?:\b(?:the|that|this|one) |^(?:shorten|cut|trim|remove|tighten|close|kill|lose|delete|reduce) )"
                  r"(?:long |awkward |little |big |short |weird )?(?:silences?|pauses?|gaps?|dead air|"
                  r"(?:quiet|silent|dead|empty) (?:bit|part|moment|stretch|spot|patch)|lull)"  # round 9: "the quiet bit after ..."
                  r" (?:right |just |straight )?(after|before) (?!each\b|every\b|all (?:the )?(?:sentences|lines|pauses|gaps)\b|the (?:sentences|lines))(.+)$")
# "the sour tasting line": a sentence named by what it is about, not by its words
_NAMED_LINE = re.compile(r"^(?:the|my|that) (.+?) (?:line|sentence|bit|part|remark|joke|comment|story|tip|warning|advice|"
                         r"explanation|point|aside|thing|stuff|rant|mention|moment)$")  # round 16, lead: "the marisol thing"
# round 8: "the gap after I explain the seal is too long": the complaint names one pause and asks to shorten it
_TOO_LONG = re.compile(r"^(?P<what>(?:the|that|this) .+?|(?:long |big )?(?:gap|pause|silence)s? (?:after|before) .+?) (?:is|was|'s|feels|seems|goes on|drags(?: on)?)"
                       r"(?: (?:way|far|much|a bit|a little|really|so|just|kind of|kinda))* (?:too long|forever|ages|too much)$")
# round 12b: text.normalize has made 'X' a "X" already, so an apostrophe inside ("until it's clear") is no end
_QUOTED = re.compile(r"\"([^\"]{2,})\"|'([^\"']{2,})'")
_REMOVE = re.compile(r"\b(cut|trim|remove|delete|drop|lose|skip|kill|get rid of|take out|tighten|shorten|close|ditch)\b")
_SHORTEN = re.compile(r"\b(?:tighten|shorten|trim|reduce)\b")
_KEPT_S = 0.5  # what shorten_pauses leaves of every long pause
MIN_PAUSE_S = 0.25  # shorter than this is the breath between words, not a pause
_HESITATIONS = frozenset({"um", "umm", "uhm", "uh", "uhh", "er", "erm", "ah"})


def one_pause(ctx: Ctx) -> Match | None:
    too_long = _TOO_LONG.match(ctx.text)
    if too_long is not None:
        what = too_long.group("what")
        what = what if what.startswith(("the ", "that ", "this ")) else "the " + what  # round 22: "gap after X is too long"
        ctx = Ctx(f"shorten {what}", ctx.project, ctx.selection, ctx.playhead, ctx.search,
                  ctx.last_clips, ctx.memory, ctx.subject)
    m = _ONE.search(ctx.text)
    if m is None or not _REMOVE.search(ctx.text[: m.start()] + " " + ctx.text[m.start(): m.start() + 9]):
        return None
    side, rest = m.group(1), m.group(2)
    quoted = _QUOTED.search(rest)
    phrase = (quoted.group(1) or quoted.group(2)) if quoted else re.sub(r"^(?:i say|i said|where i say|saying|the words?)\s+", "", rest)
    placed = timeline_words(ctx.project)
    if not placed:
        return None  # no words: the silences intent says what it can do
    texts = [norm(p.text) for p in placed]
    found = find_phrase(texts, phrase)
    if not found and not quoted:  # round 7, words: "after I say the ratio", "after I talk about the slack"
        from editor_app.planner.said_in import said_at, said_loosely

        found = said_at(placed, phrase) or (said_at(placed, phrase[4:]) if phrase.startswith("the ") else [])
        found = found or said_loosely(placed, phrase)  # round 11: "before and now the X" arrives without "now"
        found = found or _described(ctx, placed, rest, phrase)
        first = phrase.split()[0] if phrase.split() else ""
        if not found and len(phrase.split()) >= 3:  # round 23: "the gap after mossy giving out for a month": who, then what
            from editor_app.planner.intents.person_story import named as person_named

            if person_named(ctx, first.removesuffix("'s")) is not None:
                from editor_app.planner.said_in import said_in_order

                found = said_in_order(placed, phrase.split(" ", 1)[1])
    named = _NAMED_LINE.match(phrase) if not found and not quoted else None
    if named is not None:
        found = _sentence_about(ctx, placed, named.group(1))
    if not found:
        raise Unclear(f"I couldn't find \"{phrase}\" in the talk, so I don't know which pause you mean. "
                      "Say its time, e.g. \"cut the silence between 0:41 and 0:43\".")
    if len(found) > 1:  # round 23: said twice, but a pause follows (precedes) only one of them: that pause is meant
        def gap(span: tuple[int, int]) -> float:
            i = span[1] if side == "after" else span[0] - 1
            return placed[i + 1].start - placed[i].end if 0 <= i < len(placed) - 1 else 0.0

        paused = [span for span in found if gap(span) >= MIN_PAUSE_S]
        found = paused if len(paused) == 1 else found
    if len(found) > 1:
        where = ", ".join(clock(placed[a].start) for a, _ in found[:4])
        raise Unclear(f"\"{phrase}\" is said {len(found)} times (at {where}). Which pause do you mean?")
    first, last = found[0]
    if not quoted and norm(phrase) != " ".join(norm(p.text) for p in placed[first: last + 1]):
        phrase = " ".join(p.text for p in placed[first: last + 1]).strip(",.!?")  # the words as said
    if side == "after":
        if last + 1 >= len(placed):
            raise Unclear(f"\"{phrase}\" is the last thing said; there is no pause after it to cut.")
        a, b = placed[last].end, placed[last + 1].start
        end = _sentence_end_near(placed, last)
        if b - a < MIN_PAUSE_S and end is not None:
            # round 22: "long silence after five or six centimetres" when the line ends "..., ken.": the pause after
            # the words' sentence, one or two words later (a tic or filler closing it)
            last = end
            a, b = placed[last].end, placed[last + 1].start
    else:
        if first == 0:
            raise Unclear(f"\"{phrase}\" is the first thing said; there is no pause before it to cut.")
        if first >= 2 and norm(placed[first - 1].text) in _HESITATIONS \
                and placed[first].start - placed[first - 1].end < MIN_PAUSE_S:
            first -= 1  # round 12: "the gap before hold it by X" when the line opens "Uh, hold it": before the "uh"
        a, b = placed[first - 1].end, placed[first].start
    if b - a < MIN_PAUSE_S:
        raise Unclear(f"There is no pause {side} \"{phrase}\" ({b - a:.2f} s between the words).")
    keep, args = _pause_args(ctx.text[: m.start() + 9], a, b)
    if keep:
        return Match([step("remove_silences", args)], f"shorten the pause {side} \"{phrase}\" ({clock(a)}-{clock(b)}, "
                     f"{b - a:.1f} s) to {keep:.1f} s; nothing else")
    return Match([step("remove_silences", args)],
                 f"cut the pause {side} \"{phrase}\" ({clock(a)}-{clock(b)}, {b - a:.1f} s; nothing else)")


def _pause_args(asked: str, a: float, b: float) -> tuple[float, dict]:
    """(what is kept, remove_silences arguments) for the one pause a-b s: "tighten / shorten it" (said in ``asked``) leaves
    it as long as shortening every pause does (0.5 s), "cut" takes it all (round 11)."""
    keep = _KEPT_S if _SHORTEN.search(asked) and b - a > _KEPT_S + MIN_PAUSE_S else 0.0
    args = {"start": num(round(a, 3)), "end": num(round(b, 3)), "padding": num(round(keep / 2, 3))}
    if b - a < 0.85:  # round 11: the tool's shortest pause is 0.8 s by default; this one is named, so it counts
        args["min_silence"] = num(round(max(0.1, b - a - 0.05), 2))
    return keep, args


# round 19: "cut the silence at 1:20", "shorten the pause around 0:45": one pause named by its time (it had cut EVERY
# silence, a destructive misreading of a singular)
_AT_TIME = re.compile(r"\b(?:the|that|this|one|a) (?:long |awkward |little |big |weird )?(?:silence|pause|gap|dead air|lull|"
                      r"(?:quiet|silent|dead|empty) (?:bit|part|moment|stretch|spot|patch)) (?:right |just )?(?:at|around|near|about|by)"
                      r" (?:about |around )?(?P<t>\d+:\d\d(?:\.\d+)?|\d+(?:\.\d+)? ?(?:seconds?|secs?|s)\b)")


def pause_at_time(ctx: Ctx) -> Match | None:
    """The one pause at (or within a second of) the time said, cut or shortened; none there asks."""
    from editor_app.planner import quantities as q

    m = _AT_TIME.search(ctx.text)
    if m is None or not _REMOVE.search(ctx.text[: m.start()]):
        return None
    found = q.times(m.group("t"))
    placed = timeline_words(ctx.project)
    if not found or not placed:
        return None
    at = found[0].seconds
    gaps = [(placed[i].end, placed[i + 1].start) for i in range(len(placed) - 1)
            if placed[i + 1].start - placed[i].end >= MIN_PAUSE_S]
    near = [g for g in gaps if g[0] - 1.0 <= at <= g[1] + 1.0]
    if not near:
        raise Unclear(f"I don't hear a pause at {clock(at)}. Say the words next to it (\"the pause after 'X'\") or a "
                      "stretch (\"cut the silence between 0:41 and 0:43\").")
    a, b = min(near, key=lambda g: 0 if g[0] <= at <= g[1] else min(abs(at - g[0]), abs(at - g[1])))
    keep, args = _pause_args(ctx.text[: m.start()], a, b)
    what = f"shorten the pause at {clock(a)}-{clock(b)} ({b - a:.1f} s) to {keep:.1f} s" if keep else \
        f"cut the pause at {clock(a)}-{clock(b)} ({b - a:.1f} s)"
    return Match([step("remove_silences", args)], f"{what}; nothing else")


def _described(ctx: Ctx, placed, rest: str, phrase: str) -> list[tuple[int, int]]:
    """The sentence a description names ("after I talk about the slack", "after the clip-on tuner line"):
    planner.said_in's strict pick (a weak match or a tie asks)."""
    from editor_app.planner.said_in import described, spoken_sentences

    about = re.match(r"^(?:i|we)(?:'m| am| was)? (?:talk|talking|talked|explain|explaining|explained|describe|describing|"
                     r"described|mention|mentioning|mentioned|go on|went on)(?: about)? (.+)$", rest)
    named = _NAMED_LINE.match(phrase)
    doing = re.match(r"^(?:i|we)(?:'m| am| was)? (?!say\b|said\b)(.+)$", rest)  # "after I tap the pin home"
    # round 9: "after I say the fan's weak": not the words said, a paraphrase of the sentence
    paraphrase = re.match(r"^(?:i|we) (?:say|said|mention|mentioned)(?: that)? (.+)$", rest)
    # round 10: "after the bit about my neighbour", "after the line on the handbook"
    line_about = re.match(r"^(?:the|my|that) (?:line|sentence|bit|part|remark|comment|story|aside|joke|moment|warning|tip|"
                          r"advice|point|explanation) (?:about|on|"
                          r"with|mentioning|where i (?:talk about|mention|go on about)) (.+)$", phrase)
    # round 12: "after the price of the bulb": a thing the line says, named without a line noun
    thing = re.match(r"^(?:the|my) ((?:price|cost|bit|part|story|warning|tip|question|answer|point|mention|explanation)"
                     r" (?:of|about|on) .+)$", phrase)
    description = about.group(1) if about else line_about.group(1) if line_about else named.group(1) if named else \
        doing.group(1) if doing else paraphrase.group(1) if paraphrase else thing.group(1) if thing else None
    if description is None:
        return []
    _, spans = spoken_sentences(ctx)
    sentence = described(ctx, description, spans)
    return [(sentence.first, sentence.last)]


def _sentence_about(ctx: Ctx, placed, topic: str) -> list[tuple[int, int]]:
    """(first, last) placed word of the passage the project's search finds for ``topic`` (Unclear
    from the search when nothing is about it)."""
    from editor_app.planner.topics import find_passage

    passage = find_passage(ctx, topic)
    inside = [i for i, p in enumerate(placed) if p.start >= passage.start - 0.05 and p.end <= passage.end + 0.05]
    return [(inside[0], inside[-1])] if inside else []


def _sentence_end_near(placed, last: int) -> int | None:
    """The index of the word ending the sentence within two words after ``last`` (terminal punctuation, a pause
    after it), or None."""
    for i in range(last + 1, min(last + 3, len(placed) - 1)):
        if placed[i].text.rstrip().endswith((".", "!", "?")) and placed[i + 1].start - placed[i].end >= MIN_PAUSE_S:
            return i
    return None
