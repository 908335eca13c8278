"""Rescue readings (planner/rescue.py) for words of the talk named without quotes (round 19, lead):

- "cut im not as young as i was": four or more words said once on the timeline, exactly, are those words;
- "she says wee every two seconds lol cut all the wees": a word the message itself says is said is that word, even
  when it is also a noun (the tic intent keeps nouns out, "cut all the bearings" may mean clips);
- "lose the ochs and the you sees": plural tics, one or several words each, said in the talk, every time;
- "I'd rather not have the bit about my sore back, take that whole sentence out": the thing not wanted, removed.

Each runs only when the message was not understood, and each turns into a request that still finds the words in
the talk (or asks), so nothing is cut that the talk does not say.
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.model.words import find_phrase
from editor_app.planner.spoken_word import heard_words

_VERB = r"(?:cut|remove|delete|take out|get rid of|lose|drop|kill|bin|ditch|chop|strip|snip)"


def unquoted_line(text: str, project: Any) -> str | None:
    m = re.match(rf"^(?P<v>{_VERB})(?: out)? (?:the (?:bit|part|line|words?) )?(?P<w>[a-z][a-z' ]+[a-z])$", text.strip(" .!?"))
    if m is None or project is None or len(m.group("w").split()) < 4:
        return None
    words = m.group("w").replace("'", "")
    return f'{m.group("v")} "{m.group("w")}"' if len(find_phrase(heard_words(project), words)) == 1 else None


_THEM_ALL = re.compile(r"\b(?:say|says|keep saying|keeps saying|kept saying|use|uses|overuse|overuses) (?:the word |the phrase |the )?"
                       r"(?P<w>\"[^\"]+\"|[a-z'-]+(?: [a-z'-]+){0,5}?(?= (?:twice|three times|a lot|loads|lots|too much|(?:far |way )?too often|"
                       r"all the time|constantly|so much|non ?stop|every (?:other )?(?:sentence|line|time)|lol)\b|[,.;!])|[a-z']+)(?!\w).*\b(?:cut|remove|delete|lose|drop|take out|take|get rid of|bin|snip)(?: out)? "
                       r"(?:all of them|all of (?:those|these)|every (?:single )?one(?: of them)?|them all|each (?:one )?of them|"
                       r"both(?: of them)?|(?:all )?(?:them|those|these))(?: out)?\b")  # round 24: "take them all out", "cut both"


_FUNCTION_WORDS = frozenset("a an the and or but of to in on at for with from by i you he she it we they me my your his her our "
                            "their is was be are were this that these those so as if then".split())


def word_said_to_be_said(text: str, project: Any) -> str | None:
    them = _THEM_ALL.search(text)  # round 20: "my daughter says the word 'literally' far too often. please remove every one of them"
    if them is not None and project is not None:
        word = them.group("w").strip('"')
        said = heard_words(project)
        words = word.split()
        # round 24: the longest start of the typed words that the talk says ("literally sm," is "literally": "so much")
        while len(words) > 1 and not find_phrase(said, " ".join(words).replace("'", "")) and not word.startswith('"'):
            words = words[:-1]
        word = " ".join(words)
        if word in _FUNCTION_WORDS:  # round 24: "he says and bobs your uncle twice" had cut EVERY "and"
            return None
        if find_phrase(said, word.replace("'", "")):
            return f'cut every "{word}"'
    m = re.search(r"\b(?:i|she|he|they|[a-z]+) (?:say|says|keep saying|keeps saying|kept saying) (?P<w>[a-z']+)\b.*\b(?:all|every|each|both) "
                  r"(?:of )?(?:the |those |her |his |my )?(?P<again>[a-z']+)\b", text)
    if m is None or project is None:
        return None
    word, again = m.group("w"), m.group("again")
    if again not in (word, word + "s", word + "es") or not find_phrase(heard_words(project), word):
        return None
    return f"cut the word {word} everywhere"


def plural_tics(text: str, project: Any) -> str | None:
    m = re.match(rf"^(?P<v>{_VERB})(?: out)? (?P<objs>(?:all )?the [a-z' ]+?(?:(?:,| and| &) (?:all )?the [a-z' ]+?)+)$", text.strip(" .!?"))
    if m is None or project is None:
        return None
    said = heard_words(project)
    cuts = []
    for obj in re.split(r",|\band\b|&", m.group("objs")):
        phrase = re.sub(r"^\s*(?:all )?the ", "", obj).strip()
        single = re.sub(r"(?:es|s)$", "", phrase) if phrase.endswith("s") else phrase
        found = next((p for p in (phrase, single, re.sub(r"s$", "", phrase)) if p and find_phrase(said, p)), None)
        if found is None:
            return None
        cuts.append(f'cut the phrase "{found}" everywhere')
    return ", then ".join(cuts)


def rather_not_have(text: str, project: Any) -> str | None:
    m = re.match(r"^(?:i'd|i would|id) rather (?:not (?:have|keep|include|show)|(?:you )?(?:lose|cut|drop)) (?P<x>.+?)"
                 r"(?:,|;| so| and)\s*(?:(?:so|please|pls|could you|can you) )*(?:take|cut|remove|delete|lose|drop|bin)"
                 r" (?:that|it|this)(?: whole| entire)?(?: sentence| bit| part| line| one)?(?: out)?(?: (?:please|pls|altogether))?$",
                 text.strip(" .!?"))
    return f"cut {m.group('x')}" if m else None


def verbless_length(text: str, project: Any) -> str | None:
    m = re.match(r"^(?P<clip>(?:the )?[a-z0-9][a-z0-9 _'-]*? (?:clip|shot|one|video|footage|bit))(?: down| up)? to (?:about |like |just )?"
                 r"(?P<n>\d+(?:\.\d+)?) ?(?:s|secs?|seconds?)$", text.strip(" .!?"))
    return f"trim {m.group('clip')} to {m.group('n')} seconds" if m else None


# Round 20: what happened, then the request: "Dev flubs the spoke key direction the first time and redoes it. Could you
# remove the first attempt?", "i say clockwise and then 'no wait' - cut that whole first go". The one sentence that asks
# for an edit is read alone, when it points at nothing by a pronoun (its "it" would need the sentence dropped).
_ASKING = re.compile(r"^(?:(?:so|ok|okay|lol|haha|and|but|then)[, ]+)*(?:(?:could|can|would|will) you |(?:please|pls|just|maybe) )*"
                     rf"(?P<req>{_VERB}(?: out)? .+)$")
_PRONOUN = re.compile(r"\b(?:it|them|him|her)\b|\b(?:that|this|those|these)(?: one| bit| part)?\s*$")


def request_after_story(text: str, project: Any) -> str | None:
    parts = [p.strip(" ,") for p in re.split(r"(?<=[.?!])\s+|\s+[-–—]\s+", text.strip()) if p.strip(" ,.?!")]
    if len(parts) < 2:
        return None
    asks = [m for p in parts if (m := _ASKING.match(p.rstrip(" .?!"))) is not None]
    if len(asks) != 1 or _PRONOUN.search(asks[0].group("req")):
        return None
    return asks[0].group("req")


# Round 20: words of the talk written into a request without quotes, anywhere in it: "cut i'm not playing", "remove
# the um in i got the whole kit online for, um, 22 pounds, just that one". The longest run of three or more of the
# message's words that the talk says exactly once is quoted, so the readings that take quotes find it.
_EDGE_WORDS = frozenset("the a an this that these those it its and but or so then just only please pls cut remove delete "
                        "drop lose take out get rid of snip trim in from at on before after where when line sentence bit part "
                        "word words phrase".split())
_NO_FIRST = _EDGE_WORDS - {"it", "this", "that", "so", "and", "but", "then", "just"}  # words a quoted run may not start on
_NO_LAST = _EDGE_WORDS - {"it", "this", "that", "so", "in", "on", "out"}  # nor end on


def quote_said_run(text: str, project: Any) -> str | None:
    if project is None or '"' in text or re.search(r"\bat the (?:very )?(?:start|beginning|end|head|top|tail|front|back) of\b", text):
        return None  # "cut X at the end of the Y line": quoting Y would name the whole line
    tokens = list(re.finditer(r"[a-z0-9']+", text))
    said = heard_words(project)
    if len(tokens) < 4 or not said:
        return None
    for size in range(min(14, len(tokens) - 1), 2, -1):
        for i in range(0, len(tokens) - size + 1):
            run = tokens[i:i + size]
            if run[0].group(0) in _NO_FIRST or run[-1].group(0) in _NO_LAST:
                continue
            if all(t.group(0) in _EDGE_WORDS for t in run):
                continue
            words = " ".join(t.group(0).replace("'", "") for t in run)
            if len(find_phrase(said, words)) == 1:
                a, b = run[0].start(), run[-1].end()
                if not re.search(rf"\b{_VERB}\b", text[:a]):
                    return None  # only words to cut are read so ("put the 4455 clip where i talk about X" is no title)
                if re.match(r"\s*(?:sentence|line|bit|part|section|one)\b", text[b:]):
                    return None  # "delete the right side spokes sentence" names a line: the ordinary reading asked which
                return f'{text[:a]}"{text[a:b]}"{text[b:]}'
    return None


def _speaker(text: str, project: Any) -> str | None:
    from editor_app.planner.speaker_refs import speaker_as_voice

    return speaker_as_voice(text, project)  # round 24: "turn mick down 2 dB", "can dad talk 10% faster": the talk


READINGS = (unquoted_line, word_said_to_be_said, plural_tics, rather_not_have, verbless_length, request_after_story,
            quote_said_run, _speaker)
