"""A story about someone named in the talk, cut as the story it is: "rm the dwayne story entirely", "cut the part where
I roast Dwayne", "lose the femi tangent", "the bit where i slag off ewan" (round 22, lead).

Why: a tangent about a person runs over several sentences, and only one or two of them say the name ("My pal Ewan
once tied in to his gear loop. He got halfway up... He's fine, he buys the coffees now."). Read by its words, the
request asked "which clip should I remove?" or deleted the one sentence that names the person ("So yeah, don't be
Dwayne.") and left the rest of the story in.

Rule: the name must be a proper noun of the talk (said with a capital letter inside a sentence). The sentences that
say it are grouped into runs (mentions at most two sentences apart, and the sentences between), and a run goes on
over the sentences right after it that open with "he", "she", "they" or "his"/"her" (the story continued). The story
is the one run of two sentences or more; a name only ever said in passing, or in two separate stories, is left to
the other readings (which ask). A line or a sentence ("the line where I mention Femi") is one sentence: not read here.
"""

from __future__ import annotations

import re

from editor_app.model.words import norm
from editor_app.planner.intents.described_cut import _cut
from editor_app.planner.said_in import spoken_sentences
from editor_app.planner.types import Ctx, Match

_REMOVE = re.compile(r"\b(?:cut|remove|delete|lose|drop|bin|ditch|scrap|skip|kill|axe|nix|get rid of|take out|chop)\b")
_STORY = r"(?:story|tangent|aside|anecdote|rant|saga|digression|bit|part|section|stuff|business)"
_NAMED_STORY = re.compile(rf"\b(?:the|my|that|this|his|her|our)(?: whole| entire| little| long)? (?P<name>[a-z][a-z'-]+?)(?:'s)? "
                          rf"{_STORY}\b")
_STORY_ABOUT = re.compile(rf"\b(?:the|my|that|this)(?: whole| entire| little| long)? {_STORY} (?:(?:about|with|on|of) |"
                          r"(?:where|when) (?:i'm|im|i am|i|he's|he|she's|she|you|we) )"
                          r"(?P<words>(?:[a-z'-]+ ){0,5}[a-z'-]+)")
_CONTINUES = frozenset("he she they his her he's she's they're him".split())


def _proper(placed, name: str) -> bool:
    """Said with a capital letter somewhere but at a sentence's start."""
    for i, word in enumerate(placed):
        if norm(word.text).replace("'s", "") == name and word.text[:1].isupper() and i > 0 \
                and not placed[i - 1].text.rstrip().endswith((".", "!", "?")):
            return True
    return False


_HE = frozenset("he him his he's hes".split())
_SHE = frozenset("she her hers she's shes".split())
# a sentence opening with these goes back to the main thread ("Anyway, the knotless way is ..."): the tangent is over
_BACK = frozenset("anyway anyways right now okay ok so back where".split())


def _pronouns_of(placed, sentences) -> frozenset[str]:
    """The pronouns the sentences naming the person use for them ("God love him, ... and he varnished it": he/him/his);
    empty when they use none or both kinds (then only a sentence opening with a pronoun goes on with the story)."""
    said = {norm(placed[k].text) for s in sentences for k in range(s.first, s.last + 1)}
    he, she = bool(said & _HE), bool(said & _SHE)
    return _HE if he and not she else _SHE if she and not he else frozenset()


def _continues(placed, span, gendered: frozenset[str] = frozenset()) -> bool:
    """The sentence goes on about the person: it opens with a pronoun, or (round 23) says the person's own pronoun
    anywhere ("Well, the varnish went all cloudy ..., and he was giving out about it") unless it opens by going back to
    the main thread ("Anyway, ...")."""
    said = [norm(placed[k].text) for k in range(span.first, span.last + 1)]
    if not said or said[0] in _BACK:
        return False
    return said[0] in _CONTINUES or bool(gendered and any(w in gendered for w in said))


def _sound(word: str) -> str:
    """How a name sounds, near enough for a misspelling ("mossy" for Mossie, "gunner" for Gunnar)."""
    word = re.sub(r"(.)\1", r"\1", word)  # "dott" for Dot
    return re.sub(r"(?:ie|ey|ee|y|i)$", "y", re.sub(r"(?:er|ar|or)$", "er", word))


def _names(placed) -> dict[str, str]:
    """Proper nouns of the talk by how they sound -> as the talk spells them."""
    out: dict[str, str] = {}
    for i, word in enumerate(placed):
        w = norm(word.text).replace("'s", "")
        if word.text[:1].isupper() and i > 0 and not placed[i - 1].text.rstrip().endswith((".", "!", "?")) \
                and len(w) >= 3 and w.isalpha():
            out.setdefault(_sound(w), w)
    return out


