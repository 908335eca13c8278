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
# "the jump from X to Y is harsh(, smooth it somehow)": the join said as what is wrong with it
_HARSH = re.compile(rf"^(?:the|that|this) (?:transition|{_JOIN}) (?P<rel>from|between|out of) (?P<rest>.+?) "
                    r"(?:is|'s|feels|looks|seems|comes across as|is way|is just)(?: a bit| a little| really| too| so| very| kind of| kinda|"
                    r" quite| pretty| way too| super| rather)* (?:harsh|abrupt|jarring|sudden|rough|jumpy|ugly|awkward|hard|choppy|"
                    r"clunky|jerky|janky|sharp)(?P<tail>,? .*)?$")
# what may follow the complaint: a request to fix it, with no other edit in it
_FIX_IT = re.compile(r"^,? ?(?:(?:so |can you |could you |please |pls |maybe |just )*(?:smooth|soften|fix|sort|ease|tidy|clean|blend|"
                     r"make)(?: (?:it|that|this|them)(?: out| up| over| smoother| softer| nicer)?)?(?: (?:somehow|a bit|please|pls|out|up|"
                     r"for me|if you can))*)?$")


# round 19: "it jumps ever so suddenly from the sponge clip to the tea towel one, could it be a bit softer?": the jump
# said as what the video does, then a wish for it to be gentler (it had set both clips' volume down 6 dB)
_JUMPS = re.compile(r"^(?:it|the video|the edit|the picture|that|this)(?: really| just| kind of| kinda| sort of)? "
                    r"(?:jumps|cuts|switches|snaps|lurches|changes|flips|goes)"
                    r"(?: (?:so|ever so|really|very|too|quite|a bit|rather|way too|pretty))* ?(?:suddenly|abruptly|hard|harshly|quickly|"
                    r"straight|sharply|jarringly)? ?(?P<rel>from|between) (?P<rest>[^,]+)$")
_GENTLER = re.compile(r"^(?:(?:so |and |but )?(?:can|could|would|will|might) (?:it|that|this|you make (?:it|that)|the (?:jump|cut|change)) "
                      r"(?:be |go |look )?(?:a (?:bit|wee bit|little|touch|tad) |slightly |much )?"
                      r"(?:softer|smoother|gentler|nicer|less (?:harsh|abrupt|sudden|jarring))(?: please| pls)?)$")


def as_transition(text: str) -> str | None:
    """``text`` in the transition intent's words, or None when it asks for no transition between two things."""
    head, _, tail = text.partition(",")
    jumps = _JUMPS.match(head.strip())
    if jumps and _TWO.search(jumps.group("rest")) and (_GENTLER.match(tail.strip(" .!?")) or _FIX_IT.match("," + tail if tail else "")):
        return f"crossfade {jumps.group('rel')} {jumps.group('rest')}"
    harsh = _HARSH.match(text)
    if harsh and _TWO.search(harsh.group("rest")) and _FIX_IT.match(harsh.group("tail") or ""):
        rel = "between" if harsh.group("rel") == "between" else "from"
        return f"crossfade {rel} {harsh.group('rest')}"
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

    words = as_transition(ctx.text.strip(" .!?"))
    if words is None:
        return None
    return transition(dataclasses.replace(ctx, text=words))


def lend_join(instruction: str, following: str) -> str | None:
    """"the cut from X into Y feels abrupt", "fix that": the complaint names the join, the request asks
    to smooth it; the two clauses as one transition (None when they are not that)."""
    said = instruction.strip(" .!?")
    wish = following.strip(" .!?")
    if not (_FIX_IT.match(wish) or _GENTLER.match(wish.strip(" ,"))) or not following.strip(" .!?,"):
        return None
    if said.startswith("crossfade ") and _TWO.search(said):  # already rewritten by as_transition (planner.core)
        return said
    return as_transition(said) if _HARSH.match(said) else None


