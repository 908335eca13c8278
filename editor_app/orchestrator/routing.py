"""Routing a message to agents: special commands, a keyword router, and the LLM router's parsing.

Why a keyword router at all: with no endpoint configured (and as a fallback when a model
answers the routing call with something unusable) a turn must still reach the right agent.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from editor_app.agents.base import Agent

UNDO = re.compile(r"^\s*(please\s+)?(undo|revert|take (that|it) back|go back)\b(.*)$", re.I)
REDO = re.compile(r"^\s*(please\s+)?redo\b", re.I)

def _keyword_patterns() -> dict[str, re.Pattern[str]]:
    """Each built-in agent's routing words, read from the tools it owns (editor_app.tools)."""
    from editor_app.tools import TOOLS

    return {agent: re.compile(r"\b(" + "|".join(words) + r")\b", re.I)
            for agent, words in TOOLS.routing_words().items()}


KEYWORDS: dict[str, re.Pattern[str]] = _keyword_patterns()
_AUDIO_FADE = re.compile(r"\bfade\w*\b.*\b(music|audio|sound)\b|\b(music|audio|sound)\b.*\bfade", re.I)


def special_command(message: str) -> str | None:
    """'undo' / 'redo' when the message asks for that and nothing else."""
    match = UNDO.match(message)
    from editor_app.planner.undo_order import names_earlier

    if match and names_earlier(message):
        return None  # round 16: "undo the first one": the planner asks (undo takes back the newest first)
    if match and len(match.group(4).split()) <= 6 and not re.search(r"\band\b", match.group(4)):
        return "undo"
    if REDO.match(message) and len(message.split()) <= 6:
        return "redo"
    return None


# Verbs that take something out. In a clause about what the speech agent cuts (ums, pauses, words
# said, a stretch of time) they are its verbs; elsewhere ("cut the beach clip", "trim c3") they are
# the timeline agent's, which removes and trims clips.
CUT_VERBS = re.compile(r"\b(cut|remove|delete|trim|shorten|drop|chop|snip|lose|kill|tighten|get rid of|take out)\b",
                       re.I)
# Words said, quoted ("cut 'you know'") or pointed at ("where I say basically").
SPOKEN = re.compile(r"\b(says?|said|saying)\b|(?:^|\s)[\"“'‘][^\"”'’]{1,80}[\"”'’](?=\W|$)", re.I)
# A stretch of time: "the first 5 seconds", "from 10 to 20 s", "the last two and a half seconds".
STRETCH = re.compile(r"(\d|\b(first|last|opening|final|closing)\b)[^,;]*?(\d\s*s\b|\b(seconds?|secs?|minutes?|mins?)\b)",
                     re.I)
_NOUN_PLACE = re.compile(r"\b(every|each|any|the|a)\s+(place|spot)s?\b", re.I)  # "every place he says" is no insert
_CLAUSES = re.compile(r"[,;!?]|\.(?!\d)|\band\b(?!\s+(?:a half|\d))|\bthen\b|\balso\b", re.I)
SPEECH, TIMELINE = "speech", "timeline"


def keyword_route(message: str, agents: Sequence[Agent]) -> list[str]:
    """Agents whose keywords appear, in the agents' order (cutting, arranging, then looks, then sound)."""
    chosen: list[str] = []
    names = {a.name for a in agents}
    speech = _speech_clauses(message, agents) if SPEECH in names else set()
    for agent in agents:
        pattern = KEYWORDS.get(agent.name)
        if agent.name == SPEECH and pattern is not None:
            if speech:
                chosen.append(agent.name)
        elif pattern is not None:
            if _matches(pattern, message, speech, cut_verbs=agent.name == TIMELINE):
                chosen.append(agent.name)
        else:  # a plugin: its name or two distinctive description words
            words = {w for w in re.findall(r"[a-z]{5,}", agent.description.lower())}
            said = set(re.findall(r"[a-z]{5,}", message.lower()))
            if agent.name.lower() in message.lower() or len(words & said) >= 2:
                chosen.append(agent.name)
    if "effects" in chosen and "audio" in names and _AUDIO_FADE.search(message):
        only_fade = not re.search(r"\b(black|white|blur|zoom|transition|title|colou?r|speed)\b", message, re.I)
        if only_fade and "video" not in message.lower():
            chosen.remove("effects")
            if "audio" not in chosen:
                chosen.append("audio")
    return chosen


