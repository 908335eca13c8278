"""An answer to the planner's own question completes the request that raised it (round 11b).

Why: "put the gopro clip at 1:10" with two GoPro clips asks "which one do you mean ...?"; the
reply "the midsole one" is an answer, not a new request. Read alone it names no action, so it
was not understood. Here the asked-about request is said again with the answer in place of
the phrase that was ambiguous ("put the midsole gopro clip at 1:10"), and planned as usual: if
the answer still fits two media, or none, the ordinary intents ask again; nothing is guessed.
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.planner.word_kin import content_words, held_in

# A bare answer: "the midsole one", "midsole", "the second one", "GX010731", "the upper clip please".
_ANSWER = re.compile(r"^(?:(?:oh|ah|um+|er+|sorry|yeah|yes|ok|okay|i mean|i meant|it's|its|that's|use|go with)[ ,]+)*"
                     r"(?P<what>(?:the |that |my )?(?:[a-z0-9_.&'-]+ ){0,3}?[a-z0-9_.&'-]+)(?: (?:please|thanks|pls))?$")
# The question the planner asked: "which ... do you mean", "which one", "which GoPro clip?".
_ASKED = re.compile(r"\bwhich\b[^?]*\?|\bdo you mean\b", re.I)
# In the asked-about request, the phrase the question was about: "the gopro clip", "that pixel one".
_PHRASE = re.compile(r"(?:\b(?:the|that|this|my|a|an) |^)(?P<words>(?:[a-z0-9_.&'-]+ ){0,3}?)(?P<noun>clip|one|shot|video|footage|photo|"
                     r"picture|pic|still|image|b-?roll)\b")
_NOUNS = ("clip", "one", "shot", "video", "footage", "photo", "picture", "pic", "still", "image")
# Round 13b: an answer that describes what the file shows, "the one where the lid is off", "the clip
# with the flour going in", "the one that shows the crown": longer than a bare name, so it is read
# as its description words alone, and only the offered file whose own words share the most of them
# is chosen (a tie or no overlap leaves the question unanswered, as before).
_DESCRIBED = re.compile(r"^(?:(?:oh|ah|um+|er+|sorry|yeah|yes|no|ok|okay|i mean|i meant|it's|its|that's|i want|go with)[ ,]+)*"
                        r"(?:the|that) (?:one|clip|shot|video|footage|photo|picture|pic|still|image)"
                        r" (?:where|with|that (?:shows?|has)|which (?:shows?|has)|showing|of|in which|when"
                        r"|in|on|inside|from|without)"  # round 16: "the one in the old plastic pot"
                        r" (?P<what>(?:[a-z0-9_.&'-]+ ){0,9}[a-z0-9_.&'-]+)(?: (?:please|thanks|pls))?$")


def completed(text: str, memory: Any, project: Any) -> str | None:
    """The earlier request with ``text`` (an answer to the question it raised) in place of its
    ambiguous phrase, or None when the last turn asked nothing or ``text`` is not a bare answer."""
    if memory is None:
        return None
    turns = [t for t in memory.turns(4) if t.kind != "note"]
    if not turns:
        return None
    last = turns[-1]
    if last.applied or last.kind != "unclear" or not _ASKED.search(last.reply or ""):
        return None
    answer = _DESCRIBED.match(text.strip(" .!?").lower()) or _ANSWER.match(text.strip(" .!?"))  # round 17: described first
    if answer is None:
        return None
    what = answer.group("what")
    from editor_app.planner.vocab import VERBS

    if answer.re is _ANSWER and what.split(" ", 1)[0] in VERBS:  # round 17: "the one where I try it on" is no request
        return None  # a new request, not an answer
    first = _first_asked(turns)
    asked, question = first.message.lower(), first.reply or ""
    phrase = _PHRASE.search(asked)
    if phrase is None:
        return None
    from editor_app.planner.offered_pick import picked

    chosen = picked(what, question, project)  # round 16: "the second", "the longer one"
    words = re.sub(r"^(?:the|that|my) ", "", what)
    words = re.sub(rf"\s*\b(?:{'|'.join(_NOUNS)})$", "", words).strip()
    if not words and chosen is None:
        return None
    chosen = chosen or _offered_one(words, question, project)
    if chosen is None and answer.re is _DESCRIBED:
        chosen = _described_elsewhere(f"{phrase.group('words')} {what}", question, project)
        offered = [a.name for a in _offered(question, project)]
        if chosen is None and len(offered) >= 2:
            from editor_app.planner.types import Unclear

            # round 17: say that the description fits none of them, and ask again (was "I didn't understand")
            raise Unclear(f"None of the files I offered shows \"{what}\", so I changed nothing. Which one do you mean: "
                          f"{' or '.join(offered)}?" if len(offered) <= 6 else
                          f"No file in this project shows \"{what}\", so I changed nothing. Which one do you mean?")
    if chosen is None:
        return None
    if phrase.start() == 0 and re.match(r"\s+(?:at|over|on|during|from|in at)\b", asked[phrase.end():]):  # round 22: "iphone clip at 1:40" (no verb, no "the": a placement): "put the IMG_0736.MOV clip at 1:40"
        return f"put the {chosen} {phrase.group('noun')}{asked[phrase.end():]}"
    return f"{asked[:phrase.start()]}{chosen}{asked[phrase.end():]}"


def _offered(question: str, project: Any) -> list:
    """The media the planner's question named, in the project's order."""
    return [a for a in project.media.values() if a.name and a.name.lower() in question.lower()]


def _first_asked(turns: list) -> Any:
    """The request that raised the question: past answers that fitted none of the files offered (round 17)."""
    at = len(turns) - 1
    while at > 0 and _ASKED_AGAIN.match(turns[at].reply or "") and turns[at - 1].kind == "unclear" and not turns[at - 1].applied:
        at -= 1
    return turns[at]


_ASKED_AGAIN = re.compile(r"(?:None of the files I offered|No file in this project) shows ")


def _offered_one(words: str, question: str, project: Any) -> str | None:
    """The name of the one media the question offered whose own words hold the answer's words, else None."""
    from editor_app.planner.media_refs import own_words
    from editor_app.planner.meaning import stems

    offered = _offered(question, project)
    if len(offered) < 2:
        return None
    said = stems(words)
    exact = [a for a in offered if a.name.lower() == words or a.name.lower().rsplit(".", 1)[0] == words]
    if len(exact) == 1:
        return exact[0].name
    scored = [(len(said & stems(own_words(a))), a) for a in offered]
    best = max(n for n, _ in scored)
    top = [a for n, a in scored if n == best]
    if best <= 0 or len(top) != 1:
        return None
    return top[0].name if _holds_most(words, top[0], project) else None


