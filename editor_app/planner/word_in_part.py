"""A word or a few words to cut, placed by the sentence they are in: "cut the och at the start of the mould
sentence", "cut the you see in the too runny sentence", "take 'you see' out of the Jim line", "cut 'bless her' off
the end of the Agnes bit" (round 19, lead).

Why: the cut of "the word X in the Y sentence" existed (intents/words.py), but said without "the word", the
sentence named after it was read as the thing to cut, and the WHOLE sentence went (two blind suites' destructive
misses). A short object that is said in the talk, followed by where in a part of the talk it is said, is a word to
cut there; a filler ("the uh in rinse the sponge") stays a filler, placed by the quoted line.
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.model.words import FILLERS, find_phrase, norm
from editor_app.planner.spoken_word import as_spoken, heard_words

_VERB = (r"(?:(?:pls|please|can you|could you|can u|just|now|ok|okay|so)\s+)*"
         r"(?:cut|remove|delete|take out|get rid of|lose|strip|drop|kill|bin|trim|ditch|chop|take|snip)")
_WHERE = (r"(?:right\s+|just\s+)?(?P<edge>at the (?:very\s+)?(?:start|beginning|end) of|in|from|out of|inside|"
          r"off(?: the (?:very\s+)?(?:end|start|beginning) of)?|at the (?:very\s+)?(?:start|beginning|end) of)")
_SAID = re.compile(rf"^(?P<verb>{_VERB})\s+(?:the\s+|that\s+|this\s+|an?\s+|one\s+)?(?P<w>\"[^\"]+\"|[a-z']+(?:\s+[a-z']+){{0,2}}?)"
                   rf"(?:\s+out)?\s+{_WHERE}\s+(?P<where>(?:the|my|that|her|his)\s+.+?|\"[^\"]+\"|[a-z][a-z' ,]+[a-z])\s*[.!]*$")
# Things an editor cuts, not words: never read as the words to cut
_EDITING = frozenset("clip clips pause pauses silence silences gap gaps title titles caption captions filler fillers word words "
                     "sentence sentences line lines bit bits part parts breath breaths retake retakes mistake mistakes "
                     "music sound sounds noise noises take takes shot shots video footage end start beginning intro outro "
                     "first last second seconds rest whole everything".split())
# "remove the yes after 'check with your thumb for the burr'": the word said right next to quoted words
_NEXT_TO = re.compile(rf"^(?P<verb>{_VERB})\s+(?:the\s+|that\s+|an?\s+)?(?P<w>\"[^\"]+\"|[a-z']+(?:\s+[a-z']+)?)\s+(?:right\s+|just\s+|straight\s+)?"
                      r"(?P<side>after|before)\s+(?P<q>\"[^\"]+\")\s*[.!]*$")
_PART = re.compile(r"\b(?:line|sentence|bit|part|remark|story|section|aside)\s*$")


def word_in_part(text: str, project: Any) -> str | None:
    """'cut the och at the start of the mould sentence' -> 'cut the word och in the mould sentence'; a filler ->
    'cut the uh in "rinse the sponge"'; None when the object is not words said in the talk."""
    # round 19: "remove uh in sentence about hop": the article a non-native writer leaves out
    text = re.sub(r"\b(in|from|out of|of) (sentence|line|bit|part) (about|where|with|on)\b", r"\1 the \2 \3", text)
    m = _SAID.match(text.strip())
    if m is None and project is not None:
        return _next_to(project, _NEXT_TO.match(text.strip()))
    if m is None or project is None:
        return None
    words = m.group("w").strip('"').strip()
    key = as_spoken(words.lower())
    if not key or any(w in _EDITING for w in key.split()) and not m.group("w").startswith('"'):
        return None
    said = heard_words(project)
    if not said or not find_phrase(said, key):
        return None
    where = m.group("where").strip()
    if _one_phrase(said, key, m.group("edge"), where):
        return None  # round 21: "delete the let me know in the comments sentence": the words name the line, all of them
    described = _PART.search(where) or re.match(r"(?:the|that|my) (?:sentence|line|bit|part|story|remark) (?:about|where|with|on)\b", where)
    if where.startswith('"') or not described:
        return _in_line(project, said, words, key, where.strip('"'))
    if key in FILLERS["en"]:
        if m.group("edge").startswith(("at the", "off the")):
            return None  # a filler "at the start of" a line has its own reading (intents/fillers_scoped.py), which asks
        return f"cut the {key} in {where}"
    return f'cut the word{"s" * (" " in key)} "{words}" in {where}'


def _one_phrase(said: list[str], key: str, edge: str, where: str) -> bool:
    """The words, the place word and the line's description are said together, in that order ("let me know in the
    comments" said in the talk): the whole is how the line is named, not a word inside it."""
    told = _PART.sub("", where).strip()
    if not told or told.startswith('"') or not re.fullmatch(r"[a-z' ]+", edge + " " + told):
        return False
    return any(find_phrase(said, as_spoken(f"{key} {edge} {t}")) for t in {told, re.sub(r"^(?:the|my|that|her|his) ", "", told)})


def _in_line(project: Any, said: list[str], words: str, key: str, line: str) -> str | None:
    """The words inside one line of the talk (quoted or not): 'cut the words W from "<line>"', or from the whole
    sentence the line is in when they are said just outside it ("the uh in you push the blade": "..., uh, ...")."""
    from editor_app.planner.said_in import spoken_sentences
    from editor_app.planner.types import Ctx

    plain = as_spoken(norm(line))
    if len(plain.split()) < 3:
        return None
    hits = find_phrase(said, plain)
    if len(hits) != 1:
        return None  # "cut the music in the intro" and the like: not one line of the talk
    a, b = hits[0]
    if find_phrase(said[a: b + 1], key):
        return f'cut the word{"s" * (" " in key)} "{words}" from "{line}"'
    placed, spans = spoken_sentences(Ctx("", project, [], None, None, [], None, None))
    sentence = next((s for s in spans if s.first <= a and b <= s.last), None)
    if sentence is None or len(find_phrase(said[sentence.first: sentence.last + 1], key)) != 1:
        return None
    return f'cut the word{"s" * (" " in key)} "{words}" from "{sentence.text}"'


def _next_to(project: Any, m: re.Match | None) -> str | None:
    """'remove the yes after "Q"' -> 'cut the word "yes" from "Q yes"' when the talk says them so, once."""
    if m is None:
        return None
    words = m.group("w").strip('"').strip()
    key = as_spoken(words.lower())
    quote = as_spoken(norm(m.group("q").strip('"')))
    if not key or key in _EDITING or not quote:
        return None
    line = f"{quote} {key}" if m.group("side") == "after" else f"{key} {quote}"
    said = heard_words(project)
    if len(find_phrase(said, line)) != 1:
        return None
    return f'cut the word{"s" * (" " in key)} "{words}" from "{line}"'
