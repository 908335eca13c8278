"""Effects intents: titles, transitions, fades, colour/blur/black-and-white, speed, removing effects."""

from __future__ import annotations

import dataclasses
import re

from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.refs import clip_refs, ordinal_clips
from editor_app.planner.types import Ctx, Match, Unclear

_AUDIO_ROLES = ("music", "voice", "sfx")


def _is_audio(ctx: Ctx, clip) -> bool:
    track = ctx.track_of(clip)
    return track.kind == "audio" or track.role in _AUDIO_ROLES


def _video_targets(ctx: Ctx, verb: str, effect_words: str | None = None) -> list:
    """Clips a picture effect applies to: the named ones, else the main video. ``effect_words``: the
    words that name the effect itself ("slow zoom in", "ken burns"); they are taken out before the clip
    is looked for, so "zoom" is not read as the file ZOOM0007_Tr1.wav nor "burns" as part of a name."""
    from editor_app.planner.absent import named_by_speech_only, unknown_thing

    if effect_words:
        ctx = dataclasses.replace(ctx, text=re.sub(r"\s+", " ", re.sub(effect_words, " ", ctx.text, count=1)).strip())
    clips = clip_refs(ctx)
    if named_by_speech_only(ctx, clips):  # "the ladder photo": a word of the talk, not a clip (round 9)
        clips = []
    if not clips:

        unknown_thing(ctx, found_none=True)  # "the summit timelapse" with no such media: ask, never the main video
        clips = _continued(ctx)
        if not clips:
            main = ctx.main_track()
            clips = list(main.clips) if main else []
    clips = [c for c in clips if not _is_audio(ctx, c)]
    if not clips:
        raise Unclear(f"There is no video clip to {verb}.")
    return clips


def _continued(ctx: Ctx) -> list:
    """round 16: an effect said on its own right after an edit ("and black and white" after placing a clip) goes on
    what that edit touched, as "it" would; it had gone on the talk. [] when the request says the video, the talk or
    everything, is longer than a few words, or nothing was touched (then the main video, as before)."""
    from editor_app.planner.refs import recent_clips

    if not ctx.last_clips or len(ctx.text.split()) > 6 or re.search(
            r"\b(?:video|vid|talk|everything|whole|all|entire|main|footage|me|my|clips|film|edit|movie|shots)\b", ctx.text):
        return []
    return [c for c in recent_clips(ctx) if not _is_audio(ctx, c)]


