"""Questions about where things are: "what's at 0:12?", "what do I say at 0:06?", "where's the
flyover?", "is the strawberry clip on the timeline?", "do I have a drone shot?".

Answered from the project with no edit. A media the question names that does not exist gets
"no" and the list of what there is, never another media's answer.
"""

from __future__ import annotations

import re
from fractions import Fraction

from editor_app.model.time import seconds_to_frames
from editor_app.planner import quantities as q
from editor_app.planner.intents import clock
from editor_app.planner.media_refs import media_mentions
from editor_app.planner.refs import clips_of_media
from editor_app.planner.types import Ctx, Unclear

_AT = re.compile(r"\b(?:what(?:'s| is| are| do i say| am i saying| happens| is happening| do we see| plays| is playing)"
                 r"|what do (?:you|we) (?:see|hear)|who is speaking)\b.*?\b(?:at|around)\s+")
_HAVE = re.compile(r"^(?:do (?:i|we) have|have (?:i|we) got|is there|are there|have i)\b")
_WHERE = re.compile(r"^(?:where(?:'s| is| are| does| do)?|when (?:does|do|is|are)|at what time (?:does|do|is))\b|"
                    r"^(?:is|are)\b.*\b(?:on the timeline|in the (?:video|edit|timeline|cut)|used)\b")


def answer_where(ctx: Ctx) -> str | None:
    """The answer, or None when the question is not about where or whether something is."""
    t = ctx.text
    at = _AT.search(t)
    if at:
        found = q.times(t[at.end():])
        if found and found[0].start == 0:
            return _at_time(ctx, found[0].seconds)
    edge = re.search(r"\bwhat (?:do|did) (?:i|we|you) (?:say|talk about)\b.*\b(?:at|in|near) the (?:very )?"
                     r"(start|beginning|intro|opening|end|ending|outro|close)\b", t)
    if edge:  # "what do I say at the end?"
        from editor_app.planner.topics import passage_at

        passage = passage_at(ctx, "start" if edge.group(1) in ("start", "beginning", "intro", "opening") else "end")
        if passage is not None:
            return f"At {clock(passage.start)}-{clock(passage.end)} you say: \"{passage.quote}\""
    if _HAVE.search(t):
        return _have(ctx)
    if _WHICH_MEDIA.search(t):  # "which of my clips were filmed at the park?"
        found = _described(ctx, t)
        if found:
            return " ".join(_placed(ctx, a) for a in found[:6])
        return None
    if _WHERE.search(t):
        clip_ids = re.findall(r"\bc\d+\b", t)
        if clip_ids:
            found = ctx.project.find_clip(clip_ids[0])
            if found is None:
                return f"There is no clip {clip_ids[0]} on the timeline."
            track, clip = found
            return (f"{ctx.label(clip)} is on {track.name or track.role} at "
                    f"{clock(ctx.sec(clip.start))}-{clock(ctx.sec(clip.end))}.")
        person = person_part(ctx, t)  # round 23: "when do I start on about Mossie?": his story, then where he is named
        if person is not None:
            return person
        talk = _talk_part(ctx, t)  # round 11: "where's the sound check bit": the talk, not a file named so
        if talk is not None:
            return talk
        # with a word for media, a name that matches nothing is said so; without, it may be a topic
        strict = bool(re.search(r"\b(clip|shot|footage|photo|picture|image|broll|song|c\d+|m\d+|on the timeline)\b", t))
        named = media_mentions(ctx, strict=strict)
        if named:
            return " ".join(_placed(ctx, asset) for asset in named[:3])
    return None


