"""Two or more kinds of cut asked for in one breath: "remove the ums and the false start", "take out
the uhs, the retake and the bit about cooking oil", "cut the pauses and the bit where I cough".

Why: read whole, the first intent that knew one of the kinds took the request and the rest was
silently dropped (less cut than asked, and the reply did not say so). Here the object list is
split into its parts when every part is itself a kind of cut said about the talk (fillers, a
retake or false start, pauses, a sentence or a bit described or quoted); each part is planned in
turn with the verb, on the project as the parts before it leave it (planner.core.plan), and the
steps are returned as one plan, so one undo takes them all back. A part that cannot be done asks,
naming it, and nothing is cut: never the other parts alone.
"""

from __future__ import annotations

import re

from editor_app.planner.next_to import Order, cut_keys, is_generic, neighbour_steps, pointer, says_neighbour
from editor_app.planner.types import Ctx, Match, Unclear

_VERB = re.compile(r"^(?:please )?(?P<verb>cut|trim|remove|delete|drop|lose|kill|strip|ditch|erase|nix|scrap|snip|edit out|"
                   r"cut out|get rid of|take out|clean up|clean out|tighten|tighten up|shorten|chop|axe|bin) (?:out )?"
                   r"(?:both |all of )?(?P<rest>.+)$")
_FILLERS = r"(?:\"?(?:um|umm|uh|uhh|er|erm|ah|like|you know|sort of|kind of)\"?s?|fillers?|filler words|hesitations)"
_KIND = re.compile(
    rf"^(?:all (?:of )?|every |each )?(?:the |my |those |these |any |that |this )?(?:(?:long|awkward|little|big|silly|first|last|"
    rf"extra|dead|annoying|needless|pointless|\d+) )*(?:{_FILLERS}(?:,? (?:and|or) {_FILLERS})*"
    r"|retakes?|false starts?|flubs?|flubbed lines?|mistakes?|bad takes?|repeated (?:lines?|sentences?)"
    r"|pauses?|silences?|gaps?|dead air|breaks?"
    r"|profanity|profanities|swearing|swear ?words?|swears|cursing|curse words?|bad language|expletives?"  # round 23
    r"|(?:sentence|line|bit|part|section|remark|comment|story|tip|warning|advice|joke|explanation|moment|aside|tangent)\b.+"
    r"|[a-z0-9' -]+ (?:sentence|line|bit|part|remark|joke|story|tip|warning|aside|tangent|digression|anecdote|rant)"
    r"|words? \"[^\"]+\"|\"[^\"]+\"(?: (?:line|sentence|bit|part))?)$")
_SPLIT = re.compile(r"\s*,\s*(?:and\s+|plus\s+)?|\s+plus\s+|\s+and\s+(?=(?:all |the |my |those |these |any |that |this |\"))")

_DEPTH = [0]


def several_cuts(ctx: Ctx) -> Match | None:
    """Each part of "<verb> A, B and C" planned in turn as "<verb> A", "<verb> B", ...: one plan."""
    if _DEPTH[0]:
        return None
    from editor_app.planner.intents.quoted import with_neighbour_said

    if with_neighbour_said(ctx.text) is not None:
        return None  # round 16 (lead): "cut 'X' plus the next sentence": one stretch (intents/quoted.py), not two cuts
    also = _also(ctx)
    if also is not None:
        return also
    m = _VERB.match(ctx.text)
    if m is None or re.search(r"(?<!-)\b(?:from|over|between)\b(?!-)|\d:\d|\d ?s\b", m.group("rest")):
        return None  # a stretch, a placement or a time: not a list of kinds
    rest = re.sub(r"\s+(?:too|as well|also)$", "", m.group("rest"))  # "... and the false start too"
    rest = re.sub(r"(?<=[a-z])/(?=[a-z])", " and the ", rest) if re.search(rf"\b{_FILLERS}/", rest) else rest  # "ums/uhs"
    parts = [p.strip() for p in _SPLIT.split(_protect(rest)) if p.strip()]
    parts = [_unprotect(p) for p in parts]
    parts = _same_lines_joined(parts)  # round 11 (media): "the X line, the Y one" is one line said twice
    if len(parts) > 1 and any(pointer(p) for p in parts[1:]):  # round 10: "X and the line right after it"
        return _pointed(ctx, m.group("verb"), parts)
    kinds = [bool(_KIND.match(p)) for p in parts]
    if len(parts) < 2 or not any(kinds):
        return None
    if not all(kinds) and not _other_parts_stand_alone(parts, kinds):
        return None
    parts = _join_fillers(parts)
    if len({_family(p) for p in parts}) < 2 and not all(_family(p) == "said" for p in parts):
        return None  # "the ums and uhs" is one filler request; the filler intent reads it whole
    verb = m.group("verb")
    from editor_app.planner.core import _simulate, plan

    steps, says, current = [], [], ctx.project
    _DEPTH[0] += 1
    try:
        for i, part in enumerate(parts):
            text = f"{verb} {part}"
            result = plan(text, current, selection=tuple(ctx.selection), playhead=ctx.playhead, search=ctx.search)
            if not result.understood or not result.steps or result.special:
                reply = result.reply.split("\n")[0]
                raise Unclear(f"I can do the rest, but not \"{part}\": {reply} Nothing is cut yet; say it another way, "
                              "or ask for the other parts on their own.")
            steps.extend(result.steps)
            says.append(re.sub(r"^I'll |\.$", "", result.reply.split("\n")[0]))
            if i < len(parts) - 1:
                simulated, error = _simulate(current, result.steps, ctx.search)
                if error:
                    raise Unclear(f"\"{part}\" cannot be done: {error}")
                current = simulated or current
    finally:
        _DEPTH[0] -= 1
    return Match(steps, ", then ".join(says))