def add_title(ctx: Ctx) -> Match | None:
    t = ctx.text
    on_screen = '"' in t and (re.search(r"\b(on[- ]?screen|up on screen|lower third|as text|in text|super)\b", t) or
                              re.match(r"(?:put|show|pop|stick|throw|slap|display|flash|add|write|type|overlay|superimpose)\b", t))
    # round 12b: a card named by where it sits ("closing card", "outro card", "opening card") is a title too
    if not (re.search(r"\b(title|caption|heading|title card|intro card|end card|end screen|lower third|text|"
                      r"(?:closing|opening|outro|intro|final|end) (?:card|slate|caption|screen))\b", t)
            or on_screen) or \
            re.search(r"\b(remove|delete)\b|\bdrop\b(?! (?:in )?(?:a|an|another|some)\b)", t):
        return None  # round 13: "drop a caption saying X" adds one; "drop the caption" removes it
    if not re.search(r"\b(add|put|insert|create|make|place|show|give|want|type|write|start with|overlay|drop)\b", t) and '"' not in t \
            and not re.match(r"(?:(?:a|an|the|new) )?(?:title|caption|lower third|heading|subtitle|text|title card)\s*:", t):
        return None  # round 16: "lower third: Priya Shah, RVN" (a label and its text, no verb) adds one
    quoted = re.search(r'"([^"]+)"|\'([^\']+)\'', t)
    if quoted is not None and re.match(r"\s*(?:line|bit|part|sentence|words|moment)\b", t[quoted.end():]) and \
            re.search(r"\b(?:over|during|under|when|where|while)\s+(?:the |my |i say )?$", t[:quoted.start()]):
        return None  # "put the offcuts picture over the 'shrugs off the rain' line": words of the talk, not a title
    from editor_app.planner.place_quote import media_over_quote

    if quoted is not None and media_over_quote(ctx, t, quoted):
        return None  # round 13: "put the second pixel clip over 'my towels now dry'": B-roll at words of the talk
    if quoted is None and re.match(r"(?:make|set|change|keep|have|extend|shorten|trim)\b", t) and \
            re.search(r"\b(?:that|the|this|it|my)\b", t) and q.times(t) and not re.search(r"\b(?:saying|says|reading|reads)\b", t):
        return None  # "make that title 5 seconds long": the length of a title there is (intents.length)
    text = (quoted.group(1) or quoted.group(2)) if quoted else None
    if text is None:
        said = re.search(r"\b(?:saying|that says|which says|reading|that reads|with the text|with text|called|:)\s+(.+?)"
                         r"(?:\s+(?:at|for|on|in|over|during|while|when|across)\s+(?:the|\d|that|this|it|its|c\d|my)\b.*)?$", t)
        text = said.group(1).strip() if said else None
        if text is None:
            from editor_app.planner.title_bare_text import bare_title_text

            text = bare_title_text(t)  # round 16: "put a title Thanks For Watching at the end"
        # round 13: "a title that says Step 3 here": where it goes is not its text
        text = re.sub(r"\s+(?:(?:right |just )?here|where the playhead is|(?:at|on) the playhead)$", "", text) if text else None
    if not text:
        raise Unclear('What should the title say? E.g. add a title "Summer 2024" at the start for 3 seconds.')
    rest = t.replace(quoted.group(0), " ") if quoted else t
    length = None
    # round 16: ', first 4 seconds' after the title's text says its place and length as "for the first 4 seconds" does
    first = re.search(r"(?:\b(?:for|over|during) the|,(?: (?:the|for|over|during))*) (first|last|final) (?=\d)", rest)
    match = re.search(r"\bfor\s+(?:the (?:first|last|final) )?|(?:\b(?:over|during) the|,(?: (?:the|for|over|during))*) "
                      r"(?:first|last|final) (?=\d)", rest)
    if match:
        found = q.times(rest[match.end():])
        length = found[0].seconds if found and found[0].start == 0 else None
    from editor_app.planner.title_when import part_edge, said_length  # round 10 (edits)

    length = said_length(rest) if length is None else length  # 'at the start, 5 seconds', '7 s long'
    span = q.time_ranges(rest, ctx.duration_s)
    if length is None and span and span[0][1] > span[0][0] and first is None:  # "from 10 to 14 s": both ends said
        length = span[0][1] - span[0][0]
    given = length is not None
    length = length or 3.0
    start = q.time_after(rest, "at|from|starting at")
    start = part_edge(ctx, rest, length) if start is None and first is None else start  # "at the start of the X section"
    if start is None and span and first is None:
        start = span[0][0]
    if start is None and first is None and re.search(r"\b(?:end card|end screen|(?:closing|outro|final|end) (?:card|slate|caption))\b", t):
        first = re.search(r"(last)", "last")  # an end card sits at the end of the video
    if start is None and first is not None:  # "for the first 4 seconds" / "for the last 5 seconds"
        start = 0.0 if first.group(1) == "first" else max(0.0, ctx.duration_s - length)
    if start is None and first is None and not re.search(r"\b(at|to) the (end|start|beginning)\b|\bending\b", rest):
        from editor_app.planner.title_when import over_clip

        covered = over_clip(ctx, rest)  # round 12: "... while it shows", "... over the after spray clip"
        if covered is not None:
            start, length = covered[0], (length if given else covered[1])
            given = True
    if start is None and ctx.playhead is not None and re.search(r"\bwhere the playhead is\b|\b(?:at|on|under) (?:the )?playhead\b", rest):
        start = ctx.sec(ctx.playhead)  # round 13: "where the playhead is" is never words of the talk
    if start is None and not given and not re.search(r"\b(at|to) the (end|start|beginning)\b|\bending\b", rest):
        from editor_app.planner.intents.broll import spoken_place

        # round 19: "right when he says 'Y'", "just as I start 'Y'", "over 'Y'": when those words are said
        rest = re.sub(r"(?:\b(?:right|just|exactly) )?\b(?:when|as|as soon as|the moment|once) (?:i|he|she|they|we) "
                      r"(?:(?:start|starts|begin|begins)(?: (?:saying|to say))?|say|says)(?= \")|\b(?:over|during|on)(?= \"[^\"]+\"$)",
                      "when i say", rest)
        passage = spoken_place(ctx, rest)  # "caption the glue bit with ...", "... when I get to the glue"
        if passage is not None:
            start, length = passage.start, passage.end - passage.start
        elif re.search(r"\b(?:when|while|as|where|once) (?:i|he|she|they|we)(?:'m| am|'s| is| are)? (?:\w+ )?(?:say|says|said|start|starts|"
                       r"talk|talks|talking|mention|mentions|explain|explains|get to|gets to)\b|\"", rest):
            raise Unclear("I can't find where in the talk that is. Quote a few of the words said there, or give a time "
                          "(e.g. \"at 1:20\").")
    if start is None and ctx.playhead is not None and re.search(r"\bhere\b|\bat the playhead\b|\bwhere the playhead is\b", rest):
        start = ctx.sec(ctx.playhead)  # round 8 (broll): 'caption "X" here' is at the playhead
    if start is None:
        start = max(0.0, ctx.duration_s - length) if re.search(r"\b(at|to) the end\b|\bending\b", rest) else 0.0
    args = {"text": text, "start": num(start), "duration": num(length)}
    position = re.search(r"\b(top|bottom|center|centre|middle)\b", rest)
    if position:
        args["position"] = {"centre": "center", "middle": "center"}.get(position.group(1), position.group(1))
    elif re.search(r"\blower third\b", t):
        args["position"] = "bottom"  # round 16: a lower third (a name tag) sits low on the picture
    background = re.search(r"\bon (?:a )?(black|white|blue|red)\b|\b(black|white|blue|red) background\b", rest)
    if background:
        args["background"] = background.group(1) or background.group(2)
    return Match([step("add_title", args)], f'add the title "{text}" at {clock(start)} for {length:g} s')


