"""B-roll placement: one B-roll media named, and where it goes.

Why one intent reads every wording: people place B-roll with any verb ("the market clip
should play while...", "open on the kitchen shot", "stick the syrup pour at the end", "cover
0:12 to 0:16 with X"), so the intent keys on what it needs, not on the verb: a media that can
be B-roll, a place (a time range, a time, a topic of the talk, a position in the video), and no
word of another kind of edit. The place is read in a fixed order of how exact it is: a range, a
time, a topic said outright, a position ("at the end of the video"), a loose topic ("over my
welcome"). A topic the transcript does not hold asks; it never falls back to another sentence.
"""

from __future__ import annotations

import re

from editor_app.planner import quantities as q
from editor_app.planner.intents import clock, num, step
from editor_app.planner.intents.sounds import describe, is_sound_effect, sound_steps, spoken_words_at
from editor_app.planner.media_refs import ranked_mentions
from editor_app.planner.refs import broll_candidates, media_for_topic
from editor_app.planner.topics import Passage, find_passage, passage_at
from editor_app.planner.types import Ctx, Match, Unclear
from editor_app.planner.vocab import DUCK_VERB

_PRONOUNS = {"it", "that", "this", "them", "those", "these", "him", "her", ""}

# Words that place something, in any of the ways people say it (the verb only has to be there
# when the place is a bare time: "the kitchen shot at 0:12" alone may be a question or a move).
_PLACE = re.compile(
    r"\b(put|place|add|insert|overlay|drop|lay|show|use|cover|cut to|cut away to|throw|stick|pop|slap|slot|"
    r"go|goes|going|play|plays|playing|appear|appears|come up|comes up|pop up|pops up|run|runs|sit|sits|"
    r"open on|open with|opens on|opens with|start on|start with|starts with|begin with|begin on|broll|over|"
    r"see|layer|splice in|bring in|drop in|cut in|want|come in|comes in|kick in|kicks in|pop in|pops in|"
    r"be on screen|be shown|be seen|finish on|finish with|end on|end with|close on|close with|"
    r"wrap up with|round off with|on top of|on screen)\b"
    r"|^(?:open|start|begin|end|finish|close|wrap up)s? (?:the|my) (?:video|edit|film|vlog|movie|whole thing) (?:on|with)\b")
# Another kind of edit: the sentence is not about placing B-roll.
_OTHER_EDIT = re.compile(
    r"\b(delete|remove|trim|split|speed|slow down|faster|slower|volume|louder|quieter|mute|unmute|fade|blur|"
    r"black and white|brighten|darken|brighter|darker|saturat\w*|contrast|move|shift|nudge|slide|swap|replace|"
    r"rename|title|caption|crop|zoom|normaliz\w*|db|louder|lower|raise|shorten|lengthen|extend|reverse|"
    r"transition|dissolve|crossfade|times|percent|backwards?|reversed?)\b|\bcut(?:s|ting)?\b(?! to\b| away to\b| in\b)|\d\s*x\b|\bx\s*\d|%|"
    + DUCK_VERB)
# Verbs that only ever mean placing something; with any other word ("play", "go", "open on") a
# media that cannot be B-roll means the sentence is not about B-roll at all ("play my talk at 1.5x").
_STRONG = re.compile(r"\b(put|place|add|insert|overlay|drop|lay|show|cover|cut to|cut away to|throw|stick|slap|slot|"
                     r"broll|layer|splice in|drop in|cut in)\b")

