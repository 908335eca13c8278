"""Reordering what is said: "put the bit about the weather before the bit where I list the tools",
"move the last sentence to the very start", "swap the first two sentences", "the intro should come
after the moss bit".

Why: these name sentences of the talk, not clips, so the clip reorder (planner/reorder.py) found no
two clips and the B-roll placement read "the bit about X" as a place to put a picture over - an
edit nobody asked for. Each side is resolved like a described cut (planner/said_in.described: a
thing never said, or two sentences that fit as well, asks); a sentence moves with the pause after
it, as one plan on the main track only: its pieces are inserted at the new place (a ripple insert
of the same source), then the old place is cut from the main track. The video keeps its length, so
the music and the B-roll stay where they are.
"""

from __future__ import annotations

import re
from fractions import Fraction

from editor_app.planner.intents import clock, num, step
from editor_app.planner.types import Ctx, Match, Unclear

_POLITE = re.compile(r"^(?:(?:can|could|would) you |please |pls |i want to |i'd like to |let's |lets |now |ok,? |so,? )+")
_NOUN = r"(?:bit|part|sentence|line|section|segment|moment|piece|intro|outro|opening|ending|sign[- ]off)"
_TALKY = re.compile(rf"\b{_NOUN}s?\b|\bwhere (?:i|you|we)\b|\bwhen (?:i|you|we)\b")
_REL = r"(?P<rel>before|after|ahead of|in front of|behind|following|later than|earlier than)"
_PUT = re.compile(rf"^(?:put|move|shift|place|bring|stick|have|slot|drag) (?P<a>.+?)(?: so (?:that )?(?:it|they) "
                  rf"(?:comes?|goes|go|plays?|is|are|sits?))? (?:to |up |back |down )?(?:right |just |directly |straight |"
                  rf"immediately )?{_REL} (?P<b>.+)$")
_SHOULD = re.compile(rf"^(?P<a>.+?) (?:should|needs to|has to|must|ought to|to|can) (?:come|go|be|play|sit|happen) "
                     rf"(?:right |just |directly )?{_REL} (?P<b>.+)$")
_EDGE = re.compile(r"^(?:put|move|shift|place|bring|stick|have|slot|drag) (?P<a>.+?) (?:to|at|as) (?:the )?(?:very )?"
                   r"(?P<edge>start|beginning|front|top|end|bottom|first thing|last thing|opening|close)"
                   r"(?: of (?:the )?(?:video|talk|edit|timeline|whole thing))?$")
_SWAP = re.compile(r"^(?:swap|switch|flip|reverse|exchange)(?: (?:round|around|over))?(?: the order of)? (?P<a>.+?)"
                   r"(?: (?:and|with) (?P<b>.+?))?(?: (?:around|round|over|places))?$")
_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "fifth": 4,
             "opening": 0, "last": -1, "final": -1, "closing": -1, "penultimate": -2, "second last": -2,
             "second to last": -2}
_NTH = re.compile(r"^(?:the |my )?(?:very )?(?P<n>first|1st|second to last|second last|second|2nd|third|3rd|fourth|4th|"
                  r"fifth|opening|last|final|closing|penultimate) (?:sentence|line|bit|part|thing i say)$")
_PAIR = re.compile(r"^(?:the |my )?(?P<which>first|last|opening|final) (?:two|2) (?:sentences|lines|bits|parts)$")
_INTRO = re.compile(r"^(?:the |my )?(?:intro|introduction|opening|hello|greeting)(?: bit| part| line| sentence)?$")
_OUTRO = re.compile(r"^(?:the |my )?(?:outro|sign[- ]off|goodbye|ending|closing)(?: bit| part| line| sentence)?$")
_DESC = re.compile(rf"^(?:the |that |my |this )?(?:whole )?{_NOUN} (?:about|on|where|when|in which|with|mentioning|"
                   rf"describing|explaining|saying|talking about|that says|that's about|on how|listing|covering) (?P<d>.+)$")
_NAMED = re.compile(rf"^(?:the |that |my |this )?(?P<d>[a-z0-9' -]+?) {_NOUN}$")


