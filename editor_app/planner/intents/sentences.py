"""Cutting one sentence named by how people point at it, not by a topic word list.

- By a part of any talk: "remove the outro", "cut my hello at the very beginning", "lose the
  subscribe plug at the end": greetings and openings are the first sentence, sign-offs and plugs
  the last; other words said with them ("subscribe") must be in that sentence, else it asks.
- By what is done in it: "take out the sentence where I mention the lab", "drop the bit where I
  admit I was scared the first time": the one sentence sharing the most content words with
  what follows "where I <verb>" (two sentences sharing as many ask).
- By a quote of it: "drop the 'It's a Pentax K1000...' line", "remove the first version of the
  'frame your shot' sentence" (said twice: first/second/last picks one, else it asks), and
  "remove everything before 'It's a Pentax'" (from the start to where those words begin).

Cuts go through cut_words on the word transcript (edges between words); with no word timings
these are left to the other intents.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from editor_app.model.word_cuts import timeline_words
from editor_app.model.words import find_phrase, norm, sentences
from editor_app.planner.intents import clock, num, step
from editor_app.planner.meaning import stems
from editor_app.planner.types import Ambiguous, Ctx, Match, Unclear

_REMOVE = r"\b(?:cut|trim|remove|delete|drop|lose|skip|kill|strip|ditch|erase|get rid of|take out|scrap|chop)\b"
_OPENING = r"intro|introduction|opening|hello|hi|greeting|welcome|opener"
_CLOSING = r"outro|ending|sign-?off|signoff|goodbye|goodbyes|bye|farewell|plug|call to action|shout-?out|thanks|wrap-?up"
_PART = re.compile(rf"^{_REMOVE} (?:the |my |our |that )?((?:[a-z'-]+ ){{0,2}}?)({_OPENING}|{_CLOSING})"
                   r"(?: (?:bit|part|line|sentence|section))?"
                   r"(?: (?:at|from|in) the (?:very )?(start|beginning|top|end|finish|close)(?: of (?:the |my )?(?:video|talk))?)?$")
_DOING = re.compile(rf"^{_REMOVE} (?:out )?(?:the|that|my) (?:sentence|line|bit|part|moment|section) (?:where|when) "
                    r"(?:i|he|she|they|we|you)(?:'m| am| was)? (?!(?:say|says|said|mess|messed|trip|stumble|start|restart)\b)(.+)$")
_QUOTED = re.compile(r"\"([^\"]+)\"")
_BEFORE = re.compile(rf"^{_REMOVE} (?:out )?(?:everything|anything|all|the part|the bit|whatever) (?:i say |that comes |comes )?"
                     r"(before|after|up to|right up to|up until|until|till) \"([^\"]+)\"")  # round 11b: "up to 'X'" is before it
_WHICH = re.compile(r"\b(first|second|last|earlier|later|1st|2nd) (?:version|take|time|one|attempt|go)\b")
_SAYING = frozenset("mention mentions mentioned mentioning talk talks talking about explain explaining explains describe "
                    "describing ask asks asking admit admits admitting tell telling tells list listing go going through "
                    "bring bringing up".split())


def _spans(ctx: Ctx):
    placed = timeline_words(ctx.project)
    if not placed:
        return None, None
    return placed, _Sentences(placed)


class _Sentences(Sequence):
    """sentences(placed), worked out on first use: most messages with a cut verb ("cut the first 2
    seconds") name no sentence, and splitting every word on a 1,000-clip timeline costs ~0.1 s."""

    def __init__(self, placed) -> None:
        self._placed, self._spans = placed, None

    def _all(self) -> list[tuple[int, int]]:
        if self._spans is None:
            self._spans = sentences(self._placed)
        return self._spans

    def __bool__(self) -> bool:
        return bool(self._placed)  # words always make at least one sentence

    def __len__(self) -> int:
        return len(self._all())

    def __getitem__(self, i):
        return self._all()[i]

    def __iter__(self):
        return iter(self._all())


def _cut(placed, a: int, b: int, what: str) -> Match:
    from editor_app.planner.intents.words import AGENT, _ranges

    quote = " ".join(p.text for p in placed[a: b + 1])
    quote = quote if len(quote) <= 80 else quote[:77] + "…"
    return Match([step("cut_words", {"ranges": _ranges(placed, a, b)}, AGENT)],
                 f"delete {what} \"{quote}\" (at {clock(placed[a].start)})")


def _by_part(ctx: Ctx, placed, spans) -> Match | None:
    m = _PART.match(ctx.text)
    if not m:
        return None
    from editor_app.planner.media_refs import ranked_mentions

    if ranked_mentions(ctx, ctx.text, strict=False):
        return None  # "remove the intro clip" / a media called "intro": a clip, not a sentence
    opening = re.fullmatch(_OPENING, m.group(2)) is not None
    if m.group(3):
        opening = m.group(3) in ("start", "beginning", "top")
    a, b = spans[0] if opening else spans[-1]
    said = stems(m.group(1) or "")
    if said and not said & stems(" ".join(p.text for p in placed[a: b + 1])):
        raise Unclear(f"The {'first' if opening else 'last'} sentence does not mention \"{m.group(1).strip()}\". "
                      "Quote words from the sentence to cut.")
    return _cut(placed, a, b, f"the {'first' if opening else 'last'} sentence")


def _by_doing(ctx: Ctx, placed, spans) -> Match | None:
    m = _DOING.match(ctx.text)
    if not m:
        return None
    words = [w for w in m.group(1).split() if w not in _SAYING]
    wanted = stems(" ".join(words))
    if not wanted:
        return None
    from editor_app.planner.said_in import said_about  # round 9, cuts: a thing never said asks

    said_about(ctx, " ".join(words))
    if re.match(r"(?:ask|asks|asked|asking|wonder|wondering)\b", m.group(1)):  # "where I ask ...": a question
        return _question(ctx, placed, spans, " ".join(words))
    scored = sorted(((len(wanted & stems(" ".join(p.text for p in placed[a: b + 1]))), a, b) for a, b in spans),
                    key=lambda s: -s[0])
    if not scored or scored[0][0] == 0:
        raise Unclear(f"No sentence on the timeline says anything like \"{m.group(1)}\". Quote words from it, "
                      "e.g. \"cut the part where I say ...\".")
    tied = [x for x in scored if x[0] == scored[0][0]]
    if len(tied) > 1 and len(wanted) > 1:  # as many shared words: clearly nearer in meaning decides, else ask
        # (round 21: not for one word, "the line where I mention Femi" with Femi in three: nearness there is only how
        # short a sentence is, and the shortest had been deleted)
        from editor_app.planner.meaning import similarity
        from editor_app.planner.topics import MARGIN

        near = similarity(" ".join(words), [" ".join(p.text for p in placed[a: b + 1]) for _, a, b in tied])
        order = sorted(range(len(tied)), key=lambda i: -near[i])
        if near[order[0]] - near[order[1]] >= MARGIN:
            scored = [tied[order[0]]]
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        where = ", ".join(clock(placed[a].start) for s, a, _ in scored if s == scored[0][0])
        raise Ambiguous(f"More than one sentence fits \"{m.group(1)}\" (at {where}). Quote words from the one to cut.")
    return _cut(placed, scored[0][1], scored[0][2], "the sentence")


def _question(ctx: Ctx, placed, spans, topic: str) -> Match:
    """"the line where I ask when you should repot": among the sentences that are questions, the one
    about the topic (a shared word, or clearly nearest in meaning); none or two ask."""
    from editor_app.planner.topics import relevant

    questions = [(a, b) for a, b in spans if placed[b].text.rstrip().endswith("?")]
    texts = [" ".join(p.text for p in placed[a: b + 1]) for a, b in questions]
    fits = [i for i, q in enumerate(texts) if relevant(topic, q, texts[:i] + texts[i + 1:])]
    if len(fits) != 1:
        raise Unclear(f"I can't tell which question you mean by \"{topic}\". Quote words from it.")
    a, b = questions[fits[0]]
    return _cut(placed, a, b, "the question")


def _quoted_hits(placed, quote: str) -> list[tuple[int, int]]:
    phrase = re.sub(r"(?:\.\.\.|…)\s*$", "", quote).strip()
    return find_phrase([norm(p.text) for p in placed], phrase)


def _by_quote(ctx: Ctx, placed, spans) -> Match | None:
    before = _BEFORE.match(ctx.text)
    if before:
        hits = _quoted_hits(placed, before.group(2))
        if len(hits) != 1:
            return None
        if before.group(1) != "after":
            start, end = 0.0, placed[hits[0][0]].start
        else:
            sentence = next(((a, b) for a, b in spans if a <= hits[0][1] <= b), hits[0])
            start, end = placed[sentence[1]].end, ctx.duration_s
        if end - start <= 0.05:
            return None
        return Match([step("cut_range", {"start": num(start), "end": num(end)})],
                     f"cut everything {'after' if before.group(1) == 'after' else 'before'} \"{before.group(2)}\" "
                     f"({clock(start)}-{clock(end)})")
    quoted = _QUOTED.search(ctx.text)
    # round 22: "cut 'measure, well,' where i restart that sentence": a clause after the quote that names the sentence
    # says where the words are, not that the sentence goes
    after = re.sub(r"^\s*,?\s*(?:where|when|as|while) (?:i|she|he|we|they) .*$", "", ctx.text[quoted.end():]) if quoted else ""
    if not quoted or not re.match(_REMOVE, ctx.text) or not re.search(
            r"\b(?:line|sentence|question)\b", ctx.text[:quoted.start()] + " " + after):  # round 11: question
        return None
    hits = _quoted_hits(placed, quoted.group(1))
    part = _PART_OF.match(ctx.text[quoted.end():])
    if part is not None and hits:  # "trim 'sort of' at the end of the latte sentence": those words, not the sentence
        return _words_in_sentence(ctx, placed, spans, hits, quoted.group(1), part.group(1))
    whole = sorted({next(((a, b) for a, b in spans if a <= x <= b), (x, y)) for x, y in hits})
    if not whole:  # round 18 (lead): a line quoted a little wrongly is that line, when only one fits
        from editor_app.model.words import quoted_loosely

        whole = quoted_loosely([norm(p.text) for p in placed], spans, quoted.group(1))
    if not whole:
        raise Unclear(f"I can't find \"{quoted.group(1)}\" in what is said on the timeline. Quote the words as they are spoken.")
    if len(whole) > 1:
        which = _WHICH.search(re.sub(r"\"[^\"]*\"", '""', ctx.text))  # round 23: the quote's own "first" picks nothing
        if which is None:
            where = ", ".join(clock(placed[a].start) for a, _ in whole)
            raise Unclear(f"\"{quoted.group(1)}\" is in {len(whole)} sentences (at {where}). Which one: the first or the last?")
        pick = {"first": 0, "1st": 0, "earlier": 0, "second": 1, "2nd": 1, "last": -1, "later": -1}[which.group(1)]
        whole = [whole[pick]] if pick < len(whole) else whole
        if len(whole) > 1:
            return None
    a, b = whole[0]
    answer = _answered(ctx.text, placed, spans, a, b)
    if answer is not None:
        return _cut(placed, a, answer, "the whole line (the question and the answer said with it)")
    return _cut(placed, a, b, "the sentence")


# round 11: "the whole 'would I do it again' sentence": more than the quoted words is asked for
_WHOLE = re.compile(r"\b(?:whole|entire|full|complete)\b")
_BREATH_S = 0.25  # a gap shorter than this between two sentences is no pause: one breath


def _answered(text: str, placed, spans, a: int, b: int) -> int | None:
    """The last word of the answer when the user asks for the *whole* sentence of a quoted question that
    is answered in the same breath ("Would I do it again? Absolutely, ..." with no pause between): to the
    speaker that is one line, the question and its answer. None otherwise, so "the question 'X?'" and a
    question followed by a pause stay the question alone."""
    if not _WHOLE.search(text) or re.search(r"\bquestion\b", text) or not placed[b].text.rstrip().endswith("?"):
        return None
    after = next(((x, y) for x, y in spans if x == b + 1), None)
    if after is None or placed[after[0]].start - placed[b].end >= _BREATH_S or placed[after[1]].text.rstrip().endswith("?"):
        return None
    return after[1]


# After a quote: where in a sentence the quoted words are ("at the end of the latte sentence", "in the line about X")
_PART_OF = re.compile(r"^\s*(?:right |just )?(?:(?:at|off|from) the (?:very )?(?:end|start|beginning|front|back) of|"
                      r"near the (?:end|start) of|in|from|off|"  # round 17: "lose 'so it does' off the end of the X line"
                      r"out of|inside|within) (?:the|that|my|this) ([a-z0-9' -]*?)\s*(?:sentence|line)\b")


def _words_in_sentence(ctx: Ctx, placed, spans, hits, quote: str, qualifier: str) -> Match:
    """The quoted words inside the sentence the request points at; asks when that is not one place."""
    said = stems(qualifier) - {"end", "start", "beginning", "last", "first"}
    chosen = []
    for x, y in hits:
        a, b = next(((a, b) for a, b in spans if a <= x <= b), (x, y))
        sentence = " ".join(p.text for p in placed[a: b + 1])
        if not said or said & stems(sentence):
            chosen.append((x, y))
    if not chosen and len(hits) == 1:
        chosen = list(hits)  # round 13b, cuts: said once in the whole talk, the quote alone says where ("ladling" vs "ladle")
    if len(chosen) != 1:
        where = ", ".join(clock(placed[x].start) for x, _ in (chosen or hits)[:4])
        raise Unclear(f"\"{quote}\" is said {len(chosen or hits)} times there (at {where}). Which one do you mean?")
    x, y = chosen[0]
    return _cut(placed, x, y, "the words")


def cut_sentence(ctx: Ctx) -> Match | None:
    """One sentence named by its place in the talk, by what is done in it, or by a quote of it."""
    if not re.search(_REMOVE, ctx.text):
        return None
    if re.search(r"\b(?:over|cut (?:away )?to)\b", ctx.text):
        return None  # "drop the garage clip over the bit where I ..." places B-roll
    placed, spans = _spans(ctx)
    if not spans:
        return None
    return _by_quote(ctx, placed, spans) or _by_part(ctx, placed, spans) or _by_doing(ctx, placed, spans)


# round 10: "start the video at 'The good bit is'", "make it begin from 'Right, first job'": the start trimmed to a quote;
# round 12: the words unquoted too, when the talk says them
_SUBJECT = r"(?:the video|it|the edit|the talk|the whole thing|my video|the film|things|everything)"
_START_AT = re.compile(rf"^(?:(?:make|have|let) {_SUBJECT} |(?:can|could|should|will) {_SUBJECT} )?(?:start|begin|open|kick off)s? (?:{_SUBJECT} )?(?:off )?"
                       r"(?:right |straight |directly )?(?:(?:at|from) the (?:part|bit|point|place|moment) (?:where|when) i say|"
                       r"at|from|on|with|when i say|where i say) "
                       r"(?:\"(?P<q>[^\"]+)\"|(?P<u>(?:the words? )?[a-z][a-z' ,-]*[a-z]))$")


# unquoted words only after "at", "from" or "where/when I say" (never "with" / "on": those name what is shown)
_SAID_UNQUOTED = re.compile(rf"^(?:(?:make|have|let) {_SUBJECT} |(?:can|could|should|will) {_SUBJECT} )?(?:start|begin)s? (?:{_SUBJECT} )?(?:off )?"
                            r"(?:right |straight |directly )?(?:(?:at|from) the (?:part|bit|point|place|moment) (?:where|when) i say|"
                            r"at|from|when i say|where i say) ")


def start_at_quote(ctx: Ctx) -> Match | None:
    """Everything before the one place the quote is said is cut (every track, rippled); a quote not
    said, or said twice, asks."""
    m = _START_AT.match(ctx.text)
    if m is None:
        return None
    placed, spans = _spans(ctx)
    if not placed:
        return None
    if m.group("q") is None:  # round 12: "start the video at pop the bonnet": the words, unquoted
        words = re.sub(r"^the words? ", "", m.group("u"))
        if not _SAID_UNQUOTED.match(ctx.text) or len(words.split()) < 3 \
                or (re.match(r"(?:the|my|a|an|that|this|our|your) ", words) and len(words.split()) < 5):
            return None  # "open with the car", "start on the bonnet shot": a thing shown, not words said
        hits = _quoted_hits(placed, words)
        if not hits:
            return None  # not the talk's words ("start it with the drone shot"): another intent's
        m = re.match(r"(?P<q>.+)", words)
    else:
        hits = _quoted_hits(placed, m.group("q"))
    if len(hits) != 1:
        said = "not said" if not hits else f"said {len(hits)} times (at {', '.join(clock(placed[a].start) for a, _ in hits[:4])})"
        raise Unclear(f"\"{m.group('q')}\" is {said} on the timeline, so I don't know where the video should start. "
                      "Quote the words as they are spoken.")
    end = placed[hits[0][0]].start
    if end <= 0.05:
        raise Unclear(f"The video already starts at \"{m.group('q')}\".")
    return Match([step("cut_range", {"start": 0, "end": num(end)})],
                 f"cut everything before \"{m.group('q')}\" (0:00-{clock(end)}), so the video starts there")


INTENTS = [start_at_quote, cut_sentence]