def _holds_most(words: str, chosen: Any, project: Any) -> bool:
    """Round 17: the chosen media holds at least half of the answer's content words (exactly or by relation),
    and no word it lacks is a thing no media of the project shows. "the one where I'm pressing the new grout in",
    answering a question that offered a kite's files, had chosen the one described "the new carbon spar being
    pushed" for "new" and "pressing"; grout is in none of them."""
    from editor_app.planner.media_refs import own_words

    wanted = [w for w in dict.fromkeys(content_words(words)) if w not in _SAYS_NOTHING]
    lacking = [w for w in wanted if not _held(w, own_words(chosen))]
    if any(_thing(w) and not any(_held(w, own_words(a)) for a in project.media.values()) for w in lacking):
        return False
    return (len(wanted) - len(lacking)) * 2 >= len(wanted)


# Words of an answer that say how it describes, not what the file shows: "the one that shows the crown".
_SAYS_NOTHING = frozenset("show shows showing shown has have having one".split())


def _thing(word: str) -> bool:
    """A noun that is no adjective or adverb ("grout", not "hard" in "the one where it's boiling hard")."""
    from editor_app.planner.unsaid import word_lexicon

    lexicon = word_lexicon()
    poses = {pos for _, pos in lexicon.lemmas(word)} if lexicon is not None else set()
    return "n" in poses and not poses & {"a", "s", "r"}