def talk_order(ctx: Ctx) -> Match | None:
    """Sentences of the talk moved or swapped; None when the words name clips, not sentences."""
    t = _POLITE.sub("", ctx.text.strip(" .!?").lower()).strip()
    t = re.sub(r",? (?:please|pls|thanks|thank you|for me)$", "", t)
    main = ctx.main_track()
    if main is None or not main.clips:
        return None
    put = _PUT.match(t) or _SHOULD.match(t)
    edge = _EDGE.match(t)
    swap = _SWAP.match(t)
    if put and _talky(put.group("a")) and _talky(put.group("b")) and not _names_clip(ctx, put.group("a")):
        if re.search(r"\d", put.group("b")):
            return None  # "after 0:12" is a time
        return _plan_move(ctx, put.group("a"), put.group("rel"), put.group("b"))
    if edge and _talky(edge.group("a")) and not _names_clip(ctx, edge.group("a")):
        return _plan_move(ctx, edge.group("a"), edge.group("edge"), None)
    if swap:
        a, b = swap.group("a"), swap.group("b")
        if b is None and _PAIR.match(a):
            return _swap_pair(ctx, a)
        if b is not None and _talky(a) and (_talky(b) or re.match(r"(?:the )?(?:one|other one)\b", b)) \
                and not _names_clip(ctx, a):
            return _plan_swap(ctx, a, b)
        if b is None and re.search(r"\b(?:sentences|lines)\b", a):
            raise Unclear("Which two sentences should swap? Say e.g. \"swap the first two sentences\" or "
                          "\"swap the bit about X with the bit about Y\".")
    return None


def _talky(phrase: str) -> bool:
    return bool(_TALKY.search(phrase)) or bool(re.match(r"(?:the |my )?(?:intro|outro|introduction)\b", phrase))


def _names_clip(ctx: Ctx, phrase: str) -> bool:
    """A clip on the timeline named by its media ("the drone bit"): the clip reorder's, not ours."""
    from editor_app.planner.media_refs import ranked_mentions

    if re.search(r"\b(?:sentence|line|where (?:i|you|we)|when (?:i|you|we)|intro|outro)\b", phrase):
        return False
    try:
        mentions = ranked_mentions(Ctx(phrase, ctx.project), phrase, strict=True)
    except Unclear:
        return False
    on_timeline = {c.media_id for c in ctx.project.clips()}
    main = ctx.main_track()
    talk = {c.media_id for c in main.clips} if main else set()
    return any(m.asset.id in on_timeline and m.asset.id not in talk for m in mentions)


def _units(ctx: Ctx):
    """Each sentence with the pause after it: (start s, end s, text), in timeline order."""
    from editor_app.planner.said_in import spoken_sentences

    placed, spans = spoken_sentences(ctx)
    if not spans:
        raise Unclear("There is no word transcript for the talk on the timeline yet, so I can't tell its sentences apart.")
    main = ctx.main_track()
    end = ctx.sec(max(c.end for c in main.clips))
    units = []
    for i, s in enumerate(spans):
        nxt = spans[i + 1].start if i + 1 < len(spans) else end
        units.append((s.start, max(s.end, nxt), s.text))
    return spans, units


def _index(ctx: Ctx, phrase: str, spans) -> int:
    """The sentence ``phrase`` names; Unclear (in words about moving, not cutting) when none or two fit."""
    try:
        return _which(ctx, phrase, spans)
    except Unclear as exc:
        reply = re.sub(r"so I haven't cut anything", "so I haven't moved anything", exc.reply)
        raise Unclear(reply, exc.suggestions) from None


def _which(ctx: Ctx, phrase: str, spans) -> int:
    from editor_app.planner.said_in import described

    p = phrase.strip(" ,.").lower()
    nth = _NTH.match(p)
    if nth:
        i = _ORDINALS[nth.group("n")]
        if not -len(spans) <= i < len(spans):
            raise Unclear(f"The talk has only {len(spans)} sentences.")
        return i % len(spans)
    if _INTRO.match(p):
        return 0
    if _OUTRO.match(p):
        return len(spans) - 1
    m = _DESC.match(p) or _NAMED.match(p)
    description = m.group("d") if m else p
    description = re.sub(r"^(?:i |you |we )(?:say |said |talk about |talked about |mention |go on about |explain |list |go over |run through |describe )?", "", description)
    said = _said_verbatim(ctx, description, spans)
    if said is not None:
        return said
    chosen = described(ctx, description, spans)
    return spans.index(chosen)


def _said_verbatim(ctx: Ctx, description: str, spans) -> int | None:
    """The one sentence that says the description's words as said ("the second coat"), before a
    looser match that may prefer a sentence sharing the same words apart ("first coat ... the second")."""
    from editor_app.planner.said_in import said_at, sentence_of, spoken_sentences

    words = re.sub(r"^(?:the|a|an|my|that|this) ", "", description.strip())
    if len(words.split()) < 2:
        return None
    placed = spoken_sentences(ctx)[0]
    found = {id(sentence_of(spans, a)) for a, _ in said_at(placed, words)}
    if len(found) != 1:
        return None
    return next(i for i, s in enumerate(spans) if id(s) in found)


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:47] + "…"


