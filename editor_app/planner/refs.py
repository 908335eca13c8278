"""Slot resolvers: which clips, media, tracks and topics an instruction means.

Clips are named by id (c3), by selection or the last turn ("it", "that clip"), by time ("the
clip at 0:20"), by position ("the first clip", "the last one") or by their media (see
media_refs: file-name words, tags, roles, meaning). Anything ambiguous raises Unclear rather
than guessing.
"""

from __future__ import annotations

import re

from editor_app.model.project import Clip, MediaAsset, Track
from editor_app.model.time import seconds_to_frames
from editor_app.planner import quantities
from editor_app.planner.meaning import name_words, similarity, stems
from editor_app.planner.media_refs import media_keys, media_mentions, media_profile, ranked_mentions
from editor_app.planner.types import Ctx, Unclear

__all__ = ["media_mentions", "media_phrases", "clip_refs", "clips_of_media", "clip_at", "track_ref",
           "ordinal_clips", "one_clip", "broll_candidates", "media_for_topic", "recent_clips"]

ORDINALS = {
    "first": 0, "1st": 0, "opening": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
    "fifth": 4, "5th": 4, "last": -1, "final": -1, "closing": -1, "penultimate": -2, "second to last": -2,
    "second last": -2,
}
_ORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
_ORD_RUN = re.compile(
    rf"(?<!\d )\b(?:the )?({_ORD})((?:(?:,| and| &| or| to)? (?:the )?(?:{_ORD}))*) "
    r"(?:(video|broll|music|audio|main) )?(clips?|shots?|ones?|segments?|parts?)\b"
)
# words that may come right before an ordinal that says which clip ("move the final clip", "and last clip", "cut first clip")
_ORDINAL_LEADS = frozenset("the my this that these those our and or & , to move cut delete remove trim put place fade make "
                           "speed slow mute blur zoom swap drop lose split give select is was very just only same between over on in of at "
                           "after before from into onto under with for".split())
_PRONOUN = re.compile(r"\b(it|this|that|them|these|those|the clip|this clip|that clip|the selected one|this one|that one)\b")
_SELECTED = re.compile(r"\b(selected|selection|highlighted|current) ?(clips?|ones?)?\b")
_VIDEO_WORDS = re.compile(r"\b(the (main )?video|the (whole|entire) (video|thing|edit|timeline)|the picture|the footage|everything|all (the )?clips)\b")


def _norm(name: str) -> str:
    """A file name as plain lower-case words without its extension ('Beach_Day.MP4' -> 'beach day')."""
    return re.sub(r"[_\-]+", " ", re.sub(r"\.[a-z0-9]{2,4}$", "", name.lower())).strip()


def media_phrases(asset: MediaAsset) -> list[str]:
    """The words of a media's file name and tags (typo correction knows them)."""
    return list(dict.fromkeys([*name_words(asset.name), *(w for t in asset.tags for w in name_words(t))]))


def recent_clips(ctx: Ctx) -> list[Clip]:
    """The selection, else the clips the last edit touched that still exist ("it", "that clip")."""
    chosen = ctx.selected_clips()
    if chosen:
        return chosen
    out = []
    for clip_id in ctx.last_clips:
        found = ctx.project.find_clip(clip_id)
        if found:
            out.append(found[1])
    return out


def clips_of_media(ctx: Ctx, asset: MediaAsset) -> list[Clip]:
    return sorted((c for c in ctx.project.clips() if c.media_id == asset.id), key=lambda c: c.start)


def _said_plural(text: str) -> bool:
    """Whether the clips are named as several: "both drone clips", "all the drone shots", "the drone clips"."""
    return re.search(r"\b(?:both|all(?: of)? the|each of the|every one of the)\b|\b(?:the|those|these|my)\s+(?:[a-z0-9_-]+\s+){0,3}"
                     r"(?:clips|shots|videos|photos|pictures|pics|images|stills)\b(?!\s+(?:are|is|were|was|look|seem|feel)\b)",
                     text) is not None