_TOPIC = re.compile(
    r"\b(?:talk|talks|talking|speak|speaks|speaking|mention|mentions|mentioning|discuss|discusses|discussing|"
    r"chat|chatting|say|says|saying|rave|raving|go on|went on|describe|describes|describing|tell|telling|am talking|"
    r"'m talking|is about|was about|are about)(?: you| people| everyone)? about (.+?)(?:,|$)"
    r"|\b(?:part|section|bit|segment|moment|portion|passage|sentence|line|tip|advice|explanation|story|step|point|"
    r"instructions?|list|rant|joke|chat|talk|discussion|section|warning|reminder|moan|complaint|comment|remark|aside|"  # round 11
    r"note|gripe|whinge)s? (?:about|on|covering|for) (.+?)(?:,|$)"
    # round 10: "the list of what you need", "the rundown of the costs"
    r"|\b(?:list|rundown|run-down|breakdown)s? of (?!(?:the |my )?(?:video|talk|clip|film|footage)\b)(.+?)(?:,|$)"
    # round 8: "my explanation of why it kept leaking", "the description of how to ..."
    r"|\b(?:explanation|description|demonstration|demo|account|story|rant)s? of ((?:why|how|what|where|when) .+?)(?:,|$)"
    # round 8: "where I tell people to hold it still", "when I'm telling you how to ..."
    r"|\b(?:where|when|while|whenever|as) (?:i|i'm|we|we're) (?:am |are )?(?:tell|tells|telling|remind|reminding|warn|warning|"
    r"advise|advising|ask|asking) (?:people|you|everyone|viewers|the viewers?|folks|them|y'all)"
    r" (?:to |how to |how |not to |that |about |why )?(.+?)(?:,|$)"
    # "over me setting him in at the right height": what is done, said as "me doing X"
    r"|\b(?:over|during|under) (?:me|us) ([a-z]+ing\b.+?)(?:,|$)"
    # round 10: "over sanding in small circles": what is done, said as a gerund with no "me"
    r"|\b(?:over|during|under) (?!(?:everything|anything|something|nothing|ending|opening|beginning|evening|morning|"
    r"thing|being|string|ceiling|building|wedding|painting|drawing|recording|clothing|timing|setting|king|wing|ring|"
    r"spring|sibling)\b)([a-z]{3,}ing\b.+?)(?:,|$)"
    r"|\b(?:where|when|while|whenever|as) (?:i|i'm|we|we're|you) (?:am |are |was |were )?"
    r"(?:mention|mentions|mentioned|mentioning|discuss|discussing|describe|describing|cover|covering|bring up|brings up|"
    r"explain|explains|explaining|say|says|saying|show|shows|showing|talk|talks|talking) (?:about |how )?(.+?)(?:,|$)"
    # "when I get to the toppings", "as we move on to serving"
    r"|\b(?:where|when|while|whenever|as|once) (?:i|we|you) (?:get|gets|come|comes|move|moves|turn|turns|switch|"
    r"go|goes|jump|jumps|reach|reaches)(?: on| over)? (?:to |onto )?(.+?)(?:,|$)"
    r"|\bover (?:the )?(intro|introduction|opening|beginning|first sentence|outro|ending|end|last sentence|"
    r"final sentence|conclusion|sign-?off)\b"
    r"|\bover my (intro|introduction|opening|hello|greeting|welcome|first sentence|outro|goodbye|sign-?off)\b"  # round 10
    # "the part where I flip them", "over where I pour the syrup", "while I whisk the eggs": what is done is said
    r"|\b(?:(?:part|section|bit|segment|moment|portion|passage)s? |over |during |go over |goes over )?(?:where|when|while) "
    r"(?:i|i'm|we|we're|you) (?:am |are |was |were )?"
    r"(?!(?:talk|speak|mention|discuss|say|explain|describ|tell|go on|chat|rave|cover|bring up|show)\w*"
    r"|(?:get|gets|come|comes|move|moves)(?: on| over)? (?:to|onto)\b)(.+?)(?:,|$)"
    # "over the bit where she sleeps": what someone else does, after a word for a part of the talk
    r"|\b(?:(?:part|section|bit|segment|moment|portion|passage)s? |over |during )(?:where|when|while) "
    r"(?:she|he|they|it|she's|he's|they're|it's)(?: is| was| are| were)? (.+?)(?:,|$)"
)
# A loose topic: "over my welcome", "during the serving part" (used only when nothing more exact is said).
_LOOSE = re.compile(r"\b(?:over|during|under|with) (?:my|our|the) ((?:[a-z'-]+ ){0,2}[a-z'-]+?)"
                    r"(?: (?:part|bit|section|segment|moment|portion|stretch))?(?= at\b| in\b|,|$)")
# How people name the first and last thing said in any talk (its structure, not its topic).
_POSITIONAL = {w: "start" for w in ("intro", "introduction", "opening", "beginning", "first sentence", "first line",
                                    "opening line", "welcome", "greeting", "hello", "hi", "opener", "start")}
_POSITIONAL.update({w: "end" for w in ("outro", "ending", "end", "last sentence", "final sentence", "last line",
                                       "conclusion", "sign-off", "signoff", "sign off", "goodbye", "goodbyes", "bye",
                                       "farewell", "wrap-up", "wrap up", "closing", "closing line", "closing words",
                                       "thank you", "thanks")})
_VIDEO = r"(?: of (?:the |my |this )?(?:video|edit|timeline|film|movie|cut|vlog|talk|recording|whole thing|it))?"
_AT_START = re.compile(rf"\b(?:at|to|from|for) the (?:very )?(?:start|beginning|top|opening|intro){_VIDEO}\b"
                       r"|\bas (?:the|my|an?) (?:opening|first|intro|establishing) (?:shot|clip|image|picture|frame)\b|\bas (?:the|my|an) opener\b"
                       r"|^(?:open|opens|start|starts|begin|begins|kick off|lead)(?: (?:the|my) (?:video|edit|film|vlog|movie|whole thing))?"
                       r" (?:on|with|off with)\b|\bright at the start\b")
_AT_END = re.compile(rf"\b(?:at|to|for|near|towards?|(?:just |right )?before) the (?:very )?(?:end|ending|close|finish|last bit){_VIDEO}\b"
                     r"|\bas (?:the|my) (?:closing|last|final|ending) (?:shot|clip|image|picture|frame)\b"
                     r"|^(?:end|ends|finish|finishes|close|closes|wrap up|round off)(?: (?:the|my) (?:video|edit|film|vlog|movie|whole thing))?"
                     r" (?:on|with)\b")
_TRAILING_POSITION = re.compile(rf"\s+(?:at|near|towards?) the (?:very )?(?:end|ending|start|beginning|top){_VIDEO}$")


_BARE_OBJECT = re.compile(r"^(put|place|add|drop|stick|pop|insert|overlay|lay|use|throw|slot|show) (?!(?:the|my|our|that|this|"
                          r"a|an|some|any|it|them|those|these|me|us|you|him|her|what|where|when|how|which|b?roll)\b)"
                          r"(?:[a-z0-9'&-]+ ){1,3}(?:clip|shot|footage|video|photo|picture|image|still|pic)s?\b")