def _held(word: str, own: str) -> bool:
    """``word`` is one of ``own``'s content words, in its form or by relation."""
    return held_in(word, content_words(own))


def _described_elsewhere(words: str, question: str, project: Any) -> str | None:
    """Round 17: the one media of the offered kind that the asked phrase's words and the answer's description
    fit ("the strings clip" answered "the one where I'm cutting them with the clippers": the phone clip described
    "snipping the old strings with nail clippers", which the question, offering two files named "strings", left
    out). Every word must be held by the media, exactly or by relation; a tie or nothing is no answer."""
    from editor_app.planner.media_refs import own_words
    from editor_app.planner.word_kin import related_described

    offered = _offered(question, project)
    if len(offered) < 2:
        return None
    pictures = any(a.has_video or a.duration is None for a in offered)
    pool = [a for a in project.media.values() if (a.has_video or a.duration is None) == pictures]
    found = related_described(words, pool, own_words)
    return found[0].name if len(found) == 1 else None


# Round 13 (confirm): the answer to "Do you want X instead of the clip I just placed (...), or as well,
# somewhere else?" (planner/adjust.py, after "no, the other one"). "yes", "instead", "use it instead",
# "swap them" mean X replaces the placed clip; anything else is read as said (the place for "as well"
# has to be said, so it is never guessed).
_INSTEAD_ASKED = re.compile(r"^Do you want (?P<name>.+?) instead of the clip I just placed\b")
_INSTEAD = re.compile(r"^(?:(?:yes|yeah|yep|yup|ya|sure|ok|okay|right|correct|exactly|please|pls|oh|um+|sorry)[ ,!.]*)*"
                      r"(?:(?:(?:use|put|go with|take|want|i want|i meant|i mean|swap in|do) )?(?:it|that|that one|this one|the other one|"
                      r"the [a-z0-9_. -]+|[a-z0-9_.-]+) )?(?:instead(?: of (?:it|that|the first one|that one))?|in its place|"
                      r"to replace it|replace it|swap (?:it|them)(?: over)?|swap)(?: please| pls| thanks)*$"
                      r"|^(?:yes|yeah|yep|yup|ya|sure|yes please|please do|do it|go ahead|ok|okay|correct|exactly)(?: please| thanks)*$")


# "as well, at 1:20", "both, put it over the bit about the back panel": the other file too, where said
_AS_WELL = re.compile(r"^(?:(?:yes|yeah|yep|no|nope|nah|ok|okay)[ ,]+)?(?:as well|both|keep both|too|also|in addition)"
                      r"[ ,]+(?:(?:put|place|add|stick) (?:it|that|the other one) )?(?P<where>(?:at|over|on|when|where|during|from|in) .+)$")


def instead_answer(text: str, memory: Any, project: Any) -> str | None:
    """"replace c3 with IMG_2240.MOV" for "yes, instead" after the planner asked whether the look-alike
    file should go instead of the clip just placed, else None."""
    if memory is None:
        return None
    turns = [t for t in memory.turns(4) if t.kind != "note"]
    if not turns or turns[-1].applied or not turns[-1].reply:
        return None
    asked = _INSTEAD_ASKED.match(turns[-1].reply)
    if asked is None:
        return None
    both = _AS_WELL.match(text.strip(" .!?"))
    if both and any(m.name == asked.group("name") for m in project.media.values()):
        return f"put {asked.group('name').lower()} {both.group('where')}"  # the place said is planned as usual
    if not _INSTEAD.match(text.strip(" .!?")):
        return None
    last = memory.last_edit()
    if last is None or len(last.clip_ids) != 1 or project.find_clip(last.clip_ids[0]) is None:
        return None
    name = asked.group("name")
    said = re.search(r"\b(?:use|put|go with|take|want|mean|meant) (?!it\b|that\b|this\b)(?P<n>[a-z0-9_. -]+?) instead\b", text)
    if said and said.group("n").strip() not in name.lower():
        return None  # a different file named: read as said
    if not any(m.name == name for m in project.media.values()):
        return None
    return f"replace {last.clip_ids[0]} with {name.lower()}"
