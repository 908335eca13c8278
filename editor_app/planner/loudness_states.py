"""A loudness said as the state wanted, not as a change: "make the music barely audible", "keep the song really
quiet", "have the music just in the background".

Why: the volume intent read only comparatives and amounts ("quieter", "down 6 dB"), so a wanted state was not
understood. A state names a level on the listener's scale, whatever the level was before; the levels are what
editors mix a music bed under speech at (about -20 dB for background, 10-15 dB lower for barely there).
"""

from __future__ import annotations

import re

_ADVERB = r"(?:really|very|super|extremely|incredibly|so|pretty|quite|nice and)"
# (pattern, level dB), the most extreme first.
_STATES: list[tuple[re.Pattern, float]] = [
    (re.compile(r"\b(?:barely|hardly|only just|just about|scarcely) (?:audible|there|noticeable|hearable|heard)\b|"
                r"\b(?:almost|nearly) (?:silent|inaudible|mute)\b|\bbarely (?:any|anything)\b|"
                rf"\b(?:{_ADVERB} )(?:faint|subtle)\b|\bwhisper[- ]quiet\b"), -35.0),
    (re.compile(rf"\b{_ADVERB} (?:quiet|soft|low|gentle)\b"), -28.0),
    (re.compile(r"\b(?:just |only )?(?:in|into) the (?:background|back)\b|\b(?:quiet|soft|low|faint|subtle|gentle)\b"), -22.0),
    (re.compile(r"\b(?:loud|prominent|up front|front and cent(?:re|er)|punchy)\b"), -8.0),
]
# The state must be what the thing is made to be: "make/keep/have/set/get/leave X <state>" or "X should be <state>".
_WANTED = re.compile(r"^(?:(?:can|could|would) you |please )?(?:make|keep|have|set|get|leave|put|bring|turn)\b|"
                     r"\b(?:should|needs? to|must|has to|could|can) (?:be|sit|stay|go|play)\b")


def loudness_state(text: str) -> float | None:
    """The level in dB a request asks a sound to be by its state ("barely audible": -35), or None."""
    if not _WANTED.search(text) or re.search(r"\b(?:louder|quieter|softer|lower|higher|up|down|db|%|percent)\b", text):
        return None  # a change said ("a bit quieter", "down 6 dB") is read as a change
    if re.search(r"\b(?:as|too|not|less|more|twice|half)\s+(?:loud|quiet|soft|low|faint|audible)\b", text):
        return None  # "half as loud", "too loud", "not so quiet": a comparison, read as a change
    for pattern, level in _STATES:
        if pattern.search(text):
            return level
    return None


# "more in the background", "further back": a change towards the background, said as a place.
_FURTHER_BACK = re.compile(r"\b(?:more|further|a bit more|a little more) (?:in|into) the background\b|\bfurther (?:back|away)\b|"
                           r"\b(?:push|sit|tuck|set) (?:it |the music |the song )?(?:further|more) (?:back|under)\b")


def background_shift(text: str) -> float | None:
    """-6 dB when a sound is asked to sit further into the background ("can the music be more in the background")."""
    return -6.0 if _FURTHER_BACK.search(text) else None