def _broll_media(ctx: Ctx, text: str, what: str = "B-roll"):
    """The one B-roll media ``text`` names (None when it names none). Two media named by the
    same words ask, unless only one of them can be B-roll ("the pancake slow-mo" with a main
    clip also called pancakes); a media that cannot be B-roll says why."""
    mentions = ranked_mentions(ctx, text)
    bare = _BARE_OBJECT.match(text)
    if not mentions and bare:  # round 9: "put damper arm clip at 0:50" names a media as "the damper arm clip" does
        mentions = ranked_mentions(ctx, f"{bare.group(1)} the {text[bare.end(1) + 1:]}")
    if not mentions:
        from editor_app.planner.missing_media import bare_named, named_but_missing

        mentions = bare_named(ctx, text)  # round 10: "first screw footage over ...": as "the first screw footage"
    if not mentions:
        named_but_missing(ctx, text)  # round 10: "timelapse over the intro", "add the hammer sound at 0:30": ask
        from editor_app.planner.file_numbers import unknown_file_name, unknown_file_number

        unknown_file_name(ctx, text)  # round 20: "GX010045.MP4 over the intro"
        unknown_file_number(ctx, text)  # round 16: "the 555555 one over ...": no file holds that number
        return None
    candidates = {m.id for m in broll_candidates(ctx)}
    tied = [m for m in mentions if m.position == mentions[0].position]
    if len(tied) > 1:
        usable = [m for m in tied if m.asset.id in candidates]
        if len(usable) == 1:
            return usable[0].asset
        pool = usable or tied
        names = " or ".join(m.asset.name for m in pool)
        from editor_app.planner.place_tie import TiedMedia

        raise TiedMedia(f"Which {what} do you mean: {names}?", [f"the {m.asset.name} {what}" for m in pool],
                        [m.asset for m in pool], {m.how for m in pool})
    asset = mentions[0].asset
    from editor_app.planner.missing_media import sound_not_that

    sound_not_that(ctx, text, asset)  # round 24: "car horn sound effect at 0:30" is no ratchet, no "under car" clip
    if asset.id not in candidates and not _STRONG.search(text):
        return asset if is_sound_effect(ctx, asset) and _PLACE.search(text) else None
    if asset.id not in candidates and is_sound_effect(ctx, asset):
        return asset  # a sound from the bin: placed on a sound-effects track (intents.sounds)
    if asset.id not in candidates and re.search(r"\bto -?\d|\bdb\b|\bvolume\b", text):
        return None  # "drop the music to -18": a level, not a placement
    if asset.id not in candidates:
        why = "it is audio" if asset.kind == "audio" else "it is the main video"
        raise Unclear(f"{asset.name} can't go over the talk as B-roll: {why}.")
    return asset


def _described_edit_words(ctx: Ctx, text: str) -> str:
    """``text`` with edit words that are a media's own words inside a naming phrase blanked (round 12): "the foam
    cutting video" is the clip described as "cutting the yellow foam", not a cut; "the cut clip" with no media
    described so stays a cut."""
    from editor_app.planner.meaning import STOP
    from editor_app.planner.media_refs import REF_NOUN, own_words

    mine = {w for a in ctx.project.media.values() for w in re.findall(r"[a-z]+", own_words(a).lower())}

    def blank(match: re.Match) -> str:
        words = match.group(1).split()
        if not all(w in mine or w in STOP for w in words):
            return match.group(0)
        return match.group(0).replace(match.group(1), " " * len(match.group(1)))

    text = re.sub(rf"\b(?:the|my|that|this|our) ((?:[a-z0-9'&-]+ ){{1,3}}){REF_NOUN}\b", blank, text)
    # round 16 (lead): "the clip of me cutting the strings", "the video where I trim the zip ties": the act the picture
    # shows, not an edit
    return re.sub(r"\b((?:clip|video|vid|shot|footage|photo|pic|picture|recording|gopro|still)s? (?:of|where|showing|with) "
                  r"(?:me|us|him|her|them|i|we|he|she|they|my \w+) (?:just |actually |then )?)(\w+)",
                  lambda m: m.group(1) + " " * len(m.group(2)), text)


def _clean_topic(topic: str) -> str:
    topic = re.sub(r"\s(?:with|using|show(?:ing)?) .+$", "", topic.strip())
    topic = _TRAILING_POSITION.sub("", topic)
    topic = re.sub(r" (?:part|bit|section|segment|moment|portion|stretch)s?$", "", topic)
    return re.sub(r"^(the|my|our|a|an|some) ", "", topic).strip(" ?!.,")


def _words_of(asset) -> str:
    """What a media shows, in words: the hint for where it belongs in the talk."""
    from editor_app.planner.meaning import name_words

    return " ".join([*name_words(asset.name), asset.description, *asset.tags]).strip()


def _topic_place(ctx: Ctx, topic: str, media, half: str | None = None) -> Passage:
    from editor_app.planner.stretch import introduction

    if half is not None:  # round 9: "the bit near the start about X": X in that half of the talk
        from editor_app.planner.rough_place import passage_in_half

        return passage_in_half(ctx, topic, half)

    intro = introduction(ctx, topic)  # round 8: "while I'm introducing myself (and the problem)"
    if intro is not None:
        return intro
    if topic in _POSITIONAL:
        found = passage_at(ctx, _POSITIONAL[topic])
        if found is not None:
            return found
    from editor_app.planner.place_amount import amount_passage

    amount = amount_passage(ctx, topic)  # round 11: "what the X cost": the sentence stating that amount
    if amount is not None:
        return amount
    from editor_app.planner.place_amount import stated_amount_passage

    amount = stated_amount_passage(ctx, topic)  # round 11b: "the line about X being ninety quid": that number said
    if amount is not None:
        return amount
    from editor_app.planner.stretch import kept_take, shown_here

    found = find_passage(ctx, topic, hint=_words_of(media) if media is not None else None)
    found = shown_here(ctx, found, topic, ctx.text)  # round 8: "where I show how X": where I point at it
    found = kept_take(ctx, found, ctx.text)  # round 8: a line said twice: the take that stays
    if media is not None:  # round 9: "the other side": the sentence of this clip, not of its near twin
        from editor_app.planner.media_twins import twin_place

        found = twin_place(ctx, found, media, topic)
    return found


def _said_there(ctx: Ctx, topic: str, place: str) -> Passage | None:
    """Round 11: "when I say X" with X said word for word in one sentence: that sentence."""
    if not re.search(r"\b(?:say|says|saying|said)\b", place):
        return None
    from editor_app.planner.said_where import verbatim_sentence

    sentence = verbatim_sentence(ctx, topic)
    return None if sentence is None else Passage(sentence.start, sentence.end, sentence.text)


