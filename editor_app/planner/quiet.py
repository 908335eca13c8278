"""Pauses pointed at in one clause and acted on in the next: "some places I go quiet for ages, could you
tighten those up?", "the gap after the no-tools line drags, tighten it".

Why (round 10, suite K): the first clause only describes the pauses (or complains about one), and the
second says what to do with "those" / "it"; read apart, the first was not understood and the second had
no object, or the whole message was answered as a question. Here the second clause is rewritten with
its object: every long pause ("the pauses"), or the one pause the complaint names, so the pause
intents plan it (intents/one_pause.py finds that pause, or asks).
"""

from __future__ import annotations

import re

# "some places I go quiet for ages", "a few bits where I just stand there saying nothing", "loads of dead air";
# round 11: "there's a few spots where I just stare at the camera", "..., can you shorten those gaps"
_QUIET = re.compile(r"\b(?:go(?:es)? (?:quiet|silent)|going (?:quiet|silent)|say(?:ing)? nothing|not (?:saying|talking)"
                    r"|(?:stand|standing|sit|sitting) there(?: (?:silent|quiet|saying nothing|not talking|doing nothing))?"
                    r"|(?:i'm|i am) (?:just )?(?:standing there|silent|quiet)|star(?:e|es|ing) (?:blankly )?(?:at (?:the )?(?:camera|lens)|into (?:space|the (?:camera|lens)))|silen(?:t|ces)|long pauses|pauses|gaps|dead air"
                    r"|quiet (?:bits|parts|moments|spots|stretches))\b")
_DESCRIBES = re.compile(r"^(?:there(?: are| is|'s)|there're|some|a few|a couple|loads|lots|plenty|in (?:some|a few) places|"
                        r"sometimes|at times|i (?:keep|often|sometimes|tend to)|way too many|too many|so many"
                        # round 11b: "the long pauses make it drag, shorten them all"
                        r"|(?:the|all the|all those|these|those|my) (?:(?:long|awkward|big|little) )*(?:pauses|gaps|silences)"
                        r" (?:make|are|drag|feel|go on|kill|slow))\b")
_THOSE = re.compile(r"\b(?:those|these|them|it)(?: (?:gaps|pauses|silences|bits|spots|places|parts|moments|stretches))?\b")
_ACT = re.compile(r"^(?:and |so )?(?:(?:can|could|would|will) you (?:please |just )?|please |pls |just )?(?:tighten|shorten|trim|cut|remove|lose|kill|close|reduce|get rid of|clean|snip|chop|edit)\b")

# "the gap after the X line drags", "the pause before 'Y' goes on a bit", "that silence is a bit long"
_ONE_TOO_LONG = re.compile(
    r"^(?P<what>(?:the|that|this) (?:long |awkward |little |big )?(?:gap|pause|silence|quiet bit|quiet|dead air|dead spot|silent bit|lull) "
    r"(?:right |just )?(?:after|before) .+?) (?:drags(?: on)?(?: a bit)?|goes on(?: (?:a bit|a little|too long|forever|for ages|and on))?"
    r"|(?:is|'s|feels|seems) (?:a bit |a little |way |far |much |really |very |so |kind of |kinda )?(?:too long|long|slow|awkward)"
    r"|lasts forever|takes (?:ages|forever))$")
_DO_IT = re.compile(r"^(?:and |so |please |just |(?:can|could|would|will) you )*(?P<v>tighten|shorten|trim|cut|close|reduce|remove|lose|kill|shrink)"
                    r"(?: it| that| this)?(?: one| (?:pause|gap|silence|bit|spot))?(?: only)?(?: up| down| back)?(?: a bit| a little| please| pls)*$")
# round 16, lead: "massive pause after the six times bit", "a really long gap before 'X'": the pause named by how big it is
_BIG_ONE = re.compile(r"^(?:(?:a|an|one|the|that|this|such a) )?(?:(?:massive|huge|big|giant|enormous|long|awkward|weird|really|very|"
                      r"super|so|crazy|ridiculous(?:ly)?|insane(?:ly)?|mega|loooong|bit of a) )+(?:gap|pause|silence|lull|dead air)"
                      r"(?: there)? (?:right |just )?(?P<side>after|before) (?P<x>.+)$")