def add_transition(ctx: Ctx) -> Match | None:
    t = ctx.text
    unnamed = t
    for asset in ctx.project.media.values():  # round 19: "sponge wipe copy 4 times as fast": a name, not a wipe
        plain = re.sub(r"\.[a-z0-9]{2,4}$", "", asset.name.lower())
        if len(plain) > 4 and plain in unnamed:
            unnamed = unnamed.replace(plain, " " * len(plain))
    if not re.search(r"\b(crossfade|crossfades|dissolve|dissolves|transition|transitions|dip to black|fade through black|wipe|blend)\b", unnamed):
        return None
    if re.search(r"\b(remove|delete|drop)\b", t):
        return None
    kind = "dip_to_black" if re.search(r"\bdip\b|\bthrough black\b|\bto black\b", unnamed) else "wipe" if "wipe" in unnamed else "crossfade"
    length = q.duration(t) or 1.0
    main = ctx.main_track()
    from editor_app.planner.pairs import named_pair

    clips = named_pair(ctx) or ordinal_clips(ctx) or clip_refs(ctx, pronoun_ok=False)  # "between the two X clips"
    pairs = []
    if len(clips) >= 2:
        ordered = sorted(clips[:2], key=lambda c: c.start)
        pairs = [(ordered[0], ordered[1])]
    elif len(clips) == 1:
        clip = clips[0]
        track = ctx.track_of(clip)
        after = re.search(r"\b(after|out of|from|end of)\b", t)
        for other in track.clips:
            if not after and other.end == clip.start:
                pairs = [(other, clip)]
            if after and other.start == clip.end:
                pairs = [(clip, other)]
        from editor_app.planner.talk_broll_transition import talk_side

        side = talk_side(ctx, t, clip) if not pairs else None
        if side is not None:  # round 16: "a dissolve from the talk into the gopro clip": that clip fades in over the talk
            return Match([step("fade", {"target": clip.id, "direction": side, "duration": num(length)})],
                         f"fade {ctx.label(clip)} {side} over {length:g} s (the talk plays under it)")
        if not pairs:
            raise Unclear(f"{ctx.label(clip)} has no clip right {'after' if after else 'before'} it on its track to crossfade with.")
    else:
        track = main
        ordered = sorted(track.clips, key=lambda c: c.start) if track else []
        pairs = [(a, b) for a, b in zip(ordered, ordered[1:]) if a.end == b.start]
        if not pairs:
            raise Unclear("There are no two touching clips on the main track to put a transition between; split the video or name the clips.")
    steps = [step("add_transition", {"from_clip": a.id, "to_clip": b.id, "duration": num(length), "kind": kind}) for a, b in pairs]
    names = "; ".join(f"{a.id} and {b.id}" for a, b in pairs)
    return Match(steps, f"add a {length:g} s {kind.replace('_', ' ')} between {names}")