# A describing word in a part: "and the Y" after it may continue the description ("the bit about the
# drill and the screws"), so the list is not split there.
_DESCRIBES = re.compile(r"\b(?:about|where|when|that|which|mentions?|mentioning|says?|saying|with|comparing|explaining)\b")
# A scope in a part may apply to every part ("the ums and the uhs in the intro"): planning the parts
# apart would cut every um. "after it"/"before that" point at the part before and are fine.
_SCOPE = re.compile(r"\b(?:in|during|within|inside|at|near|from|of|around|throughout|on|between|until|till)\b")


# A plural noun closing the list names every part ("the X and Y lines").
_SHARED_NOUN = re.compile(r"\b(?:lines|sentences|bits|parts|sections|remarks|takes|clips|ones)$")
# A part that is an object ("the restart"), not a clause of its own ("leave the other one").
_OBJECT = re.compile(r"^(?:the|my|that|this|those|these|a|an|any|\")\b")


def _other_parts_stand_alone(parts: list[str], kinds: list[bool]) -> bool:
    """Whether the parts that are not a known kind of cut ("the restart", "the flubbed line right after
    it") can be planned on their own. Why (round 9, suite K): read whole, the intent that knew one part
    took the request and silently dropped the other ("remove the ums and the restart" cut only the
    restart): a destructive under-cut. Planned part by part, a part that cannot be done asks instead."""
    if any(_DESCRIBES.search(_unquoted(p)) for p in parts[:-1]):
        return False
    if _SHARED_NOUN.search(parts[-1]):
        return False  # "both the 'X' and 'Y' lines": one noun for every part (the quote intents read it)
    return all(known or (len(p.split()) <= 7 and _OBJECT.match(p) and not _SCOPE.search(_unquoted(p)))
               for p, known in zip(parts, kinds))


def _unquoted(part: str) -> str:
    return re.sub(r"\"[^\"]*\"", "", part)


def _join_fillers(parts: list[str]) -> list[str]:
    """"the ums", "uhs" split from "the ums/uhs" go back together: one filler request."""
    out: list[str] = []
    for p in parts:
        if out and _family(out[-1]) == "fillers" and re.fullmatch(rf"(?:the )?{_FILLERS}", p):
            out[-1] = f"{out[-1]} and {re.sub(r'^the ', '', p)}"
        else:
            out.append(p)
    return out


def _family(part: str) -> str:
    if re.search(rf"\b{_FILLERS}$", part):
        return "fillers"
    if re.search(r"retake|false start|\bredo\b|\bredid\b|flub|mistake|bad take|repeated", part):
        return "retakes"
    if re.search(r"pause|silence|gap|dead air|break", part) and not re.search(r"\b(?:sentence|line|bit|part)\b", part):
        return "pauses"
    return "said"


def _same_lines_joined(parts: list[str]) -> list[str]:
    from editor_app.planner.spoken_lines import says_same_line

    out: list[str] = []
    for part in parts:
        if out and says_same_line(out[-1], part):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def _protect(text: str) -> str:
    return re.sub(r"\"[^\"]*\"", lambda q: q.group(0).replace(",", "\x03").replace(" and ", "\x04"), text)


def _unprotect(text: str) -> str:
    return text.replace("\x03", ",").replace("\x04", " and ")


