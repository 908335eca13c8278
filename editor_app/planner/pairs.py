"""Two clips named together by what they share: "the two chest cam clips", "both GoPro shots",
"the left and right glovebox clips".

Why: a plural that fits two media equally is not ambiguous when the request is about the pair
(swap them, crossfade between them): asking "which one?" there is the wrong question. The pair
is every timeline clip of the media the shared words name; it counts only when that is exactly
two clips on one track. "left/right", "first/second", "earlier/later" just say the order.
"""

from __future__ import annotations

import re

from editor_app.planner.types import Ctx

_NOUN = r"(?:clips|shots|videos|ones|bits|pieces|takes|photos|pictures|stills|images|cutaways)"
_PAIR = re.compile(rf"\b(?:the (?:two|2)|both(?: of)?(?: the| my)?|the pair of|(?:those|these|my) (?:two|2)|"
                   rf"the (?:left|first|earlier|1st|before|old) (?:one )?and (?:the )?(?:right|second|later|2nd|after|new)(?: one)?) "
                   rf"(?P<x>[a-z0-9_.&' -]+? {_NOUN})\b")


def named_pair(ctx: Ctx, text: str | None = None) -> list | None:
    """The two clips (timeline order) a plural names, or None when it names no such pair."""
    from editor_app.planner.media_refs import ranked_mentions

    found = _PAIR.search(ctx.text if text is None else text)
    if found is None:
        return _each_named(ctx, ctx.text if text is None else text)
    phrase = "the " + found.group("x")
    try:
        mentions = ranked_mentions(Ctx(phrase, ctx.project), phrase, strict=False)
    except Exception:  # noqa: BLE001 - an unresolvable phrase is simply not a pair
        return None
    ids = {m.asset.id for m in mentions}
    clips = sorted((c for c in ctx.project.clips() if c.media_id in ids), key=lambda c: c.start)
    if len(clips) != 2:  # round 11b: "the before and after sole clips": the two placed clips described so
        clips = _described_pair(ctx, phrase)
    if len(clips) != 2 or ctx.track_of(clips[0]).id != ctx.track_of(clips[1]).id:
        return None
    return clips


_SINGLE = r"(?:clip|shot|video|vid|footage|photo|picture|pic|still|image|cutaway|recording)"
# Two media named with one noun between them: "the vinyl and stapling clips" (the noun said once, plural), "the DJI
# clip and the ripping one" ("one" stands for the noun said before).
_EACH = re.compile(rf"\bthe (?P<a>(?:[a-z0-9_.'-]+ ){{1,3}}?)(?:(?P<noun>{_SINGLE}) )?and (?:the )?"
                   rf"(?P<b>(?:[a-z0-9_.'-]+ ){{0,3}}?[a-z0-9_.'-]+) (?P<last>{_NOUN}|{_SINGLE}|one)\b")


def _each_named(ctx: Ctx, text: str) -> list | None:
    """Round 12: the two clips (timeline order) of "the A and B clips" / "the A clip and the B one", each half naming
    exactly one clip on the timeline, both on one track; None otherwise (the caller reads the words as it did)."""
    from editor_app.planner.media_refs import ranked_mentions

    found = _EACH.search(text)
    if found is None or (found.group("noun") is None) == (found.group("last") == "one"):
        return None  # "the A and B one" / "the A clip and the B clips": not one noun said for two media
    noun = found.group("noun") or re.sub(r"s$", "", found.group("last"))
    clips = []
    for words in (found.group("a").strip(), found.group("b")):
        phrase = f"the {words} {noun}"
        try:
            mentions = ranked_mentions(Ctx(phrase, ctx.project), phrase, strict=False)
        except Exception:  # noqa: BLE001 - an unresolvable half is simply not a pair
            return None
        placed = [c for c in ctx.project.clips() if mentions and c.media_id in {m.asset.id for m in mentions}]
        if len(placed) != 1:  # two media fit a half, one is placed: a clip edit can only mean that one
            return None
        clips.append(placed[0])
    if clips[0].id == clips[1].id or ctx.track_of(clips[0]).id != ctx.track_of(clips[1]).id:
        return None
    return sorted(clips, key=lambda c: c.start)


def _described_pair(ctx: Ctx, phrase: str) -> list:
    """The timeline clips (not the talk) whose media's own words hold every content word of ``phrase``."""
    from editor_app.planner.media_refs import own_words
    from editor_app.planner.media_shows import rooted
    from editor_app.planner.media_ties import profile_stems
    from editor_app.planner.meaning import STOP, stem

    words = [w for w in re.findall(r"[a-z0-9']+", phrase) if w not in STOP and not re.fullmatch(_NOUN, w)
             and w not in ("clip", "shot", "video", "one", "photo", "picture", "still", "image")]
    if not words:
        return []
    wanted = [rooted({stem(w)}) for w in words]
    main = ctx.main_track()
    out = []
    for clip in ctx.project.clips():
        asset = ctx.project.media.get(clip.media_id) if clip.media_id else None
        if asset is None or (main is not None and ctx.track_of(clip).id == main.id):
            continue
        have = profile_stems(own_words(asset))
        if all(w & have for w in wanted):
            out.append(clip)
    return sorted(out, key=lambda c: c.start)


def also_named(project, text: str, selection=(), last_clips=()) -> set[str]:
    """Clip ids a request names in ways plain clip references do not: a pair named together ("the
    two chest cam clips") and the title a re-wording means ('change the text to "..."': the title
    the last turn made, the selected one, or the only one), the speaker said as "my talking", and a
    bare "that"/"them" for the clips the last turn touched, and the two clips a reordering names. The turn's safety review counts them as
    named, so these plans are not held as touching unnamed clips."""
    from editor_app.planner import speaker
    from editor_app.planner.intents.retitle import _RETEXT, _the_title
    from editor_app.planner.refs import clip_refs

    ctx = Ctx(text, project, tuple(selection), None, None, tuple(last_clips))

    def pair() -> set[str]:
        return {c.id for c in named_pair(ctx) or []}

    def title() -> set[str]:
        return {_the_title(ctx).id} if _RETEXT.match(text.strip()) else set()

    def reordered() -> set[str]:  # round 11b: "put the X clip after the toe one", "I put the X clips in the wrong order"
        from editor_app.planner.reorder import reorder

        match = reorder(ctx)
        return {s.args["clip_id"] for s in match.steps if "clip_id" in s.args} if match else set()

    def mine() -> set[str]:  # "speed my talking up 10%": the talk clip
        said = speaker.rewrite(text)
        return set() if said is None else {c.id for c in clip_refs(Ctx(said, project, tuple(selection), None, None,
                                                                         tuple(last_clips)), pronoun_ok=False)}

    def that() -> set[str]:  # "and fade that out too": the clips the last turn touched
        bare = bool(last_clips) and re.search(r"\b(?:that|this|them|those|these)\b", text) is not None
        if not bare:
            return set()
        try:  # a stray word that matches a media not on the timeline ("out") names nothing here
            named = clip_refs(ctx, pronoun_ok=False)
        except Exception:  # noqa: BLE001 - Unclear
            named = []
        return set() if named else set(last_clips)

    out: set[str] = set()
    for part in (pair, title, mine, that, reordered):
        try:
            out |= part()
        except Exception:  # noqa: BLE001 - Unclear or anything else: a check must never fail the turn
            continue
    return out
