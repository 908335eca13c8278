"""A speaker's own tic named without quotes: "cut every ken", "remove right so before the stopper knot", "get rid
of all my right so's", "lose the right so at the very start" (round 22, lead).

Why: a tic is a word or two the speaker says again and again, set off from the sentence around it ("Right so,
hiya", "five or six centimetres, ken."). Typed without quotes it read as anything but words of the talk: "right
so" was split at "so" into two instructions, "every ken" asked which clip to remove ("ken" is a dictionary
noun), "the right so at the very start" asked the same. Quoted ('remove "right so" before ...') each is an
ordinary request the word-cut intents already read, so this quotes it.

Which words are tics is read from the talk, never from a list: a run of one to four words (four since round 23: "if that makes sense") said at least twice
(a single word: at least three times), set off by punctuation or a sentence edge on both sides in two thirds
of the times it is said, that is no filler the filler tools know (um, like, you know), no word of a media's name
or description, no word an editor removes as a thing (pause, clip, music), and for a single word no common
function word ("so", "now", "well"). It is quoted only where the message points at it as a thing to cut: after a
removal verb, a determiner or a quantifier, in a message that asks for a removal.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from editor_app.model.words import FILLERS, OPTIONAL_FILLERS, norm

_REMOVAL = re.compile(r"\b(?:cut|remove|delete|lose|bin|drop|ditch|kill|strip|chop|trim|scrap|nix|axe|get rid of|take out|"
                      r"edit out|cut out|take (?:them|those|these|it|that|em|'em)(?: all)? out)\b")
_BOTH_OUT = re.compile(r"^(?:and )?(?:both|every|all(?: the| my)?|each) .{2,40}? (?:out|gone)\b")  # round 23: "both you betchas out"
_JUST_ONE = re.compile(r",\s*(?:just|only) (?:that|this) one(?: only)?[.!]*$")  # round 23: "the X in the Y line, just that one"
_BEFORE = r"(?:cut|remove|delete|lose|bin|drop|ditch|kill|strip|chop|trim|scrap|nix|axe|of|out|the|every|each|all|my|both|" \
          r"that|this|those|these|one|first|second|third|last|final|opening|single|say|says|said|saying)"
_SET_OFF = re.compile(r"[,.!?;:\u2026-]$")
_COMMON = frozenset("a an the and or but so now well right okay ok yes yeah no not just then like really very actually "
                    "basically literally i you he she it we they me my your is was be to of in on at for with this that "
                    "there here what how oh ah its it's his her our their".split())
_EDITING = frozenset("clip clips pause pauses silence silences gap gaps title titles caption captions filler fillers word words "
                     "sentence sentences line lines bit bits part parts breath breaths retake retakes take takes music sound "
                     "sounds noise video shot shots photo intro outro end start".split())


def _talk_runs(words: tuple[tuple[str, bool, bool, bool], ...]) -> dict[str, tuple[int, int]]:
    """Each run of 1-5 words -> (times said, times set off on both sides). ``words``: (normalised word, set off
    before it, set off after it, ends a sentence) in timeline order. A run said in one sentence only counts once."""
    counts: dict[str, list[int]] = {}
    sentences: dict[str, set[int]] = {}
    n = len(words)
    sentence = 0
    for i in range(n):
        for size in (1, 2, 3, 4, 5):  # round 24: five words ("you see what I'm saying")
            j = i + size - 1
            if j >= n:
                break
            run = " ".join(w[0] for w in words[i: j + 1])
            if not run.strip():
                continue
            entry = counts.setdefault(run, [0, 0])
            entry[0] += 1
            sentences.setdefault(run, set()).add(sentence)
            inner_break = any(words[k][2] for k in range(i, j))  # "centimetres, ken" is no one tic
            if words[i][1] and words[j][2] and not inner_break:
                entry[1] += 1
        sentence += words[i][3] if len(words[i]) > 3 else 0
    # round 23: said in one sentence only ("don't sit on it, I'm telling you, don't sit on it") is emphasis, not a tic
    return {run: (c[0] if len(sentences[run]) > 1 else 1, c[1]) for run, c in counts.items()}


def _tics(words: tuple[tuple[str, bool, bool, bool], ...], media_words: frozenset[str]) -> tuple[str, ...]:
    """The speaker's tic phrases, longest first (see the module docstring)."""
    hesitations = {f for lang in FILLERS.values() for f in lang}
    optional = {f for lang in OPTIONAL_FILLERS.values() for f in lang}  # "so", "you know": the filler tools' own
    out = []
    for run, (said, set_off) in _talk_runs(words).items():
        parts = run.split()
        # a media's words name that media, but its function words ("and", "your") name nothing (round 23: "and Bob's
        # your uncle" had been no tic because a description says "and")
        if run in optional or any(p in hesitations or p in _EDITING or (p in media_words and p not in _COMMON)
                                  or not p.replace("-", "").isalpha() for p in parts):
            continue
        # round 24: a tag said twice, set off by commas both times in two sentences ("..., innit.", "..., abeg, ...") is a tic
        if len(parts) == 1 and (said < 2 or (said == 2 and set_off < 2) or run in _COMMON or len(run) < 3):
            continue
        if said < 2 or set_off * 3 < said * 2:
            continue
        out.append(run)
    return tuple(sorted(out, key=lambda r: (-len(r.split()), r)))