def _named_before(ctx: Ctx, prefix: str) -> bool:
    """Whether the words before "clip at T" name a media ("the lid clip at 0:30")."""
    words = re.sub(r"^.*?\b(?:the|that|this|my)\s+", "", prefix.strip())
    if not words or re.fullmatch(r"(?:b-?roll|main|talk|video|music|audio|title|first|last|second|other|same|\s)+", words):
        return False
    try:
        return bool(ranked_mentions(ctx, words + " clip", strict=False))
    except Unclear:
        return False


_TRACK_WORDS = {"broll": r"b-?roll|overlay|cutaway", "music": r"music|song|soundtrack", "titles": r"title|caption|text",
                "sfx": r"sound effect|sfx|whoosh", "main": r"talk|main|interview|speech|a-?roll"}


def _clip_at_time(ctx: Ctx, at: float, text: str) -> Clip:
    """Round 15: the clip under a time. With B-roll over the talk there, "remove the clip at 0:21" removed the talk;
    now a word for the track ("the b-roll at 0:21", "the music clip at ...") picks that track's clip, one clip there is
    that clip, and two on different tracks ask which."""
    frame = seconds_to_frames(at, ctx.project.fps)
    under = [(t, c) for t in ctx.project.tracks for c in t.clips if c.start <= frame < c.end and not t.hidden]
    if not under:
        raise Unclear(f"There is no clip at {at:g} s.")
    said = [(t, c) for t, c in under if any(re.search(rf"\b(?:{w})\b", text) for role, w in _TRACK_WORDS.items() if t.role == role)]
    if len(said) == 1:
        return said[0][1]
    picked = said or under
    if len(picked) == 1:
        return picked[0][1]
    if any(t.kind == "video" for t, _ in picked) and not said:
        picked = [(t, c) for t, c in picked if t.kind == "video"]  # "the clip" with a picture there: a picture
        if len(picked) == 1:
            return picked[0][1]
    main = [c for t, c in picked if t.role == "main"]
    others = [(t, c) for t, c in picked if t.role != "main"]
    if main and all(t.role in ("music", "sfx", "voice") for t, _ in others):
        return main[0]  # the talk with only the music under it: "the clip" is the picture
    names = " or ".join(f"{c.id} ({c.name or (ctx.project.media[c.media_id].name if c.media_id in ctx.project.media else t.role)}, "
                        f"{t.name or t.role})" for t, c in picked[:4])
    raise Unclear(f"More than one clip is at {at:g} s: {names}. Which one? Name it (e.g. \"the b-roll at {at:g}\" or its id).",
                  [f"the {c.id}" for _, c in picked[:4]])


def clip_at(ctx: Ctx, at_seconds: float, track: Track | None = None) -> Clip | None:
    """The clip under a timeline time on ``track`` (default: the main track)."""
    track = track or ctx.main_track()
    if track is None:
        return None
    frame = seconds_to_frames(at_seconds, ctx.project.fps)
    return next((c for c in track.clips if c.start <= frame < c.end), None)


