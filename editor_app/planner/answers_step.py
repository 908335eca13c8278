"""When a step of the job happens in the talk: "what time does the flour go in?", "when do I put the
lid on?", "at what point does the pompom get added?" (round 13b).

Why: these ask where in the talk a thing is added, put on or taken off. They name no clip and say no
"talk about" or "start", so they fell through to the generic "I can answer questions ..." reply.
Here the thing is the topic looked for in the talk (the ordinary where-answer, which asks when
nothing fits); a question that names a clip, a file kind or the music is left to the other answers.
"""

from __future__ import annotations

import re

_WHEN = r"(?:what time|at what (?:time|point|stage|moment)|at which (?:point|moment|stage)|what point|when|how far in|whereabouts)"
_PARTICLE = r"(?:in|on|into|onto|in there|on top|off|out|back on|back in|together)"
# "what time does the sugar go in", "when do the pips get taken out", "when does the lid come off"
_THING_MOVES = re.compile(rf"^{_WHEN}(?: exactly| roughly)? (?:does|do|did|will|should) (?P<x>.+?) "
                          rf"(?:go|get|come|get put|get added|get poured|get taken|get thrown|get sewn|get stirred)(?: {_PARTICLE})?"
                          r"(?: to (?:the|it|them)\b.*| (?:the|it|them)\b.*)?$")
# "when do I put the sugar in", "what time do we add the lid", "at what point do you sew the pompom on"
_PUT_THING = re.compile(rf"^{_WHEN}(?: exactly| roughly)? (?:do|did|should|will|can) (?:i|we|you) "
                        r"(?:put|add|pour|tip|throw|chuck|stir|sew|attach|stick|drop|take|pull|fit|screw)"
                        rf" (?P<x>.+?)(?: {_PARTICLE})?(?: (?:to|into|onto|in|on) (?:the|it|them)\b.*)?$")
# Said of a clip, a file kind or the timeline: another answer reads those.
_MEDIA = re.compile(r"\b(?:clip|shot|footage|photo|picture|image|broll|b-roll|video|music|song|track|title|caption|"
                    r"text|transition|fade|timeline)s?\b")


def step_topic(text: str) -> str | None:
    """The thing a question asks the time of a step about ("the sugar"), else None."""
    t = text.strip(" ?.!").lower()
    found = _THING_MOVES.match(t) or _PUT_THING.match(t)
    if found is None:
        return None
    thing = re.sub(r"^(?:the|my|our|your|that|this|some|a|an) ", "", found.group("x")).strip()
    if not thing or _MEDIA.search(thing) or re.fullmatch(r"(?:it|they|them|that|this|everything|things|stuff|i|we|you|u)", thing):
        return None
    return thing


# A sentence that tells a step rather than lists the thing: a sequence word, or a verb of putting it somewhere.
_STEP_WORDS = re.compile(r"\b(?:now|then|next|finally|once|after that|go|goes|going|went|add|adds|added|adding|put|puts|"
                         r"pour|pours|poured|tip|tips|tipped|stir|stirs|stirred|in it goes|on it goes|sew|sews|attach|attaches)\b")


def step_passage(ctx, thing: str):
    """The one sentence of the talk that says ``thing`` as a step ("now the flour goes in") when the
    thing is said in more than one sentence (a list of what you need, then the step); None when it
    is said once or no single sentence tells the step (the ordinary where-answer decides)."""
    from editor_app.planner.meaning import stems
    from editor_app.planner.said_in import spoken_sentences
    from editor_app.planner.topics import Passage

    wanted = stems(thing)
    if not wanted:
        return None
    _, spans = spoken_sentences(ctx)
    saying = [s for s in spans if wanted <= stems(s.text)]
    if len(saying) < 2:
        return None
    scored = [(len(_STEP_WORDS.findall(s.text.lower())), s) for s in saying]
    best = max(n for n, _ in scored)
    top = [s for n, s in scored if n == best]
    if best == 0 or len(top) != 1:
        return None
    return Passage(top[0].start, top[0].end, top[0].text)
