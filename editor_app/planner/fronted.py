"""A clip named first, then what to do with "it": "the washer swap clip, put it at the end", "that drone shot -
move it to 0:30", "the music, turn it down a bit".

Why: said this way the first clause has no verb, so it was not understood ("Sorry, I didn't understand 'the washer
swap.mov clip'"), and nothing after it ran. Turned round ("put the washer swap clip at the end") it is one ordinary
instruction. Only a plain noun phrase is moved in, never a clause with a verb of its own ("the music is too loud,
turn it down" is read by the complaint rules).
"""

from __future__ import annotations

import re

# round 20: a quote inside the phrase ("the 'right?' at the end of the fork line, cut it"), up to twelve words
_NP = r"(?P<np>(?:the|that|this|my|our|those|these)(?:\s+[\w.'\"?#&+:-]+){1,12}?)"
_FRONTED = re.compile(rf"^{_NP}\s*(?:,|-|–|—|:|\.\.\.)\s*(?:(?:can you|could you|please|just|and)\s+)*(?P<verb>[a-z]+(?:\s+(?:up|down|out|in|back|off))?)"
                      rf"\s+(?P<pro>it|that|this|them)\b(?P<rest>.*)$", re.I)
_CLAUSE = frozenset({"are", "were", "be", "been", "isn't", "it's", "that's", "there's", "where", "when", "which", "who", "too",
                     "keeps", "goes", "comes", "drags", "runs", "starts", "ends", "cuts", "plays", "i'm", "you", "should", "could",
                     "would", "can", "will", "does", "do", "did", "not", "don't", "me", "him", "her", "us", "them", "it",
                     "drowns", "overpowers", "covers", "hides", "clashes", "ruins", "distracts", "annoys", "bugs", "sucks",
                     "feel", "got", "gets", "seem", "look", "sound", "need", "want", "like", "hate", "love"})
_NOT_VERB = frozenset({"is", "was", "looks", "sounds", "seems", "feels", "has", "needs", "makes", "and", "but", "so", "i", "we",
                       "because", "cause", "then"})


_DISLIKE = re.compile(r"^(?:honestly\s+|tbh\s+)?i\s+(?:really\s+|just\s+)?(?:hate|don't like|do not like|dont like|dislike|can't stand|"
                      r"cannot stand|am not keen on|'m not keen on|m not keen on|am not a fan of|'m not a fan of)\s+(?P<np>(?:the|that|this|my)\s.+?)"
                      r"\s*(?:,|-|–|—|\.|;)\s*(?:so\s+)?(?:(?:can you|could you|please|just)\s+)*(?P<verb>[a-z]+(?:\s+(?:out|off|up))?)\s+"
                      r"(?P<pro>it|that|them|those)\b(?P<rest>.*)$", re.I)


# round 16: a part of the talk named first: "the bit where I moan about the quote, can we lose that, it sounds petty"
_PART_NP = r"(?P<np>(?:the|that|this|my)\s+(?:\w+\s+)?(?:bit|part|line|sentence|section|story|joke|moment|rant|tangent|aside)" \
           r"\s+(?:where|when|about|on|in which)\s+[^,;.]+?)"
_FRONTED_PART = re.compile(rf"^(?:(?:ok(?:ay)?|so|right|um|and)[,\s]+)*{_PART_NP}\s*(?:,|-|–|—|:|\.\.\.)\s*"
                           r"(?:(?:can you|could you|can we|could we|shall we|let's|please|just|and|maybe)\s+)*"
                           r"(?P<verb>[a-z]+(?:\s+(?:up|down|out|in|back|off))?)\s+(?P<pro>it|that|this)\b(?P<rest>.*)$", re.I)
_REASON = re.compile(r"\s*(?:,|-|–|—|\.)\s*(?:(?:it|that|this|they|i)(?:'s|'re| is| are| sounds?| looks?| feels?| seems?| was| were| think)|"
                     r"because|cause|cos|since|as it)\b.*$", re.I)
