"""Transitions said without the word: "smooth the jump from the sanding clip to the brushing one",
"soften the cut between X and Y", "put a fade between it and the next one", "blend X into Y".

Why: the transition intent (planner/intents/effects.add_transition) woke only on "crossfade",
"dissolve", "transition", "wipe"; people describe the join instead (a jump, a cut, a switch made
smoother) or say "a fade between" two clips, which the fade intent then read as a fade in or out of
one clip and asked "in or out?". These are rewritten to the words the transition intent reads, with
the two clips kept as said, so they are resolved by the same reference machinery.
"""

from __future__ import annotations

import re

_JOIN = r"(?:jump|cut|switch|change|changeover|join|edit|transition|move|step|jump cut|hard cut|gap)"
# "smooth (out) the jump from X to Y", "make the cut between X and Y smoother", "soften the switch from X into Y"
_SMOOTH = re.compile(rf"^(?P<pre>.*?)\b(?:smooth(?:en)?(?: out)?|soften|ease|clean up|fix) (?:the |that |this )?(?:abrupt |harsh |sudden |hard )?"
                     rf"{_JOIN} (?P<rel>from|between|out of) (?P<rest>.+)$")
_SMOOTHER = re.compile(rf"^(?P<pre>.*?)\bmake (?:the |that |this )?{_JOIN} (?P<rel>from|between|out of) (?P<rest>.+?) "
                       rf"(?:smoother|softer|less (?:abrupt|harsh|jarring|sudden)|nicer|gentler)$")
# "a fade between X and Y", "fade from X into Y" (two clips: a crossfade, not a fade of one)
_FADE_BETWEEN = re.compile(r"\b(?:a |some )?(?:soft |quick |slow |gentle |short |long )?fade (?P<rel>between|from) (?P<rest>.+)$")
_TWO = re.compile(r"\b(?:and|to|into|with)\b")


def as_transition(text: str) -> str | None:
    """``text`` in the transition intent's words, or None when it asks for no transition between two things."""
    for pattern in (_SMOOTH, _SMOOTHER):
        m = pattern.match(text)
        if m and _TWO.search(m.group("rest")):
            rel = "between" if m.group("rel") == "between" else "from"
            return f"{m.group('pre')}crossfade {rel} {m.group('rest')}".strip()
    m = _FADE_BETWEEN.search(text)
    if m and _TWO.search(m.group("rest")) and not re.search(r"\b(?:black|white|silence)\b", m.group("rest")):
        if m.group("rel") == "from" and not re.search(r"\b(?:into|to)\b", m.group("rest")):
            return None
        return f"{text[:m.start()]}crossfade {m.group('rel')} {m.group('rest')}".strip()
    return None


def said_transition(ctx):
    """The transition intent on the rewritten words; None when nothing here asks for a transition."""
    import dataclasses

    from editor_app.planner.intents.effects import add_transition

    words = as_transition(ctx.text.strip(" .!?"))
    if words is None:
        return None
    return add_transition(dataclasses.replace(ctx, text=words))
