"""A check on every proposed plan, whoever proposed it (planner, model, plugin): does it need an
explicit "yes" even when plans apply at once?

Three things do, each said in one sentence: removing more than a set share of the timeline,
deleting a whole clip when the request named a part of it, and touching a clip the request
did not name. The check reads only the project before and after the dry run, the operations
and the message, so it is the same for every backend.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from editor_app.model.project import Project
from editor_app.model.state_cache import media_key, per_state, tracks_key
from editor_app.model.time import seconds

MAX_REMOVED_SHARE = 0.20
# Operations aimed at one clip: these must stay on the clips the request named.
CLIP_TARGETED = frozenset({
    "add_effect", "remove_effect", "update_effect", "set_speed", "set_volume", "set_volume_envelope",
    "remove_clip", "move_clip", "trim_clip", "update_clip", "set_clip_enabled", "split_clip",
})
# round 24: whole words ("the parting clip" is no "part": replacing a clip with "the other iphone one, the parting" was held)
_PART = re.compile(r"\b((?:parts?|bits?|sections?|portions?|pieces?|moments?|segments?|sentences?|words?|inside|middle)\b|"
                   r"where (i|we|you|he|she|they)|when (i|we|you|he|she|they)|the (start|end|beginning|ending) of|"
                   r"(first|last) \d+(\.\d+)? ?(s|sec|seconds?|minutes?)\b)")
_ALL = re.compile(r"\b(everything|all (the )?(clips|tracks|audio)|(the )?whole (edit|project|thing|timeline|mix)|"
                  r"every (clip|track))\b")
_WHOLE = re.compile(r"\b(whole|entire|all of|completely|altogether|every)\b")
# round 18 (lead): "fade the video out at the end", "make the whole vid black and white": the video as a whole, which
# is what the main track shows
# "the bulbs make me look orange, correct the colour on me": how the speaker looks is the main track's picture
_ME_SEEN = re.compile(r"\b(?:makes? me look|me look|i look|on me|correct me|brighten me|darken me|of me on camera)\b")
_THE_VIDEO = re.compile(r"\b(?:the|my|this|our) (?:whole |entire |full )?(?:video|vid|film|edit|movie|footage)\b"
                        r"(?! (?:clip|file|track|of|from|with|where|that|showing|i|he|she|they|we)\b"
                        r"| [a-z']+ (?:took|sent|made|filmed|shot|recorded|gave|posted|uploaded)\b)")  # "the vid my mate took"


def _state(project: Project) -> tuple:
    """The project's timeline and media as a state_cache key (the frame rate, every clip, every asset)."""
    return (project.settings.fps, *tracks_key(project), *media_key(project))


def _main_content(project: Project) -> int:
    """Frames of enabled clips on the main (or voice) tracks: the talk itself (once per state)."""
    return per_state("safety.main_content", _state(project), lambda: _read_main_content(project))


def _read_main_content(project: Project) -> int:
    tracks = [t for t in project.tracks if t.role in ("main", "voice")] or [t for t in project.tracks if t.kind == "video"][:1]
    return sum(c.duration for t in tracks for c in t.clips if c.enabled)


def _speech(project: Project) -> float:
    """Seconds of transcribed source speech that enabled clips show (speed-independent: played
    faster is not lost). Floats, one pass, once per state: this runs on every plan that shortens
    the timeline, and the project before the plan is the session's, unchanged since the last turn."""
    return per_state("safety.speech", _state(project), lambda: _read_speech(project))


def _read_speech(project: Project) -> float:
    fps = float(project.fps)
    spans: dict[str, tuple[list[tuple[float, float]], list[float], list[float]]] = {}
    total = 0.0
    for track in project.tracks:
        for clip in track.clips:
            asset = project.media.get(clip.media_id) if clip.media_id else None
            if asset is None or not asset.transcript or not clip.enabled:
                continue
            found = spans.get(asset.id)
            if found is None:
                found = spans[asset.id] = _rows(asset)
            lo, length = float(clip.source_in) / fps, float(clip.duration) * float(clip.speed) / fps
            key = (id(asset), lo, length)  # a clip a ripple moved shows the same speech (floats hash fast)
            known = _SHOWN.get(key)
            if known is None or known[0] is not asset:
                known = _SHOWN[key] = (asset, _shown(found, lo, length))
            total += known[1]
    if len(_SHOWN) > 50_000:
        _SHOWN.clear()
    return total


_SHOWN: dict[tuple, tuple[Any, float]] = {}  # (asset, source span) -> seconds of speech; holds the asset