def track_ref(ctx: Ctx, text: str | None = None) -> Track | None:
    """A track named by id (t3), name, or role word ('music', 'the broll track', 'main')."""
    text = ctx.text if text is None else text
    match = re.search(r"\bt(\d+)\b", text)
    if match:
        track = ctx.project.find_track(f"t{match.group(1)}")
        if track is None:
            raise Unclear(f"There is no track t{match.group(1)}.")
        return track
    for track in ctx.project.tracks:
        if track.name and re.search(rf"\b{re.escape(track.name.lower())} track\b", text):
            return track
    said = re.search(r"\b([a-z0-9'-]+(?: [a-z0-9'-]+)?) (?:track|layer|lane)\b", text)
    if said:  # "the cutaway track" for a track named "Cutaways": the same words, any plural
        words = stems(said.group(1))
        named = [t for t in ctx.project.tracks if t.name and words and stems(t.name) and stems(t.name) <= words]
        if len(named) == 1:
            return named[0]
    roles = (
        ("music", r"\bmusic\b|\bsong\b"), ("broll", r"\bbroll\b|\boverlay\b|\bcutaways?\b|\binserts?\b"),
        ("titles", r"\btitles?\b"),
        ("voice", r"\bvoice\b|\bspeech\b|\bvocals?\b"), ("sfx", r"\bsfx\b|\bsound effects?\b"),
        ("main", r"\bmain\b|\btalk\b|\bvoice\b|\bspeech\b|\binterview\b|\bvideo track\b"),
    )
    for role, pattern in roles:
        if re.search(pattern, text):
            tracks = ctx.project.tracks_by_role(role)
            if tracks:
                return tracks[0]
    return None


def _ordinal_track(ctx: Ctx, qualifier: str | None) -> Track | None:
    if qualifier in ("broll", "music"):
        tracks = ctx.project.tracks_by_role(qualifier)
        return tracks[0] if tracks else None
    return ctx.main_track()


def ordinal_clips(ctx: Ctx, text: str | None = None) -> list[Clip] | None:
    """'the first clip', 'the first and second clips', 'the last one' -> clips in timeline order."""
    text = ctx.text if text is None else text
    match = _ORD_RUN.search(text)
    if not match:
        return None
    before = re.search(r"(\S+)\s*$", text[:match.start()])
    if before and match.group(0).startswith(match.group(1)) and before.group(1) not in _ORDINAL_LEADS:
        return None  # round 18: "the burr final clip" names "feeling for the burr FINAL.mov", not the last clip
    words = [match.group(1)] + re.findall(rf"\b({_ORD})\b", match.group(2) or "")
    track = _ordinal_track(ctx, match.group(3))
    clips = sorted(track.clips, key=lambda c: c.start) if track else []
    if match.group(3) is None and track is not None:
        from editor_app.planner.ordinal_series import series_track

        series_track(ctx, track, words[0])  # round 16: "the first clip" with the talk alone on Main: which series?
    _one_of_one(ctx, match.group(3), track, clips)  # round 16
    out = []
    for word in words:
        index = ORDINALS[word]
        if not -len(clips) <= index < len(clips):
            where = track.name or track.role if track else "the timeline"
            raise Unclear(f"There is no {word} clip: {where} has {len(clips)} clip{'s' if len(clips) != 1 else ''}.")
        out.append(clips[index])
    return out


def _one_of_one(ctx: Ctx, qualifier: str | None, track: Track | None, clips: list[Clip]) -> None:
    """Round 16: "remove the last one" with the talk the main track's only clip and B-roll over it: "the last"
    of one clip is no order, and the B-roll may be meant; it had removed the whole talk. Ask."""
    if qualifier or track is None or track.role not in ("main", "voice") or len(clips) != 1:
        return
    others = [c for t in ctx.project.tracks if t is not track and t.role != "music" for c in t.clips]
    if not others:
        return
    last = max(others, key=lambda c: c.start)
    raise Unclear(f"{track.name or 'The main track'} has only one clip, {ctx.label(clips[0])}, so \"first\" or \"last\" "
                  f"does not say which clip. Do you mean a B-roll clip (the last one is {ctx.label(last)})? Name it, "
                  f"e.g. \"{last.id}\", or say \"the last broll clip\".")


class UnplacedTie(Unclear):
    """The words name several media and none is on the timeline ("the iphone clip" with two iPhone files in the
    bin): which one is meant must be asked, whatever the edit ("at 50%" speed or a place), never one picked."""


