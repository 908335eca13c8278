"""A topic word said as the thing itself, not as a modifier of another noun: "where I talk about the vet" is the
sentence where "your vet can do it", not "I'm a vet nurse".

Why: sentences were matched to a topic by shared words, so a sentence using the topic's word only to describe
another noun (a noun compound: "vet nurse", "cat food", "nail trim") tied with, and being first often beat, the one
about the thing. English puts the head of a compound last; a noun right after the word makes the word a modifier.
When the chosen sentence holds the topic's head word only as such a modifier and exactly one other sentence on the
timeline says it as a head (not followed by a noun), that one is meant. Said as a modifier everywhere, or as a head
in several other sentences, the choice stands (the caller's own ranking decides).
"""

from __future__ import annotations

import functools
import re

from editor_app.planner.meaning import STOP, stem


# English's closed classes that WordNet also lists as nouns ("can", "will", "may"): grammar after a head noun.
_FUNCTION = frozenset("can could will would shall should may might must do does did done is are was were be been being "
                      "has have had get gets got let lets need needs ought used dare".split())


@functools.lru_cache(maxsize=20_000)
def _noun(word: str) -> bool:
    """A content word WordNet knows as a noun (function words such as "can" and "will" are not)."""
    if word in STOP or word in _FUNCTION or len(word) < 3:
        return False
    from editor_app.planner.unsaid import word_lexicon

    lexicon = word_lexicon()
    return lexicon is not None and any(pos == "n" for _, pos in lexicon.lemmas(word))


def _uses(sentence: str, head: str) -> list[bool]:
    """For each time ``sentence`` says ``head``: True when a noun follows it in the same phrase (a modifier)."""
    tokens = re.findall(r"[a-z0-9']+|[,.;:!?]", sentence.lower())
    out = []
    for i, token in enumerate(tokens):
        if stem(token) == head:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            out.append(nxt.isalpha() and not token.endswith("'s") and _noun(nxt))
    return out


def topic_head(topic: str) -> str | None:
    """The stem of the topic's last word when the topic is a noun phrase ending on it ("the vet", "my vet")."""
    words = re.findall(r"[a-z0-9']+", topic.lower())
    if not words or len(words) > 3 or words[-1] in STOP or not _noun(words[-1]):
        return None
    return stem(words[-1])


def head_sentence(topic: str, chosen: dict, rows: list[dict]) -> dict:
    """``chosen``, or the one other row that says the topic's head word as a head when ``chosen`` says it only as a
    modifier."""
    head = topic_head(topic)
    if head is None:
        return chosen
    uses = _uses(chosen.get("quote", ""), head)
    if not uses or not all(uses):
        return chosen
    heads = [r for r in rows if r.get("quote") != chosen.get("quote") and any(not m for m in _uses(r["quote"], head))]
    return heads[0] if len(heads) == 1 else chosen
