"""Every sentence that says a thing: "remove every sentence that mentions paste", "cut all the lines
about the pencil mark", "delete all the bits where I talk about the corner", and every time some
words are said: "cut all the bits where I say pencil".

Why: the one-sentence intents ask when a topic is said in several sentences (right: nothing tells
them apart), and a quantifier said up front ("every", "all the") was not read as the answer to that
question, so the user was asked to say "every time" after already saying it; "every sentence that
mentions paste" even read "paste" as the paste B-roll. A sentence counts when it says every topic
word (numbers also read as words, as the talk says them); a topic the talk never says asks.
"""

from __future__ import annotations

import re
from dataclasses import replace

from editor_app.planner.intents import clock, step
from editor_app.planner.types import Ctx, Match, Unclear

_VERB = (r"(?:please )?(?:cut|trim|remove|delete|drop|lose|skip|kill|strip|ditch|erase|get rid of|take out|scrap|chop|nix|"
         r"bin|axe|snip|edit out|cut out)")
_ALL = r"(?:all(?: of)?(?: the| my| those)?|every(?: single)?|each(?: of the)?)"
_SENTENCES = r"(?:sentences?|lines?|remarks?|comments?)"
_PASSAGES = r"(?:bits?|parts?|places?|sections?|moments?|times?|spots?)"
_EVERY = re.compile(rf"^{_VERB} (?:out )?{_ALL} (?P<noun>{_SENTENCES}|{_PASSAGES})"
                    r"(?: (?:that|which|where|when|in which))? ?(?:(?:i|we|she|he|they) )?"
                    r"(?P<how>mentions?|mentioning|mentioned|says?|saying|said|talks? about|talking about|talked about|"
                    r"(?:is |are )?about|on|with|containing|that have|go(?:es)? on about|go(?:es)? over|explains?|explaining)"
                    r" (?P<x>.+)$")


# round 16: "lose everything about the matchstick", "cut every mention of the bus", "remove anything to do with X": every
# sentence about it (the whole talk clip had been proposed for removal)
_EVERYTHING = re.compile(rf"^(?P<verb>{_VERB}) (?:out )?(?:everything|anything|all the stuff|all the talk|all the chat|"
                         r"(?:every|each|any|all) mentions?(?= of))(?: (?:i say|i said|i mention))? "
                         r"(?:about|to do with|regarding|on the subject of|of|mentioning|that mentions) (?P<x>.+)$")


def every_sentence_saying(ctx: Ctx) -> Match | None:
    """Each sentence that says the topic, cut word for word; "all the bits where I say X" cuts those words each time."""
    said = _EVERYTHING.match(ctx.text)
    if said is not None:
        ctx = replace(ctx, text=f"{said.group('verb')} every sentence about {said.group('x')}")
    m = _EVERY.match(ctx.text)
    if m is None or re.search(r"\b(?:over|cut (?:away )?to|put|show)\b", ctx.text) or '"' in m.group("x"):
        return None  # B-roll placed over a passage; quoted words are the quote intents'
    topic = re.sub(r"\s+(?:in (?:the|my) (?:talk|video))$", "", m.group("x").strip(" .!?"))
    if re.match(r"(?:say|says|said|saying)$", m.group("how")) and re.match(_PASSAGES, m.group("noun")):
        from editor_app.planner.intents.words import cut_said  # words said, each time they are said

        return cut_said(replace(ctx, text=f"cut the bits where i say {topic} every time"))
    from editor_app.planner.intents.words import AGENT, _ranges
    from editor_app.planner.meaning import STOP, stems
    from editor_app.planner.said_in import _POINTING, said_about, spoken_sentences
    from editor_app.planner.text import words_to_numbers

    placed, spans = spoken_sentences(ctx)
    if not spans:
        return None
    said_about(ctx, topic)  # a thing never said asks
    words = stems(topic) - _POINTING - set(STOP)
    if not words:
        return None
    holding = [s for s in spans if words <= stems(s.text) | stems(words_to_numbers(s.text.lower()))]
    if not holding:
        raise Unclear(f"No sentence on the timeline says \"{topic}\". Quote a few words of the lines you mean.")
    steps = [step("cut_words", {"ranges": _ranges(placed, s.first, s.last)}, AGENT) for s in reversed(holding)]
    where = ", ".join(clock(s.start) for s in holding)
    many = len(holding) != 1
    return Match(steps, f"delete the {len(holding)} sentence{'s' if many else ''} that {'say' if many else 'says'} "
                        f"\"{topic}\" (at {where})")


INTENTS = [every_sentence_saying]