def fade(ctx: Ctx) -> Match | None:
    t = ctx.text
    if not re.search(r"\bfad(e|es|ed|ing)\b", t):
        return None
    plain = re.sub(r"\bin (?=\d|an? \d)", " ", t)
    directions = []
    if re.search(r"\bfade[sd]? in\b|\bin\b|\bfrom (black|silence)\b|\bfade up\b", plain):
        directions.append("in")
    if re.search(r"\bout\b|\bto (black|silence)\b|\baway\b|\bfade down\b", plain):
        directions.append("out")
    if not directions:
        if re.search(r"\b(at|by) the (end|close)\b|\bending\b", t):
            directions = ["out"]
        elif re.search(r"\b(at|from) the (start|beginning)\b", t):
            directions = ["in"]
        else:
            raise Unclear("Fade in or fade out? Say e.g. \"fade out the music over 3 seconds\".")
    length = q.duration(re.sub(r"\bat\s+[\d:.]+\s*(seconds?|s)?\b", "", t)) or 2.0
    targets: list[tuple[str, str]] = []  # (target, agent)
    if len(ctx.last_clips) >= 2 and re.search(r"\bfade both(?= (?:in|out)\b|$)", t):
        t = re.sub(r"\bfade both\b", "fade them", t)  # round 16: "swap X and Y then fade both in": those two
    if len(ctx.last_clips) >= 2 and re.search(r"\b(?:them|those|these) both\b|\bboth of (?:them|those|these)\b", t):
        t = re.sub(r"\bboth(?: of)? ?", "", t)  # round 13 (sequence): "fade them both in" after placing two: those two
    if re.search(r"\b(everything|all|whole|entire|both)\b", t):
        targets = [("all", "effects")]
    elif re.search(r"\b(music|song)\b", t) and not re.search(r"\bc\d+\b", t):
        targets = [("music", "audio")]
    else:
        # "fade it out" after placing a clip: that clip (with nothing before it, the whole edit)
        # "fade that out too": a bare "that"/"this"/"them" is the last clip as much as "it" is (round 9)
        pronoun = bool(re.search(r"\b(it|that clip|this clip|that one|(?:that|this|them|those|these)(?! (?:music|song|video|"
                                 r"picture|image|footage|talk|track|part|bit|section)\b))\b", t)) and bool(ctx.last_clips or ctx.selection)
        bare = re.sub(r"\b(?:and|now|also|then|fade[sd]?|give|it|that|this|them|those|these|a|an|in|out|too|as well|"
                      r"over|for|seconds?|secs?|s|please|quickly|slowly|gently|nice|and)\b|[\d.,]+", " ", t).strip()
        if pronoun and not bare:  # "and fade that out too": only the pronoun names a clip (round 9)
            from editor_app.planner.refs import recent_clips

            clips = recent_clips(ctx)
        else:
            clips = [] if re.search(r"\b(video|picture|image|to black|from black)\b", t) else clip_refs(ctx, pronoun_ok=pronoun)
        for clip in clips:
            targets.append((clip.id, "audio" if _is_audio(ctx, clip) else "effects"))
        if not targets:
            targets = [("video", "effects")] if re.search(r"\b(video|picture|image|black|talk|footage)\b", t) else [("all", "effects")]
    steps = [step("fade", {"target": target, "direction": d, "duration": num(length)}, agent) for target, agent in targets for d in directions]
    what = ", ".join("the whole edit" if x == "all" else f"the {x}" if x in ("music", "video") else x for x, _ in targets)
    return Match(steps, f"fade {' and '.join(directions)} {what} over {length:g} s")