def _at_time(ctx: Ctx, seconds: float) -> str:
    frame = seconds_to_frames(seconds, ctx.project.fps)
    if seconds >= ctx.duration_s:
        return f"The video ends at {clock(ctx.duration_s)}, so nothing plays at {clock(seconds)}."
    parts, words = [], ""
    for track in ctx.project.tracks:
        clip = next((c for c in track.clips if c.start <= frame < c.end), None)
        if clip is None:
            continue
        parts.append(f"{ctx.label(clip)} on {track.name or track.role}")
        asset = ctx.project.media.get(clip.media_id) if clip.media_id else None
        if asset is not None and asset.transcript and not words:
            source = float(Fraction(clip.source_in) / ctx.project.fps) + (seconds - ctx.sec(clip.start)) * float(clip.speed)
            spoken = [s.text.strip() for s in asset.transcript if s.start - 0.5 <= source <= s.end + 0.5]
            words = f" You say: \"{' '.join(spoken)[:160]}\"" if spoken else ""
    if not parts:
        return f"Nothing plays at {clock(seconds)}: every track is empty there."
    return f"At {clock(seconds)}: " + "; ".join(parts) + "." + words


def _have(ctx: Ctx) -> str:
    try:
        named = media_mentions(ctx, strict=True)
    except Unclear:
        have = ", ".join(sorted(a.name for a in ctx.project.media.values())) or "none"
        return f"No, nothing in this project is called that. The media are: {have}."
    if not named:
        named = _described(ctx, ctx.text)  # "have I got any footage from the ride home?"
    if not named:
        raise Unclear("Which media do you mean? Name it, e.g. \"do I have a drone shot?\".")
    return "Yes: " + " ".join(_placed(ctx, asset) for asset in named[:3])


_WHICH_MEDIA = re.compile(r"^(?:which|what) (?:of )?(?:my |the |our )?(?:clips|shots|footage|media|videos|photos|files|pictures|"
                          r"images|b-?roll|broll|recordings)\b")
# Words of a question about media that say nothing about what the media show.
_ASKING = frozenset("have got any footage clip clips shot shots film filmed shoot recorded record taken take video videos "
                    "photo photos picture pictures image images media file files broll which what show shows showing "
                    "there is are were was do does from".split())


def _described(ctx: Ctx, text: str) -> list:
    """Media whose own words (description, tags, name words) hold most of the question's content
    words: asking by what a shot shows rather than by its file name. Ties are all returned."""
    from editor_app.planner.media_refs import own_words
    from editor_app.planner.media_ties import best_described
    from editor_app.planner.meaning import stem, stems

    words = stems(text) - {stem(w) for w in _ASKING}
    return best_described(words, list(ctx.project.media.values()), own_words)


def _placed(ctx: Ctx, asset) -> str:
    clips = clips_of_media(ctx, asset)
    if not clips:
        return f"{asset.name} is in the media bin, not on the timeline."
    where = ", ".join(f"{c.id} at {clock(ctx.sec(c.start))}-{clock(ctx.sec(c.end))}" for c in clips[:6])
    return f"{asset.name} is on the timeline: {where}."


# Round 11: a part of the talk named by its topic and a word for a part of a talk ("the sound check bit",
# "the bit about the fuse", "my wiring rant"), with no word for a media file.
_TALK_PART = re.compile(r"^(?:(?:where|when)(?:'s| is| are| does| do| was)?|(?:what(?:'s| is) the )?(?:timestamp|time ?code|time) (?:for|of)) "
                        r"(?:the|my|our|that) (?P<topic>(?:[a-z0-9'-]+ ){0,5}?[a-z0-9'-]+) "
                        r"(?:bit|part|section|segment|moment|passage|bits|parts|rant|moan|story|explanation|tip|chat|talk)"
                        # round 22: "where does the partner check bit begin", "timestamp for the clove hitch part?"
                        r"(?: (?:start|starts|begin|begins|kick off|kicks off|come in|comes in|happen|happens))?"
                        r"(?: (?:in the (?:video|talk|edit)|again))?$")
_MEDIA_WORD = re.compile(r"\b(?:clip|shot|footage|photo|picture|pic|image|broll|b-roll|video|song|music|file|recording|"
                         r"still|audio|sound effect|sfx|mp4|mov|jpg|png|wav|mp3)\b|\.\w{2,4}\b")