def _shown(found: tuple[list[tuple[float, float]], list[float], list[float]], lo: float, length: float) -> float:
    """Seconds of speech in [lo, lo + length) source seconds: only the rows that can overlap it, in
    their order (the same terms summed in the same order as a scan of every row)."""
    rows, starts, reach = found
    hi = lo + length
    first, stop = (bisect_right(reach, lo), bisect_left(starts, hi)) if starts else (0, len(rows))
    return sum(max(0.0, min(e, hi) - max(s, lo)) for s, e in rows[first:stop] if e > lo and s < hi)


def _rows(asset) -> tuple[list[tuple[float, float]], list[float], list[float]]:
    """(start, end) seconds of each segment; their starts and the running maximum of their ends when
    the starts are in order (both searchable), else two empty lists (every row is read)."""
    rows = [(float(s.start), float(s.end)) for s in asset.transcript]
    starts = [s for s, _e in rows]
    if any(b < a for a, b in zip(starts, starts[1:])):
        return rows, [], []
    reach, top = [], float("-inf")
    for _s, e in rows:
        top = max(top, e)
        reach.append(top)
    return rows, starts, reach


def _removed(before: Project, after: Project) -> tuple[float, float]:
    """(seconds removed, share). Where the talk is transcribed, the share of its speech that is
    lost (so cutting pauses is never "destructive"); otherwise the larger of the timeline's
    length and the main track's content."""
    speech = _speech(before)
    if speech > 0:
        lost = max(0.0, speech - _speech(after))
        return round(lost, 2), lost / speech
    total, main = before.duration, _main_content(before)
    lost_total = max(0, total - after.duration)
    lost_main = max(0, main - _main_content(after))
    share = max(lost_total / total if total else 0.0, lost_main / main if main else 0.0)
    frames = max(lost_total, lost_main)
    return seconds(frames, before.fps), share

# clauses each name their own clip; so do the two sides of a swap ("replace X with Y", "use Y instead of X"),
# where Y is often a file not yet on the timeline, which would make the whole sentence name nothing we know
_CLAUSE = re.compile(r"[,;]|\b(?:and then|and|then|also|plus|with|for|instead of)\b")


def named_clips(project: Project, message: str, selection: Sequence[str] = (),
                last_clips: Sequence[str] = ()) -> tuple[set[str], bool]:
    """(clip ids the message names, whether it names any clip or media at all)."""
    from editor_app.planner.text import normalize

    from editor_app.planner.camera_ids import camera_names_as_media
    from editor_app.planner.dialogue import as_named

    text = camera_names_as_media(normalize(message), project)  # "C0055" is the file, as the planner reads it
    text = _app_names(text, project)  # "the teams call" is the Meeting Recording file, as the planner reads it
    text = as_named(text)  # round 11: "lube clip at 2x", "slow zoom in on the X photo", as the planner reads them
    text = _SAID_PLACE.sub("", text)  # round 15: "... when I say burner tubes": words said in the talk, not a media name
    if _NAMED_AT.search(text):  # round 15: "start the lid clip at 0:30" names the lid clip (and reads as "the clip at 0:30")
        ids, names = _named_plain(project, _NAMED_AT.sub("", text), selection, last_clips)
        whole, whole_any = _named_plain(project, text, selection, last_clips)
        return ids | whole, names or whole_any
    return _named_plain(project, text, selection, last_clips)


# round 15: a place in the talk said as words ("so it ends when I say burner tubes"): not a clip's name
_SAID_PLACE = re.compile(r"\s+(?:right |just |exactly )?(?:when|where|as soon as|once|the moment|as) i (?:say|said|says|"
                         r"start saying|go|(?:first |start |begin )?(?:talk|talking|start talking|mention|explain|"
                         r"stop talking|finish talking|am done talking) about)\b.*$")
# "the lid clip at 0:30": a named clip and a time (the time read alone points at the main track's clip there)
_NAMED_AT = re.compile(r"(?<=\b(?:clip|shot))\s+(?:at|to|from)\s+\d[\d:.]*(?:\s*(?:seconds?|secs?|s))?\b.*$")


def _named_plain(project: Project, text: str, selection: Sequence[str] = (),
                 last_clips: Sequence[str] = ()) -> tuple[set[str], bool]:
    if _ALL.search(text):
        return {c.id for c in project.clips()}, True
    parts = [p.strip() for p in _CLAUSE.split(text) if p and p.strip()]
    if len(parts) > 1:  # "fade in the talk and lower the music" names two clips, one per clause
        found = [_named_in(project, text, selection, last_clips)]  # the whole too ("the salt and pepper shot")
        found += [_named_in(project, part, selection, last_clips) for part in parts]
        return set().union(*(ids for ids, _any in found)), any(names for _ids, names in found)
    return _named_in(project, text, selection, last_clips)


