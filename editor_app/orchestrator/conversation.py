"""The orchestrator's side of the conversation: memory of turns and the safety review.

Kept apart from core.py so the turn loop only calls three small hooks:
``memory_for(session)``, ``remember(memory, result, steps)`` and ``confirm_reason(...)``.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from editor_app.model.project import Project
from editor_app.orchestrator.safety import review
from editor_app.planner.memory import ChatMemory, TurnRecord, memory_for  # noqa: F401 (the turn loop's hook)

log = logging.getLogger(__name__)


def _kind(result: Any) -> str:
    if result.special in ("undo", "redo", "answer"):
        return result.special
    if getattr(result, "confirm", None):
        return "confirm"
    return "edit" if result.ops else "unclear"


def remember(memory: ChatMemory, result: Any, steps: list[dict] | None = None) -> None:
    """Record a finished turn: what was asked and said, the clips and media its operations touched."""
    try:
        clip_ids: list[str] = []
        media_ids: list[str] = []
        track_ids: list[str] = []
        other_ids: list[str] = []
        for op in result.ops:
            fields = getattr(op, "__dict__", {})  # a field an op lacks costs pydantic's getattr an exception (~12 us)
            for attr, bucket in (("clip_id", clip_ids), ("new_clip_id", clip_ids), ("media_id", media_ids),
                                 ("track_id", track_ids), ("marker_id", other_ids), ("effect_id", other_ids),
                                 ("transition_id", other_ids)):
                value = fields.get(attr)
                if isinstance(value, str) and value not in bucket:
                    bucket.append(value)
            effect_id = getattr(fields.get("effect"), "id", None)
            if isinstance(effect_id, str) and effect_id and effect_id not in other_ids:
                other_ids.append(effect_id)
        if steps is None:
            steps = [{"agent": _agent(result, o), "tool": o.get("op"), "args": {k: v for k, v in o.items() if k != "op"}}
                     for o in result.operations]
        memory.record(TurnRecord(
            message=result.message, reply=result.reply, kind=_kind(result), applied=bool(result.applied),
            turn_id=result.turn_id, batch_id=result.batch_id, clip_ids=clip_ids, media_ids=media_ids,
            track_ids=track_ids, other_ids=other_ids, steps=steps, descriptions=list(result.descriptions), agents=list(result.agents),
        ))
    except Exception:  # noqa: BLE001 - memory must never break a turn
        log.exception("could not record the chat turn")


def _agent(result: Any, _op: dict) -> str | None:
    return result.agents[0] if len(result.agents) == 1 else None


def confirm_reason(before: Project, after: Project, result: Any, selection=(), memory: ChatMemory | None = None) -> str | None:
    """Why this plan needs an explicit yes (safety.review), or None."""
    if not result.ops:
        return None
    from editor_app.planner.corrected import corrected
    from editor_app.planner.recent_clips import named_back
    from editor_app.planner.text import normalize

    last = memory.last_edit() if memory is not None else None
    back = named_back(result.message, memory, before)  # round 12: "fade both of them in", "the other one"
    from editor_app.planner.pending import instead_answer

    from editor_app.planner.recent_clips import nth_of_two

    said = corrected(normalize(result.message or ""), memory, before) \
        or instead_answer(normalize(result.message or ""), memory, before) \
        or nth_of_two(normalize(result.message or ""), memory, before) \
        or result.message  # round 13: "use X instead"; round 12: "no, the X one"; round 16: "the first one" of two placed
    try:
        return review(before, after, result.ops, said, selection=selection,
                      last_clips=back or (last.clip_ids if last else ()))
    except Exception:  # noqa: BLE001 - a broken check asks rather than lets a plan through
        log.exception("safety review failed")
        return "The safety check could not review this plan; confirm to apply it."


# Round 13 (confirm): a plan held for an explicit yes, and the user's next message is that yes ("yep do it",
# "yes please", "go ahead") or a no ("no leave it", "cancel"). Only a message that is nothing but the
# answer counts; "yes, and mute the music" is a request of its own.
_YES = re.compile(r"^(?:(?:yes|yeah|yea|yep|yup|ya|aye|sure|ok|okay|alright|fine|correct|right|definitely|absolutely)[ ,!.]*)*"
                  r"(?:(?:please |just )?(?:do it|go ahead|go on|apply it|apply (?:that|the change)|confirm(?:ed)?|do that|"
                  r"go for it|that's fine|thats fine|that's right|that's what i want(?:ed)?|i'm sure|im sure|i am sure|"
                  r"sounds good|make it so|cut it|yes cut it|proceed|carry on))?(?:[ ,!.]*(?:please|pls|thanks|then|now|mate))*$")
_NO = re.compile(r"^(?:(?:no|nope|nah|oh no|hmm|wait|actually|sorry)[ ,!.]*)+(?:(?:leave it|don't|do not|don't do (?:it|that)|"
                 r"not that|keep it|cancel(?: (?:it|that))?|forget it|never ?mind|stop|hold on|thanks|no thanks|"
                 r"leave it (?:as it is|alone))[ ,!.]*)*$"
                 r"|^(?:cancel(?: (?:it|that))?|leave it(?: as it is| alone)?|don't(?: do (?:it|that))?|forget it|never ?mind|"
                 r"keep it(?: as it is)?)(?:[ ,!.]*(?:please|thanks))*$")


def _held(memory: ChatMemory | None) -> TurnRecord | None:
    """The last turn when it is a plan waiting for a yes, else None."""
    if memory is None:
        return None
    last = next((t for t in reversed(memory.turns(4)) if t.kind != "note"), None)
    return last if last is not None and last.kind == "confirm" and not last.applied else None


def confirmed(memory: ChatMemory | None, message: str) -> str | None:
    """The held request's message when ``message`` says yes to it, else None: it is planned again and
    applied without asking a second time (the yes is the confirmation the review asked for)."""
    held = _held(memory)
    text = (message or "").strip().lower().strip(" .!?")
    if held is None or not text or not _YES.match(text) or not _POLITE_ONLY.sub("", text).strip(" ,!."):
        return None  # round 16: "thanks" alone (or "then", "mate") says no yes: it had applied a held 32% cut
    return held.message


_POLITE_ONLY = re.compile(r"\b(?:please|pls|thanks|then|now|mate)\b")


def declined(memory: ChatMemory | None, message: str) -> bool:
    """Whether ``message`` says no to a plan held for a yes: nothing changes and the reply says so."""
    text = (message or "").strip().lower().strip(" .!?")
    return _held(memory) is not None and bool(text) and bool(_NO.match(text))