def _plan_move(ctx: Ctx, a: str, rel: str, b: str | None) -> Match:
    spans, units = _units(ctx)
    i = _index(ctx, a, spans)
    if b is None:
        to_start = rel in ("start", "beginning", "front", "top", "first thing", "opening")
        j, after = (0, False) if to_start else (len(units) - 1, True)
    else:
        j = _index(ctx, b, spans)
        after = rel in ("after", "behind", "following", "later than")
    if i == j:
        raise Unclear(f"\"{a}\" and \"{b or rel}\" are the same sentence (\"{_short(units[i][2])}\"). Which should move?")
    if (after and i == j + 1) or (not after and i == j - 1) or (b is None and ((after and i == len(units) - 1) or (not after and i == 0))):
        where = "right after" if after else "right before"
        raise Unclear(f"\"{_short(units[i][2])}\" already comes {where} \"{_short(units[j][2])}\"; nothing to change.")
    dest = units[j][1] if after else units[j][0]
    what = f"move \"{_short(units[i][2])}\" (at {clock(units[i][0])}) {'after' if after else 'before'} \"{_short(units[j][2])}\""
    return Match(_move_steps(ctx, units[i][0], units[i][1], dest), what)


def _plan_swap(ctx: Ctx, a: str, b: str) -> Match:
    spans, units = _units(ctx)
    i = _index(ctx, a, spans)
    j = _index(ctx, b, spans)
    return _swap(ctx, units, i, j)


def _swap_pair(ctx: Ctx, phrase: str) -> Match:
    spans, units = _units(ctx)
    if len(units) < 2:
        raise Unclear("The talk has only one sentence.")
    first = _PAIR.match(phrase).group("which") in ("first", "opening")
    i, j = (0, 1) if first else (len(units) - 2, len(units) - 1)
    return _swap(ctx, units, i, j)


def _swap(ctx: Ctx, units, i: int, j: int) -> Match:
    if i == j:
        raise Unclear("That names the same sentence twice. Which two sentences should swap?")
    i, j = sorted((i, j))
    # the later one goes before the earlier one; then the earlier one (pushed later by the first's
    # length) goes where the later one ended, so what lies between them keeps its place
    (i0, i1, _), (j0, j1, _) = units[i], units[j]
    shift = j1 - j0
    steps = _move_steps(ctx, j0, j1, i0)
    if j != i + 1:
        steps += _move_steps(ctx, i0 + shift, i1 + shift, j1, pieces_of=(i0, i1))
    what = f"swap \"{_short(units[i][2])}\" and \"{_short(units[j][2])}\""
    return Match(steps, what)


def _frames(ctx: Ctx, s: float) -> int:
    return round(Fraction(str(s)) * ctx.project.fps)


def _move_steps(ctx: Ctx, start: float, end: float, dest: float, *, pieces_of: tuple[float, float] | None = None) -> list:
    """The main-track stretch ``start``..``end`` s played from ``dest`` s instead: its pieces inserted
    there (the same source, pushing later talk right), then the old place cut from the main track.
    ``pieces_of``: where that stretch was before an earlier step of the same plan moved it."""
    main = ctx.main_track()
    fps = ctx.project.fps
    a, b, d = _frames(ctx, start), _frames(ctx, end), _frames(ctx, dest)
    pa, pb = (_frames(ctx, pieces_of[0]), _frames(ctx, pieces_of[1])) if pieces_of else (a, b)
    pieces = []
    for clip in sorted(main.clips, key=lambda c: c.start):
        lo, hi = max(pa, clip.start), min(pb, clip.end)
        if hi <= lo:
            continue
        if clip.media_id is None:
            raise Unclear("A generated card sits inside that sentence; move it by hand.")
        source = Fraction(clip.source_in) + (lo - clip.start) * Fraction(clip.speed)
        if clip.speed != 1:
            raise Unclear("That sentence plays at another speed; I only move sentences at normal speed.")
        pieces.append((clip.media_id, source, hi - lo))
    if not pieces:
        raise Unclear("Nothing on the main track plays there.")
    steps, at = [], d
    for media_id, source, frames in pieces:
        steps.append(step("insert_clip", {"track_id": main.id, "media_id": media_id, "start": num(ctx.sec(at)),
                                          "source_in": num(float(source / fps)), "duration": num(ctx.sec(frames))},
                          agent="timeline"))
        at += frames
    length = b - a
    old_a, old_b = (a + length, b + length) if d <= a else (a, b)
    steps.append(step("cut_range", {"start": num(ctx.sec(old_a)), "end": num(ctx.sec(old_b)), "track_ids": [main.id]},
                      agent="speech"))
    return steps
