"""Cuts named by quotes alone: "snip 'which is just silly'" (those words), "take out both the 'step
one' and 'step two' lines" (each sentence a quote is in).

Why: a bare quote after a cut verb named no clip and no sentence noun, so nothing read it; and
two quoted lines at once were read as a clip removal. Each quote must be heard exactly once on
the timeline (none or several ask); a quote that is not said is left to the other intents (it
may be a clip's or a title's name).
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock, step
from editor_app.planner.intents.said import _count_reply
from editor_app.planner.said_in import said_at, sentence_of, spoken_sentences
from editor_app.planner.types import Ctx, Match, Unclear

_VERB = (r"^(?:please )?(?:just )?(?:cut|trim|remove|delete|drop|lose|kill|strip|ditch|erase|nix|scrap|snip|edit out|cut out|"
         r"get rid of|take out|chop|axe|zap)")
# round 12b: "get rid of the 'so yeah' near the end": the quote, then which part of the talk it is in
# round 16: "remove 'X' from the video" (the whole talk clip had been removed): the place is the talk, the quote the words
_WHOLE = r"(?: (?:from|out of|in|off) (?:the|my|this|our) (?:video|vid|talk|clip|timeline|edit|recording|footage|main clip))?"
_WORDS = re.compile(rf"{_VERB} (?:out )?(?:the words? |the phrase |the bit |where i say |the |that |those )?\"(?P<q>[^\"]+)\"(?: out| bit| part)?{_WHOLE}"
                    r"(?: (?:right |just |somewhere |way )?(?:near|towards?|at|in|by|around|from|out of) the (?P<part>end|ending|finish|outro|"
                    r"start|beginning|intro|opening)| (?P<last>at the very end|right at the end))?$")
# round 16: "take 'X' out of the video": the verb split round the quote
_SPLIT = re.compile(r"^(?:please )?(?:just )?(?:take|cut|snip|edit|chop|get) \"(?P<q>[^\"]+)\" out"
                    r"(?: of (?:the|my|this) (?:video|vid|talk|clip|timeline|edit|recording|footage))?(?P<part>(?!))?(?P<last>(?!))?$")
_PART_SHARE = 0.3  # "near the end": the last 30% of the talk; "near the start": the first 30%
_LINES = re.compile(rf"{_VERB} (?:out )?(?:both |all |each of )?(?:the |my )?(?P<qs>\"[^\"]+\"(?:(?:,| and|, and) (?:the )?\"[^\"]+\")+)"
                    r" (?:lines|sentences|bits|parts)$")


# round 16: "remove 'literally' from 'it was literally perfect'": a word, then the quoted line it is in
_WORD_FROM = re.compile(rf"{_VERB} (?:out )?(?:the words? |the |that |those )?(?P<rest>\S.*? (?:from|in|inside|within|out of) \"[^\"]+\".*)$")


# round 16: "cut 'thanks for watching' but keep 'stay safe'": what is kept, said after; it only says where the cut stops
_KEEP_TAIL = re.compile(r",?\s+(?:but|and)\s+(?:keep|leave)\s+\"(?P<k>[^\"]+)\"(?:\s+in)?(?:\s+please)?$")


# round 16 (lead): "take out 'X' plus the next sentence", "cut 'X' and the line before it": the quote's neighbour too
_NEIGHBOUR = re.compile(r",?\s+(?:plus|and|along with|as well as|together with|with)\s+(?:also\s+)?(?:the\s+)?"
                        r"(?:(?P<way>next|following|previous|preceding)\s+(?:sentence|line|one)|(?:sentence|line|one)\s+"
                        r"(?P<side>after|before)(?:\s+(?:it|that|this))?)(?:\s+(?:too|as well|also))?$")


# round 16 (lead): "cut the 'so yeah' before I say that's how I restring": which of the quote's hits, by the words near it
_BESIDE_SAID = re.compile(r"\s+(?:right |just |straight )?(?P<rel>before|after) (?:where )?(?:i|she|he|we|they) (?:say|said|says|go)"
                          r" (?P<ref>[^\"]+?)\s*$")

_BESIDE_WORD = re.compile(r"\s+(?:right |just |straight )?(?P<rel>before|after) (?:the word )?(?P<ref>[a-z][a-z']*(?: [a-z][a-z']*){0,3})\s*$")


def _beside_said(ctx: Ctx) -> tuple[Ctx, tuple[str, str] | None]:
    """``ctx`` without a "before/after I say X" tail that follows a quote, and (before|after, X)."""
    found = _BESIDE_SAID.search(ctx.text) or _BESIDE_WORD.search(ctx.text)
    if found is None or ctx.text[: found.start()].count('"') != 2 or not ctx.text[: found.start()].endswith('"'):
        return ctx, None
    ref = re.sub(r"(?:'s)? name$", "", found.group("ref"))
    if found.re is _BESIDE_WORD:  # round 23: "cut 'God love him' after Mossie's name": a word the talk says there
        placed, _ = spoken_sentences(ctx)
        if not said_at(placed, ref):
            return ctx, None
    from dataclasses import replace

    return replace(ctx, text=ctx.text[: found.start()]), (found.group("rel"), ref)


def _nearest(placed, hits: list[tuple[int, int]], rel: str, ref: str) -> list[tuple[int, int]]:
    """The hit right before (or after) where ``ref`` is said; Unclear when ``ref`` is not said once."""
    refs = said_at(placed, ref)
    if not refs:
        from editor_app.planner.said_in import said_loosely

        refs = said_loosely(placed, ref)
    if len(refs) > 1:  # round 23: said twice, but the quote follows (precedes) only one of them closely
        close = {h for h in hits for at, end in refs if (0 <= at - h[1] <= 3 if rel == "before" else 0 <= h[0] - end <= 3)}
        if len(close) == 1:
            return list(close)
    if len(refs) != 1:
        raise Unclear(f"\"{ref}\" is {'not said' if not refs else f'said {len(refs)} times'} on the timeline, so I can't "
                      "tell which one you mean. Say its time instead.")
    at, end = refs[0]
    side = [h for h in hits if (h[1] < at if rel == "before" else h[0] > end)]
    if not side:
        raise Unclear(f"Nothing you quoted is said {rel} \"{ref}\".")
    return [max(side) if rel == "before" else min(side)]


def with_neighbour_said(text: str) -> re.Match | None:
    """The "plus the next sentence" tail of a cut of one quote ("take out 'X' plus the next sentence"), or None."""
    neighbour = _NEIGHBOUR.search(text)
    if neighbour is None or text[: neighbour.start()].count('"') != 2 or not re.match(_VERB, text):
        return None
    return neighbour


def cut_quoted(ctx: Ctx) -> Match | None:
    ctx, beside = _beside_said(ctx)
    neighbour = with_neighbour_said(ctx.text)
    if neighbour is not None:
        return _with_neighbour(ctx, neighbour)
    kept = _KEEP_TAIL.search(ctx.text)
    if kept is not None and ctx.text[: kept.start()].count('"') == 2:
        from dataclasses import replace

        cut = re.search(r"\"([^\"]+)\"", ctx.text[: kept.start()]).group(1)
        keep = kept.group("k").strip(" ,.").lower()
        rest = cut
        if cut.lower().startswith(keep):  # "cut 'stay safe and thanks' but keep 'stay safe'": the rest of it
            rest = re.sub(r"^[\s,.]*", "", cut[len(keep):])
        elif cut.lower().rstrip(" .!?").endswith(keep):
            rest = cut.rstrip(" .!?")[: -len(keep)].rstrip(" ,")
        elif keep in cut.lower():
            raise Unclear(f"\"{kept.group('k')}\" is inside \"{cut}\", so I can't cut one and keep the other. "
                          "Quote only the words to cut.")
        if not rest.strip():
            raise Unclear("That keeps everything you quoted. Which words should go?")
        ctx = replace(ctx, text=ctx.text[: kept.start()].replace(f'"{cut}"', f'"{rest}"'))
    inside = _WORD_FROM.match(ctx.text)
    if inside is not None and not inside.group("rest").startswith("\"") or inside is not None and inside.group("rest").count("\"") >= 4:
        from editor_app.planner.intents.words import _word_in_quote

        found = _word_in_quote(ctx, inside.group("rest"))
        if found is not None:
            return found
    words, lines = _WORDS.match(ctx.text) or _SPLIT.match(ctx.text), _LINES.match(ctx.text)
    if words is None and lines is None:
        return None
    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    from editor_app.planner.intents.words import AGENT, _ranges

    if words is not None:
        hits = said_at(placed, words.group("q"))
        if not hits:
            return None
        if beside is not None:
            hits = _nearest(placed, hits, *beside)
        part = words.group("part") or ("end" if words.group("last") else None)
        if part is not None:
            hits = _in_part(placed, hits, part, words.group("q"))
        if len(hits) > 1:
            raise Unclear(_count_reply(placed, words.group("q"), hits))
        a, b = hits[0]
        # round 24: never in a range ("cut from 'Pour the old oil ...' to the end of the stormwater line" had cut one sentence)
        ranged = re.search(r"\bfrom \"[^\"]+\",? (?:to|through|till|until|up to|right up to|all the way to)\b", ctx.text)
        whole = None if ranged or re.search(r"\b(?:words?|phrase|just|only|bit of)\b", ctx.text) else _step_quoted(ctx, placed, spans, a, b)
        if whole is not None:
            sentence, why = whole
            return Match([step("cut_words", {"ranges": _ranges(placed, sentence.first, sentence.last)}, AGENT)],
                         f"delete the sentence \"{_short(sentence.text)}\" (at {clock(sentence.start)}): you quoted {why}")
        return Match([step("cut_words", {"ranges": _ranges(placed, a, b)}, AGENT)],
                     f"cut the words \"{words.group('q')}\" (at {clock(placed[a].start)}), nothing around them")
    chosen = []
    for quote in re.findall(r"\"([^\"]+)\"", lines.group("qs")):
        hits = said_at(placed, quote)
        held = {sentence_of(spans, a) for a, _ in hits} - {None}
        if len(held) != 1:
            raise Unclear(f"\"{quote}\" is {'not said' if not held else f'in {len(held)} sentences'} on the timeline. "
                          "Quote the words as they are spoken, a few more of them if it is said more than once.")
        chosen.append(held.pop())
    chosen = sorted(set(chosen), key=lambda s: s.first)
    steps = [step("cut_words", {"ranges": _ranges(placed, s.first, s.last)}, AGENT) for s in reversed(chosen)]
    listed = "; ".join(f"\"{s.text[:40]}…\" at {clock(s.start)}" if len(s.text) > 40 else f"\"{s.text}\" at {clock(s.start)}"
                       for s in chosen)
    return Match(steps, f"delete {len(chosen)} sentences ({listed})")


_NOT_IMPERATIVE = frozenset("i you he she it we they this that there here these those my your our his her its their the a an "
                            "is was are were be been do does did can could will would should may might must have has had "
                            "so and but or then now well anyway okay ok right yes yeah no oh um uh like just".split())


def _opens_with_a_verb(word: str) -> bool:
    """The word can be an imperative: WordNet gives it a verb sense, and it is no pronoun, article or auxiliary."""
    from editor_app.model.words import norm
    from editor_app.planner.unsaid import word_lexicon

    w = norm(word).replace("'", "")
    if not w.isalpha() or w in _NOT_IMPERATIVE:
        return False
    lexicon = word_lexicon()
    return lexicon is not None and any(pos == "v" for _, pos in lexicon.lemmas(w))


def _step_quoted(ctx: Ctx, placed, spans, a: int, b: int):
    """(the sentence to cut, why) for a quote said once at a..b, or None for the words alone (round 23). Two shapes
    name the sentence: the quote is all of it but a word or the speaker's tic ("Tighten a pair where it's high, loosen
    a pair where it dips" + ", basically"), or it is the first clause of an instruction ("Turn them clockwise until they
    stop" + ", and then open the faucet ..."; "Cut the tails" + ", leave like a quarter inch ..."): what follows goes
    on with the same step and makes no sense alone. A quote opening a statement ("Anyway, where was I, oh yeah")
    stays words."""
    from editor_app.model.words import OPTIONAL_FILLERS, norm
    from editor_app.planner.tic_phrases import speaker_tics

    sentence = sentence_of(spans, a)
    if sentence is None or sentence_of(spans, b) is not sentence or a != sentence.first or b >= sentence.last:
        return None
    rest = " ".join(norm(placed[k].text).replace("'", "") for k in range(b + 1, sentence.last + 1))
    if sentence.last - b <= 2 or rest in OPTIONAL_FILLERS["en"] or rest in speaker_tics(ctx.project):
        return sentence, "all of it but its last words"
    if placed[b].text.rstrip().endswith(",") and _opens_with_a_verb(placed[a].text) \
            and b - a + 1 >= 3:
        return sentence, "the first step of it, and the rest goes on with that step"
    return None


def _with_neighbour(ctx: Ctx, neighbour: re.Match) -> Match | None:
    """The quoted words' whole sentence and the sentence after (or before) it, cut as one stretch."""
    from editor_app.planner.intents.words import AGENT, _ranges

    quote = re.search(r"\"([^\"]+)\"", ctx.text[: neighbour.start()]).group(1)
    placed, spans = spoken_sentences(ctx)
    hits = said_at(placed, quote) if spans else []
    if not hits:
        return None
    if len(hits) > 1:
        raise Unclear(_count_reply(placed, quote, hits))
    a, b = hits[0]
    first, last = sentence_of(spans, a), sentence_of(spans, b)
    if first is None or last is None:
        return None
    ordered = sorted(spans, key=lambda s: s.first)
    after = (neighbour.group("way") or "") in ("next", "following") or neighbour.group("side") == "after"
    at = ordered.index(last) + 1 if after else ordered.index(first) - 1
    if not 0 <= at < len(ordered):
        raise Unclear(f"\"{quote}\" is the {'last' if after else 'first'} sentence said; there is no sentence "
                      f"{'after' if after else 'before'} it.")
    other = ordered[at]
    lo, hi = (first, other) if after else (other, last)
    return Match([step("cut_words", {"ranges": _ranges(placed, lo.first, hi.last)}, AGENT)],
                 f"delete \"{_short(lo.text)}\" (at {clock(lo.start)}) through \"{_short(hi.text)}\", "
                 f"the quote's sentence and the one {'after' if after else 'before'} it")


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"


def _in_part(placed, hits: list[tuple[int, int]], part: str, quote: str) -> list[tuple[int, int]]:
    """The hits said in the part of the talk named ("near the end": its last 30%). Unclear when none is:
    the person remembers it elsewhere, so the quote may be a different one."""
    start, end = placed[0].start, placed[-1].end
    late = part in ("end", "ending", "finish", "outro")
    cut = end - _PART_SHARE * (end - start) if late else start + _PART_SHARE * (end - start)
    inside = [(a, b) for a, b in hits if (placed[a].start >= cut if late else placed[b].end <= cut)]
    if not inside:
        where = ", ".join(clock(placed[a].start) for a, _ in hits[:5])
        raise Unclear(f"\"{quote}\" is not said near the {'end' if late else 'start'}: it is said at {where}. "
                      "Which one do you mean?")
    return inside


INTENTS = [cut_quoted]