_EFFECT_TYPES = (
    ("black_and_white", r"\bblack and white\b"),
    ("blur", r"\bblur"),
    ("fade_in", r"\bfade[- ]?in\b"),
    ("fade_out", r"\bfade[- ]?out\b"),
    ("zoom", r"\bzoom\b|\bken burns\b"),
    ("normalize", r"\bnormaliz"),
    # round 12: "take the mirror off it", "remove the flip" (whole words: "the flipping pancake clip" is a name)
    ("flip", r"\b(?:flip|mirror|un-?flip|un-?mirror)\b"),
    ("rotate", r"\b(?:rotate|rotation)\b"),
    ("color", r"\bcolor (correction|grade|grading|effect|adjustment)\b|\bcolor[- ]?(?:correct|grade|fix)\b|\bwarmth\b|\bbrightness\b|\bcolor\b"),
)


def remove_effect(ctx: Ctx) -> Match | None:
    t = ctx.text
    # round 21: "strip" a verb only with an object after it ("the ph strip video is sideways" is a pH strip)
    if not re.search(r"\b(remove|delete|drop|take off|turn off|strip(?= (?:the|off|out|all|away|it|that|every|any|those|these)\b)|clear|"
                     r"undo|no more|without|un-?flip|un-?mirror)\b"
                     r"|\btake (?:the |that |its )?[a-z]+(?: [a-z]+)? off\b", t):  # "take the mirror off X" (round 12)
        return None
    said = _name_pairs_blanked(t, ctx.project)  # round 15: "remove the zoom call clip" names a file, not the effect
    kinds = [kind for kind, pattern in _EFFECT_TYPES if re.search(pattern, said)]
    transition = re.search(r"\b(transition|crossfade|dissolve)s?\b", said)
    if not kinds and not transition:
        return None
    steps, says = [], []
    if transition:
        named = {c.id for c in clip_refs(ctx, pronoun_ok=False)}
        for track in ctx.project.tracks:
            for x in track.transitions:
                if not named or x.from_clip in named or x.to_clip in named:
                    steps.append(step("remove_transition", {"transition_id": x.id}))
                    says.append(f"remove the transition {x.id}")
        if not steps:
            raise Unclear("There is no transition to remove.")
    if kinds:
        named = clip_refs(ctx)
        pool = named or list(ctx.project.clips())
        for clip in pool:
            for kind in kinds:
                if any(e.type == kind for e in clip.effects):
                    agent = "audio" if kind == "normalize" or _is_audio(ctx, clip) else "effects"
                    steps.append(step("remove_effect", {"clip_id": clip.id, "effect_type": kind}, agent))
                    says.append(f"remove the {kind.replace('_', ' ')} from {ctx.label(clip)}")
        if not says:
            raise Unclear(f"No clip has a {' or '.join(k.replace('_', ' ') for k in kinds)} effect to remove.")
    return Match(steps, ", ".join(says))


_STRENGTH = ((r"\b(slightly|a bit|a little|a touch|a tad|subtly|somewhat)\b", 0.5), (r"\b(a lot|much|very|really|way|heavily|strongly|lots)\b", 2.0))


def _strength(t: str) -> float:
    for pattern, scale in _STRENGTH:
        if re.search(pattern, t):
            return scale
    return 1.0


# (pattern, field, change): numbers are deltas for brightness/temperature, factors for contrast/saturation.
_COLOR = (
    (r"\bbright(en|er|ness up)?\b|\blighte?n?(er)?\b|\bmore bright|\b(raise|increase|boost|up) the brightness\b", "brightness", 0.2),
    (r"\bdark(en|er)?\b|\bdim(mer)?\b|\b(lower|reduce|decrease|down) the brightness\b|\bbrightness down\b", "brightness", -0.2),
    (r"\bwarm(er|th|up)?\b|\bmore orange\b", "temperature", 0.3),
    (r"\bcool(er)?\b|\bcold(er)?\b|\bblu(er|e tint)\b", "temperature", -0.3),
    # the green-magenta axis (round 11): "less green", "take the green cast out", "more magenta"
    (r"\bless green\b|\bnot so green\b|\bgreen (?:cast|tint|tinge)\b|\b(?:more )?magenta\b", "tint", 0.3),
    (r"\bgreener\b|\bmore green\b|\bless (?:magenta|pink|purple)\b", "tint", -0.3),
    (r"\bdesaturat|\bless saturat|\bwashed out\b|\bfaded colors\b", "saturation", 0.6),
    (r"\bsaturat|\bvivid|\bpunch(y|ier)\b|\bboost the colors?\b|\bmore colorful\b", "saturation", 1.3),
    (r"\bless contrast|\blower (the )?contrast|\breduce (the )?contrast|\bflatter\b", "contrast", 0.8),
    (r"\bcontrast", "contrast", 1.3),
)
# "too dark", "way too warm", "too washed out": the look complained of, not the look asked for.
_TOO = re.compile(r"\btoo ((?:washed out|blown out|[a-z]+))\b")
_LIMITS = {"brightness": (-1.0, 1.0), "temperature": (-1.0, 1.0), "saturation": (0.0, 3.0), "contrast": (0.0, 3.0)}
_TINT_LIMITS = (-1.0, 1.0)  # kept out of the step unless said or set before, so other colour steps read as they did