# round 11b: "after the story about my brother there's a massive gap(, shrink it)", "before I say X there's a long silence"
_THERE_IS = re.compile(r"^(?P<side>after|before) (?P<x>.+?),? there(?:'s| is) (?:a |an |this |one |such a |that )?"
                       r"(?:(?:massive|huge|big|long|awkward|weird|really|very|super|bit of a|little) )*(?:gap|pause|silence|lull)"
                       r"(?: there)?(?P<act>,? (?:so |and |please |can you |could you )*(?:shrink|trim|tighten|shorten|cut|close|reduce)"
                       r"(?: it| that| this)?(?: one)?(?: only)?(?: up| down| back)?(?: a bit| a little| please)*)?$")
# round 12: the same the other way round: "there's a big gap after X, tighten it", "theres dead air before Y"
# (dead air arrives as "silences")
_THERE_IS_SIDE = re.compile(r"^there(?:'s| is| are) (?:a |an |this |one |such a |that |some )?"
                            r"(?:(?:massive|huge|big|long|awkward|weird|really|very|super|bit of a|little) )*"
                            r"(?:gap|pause|silences?|lull)(?: there)? (?:right |just )?(?P<side>after|before) (?P<x>.+?)"
                            r"(?P<act>,? (?:so |and |please |can you |could you )*(?:shrink|trim|tighten|shorten|cut|close|reduce)"
                            r"(?: it| that| this)?(?: one)?(?: only)?(?: up| down| back)?(?: a bit| a little| please)*)?$")
# round 11b: "too much silence leading into 'Next, X'", "way too much dead air after I say Y"
_TOO_MUCH = re.compile(r"^(?:there(?:'s| is) )?(?:way |far |much )?(?:too much|so much|a lot of|loads of|lots of) "
                       r"(?:silence|dead air|quiet|pause|gap|nothing) (?P<side>leading (?:in)?to|leading up to|going into|"
                       r"(?:right |just )?before|in front of|ahead of|(?:right |just )?after|following|coming out of) (?P<x>.+)$")


# round 12b: "too long a silence before 'X'", "way too long of a gap after Y": the complaint said the other way round
_TOO_LONG_A = re.compile(r"^(?:(?:way|far|much|a bit|slightly|just|a little) )?too long (?:a|of a) "
                         r"(?:gap|pause|silence|lull|wait|beat) (?:right |just )?(?P<side>after|before) (?P<x>.+)$")
# round 12b: "after 'X' it just sits there", "before Y she stalls for ages": the place, then the pause said as what happens
_SITS = re.compile(r"^(?P<side>after|before) (?P<x>.+?),? (?:it|she|he|i|we|everything|the video|the talk|the clip) "
                   r"(?:just |kind of |kinda |sort of )?(?:sits|hangs|stops|stalls|waits|drags|pauses|freezes|goes (?:quiet|silent|dead)"
                   r"|is (?:quiet|silent|dead)|stands still)(?: there)?(?: (?:doing nothing|for ages|forever|too long|a while|a bit))*$")
# round 16, lead: "after 'X' it's dead silent for ages", "after the Y bit it goes totally quiet for way too long"
_GOES_SILENT = re.compile(r"^(?P<side>after|before) (?P<x>.+?),? (?:it|she|he|i|we|everything|the video|the talk)"
                          r"(?:'s| is| goes| went| was| gets)"
                          r" (?:just |kind of |kinda |sort of )?(?:dead |completely |totally |really |so |super )?(?:quiet|silent|dead|nothing)"
                          r"(?: (?:for ages|forever|too long|way too long|a while|for a while|for ever|for way too long|for so long))*$")


def _pause_said_so(text: str) -> str | None:
    """"shorten the pause after X" for one pause said as what happens there or by how big it is ("after X it just
    sits there", "after X it's dead silent for ages", "massive pause after X"); None otherwise."""
    found = _SITS.match(text) or _GOES_SILENT.match(text) or _BIG_ONE.match(text)
    return f"shorten the pause {found.group('side')} {found.group('x')}" if found else None


