"""More questions answered from the project, with no edit (round 15): "how many ums are there?", "what's the longest
pause?", "list the b-roll", "which clips are muted?", "does the video have a title?".

Why: each got "I can answer questions about ..." with nothing answered, though the project holds the answer: the
words and their times, the tracks, the clips' levels and the titles.
"""

from __future__ import annotations

import re

from editor_app.planner.intents import clock
from editor_app.planner.types import Ctx

_FILLERS = re.compile(r"^how many (?:(?:ums?|uhs?|ers?|erms?)(?:,? (?:and|or) (?:ums?|uhs?|ers?|erms?))*|fillers?|filler words|hesitations)"
                      r"(?: (?:are there|do i (?:say|use|have)|did i (?:say|use)|have i got|in (?:it|the (?:video|talk))|"
                      r"(?:and|&) (?:where|when)(?: are they| do i say them| are they all)?))*\s*\??$")  # r17: "... and where"
_PAUSE = re.compile(r"^(?:what(?:'s| is)|where(?:'s| is)|how long is) the (?:longest|biggest|longest silent|worst) (?:pause|gap|silence)\b")
_BROLL = re.compile(r"^(?:list|show me|what(?:'s| is| are)?|which) (?:all )?(?:the )?(?:b-?roll|cutaways|overlays)(?: clips| shots)?"
                    r"(?: (?:is|are) there| have i (?:got|used|put in)| do i have| on the timeline| in (?:it|the video))*\s*\??$")
_MUTED = re.compile(r"^(?:which|what|are any|is any|any) (?:clips?|tracks?|of the clips|of the tracks)(?: (?:are|is))? (?:muted|mute|silent|silenced)\b")
_TITLE = re.compile(r"^(?:does|do|is|are|has) (?:the |my |this )?(?:video|edit|film|it)? ?(?:have|has|got)? ?(?:a |any )?(?:titles?|captions?|text)"
                    r"(?: (?:on it|in it|anywhere|yet))*\s*\??$|^is there (?:a |any )?(?:titles?|captions?|text)(?: (?:on it|in it|anywhere|yet))*\s*\??$")

# round 18 (lead): "where do i mess up and start the sentence again?", "is there a retake anywhere?"
_FLUBS = re.compile(r"^(?:where|when|at what point|what time)\b.*\b(?:mess(?:ed)? (?:it )?up|slip(?:ped)? up|trip(?:ped)? up|stumble|"
                    r"flub|fluff|false starts?|retakes?|start (?:the |that )?(?:sentence |line |bit )?(?:again|over)|"
                    r"(?:say|said) (?:it|that) (?:wrong|again)|get (?:it|that) wrong|restart)\b|"
                    r"^(?:is|are) there (?:a |any )?(?:retakes?|false starts?|flubs?|mess-?ups?)\b")


def answer_more(ctx: Ctx) -> str | None:
    """The answer, or None when ``ctx.text`` is none of these questions."""
    t = ctx.text.strip().lower()
    if _FILLERS.match(t):
        return _fillers(ctx)
    if _PAUSE.match(t):
        return _longest_pause(ctx)
    if _FLUBS.match(t) and not re.search(r"\b(?:cut|remove|delete|trim|lose|get rid)\b", t):
        return _flubs(ctx)
    if _BROLL.match(t):
        clips = [(tr, c) for tr in ctx.project.tracks if tr.role == "broll" for c in tr.clips]
        if not clips:
            return "There is no B-roll on the timeline yet. I didn't change anything."
        return f"{len(clips)} B-roll clip{'s' if len(clips) != 1 else ''}: " + "; ".join(
            f"{ctx.label(c)} {clock(ctx.sec(c.start))}-{clock(ctx.sec(c.end))}" for _, c in clips[:12]) + "."
    if _MUTED.match(t):
        muted = [f"the {tr.name or tr.role} track ({tr.id})" for tr in ctx.project.tracks if tr.muted]
        muted += [ctx.label(c) for tr in ctx.project.tracks if not tr.muted for c in tr.clips
                  if c.volume_db <= -60 or not c.enabled]
        return ("Muted: " + ", ".join(muted) + ".") if muted else "Nothing is muted. I didn't change anything."
    if _TITLE.match(t):
        titles = [c for c in ctx.project.clips() if c.generator is not None and c.generator.kind == "title"]
        if not titles:
            return "No, there is no title yet. Say e.g. add a title \"...\" at the start."
        return "Yes: " + "; ".join(f"\"{c.generator.text}\" at {clock(ctx.sec(c.start))} for {clock(ctx.sec(c.duration))}"
                                   for c in titles[:6]) + "."
    return None


def _fillers(ctx: Ctx) -> str:
    from editor_app.model.word_cuts import timeline_words
    from editor_app.model.words import FILLERS, norm

    heard = timeline_words(ctx.project)
    wanted = set(FILLERS["en"])
    asked = re.findall(r"\b(ums?|uhs?|ers?|erms?)\b", ctx.text.lower())
    if asked:
        spellings = {"um": ("um", "umm", "uhm"), "uh": ("uh", "uhh"), "er": ("er",), "erm": ("erm",)}
        wanted = {s for a in asked for s in spellings[a.rstrip("s")]}
    hits = [i for i, text in enumerate(heard.texts) if norm(text) in wanted]
    if not heard.texts:
        return "There is no speech with word timings on the timeline, so I can't count them."
    if not hits:
        return "None: I found no fillers of that kind in the talk. I didn't change anything."
    where = ", ".join(f"{norm(heard.texts[i])} at {clock(heard.starts[i])}" for i in hits[:8])
    return f"{len(hits)}: {where}. Say \"remove the ums\" to cut them."


def _longest_pause(ctx: Ctx) -> str:
    from editor_app.model.word_cuts import timeline_words

    heard = timeline_words(ctx.project)
    gaps = [(heard.starts[i + 1] - heard.ends[i], heard.ends[i]) for i in range(len(heard.texts) - 1)]  # seconds
    if not gaps:
        return "There is no speech with word timings on the timeline, so I can't measure the pauses."
    length, at = max(gaps)
    return (f"The longest pause between words is {length:.1f} s, at {clock(at)}. Say \"shorten the pauses\" to tighten "
            "them. I didn't change anything.")


def _flubs(ctx: Ctx) -> str:
    """Where the speaker abandons a sentence out loud, or says one again right after."""
    from editor_app.model.word_cuts import timeline_words
    from editor_app.model.words import retakes

    placed = timeline_words(ctx.project)
    if not placed:
        return "There is no speech with word timings on the timeline, so I can't tell. I didn't change anything."
    found = retakes(placed)
    if not found:
        return "I don't hear a retake or a false start in the talk. I didn't change anything."
    where = "; ".join(f"at {clock(placed[r.dropped[0]].start)}: \"{' '.join(p.text for p in placed[r.dropped[0]: r.dropped[1] + 1])[:70]}\""
                      f" (said again at {clock(placed[r.kept[0]].start)})" for r in found[:4])
    return f"{len(found)} retake{'s' if len(found) != 1 else ''}: {where}. Say \"cut the retake\" to remove it. I didn't change anything."