def _app_names(text: str, project: Project) -> str:
    """``text`` with an app phrase ("the teams call", "the chrome capture") as its media's id, as the
    planner reads it; left as it was when several files are that app's."""
    from editor_app.planner.media_apps import app_names_as_media
    from editor_app.planner.types import Unclear

    try:
        return app_names_as_media(text, project)
    except Unclear:
        return text


def _named_in(project: Project, text: str, selection: Sequence[str], last_clips: Sequence[str]) -> tuple[set[str], bool]:
    from editor_app.planner.refs import clip_refs
    from editor_app.planner.types import Ctx, Unclear

    from editor_app.planner.pairs import also_named  # round 9: "the two X clips", the title a re-wording means

    ctx = Ctx(text, project, tuple(selection), None, None, tuple(last_clips))
    extra = also_named(project, text, selection, last_clips)
    try:
        clips = clip_refs(ctx)
    except Unclear:
        if extra:
            return extra, True
        # a name that is not there ("the waffle clip"): nothing may be touched; an unresolved
        # "it" names nothing we know, so the plan is not held for it
        from editor_app.planner.media_refs import media_mentions, reference_phrases

        try:
            named = bool(media_mentions(ctx, strict=False))
        except Unclear:
            named = True
        return set(), named or bool(reference_phrases(text)) or bool(re.search(r"\bc\d+\b", text))
    except Exception:  # noqa: BLE001 - a check must never fail the turn
        return set(), False
    return {c.id for c in clips} | extra, bool(clips) or bool(extra)


def _label(project: Project, clip_id: str) -> str:
    found = project.find_clip(clip_id)
    if not found:
        return clip_id
    clip = found[1]
    asset = project.media.get(clip.media_id) if clip.media_id else None
    return f"{clip_id} ({clip.name or (asset.name if asset else '')})"


def _follows_cut(before: Project, after: Project, op: Any) -> bool:
    """A bed clip (music, sfx) whose end was trimmed to where the shortened timeline now ends, its
    start unchanged: the consequence of a cut (tools.macros.remove_silences does it), not an edit of its own."""
    old, new = before.find_clip(op.clip_id), after.find_clip(op.clip_id)
    return bool(old and new and old[0].role in ("music", "sfx") and op.start is None
                and new[1].start == old[1].start and new[1].end >= after.duration)


def _talk_part(project: Project, ops: Sequence[Any], text: str) -> set[str]:
    """The main-track clips a plan splits and re-times when the request names a stretch of the talk
    ("speed up the bit where I count the fittings"): that place names the talk clip under it, even when
    its words also fit a B-roll file's name. Any other kind of operation in the plan names nothing here."""
    from editor_app.planner.intents.speed_part import _PART

    if not _PART.search(text) or not ops or any(getattr(op, "op", "") not in ("split_clip", "set_speed") for op in ops):
        return set()
    ids = {getattr(op, "clip_id", None) for op in ops}
    found = [project.find_clip(c) for c in ids if c]
    return {c for c, f in zip([c for c in ids if c], found) if f is not None and f[0].role == "main"}


def _replaced_title(before: Project, ops: Sequence[Any], clip_id: str) -> bool:
    """A title removed and added again with the same words at the same start in one plan: a restyle ("make the title
    a bit smaller", "make it red"), not a deletion (round 15: the word "bit" made it read as a part of a clip deleted)."""
    found = before.find_clip(clip_id)
    if found is None or found[1].generator is None or found[1].generator.kind != "title":
        return False
    clip = found[1]
    return any(getattr(op, "op", "") == "add_title" and op.text == clip.generator.text and op.start == clip.start
               for op in ops)


# Round 23: "delete everything after X", "cut from X onwards", "bin everything after 1:30": a sweep to the end of the video
# takes the ending and sign-off with it, so it is confirmed whatever its share ("end it on X, chop everything after"
# says where the video should end, and applies at once). Every blind writer since suite K expected this.
_SWEEPS_TO_END = re.compile(r"\b(?:everything|all|the rest|anything|whatever(?:'s| is)?)(?: else)?(?: (?:that comes|that's|that is|said))? "
                            r"(?:after|past|beyond|following|from)\b|\bonwards?\b|\b(?:to|till|until|through|up to) the (?:very )?end\b")