def clip_refs(ctx: Ctx, text: str | None = None, *, pronoun_ok: bool = True) -> list[Clip]:
    """The clips ``text`` names, or [] when it names none. Raises Unclear for unknown ids or an unresolved 'it'."""
    text = ctx.text if text is None else text
    ids = re.findall(r"\bc\d+\b", text)
    if ids:
        out = []
        for clip_id in dict.fromkeys(ids):
            found = ctx.project.find_clip(clip_id)
            if found is None:
                raise Unclear(f"There is no clip {clip_id} on the timeline.")
            out.append(found[1])
        return out
    if _SELECTED.search(text) and not re.search(r"\bselected (clips?|ones?) (?:of|from)\b", text):
        chosen = ctx.selected_clips()
        if not chosen:
            from editor_app.planner.examples import clip_example  # this project's own clip, not the demo's

            raise Unclear(f"Nothing is selected. Select a clip first, or name it (e.g. {clip_example(ctx.project)}).")
        return chosen
    # not "the shot at half speed", nor "the steam clip at 2x speed" (a rate, not a time)
    match = re.search(r"\b(?:clip|shot|one|b-?roll|overlay|cutaway)s? (?:at|under|around) "
                      r"(?=\d+(?:[.:]\d+)*(?![\d.:])(?!\s*(?:x\b|×|%|percent\b|times\b))|the playhead)", text)  # "%" ends no word (round 10)
    if match and _named_before(ctx, text[: match.start()]):
        match = None  # round 15: "the lid clip at 0:30" is the lid clip (found below), not whatever the talk is there
    if match or re.search(r"\b(under|at) the playhead\b", text):
        if match and not re.match(r"the playhead", text[match.end():]):
            at = quantities.time_after(text[match.start():], "at|under|around")
        else:
            at = ctx.sec(ctx.playhead) if ctx.playhead is not None else None
        if at is None:
            raise Unclear("I could not tell which time you mean; say e.g. \"the clip at 0:20\".")
        return [_clip_at_time(ctx, at, text)]
    ordinal = ordinal_clips(ctx, text)
    if ordinal:
        return ordinal
    out: list[Clip] = []
    mentions = ranked_mentions(ctx, text)
    for mention in mentions:
        group = [m for m in mentions if m.position == mention.position]
        tied = [m for m in group if clips_of_media(ctx, m.asset)]
        if len(group) > 1 and len(tied) == 1 and mention is not tied[0]:
            continue  # two media fit the words, one is on the timeline: a clip edit can only mean that one
        if len(tied) > 1 and _said_plural(text):
            for m in tied:  # round 15: "make both drone clips brighter", "the drone clips": every one of them
                out.extend(c for c in clips_of_media(ctx, m.asset) if c not in out)
            continue
        if len(tied) > 1:
            names = " or ".join(m.asset.name for m in tied)
            raise Unclear(f"Which clip do you mean: {names}?", [f"the {m.asset.name} clip" for m in tied])
        clips = clips_of_media(ctx, mention.asset)
        if not clips and mention.how == "name":  # round 11b: "the yellow soles one", not "sole brightener tube.jpg"
            clips = _placed_described(ctx, text, mention.position)
        if not clips and len(group) > 1:  # round 12: "the iphone clip at 50%" with two iPhone files in the bin
            names = " or ".join(m.asset.name for m in group)
            raise UnplacedTie(f"Which one do you mean: {names}? None of them is on the timeline yet, so put the one you "
                          f"mean there first (e.g. \"put {group[0].asset.name} at 0:10\").",
                          [f"put {m.asset.name} at 0:10" for m in group])
        if not clips:
            name = mention.asset.name
            raise Unclear(f"{name} is not on the timeline yet, so there is no {name} clip to change. "
                          f"Put it on the timeline first (e.g. \"put {name} at 0:10\").")
        out.extend(c for c in clips if c not in out)
    for clip in ctx.project.clips():
        if clip.name and clip not in out and re.search(rf"\b{re.escape(clip.name.lower())}\b", text):
            out.append(clip)
    if out:
        return out
    if ctx.subject and text == ctx.text:  # "the garden shot looks dull, boost the colours": that shot
        subject = [f[1] for f in (ctx.project.find_clip(i) for i in ctx.subject) if f]
        if subject:
            return subject
    if _VIDEO_WORDS.search(text):
        track = ctx.main_track()
        return list(track.clips) if track else []
    if pronoun_ok and _PRONOUN.search(text):
        chosen = recent_clips(ctx)
        if not chosen:
            from editor_app.planner.examples import clip_example

            raise Unclear("I'm not sure which clip you mean: nothing is selected and no clip was changed just before. "
                          f"Select it or name it (e.g. {clip_example(ctx.project)}).")
        return chosen
    return []


