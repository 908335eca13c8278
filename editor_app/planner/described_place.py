"""Where B-roll goes, said as what happens in the talk: "cover my milk frothing explanation with the
steam wand footage", "the side shot should go over where the second shot comes out harsh", "when
the third shot finally comes out right, show GX010388", "GX010391 over the shot that took ages".

Why: the B-roll intent reads a place as a time, a position or a topic said after "about" or "where
I ...". These sentences describe the place in other shapes: a subject that is not the speaker ("where
the string wraps"), a noun with a clause ("the wrap that slipped off"), a topic named as a kind of
talk ("my bridge pin explanation"), the place first ("when X, show Y") or after "cover". They are
reworded into the one shape it reads, "<verb> <media> over the part about <what happens>", and the
project's search finds that passage (a topic the talk does not hold still asks).
"""

from __future__ import annotations

import re

_TALK_NOUN = (r"(?:explanation|story|demo|demonstration|description|tip|anecdote|rant|spiel|advice|instructions|"
              r"walkthrough|bit|part|section|segment|moment|talk|chat)")
_MEDIA_NOUN = r"\b(?:clip|shot|footage|video|photo|picture|image|still|broll|b-roll|recording|pic|screenshot|close-?up)s?\b"
_PLACING = (r"(?:show|put|use|cut to|cut away to|play|add|drop in|bring in|pop in|pop up|throw in|throw|lay|stick|slap|"
            r"overlay|insert|drop)")
_NOT_ME = r"(?!(?:i|i'm|we|we're|you|you're)\b)(?:the|my|our|it|its|it's|that|this|a|he|she|they|there|his|her|their)\b"

# "cover my milk frothing explanation with the steam wand footage"
_COVER = re.compile(rf"^cover (?:up )?(?:the|my|our|that) (?P<where>[a-z0-9' -]+?)(?: {_TALK_NOUN})? (?:with|using) (?P<media>.+)$")
# "when the third shot finally comes out right, show GX010388"
_PLACE_FIRST = re.compile(rf"^(?:right |just )?(?:when|once|as soon as|as|while|the moment) (?P<where>{_NOT_ME}[^,]+), "
                          rf"(?P<rest>{_PLACING}\b.+)$")
# "... over where the second shot comes out harsh", "show X while the string gets pulled"
_OVER_CLAUSE = re.compile(rf"\b(?:(?:over|during|across) (?:the (?:part|bit|moment|section) )?(?:where|when|while)|"
                          rf"(?:while|when|whenever)) (?P<where>{_NOT_ME}.+)$")
# "... over the shot that took ages and barely came out", "over the wrap that slipped off"
_OVER_THING = re.compile(r"\b(?:over|during) (?P<where>(?:the|my|that) (?!(?:part|bit|section|segment|moment|portion|passage|"
                         r"sentence|line)\b)(?:[a-z0-9'-]+ ){1,3}?(?:that|which|where|when|i|we) .+)$")
# "over my bridge pin explanation", "during the snapped pin story"
_OVER_KIND = re.compile(rf"\b(?:over|during|under|across|for) (?:the|my|our) (?P<where>[a-z0-9' /-]+?) "
                        rf"(?P<noun>explanation|story|demo|demonstration|description|tip|anecdote|rant|spiel|walkthrough|"
                        rf"advice|warning|reminder|reveal|aside|joke|instructions|pep talk)\b(?P<tail>.*)$")  # round 10: advice ...
# Round 10: a kind of moment that is itself the topic ("the big reveal", "my little aside"): said with its noun.
_SELF_NAMED = frozenset({"reveal", "aside", "joke"})


