"""Two media fit the name a B-roll request gives them: the words said at the place may say which.

Why: "the shot of the hole over the bit where I blame my son" names two clips whose descriptions both
say "hole" (one shows the hole, one cuts its edges back). The sentence at the place ("my son swung the
door and the door handle went through") shares words with one description only ("the door handle
lined up with it"): B-roll is put over the words it illustrates, so that one is meant. The place is read
without the media; when it is found by the words of the talk (a topic, a quote, "my hello"), the media
whose own words share strictly the most of the words spoken there that few sentences of the talk say
(not the talk's subject, said everywhere), less the words that named them all, is chosen.
Anything else (media named by camera or file name, "the gopro clip"; a bare time, "at 0:10"; nothing
shared; a tie) still asks which one.
"""

from __future__ import annotations

from typing import Callable, Sequence

from editor_app.model.project import MediaAsset
from editor_app.planner.types import Ctx, Unclear


class TiedMedia(Unclear):
    """Unclear: ``assets`` fit the name equally; the caller may still tell them apart."""

    def __init__(self, reply: str, suggestions: Sequence[str], assets: Sequence[MediaAsset], hows: set[str] = frozenset()) -> None:
        super().__init__(reply, suggestions)
        self.assets = list(assets)
        self.hows = set(hows)  # how the media were named: "description", "camera", "name", ...


def by_place(ctx: Ctx, tie: TiedMedia, where: Callable[[], tuple | None]) -> MediaAsset:
    """The one media of ``tie`` that the words at the place describe best; raises ``tie`` otherwise."""
    from editor_app.planner.media_refs import media_profile, own_words
    from editor_app.planner.media_ties import profile_stems

    if tie.hows - _DESCRIBED:
        raise tie  # "the gopro clip" of two GoPro files: the request says nothing of what it shows
    try:
        place = where()
    except Unclear:
        raise tie from None
    if place is None:
        raise tie
    said = place[3]  # a place found by the words of the talk; a bare time ("at 0:10") says nothing of the media
    if not said:
        raise tie
    naming = set.intersection(*(set(profile_stems(media_profile(a))) for a in tie.assets))
    words = _distinctive(ctx, said) - naming
    counts = [len(words & profile_stems(own_words(a))) for a in tie.assets]
    best = max(counts)
    if best == 0 or counts.count(best) > 1:
        raise tie
    return tie.assets[counts.index(best)]


def _distinctive(ctx: Ctx, said: str) -> set[str]:
    """Stems of ``said`` that few sentences of the talk say (three at most), less ordinals and position
    words: "the stairs", not "the board" the whole talk is about, nor "first"."""
    from editor_app.planner.media_refs import _NOT_NAMES
    from editor_app.planner.meaning import stems
    from editor_app.planner.topics import _rows

    quotes = [stems(r["quote"]) for r in _rows(ctx)]
    return {w for w in stems(said) if w not in _NOT_NAMES and sum(w in q for q in quotes) <= _FEW}


_FEW = 3
# Ways of naming by what a media shows (its description), where the place's words may say which.
_DESCRIBED = frozenset({"description", "meaning", "phrase", "shot type"})
