"""Requests for something the speaker tells people NOT to do, and the sentences that say so (round 12).

Why: "why you shouldn't get the tops sopping wet", "the warning not to heat it on the stove", "avoid
getting lube on the prongs", "steer that sponge clear of the fabric" ask for a prohibition. Neither
encoder reads polarity: MiniLM ranks "You want to wet it" (the opposite advice) or "take the jug off
the heat" next to "Don't soak the upper" and "never straight on the hob", because they share the
objects. Here a request that asks for a prohibition is read as such (a word list, no topic words) and
the windows that caution against something get a bonus on the fused scale (fusion.PROHIBIT_FUSED): an
imperative "don't" / "never", "avoid", "not too", "you shouldn't", or a bad outcome said as the reason
("otherwise the glue lets go", "or you'll crack it", "because if it goes down the plughole ..."); what the
request is about still decides among those. Pure text, cached per window text; nothing for requests that
prohibit nothing.
"""

from __future__ import annotations

import functools
import re

# A request asks for a prohibition: "don't", "never", "not to <verb>", "shouldn't", "avoid", "against
# drenching", "steer (the sponge) clear of", "stay / keep away from", "careful not to". Not "won't" or
# "doesn't" (what happens, not what to do), nor "not" alone ("the pattern is not very good yet"); "never" only
# as an instruction (opening the request or a clause, "you should never"), not "earth that never dries out".
_ASKS = re.compile(r"(?:(?:^|[,;:]\s*|\b(?:you|should|must|to|warning|warns?|and|but|always)\s+)never\b|"
                   r"\b(?:don'?t|do not|shouldn'?t|should not|mustn'?t|must not|not to|how not|avoid\w*|"
                   r"warn\w* not|against \w+ing|"
                   r"steer\w*(?:\s+[\w']+){0,3}\s+clear|(?:stay|keep)(?:s|ing)?(?:\s+[\w']+){0,3}\s+away|"
                   r"careful not|no-go|mistakes? to avoid)\b)", re.I)

# A sentence cautions: "don't" / "do not" / "never" as an imperative (at the start of a clause, or after a
# discourse word: "and never", "um, don't"), "you shouldn't", "avoid", "not too tight", "careful not to", or
# the bad outcome that follows ("otherwise", "or you'll", "because if"): a warning not to lose the screw is
# said as "keep it somewhere safe, because if it goes down the plughole ...". "I don't know", "if you
# don't" and "it doesn't" say no such thing.
_CLAUSE = r"(?:^|[,.;:!?]\s*|\b(?:and|but|so|just|please|um|uh|then|also|really|definitely|honestly|though|or)\s+)"
_SAYS = re.compile(rf"(?:{_CLAUSE}(?:don'?t|do not|never)\b|\b(?:you|we|one) (?:should(?:n'?t| not| never)|"
                   r"must(?:n'?t| not| never)|can'?t)\b|\bavoid\w*|\bnot too\b|\bcareful not\b|\bwhatever you do\b|"
                   r"\bno need to\b|\botherwise\b|\bor (?:you'll|you will|it'll|it will|they'll|else)\b|\bbecause if\b)", re.I)


def asks_prohibition(query: str) -> bool:
    """Whether ``query`` asks for something the speaker says not to do."""
    return bool(_ASKS.search(query))


@functools.lru_cache(maxsize=8192)
def says_prohibition(text: str) -> bool:
    """Whether a transcript window tells people not to do something."""
    return bool(_SAYS.search(text.replace("\u2019", "'")))


def prohibiting(query: str, windows: dict[str, str]) -> set[str]:
    """Ids of ``windows`` (id -> text) that prohibit something, when ``query`` asks for a prohibition;
    empty otherwise."""
    if not asks_prohibition(query):
        return set()
    return {doc_id for doc_id, text in windows.items() if says_prohibition(text)}