def _position(ctx: Ctx, t: str) -> str | None:
    if _AT_START.search(t):
        return "start"
    if _AT_END.search(t):
        return "end"
    return None


_SAID_CLAUSE = re.compile(r"\b(?:where|when|as|once) (?:i|he|she|they) (?:say|said|says|mention|mentions)\b.*$")
_NUMBER_LINE = re.compile(r"\b\d+(?:\.\d+)?(?= ?(?:minutes?|mins?|seconds?|secs?|pounds?|percent|%|feet|foot|inch(?:es)?|"
                          r"millimetres?|centimetres?|grams?|dollars?|bucks|quid|euros?)? (?:line|sentence|bit|part|moment|remark)\b)")


def _times_only_outside_said(t: str) -> str:
    """Round 22: a number in the words of a line is no time: "over where I say I string at fifty five" had placed the
    clip at 0:55, "over twenty two minutes line" asked about 22:00. The time readings below see those numbers blanked
    (the words are read again by the quote and topic readings, which get ``t`` as it was)."""
    said = _SAID_CLAUSE.search(t)
    if said is not None and not q.times(t[: said.start()]):
        t = t[: said.start()] + re.sub(r"\d", "#", said.group(0))
    return _NUMBER_LINE.sub(lambda m: "#" * len(m.group(0)), t)


def _where(ctx: Ctx, t: str, media, topic_match, half: str | None = None) -> tuple[float, float | None, str, str] | None:
    """(start, duration or None, how it is said, the words said there) for the place ``t`` names, or None."""
    tt = _times_only_outside_said(t)  # the time readings only
    ranges = q.time_ranges(tt, ctx.duration_s)
    if ranges:
        a, b = ranges[0]
        if b > a:
            return a, b - a, f"{clock(a)}-{clock(b)}", ""
    start = q.time_after(tt, _ROUGHLY_AT + "|at|from|starting at|starting from|around|over|right at|on", bare=False)
    if start is None:
        start = q.time_after(tt, "at|starting at", bare=True)
    if start is not None:
        length = _length(t)
        return start, length, clock(start) + (f" for {length:g} s" if length else ""), ""
    before_end = _FROM_END.search(tt)
    if before_end and ctx.duration_s > float(before_end.group(1)):  # "3 seconds from the end"
        start = ctx.duration_s - float(before_end.group(1))
        return start, _length(t), f"{clock(start)}, {float(before_end.group(1)):g} s before the end", ""
    seconds_in = _SECONDS_IN.search(tt)
    if seconds_in:  # "3 seconds in"
        found = q.times(seconds_in.group(0))
        if found:
            return found[0].seconds, _length(t), clock(found[0].seconds), ""
    after = re.search(r"\b(?:right |just |straight )?after (?:the |my )?(intro|introduction|opening|welcome|greeting|hello|"
                      r"first sentence|first line|opening line)\b", t)
    if after:  # "after the intro": where the second sentence starts
        first = passage_at(ctx, "start")
        if first is not None:
            return first.end, _length(t), f"{clock(first.end)}, after the intro", ""
    if re.search(r"\bhalfway(?: through| point| mark)?\b", t):  # a point in time: it starts there
        start = ctx.duration_s / 2
        return start, _length(t), f"halfway through ({clock(start)})", ""
    if re.search(r"\b(?:roughly|about|around|somewhere|approximately|more or less|bang|smack|smack bang|slap bang|dead|"
                 r"exactly|right) (?:in|into|at) the (?:very )?middle\b", t):  # round 10: "bang in the middle" too
        start = ctx.duration_s / 2  # round 8: a rough point, as "halfway through" is: it starts there
        return start, _length(t), f"about the middle ({clock(start)})", ""
    if re.search(r"\b(?:in|into|at) the (?:very )?middle(?: of (?:the |my )?(?:video|edit|talk|timeline))?\b", t) \
            and media is not None:  # a stretch: centred on the middle
        length = _length(t) or min(6.0, float(media.duration or 6))
        start = max(0.0, ctx.duration_s / 2 - length / 2)
        return start, _length(t), f"the middle ({clock(start)})", ""
    if re.search(r"\b(here|at the playhead|where the playhead is)\b", t) and ctx.playhead is not None:
        start = ctx.sec(ctx.playhead)
        return start, _length(t), f"the playhead ({clock(start)})", ""
    into = _INTO_QUOTE.search(t)
    if into is not None:  # round 10: "2 secs into the 'X' bit": where that sentence starts, plus the seconds
        from editor_app.planner.loose import _passage

        passage = _passage(ctx, into.group("q").strip(" .!?,"))
        start = passage.start + float(into.group("n"))
        return start, _length(t), f"{clock(start)}, {float(into.group('n')):g} s into \"{passage.quote[:40]}\"", ""
    into = _INTO_DESCRIBED.search(t)
    if into is not None:  # round 11b: "2 seconds into the windowsill sentence": a sentence described, not quoted
        passage = find_passage(ctx, into.group("d"))
        start = passage.start + float(into.group("n"))
        return start, _length(t), f"{clock(start)}, {float(into.group('n')):g} s into \"{passage.quote[:40]}\"", ""
    quoted = re.search(r"\b(?:over|during|on|at|with|when i say|where i say|under|on top of|for|across) (?:the |my )?\"([^\"]+)\"", t)
    if quoted is not None:  # over the 'cheap, warm and forgiving' line: the sentence that says (about) that
        said = _said_there(ctx, quoted.group(1), "say")  # round 11: the quote said word for word: its sentence
        passage = said or find_passage(ctx, quoted.group(1).strip(" .!?,"))
        length = passage.end - passage.start
        if length < _SHORTEST:  # round 11b: over "Okay, midsoles.": a flash would not be seen; it starts there
            return passage.start, _length(t), f"{clock(passage.start)} (\"{passage.quote[:40]}\")", passage.quote
        return passage.start, length, f"{clock(passage.start)}-{clock(passage.end)}", passage.quote
    if topic_match is not None:
        topic = _clean_topic(next((g for g in topic_match.groups() if g), ""))
        if topic in _PRONOUNS:
            if media is None:
                raise Unclear("Which B-roll should go there? Name it, e.g. \"put the harbour shot over the part "
                              "where I talk about it\".")
            topic = _words_of(media)
        try:
            passage = _said_there(ctx, topic, topic_match.group(0)) or _topic_place(ctx, topic, media, half)
        except Unclear:
            trailing = _TRAILING_POSITION.search(topic_match.group(0).rstrip(" ,"))
            if trailing is None:
                raise
            passage = passage_at(ctx, _position(ctx, trailing.group(0).strip()) or "end")
            if passage is None:
                raise
        quote = passage.quote if len(passage.quote) <= 60 else passage.quote[:57] + "..."
        return (passage.start, passage.end - passage.start,
                f"{clock(passage.start)}-{clock(passage.end)}, where you say \"{quote}\"", passage.quote)
    from editor_app.planner.title_when import part_edge

    edge = part_edge(ctx, t, _length(t) or 3.0)  # round 16: "at the start of the prep part" is not the video's start
    if edge is not None:
        return edge, _length(t), f"{clock(edge)}, at the edge of that part", ""
    position = _position(ctx, t)
    if position is None and media is not None:
        from editor_app.planner.place_said_thing import said_thing_place

        thing = said_thing_place(ctx, t)  # round 11: "over the frayed wire by the terminal": the sentence saying it
        if thing is not None:
            quote = thing.quote if len(thing.quote) <= 60 else thing.quote[:57] + "..."
            return (thing.start, thing.end - thing.start, f"{clock(thing.start)}-{clock(thing.end)}, where you say \"{quote}\"",
                    thing.quote)
    loose = _LOOSE.search(t)
    if position is None and loose is not None and media is not None:
        topic = _clean_topic(loose.group(1))
        if topic and topic not in _PRONOUNS and not re.fullmatch(r"talk|talking|speech|voice|video|top|whole thing", topic) \
                and not re.search(rf"\b{_NOUN}s?$", topic):  # "with the hanging clip" names the B-roll, not a topic
            passage = _topic_place(ctx, topic, media)
            return passage.start, passage.end - passage.start, f"{clock(passage.start)}-{clock(passage.end)}", passage.quote
    part = _PART.search(t) if position is None and media is not None else None
    if part is not None:  # "cover the moss pole part with X": the part of the talk about that
        topic = _clean_topic(part.group(1))
        if topic and topic not in _PRONOUNS and not re.fullmatch(r"talk|talking|speech|voice|video|top|whole thing|"
                                                                 r"first|last|middle|next|other|same", topic):
            passage = _topic_place(ctx, topic, media)
            return passage.start, passage.end - passage.start, f"{clock(passage.start)}-{clock(passage.end)}", passage.quote
    if position == "start":
        return 0.0, _length(t), "the start", ""
    if position == "end" and media is not None:
        length = _length(t) or min(6.0, float(media.duration or 6))
        start = max(0.0, ctx.duration_s - length)
        return start, length if _length(t) else None, "the end", ""
    return None