# round 16: a dislike with no verb: "I don't like the bit about the bath panel" is a cut to hold for a yes
# (orchestrator/safety.py asks before cutting on a dislike alone)
_BARE_DISLIKE = re.compile(r"^(?:honestly\s+|tbh\s+|hmm\s+)?i\s+(?:really\s+|just\s+)?(?:hate|don't like|do not like|dont like|dislike|"
                           r"am not keen on|'m not keen on|m not keen on|am not a fan of|'m not a fan of)\s+"
                           r"(?P<np>(?:the|that|this|my)\s+(?:\w+\s+)?(?:bit|part|line|sentence|section|story|joke|moment|rant|"
                           r"tangent|aside)\b[^,;]*?)\s*[.!]*$", re.I)


# round 22: a filler named first with no determiner, the verb last: "um before count the strands. remove", "uh in the
# wrap the tail twice sentence, take it out": "cut the um before ..." (one filler, located; intents/fillers_scoped.py)
# round 23: a quoted tic the same way ("'if that makes sense' after the X bit, cut that one only"), and "just that one"
# with no verb ("the 'yeah no' in the gentle spin line, just that one": one of a thing only ever cut)
_FILLER_FIRST = re.compile(r"^(?:(?:the|that|this|one) )?(?P<f>umm?|uhh?|erm?|ah|\"[^\"]{1,40}\")\s+(?P<where>(?:before|after|in|at|near|from|"
                           r"between|right|just)\b(?:[^.,;:!?\"]|\"[^\"]*\")*?)\s*[.,;:!-]+\s*(?:(?:can you|could you|please|pls|just)\s+)*"
                           r"(?:(?:remove|cut|delete|bin|lose|drop|ditch|kill|chop|nix|take|get rid of)"
                           r"(?:\s+(?:it|that|this|that one|this one))?(?:\s+out)?|(?:just|only) (?:that|this) one)"
                           r"(?:\s+only)?\s*(?:pls|please)?[.!]*$", re.I)


def fronted_clip(text: str) -> str | None:
    """``text`` with a fronted clip put back after its verb, or None (see the module). Round 15: also a dislike said
    first ("I hate the bit about the roofer, bin it": "bin the bit about the roofer"). Round 16: a part of the talk
    named first, and a dislike of a part with no verb ("cut" it, which the safety review holds for a yes)."""
    filler = _FILLER_FIRST.match(text.strip())
    if filler is not None:
        return f"cut the {filler.group('f')} {filler.group('where')}"
    part = _FRONTED_PART.match(text.strip())
    if part is not None and part.group("verb").split()[0].lower() not in _NOT_VERB | _CLAUSE:
        verb = part.group("verb").split()
        particle = f" {verb[1]}" if len(verb) > 1 else ""
        rest = _REASON.sub("", part.group("rest"))  # ", it sounds a bit petty": why, not what
        return f"{verb[0]} {part.group('np')}{particle}{rest}".strip()
    bare = _BARE_DISLIKE.match(text.strip())
    if bare is not None:
        return f"cut {bare.group('np')}"
    liked = _DISLIKE.match(text.strip())
    if liked is not None and liked.group("verb").split()[0].lower() not in _NOT_VERB:
        verb = liked.group("verb").split()
        particle = f" {verb[1]}" if len(verb) > 1 else ""
        return f"{verb[0]} {liked.group('np')}{particle}{liked.group('rest')}".strip()
    m = _FRONTED.match(text.strip())
    if m is None or m.group("verb").split()[0].lower() in _NOT_VERB:
        return None
    clash = set(m.group("np").lower().split()) & (_NOT_VERB | _CLAUSE)
    if re.search(r"\b(?:line|sentence|bit|part|section|tangent|story|joke|shout ?out|aside)$", m.group("np").lower()):
        clash -= {"and"}  # round 20: "the 'right?' at the end of the old fork and clamps line, cut it": "and" joins names
    if clash:
        return None  # "the music is too loud, turn it down": a clause of its own
    verb = m.group("verb").split()
    particle = f" {verb[1]}" if len(verb) > 1 else ""
    return f"{verb[0]} {m.group('np')}{particle}{m.group('rest')}".strip()
