"""Conventions of how people point into a talk, beyond what a sentence is about (round 8).

Why a module of its own: no embedding knows that "introducing the brass nut" means where the nut
first comes up, that "snapping the cover back on" is the later of two matching passages, that "the
second stage" is where the talk says "Step two", or which half of "Step two, take the handle off.
There's a tiny cap ..." a request describes. search.hybrid_search asks these questions; the
answers are bonuses and orderings that fusion.fuse_transcripts and search._prefer_own_sentence
apply. Figures: docs/understanding.md, retrieval round 8.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import numpy as np

from editor_app.index.lexicon import load_lexicon

# "introducing the brass nut", "when I first bring up the stake": where a thing first comes up, which
# is the talk's start only when the talk opens with it. The bonus goes to the earliest window of the
# main recording whose fused score is within MENTION_RATIO of the best (fusion.fuse_transcripts).
_MENTION = re.compile(r"\b(?:introduc(?:e|es|ed|ing)|first (?:bring(?:s|ing)? up|mention(?:s|ed|ing)?|"
                      r"talk(?:s|ed|ing)? about)|(?:bring(?:s|ing)?|brought) up)\s+(?=(?:the|a|an|my|our|your|her|"
                      r"his|their|this|that|these|those)\b)", re.I)


def _lead_in(joined: str, own: str) -> str:
    """"Step two, sweeten it." from a joined window and the window of the sentence after it."""
    return joined[: len(joined) - len(own)].strip() if joined.endswith(own) and joined != own else ""


def lead_ins(windows: Any) -> list[str]:
    """Every lead-in of a transcript collection (the warm-up encodes them with the windows)."""
    by_end: dict[tuple[Any, Any], list[tuple[float, str]]] = {}
    for doc_id in windows.ids():
        text, meta = windows.get(doc_id)
        by_end.setdefault((meta.get("media_id"), meta.get("end")), []).append((meta.get("start", 0.0), text))
    out = []
    for group in by_end.values():
        group.sort()
        out += [lead for (_, a), (_, b) in zip(group, group[1:]) if (lead := _lead_in(a, b))]
    return out


def _lead_in_cosine(sentences: Any, svec: Any):
    """MiniLM cosine of the request and a lead-in alone (encoded once, then cached by text)."""
    def cosine(text: str) -> float | None:
        vectors = sentences.encode([text]) if svec is not None else None
        return None if vectors is None else float(vectors[0] @ svec)
    return cosine


# Numbered steps: "the second stage", "step two", "the third phase" in a request; in the talk,
# "Step two, ...", "stage 2", "the second step".
_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_STEP_NOUN = r"(?:step|stage|phase)"
# Numbered tries are counted the same way: "attempt one" is the talk's "first shot" ("try",
# "round", "pull" and "shot" name the same thing in a how-to).
_TRY_NOUN = r"(?:attempt|try|shot|round|pull)"
_NUMBERED = (f"(?:({'|'.join(_ORDINALS)}) ({_STEP_NOUN}|{_TRY_NOUN})|({_STEP_NOUN}|{_TRY_NOUN}) "
             f"({'|'.join(_NUMBERS)}|\\d+))")
_STEP_QUERY = re.compile(rf"\b{_NUMBERED}\b", re.I)
STEP_SHARE = 0.5  # of the position bonus

# "switching the shutoffs on again", "snapping the cover back on", "reopening the supply": something
# done again, which in a talk is the later of the passages that match (turned off early, back on
# late). The bonus goes to the latest close match (fusion.fuse_transcripts, like _MENTION's earliest).
_AGAIN = re.compile(r"\b(?:again|once more|back (?:on|in|up|together|into|onto|in place))\b", re.I)


@functools.lru_cache(maxsize=4096)
def _is_redo_verb(word: str) -> bool:
    """"reopening", "reassemble", "reattach": a re- verb that means doing it again. WordNet glosses
    them "open again", "assemble once again"; one it lacks ("reattach") counts when its stem is a
    verb. "remove", "replace", "record" and "really" do not."""
    word = word.lower()
    if not word.startswith("re") or len(word) < 6 or word.endswith("ly"):
        return False
    lexicon = load_lexicon()
    if lexicon is None:
        return False
    own = [lemma for lemma, pos in lexicon.lemmas(word) if pos == "v"]
    if own:
        return any(g in ("again", "anew") for lemma in own for sense in lexicon.senses(lemma, "v")[:2]
                   for g in lexicon.gloss(sense))
    return not lexicon.lemmas(word) and any(pos == "v" for _, pos in lexicon.lemmas(word[2:].lstrip("-")))


def _repeats(query: str) -> bool:
    return bool(_AGAIN.search(query)) or any(_is_redo_verb(w) for w in re.findall(r"[a-z-]+", query.lower()))


def _numbered(query: str) -> tuple[int, str] | None:
    """(N, the noun's class pattern) for "the second stage" / "attempt one"; None otherwise."""
    m = _STEP_QUERY.search(query)
    if m is None:
        return None
    word, noun = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    word = word.lower()
    n = _ORDINALS.index(word) + 1 if word in _ORDINALS else _NUMBERS.index(word) + 1 if word in _NUMBERS else int(word)
    return n, _STEP_NOUN if re.fullmatch(_STEP_NOUN, noun, re.I) else _TRY_NOUN


def _step_number(query: str) -> int | None:
    found = _numbered(query)
    return found[0] if found else None


def _steps(transcripts: Any, query: str, accept: Any, bonus: float) -> dict[str, float]:
    """Bonus per id of the windows that say step (try) N when the request names step (try) N."""
    found = _numbered(query)
    if found is None or not 1 <= found[0] <= len(_ORDINALS):
        return {}
    n, noun = found
    ordinal, number = _ORDINALS[n - 1], _NUMBERS[n - 1]
    # Only a step said with its number counts: a sentence that opens with "First," is not "the first
    # stage" (the frozen kombucha check's "first stage ... takes a week" went to "First, boil ...").
    said = re.compile(rf"\b(?:{noun} (?:{number}|{n})\b|{ordinal} {noun}\b)", re.I)
    return {doc_id: bonus for doc_id in transcripts.ids()
            if accept(transcripts.get(doc_id)[1]) and said.search(transcripts.get(doc_id)[0])}


# "brief heading for the stabs portion", "short line announcing the compound stage", "introducing the
# mesh section": the short line a talk opens a section with ("Right, stabilisers.", "Now, the lube."),
# a lead-in joined to the sentence after it (documents.transcript_windows). The request describes that
# line, not what follows it, so the lead-ins alone are compared with the request's topic and the
# closest one's window gets the position bonus (round 11: K and L each ask for such lines; MiniLM
# ranked the joined window under sentences about the same topic). A section noun counts only at the
# end of the request or a clause: "introducing the part that holds the blade" is a component; "heading"
# only as a noun ("the heading", "heading line", "heading introducing X", a request opening with it), not
# "heading off" or "heading to the waterfront".
_SECTION_NOUN = r"(?:stage|step|section|portion|phase|segment|chapter|part|bit)s?"
_HEADING = re.compile(r"\b(?:(?:short|brief|quick|little|tiny|one-line|the|a|section)\s+headings?\b|headings?\s+lines?|"
                      # "heading introducing the fabric tops", "heading that announces the soles": a noun described
                      # by what it announces; a request that opens with "heading" names the line ("heading off",
                      # "heading to the shop", "heading back" are going somewhere)
                      r"headings?\s+(?=(?:introduc|announc|nam|open|start|kick)\w*|that\b|which\b|about\b)|"
                      r"^\s*headings?\b(?!\s+(?:off|to|towards?|into|out|back|home|down|up|over|for|in|from|on)\b)|(?:short|brief|quick|little|one-line|tiny)\s+(?:heading\s+)?"
                      r"(?:lines?|sentences?|announcements?|titles?|intros?)|"
                      r"(?:announc\w*|introduc\w*|kick(?:s|ed|ing)? off|open(?:s|ed|ing)|start(?:s|ed|ing)?)\s+"
                      rf"(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?{_SECTION_NOUN}(?=\s*(?:$|[,.;:!?]|(?:where|when|in which)\b)))", re.I)
_HEADING_WORDS = re.compile(r"\b(?:headings?|short|brief|quick|little|one-line|tiny|lines?|sentences?|announcements?|"
                            rf"titles?|announc\w*|introduc\w*|nam(?:e|es|ed|ing)|kick(?:s|ed|ing)? off|{_SECTION_NOUN}|the|for|of|that|"
                            r"which|where|i|my)\b", re.I)


# A heading is chosen by its own words plus this share of what its window (the lead-in and the sentence it
# opens) says: a lead-in names its section in a word or two ("Next, the uppers."), and MiniLM rarely puts
# that word near the request's ("the fabric tops"), while the sentence after it says what the section is.
SECTION_SHARE = 1.0


def is_heading_request(query: str) -> bool:
    """Whether ``query`` asks for the short line that opens a section of the talk."""
    return bool(_HEADING.search(query))


def heading_topic(query: str) -> str:
    """"brief heading for the stabs portion" -> "stabs": what the heading names."""
    rest = re.sub(r"\s+", " ", _HEADING_WORDS.sub(" ", query)).strip(" ,.")
    return rest if len(rest) >= 3 else query


def lead_in_windows(windows: Any, accept: Any) -> dict[str, str]:
    """Window id -> its lead-in ("Right, stabilisers.") for every joined window ``accept`` lets through."""
    by_end: dict[tuple[Any, Any], list[tuple[float, str, str]]] = {}
    for doc_id in windows.ids():
        text, meta = windows.get(doc_id)
        if accept(meta):
            by_end.setdefault((meta.get("media_id"), meta.get("end")), []).append((meta.get("start", 0.0), doc_id, text))
    out = {}
    for group in by_end.values():
        group.sort()
        out.update({d: lead for (_, d, a), (_, _, b) in zip(group, group[1:]) if (lead := _lead_in(a, b))})
    return out


def headings(windows: Any, query: str, accept: Any, sentences: Any, bonus: float) -> dict[str, float]:
    """Bonus for the window whose lead-in MiniLM finds closest to what a heading request names;
    nothing when the request asks for no heading, the talk has no lead-ins or MiniLM is missing."""
    if sentences is None or not is_heading_request(query):
        return {}
    leads = lead_in_windows(windows, accept)
    if not leads:
        return {}
    topic = sentences.query(heading_topic(query))
    vectors = sentences.encode(list(leads.values())) if topic is not None else None
    if vectors is None:
        return {}
    ids = list(leads)
    scores = vectors @ topic
    if SECTION_SHARE:  # what the section goes on to say ("Next, the uppers. Stuff the shoes ...")
        sections = sentences.encode([windows.get(d)[0] for d in ids])
        if sections is not None:
            scores = scores + SECTION_SHARE * (sections @ topic)
    return {ids[int(np.argmax(scores))]: bonus}