_PART = re.compile(r"\b(?:the|my|our|that) ((?:[a-z'-]+ ){0,2}[a-z'-]+) (?:bit|part|section|segment|moment|bit of the talk)\b")


def spoken_place(ctx: Ctx, text: str) -> Passage | None:
    """The passage of the talk ``text`` points at ("when I get to the glue", "the glue bit", "over my
    intro"), None when it points at none; Unclear when it names a topic the transcript lacks."""
    said = re.search(r"\b(?:where|when|as|once|the moment|right when|just as) i (?:say|said)\s+(?P<w>.+)$", text)
    if said is not None:  # round 12: "move it to where I say look at that": those words, where they are said
        from editor_app.planner.said_where import verbatim_sentence

        sentence = verbatim_sentence(ctx, said.group("w"))
        if sentence is not None:
            return Passage(sentence.start, sentence.end, sentence.text)
    match = _TOPIC.search(text)
    if match:
        topic = _clean_topic(next((g for g in match.groups() if g), ""))
        if not topic.strip(' "\''):  # round 15: 'when I say "big ball of lint"' with the quote taken: no topic left
            raise Unclear("I can't find those words in the talk. Quote them as they are said, or give a time (e.g. \"at 0:12\").")
        return _topic_place(ctx, topic, None)
    match = _PART.search(text) or _LOOSE.search(text)
    if match:
        topic = _clean_topic(match.group(1))
        if topic and topic not in _PRONOUNS and not re.fullmatch(r"talk|talking|speech|voice|video|top|whole thing|screen", topic):
            return _topic_place(ctx, topic, None)
    return None


_LAST_SEEN = re.compile(r"^(?:(?:i|we) (?:want|need|would like|'d like|d like) |(?:can|could) (?:we|you) (?:make|have) |make |let )?"  # 12b
                        r"(?:the )?(?:very )?(?P<w>last|final|first|opening) (?:thing|shot|image|picture|pic|photo|still|frame|visual)"
                        r"(?: (?:on screen|on-screen|we see|people see|you see|they see|(?:in|of) the (?:whole |entire )?"
                        r"(?:video|vid|edit|film|thing)))? "
                        r"(?:should be|has to be|needs to be|must be|will be|is|=|to be|be) (?P<m>.+)$")


