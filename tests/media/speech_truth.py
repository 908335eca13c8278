"""Truth and measures for the real speech in shared/testdata/speech (WER, chunk spans)."""

from __future__ import annotations

import json
import re
from pathlib import Path

SPEECH_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "testdata" / "speech"
if not SPEECH_DIR.is_dir():  # the worktree layout (/work/wt/NAME) and the main checkout (/work/main)
    SPEECH_DIR = Path("/work/shared/testdata/speech")

CONTRACTIONS = {"i'm": "i am", "it's": "it is", "you're": "you are", "we're": "we are", "that's": "that is",
                "don't": "do not", "let's": "let us", "i've": "i have", "we'll": "we will", "i'll": "i will"}


def truth(name: str) -> dict:
    return json.loads((SPEECH_DIR / f"{name}.json").read_text())


def normalize(text: str) -> list[str]:
    """Lower case, no punctuation, contractions expanded (as Whisper's English normaliser does)."""
    words = []
    for token in re.findall(r"[a-z0-9']+", text.lower()):
        words.extend(CONTRACTIONS.get(token, token).split())
    return words


def word_error_rate(reference: list[str], hypothesis: list[str]) -> float:
    """Levenshtein distance over words, divided by the reference length."""
    previous = list(range(len(hypothesis) + 1))
    for i, ref in enumerate(reference, 1):
        current = [i]
        for j, hyp in enumerate(hypothesis, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref != hyp)))
        previous = current
    return previous[-1] / max(1, len(reference))
