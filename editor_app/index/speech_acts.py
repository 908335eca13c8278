"""What a sentence does, for requests that name it rather than what is said (round 11).

Why: "my advice to beginners", "where I admit I forgot", "the reveal", "the overview of what I'll do"
describe a speech act. The sentence meant shares no words with the request ("If you're new to this,
don't chase an expensive deck"), and MiniLM reading the request ranks sentences about the same
objects first. Here a request that names an act (a word list per act: advice, tip, recommend ...)
also scores every candidate window by MiniLM's cosine to a few generic examples of that act, written
for no talk in particular; that score, scaled over the candidates, is added on the fused scale
(fusion.fuse_transcripts' ``extra``). Cost: the examples are encoded once and cached like windows;
per request one matrix product over the candidates' cached vectors, and nothing for requests that
name no act (most).
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

# act -> (words in a request that name it, generic examples of a sentence doing it)
ACTS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    # "tip" as advice, not "the wire's tips" or "the tips of the bar"; "recommend" as an act, not "the
    # recommended pressure"
    "advice": (re.compile(r"\b(?:advice|advise|(?:^|(?<=\bmy )|(?<=\ba )|(?<=\bmain )|(?<=\btop )|(?<=\bquick )|"
                          r"(?<=\bpro )|(?<=\bone )|(?<=\bhis )|(?<=\bher )|(?<=\btheir )|(?<=\byour ))tips?\b(?! of)|"
                          r"recommendations?|recommend(?:s|ing)?\b(?! \w+ (?:figure|value|setting|pressure|amount))|"
                          r"suggestion|pointers?|words of wisdom|"
                          r"(?:for|to) (?:beginners|newcomers|novices|first-timers)|lesson learned)\b", re.I),
               ("My advice if you're a beginner is to take your time and not rush it.",
                "If you're new to this, the one thing I'd recommend is starting with the basics.",
                "Top tip: don't waste money on the fancy version, the cheap one is fine.")),
    "impression": (re.compile(r"\b(?:first (?:impressions?|reactions?|thoughts|feel)|initial (?:impressions?|thoughts|"
                              r"reactions?)|out of the box|straight out of the (?:box|packet))\b", re.I),
                   ("Out of the box, my first impression was that it felt a bit cheap.",
                    "When I first picked it up, it felt heavier and more solid than I expected.")),
    "complaint": (re.compile(r"\b(?:complain\w*|gripes?|griping|grumbl\w*|moan\w*|rant\w*|whing\w*|annoy\w*|"
                             r"frustrat\w*|pet peeve|irritat\w*)\b", re.I),
                  ("Honestly, the most annoying part was this, I really hated doing it.",
                   "My one complaint is that it's frustrating and takes forever.")),
    "confession": (re.compile(r"\b(?:admit\w*|confess\w*|own(?:s|ed)? up|embarrass\w*)\b", re.I),
                   ("I have to admit, I forgot to do this the first time and learned the hard way.",
                    "Confession time, I got this completely wrong at first.")),
    "encouragement": (re.compile(r"\b(?:encourag\w*|reassur\w*|motivat\w*|pep talk|not to worry|don't worry|"
                                 r"(?:you|anyone) can do (?:it|this))\b", re.I),
                      ("Don't worry, you can totally do this yourself, just have a go.",
                       "Honestly, anyone can do it, so give it a try.")),
    "result": (re.compile(r"\b(?:the (?:big |final |end )?(?:reveal|result|outcome|payoff)|end result|finished "
                          r"(?:look|result|job|product)|how it (?:turned|came) out|before and after)\b", re.I),
               ("And here it is finished, you honestly can't tell anything was wrong.",
                "And that's the result, it works perfectly now and sounds so much better.")),
    "plan": (re.compile(r"\b(?:overview|roadmap|game plan|the plan|outline of|rundown|what (?:i'm|we're|i am|we are|"
                        r"i'll|we'll) (?:going to |gonna )?(?:do|cover)|agenda)\b", re.I),
             ("So the plan is to take it apart, clean everything, then put it back together and test it.",
              "Here's what we'll cover in this video, step by step.")),
    # something that happened once, told as a story (round 13): "the story about the batch I burnt", "the time
    # a cover got ripped away"; "the time" only before who did what in the past ("the time it takes" is no story)
    "story": (re.compile(r"\b(?:story|stories|anecdote|tale|that time|(?:the|a) time (?:when )?(?:i|we|he|she|they|"
                         r"my|our|his|her|their|a|the|it) (?:\w+ )?(?:\w+ed|got|went|was|were|did|had|made|lost|"
                         r"burnt|blew|fell|broke|took|forgot|ran|set|put|left))\b", re.I),
              ("The first time I tried this, I rushed it and the whole lot was ruined.",
               "A couple of years ago we had one blow over in a storm and lost everything.",
               "I remember once I did this without gloves and really regretted it.")),
    # what is needed for the job: "the list of equipment", "what gear is required", "the tools I used"
    "needs": (re.compile(r"\b(?:list of|equipment|supplies|materials|(?:what|everything|all)(?: (?:gear|tools?|kit|stuff|"
                         r"things))? (?:you|i|we)(?:'ll| will)? (?:need|use)|(?:gear|tools?|kit|stuff|things) (?:needed|"
                         r"required|you need|i used)|what (?:gear|tools?|kit|stuff) (?:is|are|do|does))\b", re.I),
              ("All you need is a screwdriver, an old towel, some tape and a small bucket.",
               "Here's what you'll need: a brush, some glue, fine sandpaper and a spare part.")),
}
# A request that is itself a list of things ("spackle, a scraper, a craft blade and spare paint") asks
# for the sentence that lists them: the "needs" act, when it names no other act.
_LIST = re.compile(r"^[^,:;]*(?:,[^,:;]+){2,}(?:,|\band\b)[^,:;]+$")
# A spread of act cosines under this counts as noise (as fusion.FUSION_FLOOR).
ACT_FLOOR = 0.1
# Each window's act score less this share of its mean score over all acts: round 8's kombucha check lost
# "where I admit I've ruined one by rushing" to the bin take's "It's easier than you think." (near every
# example). 397 tuning queries: 0 -> 307, LOSO 303; 0.5 -> 308, LOSO 304; 1.0 -> 307, LOSO 303.
CONTRAST = 0.5


def named_acts(query: str) -> list[str]:
    """The acts ``query`` names ("my tip for newcomers" -> ["advice"])."""
    acts = [act for act, (pattern, _) in ACTS.items() if pattern.search(query)]
    return acts or (["needs"] if _LIST.search(query.strip()) else [])


def act_scores(query: str, windows: dict[str, str], sentences: Any) -> dict[str, float]:
    """Window id -> 0-1: how much each window does an act the request names (best MiniLM cosine to
    the act's examples, min-max scaled over ``windows``); empty when no act is named, MiniLM is
    missing, or a window is not encoded yet."""
    acts = named_acts(query)
    if not acts or sentences is None or len(windows) < 2:
        return {}
    names = list(ACTS)
    examples = [e for act in names for e in ACTS[act][1]]
    vectors = sentences.encode(examples)
    if vectors is None:
        return {}
    ids = list(windows)
    rows, matrix = sentences.cached([windows[d] for d in ids])
    if len(rows) < 2:
        return {}
    cos = matrix @ vectors.T
    owner = np.array([names.index(act) for act in names for _ in ACTS[act][1]])
    per_act = np.stack([cos[:, owner == k].max(axis=1) for k in range(len(names))], axis=1)
    wanted = [names.index(act) for act in acts]
    # an act's share less how much the window reads like any act: a short, generic sentence ("It's
    # easier than you think.") is near every example and is not the act asked for
    best = per_act[:, wanted].max(axis=1) - CONTRAST * per_act.mean(axis=1)
    span = max(float(np.ptp(best)), ACT_FLOOR)
    return {ids[r]: float(b - best.min()) / span for r, b in zip(rows.tolist(), best.tolist())}
