"""Fillers asked for the way people say it, not the way a command reads: "fillers out", "ums gone
please", "I say um SO much lol, can you clean those up", "ugh so many ums and uhs, sort them out",
"only the very first um please, leave the others", "the uh that opens the X sentence, cut only
that".

Why: the filler intents start from a cut verb and an object ("remove the ums"); these requests
put the verb after the fillers, leave it out, or name the fillers in one clause and say what to do
with "them" in the next. Each form is rewritten into the plain request it means ("remove the
ums", "remove only the first um", "remove just the uh that opens the X sentence") and planned by
the existing intents (words.remove_fillers, fillers_scoped.scoped_fillers), so what is cut and
what is asked about (several fillers when one was meant) stays theirs.
"""

from __future__ import annotations

import re

from editor_app.planner.types import Ctx, Match

_HES = r"(?:umm?s?|uhh?s?|uhms?|erms?|ers|ahs?|hmms?)"
_NAMES = rf"(?:{_HES}|fillers?|filler words?|hesitations?|verbal tics)"
_LIST = rf"(?P<f>(?:all )?(?:the |my |those |these |any )?{_NAMES}(?:(?:,? and |,? or | ?& ?| ?/ ?|, ){_NAMES})*)"
_THANKS = r"(?: (?:please|pls|plz|thanks|thank you|cheers|lol|haha+|ta))*"
# "fillers out", "ums gone please", "all the uhs away"; round 11: "no ums", "zero uhs please" (text.strip_filler keeps that "no")
_TERSE = re.compile(rf"^(?:no more |no |zero |0 |lose all |bye bye |goodbye )?{_LIST}(?: (?:out|gone|away|begone|be gone|out of (?:it|there|here)"
                    rf"|removed|need to go|have to go|can go|must go))?{_THANKS}$")
_CLEANUP = (r"(?:clean|tidy|sort|fix|sort out|remove|cut|lose|ditch|zap|strip|delete|drop|kill|nix|get rid of|take|pull|"
            r"edit|scrub|trim|chop|snip)")
_PRONOUN = r"(?:them|those|these|it|that|em|'em|those (?:noises|sounds|bits)|them noises)"  # round 23: "take those noises out"
# "ugh so many ums and uhs", "i say um so much lol", "i keep saying uh", "my ums are out of control"
_COMPLAINT = re.compile(
    rf"^(?:(?:ugh|god|man|wow|honestly|omg|geez|jeez|yikes|oh dear|lol|haha+)\b,? )*(?:there(?:'s| is| are|'re) )?"
    rf"(?:(?:i|you can hear i|he|she|they) (?:say|says|keeps? saying|keeps? going|goes|use|uses|do|does|overuses?)|(?:so |way too |too )?many|loads of|lots of|a lot of|tons of|"
    rf"(?:the|my|all the|all my|all these|all those) (?={_NAMES}))"
    rf" (?:\"?(?P<w>{_NAMES})\"?)\b(?!.*\b(?:at|in|from|before|after|during|where|when)\b).*$")
_DO_IT = re.compile(rf"^(?:(?:can|could|would|will) you |pls |please |just |maybe |then )*(?P<v>{_CLEANUP})(?: up| out)? "
                    rf"(?:all )?{_PRONOUN}(?: all)?(?: up| out| away)?(?: for me)?{_THANKS}$"
                    rf"|^(?:(?:can|could|would|will) you |pls |please )*(?:get rid of|lose|ditch|cut|remove|sort out|clean up|tidy up) "
                    rf"{_PRONOUN}{_THANKS}$")
# round 12: "don't want to hear any hesitations", "i don't want any ums in it": the fillers wished away
_UNWANTED = re.compile(rf"^(?:i )?(?:don't|do not|dont) (?:want|wanna|need)(?: to (?:hear|have|keep))? (?:any(?: more)? |a single )?"
                       rf"{_LIST}(?: (?:in (?:it|there|the (?:video|talk|edit))|left|at all|anywhere))*{_THANKS}$")
# "only the very first um", "just the last uh please": one filler named without a verb
_PICK = re.compile(rf"^(?:(?:only|just) )?(?:the |that )?(?:very )?(?P<o>first|second|third|last|final|opening|closing) "
                   rf"(?P<w>umm?|uhh?|uhm|erm|er|ah|\"[a-z ]+\"){_THANKS}$")
# ", leave the others", "and keep the rest as they are", "but don't touch the other ones"
_KEEP_REST = re.compile(r",? (?:and |but )?(?:leave|keep|don't touch|do not touch|not) (?:all )?(?:the )?(?:others?|rest|other ones|"
                        r"remaining ones|other (?:ums|uhs|fillers)|rest of them)(?: alone| as (?:they are|is)| in| be)?"
                        r"(?: please| pls)?$")
# "the uh that opens the X sentence", "there's an uh at the start of the X sentence"
_ONE_NAMED = re.compile(rf"^(?:there(?:'s| is) |i hear |you can hear )?(?:an? |the |that |one )(?P<w>umm?|uhh?|uhm|erm|er|ah|\"[a-z ]+\")"
                        r" (?P<where>(?:that |which |right |just )?(?:opens|starts|begins|kicks off|opening|starting|beginning|at|in|near|from|before|after|"
                        r"in front of|just before|right before|during|inside|on|when|while|where)\b.+)$")  # r12b: +when