def reworded(ctx, text: str) -> str | None:
    """The B-roll request in the shape the B-roll intent reads, or None when it is not one of these
    (or names no B-roll media before the place: "play the music when the intro ends" is not B-roll)."""
    m = _COVER.match(text)
    if m and not re.search(_MEDIA_NOUN, m.group("where")) and not re.search(r"\d", m.group("where")) \
            and _names_broll(ctx, m.group("media")):
        where = re.sub(rf"^{_TALK_NOUN} (?:of|about|on|where|when) ", "", m.group("where"))
        return f"put {m.group('media')} over the part about {where}"
    m = _PLACE_FIRST.match(text)
    if m and _names_broll(ctx, m.group("rest")):
        return f"{m.group('rest')} {_place(ctx, m.group('where'))}"
    if not re.match(rf"(?:{_PLACING}\b|[a-z0-9' _.-]+ (?:should |will |can |must )?(?:go|goes|sit|sits|play|plays|"
                    r"run|runs|come|comes)\b|[a-z0-9' _.-]+ (?:over|during)\b)", text):
        return None
    for pattern in (_OVER_CLAUSE, _OVER_THING, _OVER_KIND):
        m = pattern.search(text)
        if m is None or m.start() == 0 or (m.groupdict().get("tail") or "").strip():
            continue
        before = text[: m.start()].rstrip()
        if _names_broll(ctx, before):
            where = m.group("where")
            if m.groupdict().get("noun") in _SELF_NAMED:
                where = f"{where} {m.group('noun')}"
            return f"{before} {_place(ctx, where)}"
    return None


def _names_broll(ctx, text: str) -> bool:
    """``text`` names a media that can go over the talk (a question about which one counts)."""
    from editor_app.planner.intents.broll import _broll_media
    from editor_app.planner.types import Unclear

    try:
        return _broll_media(ctx, text) is not None
    except Unclear:
        return True


# Words of what happens that any talk has ("goes", "came out"): they do not tell sentences apart.
_GENERIC = frozenset("go goe went gone come came take took get got happen turn start end out off up down in on over away "
                     "around round back through finally just".split())
_IRREGULAR = frozenset("is was are were took came went held got broke ran sat fell made did had began".split())


def _clause(where: str) -> tuple[str, str] | None:
    """(who or what, what happens) of a clause: "the second shot | comes out harsh", "the shot | took ages"."""
    rel = re.match(r"^(?P<s>(?:the|my|our|that|this|a) (?:[a-z0-9'-]+ ){0,3}?[a-z0-9'-]+) (?:that|which|who|i|we) (?P<p>.+)$", where)
    if rel:
        return rel.group("s"), rel.group("p")
    words = where.split()
    if not words or words[0] not in ("the", "my", "our", "that", "this", "a", "it", "its", "his", "her", "their"):
        return None
    for i in range(1, min(len(words), 6)):
        w = words[i]
        if w in _IRREGULAR or (i >= 2 and (re.fullmatch(r"[a-z]+[^s]s", w) or w.endswith("ed"))):
            return " ".join(words[:i]), " ".join(words[i:])
    return None


def _place(ctx, where: str) -> str:
    """Exact times when what happens is said in one sentence and what it happens to is said there or
    just before ("the second shot comes out harsh": the harsh sentence, after the one naming the second
    shot); otherwise the topic, for the project's search."""
    from editor_app.planner.said_in import shared, spoken_sentences, topic_stems

    fallback = f"over the part about {where}"
    parts = _clause(where)
    if parts is None:
        return fallback
    subject = topic_stems(parts[0]) - _GENERIC
    happens = topic_stems(parts[1]) - _GENERIC
    _, spans = spoken_sentences(ctx)
    if not happens or not spans:
        return fallback
    scored = []
    for i, s in enumerate(spans):
        hit = shared(happens, s.text)
        if hit:
            context = " ".join(x.text for x in spans[max(0, i - 2): i + 1])
            scored.append((hit, shared(subject, context), i))
    scored.sort(reverse=True)
    if not scored or (subject and scored[0][1] == 0) or (len(scored) > 1 and scored[1][:2] == scored[0][:2]):
        return fallback
    best = spans[scored[0][2]]
    return f"from {best.start:.3f} s to {best.end:.3f} s"