def named(ctx: Ctx, word: str) -> str | None:
    """The talk's proper noun that ``word`` names: itself, a misspelling of it ("mossy"), or the role the talk gives
    the person right before the name ("the neighbour" for "My neighbour Mossie") (round 23)."""
    placed, _ = spoken_sentences(ctx)
    names = _names(placed)
    if not names or len(word) < 3:
        return None
    longer = {n for n in names.values() if len(n) > len(word) and n.startswith(word)}
    if len(longer) == 1:  # round 24: "uncle trev" is Trevor (the talk says both; the story names him in full)
        return next(iter(longer))
    if word in names.values():
        return word
    if _sound(word) in names and word[:2] == names[_sound(word)][:2]:
        return names[_sound(word)]
    roles = {names[_sound(norm(placed[i + 1].text).replace("'s", ""))]
             for i in range(len(placed) - 1)
             if norm(placed[i].text).rstrip("s") == word.rstrip("s") and len(word) >= 4
             and _sound(norm(placed[i + 1].text).replace("'s", "")) in names
             and placed[i + 1].text[:1].isupper() and not placed[i].text.rstrip().endswith((",", ".", "!", "?"))}
    return next(iter(roles)) if len(roles) == 1 else None


def _names_them(text: str, name: str) -> bool:
    """The word is the name, or (round 24) its short form said with a capital ("Anyway, Trev's not allowed near a
    bowser anymore" ends the Trevor story: it had been left in when the story was cut)."""
    word = norm(text).replace("'s", "")
    return word == name or (len(word) >= 3 and len(name) > len(word) and name.startswith(word) and text[:1].isupper())


def story_of(ctx: Ctx, name: str, only: bool = False):
    """The sentences of the one story about ``name`` (two or more), or None; with ``only``, None too when the name is
    also said outside that story."""
    placed, spans = spoken_sentences(ctx)
    if not spans or not _proper(placed, name):
        return None
    mentions = [i for i, s in enumerate(spans) if any(_names_them(placed[k].text, name) for k in range(s.first, s.last + 1))]
    runs: list[list[int]] = []
    for i in mentions:
        if runs and i - runs[-1][-1] <= 2:
            runs[-1].extend(range(runs[-1][-1] + 1, i + 1))
        else:
            runs.append([i])
    gendered = _pronouns_of(placed, [spans[i] for i in mentions])
    for run in runs:
        while run[-1] + 1 < len(spans) and len(run) < 6 and _continues(placed, spans[run[-1] + 1], gendered):
            run.append(run[-1] + 1)
    stories = [run for run in runs if len(run) >= 2]
    if len(stories) != 1 or (only and len(runs) > 1):
        return None
    return [spans[i] for i in stories[0]]


def cut_person_story(ctx: Ctx) -> Match | None:
    t = ctx.text
    if '"' in t or not _REMOVE.search(t) or re.search(r"\b(?:over|under|on top of|line|sentence)\b", t) \
            or re.search(r"\bfrom\b.*\b(?:to|till|until|through|thru)\b|\bonwards\b|\bon from\b", t):
        return None  # "cut from the femi bit to the end" is a range (intents/stretch.py)
    # "the tunde bit" (a bit, not a story) with Tunde also said in passing elsewhere: which bit is not said (others ask);
    # "the tunde story", "the bit where I slag off Tunde" say the story
    names = [(m.group("name"), bool(re.search(r"\b(?:bit|part|section|stuff|business)$", m.group(0))))
             for m in _NAMED_STORY.finditer(t)]
    names += [(w, False) for m in _STORY_ABOUT.finditer(t) for w in m.group("words").split()]
    if re.search(r"\b(?:an?|the|one|that|this)(?: little| single| stray)? (?:umm?|uhh?|erm?|ah|\"[^\"]+\"|word|tic|filler|pause|gap"
                 r"|silence|swear ?word)s? (?:in|from|during|inside|in the middle of|at the (?:start|end) of|near the (?:start|end) of)\b", t):
        return None  # round 23: "there's an um in the middle of the janet rant, lose it": the um, not the rant
    if re.search(r"\b(?:and|then|plus|also)(?: also)? (?:the|my|all|every|each|that|this|those|these|cut|remove|delete|lose|"
                 r"drop|get rid|take)\b", t):
        return None  # round 23: "cut the mossy story and the bit about Aoife": two cuts (intents/several.py splits them)
    for word, loose in dict.fromkeys(names):
        name = named(ctx, word)
        if name is None:
            continue
        sentences = story_of(ctx, name, only=loose)
        if sentences is not None:
            placed, _ = spoken_sentences(ctx)
            return _cut(placed, sentences, f"the story about {name.capitalize()}, all {len(sentences)} sentences:")
    return None


INTENTS = [cut_person_story]
