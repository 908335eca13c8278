"""Edits by the words: cut words, remove fillers, remove retakes, shorten pauses.

Each is one operation, so the panel, the chat agents, the offline planner, the CLI (`op`) and
plugins share one definition. They read the media's word transcript (model.words), work out
safe frame ranges (model.word_cuts: between words, at the quietest point, on the frame grid)
and ripple-cut them across every unlocked track that follows the talk; music and sound-effect
beds stay continuous and end with the talk, as "remove the silences" does.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Sequence
from itertools import compress, count
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from editor_app.model import editing
from editor_app.model.operations.base import Operation, OperationError, capture, fmt, get_media
from editor_app.model.project import Project
from editor_app.model.time import seconds_to_frames
from editor_app.model.types import ClipId, Frames, MediaId
from editor_app.model.word_cuts import (
    BED_ROLES,
    Heard,
    PlacedWord,
    columns,
    pause_cut_ranges,
    talk_clips,
    timeline_words,
    word_cut_ranges,
)
from editor_app.model.words import LANGUAGE_NAMES, AudioLevels, filler_list, find_phrase, language_code, match_phrases, norm, retakes

Ranges = list[tuple[int, int]]
_SAID: OrderedDict[str, str] = OrderedDict()


def remember(op: Operation, text: str) -> None:
    """Keep what an edit does, worked out on the project it was validated against.

    Why: plans are described after they were applied to a scratch copy, where "remove the
    fillers" would find none left; the words of the state it applied to are the true reply.
    """
    _SAID[op.model_dump_json()] = text
    _SAID.move_to_end(op.model_dump_json())
    while len(_SAID) > 256:
        _SAID.popitem(last=False)


def recalled(op: Operation) -> str | None:
    return _SAID.get(op.model_dump_json())


class WordRange(BaseModel):
    """Words ``first``..``last`` (indices into the media's words, inclusive) of one media."""

    model_config = ConfigDict(extra="forbid")
    media_id: MediaId
    first: int = Field(ge=0)
    last: int = Field(ge=0)
    clip_id: ClipId | None = Field(None, description="Only where this clip plays them; default: everywhere on the timeline.")


def _no_words(project: Project, media_id: str | None = None) -> OperationError:
    if media_id is not None:
        asset = get_media(project, media_id)
        return OperationError(f"{asset.name} has no word transcript", "transcribe it first")
    return OperationError("nothing on the main or voice tracks has a word transcript", "transcribe the talk first")


def heard(project: Project, media_id: str | None = None) -> Sequence[PlacedWord]:
    """The timeline's words (of one media when given); raises when there are none."""
    if media_id is not None:
        get_media(project, media_id)
    placed = timeline_words(project)
    if media_id is not None:
        placed = [p for p in placed if p.media_id == media_id]
    if not placed:
        raise _no_words(project, media_id)
    return placed


def selected(placed: Sequence[PlacedWord], ranges: list[WordRange] | None) -> set[int] | None:
    """Positions in ``placed`` covered by ``ranges`` (None: no restriction)."""
    if ranges is None:
        return None
    if sum(r.last - r.first + 1 for r in ranges) <= _FEW_WORDS:
        return _few(placed, ranges)
    where = _positions(placed)
    out = set()
    for r in ranges:
        if r.last - r.first > len(placed):
            out.update(i for i, p in enumerate(placed) if p.media_id == r.media_id and r.first <= p.index <= r.last
                       and r.clip_id in (None, p.clip_id))
            continue
        for index in range(r.first, r.last + 1):
            out.update(i for i in where.get((r.media_id, index), ()) if r.clip_id in (None, placed[i].clip_id))
    return out


_FEW_WORDS = 2_000  # below this many asked-for words one scan beats building the whole position map


def _few(placed: Sequence[PlacedWord], ranges: list[WordRange]) -> set[int]:
    """Positions of a few asked-for words in one pass over the indices (a delete in the transcript
    panel asks for 1-20 words of a 20,000-word talk: building the full map cost ~40 ms each time)."""
    spans = placed.spans if isinstance(placed, Heard) else None
    if spans is not None and all(r.clip_id is not None for r in ranges):  # each clip's words lie together
        out = set()
        for r in ranges:
            at, first, last = spans.get(r.clip_id, (0, 0, 0))
            if at < len(placed) and placed.media_ids[at] == r.media_id:
                out.update(at + index - first for index in range(max(r.first, first), min(r.last + 1, last)))
        return out
    wanted: dict[int, list[WordRange]] = {}
    for r in ranges:
        for index in range(r.first, r.last + 1):
            wanted.setdefault(index, []).append(r)
    media_ids = placed.media_ids if isinstance(placed, Heard) else [p.media_id for p in placed]
    indices = placed.indices if isinstance(placed, Heard) else [p.index for p in placed]
    clip_ids = placed.clip_ids if isinstance(placed, Heard) else None
    out = set()
    for i in compress(count(), map(wanted.__contains__, indices)):  # the scan runs in C; few hits
        for r in wanted[indices[i]]:
            if media_ids[i] == r.media_id and r.clip_id in (None, clip_ids[i] if clip_ids is not None else placed[i].clip_id):
                out.add(i)
    return out


_WHERE: list = [None, None]


def _positions(placed: Sequence[PlacedWord]) -> dict[tuple[str, int], list[int]]:
    """(media id, word index) -> positions in ``placed`` (cached for the shared timeline list)."""
    if _WHERE[0] is not placed:
        where: dict[tuple[str, int], list[int]] = {}
        media_ids = placed.media_ids if isinstance(placed, Heard) else [p.media_id for p in placed]
        indices = placed.indices if isinstance(placed, Heard) else [p.index for p in placed]
        for i, key in enumerate(zip(media_ids, indices)):
            where.setdefault(key, []).append(i)
        _WHERE[0], _WHERE[1] = placed, where
    return _WHERE[1]


def apply_cuts(project: Project, ranges: Ranges) -> Operation:
    """Ripple-cut ``ranges`` (timeline frames) from the tracks that follow the talk; trim beds to the new end."""
    tracks = [t for t in project.tracks if not t.locked]
    inverse = capture(project, [t.id for t in tracks])
    talk_end = max((c.end for _t, c, _a in talk_clips(project)), default=0)
    from editor_app.model.ripple import ripple_cut  # model.ripple imports this package

    # latest first (earlier ranges do not move), each later clip moved once
    ripple_cut(project, [t for t in tracks if t.role not in BED_ROLES], ranges)
    removed = sum(e - s for s, e in ranges)
    new_end = talk_end - removed
    for track in tracks:
        if track.role not in BED_ROLES:
            continue
        kept = []
        for clip in track.clips:
            if clip.start >= new_end and clip.start < talk_end:
                continue
            if clip.start < new_end < clip.end <= talk_end:
                clip = editing.trim_tail(clip, new_end)
            kept.append(clip)
        track.clips = kept
        editing.drop_dangling_transitions(track)
    return inverse


def _check_ranges(project: Project, ranges: Ranges, what: str) -> None:
    if not ranges:
        raise OperationError(f"{what}: nothing to cut")
    if not any(t.clips_in(s, e) for t in project.tracks if not t.locked for s, e in ranges):
        raise OperationError(f"{what}: the tracks there are locked")


def _quote(placed: list[PlacedWord], idx: list[int], limit: int = 8) -> str:
    words = [placed[i].text.strip() for i in idx[:limit]]
    return "'" + " ".join(words) + ("…" if len(idx) > limit else "") + "'"


class _WordCutOperation(Operation):
    """What every cut-by-the-words operation shares: it is applied as the ripple cuts its
    ``cuts`` computes, and it describes itself with the sentence its validation worked out
    (the plan is described after a scratch run, when the words it cut are already gone)."""

    def cuts(self, project: Project) -> Ranges:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def _describe(self, project: Project | None) -> str:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def apply(self, project: Project) -> Operation:
        return apply_cuts(project, self.cuts(project))

    def describe(self, project: Project | None = None) -> str:
        return recalled(self) or self._describe(project)


_LAST_TARGETS: list = [None]  # (operation, heard list, its fields, positions): see CutWords._targets
_LAST_CUTS: list = [None]  # (operation, heard list, positions, rate, talk clips and media, ranges): CutWords.cuts


class CutWords(_WordCutOperation):
    """Cut words out of the talk (ripple across the tracks that follow it): by word index, by time
    (snapped to whole words) or by the words said. Edges fall between words at the quietest point."""

    op: Literal["cut_words"] = "cut_words"
    agents: ClassVar[tuple[str, ...]] = ("speech",)
    keywords: ClassVar[tuple[str, ...]] = ("words?", "sentences?", "phrases?")  # routing words (regex)
    ranges: list[WordRange] | None = Field(None, description="Words by media id and word index (inclusive).")
    start: Frames | None = Field(None, ge=0, description="Cut the words heard from here... (snapped to whole words)")
    end: Frames | None = Field(None, ge=0, description="...to here.")
    text: str | None = Field(None, max_length=500, description="Cut where exactly these words are said.")
    every: bool = Field(False, description="With text: cut every place it is said (else it must be said once).")
    media_id: MediaId | None = Field(None, description="Only the words of this media.")

    def _targets(self, project: Project) -> tuple[list[PlacedWord], list[int]]:
        """The timeline's words and the positions this operation cuts.

        validate, apply and the description each ask in turn within one edit; on a 2-hour talk
        each answer scans 18,000 words, so the last one is kept while the words on the timeline
        (the shared ``heard`` list, identical while unchanged) and this operation's fields are."""
        given = sum(x is not None for x in (self.ranges, self.text)) + (self.start is not None or self.end is not None)
        if given != 1:
            raise OperationError("give exactly one of: ranges (word indices), start and end (times), or text")
        placed = heard(project, self.media_id)
        key = ([(r.media_id, r.first, r.last, r.clip_id) for r in self.ranges] if self.ranges is not None else None,
               self.text, self.every, self.start, self.end)
        last = _LAST_TARGETS[0]
        if last is not None and last[0] is self and last[1] is placed and last[2] == key:
            return placed, list(last[3])
        idx = self._find(project, placed)
        _LAST_TARGETS[0] = (self, placed, key, idx)
        return placed, list(idx)

    def _find(self, project: Project, placed) -> list[int]:
        if self.ranges is not None:
            for r in self.ranges:
                asset = get_media(project, r.media_id)
                if not asset.words:
                    raise _no_words(project, r.media_id)
                if r.last < r.first or r.last >= len(asset.words):
                    raise OperationError(f"words {r.first}-{r.last} do not exist in {asset.name}",
                                         f"it has words 0-{len(asset.words) - 1}")
            idx = sorted(selected(placed, self.ranges) or ())
            if not idx:
                raise OperationError("those words are not on the timeline (already cut?)")
            return idx
        if self.text is not None:
            hits = find_phrase([norm(t) for t in columns(placed)[2]], self.text)
            if not hits:
                raise OperationError(f"'{self.text}' is not said on the timeline", "quote the words as transcribed")
            if len(hits) > 1 and not self.every:
                where = ", ".join(fmt(project, seconds_to_frames(placed[a].start, project.fps)) for a, _ in hits[:6])
                raise OperationError(f"'{self.text}' is said {len(hits)} times (at {where})", "set every, or give times")
            return [i for a, b in hits for i in range(a, b + 1)]
        fps = float(project.fps)
        s = (self.start or 0) / fps
        e = (self.end if self.end is not None else project.duration) / fps
        if e <= s:
            raise OperationError(f"the end {fmt(project, self.end or 0)} must be after the start {fmt(project, self.start or 0)}")
        starts, ends, _ = columns(placed)
        idx = [i for i, (a, b) in enumerate(zip(starts, ends)) if s <= (a + b) / 2 < e]
        if not idx:
            raise OperationError(f"no word is spoken between {fmt(project, self.start or 0)} and {fmt(project, self.end or 0)}",
                                 "use cut_range to cut a stretch without words")
        return idx

    def cuts(self, project: Project) -> Ranges:
        """The frame ranges to cut; validate and apply ask in turn, and the second answer is the
        first's while the words, the talk's clips and media and the targets are the same objects."""
        placed, idx = self._targets(project)
        clips = [(c, a) for _t, c, a in talk_clips(project)]
        last = _LAST_CUTS[0]
        if (last is not None and last[0] is self and last[1] is placed and last[2] == idx and last[3] == project.fps
                and len(last[4]) == len(clips) and all(x[0] is y[0] and x[1] is y[1] for x, y in zip(last[4], clips))):
            return list(last[5])
        ranges = word_cut_ranges(project, placed, idx)
        _LAST_CUTS[0] = (self, placed, idx, project.fps, clips, list(ranges))
        return ranges

    def validate(self, project: Project) -> None:
        _check_ranges(project, self.cuts(project), "cut words")
        remember(self, self._describe(project))


    def _describe(self, project: Project | None) -> str:
        if project is None:
            return "Cut words from the talk"
        try:
            placed, idx = self._targets(project)
        except OperationError as exc:
            return f"Cut words ({exc.message})"
        how = " (snapped to whole words)" if self.start is not None or self.end is not None else ""
        return f"Cut {len(idx)} word{'s' * (len(idx) != 1)} {_quote(placed, idx)}{how} and close the gap"


class RemoveFillers(_WordCutOperation):
    """Remove filler words (um, uh...; the list follows the transcript's language) from the talk.
    Words such as "like" or "so" are removed only when named in extra."""

    op: Literal["remove_fillers"] = "remove_fillers"
    agents: ClassVar[tuple[str, ...]] = ("speech",)
    keywords: ClassVar[tuple[str, ...]] = ("fillers?", r"umm?s?", r"uhh?s?", r"erms?",
                                           r"hmm+s?")  # routing words (regex)
    words: list[str] | None = Field(None, description="The fillers to remove; default: the language's list (English: um, uh, erm...).")
    extra: list[str] = Field(default_factory=list, description="Also remove these, e.g. [\"like\", \"you know\"].")
    media_id: MediaId | None = Field(None, description="Only in this media.")
    selection: list[WordRange] | None = Field(None, description="Only among these words (the panel's selection).")

    def _found(self, project: Project) -> tuple[list[PlacedWord], list[int], tuple[str, ...]]:
        placed = heard(project, self.media_id)
        lang = next((project.media[p.media_id].transcript_language for p in placed if project.media[p.media_id].transcript_language), None)
        fillers = filler_list(lang, self.words, self.extra)
        only = selected(placed, self.selection)
        idx = [i for a, b in match_phrases([norm(t) for t in columns(placed)[2]], fillers) for i in range(a, b + 1)
               if only is None or i in only]
        return placed, idx, fillers

    def _lang(self, project: Project) -> str:
        placed = heard(project, self.media_id)
        lang = next((project.media[p.media_id].transcript_language for p in placed if project.media[p.media_id].transcript_language), None)
        return LANGUAGE_NAMES.get(language_code(lang), language_code(lang))

    def cuts(self, project: Project) -> Ranges:
        placed, idx, _ = self._found(project)
        return word_cut_ranges(project, placed, idx)

    def validate(self, project: Project) -> None:
        placed, idx, fillers = self._found(project)
        if not idx:
            raise OperationError(f"no filler words found (looked for {', '.join(fillers)})",
                                 "name the words to remove in words or extra")
        _check_ranges(project, word_cut_ranges(project, placed, idx), "remove fillers")
        remember(self, self._describe(project))


    def _describe(self, project: Project | None) -> str:
        if project is None:
            return "Remove filler words"
        try:
            placed, idx, fillers = self._found(project)
            lang = self._lang(project)
        except OperationError as exc:
            return f"Remove filler words ({exc.message})"
        counts = Counter(norm(placed[i].text) for i in idx)
        listed = ", ".join(f"{w} ×{n}" for w, n in counts.most_common())
        source = "the words given" if self.words else f"the {lang} list"
        return f"Remove {len(idx)} filler words ({listed or 'none'}); looked for {', '.join(fillers)} ({source})"


class RemoveRetakes(_WordCutOperation):
    """Remove retakes: when a sentence is said twice in a row, started and said again, or abandoned out
    loud ("no, let me say that again"), keep the last take."""

    op: Literal["remove_retakes"] = "remove_retakes"
    agents: ClassVar[tuple[str, ...]] = ("speech",)
    keywords: ClassVar[tuple[str, ...]] = (
        "retakes?", "(?:bad|false|first|second|earlier|other|botched|fluffed) takes?", "flubs?", r"stumbl\w*", "repeated",
        "said twice")  # routing words (regex)
    media_id: MediaId | None = Field(None, description="Only in this media.")
    similarity: float = Field(0.75, ge=0.5, le=1.0, description="How alike two sentences must be (word overlap).")

    def _found(self, project: Project):
        placed = heard(project, self.media_id)
        lang = next((project.media[p.media_id].transcript_language for p in placed if project.media[p.media_id].transcript_language), None)
        found = retakes(placed, self.similarity, filler_list(lang))
        return placed, found

    def cuts(self, project: Project) -> Ranges:
        placed, found = self._found(project)
        idx = [i for r in found for i in range(r.dropped[0], r.dropped[1] + 1)]
        return word_cut_ranges(project, placed, idx)

    def validate(self, project: Project) -> None:
        _, found = self._found(project)
        if not found:
            raise OperationError("no retakes found: no sentence is said twice in a row or abandoned out loud")
        _check_ranges(project, self.cuts(project), "remove retakes")
        remember(self, self._describe(project))


    def _describe(self, project: Project | None) -> str:
        if project is None:
            return "Remove retakes"
        try:
            placed, found = self._found(project)
        except OperationError as exc:
            return f"Remove retakes ({exc.message})"
        quotes = "; ".join(_quote(placed, list(range(r.dropped[0], r.dropped[1] + 1)), 6) for r in found[:3])
        return f"Remove {len(found)} earlier take{'s' * (len(found) != 1)} ({quotes}), keeping the last take of each"


class ShortenPauses(_WordCutOperation):
    """Shorten every pause between words that is longer than max_pause down to max_pause (not removed)."""

    op: Literal["shorten_pauses"] = "shorten_pauses"
    agents: ClassVar[tuple[str, ...]] = ("speech",)
    keywords: ClassVar[tuple[str, ...]] = ("pauses?",)  # routing words (regex)
    max_pause: Frames = Field(gt=0, description="Longest pause to keep.")
    media_id: MediaId | None = Field(None, description="Only in this media.")
    selection: list[WordRange] | None = Field(None, description="Only pauses next to these words.")

    def _found(self, project: Project):
        placed = heard(project, self.media_id)
        seconds = self.max_pause / float(project.fps)
        return pause_cut_ranges(project, placed, seconds, selected(placed, self.selection))

    def cuts(self, project: Project) -> Ranges:
        return [(s, e) for s, e, _ in self._found(project)]

    def validate(self, project: Project) -> None:
        if not self._found(project):
            raise OperationError(f"no pause between words is longer than {fmt(project, self.max_pause)}")
        _check_ranges(project, self.cuts(project), "shorten pauses")
        remember(self, self._describe(project))


    def _describe(self, project: Project | None) -> str:
        limit = fmt(project, self.max_pause)
        if project is None:
            return f"Shorten pauses to {limit}"
        try:
            found = self._found(project)
        except OperationError as exc:
            return f"Shorten pauses ({exc.message})"
        saved = sum(e - s for s, e, _ in found)
        return f"Shorten {len(found)} pause{'s' * (len(found) != 1)} to {limit} each (saves {fmt(project, saved)})"


class SetAudioLevels(Operation):
    """Store a media's loudness envelope (measured by media.levels) for cut safety. No agent's tool:
    media code measures it when a transcript is stored."""

    op: Literal["set_audio_levels"] = "set_audio_levels"
    media_id: MediaId
    levels: AudioLevels | None

    def validate(self, project: Project) -> None:
        get_media(project, self.media_id)

    def apply(self, project: Project) -> Operation:
        inverse = capture(project, media=True)
        project.media[self.media_id] = project.media[self.media_id].model_copy(update={"levels": self.levels})
        return inverse

    def describe(self, project: Project | None = None) -> str:
        return f"Measure the loudness of {self.media_id} for clean cuts"