def closing_small_gaps(ctx, match):
    """A transition between two clips a little apart on one track (nothing between them): the later
    clip is first moved back to meet the earlier one, and the reply says so. A wider gap is left for
    the transition step to refuse (it asks)."""
    from editor_app.planner.intents import clock, num, step
    from editor_app.planner.types import Match

    if match is None:
        return None
    clips = {c.id: c for c in ctx.project.clips()}
    steps, moved = [], []
    for s in match.steps:
        if s.tool == "add_transition":
            a, b = clips.get(s.args.get("from_clip")), clips.get(s.args.get("to_clip"))
            if a is not None and b is not None and a.end < b.start and ctx.track_of(a).id == ctx.track_of(b).id \
                    and ctx.sec(b.start - a.end) <= _GAP_S \
                    and not any(c.id not in (a.id, b.id) and a.end <= c.start < b.start for c in ctx.track_of(a).clips):
                steps.append(step("move_clip", {"clip_id": b.id, "start": num(ctx.sec(a.end))}))
                moved.append(f"move {ctx.label(b)} back to {clock(ctx.sec(a.end))} so it meets {ctx.label(a)}")
        steps.append(s)
    if not moved:
        return match
    return Match(steps, f"{'; '.join(moved)}, then {match.says}")


_GAP_S = 3.0  # seconds apart that two clips said to be joined still count as meant to meet


# "from X to Y", "between X and Y", "X into Y" after the transition word: the two sides said apart
_SIDES = re.compile(r"\b(?:crossfade|crossfades|dissolve|dissolves|transition|transitions|dip to black|fade through black|wipe|blend)"
                    r"(?: (?:of|for) (?:\d+(?:\.\d+)? ?(?:s|sec|secs|seconds?)|half a second|a second))? "
                    r"(?:from |between |out of )?(?P<a>.+?) (?:to|into|and|with) (?P<b>.+?)"
                    r"(?:,? (?:for |over |of )?(?:\d+(?:\.\d+)? ?(?:s|sec|secs|seconds?)|half a second|a second))?(?: please| pls)?$")


def _sides(ctx):
    """The two clips said one on each side of "to"/"into"/"and", each resolved on its own (the whole
    phrase resolved at once found one of them: "from GX010551 to IMG_8812"); None unless each side
    names exactly one clip and they differ."""
    from editor_app.planner.refs import clip_refs
    from editor_app.planner.types import Unclear

    found = _SIDES.search(ctx.text)
    if found is None:
        return None
    picked = []
    for side in (found.group("a"), found.group("b")):
        try:
            clips = clip_refs(ctx, side, pronoun_ok=True)
        except Unclear:
            return None
        if len(clips) != 1:
            return None
        picked.append(clips[0])
    if picked[0].id == picked[1].id or ctx.track_of(picked[0]).id != ctx.track_of(picked[1]).id:
        return None
    return sorted(picked, key=lambda c: c.start)


def transition(ctx):
    """The transition intent, with each side said resolved on its own when the whole phrase found
    only one clip, and a small gap between the two clips closed first."""
    import dataclasses

    from editor_app.planner.intents.effects import add_transition
    from editor_app.planner.types import Unclear

    try:
        match = add_transition(ctx)
    except Unclear:
        pair = _sides(ctx) or _the_pair_before(ctx)
        if pair is None:
            raise
        match = add_transition(_naming(ctx, pair) if _SIDES.search(ctx.text) and _sides(ctx) else
                               dataclasses.replace(ctx, text=f"{ctx.text} between {pair[0].id} and {pair[1].id}"))
    return closing_small_gaps(ctx, match)


_BOTH = re.compile(r"\b(?:them|those|these|both|the two|those two|these two|the pair|each other)\b")


def _the_pair_before(ctx):
    """"crossfade them" after a clause of the same message (or the turn before) that changed two clips
    of one track: those two, in timeline order; None otherwise."""
    if not _BOTH.search(ctx.text) or len(ctx.last_clips) != 2:
        return None
    clips = [c for c in ctx.project.clips() if c.id in ctx.last_clips]
    if len(clips) != 2 or ctx.track_of(clips[0]).id != ctx.track_of(clips[1]).id:
        return None
    return sorted(clips, key=lambda c: c.start)


def _naming(ctx, pair):
    """``ctx`` with its two sides said by clip id, which the transition intent reads as they are."""
    import dataclasses

    found = _SIDES.search(ctx.text)
    text = ctx.text[:found.start("a")] + f"{pair[0].id} and {pair[1].id}" + ctx.text[found.end("b"):]
    return dataclasses.replace(ctx, text=re.sub(r"\bfrom (?=c\d+ and)", "between ", text))