_AFTER_QUOTE_STARTS = re.compile(r"\b(?P<n>a|one|\d+(?:\.\d+)?) ?(?:seconds?|secs?|s) after (?:i say )?[\"'](?P<q>[^\"']+)[\"'] "
                                 r"(?:starts|begins|is said|comes|kicks in|gets going)\b")


# round 16: the same said the other way round: "the coat photo should be the last thing you see"
_SEEN_LAST = re.compile(r"^(?P<m>(?:the|my|that|this) .+?) (?:should|has to|needs to|must|could|can|will) be the (?:very )?"
                        r"(?P<w>last|final|first|opening) (?:thing|shot|image|picture|pic|photo|still|frame|visual)"
                        r"(?: (?:on screen|on-screen|(?:you|we|people|they|viewers) see|(?:in|of) the (?:whole |entire )?"
                        r"(?:video|vid|edit|film|thing)))*$")


def _said_loosely(t: str) -> str:
    """A rough time said with "round" ("somewhere round 1:39, roughly") as "at around 1:39"; "the last thing on
    screen should be X" as "put X at the end" (the first thing: at the start)."""
    # round 22: "somewhere near 52 secs, close enough", "round 14s, doesn't need to be exact": a rough time, a hedge after it
    t = re.sub(r",? (?:close enough|near enough|(?:it )?does(?:n't|nt| not) (?:need|have) to be exact|no need to be exact|"
               r"not exact|roughly is fine|roughly)$", "", t)
    t = re.sub(r"\b(?:at )?(?:somewhere )?(?:a?round about|round|around|near|nearabouts)(?= \d+(?:[:.]\d+)?\b)", "at around", t)
    t = re.sub(r",? (?:roughly|approximately|or so|ish|give or take)$", "", t)
    # round 12b (refs4): "10 secs before the video ends" is "10 seconds before the end"
    t = re.sub(r"\b(before|from) the (?:video|vid|talk|film|edit|whole thing|clip) (?:ends|finishes|is over|stops)\b", r"\1 the end", t)
    # "3 seconds into the sentence about X": the sentence described after its noun, as "3 seconds into the X sentence"
    t = _INTO_ABOUT.sub(lambda m: f"{m.group('n')} seconds into the {m.group('d')} sentence", t)
    # round 16 (r2): "a second after 'then I measure' starts": that many seconds into the quoted words
    t = _AFTER_QUOTE_STARTS.sub(lambda m: f"{'1' if m.group('n') in ('a', 'one') else m.group('n')} seconds into "
                                          f"\"{m.group('q')}\"", t)
    seen = _LAST_SEEN.match(t) or _SEEN_LAST.match(t)
    if seen:
        where = "at the end" if seen.group("w") in ("last", "final") else "at the start"
        name = seen.group("m")
        name = name if re.match(r"(?:the|my|that|this)\b", name) else "the " + name
        return f"put {name} {where}"
    return t


# round 16: a length said after the place: ", but only for like 2 seconds", "for 2 secs max", "just for 3 s please"
_LENGTH_TAIL = re.compile(r",?\s*(?:but\s+|and\s+)?(?:only\s+|just\s+)?(?:for\s+|lasting\s+)(?:like\s+|about\s+|around\s+|roughly\s+|"
                          r"maybe\s+|just\s+|only\s+)*(\d+(?:\.\d+)?)\s*(?:s|secs?|seconds?)\b(?:\s+(?:or so|max|tops|only|please|"
                          r"or something))*\s*[.!]*$")


def _length(t: str) -> float | None:
    match = re.search(r"\bfor\s+(?:like\s+|about\s+|around\s+|roughly\s+|maybe\s+|just\s+|only\s+)*", t)  # round 16: "for like 5 secs"
    if match:
        found = q.times(t[match.end():])
        if found and found[0].start == 0:
            return found[0].seconds
    # round 11b: "only 4 secs on screen", "3 seconds long", "up for 2 s": how long it is seen
    seen = re.search(r"(?:\b(?:only|just) )?\b([\d.]+) ?(?:seconds?|secs?|s) (?:on screen|on-screen|long|of it|max|tops|only)\b", t)
    if seen:
        return float(seen.group(1))
    return None