_SAYS_WHERE_IT_ENDS = re.compile(r"\b(?:end|ends|ending|finish|finishes|stop|close|wrap(?: up)?)(?: it| the (?:video|vid|edit|film|thing))?"
                                 r" (?:on|at|after|with|right after|just after|straight after)\b|\bso (?:it|the video|the vid) ends\b"
                                 r"|\blast (?:thing|words?|line) (?:should be|is|said)\b")


def _cut_to_the_end(before: Project, after: Project) -> bool:
    """The plan removed the video's last stretch: the talk's last second is gone (its end moved in by the cut)."""
    def tail(project: Project):
        clips = [c for t in project.tracks if t.role in ("main", "voice") for c in t.clips if c.enabled]
        last = max(clips, key=lambda c: c.start + c.duration, default=None)
        return None if last is None else (last.media_id, last.source_in + last.duration * last.speed)

    was, now = tail(before), tail(after)
    return was is not None and now != was


_DISLIKED = re.compile(r"^(?:honestly\s+|tbh\s+|hmm\s+)?i\s+(?:really\s+|just\s+)?(?:hate|don't like|do not like|dont like|dislike|"
                       r"am not keen on|'m not keen on|m not keen on|am not a fan of|'m not a fan of)\s+(?:the|that|this|my)\s+(?:\w+\s+)?"
                       r"(?:bit|part|line|sentence|section|story|joke|moment|rant|tangent|aside)\b[^,;]*[.!]*$")


def review(before: Project, after: Project, ops: Sequence[Any], message: str, *,
           selection: Sequence[str] = (), last_clips: Sequence[str] = ()) -> str | None:
    """One sentence saying why this plan needs an explicit confirmation, or None."""
    shrank = after.duration < before.duration or _main_content(after) < _main_content(before)
    lost_s, share = _removed(before, after) if shrank else (0.0, 0.0)
    if share > MAX_REMOVED_SHARE:
        return (f"This removes {lost_s:g} s, {share:.0%} of the video's content, which is more than "
                f"{MAX_REMOVED_SHARE:.0%}; confirm to apply it.")
    text = (message or "").lower()
    if shrank and _SWEEPS_TO_END.search(text) and not _SAYS_WHERE_IT_ENDS.search(text) \
            and _main_content(after) < _main_content(before) and _cut_to_the_end(before, after):
        return (f"You asked to delete everything to the end: this removes {lost_s:g} s ({share:.0%} of the content), "
                "the ending and sign-off included; confirm to apply it.")
    if shrank and _DISLIKED.match(text.strip()):  # round 16: "I don't like the bit about X" names no edit: ask first
        return "You said you don't like that part but didn't say to cut it; confirm to cut it."
    gone = [op.clip_id for op in ops if getattr(op, "op", "") == "remove_clip" and not _replaced_title(before, ops, op.clip_id)]
    if gone and _PART.search(text) and not _WHOLE.search(text):
        return (f"You asked about a part, but this deletes the whole clip {_label(before, gone[0])}; "
                "confirm to apply it.")
    from editor_app.planner.inside import thing_inside  # "delete the boat in X": a thing, not the clip

    thing = thing_inside(before, gone, text) if gone else None
    if thing:
        return (f"You asked to take {thing} out of a clip, but this deletes the whole clip {_label(before, gone[0])}; "
                "confirm to apply it.")
    touched = {getattr(op, "clip_id", None) for op in ops if getattr(op, "op", "") in CLIP_TARGETED}
    touched = {c for c in touched if c and before.find_clip(c)}  # clips made by this plan are fine
    if shrank:  # round 9, cuts: a music/sfx bed trimmed to the cut timeline's new end follows the cut
        touched -= {op.clip_id for op in ops if getattr(op, "op", "") == "trim_clip" and _follows_cut(before, after, op)}
    if touched:
        named, names_any = named_clips(before, message, selection, last_clips)
        named |= _talk_part(before, ops, text)  # round 13: "speed up the bit where I ...": the talk clip under it
        if _THE_VIDEO.search(text) or _ME_SEEN.search(text):
            named |= {c.id for t in before.tracks if t.role == "main" for c in t.clips}
        if re.match(r"\s*(?:no|nope|nah|not that one|wrong one)\b", text):  # round 24: a correction is about what the last turn touched
            named |= set(last_clips)
        extra = sorted(touched - named)
        if names_any and extra:
            return (f"This changes {', '.join(_label(before, c) for c in extra[:3])}, which the request "
                    "did not name; confirm to apply it.")
    return None