_JUST_THAT = re.compile(r"^(?:(?:can|could|would|will) you |pls |please |so |and )*(?:just |only )?(?P<v>cut|remove|delete|drop|lose|kill|"
                        r"ditch|zap|snip|nix|get rid of|take out|edit out|strip|bin|scrap|axe|chop|trash) (?:just |only )?(?:that|it|this)(?: one)?"
                        r"(?: out)?(?: (?:only|please|pls|thanks))*$")


def _plain(names: str) -> str:
    """'all the ums and uhs' -> 'the ums and uhs'; 'um' -> 'the ums' (a word said too often is a kind)."""
    names = re.sub(r"^(?:all )?(?:the |my |those |these |any )?", "", names.strip()).replace("/", " and ").replace("&", " and ").replace(" or ", " and ")
    names = re.sub(r"\s+", " ", names)
    if re.fullmatch(r"umm?|uhh?|uhm|erm|er|ah|hmm", names):
        names += "s"
    return f"the {names}"


def rewritten(text: str) -> str | None:
    """The plain request a loose filler request means, or None."""
    keep = _KEEP_REST.search(text)
    head = text[: keep.start()].strip(" ,") if keep else text
    pick = _PICK.match(head)
    if pick is not None:  # "only the very first um please, leave the others"
        return f"remove only the {pick.group('o')} {pick.group('w')}"
    if keep is not None and re.match(r"^(?:only |just )?(?:cut|remove|delete|drop|lose|get rid of|take out|kill|ditch|snip|zap)\b", head) \
            and re.search(rf"\b(?:first|second|third|last|final|opening|closing) (?:{_HES}|\")", head):
        return head if re.match(r"^(?:only|just) ", head) else f"only {head}"  # "only cut the opening um and leave the others"
    unwanted = _UNWANTED.match(text)
    if unwanted is not None:
        return f"remove {_plain(unwanted.group('f'))}"
    terse = _TERSE.match(text)
    if terse is not None and re.search(r" (?:out|gone|away|begone|removed|go)\b|^(?:no more|no|zero|0|lose all|bye bye|goodbye) ", text):
        return f"remove {_plain(terse.group('f'))}"
    one, comma, act = text.rpartition(", ")  # round 11b: "there's an uh opening the X sentence, bin it": one clause
    if comma and _ONE_NAMED.match(one) and _JUST_THAT.match(act):
        return lend_fillers(one, act)
    head, sep, tail = text.partition(", ")
    complaint = _COMPLAINT.match(head) if sep else None
    if complaint is not None and _DO_IT.match(tail):  # "i say um so much lol, can you clean those up"
        return f"remove {_plain(_names_in(head))}"
    return None


def _names_in(text: str) -> str:
    found = re.findall(rf"\b{_NAMES}\b", text)
    return " and ".join(dict.fromkeys(found))


def lend_fillers(instruction: str, following: str) -> str | None:
    """For two clauses: the next clause rewritten with the fillers the first names ("ugh so many ums"
    + "can you clean those up" -> "remove the ums"; "the uh that opens the X sentence" + "cut only
    that" -> "cut just the uh that opens the X sentence"), or None."""
    if _COMPLAINT.match(instruction) and _DO_IT.match(following):
        return f"remove {_plain(_names_in(instruction))}"
    one = _ONE_NAMED.match(instruction)
    that = _JUST_THAT.match(following)
    if one is not None and that is not None:
        verb = "cut" if that.group("v") in ("bin", "scrap", "axe", "chop", "trash") else that.group("v")
        return f"{verb} just the {one.group('w')} {one.group('where')}"
    pick = _PICK.match(instruction.strip(" ,"))
    if pick is not None and re.match(r"^(?:and |but )?(?:leave|keep|don't touch)\b", following):
        return f"remove only the {pick.group('o')} {pick.group('w')}"
    only = _ONLY_IN.match(instruction.strip(" ,.!?"))
    if only is not None and _LEAVE_REST.match(following.strip(" ,.!?")):
        return f"remove only the {only.group('w')} {only.group('where')}"
    return None


# round 12b: "only the um in my outro line, please leave the rest alone": a filler named with "only" and its place,
# then the rest kept, asks for that one filler to go (the filler intent finds it, or asks)
_ONLY_IN = re.compile(r"^(?:(?:so|ok|okay|and) )?(?:only|just) (?:the |that |one )?(?P<w>umm?|uhh?|uhm|erm|er|ah|\"[a-z ]+\")"
                      r" (?P<where>(?:in|from|during|inside|near|at|when|while|where|before|after)\b.+)$")
_LEAVE_REST = re.compile(r"^(?:and |but |please |pls |just )*(?:leave|keep|don't touch|do not touch|don't change|ignore) "
                         r"(?:all )?(?:the |everything )?(?:others?|rest|other ones|else|remaining ones|rest of (?:it|them|the talk))"
                         r"(?: (?:alone|as (?:it is|they are|is)|untouched|be|in))?(?: please| pls| thanks)?$")


def loose_fillers(ctx: Ctx) -> Match | None:
    """A loose filler request planned as the plain one it means."""
    plain = rewritten(ctx.text)
    if plain is None:
        return None
    from editor_app.planner.intents import fillers_scoped, words

    again = Ctx(plain, ctx.project, ctx.selection, ctx.playhead, ctx.search, ctx.last_clips, ctx.memory, ctx.subject)
    return fillers_scoped.scoped_fillers(again) or words.remove_fillers(again)


INTENTS = [loose_fillers]
