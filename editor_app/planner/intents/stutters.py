"""Stutters: a word said twice or more in a row ("the, the, don't overlap them"), named as a stutter,
stammer or repeated word: "cut out my stammer in the butt the edges line", "fix the stutters",
"remove the repeated word in the skirting bit".

Why: with no intent for them, "the stammer in the X line" was read as "the X line" and the whole
sentence was deleted: far more than asked. A stutter is found in what is heard: each run of the same
word said back to back loses every copy but the last, so the sentence still reads. Scoped to a
sentence described (planner.said_in.described: a weak or tied match asks); none found asks.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock, step
from editor_app.planner.types import Ctx, Match, Unclear

_VERB = (r"(?:please )?(?:cut|trim|remove|delete|drop|lose|kill|strip|ditch|erase|get rid of|take out|fix|clean up|tidy up|"
         r"tidy|sort out|sort|edit out|cut out|snip)")
_STUTTER = r"(?:stutter(?:s|ing)?|stammer(?:s|ing)?|repeated words?|doubled? words?|word repeats?|repeats?|double-ups?)"
_ASKED = re.compile(rf"^{_VERB} (?:out )?(?:all )?(?:the |my |that |those |every |each )?(?:little |bit of a |annoying )?"
                    rf"{_STUTTER}(?: (?:in|from|on|during|inside) (?P<where>.+))?$")
_LINE = re.compile(r"^(?:the|my|that) (?:(?:line|sentence|bit|part) (?:about|on|where i (?:say|talk about)) (?P<a>.+)|(?P<b>.+?) "
                   r"(?:line|sentence|bit|part))$")


def _repeats(placed, first: int, last: int) -> list[int]:
    """Placed word indices to cut: every copy but the last of a word said back to back."""
    from editor_app.model.words import norm

    out = []
    for i in range(first, last):
        here, after = norm(placed[i].text), norm(placed[i + 1].text)
        if here and here == after and not here.isdigit():
            out.append(i)
    return out


def cut_stutters(ctx: Ctx) -> Match | None:
    m = _ASKED.match(ctx.text)
    if m is None:
        return None
    from editor_app.planner.said_in import described, spoken_sentences

    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    first, last, scope = 0, len(placed) - 1, "the talk"
    where = (m.group("where") or "").strip(" .!?")
    if where:
        line = _LINE.match(where)
        sentence = described(ctx, (line.group("a") or line.group("b")) if line else where, spans, strict=False)
        first, last, scope = sentence.first, sentence.last, f"\"{sentence.text[:50]}\" (at {clock(sentence.start)})"
    cut = _repeats(placed, first, last)
    if not cut:
        raise Unclear(f"I can't find a word said twice in a row in {scope}. Quote the words to cut, e.g. "
                      "\"cut 'the the'\".")
    from editor_app.planner.intents.words import AGENT, _ranges

    steps = [step("cut_words", {"ranges": _ranges(placed, i, i)}, AGENT) for i in reversed(cut)]
    said = ", ".join(f"\"{placed[i].text.strip(',.')}\" at {clock(placed[i].start)}" for i in cut[:6])
    return Match(steps, f"cut the repeated word{'s' * (len(cut) > 1)} ({said}) in {scope}, keeping the last of each")


INTENTS = [cut_stutters]