# The words of a slow zoom request that name the effect, not a clip (round 11).
_ZOOM_WORDS = (r"\b(?:add |give (?:it |\w+ )?|do |put )?(?:a |an )?(?:slow |slowly |gentle |gently |subtle |little |small )?"
               r"(?:ken burns(?: effect| zoom)?|zoom(?:s|ing)?(?: (?:in|into|on))*(?: slowly| gently)?|push(?:-| )in)(?: on| to)?\b")


def without_effect_words(text: str) -> str:
    """``text`` without the words that name a slow zoom ("slow zoom in on the X photo" -> "the X photo"),
    so whoever reads which clip it names (the safety review too) reads it as this intent does."""
    if not re.search(r"\bzoom\b|\bken burns\b|\bpush[- ]in\b", text) or re.search(r"\bzoom out\b", text):
        return text
    return re.sub(r"\s+", " ", re.sub(_ZOOM_WORDS, " ", text, count=1)).strip()


def _name_pairs_blanked(text: str, project) -> str:
    """``text`` with two-word runs of a media file's name blanked: "cut the zoom call" names "Zoom call with
    Gary-....mp4" (round 15: it added a zoom effect to it), "the blur test clip" names "blur test.mov". An effect word
    said alone ("zoom in on the call") stays."""
    out = text
    for asset in project.media.values():
        words = [w for w in re.split(r"[^a-z0-9]+", asset.name.lower()) if w and not w.isdigit()]
        for a, b in zip(words, words[1:]):
            out = re.sub(rf"\b{re.escape(a)}\s+{re.escape(b)}\b", lambda m: "_" * len(m.group(0)), out)
    return out


def _talk_says(ctx: Ctx, words: str) -> bool:
    """Three or more of ``words`` are said together in the talk."""
    from editor_app.model.words import find_phrase
    from editor_app.planner.spoken_word import as_spoken, heard_words

    said = heard_words(ctx.project)
    run = as_spoken(words).split()
    return bool(said) and any(find_phrase(said, " ".join(run[i:i + 3])) for i in range(max(0, len(run) - 2)))