def one_pause_said(instruction: str) -> str | None:
    """One clause that names one pause loosely, rewritten as "shorten the pause after/before X" (the
    pause intents find it or ask): "the pause after 'X' goes on forever", "after the story about my
    brother there's a massive gap, shrink it", "too much silence leading into 'Next, X'". Why: these
    complain about one pause without the verb a command starts with; read as a general complaint they
    asked "shorter or faster?", or were not understood. Shortening (not cutting) keeps a natural beat."""
    t = instruction.strip(" ,.!?")
    one = _ONE_TOO_LONG.match(t)
    if one is not None:  # round 23: "the quiet after X goes on and on": that pause
        return "shorten " + re.sub(r"\b(?:quiet bit|quiet|dead spot|silent bit)\b", "pause", one.group("what"), count=1)
    there = _THERE_IS.match(t)
    if there is not None:
        return f"shorten the pause {there.group('side')} {there.group('x')}"
    there = _THERE_IS_SIDE.match(t)
    if there is not None and there.group("act"):
        return f"shorten the pause {there.group('side')} {there.group('x')}"
    too_long = _TOO_LONG_A.match(t)
    if too_long is not None:
        return f"shorten the pause {too_long.group('side')} {too_long.group('x')}"
    said_so = _pause_said_so(t)  # round 16: "after 'X' it's dead silent for ages", "huge pause after the marisol thing"
    if said_so is not None:
        return said_so
    much = _TOO_MUCH.match(t)
    if much is not None:
        side = "after" if re.search(r"after|following|coming out", much.group("side")) else "before"
        return f"shorten the pause {side} {much.group('x')}"
    return None


_BARE_PAUSE = re.compile(r"^(?:the |that |this |a )?(?:(?:long|awkward|big|little) )?(?:gap|pause|silence|quiet|dead air|dead spot)"
                         r" (?:right |just )?(?P<side>after|before) (?P<x>.+)$")


def lend_pauses(instruction: str, following: str) -> str | None:
    """The next clause with the pauses the first one points at as its object, or None."""
    one = _ONE_TOO_LONG.match(instruction.strip(" ,"))
    act = _DO_IT.match(following.strip(" ,.!?"))
    if one is not None and act is not None:
        return f"shorten {one.group('what')}"
    there = _THERE_IS.match(instruction.strip(" ,"))
    if there is not None and act is not None and not there.group("act"):
        return f"shorten the pause {there.group('side')} {there.group('x')}"
    there = _THERE_IS_SIDE.match(instruction.strip(" ,"))
    if there is not None and act is not None and not there.group("act"):
        return f"shorten the pause {there.group('side')} {there.group('x')}"
    bare = _BARE_PAUSE.match(instruction.strip(" ,"))
    if bare is not None and act is not None:  # round 23: "gap after press the decorative cap back in, tighten"
        return f"shorten the pause {bare.group('side')} {bare.group('x')}"
    said_so = _pause_said_so(instruction.strip(" ,"))
    if said_so is not None and act is not None:  # "after 'X' it just sits there, trim that pause" (round 12b), round 16:
        return said_so                          # "massive pause after the six times bit, can you tighten that one"
    if _QUIET.search(instruction) and _DESCRIBES.match(instruction) and _ACT.match(following) \
            and _THOSE.search(following) and not re.search(r"\b(?:after|before|between)\b", following):
        return _THOSE.sub("the pauses", following, count=1)
    if (_QUIET.search(instruction) or _BREATHS.search(instruction)) and not _ACT.match(instruction) \
            and _ACT.match(following) and _ALL_PAUSES.search(following) \
            and not re.search(r"\b(?:after|before|between|at|from)\b|\d", following):
        return following  # round 12b: "there's a bunch of dead air, can you trim the gaps": the first clause is the why
    return None


# round 12b: "she takes these long breaths between bits": pauses heard as breaths
_BREATHS = re.compile(r"\b(?:long|big|deep|huge|massive|loud) (?:breaths?|breathers|inhales?)\b|\bbreath(?:s|ing)? between\b")
_ALL_PAUSES = re.compile(r"\b(?:the|all the|those|these|my|her|his) (?:(?:long|awkward|big|little|dead) )*(?:pauses|gaps|silences|dead air|breaks)\b")
