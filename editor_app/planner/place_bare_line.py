"""B-roll put over a line of the talk said without quotes or a "line"/"where I say" frame, or with "cover" as the verb:
"GX0102.MP4 over take the wheel off the fork", "can the unboxing clip cover 'I bought these online'".

Why: people type the line they mean as they remember it, with no quote marks ("X over pull the ends out of the
bridge"), and "cover" is a placing verb ("can the photo cover the bit where ..."). Both were asked "where should it
go?". The bare words are read as a quote only when they are said word for word in the talk (at least three
words, apostrophes aside), so a description ("over the intro") keeps its own reading; the thing placed must name a
media (the caller's placement reads it and asks when it names none).
"""

from __future__ import annotations

import re

from editor_app.planner.types import Ctx

_BARE = re.compile(r"^(?:(?:put|place|stick|drop|pop|add) )?(?P<head>(?:the |my |that |this )?[^\"',]{1,80}?) "
                   # round 16, lead: "... unwind what's left": an apostrophe inside a word is no quote mark
                   r"(?P<prep>over|during|on top of|across) (?P<words>(?:[^\"',]|(?<=\w)'(?=\w))+?)(?P<tail>\s*(?:,.*)?)$")
_COVER = re.compile(r"^(?:(?:can|could|should|would|will|let|have|make) )?(?P<head>(?:the |my |that |this )?[^\"',]{1,80}?) "
                    r"(?:cover|covers|go over|sit over|run over|play over|be over)\b ?(?P<rest>.*)$")
_FRAMED = re.compile(r"^(?:the|a|my|where|when|while|as|whenever|that|this|part|bit|line|sentence|section|"
                     r"about|intro|outro|start|end|beginning|middle)\b")


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w ]", "", text.lower().replace("'", "")).split())


def _talk(ctx: Ctx) -> str:
    words = [w.text for asset in ctx.project.media.values() for w in asset.words]
    return " " + _plain(" ".join(words)) + " "


def _said_part(ctx: Ctx, words: str) -> str | None:
    """The longest start of ``words`` (three or more, two thirds of them at least) said word for word in the talk;
    round 22: numbers typed in digits match numbers said in words ("over 22 kilonewtons" is "twenty two kilonewtons"),
    and else the longest run of four words or more inside them, said once, covering half of them at least ("over
    knots for tying in which keeps you alive": "knots for tying in which" is said)."""
    said = _plain(words).split()
    talk = _talk(ctx)
    for n in range(len(said), 2, -1):
        if n * 3 < len(said) * 2:
            break
        if f" {' '.join(said[:n])} " in talk:
            return " ".join(said[:n])
    from editor_app.model.words import find_phrase

    heard = _heard(ctx)
    for n in range(len(said), 1, -1):
        if n * 3 < len(said) * 2:
            break
        hits = find_phrase(heard, " ".join(said[:n]))
        if hits and hits[0][1] - hits[0][0] >= 2:  # three words said ("22 kilonewtons" is three)
            return " ".join(said[:n])
    for n in range(len(said) - 1, 3, -1):
        if n * 2 < len(said):
            break
        for i in range(0, len(said) - n + 1):
            if len(find_phrase(heard, " ".join(said[i: i + n]))) == 1:
                return " ".join(said[i: i + n])
    return None


def _heard(ctx: Ctx) -> list[str]:
    """Every word of every media's transcript, normalised (as find_phrase compares them)."""
    from editor_app.model.words import norm

    return [norm(w.text) for asset in ctx.project.media.values() for w in asset.words]


def _names_media(ctx: Ctx, head: str) -> bool:
    from editor_app.planner.media_refs import ranked_mentions

    try:
        if ranked_mentions(ctx, head if head.startswith(("the ", "my ", "that ", "this ")) or re.fullmatch(r"m\d+", head)
                           else "the " + head, strict=False):
            return True
        # round 22: "slow pan up the wall over ...": "the slow ..." reads "slow" as a speed; the words as typed name it
        return not head.startswith(("the ", "my ", "that ", "this ")) and bool(ranked_mentions(ctx, head, strict=False))
    except Exception:  # noqa: BLE001 - a name that asks is still a media named: the placement asks it
        return True


# "over how long it took me, the twenty minutes bit": a place said twice, the second time as a framed part
_SAID_AGAIN = re.compile(r"^(?P<head>.+? (?:over|during|on top of|across) )(?P<a>[^,\"]+), (?P<b>(?:the|that) [^,\"]+? "
                         r"(?:bit|line|part|sentence|section|moment))$")


def bare_line_place(ctx: Ctx, text: str) -> str | None:
    """``text`` as "put <media> over \"<words of the talk>\"" (see above); None when it is not such a request."""
    again = _SAID_AGAIN.match(text)
    if again is not None and not _FRAMED.match(again.group("a")):
        text = again.group("head") + again.group("b")  # the framed one says which part the loose one meant
    cover = _COVER.match(text)
    if cover is not None and _names_media(ctx, cover.group("head")):
        rest = cover.group("rest")
        text = f"put {cover.group('head')} over {rest}"
        if rest.startswith('"') or _FRAMED.match(rest):
            return text
    changed = text if again is not None and not _FRAMED.match(again.group("a")) else None
    match = _BARE.match(text)
    if match is None or _FRAMED.match(match.group("words")) or not _names_media(ctx, match.group("head")):
        return text if cover is not None and _names_media(ctx, cover.group("head")) else changed
    said = _said_part(ctx, match.group("words"))
    if said is None:
        return text if cover is not None else changed
    return f"put {match.group('head')} {match.group('prep')} \"{said}\"{match.group('tail')}"
