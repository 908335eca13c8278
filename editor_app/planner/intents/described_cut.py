"""Sentences named by what is said or done in them, in the shapes the sentence intents missed:
"cut where I compare it to the shop's price" (no noun before "where"), "remove the X / Y sentence"
(two things the sentence says), "take out the X list" / "the list of X" (a sentence that lists
things), "take out both the X line and the Y line after it", "cut the X sentence and the Y one
right after it" (two described sentences, the second found after the first).

Why: these named no clip and no sentence noun the other intents knew, so they fell through to the
clip intents: "Which clip should I remove?", or worse, a clip whose name shares a word with the
description ("the kitchen shop" removed the "warm kitchen jazz" music). When the words describe
what is said in the talk, it is a cut of what was said. Each sentence is picked by
planner.said_in.described (strict: a weak match or a tie asks, a thing never said asks) and cut
word for word; never a clip.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock, step
from editor_app.planner.said_in import Sentence, described, says_all, spoken_sentences
from editor_app.planner.types import Ctx, Match, Unclear

_VERB = (r"^(?:please )?(?:just )?(?:cut|trim|remove|delete|drop|lose|skip|kill|strip|ditch|erase|get rid of|take out|scrap|chop|"
         r"nix|bin|axe|snip|edit out|cut out|zap)")
_NOUN = (r"(?:sentence|line|bit|part|section|remark|comment|explanation|moment|story|tip|warning|advice|joke|aside|"
         r"reminder|instruction|complaint|rant)")
# "cut where I compare it to X", "remove the part where I explain how X": the sentence where that is said or done
_WHERE = re.compile(rf"{_VERB} (?:out )?(?:(?:the|that|my) (?:whole )?{_NOUN} )?(?:where|when|in which) "
                    r"(?:i|we)(?:'m| am| was|'ve| have| had)? (?P<x>.+)$")
# verbs that the other intents read better: quotes ("where I say X"), retakes ("where I mess up"), questions
_OTHERS = re.compile(r"^(?:say|says|said|start saying|mention|mentions|mentioned|tell|told|ask|asks|asked|wonder|mess|messed|"
                     r"muck|mucked|cock|cocked|screw|screwed|trip|tripped|stumble|stumbled|fumble|fumbled|flub|flubbed|"
                     r"restart|start again|start over|stop|pause|go quiet|am quiet|cough|sneeze|laugh)\b")
# "the orange rust / sticky surface sentence", "the carbon layer/mesh line"
_SLASH = re.compile(rf"{_VERB} (?:out )?(?:the|that|my) (?P<d>[a-z0-9' -]+?(?: ?/ ?[a-z0-9' -]+?)+) {_NOUN}$")
# "the tools list", "the what you need list", "the list of stuff you need", "the bit listing X"
_LIST = re.compile(rf"{_VERB} (?:out )?(?:the|that|my) (?:(?P<a>[a-z0-9' -]+?) list|list (?:of|with|where i (?:list|go through)) "
                   r"(?P<b>.+))$")
# "both the X line and the Y line after it", "the X sentence and the Y one right after it"
_TWO = re.compile(rf"{_VERB} (?:out )?(?:both )?(?:the |my )?(?:\"(?P<qa>[^\"]+)\"(?: {_NOUN})?|(?P<a>[a-z0-9' /-]+?) (?:{_NOUN})) "
                  rf"and (?:the |my |then )?(?:\"(?P<qb>[^\"]+)\"(?: (?:{_NOUN}|one|heading|title|bit))?|(?P<b>[a-z0-9' /-]+?) (?:{_NOUN}|one|1))"
                  # round 13: "... and the skirting sentence that comes right after", the first said as a quote
                  r"(?: (?:that |which )?(?:comes |is |follows |goes )?(?P<near>right |just |straight |directly |immediately )?"
                  r"(?P<rel>after|before)(?: (?:it|that|that one|this))?)?$")

# round 13: "the sentence about the batch numbers and the one about my sister": two lines, each by what it is about
_ABOUT = r"(?:about|on|mentioning|where i (?:talk about|mention|say)|with)"
_TWO_ABOUT = re.compile(rf"{_VERB} (?:out )?(?:both )?(?:the |my )?{_NOUN} {_ABOUT} (?P<a>.+?),? and (?:also )?(?:the |my )?"
                        rf"(?:one|other one|{_NOUN}) {_ABOUT} (?P<b>.+)$")

# round 11: "the switch price line, the fifty cents a switch one": a second description set after a comma
# ("the ... one", "i mean the ... one") says again which sentence the first meant (an appositive)
_SAID_AGAIN = re.compile(rf"{_VERB} (?:out )?(?:the|that|my) (?P<a>[a-z0-9' -]+?) {_NOUN}, (?:i mean |you know |like |"
                         rf"as in |so |ie |i\.e\. |that's )?(?:the|that|my) (?P<b>[a-z0-9' -]+?) (?:one|1|{_NOUN})$")


def _cut(placed, sentences: list[Sentence], what: str) -> Match:
    from editor_app.planner.intents.words import AGENT, _ranges

    ranges = [r for s in sorted(sentences, key=lambda s: s.first) for r in _ranges(placed, s.first, s.last)]
    quotes = "; ".join(f"\"{s.text if len(s.text) <= 60 else s.text[:57] + '…'}\" (at {clock(s.start)})"
                       for s in sorted(sentences, key=lambda s: s.first))
    return Match([step("cut_words", {"ranges": ranges}, AGENT)], f"delete {what} {quotes}")


def _listing(text: str) -> bool:
    """A sentence that lists things: three or more items set off by commas or "and"."""
    return text.count(",") >= 2 or (text.count(",") >= 1 and " and " in text)


def _clean(description: str) -> str:
    return re.sub(r"\s*/\s*", " ", description).strip(" .,!?")


_FILLER_OBJECT = re.compile(r"^(?:\w+ ){1,3}?(?:the|that|this|one|an?)(?: (?:first|second|third|last|final|only|single|lone))? "
                            r"(?:umm?|uhh?|erm?|ah)s?\b(?! (?:and|or)\b)")


def cut_described_more(ctx: Ctx) -> Match | None:
    t = ctx.text
    if re.search(r"\b(?:over|cut (?:away )?to|put|show)\b", t) or ('"' in t and not _quote_then_next(t)):
        return None  # B-roll placement, or a quote (the quote intents read those)
    if _FILLER_OBJECT.match(t):
        return None  # round 22: "cut the um in the what you'll need list": a filler in the list (fillers_scoped), not the list
    again = _SAID_AGAIN.match(t)
    if again is not None:
        placed, spans = spoken_sentences(ctx)
        return _said_again(ctx, placed, spans, again) if spans else None
    two = _TWO.match(t)
    if two is not None and re.fullmatch(r"(?:the|my|then|next|following|previous|whole)", two.group("b") or ""):
        two = None  # round 10: "the aside and the line before it" is a sentence by its place (intents/several.py)
    about_two = _TWO_ABOUT.match(t) if two is None else None
    if about_two is not None:
        placed, spans = spoken_sentences(ctx)
        if not spans:
            return None
        first = described(ctx, _clean(about_two.group("a")), spans)
        second = described(ctx, _clean(about_two.group("b")), spans)
        if second == first:
            raise Unclear(f"Both descriptions fit the same sentence (at {clock(first.start)}). Which two do you mean?")
        return _cut(placed, sorted([first, second], key=lambda x: x.first), "the sentences")
    where = _WHERE.match(t) if two is None else None
    if where is not None and (_OTHERS.match(where.group("x")) or re.search(r"\b(?:from|onwards|to the end)\b", t)):
        where = None
    if where is not None:  # round 10: "where I get muddled over X" is a flub (intents/retakes.py reads it)
        from editor_app.planner.intents.retakes import _ASKED

        where = None if _ASKED.search(where.group("x")) else where
    slash = _SLASH.match(t) if two is None and where is None else None
    listed = _LIST.match(t) if two is None and where is None and slash is None else None
    if not (two or where or slash or listed):
        return None
    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    if two is not None and two.group("qb") and not _quote_then_next(t):
        return None  # two quotes, or a quote with no place: the quote intents read those
    if two is not None and two.group("qa"):
        from editor_app.planner.meaning import stems
        from editor_app.planner.said_in import topic_stems

        heard = set().union(*(stems(s.text) for s in spans))
        if not topic_stems(two.group("b")) & heard:
            return None  # 'cut "X" and the botched line after it': how the line went, not what it says (intents/several.py)
    if two is not None:
        return _two(ctx, placed, spans, two)
    if where is not None:
        return _cut(placed, [described(ctx, _clean(where.group("x")), spans)], "the sentence")
    if slash is not None:
        return _cut(placed, [described(ctx, _clean(slash.group("d")), spans)], "the sentence")
    description = _clean(listed.group("a") or listed.group("b"))
    lists = [s for s in spans if _listing(s.text)]
    try:  # the list sentence the description fits; else any sentence it fits
        chosen = described(ctx, description, lists) if lists else None
    except Unclear:
        chosen = None
    return _cut(placed, [chosen or described(ctx, description, spans)], "the list")


def _quote_then_next(t: str) -> bool:
    """Round 13: 'delete "X" and the Y sentence right after': a quoted line, then one described by its place
    (or 'cut the X line and the "Y" heading after it')."""
    m = _TWO.match(t)
    return bool(m and (m.group("qa") or m.group("qb")) and m.group("rel") and not (m.group("qa") and m.group("qb")))


def _two(ctx: Ctx, placed, spans: list[Sentence], m: re.Match) -> Match:
    """Two described sentences; "after it" finds the second among those after the first (right
    after: it must be the next one)."""
    if m.group("qa"):
        from editor_app.planner.said_in import said_at, sentence_of

        hits = said_at(placed, m.group("qa").strip(" .,!?"))
        if len(hits) != 1:
            raise Unclear(f"\"{m.group('qa')}\" is {'not said' if not hits else f'said {len(hits)} times'} on the "
                          "timeline. Quote the words as they are spoken.")
        first = sentence_of(spans, hits[0][0])
    else:
        first = described(ctx, _clean(m.group("a")), spans)
    rel = m.group("rel")
    if m.group("qb"):  # round 13: 'the X line and the "Y" heading after it': the quote says which line, after the first
        from editor_app.planner.said_in import said_at, sentence_of

        hits = [h for h in said_at(placed, m.group("qb").strip(" .,!?"))
                if (h[0] > first.last if rel == "after" else h[1] < first.first)]
        if len(hits) != 1:
            raise Unclear(f"\"{m.group('qb')}\" is {'not said' if not hits else f'said {len(hits)} times'} {rel} "
                          f"\"{first.text[:50]}\". Quote the words as they are spoken.")
        second = sentence_of(spans, hits[0][0])
    elif rel is None:
        second = described(ctx, _clean(m.group("b")), spans)
    else:
        pool = [s for s in spans if (s.first > first.last if rel == "after" else s.last < first.first)]
        if not pool:
            raise Unclear(f"There is no sentence {rel} \"{first.text[:50]}\". Which one do you mean?")
        second = described(ctx, _clean(m.group("b")), pool)
        index = spans.index(first)
        neighbour = spans[index + 1] if rel == "after" and index + 1 < len(spans) else spans[index - 1] if index else None
        if m.group("near") and second != neighbour:
            raise Unclear(f"The sentence right {rel} \"{first.text[:50]}\" is \"{neighbour.text[:50] if neighbour else ''}\", "
                          f"not the one that fits \"{m.group('b')}\" (at {clock(second.start)}). Which do you mean?")
    if second == first:
        raise Unclear(f"Both descriptions fit the same sentence (at {clock(first.start)}). Which two do you mean?")
    return _cut(placed, [first, second], "the sentences")


def _said_again(ctx: Ctx, placed, spans: list[Sentence], m: re.Match) -> Match:
    """One sentence described twice: both descriptions must pick it (each by the strict pick, which asks
    on a weak fit or a tie); two different sentences ask which was meant, nothing is cut."""
    second = described(ctx, _clean(m.group("b")), spans)
    if says_all(_clean(m.group("a")), second.text):  # "the price line, the seven dollar one": the second narrows the first
        return _cut(placed, [second], "the sentence")
    first = described(ctx, _clean(m.group("a")), spans)
    if first != second:
        raise Unclear(f"\"{m.group('a')}\" fits the sentence at {clock(first.start)} (\"{first.text[:50]}\") but "
                      f"\"{m.group('b')}\" fits the one at {clock(second.start)} (\"{second.text[:50]}\"). "
                      "Which do you mean (or both)?")
    return _cut(placed, [first], "the sentence")


INTENTS = [cut_described_more]