def _placed_described(ctx: Ctx, text: str, position: int) -> list[Clip]:
    """The clips of the one placed media (not the talk) whose own words hold every content word of the naming
    phrase at ``position`` (with the describing words said before it), when a name match found only a media in
    the bin: a clip edit can only mean a clip on the timeline, and that one is described exactly so."""
    from editor_app.planner.media_kinds import naming_words
    from editor_app.planner.media_refs import own_words
    from editor_app.planner.media_shows import rooted
    from editor_app.planner.media_ties import profile_stems
    from editor_app.planner.meaning import STOP, stem

    before = re.search(r"\b(?:the|my|that|this)((?: [a-z0-9'-]+){1,3}) $", text[:position])
    after = re.match(r"[a-z0-9' -]*?(?= (?:is|are|was|were|looks?|seems?|feels?|over|at|on|in|to|into|from|for|during|"
                     r"and|with|then|but)\b|[,.;:!?]|$)", text[position:])
    said = (before.group(1) if before else "") + " " + (after.group(0) if after else "")
    words = {stem(w) for w in said.split() if w not in STOP} & naming_words(said, 0)
    words -= {"clip", "shot", "one", "video", "footag", "footage", "pic", "photo", "imag", "image", "still"}
    if len(words) < 2:
        return []
    main = ctx.main_track()
    placed = {c.media_id for c in ctx.project.clips() if c.media_id and (main is None or ctx.track_of(c).id != main.id)}
    fits = [a for a in (ctx.project.media[m] for m in placed if m in ctx.project.media)
            if all(rooted({w}) & profile_stems(own_words(a)) for w in words)]
    return clips_of_media(ctx, fits[0]) if len(fits) == 1 else []


def one_clip(ctx: Ctx, clips: list[Clip], verb: str) -> Clip:
    if len(clips) != 1:
        names = ", ".join(ctx.label(c) for c in clips)
        raise Unclear(f"Which clip should I {verb}? That matches {len(clips)} clips: {names}.")
    return clips[0]


def broll_candidates(ctx: Ctx) -> list[MediaAsset]:
    """Visual media that could go over the talk: not the main track's media, not audio."""
    main = ctx.main_track()
    used_main = {c.media_id for c in main.clips} if main else set()
    return [m for m in ctx.project.media.values() if m.kind in ("video", "image") and m.id not in used_main]


def media_for_topic(ctx: Ctx, topic: str, minimum: float = 0.30) -> MediaAsset | None:
    """The B-roll whose name, description and tags mean most nearly ``topic``; None when
    nothing is close, or Unclear when two are equally close."""
    pool = broll_candidates(ctx)
    if not pool:
        return None
    wanted = stems(topic)
    named = [a for a in pool if media_keys(a) & wanted]
    if len(named) == 1:
        return named[0]
    scores = similarity(topic, [media_profile(a) for a in pool])
    ranked = sorted(zip(scores, range(len(pool))), reverse=True)
    if ranked[0][0] < minimum:
        return None
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < 0.02:
        a, b = pool[ranked[0][1]], pool[ranked[1][1]]
        raise Unclear(f"Both {a.name} and {b.name} fit \"{topic}\". Which one should go there?",
                      [f"use {a.name}", f"use {b.name}"])
    return pool[ranked[0][1]]