def _talk_words(project: Any) -> tuple[tuple[str, bool, bool, bool], ...]:
    from editor_app.model.word_cuts import timeline_words

    placed = timeline_words(project)
    out = []
    for i, word in enumerate(placed):
        before = i == 0 or bool(_SET_OFF.search(placed[i - 1].text.strip())) or placed[i - 1].media_id != word.media_id
        after = i == len(placed) - 1 or bool(_SET_OFF.search(word.text.strip()))
        out.append((norm(word.text).replace("'", ""), before, after, bool(re.search(r"[.!?]$", word.text.strip()))))
    return tuple(out)


def _media_words(project: Any) -> frozenset[str]:
    from editor_app.planner.media_refs import own_words

    return frozenset(w for a in project.media.values() for w in re.findall(r"[a-z]+", own_words(a).lower()))


def speaker_tics(project: Any) -> tuple[str, ...]:
    """The tic phrases of the talk on the timeline (normalised, longest first); () with no talk. Kept per project state
    (model/state_cache.py): every removal request reads them, and a 1,000-clip timeline has many words."""
    from editor_app.model.state_cache import media_key, per_state, tracks_key

    def compute() -> tuple[str, ...]:
        words = _talk_words(project)
        return _tics(words, _media_words(project)) if len(words) >= 4 else ()

    return per_state("speaker_tics", (*tracks_key(project), *media_key(project)), compute)


def tic_spellings(project: Any) -> dict[str, str]:
    """Each tic -> as the talk spells it, apostrophes kept ("dyou know yourself" -> "d'you know yourself"), so a
    request may type it "d you know yourself" or "dyou know yourself" and the quote still meets the talk (round 23)."""
    from editor_app.model.state_cache import media_key, per_state, tracks_key

    def compute() -> dict[str, str]:
        from editor_app.model.word_cuts import timeline_words

        tics = {t: len(t.split()) for t in speaker_tics(project)}
        if not tics:
            return {}
        spoken = [norm(w.text) for w in timeline_words(project)]
        bare = [w.replace("'", "") for w in spoken]
        out: dict[str, str] = {}
        for i in range(len(spoken)):
            for tic, size in tics.items():
                if tic not in out and " ".join(bare[i: i + size]) == tic:
                    out[tic] = " ".join(spoken[i: i + size])
        return out

    return per_state("speaker_tic_spellings", (*tracks_key(project), *media_key(project)), compute)


def tic_quoted(text: str, project: Any) -> str | None:
    """``text`` with the speaker's tic quoted where it is named as a thing to cut, or None."""
    if project is None or not (_REMOVAL.search(text) or _JUST_ONE.search(text) or _BOTH_OUT.search(text)) or not project.media:
        return None
    tics = speaker_tics(project)
    if not tics:
        return None
    spelled = tic_spellings(project)
    parts = re.split(r'("[^"]*")', text)
    changed = False
    for i in range(0, len(parts), 2):
        part = parts[i]
        for tic in tics:
            said = spelled.get(tic, tic)
            after_word, opening = _patterns(said)
            new = after_word.sub(lambda m: f'{m.group("pre")} "{said}"{"s" if m.group("pl") else ""}', part)
            if new == part and i == 0:
                new = opening.sub(lambda m: f'"{said}"{"s" if m.group("pl") else ""}', part)
            if new != part:
                part, changed = new, True
        parts[i] = part
    out = "".join(parts)
    if changed and re.search(r'"s?,? (?:and|&) (?:all )?the [a-z]{3,}?\'?s\b', out):
        return None  # round 24: "lose the innits and the basicallys": a list of plurals, read whole (rescue_words.plural_tics)
    # round 23: "both you betchas out pls": each of them, cut
    out = re.sub(r'^(?:and )?(?:both|every|all(?: the| my)?|each) ("[^"]+")s? (?:out|gone)\b', r"cut every \1", out)
    # round 23: "remove all the okay so's that mom says": who says the tic says nothing about which
    out = re.sub(r'("[^"]+"s?) (?:that|which) (?:[a-z]+ ){0,2}(?:says|said|keeps saying|kept saying|does|uses)\b', r"\1", out)
    return out if changed else None


@functools.lru_cache(maxsize=256)
def _patterns(tic: str) -> tuple[re.Pattern, re.Pattern]:
    """The tic after a removal verb, determiner or quantifier; the tic opening the message before a place word
    ("ken after five or six centimetres, bin it"). Compiled once (see typed_forms: the re cache is small)."""
    typed = re.escape(tic).replace("'", "(?:'| )?")  # "d'you" typed "d you", "dyou" (round 23)
    after_word = re.compile(rf"\b(?P<pre>{_BEFORE}) (?P<tic>{typed})(?P<pl>'?s)?\b")
    opening = re.compile(rf"^(?P<tic>{typed})(?P<pl>'?s)?\b(?= (?:before|after|at|in|near|from|on|right|just)\b)")
    return after_word, opening
