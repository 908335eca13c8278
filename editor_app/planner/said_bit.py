"""A "bit" or "part" named by five or more words the talk says once is that line (round 21).

Why: "cut the comment if you want me to do the back glass next bit" named the sentence "Comment if you want me to
do the back glass next, ..." by its words, but "bit" also names pieces of media, so "back glass" found a clip whose
description says it, and the request became a question about a clip not on the timeline. Said with "line" or
"sentence" the same words were already read as the sentence (planner/spoken_lines.py keeps "bit" and "part" out
because "the drone bit" is a clip). Five or more words said together exactly once are a quotation, not a clip's
name: the noun becomes "line", and the line readings find the sentence (or ask, when it is not one).
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.model.words import find_phrase
from editor_app.planner.spoken_word import as_spoken, heard_words

def _whole_enough(project: Any, hit: tuple[int, int], words: str) -> None:
    """Asks when the words are less than half of their sentence ("take out SCROOZ MOVES IT IN AND OUT bit": the
    sentence says which screw does what before them): those words, or the whole sentence, are both readings."""
    from editor_app.planner.said_in import spoken_sentences
    from editor_app.planner.types import Ambiguous, Ctx

    _, spans = spoken_sentences(Ctx("", project, [], None, None, [], None, None))
    sentence = next((s for s in spans if s.first <= hit[0] and hit[1] <= s.last), None)
    if sentence is not None and 2 * (hit[1] - hit[0] + 1) < sentence.last - sentence.first + 1:
        raise Ambiguous(f"Do you mean just the words \"{words}\", or the whole sentence \"{sentence.text[:60]}...\"? "
                      f"Say \"cut the words '{words}'\" or \"cut the whole sentence\".")


_BIT = re.compile(r"(?:\b(?:the|that|this|my)|^(?:cut|remove|delete|lose|drop|take out|get rid of|chop|kill|bin|ditch|snip)) (?P<w>[a-z][a-z' ]{10,160}?) (?P<n>bit|part|sentence|line)\b(?! of\b)")
_MIN_WORDS = 5
_REMOVE = r"(?:cut|remove|delete|lose|drop|take out|get rid of|chop|kill|bin|ditch|snip|trim)"
_PREPOSITION = re.compile(r"\b(?:over|on|in|at|to|from|with|into|onto|under|during|for|by)\b")


def said_bit_as_line(text: str, project: Any) -> str | None:
    """'cut the <five or more words said once> bit' -> 'cut the <words> line'; None when the words are not said so."""
    if project is None or '"' in text:
        return None
    said = heard_words(project)
    for match in _BIT.finditer(text):
        if not re.match(rf"^(?:(?:please|pls|can you|could you|just|and) )*{_REMOVE}\b", text[:match.start("w")].strip() or match.group(0)):
            continue  # only a removal: "X over the <words> bit" places X where they are said (the ordinary reading)
        words = match.group("w").split()
        if re.search(r"\b(?:where|when|while|say|says|said|go|goes)\b", match.group("w")) or words[-1] in ("that", "this", "the", "a"):
            continue  # "where i say X" has its own readings; "start that bit again" is a bit pointed at, not named
        for cut in range(len(words) - _MIN_WORDS + 1):  # the words may start after a describing word ("the comment ...")
            run = as_spoken(" ".join(words[cut:]))
            hits = find_phrase(said, run) if len(run.split()) >= _MIN_WORDS else []
            if len(hits) == 1:
                if match.group("n") in ("sentence", "line"):
                    if cut or not _PREPOSITION.search(" ".join(words)) or not re.match(r"the|that|this|my", match.group(0)):
                        return None  # planner/spoken_lines.py reads these words as the line already; words before
                        # them ("the uh at the start of the X line") are a word inside that line
                    # round 21: "cut the open it over the sink sentence": a preposition inside hid the line (the words
                    # had named two media); quoted, the words are the sentence's
                    return f'{text[:match.start()]}the sentence with "{" ".join(words[cut:])}"{text[match.end():]}'
                _whole_enough(project, hits[0], " ".join(words[cut:]))
                return text[:match.start("n")] + "line" + text[match.end("n"):]
    return None