_ABOUT_SOMEONE = re.compile(r"\b(?:about|mention|mentions|mentioned|talk about|talks about|on about|bring up|brings up|says)"
                            r" (?:(?:uncle|aunt|auntie|my|our|his|her|the|neighbour|neighbor|mate|pal|brother|sister|cousin|"
                            r"brother-in-law|sister-in-law|friend|grandad|grandpa|granny|nan|nana|old|boss) )*"
                            r"(?P<name>[a-z][a-z'-]{2,})(?:'s)?(?: (?:story|bit|part))?\??$")


def person_part(ctx: Ctx, t: str) -> str | None:
    """Where the talk is about someone it names: their story (all of its sentences), else the sentences saying them."""
    from editor_app.model.words import norm
    from editor_app.planner.intents.person_story import named, story_of
    from editor_app.planner.said_in import spoken_sentences

    m = _ABOUT_SOMEONE.search(t.strip(" .!"))
    name = named(ctx, m.group("name")) if m is not None else None
    if name is None:
        return None
    story = story_of(ctx, name)
    _, spans = spoken_sentences(ctx)
    saying = [s for s in spans if name in {norm(w).removesuffix("'s") for w in s.text.split()}]
    if story:
        first, last = story[0], story[-1]
        rest = [s for s in saying if s.start < first.start or s.start > last.start]
        also = ("; also named at " + ", ".join(clock(s.start) for s in rest[:3])) if rest else ""
        return f"At {clock(first.start)}-{clock(last.end)}: the story about {name.capitalize()} (\"{first.text}\"){also}."
    if saying:
        return " ".join(f"At {clock(s.start)}-{clock(s.end)}: \"{s.text}\"" for s in saying[:3])
    return None


def _talk_part(ctx: Ctx, t: str) -> str | None:
    """Where the talk says the part ``t`` asks about, or None when it names no part of the talk (or the
    talk never says it: then a media named so may be meant)."""
    m = _TALK_PART.match(t.split("?")[0].strip(" ?.!"))  # "...part? for the youtube chapters": the question itself
    if m is None or _MEDIA_WORD.search(m.group("topic")):
        return None
    opening = _part_opening(ctx, m.group("topic"))
    if opening is not None:
        return f"At {clock(opening.start)}-{clock(opening.end)}: \"{opening.text}\""
    try:
        passage = talk_passage(ctx, m.group("topic"))
    except Unclear:
        return None
    return f"At {clock(passage.start)}-{clock(passage.end)}: \"{passage.quote}\""


_LEAD_WORDS = frozenset("now so right okay ok and then next last one finally first up well alright um uh the a".split())


def _part_opening(ctx: Ctx, topic: str):
    """Round 22: where a part of the talk begins ("where does the partner check bit begin"): of the sentences saying the
    topic's words, the first one that opens with them ("Now the partner check, and ...", "Right so, last one, the clove
    hitch, ..."), as a talk announces a new part; None when no sentence opens so (the search decides, as before). A
    topic said in passing earlier ("that's why we do the partner check") is no start of that part."""
    from editor_app.model.words import find_phrase, norm
    from editor_app.planner.said_in import spoken_sentences

    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    said = [norm(p.text) for p in placed]
    hits = find_phrase(said, topic)
    for sentence in spans:
        for a, _b in hits:
            if sentence.first <= a <= sentence.last and all(said[i] in _LEAD_WORDS for i in range(sentence.first, a)):
                return sentence
    return None


def talk_passage(ctx: Ctx, topic: str):
    """Round 11: the passage a "where/when do I say X" question asks about: the sentence stating the amount
    X asks for ("how much the shade was"), else the one sentence saying X word for word, else the search's."""
    from editor_app.planner.place_amount import amount_passage
    from editor_app.planner.said_where import verbatim_sentence
    from editor_app.planner.topics import Passage, find_passage

    found = amount_passage(ctx, topic)
    if found is not None:
        return found
    said = verbatim_sentence(ctx, topic)
    if said is not None:
        return Passage(said.start, said.end, said.text)
    return find_passage(ctx, topic)