def _speech_clauses(message: str, agents: Sequence[Agent]) -> set[str]:
    """The clauses that are the speech agent's: one of its own words (a cut verb alone is not), or a
    cut verb with words said or a stretch of time and no other built-in agent's word."""
    own = KEYWORDS.get(SPEECH)
    others = [KEYWORDS[a.name] for a in agents if a.name != SPEECH and a.name in KEYWORDS]
    out = set()
    for clause in _CLAUSES.split(message):
        if not clause:
            continue
        if own is not None and own.search(CUT_VERBS.sub(" ", clause)):
            out.add(clause)
        elif CUT_VERBS.search(clause) and (SPOKEN.search(clause) or STRETCH.search(clause)) and not any(
                p.search(_stripped(clause)) for p in others):
            out.add(clause)
    return out


def _matches(pattern: re.Pattern[str], message: str, speech_clauses: set[str], *, cut_verbs: bool) -> bool:
    """Whether another agent's words appear (cut verbs count for the timeline agent), leaving out
    the cut verbs of the speech agent's clauses (the whole message is searched: "black and white")."""
    text = message
    for clause in speech_clauses:
        text = text.replace(clause, _stripped(clause))
    return bool(pattern.search(text) or (cut_verbs and CUT_VERBS.search(text)))


def _stripped(clause: str) -> str:
    return _NOUN_PLACE.sub(" ", CUT_VERBS.sub(" ", clause))


def route_tool(agents: Sequence[Agent]) -> dict[str, Any]:
    names = [a.name for a in agents]
    return {"type": "function", "function": {
        "name": "route", "description": "Choose the agents that handle the request, in order.",
        "parameters": {"type": "object", "additionalProperties": False, "required": ["agents"], "properties": {
            "agents": {"type": "array", "items": {"type": "string", "enum": names}},
            "reason": {"type": "string"}}}}}


def parse_route(tool_calls: list[dict[str, str]], content: str | None, agents: Sequence[Agent]) -> list[str] | None:
    """Agent names from the router's reply (tool call, JSON text, or names in prose); None if unusable."""
    names = [a.name for a in agents]
    candidates: list[Any] = []
    for call in tool_calls:
        try:
            candidates.append(json.loads(call.get("arguments") or "{}"))
        except ValueError:
            continue
    if content:
        match = re.search(r"\{.*\}", content, re.S)
        if match:
            try:
                candidates.append(json.loads(match.group(0)))
            except ValueError:
                pass
    for data in candidates:
        if isinstance(data, dict) and isinstance(data.get("agents"), list):
            picked = [n for n in data["agents"] if n in names]
            return list(dict.fromkeys(picked))
    if content:
        found = _named_in_prose(content, names)
        if found:
            return found
    return None


_NEGATION = re.compile(r"\b(not|no|nor|without|except|but not|neither|never|isn't|doesn't|don't|needn't)\b[^.;:\n]*$",
                       re.I)


def _named_in_prose(content: str, names: list[str]) -> list[str]:
    """Agent names a reply picks in prose, in order, leaving out the ones it names only to rule out
    ("timeline, not effects, not audio"; "no need for the audio agent")."""
    from editor_app.llm.parsing import strip_think

    text = (strip_think(content)[0] or "").lower()
    picked: list[tuple[int, str]] = []
    for name in names:
        for match in re.finditer(rf"\b{re.escape(name.lower())}\b", text):
            clause = re.split(r"[,.;:\n]|\band\b|\bthen\b", text[:match.start()])[-1]
            if not _NEGATION.search(clause):
                picked.append((match.start(), name))
                break
    return [n for _, n in sorted(picked)]
