"""A sentence named by what it does: "the sentence warning that ...", "the line explaining how ...".

Why: people name a line of the talk by its speech act as often as by its topic. "The sentence saying X"
and "the line about X" were read; "warning/explaining/mentioning that X" was not, and the words after it
were matched against clip names instead ("drop the sentence warning that the washer ..." asked which
washer B-roll). Said this way it is the sentence about X.
"""

from __future__ import annotations

import re

# Only the participle after "sentence/line" ("the sentence warning that X"): "the bit where I explain how X"
# is read already, by the words after "where I".
_TOLD = re.compile(r"\b(?P<the>the|that|this|my) (?P<what>sentence|line|remark|comment) "
                   r"(?:warning|explaining|mentioning|noting|pointing out|describing|stating|"
                   r"(?:telling|reminding) (?:you|people|viewers|everyone|them))(?: (?:that|how|about))?\b")


def sentence_by_what_it_does(text: str) -> str | None:
    """``text`` with "the sentence warning that X" said as "the sentence about X", or None."""
    out = _TOLD.sub(lambda m: f"{m.group('the')} {m.group('what')} about", text, count=1)
    return out if out != text else None
