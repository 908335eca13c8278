"""A word the speaker says too often, named as the thing to cut: "cut all the literallys", "take out both
lowkeys", "remove every basically" (round 18, lead).

Why: filler words the planner knows (um, uh, like, you know) had their own intent, but a speaker's own tic
("literally", "lowkey", "bro", "honestly") said in the plural read as a clip to remove ("Which clip should I
remove?"). The cut of a word everywhere it is said already exists ("cut the word X everywhere"); this turns
the tic, said as a countable thing, into that request.

Rule: a removal verb, then "all (the) / every / each / both / the" and one word, plural or not, that is a
word of the talk on the timeline, is no noun a person would cut as a thing (a noun of the talk: "cut all
the bearings" may mean clips of them), is in no media's name or description, and is not the name of
something an editor removes (pauses, clips, titles). "both" that does not fit the count asks (the cut
intent lists where the word is said). A second object joined by "and" ("and both lowkeys") is a second cut.
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.model.words import FILLERS, OPTIONAL_FILLERS, find_phrase, norm

_VERB = (r"(?:(?:pls|please|can you|could you|can u|could u|just|now|ok|okay|so)\s+)*"
         r"(?:cut|remove|delete|take out|get rid of|lose|strip|drop|kill|bin|trim|ditch|chop)(?:\s+out)?")
_QUANT = r"(?P<q>all\s+(?:of\s+)?(?:the\s+|my\s+|his\s+|her\s+|their\s+|those\s+)?|every\s+(?:single\s+)?|each\s+|both\s+(?:of\s+)?(?:the\s+|my\s+)?|the\s+)"
_OBJECT = rf"{_QUANT}['\"]?(?P<tok>[a-z][a-z']*?)['\"]?"
_FIRST = re.compile(rf"^(?P<verb>{_VERB})\s+{_OBJECT}(?=$|[\s,.!?;])(?P<tail>.*)$")
_MORE = re.compile(rf"^\s*(?:,\s*)?(?:and|&|\+|plus)\s+{_OBJECT}(?=$|[\s,.!?;])(?P<tail>.*)$")
# What the tail may say after the object: why, or how often ("i say it way too much", "he says it loads")
_WHY = re.compile(r"^\s*(?:[,.!;:-]+\s*|\s+(?:coz|cause|cos|because|as|since|i|im|i'm|he|she|they|it|its|it's|pls|please|"
                  r"thx|thanks|fr|lol|tbh|ngl|from|in|out of)\b).*$|^\s*[.!?]*\s*$")
# Things an editor removes, not words: never read as a spoken word, whatever the talk says
_EDITING = frozenset("clip clips pause pauses silence silences gap gaps title titles caption captions filler fillers um ums uh "
                     "uhs er ers word words sentence sentences line lines bit bits part parts breath breaths retake retakes "
                     "mistake mistakes transition transitions effect effects shot shots photo photos picture pictures video "
                     "videos music sound sounds noise noises cut cuts take takes broll footage stutter stutters repeat "
                     "repeats like likes so".split())


def _forms(token: str) -> list[str]:
    """The word a plural names: "literallys" -> literally, "bros" -> bro, "lowkeys" -> lowkey."""
    token = token.strip("'")
    forms = [token]
    for suffix, repl in (("'s", ""), ("ies", "y"), ("es", ""), ("s", "")):
        if token.endswith(suffix) and len(token) - len(suffix) >= 2:
            forms.append(token[: -len(suffix)] + repl)
    return list(dict.fromkeys(forms))


def _noun(word: str) -> bool:
    from editor_app.planner.unsaid import word_lexicon

    lexicon = word_lexicon()
    return lexicon is not None and any(pos == "n" for _, pos in lexicon.lemmas(word))


def as_spoken(text: str) -> str:
    """Quoted or typed words as they would be heard: punctuation between them gone ('"yes?"' -> "yes")."""
    return re.sub(r"[^\w' ]+", " ", text).strip()


def heard_words(project: Any) -> list[str]:
    """Every word said by the clips on the timeline, normalised."""
    from editor_app.planner.said_in import spoken_sentences
    from editor_app.planner.types import Ctx

    placed, _ = spoken_sentences(Ctx("", project, [], None, None, [], None, None))
    return [norm(p.text).replace("'", "") for p in placed]


def _word(token: str, quant: str, said: list[str], project: Any) -> str | None:
    """The spoken word ``token`` names as a thing to cut, or None."""
    from editor_app.planner.media_refs import own_words

    for form in _forms(token):
        if form in _EDITING or form not in said:
            continue
        plural = form != token.strip("'")
        if quant.strip() == "the" and not plural:
            return None  # "cut the honestly": not said as a countable thing
        if _noun(form) or any(re.search(rf"\b{re.escape(form)}\b", own_words(a).lower()) for a in project.media.values()):
            return None
        return form
    return None


# Round 21: "all the you know what i means": a phrase of the talk made plural, every time it is said
_EVERY = re.compile(r"\b(?:all (?:of )?(?:the |his |her |my |those |me )|every (?:single )?|each )(?=[a-z])")  # not "all along"


def plural_phrase_quoted(text: str, project: Any) -> str | None:
    """'lose all the you know what i means' -> 'lose every "you know what i mean"' when the phrase (three words or
    more, the longest said) is said at least twice in the talk; removing fillers had taken "you know" and left
    "what I mean"."""
    if project is None or '"' in text:
        return None
    said = None
    for m in _EVERY.finditer(text):
        rest = re.match(r"[a-z' ]+", text[m.end():])
        words = rest.group(0).split()[:10] if rest else []
        for size in range(len(words), 2, -1):
            phrase = " ".join(words[:size])
            for form in (phrase, re.sub(r"(?:'s|s)$", "", phrase)):
                said = said if said is not None else heard_words(project)
                if len(find_phrase(said, as_spoken(form))) >= 2:
                    end = m.end() + len(phrase)
                    return f'{text[:m.start()]}every "{form}"{text[end:]}'
    return None


def spoken_word_cuts(text: str, project: Any) -> str | None:
    """``text`` with "cut all the Xs" as "cut the word X everywhere" (and a second "and both Ys" as a second
    cut); None when the object is not a word of the talk said as a countable thing."""
    first = _FIRST.match(text.strip())
    if first is None or project is None:
        return None
    said = heard_words(project)
    if not said:
        return None
    objects, tail = [(first.group("q"), first.group("tok"))], first.group("tail")
    more = _MORE.match(tail)
    while more is not None:
        objects.append((more.group("q"), more.group("tok")))
        tail = more.group("tail")
        more = _MORE.match(tail)
    if not _WHY.match(tail):
        return None  # "cut all the bros over the intro ..." says more than which words: leave it to the intents
    cuts = []
    for quant, token in objects:
        word = _word(token, quant, said, project)
        if word is None:
            return None
        count = said.count(word)
        if quant.startswith("both") and count != 2:
            cuts.append(f"cut the word {word}")  # asks: "X is said N times (at ...)"
        else:
            cuts.append(f"cut the word {word} everywhere")
    return ", then ".join(cuts)


# "cut every 'how you say'", "remove all the 'yes?'", "take 'you know' out everywhere" (round 19): quoted words, every time
_QUOTED_ALL = re.compile(rf"^(?P<verb>{_VERB}|take)\s+(?P<q>all\s+(?:of\s+)?(?:the\s+|my\s+|his\s+|her\s+|those\s+)?|"
                         r"every\s+(?:single\s+)?(?:one of\s+)?(?:the\s+)?|each\s+|both\s+(?:of\s+)?(?:the\s+)?)?"
                         r"(?:the\s+(?:words?|phrase)\s+)?\"(?P<p>[^\"]+)\"(?:s|'s)?(?:\s+out)?"
                         r"(?P<e>\s+(?:everywhere|every time|each time|throughout|all over|wherever (?:i|he|she|they) says? (?:it|that)))?"
                         r"(?P<tail>.*)$")


def quoted_everywhere(text: str, project: Any) -> str | None:
    """'cut every "how you say"' -> "cut the phrase how you say everywhere" when the words are said on the timeline
    ("both" said of words heard more or less than twice: the plain cut, which asks where); None otherwise."""
    m = _QUOTED_ALL.match(text.strip())
    if m is None or project is None or not (m.group("q") or m.group("e")) or not _WHY.match(m.group("tail")):
        return None
    phrase = as_spoken(m.group("p"))
    if phrase.lower() in FILLERS["en"] + OPTIONAL_FILLERS["en"]:
        return None  # "remove every 'so'": the filler tool, which knows a filler from the word
    said = heard_words(project)
    if not phrase or not said:
        return None
    hits = find_phrase(said, phrase)  # none: the cut says the words are not heard (never "which clip?")
    if (m.group("q") or "").startswith("both") and len(hits) != 2:
        return f'cut the phrase "{phrase}"'
    return f'cut the phrase "{phrase}" everywhere'


# "remove the bro in dont lose the nut bro": a word, then the words it is said in, unquoted
_IN_SAID = re.compile(rf"^(?P<verb>{_VERB})\s+(?:the\s+(?:word\s+)?)?['\"]?(?P<w>[a-z][a-z']*)['\"]?\s+(?:in|from|out of|at the end of|"
                      r"at the start of)\s+(?:where (?:i|he|she|they) says?\s+)?(?P<line>[a-z][a-z' ]+[a-z])\s*[.!?]?$")
# "the word honestly at the end of the spares sentence": the word's place in a line said by what it is about
_WORD_AT_EDGE = re.compile(r"\b(?P<head>the word\s+['\"]?[a-z']+['\"]?)\s+at the (?:very\s+)?(?:end|start|beginning) of\s+"
                           r"(?=(?:the|that|my|his|her)\s)")


def word_in_said_line(text: str, project: Any) -> str | None:
    """"remove the bro in dont lose the nut bro" -> 'remove "bro" from "dont lose the nut bro"' when the words
    after "in" are said once on the timeline and hold the word; "the word X at the end of the Y sentence" ->
    "the word X in the Y sentence". None otherwise."""
    edge = _WORD_AT_EDGE.search(text)
    if edge is not None:
        return text[: edge.start()] + edge.group("head") + " in " + text[edge.end():]
    said = _IN_SAID.match(text.strip())
    if said is None or project is None or len(said.group("line").split()) < 3:
        return None
    from editor_app.model.words import find_phrase

    spoken = heard_words(project)
    line, word = said.group("line"), said.group("w")
    hits = find_phrase(spoken, line)
    if len(hits) != 1 or norm(word).replace("'", "") not in spoken[hits[0][0]: hits[0][1] + 1]:
        return None
    return f'{said.group("verb")} "{word}" from "{line}"'


# "um before 'or just bin them', cut it", "there's an um in the hammer sentence, only that one": the filler said first,
# located by the words around it, then its removal (or only "only that one")
_FILLER_FIRST = re.compile(r"^(?:(?:so|ok|okay|and|also) )*(?:there(?:'s| is) (?:an? |one )?|the |that |one )?(?P<f>umm?|uhh?|erm?|ah)"
                           r"(?P<where> (?:right |just )?(?:before|after|in|inside|at|near|between|from) (?:\"[^\"]*\"|[^,\"])+?),? "
                           r"(?:(?:can you |could you |pls |please |just )?(?:cut|remove|delete|lose|bin|kill|drop|take out|get rid of) "
                           r"(?:it|that|that one|this one)(?: out)?(?: (?:only|pls|please))?|(?:only|just) (?:that|this) one|that one only)[.!]*$")


# "the uh right at the start of 'I used an orbital sander'": the filler before the quoted words (a quote then "line" or
# "sentence" names the line the filler is in, read as before)
_AT_EDGE_OF_QUOTE = re.compile(r"\b(umm?|uhh?|erm?|ah)s? (?:right |just )?at the (?:very )?(start|beginning|end) of (\"[^\"]+\")"
                               r"(?! ?(?:line|sentence|bit|part|section)\b)")


def filler_said_first(text: str) -> str | None:
    """"um before 'X', cut it" -> 'cut the um before "X"'; None when not so said."""
    edged = _AT_EDGE_OF_QUOTE.sub(lambda m: f"{m.group(1)} {'after' if m.group(2) == 'end' else 'before'} {m.group(3)}", text)
    m = _FILLER_FIRST.match(edged.strip())
    if m is not None:
        return f"cut the {m.group('f')}{m.group('where')}"
    return edged if edged != text else None


# "remove um between 'dry the knife' and 'never put it in the dishwasher'": the filler said between two quotes is the one
# right after the first (never the words from one quote to the other); "after 'X' the pause is too long": the pause after X
_FILLER_BETWEEN = re.compile(r"\b(?:the |an? |that )?(umm?|uhh?|erm?|ah) (?:right |just )?between (\"[^\"]+\") and \"[^\"]+\"")
_PLACE_FIRST_PAUSE = re.compile(r"^(?P<edge>after|before) (?P<q>\"[^\"]+\"),? the (?P<what>pause|gap|silence) (?P<rest>(?:is|'s|feels|seems|goes on) .+)$")


def said_between(text: str) -> str | None:
    """'remove um between "A" and "B"' -> 'remove the um after "A"'; 'after "X" the pause is too long' -> 'the pause after
    "X" is too long'; None when not so said."""
    place = _PLACE_FIRST_PAUSE.match(text.strip())
    if place is not None:
        return f"the {place.group('what')} {place.group('edge')} {place.group('q')} {place.group('rest')}"
    found = _FILLER_BETWEEN.search(text)
    if found is None:
        return None
    return f"{text[:found.start()]}the {found.group(1)} after {found.group(2)}{text[found.end():]}"