def visual_effect(ctx: Ctx) -> Match | None:
    from editor_app.planner.effect_word_names import missing_effect_named

    missing_effect_named(ctx, ctx.text)  # round 16: "stick the zoom recording over X" with no such file asks
    t = _name_pairs_blanked(ctx.text, ctx.project)  # the effect words only; clips are found in ctx.text
    placed = re.match(r"^(?:put |place |drop |stick )?(?:the |my )?[a-z0-9_ -]{2,40}? (?:over|on top of) (?P<w>[a-z' ]{8,})$", t)
    if placed and _talk_says(ctx, placed.group("w")):
        return None  # round 21: "gopro part two over mind the ceiling light": a placement over words said, not "light"
    scale = _strength(t)
    if re.search(r"\bblack and white\b", t):
        clips = _video_targets(ctx, "make black and white")
        return Match([step("add_effect", {"clip_id": c.id, "effect": {"type": "black_and_white"}}) for c in clips],
                     f"make {', '.join(ctx.label(c) for c in clips)} black and white")
    if re.search(r"\bblur", t) and not re.search(r"\bunblur|\bsharpen", t):
        radius = re.search(r"\b(?:radius|strength|by) ([\d.]+)\b", t)
        value = float(radius.group(1)) if radius else 8.0 * scale
        clips = _video_targets(ctx, "blur")
        return Match([step("add_effect", {"clip_id": c.id, "effect": {"type": "blur", "radius": num(value)}}) for c in clips],
                     f"blur {', '.join(ctx.label(c) for c in clips)}")
    if re.search(r"\bzoom\b|\bken burns\b|\bpush in\b", t) and not re.search(r"\bzoom out\b", t):
        clips = _video_targets(ctx, "zoom", _ZOOM_WORDS)
        effect = {"type": "zoom", "start_scale": 1.0, "end_scale": num(1 + 0.2 * scale)}
        return Match([step("add_effect", {"clip_id": c.id, "effect": dict(effect)}) for c in clips], f"add a slow zoom to {', '.join(ctx.label(c) for c in clips)}")
    changes = []
    wanted = _TOO.sub(" ", t)  # round 12b: "it's way too dark, brighten it": "dark" is what is wrong
    for pattern, field, change in _COLOR:
        if re.search(pattern, wanted) and field not in [f for f, _ in changes]:
            changes.append((field, change))
    for pattern, field, change in _COLOR:  # said only as what is wrong ("the X clip way too dark"): the other way
        if not changes and any(re.search(pattern, m.group(1)) for m in _TOO.finditer(t)):
            changes.append((field, -change if field in ("brightness", "temperature", "tint") else num(1 / change)))
    if not changes:
        return None
    if re.search(r"\b(music|voice|volume|sound|audio|loud|louder|quiet|quieter)\b", t):
        return None  # "lower the music" is volume, not brightness
    clips = _video_targets(ctx, "colour-correct")
    steps = []
    for clip in clips:
        current = next((e for e in clip.effects if e.type == "color"), None)
        params = {f: getattr(current, f) for f in _LIMITS} if current else {"brightness": 0.0, "temperature": 0.0, "saturation": 1.0, "contrast": 1.0}
        if (current is not None and current.tint) or any(f == "tint" for f, _ in changes):
            params["tint"] = current.tint if current is not None else 0.0
        for field, change in changes:
            low, high = _LIMITS.get(field, _TINT_LIMITS)
            if field in ("brightness", "temperature", "tint"):
                value = params[field] + change * scale
            else:
                value = params[field] * (change if scale == 1 else 1 + (change - 1) * scale)
            params[field] = num(min(high, max(low, value)))
        steps.append(step("add_effect", {"clip_id": clip.id, "effect": {"type": "color", **params}}))
    words = {"brightness": ("brighter", "darker"), "temperature": ("warmer", "cooler"), "tint": ("less green", "greener"), "saturation": ("more saturated", "less saturated"), "contrast": ("more contrast", "less contrast")}
    said = ", ".join(words[f][0 if (c > 0 if f in ("brightness", "temperature", "tint") else c > 1) else 1] for f, c in changes)
    return Match(steps, f"make {', '.join(ctx.label(c) for c in clips)} {said}")


def _elided(ctx: Ctx, text: str) -> list:
    """The one clip the last turn touched, when the request names no clip, part or track at all ("twice as fast",
    "back to normal speed actually"): a follow-up said without "it"."""
    from editor_app.planner.media_refs import reference_phrases
    from editor_app.planner.refs import recent_clips

    if reference_phrases(text) or re.search(r"\b(?:clip|shot|video|vid|footage|track|music|talk|part|bit|section|where|when|"
                                            r"from|between|first|last|all|every|each|c\d+|m\d+)\b|\d:\d", text):
        return []
    recent = [c for c in recent_clips(ctx) if not c.generator]
    return recent if len(recent) == 1 else []


