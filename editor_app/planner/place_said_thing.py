"""A place in the talk named by a thing said there: "the bulb clip over the frayed brown wire by the
terminal", "the shade photo over the dusty old fabric shade moan", "over my cheap plastic fitting rant".

Why: people point at a sentence by repeating what it describes, with no "where I say" or "about":
the words after "over the" are a noun phrase the talk says, sometimes followed by what kind of remark it
was (moan, rant, line, bit). The B-roll intent read only short loose topics ("over my welcome") and
asked where. Here the phrase's content words (the kind of remark dropped) are matched against every
sentence heard on the timeline: the one sentence that says more than half of them, and more than any
other sentence, is the place. Two sentences saying as many ask, and so does a phrase of three content
words or more of which no sentence says two (the topic search would pick a sentence sharing one word);
a shorter phrase said nowhere is left to the other readings (a loose topic, "over my welcome").
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock
from editor_app.planner.meaning import stem
from editor_app.planner.said_in import shared, spoken_sentences, topic_stems
from editor_app.planner.topics import Passage
from editor_app.planner.types import Ctx, Unclear

# What kind of remark the words are: not what is said in it.
_REMARK = (r"(?:moan|moaning|rant|ranting|whinge|gripe|grumble|complaint|line|lines|sentence|bit|part|section|segment|"
           r"moment|remark|comment|words|spiel|tangent|aside|speech|explanation|description|warning|tip|point|chat|talk|"
           r"stuff|thing|story|mention|shout-?out|stretch)")
_OVER = re.compile(r"\b(?:over|during|under|across|on top of) (?:the|my|our|that|this|all the|all that) "
                   rf"(?P<thing>(?:[a-z0-9'-]+ ){{1,10}}?[a-z0-9'-]+?)(?: {_REMARK})?[ .!?]*$")
_VAGUE = frozenset(stem(w) for w in "thing things stuff one ones bit part lot whole kind sort way".split())


def said_thing_place(ctx: Ctx, text: str) -> Passage | None:
    """The sentence that says the thing ``text`` places B-roll over, or None when the place is not a
    phrase of two content words or more, or no sentence says more than half of it. Unclear on a tie."""
    m = _OVER.search(text)
    if m is None or re.search(r"\b(?:about|where|when|while|of how|of why)\b", m.group("thing")):
        return None  # "over my warning about X": a topic, read by the B-roll intent's topic shapes
    wanted = {s for s in topic_stems(m.group("thing")) if s not in _VAGUE}
    wanted |= set(re.findall(r"\b\d+\b", m.group("thing")))  # round 13: "the 2 cycles line": the message's digits
    _, spans = spoken_sentences(ctx)
    if len(wanted) == 1 and re.search(r" (?:line|sentence)[ .!?]*$", m.group(0)):  # "bit/part": a topic (hint-read)
        return _one_word_line(re.sub(rf" {_REMARK}$", "", m.group("thing")), wanted, spans)
    if len(wanted) < 2:
        return None
    scored = sorted(((shared(wanted, s.text), i) for i, s in enumerate(spans)), reverse=True)
    if not scored:
        return None
    # a hyphenated word is one thing described ("my heart-shaped pour" describes two things, a heart shape and
    # a pour), so only three or more such words make the "said nowhere" question (lead, round 11: H's "heart-shaped
    # pour" over "it's a heart, sort of" asked instead of reaching the topic search)
    described = [w for w in m.group("thing").split() if {s for s in topic_stems(w) if s not in _VAGUE}]
    if len(described) >= 3 and scored[0][0] <= 1:  # three things described and at most one said anywhere: no guess
        raise Unclear(f"I couldn't find where you say \"{m.group('thing')}\" in the talk. Which part do you mean? "
                      "Quote a few of its words or give a time, e.g. \"at 0:12\".")
    if 2 * scored[0][0] <= len(wanted) or scored[0][0] < 2:
        return None
    best, i = scored[0]
    equal = [j for n, j in scored[1:] if n == best]
    if equal:
        where = "; ".join(f"{clock(spans[j].start)} \"{_short(spans[j].text)}\"" for j in [i, *equal][:3])
        raise Unclear(f"More than one sentence says \"{m.group('thing')}\": {where}. Which one? Quote a few of its words.")
    return Passage(spans[i].start, spans[i].end, spans[i].text)


# Words that say where in the video, not what is said there ("the end bit", "the intro line").
_PLACE_WORDS = frozenset(stem(w) for w in ("intro introduction opening beginning start welcome greeting hello end ending "
                                           "outro closing conclusion goodbye bye first last next other same middle final "
                                           "whole main").split())


def _one_word_line(thing: str, wanted: set[str], spans) -> Passage | None:
    """Round 13: "over the towels line": the one sentence that says the word; several ask (never the nearest by
    meaning); none, or a word that says where in the video ("the end bit"), is left to the other readings."""
    if wanted & _PLACE_WORDS:
        return None
    saying = [i for i, span in enumerate(spans) if shared(wanted, span.text)]
    if len(saying) == 1:
        span = spans[saying[0]]
        return Passage(span.start, span.end, span.text)
    if len(saying) > 1:
        where = "; ".join(f"{clock(spans[j].start)} \"{_short(spans[j].text)}\"" for j in saying[:3])
        raise Unclear(f"More than one sentence says \"{thing}\": {where}. Which one? Quote a few of its words.")
    return None


def _short(text: str, n: int = 50) -> str:
    return text if len(text) <= n else text[: n - 3] + "..."