def _verbless_place(ctx: Ctx, t: str) -> bool:
    """The instruction is only a media that is not on the timeline yet, then a time or range
    ("bucket clip at 0:30 please"): there is no other way to read it than placing it there."""
    from editor_app.planner.vocab import VERBS

    first = t.split(" ", 1)[0]
    timed = (q.time_ranges(t, ctx.duration_s) or q.time_after(t, "at|from|starting at", bare=False) is not None
             or q.time_after(t, _ROUGHLY_AT, bare=False) is not None or _FROM_END.search(t)  # round 9
             or re.search(r"\bhalfway\b|\b(?:roughly|about|around|somewhere|bang|smack|dead|exactly|right) (?:in|at) the "
                          r"(?:very )?middle\b", t)
             or _SECONDS_IN.search(t) or _INTO_QUOTE.search(t) or _INTO_DESCRIBED.search(t) or _position(ctx, t) is not None
             or re.search(rf"^(?:[a-z0-9'&_-]+ ){{1,4}}?{_NOUN}\b.*\b(?:over|during|when|while|where)\b", t)
             # round 11: "C0051 while I'm saying X": a media's bare name, then when in the talk
             or re.search(r"^(?:[a-z0-9'&_.-]+ ){1,4}?(?:while|when|whenever|as|during) (?:i|i'm|we|we're|you)\b", t)
             or _SOUND_AT_WORDS.search(t)  # round 8: "plink sound right as I say 'not a drop'"
             # round 12b (refs4): "buzz here", "the scoop photo where the playhead is": the playhead is a place
             or (ctx.playhead is not None and re.search(r"\b(?:here|at the playhead|where the playhead is)$", t)))
    if first in VERBS or not timed:
        return False
    head = re.split(r",|\s(?:here$|where the playhead is$)|\s(?:at|from|starting at|between|for|near|towards?|right at|just before|over|on top of|during|when|while|where|"
                    r"(?:right |just )?as|the moment|roughly|around|halfway|somewhere|on the words?|bang|smack|dead|exactly)\s"
                    r"|\s[\d.]+ ?(?:seconds?|secs?|s|minutes?) (?:in|into|from|before)\b|\shalfway$", t, maxsplit=1)[0].strip()
    said_as_name = re.match(r"(?:the|my|our|that|this)\b", head) is not None  # round 12: "the sewing machine clip"
    if not said_as_name:
        head = "the " + head  # "harbour walk at 61 s" names a media as "the harbour walk" would
    mentions = ranked_mentions(ctx, head, strict=False)
    if len(mentions) != 1 or (mentions[0].position > 4 and not _all_naming(head[4:mentions[0].position], mentions[0].asset)):
        if len(mentions) <= 1 and said_as_name:
            from editor_app.planner.missing_media import missing_named

            missing_named(ctx, head)  # round 12: "the sewing machine close up at 0:30": ask, saying what is missing
        return False
    asset = mentions[0].asset
    return is_sound_effect(ctx, asset) or (asset.id in {m.id for m in broll_candidates(ctx)}
                                           and not any(c.media_id == asset.id for c in ctx.project.clips()))


_NOUN = r"(?:clip|shot|footage|video|photo|picture|image|still|broll|b-roll|recording|pic)"


def _all_naming(words: str, asset) -> bool:
    """Round 9: every word before where a media was matched is one of its own words ("the clip snap sfx":
    "clip" is in "plastic clip snap.wav"), so the whole head names it."""
    from editor_app.planner.media_refs import own_words
    from editor_app.planner.meaning import stems

    said = stems(words)
    if not said - stems(own_words(asset)):
        return True
    from editor_app.planner.word_kin import related_described

    # round 12b: "the fall drone shot at 0:05": a word its description says in another form ("autumn") names it too
    return bool(related_described(words, [asset], own_words))
_SOUND_AT_WORDS = re.compile(r"^(?:[a-z0-9'&_-]+ ){1,3}?(?:sound|sfx|noise|sound effect|effect)s? (?:right |just )?"
                             r"(?:as|when|the moment) (?:i|we|you|he|she|they) (?:say|says|said)\b")
_INTO_QUOTE = re.compile(r"\b(?P<n>\d+(?:\.\d+)?) ?(?:s|secs?|seconds?) (?:into|in to|after the start of) (?:the |my )?"
                         r"\"(?P<q>[^\"]+)\"")
_INTO_ABOUT = re.compile(r"\b(?P<n>\d+(?:\.\d+)?) ?(?:s|secs?|seconds?) (?:into|in to|after the start of) (?:the |my )?"
                         r"(?:sentence|line|bit|part|section) (?:about|on|where (?:i|i'm|im) (?:say|talk about|mention|am talking about)) "
                         r"(?P<d>[a-z0-9' -]+?)(?=[,.!?]|$)")
_SHORTEST = 2.5  # seconds: B-roll over a line shorter than this starts there and keeps its own length
_INTO_DESCRIBED = re.compile(r"\b(?P<n>\d+(?:\.\d+)?) ?(?:s|secs?|seconds?) (?:into|in to|after the start of) (?:the |my )?"
                             r"(?P<d>[a-z0-9' -]+?) (?:sentence|line|bit|part|section|bit of the talk)\b")
_SECONDS_IN = re.compile(r"\b([\d.]+) ?(?:seconds?|s|minutes?) in\b")
_FROM_END = re.compile(r"\b([\d.]+) ?(?:seconds?|secs?|s) (?:from|before) (?:the (?:very )?end\b|it (?:finishes|ends|stops)\b|the video "
                       r"(?:finishes|ends)\b)")  # round 23: "twenty secs before it finishes"
_ROUGHLY_AT = "at about|at around|at roughly|roughly at|at approximately|approximately at|somewhere around"  # round 9


def _talk_quotes_blanked(ctx: Ctx, text: str) -> str:
    """Round 21: quoted words of the talk name no media ("timelapse part 2 over 'you screw the hinges onto the doors'"
    had placed "hinges bit USE THIS ONE.mp4"); a quote that is a media's file name still names it."""
    if '"' not in text:
        return text
    names = {re.sub(r"\.[a-z0-9]{2,4}$", "", a.name.lower()) for a in ctx.project.media.values()}

    def blank(m: re.Match) -> str:
        inner = re.sub(r"\.[a-z0-9]{2,4}$", "", m.group(1).lower().strip())
        return m.group(0) if inner in names else '""'

    return re.sub(r"\"([^\"]*)\"", blank, text)