def _pointed(ctx: Ctx, verb: str, parts: list[str]) -> Match:
    """Each part planned in turn; a part "right after it" / "before that" must be the sentence next to
    the part before it (planner.next_to), and "the line after it" alone is that sentence. One plan;
    a part that cannot be done, or is not where the request says, asks and nothing is cut."""
    from editor_app.planner.core import _simulate, plan

    order = Order(ctx)
    steps, says, current, previous = [], [], ctx.project, None
    _DEPTH[0] += 1
    try:
        for i, part in enumerate(parts):
            pointed = pointer(part) if i else None
            core, side = pointed if pointed else (part, "")
            if pointed and previous is None:
                raise Unclear(f"I can't tell what \"{part}\" is next to. Name both parts with a few of their words.")
            if pointed and is_generic(core):
                here = Ctx(f"{verb} {core}", current, tuple(ctx.selection), ctx.playhead, ctx.search)
                made = neighbour_steps(order, here, previous, side, part)
                said = says_neighbour(order, previous, side, part)
            else:
                result = plan(f"{verb} {core}", current, selection=tuple(ctx.selection), playhead=ctx.playhead,
                              search=ctx.search)
                if not result.understood or not result.steps or result.special:
                    reply = result.reply.split("\n")[0]
                    raise Unclear(f"I can do the rest, but not \"{part}\": {reply} Nothing is cut yet; say it another "
                                  "way, or ask for the other parts on their own.")
                made, said = result.steps, re.sub(r"^I'll |\.$", "", result.reply.split("\n")[0])
                if pointed:
                    keys = cut_keys(made)
                    if keys is None:
                        raise Unclear(f"\"{part}\" is not a line I can place next to the part before it. "
                                      "Nothing is cut yet; name it with a few of its words.")
                    order.check(previous, keys, side, core)
            previous = cut_keys(made)
            steps.extend(made)
            says.append(said)
            if i < len(parts) - 1:
                simulated, error = _simulate(current, made, ctx.search)
                if error:
                    raise Unclear(f"\"{part}\" cannot be done: {error}")
                current = simulated or current
    finally:
        _DEPTH[0] -= 1
    return Match(_joined(ctx, steps), ", then ".join(says))


def _joined(ctx: Ctx, steps: list) -> list:
    """Parts that are next to each other in the talk cut as one stretch, so the pause between two
    neighbouring lines goes with them (two cuts would leave it standing alone)."""
    from editor_app.planner.intents import step
    from editor_app.planner.intents.words import AGENT, _ranges
    from editor_app.planner.said_in import spoken_sentences

    keys = cut_keys(steps)
    if keys is None or len(steps) < 2:
        return steps
    placed, _ = spoken_sentences(ctx)
    where = {(p.media_id, p.index): i for i, p in enumerate(placed)}
    at = sorted({where[k] for k in keys if k in where})
    if len(at) != len(set(keys)) or at != list(range(at[0], at[-1] + 1)):
        return steps  # not one unbroken stretch of what is heard: each part on its own
    return [step("cut_words", {"ranges": _ranges(placed, at[0], at[-1])}, AGENT)]


# round 10: "and the long pauses too" right after a cut: the same kind of request, for another kind of cut
_TOO = re.compile(r"^(?:and|also|plus|oh and) (?:also )?(?:do )?(?P<obj>.+?) (?:too|as well|also)$")
_CUTS = frozenset({"cut_words", "remove_fillers", "remove_silences", "shorten_pauses", "remove_retakes", "cut_range"})


def _also(ctx: Ctx) -> Match | None:
    """"and the long pauses too" after a cut turn: "remove the long pauses" (the last turn was a cut,
    and the object is a kind of cut of its own; anything else is left to the follow-up readers)."""
    m = _TOO.match(ctx.text)
    if m is None or not _KIND.match(m.group("obj")) or ctx.memory is None:
        return None
    last = ctx.memory.last_edit()
    if last is None or not {s.get("tool") for s in last.steps} & _CUTS:
        return None
    from editor_app.planner.core import plan

    _DEPTH[0] += 1
    try:
        result = plan(f"remove {m.group('obj')}", ctx.project, selection=tuple(ctx.selection), playhead=ctx.playhead,
                      search=ctx.search)
    finally:
        _DEPTH[0] -= 1
    if not result.understood or not result.steps or result.special:
        raise Unclear(result.reply.split("\n")[0])
    return Match(result.steps, re.sub(r"^I'll |\.$", "", result.reply.split("\n")[0]))