def set_speed(ctx: Ctx) -> Match | None:
    t = ctx.text
    if any("timelapse" in re.sub(r"[\s_-]+", "", a.name.lower()) for a in ctx.project.media.values()):
        t = re.sub(r"\btime[\s_-]?lapse\b", "clip", t)  # round 15: "put the timelapse at 0:20": a file's name, not a speed
    elif any("timelapse" in re.sub(r"[\s_-]+", "", a.description.lower()) for a in ctx.project.media.values()):
        # round 16: "the timelapse is too fast" with a GoPro file described as one: the definite noun is that clip
        # round 21: with words between ("the capcut timelapse", "the screws timelapse"): still that clip's name
        t = re.sub(r"\b((?:the|that|this|my|her|his|our)(?: (?!(?:a|an|to|into|as|like|and|then)\b)[a-z0-9'_-]+){0,3}) time[\s_-]?lapse\b",
                   r"\1 clip", t)
    if not re.search(r"\b(speed|fast|faster|slower|slow|slowmo|slow[- ]motion|quicker|fast[- ]forward|play(s|ing)? at|normal speed|real ?time|timelapse)\b|(?<![\w.])\d+(?:\.\d+)?\s*x\b", t):
        return None
    from editor_app.planner.absent import named_by_speech_only, unknown_thing

    clips = clip_refs(ctx)
    if named_by_speech_only(ctx, clips):
        unknown_thing(ctx, found_none=True)
    if not clips:
        clips = _elided(ctx, t)  # round 18: "twice as fast" right after placing a clip: that clip
    if not clips:
        from editor_app.planner.examples import clip_example

        raise Unclear(f"Which clip should change speed? Name it (e.g. {clip_example(ctx.project)}) or select it.")
    pct = q.percent(t)
    f = q.factor(re.sub(r"\b\d+\s*(%|percent)", "", t))
    absolute_to = re.search(r"\b(to|at)\s+(\d|half|double|twice|normal)", t)
    gentle = re.search(r"\b(?:a (?:touch|tad|little|bit|smidge|hair)|slightly|a wee bit)\b", t) \
        or re.search(r"\b(?:bit|little|touch|tad)\s+(?:faster|slower|quicker)\b", t)  # "slow me down a touch", "bit faster": 10%
    quarter = re.search(r"\b(?:a\s+)?(quarter|third)\s+(?:of\s+the\s+)?speed\b", t)
    if quarter:  # round 15: "to a quarter speed" was read as 2x
        f, absolute_to = {"quarter": 0.25, "third": 1 / 3}[quarter.group(1)], True
    too = re.search(r"\btoo (fast|quick|speedy|slow|sluggish)\b", t)
    if re.search(r"\b(normal|original|regular|reset the|real ?time)\b", t):
        kind, value = "abs", 1.0
    elif too and not (absolute_to or pct or f):  # round 16: "the X is too fast" slows it (it had sped it up)
        kind, value = "rel", (0.8 if too.group(1) in ("fast", "quick", "speedy") else 1.25)
    elif quarter:
        kind, value = "abs", f
    elif re.search(r"\b(speed (it |them |\w+ ){0,4}up|faster|quicker|fast[- ]forward|timelapse)\b", t):
        if absolute_to and f:
            kind, value = "abs", f
        else:
            kind, value = "rel", (1 + pct / 100 if pct else f if f and f > 1 else 1.1 if gentle else 2.0)
    elif re.search(r"\b(slow|slower|slowmo|slow[- ]motion)\b", t):
        if absolute_to and (f or pct):
            kind, value = "abs", (pct / 100 if pct else f)
        elif pct:
            kind, value = "rel", 1 - pct / 100
        else:
            kind, value = "rel", (f if f and f < 1 else 1 / f if f else 0.9 if gentle else 0.5)
    elif pct:
        kind, value = "abs", pct / 100
    elif f:
        kind, value = "abs", f
    else:
        raise Unclear("How fast? Say e.g. \"2x\", \"half speed\" or \"slow it down by 50%\".")
    steps, says = [], []
    for clip in clips:
        speed = value * float(clip.speed) if kind == "rel" else value
        if not 0.1 <= speed <= 10:
            raise Unclear(f"A speed of {speed:g}x is out of range (0.1x to 10x).")
        steps.append(step("set_speed", {"clip_id": clip.id, "speed": num(speed), **_in_place(ctx, clip, speed)}))
        says.append(f"play {ctx.label(clip)} at {num(speed):g}x")
    return Match(steps, ", ".join(says))


def _in_place(ctx: Ctx, clip, speed: float) -> dict:
    """Round 15: a B-roll or music clip changes speed where it is ({"ripple": False}): before, "make the timelapse
    2x speed" pulled every later B-roll clip 2 s earlier, off the words it was placed over. The talk still ripples
    (its words are the timeline). When slowing a clip down would run into the next one, the later clips still move."""
    from editor_app.model.operations import OperationError
    from editor_app.model.operations.clip_ops import SetSpeed

    if ctx.track_of(clip).role == "main":
        return {}
    try:
        SetSpeed(clip_id=clip.id, speed=speed, ripple=False).validate(ctx.project)
    except (OperationError, ValueError):
        return {}
    return {"ripple": False}