def place_broll(ctx: Ctx) -> Match | None:
    """Any wording that puts one B-roll media somewhere over the talk."""
    t = re.sub(r"^(?:and|also|plus|then) ", "", ctx.text)  # "and the after photo at the end", after an earlier turn
    from editor_app.planner.placing_in import placing_in

    t = placing_in(t)  # round 16: "get the cat clip in where I talk about the vet"
    from editor_app.planner.place_bare_line import bare_line_place

    t = bare_line_place(ctx, t) or t  # round 16 (r2): "X over take the old spar out", "can X cover 'Y'"
    t = re.sub(r"\s+(?:too|as well|again|also)$", "", t)  # round 16: "... over the treat line as well" (placed_again reads it)
    from editor_app.planner.described_place import reworded  # round 7, words: places said as what happens there

    from editor_app.planner.place_phrases import tidy_place

    t = _said_loosely(t)  # round 11b: "X somewhere round 1:39, roughly", "last thing on screen should be X"
    t = tidy_place(t)  # round 9: "the smell's gone", "the proper take of X (not the one where ...)"
    from editor_app.planner.place_take import kept_take_place

    t = kept_take_place(ctx, t) or t  # round 11b: a bare "the proper take": the sentence after a false start
    from editor_app.planner.place_reveal import reveal_place

    t = reveal_place(ctx, t) or t  # round 10: "over the big reveal": where the result is presented
    t = reworded(ctx, t) or t
    from editor_app.planner.place_list import list_place

    t = list_place(ctx, t) or t  # round 10: "over the list of what you need": the sentence that lists it
    from editor_app.planner.rough_place import rough_position

    t, half = rough_position(t)  # round 9: "near the end about X" says which X, not "at the end"
    if not _PLACE.search(t) or (re.match(rf"(?:[a-z0-9'&_-]+ ){{1,4}}?{_NOUN} (?:over|during|when|while|where)\b", t)
                                and _verbless_place(ctx, t)):
        if not _verbless_place(ctx, t):
            return None
        # "bucket clip at 0:30", "DSC_0193 from 16 to 19 seconds": a media and a place, no verb
        t = "put " + (t if re.match(r"(?:the|my|our|that|this)\b", t) else "the " + t)
    asked_length = _LENGTH_TAIL.search(t)  # round 16: "... over the scrubbing line, but only for like 2 seconds"
    if asked_length is not None and re.search(r"\b(?:over|during|under|on top of|across|where|when|while|as)\b",
                                              t[:asked_length.start()]):
        t = t[:asked_length.start()].rstrip(" ,")  # the length is no part of the place ("where you talk about 2 seconds")
    else:
        asked_length = None
    topic_match = _TOPIC.search(t)
    outside = t if topic_match is None else t[: topic_match.start()] + " " + t[topic_match.end():]
    # round 21: words quoted from the talk ask for nothing ("over 'You slide the back panel in'": "slide" is no move)
    if _OTHER_EDIT.search(_described_edit_words(ctx, re.sub(r"\"[^\"]*\"", '""', outside))) \
            or re.match(r"(?:make|turn|set|give|apply|change)\b", t):
        return None  # "make the drone shot black and white while I talk about X" is an effect
    tail = re.search(r"\s(?:with|using|show(?:ing)?) (.+)$", topic_match.group(0)) if topic_match else None
    from editor_app.planner.place_tie import TiedMedia, by_place

    try:
        media = _broll_media(ctx, _talk_quotes_blanked(ctx, outside) + (" " + tail.group(1) if tail else ""))
    except TiedMedia as tie:  # round 10: two media fit the name: the words said at the place may say which
        from editor_app.planner.relative_move import moves_the_placed_one

        if moves_the_placed_one(ctx, t, tie.assets):
            return None  # round 16: "put the gopro clip 3 secs later": the one on the timeline is moved (move_clip)
        from editor_app.planner.relative_move import placed_again

        media = placed_again(ctx, ctx.text, tie.assets)  # round 16: "... over the belly bit too": another copy of the placed one
        media = media or by_place(ctx, tie, lambda: _where(ctx, t, None, topic_match, half))
    if media is None and topic_match is None:
        return None
    if media is not None and topic_match is None and re.match(r"(put|place|drop|bring)\b", t) and \
            any(c.media_id == media.id for c in ctx.project.clips()) and (
                q.time_after(t, "to|at") is not None or re.search(r"\b(?:at|to) the (?:very )?(?:end|start|beginning)\s*$", t)):
        return None  # "put the syrup clip at 0:20" when it is already there: moving the existing clip
    where = _where(ctx, t, media, topic_match, half)
    if where is None:
        if media is None or any(c.media_id == media.id for c in ctx.project.clips()):
            return None  # "drop the syrup clip" when it is on the timeline: removing it
        raise Unclear(f"Where should the {media.name} B-roll go? Say a time (\"at 0:30\") or a topic "
                      "(\"over the part where I talk about it\").")
    start, length, said, quote = where
    if media is None:
        topic = _clean_topic(next((g for g in topic_match.groups() if g), ""))
        media = media_for_topic(ctx, topic) or (media_for_topic(ctx, quote) if quote else None)
        if media is None:
            have = ", ".join(m.name for m in broll_candidates(ctx)) or "none"
            raise Unclear(f"None of the B-roll fits \"{topic}\" (B-roll media: {have}). Which one should I use?")
    if start >= ctx.duration_s > 0:
        raise Unclear(f"The video ends at {clock(ctx.duration_s)}, so B-roll cannot start at {clock(start)}.")
    if is_sound_effect(ctx, media):
        said = spoken_words_at(ctx, t) if topic_match is not None else None
        if said is not None:  # "right when I say X": where X starts, not its sentence
            start = said[0]
        return Match(sound_steps(ctx, media, start), describe(media, start))
    told = asked_length or re.search(r"\bfor (?:about |around |roughly |just )?(\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)\b", t)
    if told is not None and (topic_match is not None or asked_length is not None) and 0 < float(told.group(1)) <= 60:
        length = float(told.group(1))  # round 15: "... when I mention the scoop, for 3 seconds": the length said wins
        said = f"{clock(start)}-{clock(start + length)}" + (f", from where you say \"{quote[:57]}...\"" if quote else "")
    args = {"media_id": media.id, "start": num(start)}
    if length is not None:
        args["duration"] = num(length)
    return Match([step("place_broll", args)], f"put {media.name} over {said}")


INTENTS = [place_broll]
