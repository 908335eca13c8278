"""Complaints that mean an edit: "the long silences are killing the pace", "it's too dark".

Why: people tell an editor what is wrong, not which tool to use. Read literally, a complaint is
either nothing ("the gaps drag") or the opposite edit ("the clip is too dark" read as "darker").
Each complaint here is rewritten into the plain instruction an editor would carry out, which the
ordinary intents then plan (so names, "it" and ambiguity are resolved exactly as for any other
instruction). A clause after it that only points back ("trim them down", "can you fix it") is the
same request and is folded in. A complaint about the whole video's pace has several honest
fixes; it is answered with a question, never with a guess.
"""

from __future__ import annotations

import re

from editor_app.planner.types import Unclear
from editor_app.planner.vocab import VERBS

# The pauses in the talk, however they are called.
_SILENCE = (r"(?:silences?|pauses?|gaps?|dead air|dead time|dead space|breaks|silent (?:bits|parts|stretches|moments|gaps)|"
            r"quiet (?:bits|parts|stretches|moments|gaps)|spaces? between (?:my |the )?(?:sentences|words|lines)|"
            r"(?:bits|parts|places|moments|times|spots) (?:where|when) i(?:'m| am)? (?:stop|pause|don't say|'m not|am not|"
            r"not saying|go quiet|say nothing)|where i (?:stop talking|pause|go quiet|say nothing|'m not saying anything))")
_DRAGS = (r"(?:drag|drags|dragging|killing|kill|kills|ruin|ruins|ruining|hurt|hurts|too long|so long|way too long|boring|bore|"
          r"forever|awkward|annoying|slow (?:it|things|everything) down|feel long|feels long|feel endless|go on|goes on|"
          r"too many|too much|loads|lots|a lot|so many|way too|are long|is long|are too|is too|long ones|"
          r"driv(?:e|es|ing) me (?:mad|crazy|nuts|insane|bonkers|up the wall|round the bend)|do(?:es|ing)? my head in|"
          r"get(?:s|ting)? on my nerves|distracting|irritating|grating|can't stand|cannot stand|hate|unbearable|everywhere)")
# Hesitations, however they are called, and the instruction that removes the ones named (round 12, lead):
# "the ums are driving me mad", "too many uhs", "I say um way too much", "so much umming and ahhing".
_FILLER_WORDS = re.compile(r"\b(?P<f>ums?|uhs?|ers|erms?|ahs?|umm+s?|filler(?:s| words?)?|hesitations?|"
                           r"umming(?: and a+h+ing)?|erming)\b")
# A clause that only points back at what the complaint was about: "trim them down", "can you fix it".
_POINTS_BACK = re.compile(r"^(?:(?:can|could|would) you |please |so |pls )?(?:\w+(?: \w+)?) "
                          r"(?:it|them|that|those|these|this)(?: (?:up|down|out|back|off|a bit|a little|[a-z]+er|"
                          r"please|for me|somehow|right away))*$")
_VOICE = r"(?:my voice|the voice|my volume|my audio|my levels|my speech|the talk|the talking|me|how loud i am|how loud my voice is|how loud i'm talking)"
_UNEVEN = (r"(?:level(?:s)? out|even(?:s)? out|uneven|inconsistent|all over the place|up and down|jumps? around|varies|"
           r"keeps changing|louder than (?:other|the other)|quieter than (?:other|the other)|same loudness|consistent|steady)")
_MUSIC = r"(?:the |my |that |this )?(?:background )?(?:music|song|soundtrack|beat|track|bed|tune)"
_HEARERS = (r"(?:nobody|no one|noone|one|people|you|viewers|they|i|we|the viewers?|anyone) can(?:'t|not|t)?(?: barely| hardly| even| properly| really)? "
             r"hear (?:me|myself|my voice|the voice|the talk|the talking|what i(?:'m| am) saying|anything i say|him|her|them|the speaker)"
             r"(?: talking| speaking| at all)?")
# round 19: "the music is so loud nobody can hear me talking", "the music is far too loud, I can hardly hear myself over
# it": the bed is too loud as a whole (two blind writers both meant its level, not a dip under the speech)
_LOUD_HEARERS = re.compile(rf"^(?P<m>{_MUSIC})(?: is|'s| gets| goes)(?: way| much| far| really| so| just| too| a bit)* loud"
                           rf"(?:,?(?: that| and| so(?: that)?)? {_HEARERS}|[,;.]? (?:and )?{_HEARERS} (?:over|under|through|above|with) "
                           rf"(?:it|that|{_MUSIC}))[ .!?]*$")


def music_too_loud_to_hear(text: str) -> str | None:
    """'the music is so loud nobody can hear me talking' -> "the music is too loud"; None otherwise."""
    m = _LOUD_HEARERS.match(text.strip())
    return f"{m.group('m')} is too loud" if m else None


_DROWNS = (rf"^{_MUSIC} (?:is |keeps )?(?:drown(?:s|ing)?|overpower(?:s|ing)?|bury|buries|burying|swamp(?:s|ing)?|"
           r"cover(?:s|ing)?|fight(?:s|ing)?(?: with)?|compet(?:es|ing) with|step(?:s|ping)? on|walk(?:s|ing)? over) "
           r"(?:me|my voice|my talking|the voice|the talk|what i say|the speech)"
           rf"|^(?:i )?can(?:'t|not| barely| hardly)? (?:barely |hardly )?hear (?:me|myself|my voice|what i'm saying|the voice) "
           rf"(?:over|under|through|above|with) {_MUSIC}"
           rf"|^(?:i(?:'m| am)|my voice is) (?:kind of |kinda |a bit |really |quite |pretty |so )?(?:hard|difficult|tricky) to hear "
           rf"(?:over|under|through|above|with) {_MUSIC}"
           rf"|^{_MUSIC} (?:is|'s) (?:way |much |a lot )?louder than (?:me|my voice|the voice|the talk)"
           # round 12: too loud only while I talk: the fix is ducking under the speech, not a lower level everywhere
           rf"|^{_MUSIC}(?: is|'s|'s just| gets| goes) (?:way |much |far |a bit |a little |really |so |just |kind of |kinda )*"
           rf"(?:too )?loud (?:when|while|whenever|as|every time) i(?:'m| am)? (?:talk|talking|speak|speaking|say anything)"
           rf"|^{_MUSIC}(?: is|'s| gets| goes) (?:way |much |far |a bit |a little |really |so |just |kind of |kinda )*"
           rf"(?:too )?loud (?:over|under|on top of) (?:me|my voice|my talking|the talking|the voice|the speech)"
           )
_QUIET_ME = re.compile(r"^(?:i(?:'m| am)|my voice(?: is|'s)|i sound) (?:way |far |much |a bit |a little |really |so |very |kind of |kinda )?"
                       r"(?:too )?(?:quiet|soft|faint|hard to hear)$|^i can(?:'t|not| barely| hardly) (?:barely |hardly )?hear "
                       r"(?:me|myself|my voice)$")
# "<subject> is too dark": the subject is everything before the verb.
_STATE = re.compile(r"^(?P<s>it|this|that|(?:the|my|this|that|our) [^,]{1,60}?|[a-z0-9_.-]+(?: [a-z0-9_.-]+){0,4}?)"
                    r"(?: is|'s| looks?| seems?| feels?| appears?| plays?| runs?| goes| moves?| comes across)"
                    r" (?P<how>(?:way |far |much |a bit |a little |a touch |a tad |really |so |very |kind of |kinda |quite |"
                    r"rather |pretty |too |still |slightly |super |extremely |incredibly |seriously |awfully |quite a bit )*)"
                    r"(?P<what>[a-z -]+?)$")
_DARK = r"(?:dark|dim|murky|gloomy|underexposed|under-exposed|muddy|shadowy)"
_BRIGHT = r"(?:bright|overexposed|over-exposed|blown out|harsh|glaring)"
_SLOW = r"(?:slow|sluggish|draggy|long-winded|plodding)"
_FAST = r"(?:fast|quick|rushed|hurried|frantic|speedy)"
_WHOLE = re.compile(r"^(?:the (?:whole |entire )?(?:thing|video|edit|vlog|film|pace|pacing|cut|project|timeline)|everything|"
                    r"the whole (?:video|thing|edit)|it all)$")
_GENTLE = re.compile(r"\b(?:a bit|a little|a touch|a tad|slightly|kind of|kinda|somewhat)\b")
_LENGTH = re.compile(r"^(?P<s>.+?) (?:is|'s|runs|goes on|lasts) (?:about |around |roughly )?(?P<n>[\d.]+|a|an|half a) ?(?:seconds?|secs?|s) "
                     r"too (?P<what>long|short)$")


# "the boil clip is too long", "c4 is a bit too short": a clip's length, no amount said
_CLIP_LENGTH = re.compile(r"^(?P<s>(?:the|that|this|my) (?:[\w.'-]+ ){0,4}?(?:clip|shot|photo|picture|pic|still|video|footage|"
                          r"b-?roll|cutaway|one)|c\d+) (?:is|'s|runs|goes on|lasts|feels|stays up|stays on screen) "
                          r"(?:(?:way|far|much|a bit|a little|a touch|slightly|kinda|kind of|just|still|really) )*too (?P<what>long|short)$")


# How the picture's colour looks: "I look kinda blue on camera", "my skin looks way too orange".
_COLD = r"(?:blue|blueish|bluish|cold|cool|grey|gray|pale|green|greenish|icy|ashen|ghostly)"
_GREEN = r"(?:green|greenish|sickly|seasick)"  # a cast that warmth does not take out: less green (round 11)
# Colour gone flat rather than cold (round 10): more colour, not warmer.
_FADED = r"(?:washed out|washed-out|faded|flat|dull|lifeless|drab|colorless|desaturated)"
_HOT = r"(?:orange|yellow|yellowish|red|reddish|warm|too warm|tanned|sunburnt|pink)"
_TINT = re.compile(r"^(?P<s>i|my (?:skin|face|skin tone)|the (?:talk|picture|image|video|colou?rs?)|(?:the|my) [a-z0-9 _.-]{1,40}?)"
                   r"(?:'m| am| look| looks| seem| seems| appear| appears| come across| comes across)"
                   r" (?P<how>(?:way |far |much |a bit |a little |a touch |really |so |very |kind of |kinda |quite |rather |"
                   rf"pretty |too |super |weirdly |oddly |slightly |proper |properly |well |dead |a right )*)(?P<what>{_GREEN}|{_COLD}|{_HOT}|{_FADED})"
                   r"(?: (?:and|or) [a-z]+)?$")
_COLOUR_EDIT = re.compile(r"\b(?:warm|warmer|cool|cooler|colou?rs?|white balance|tint|temperature|grade|correct)\b")
# A colour fix that says which way ("warm the colour up on me"); "fix the colour on me" does not.
_COLOUR_WAY = re.compile(r"\b(?:warm|warmer|warmth|cool|cooler|bright|brighter|brighten|dark|darker|darken|saturat\w*|vivid|"
                         r"punchy|punchier|contrast|less|more|orange|blue|black and white)\b")
# Where the speaker says it about, after the statement: "I look blue in this shot", "I'm loud here" (round 10).
_WHERE_TAIL = re.compile(r"(?: (?:in|on) (?:this|that|the|these|my)(?: (?:shot|one|video|clip|bit|take|part|footage|picture|"
                         r"scene|section|talk|recording|light|lighting|frame|vid|edit))?| (?:on|in) (?:camera|screen|video|frame)"
                         r"| here| there| in here| at the moment| right now| now| though| tbh| honestly| overall"
                         # the light it is blamed on (round 11): "under the desk lamp", "in the kitchen light", "from the window"
                         r"| (?:under|in|from|with|by) (?:the |this |that |these |those |my |a |an )?(?:[a-z-]+ ){0,2}?(?:lamps?|lights?|"
                         r"lighting|bulbs?|leds?|fluorescents?|window|sun|sunlight|daylight|ring ?light|softbox))+$")
# How the speaker sounds, too loud (round 10): "I'm a bit loud", "my voice is way too loud here".
_LOUD_ME = re.compile(r"^(?:i(?:'m| am)|my voice(?: is|'s| sounds?)|i sound|i come across(?: as)?) (?P<how>(?:way |far |much |a bit |"
                      r"a little |a touch |a tad |really |so |very |kind of |kinda |quite |rather |pretty |slightly |super )*)"
                      r"(?:too )?(?:loud|booming|shouty|deafening|overpowering)$")
# How a voice sounds that a level cannot change (there is no EQ or noise filter): say so, change nothing.
_TONE = re.compile(r"^(?:i(?:'m| am)|i sound|my voice(?: is|'s| sounds?)|the (?:voice|audio|sound)(?: is|'s| sounds?)|my audio(?: is|'s| sounds?))"
                   r" (?:(?:way |far |much |a bit |a little |a touch |a tad |really |so |very |kind of |kinda |quite |rather |"
                   r"pretty |slightly |super |too )*)(?:boomy|bassy|tinny|muffled|muddy|echoey|echoy|echo-y|hollow|nasal|thin|"
                   r"boxy|hissy|sibilant|distorted|crackly|robotic|metallic|harsh)$")
# The speaker's own picture or pace said as a state: "I look too dark", "I talk way too fast here".
_ME_STATE = re.compile(r"^(?:i(?:'m| am)(?: going| talking| speaking| coming across)?|i (?:look|seem|appear|sound|talk|speak|come across|go|read)|my (?:face|skin|voice|talking|"
                       r"speech|delivery)(?: is|'s| looks?| seems?| sounds?))(?: like)? (?P<how>(?:way |far |much |a bit |a little |"
                       r"a touch |a tad |really |so |very |kind of |kinda |quite |rather |pretty |slightly |super |too )*)"
                       r"(?P<what>[a-z -]+?)$")
_TONE_REPLY = ("I can't change how a voice sounds (its tone: there is no EQ or noise filter here), only its level. Say e.g. "
               "\"turn my voice down 2 dB\" or \"even out my voice\". I didn't change anything.")


def _plain(clause: str) -> str:
    """The statement without where it is said about ("I look blue in this shot" -> "i look blue")."""
    return _WHERE_TAIL.sub("", clause.strip(" .!?")).strip()


# "I'm really dark in the pxl clip": the speaker inside a named clip; that clip is what to change.
_IN_CLIP = re.compile(r" (?:in|on) (?P<clip>(?:the|that|this|my) (?:[a-z0-9_.-]+ ){0,3}(?:clip|shot|footage|video|vid|one|photo|"
                      r"picture|b-?roll|cutaway|c\d+)|c\d+)$")


# A cast said as a thing that is there (round 11): "there's a green tint on me" is "I look green".
_CAST = re.compile(rf"^there(?:'s| is) (?:a |an )?(?:(?:bit of a|slight|weird|strong|horrible|nasty|real) )?(?P<what>{_GREEN}|{_COLD}|{_HOT})"
                   r" (?:tint|cast|tinge|hue|colou?r cast) (?:on|over|to) (?:me|my face|my skin)$")


def _me_in(clause: str) -> tuple[str, str]:
    """(the statement without "in the X clip", what it is about: that clip, else "the talk")."""
    t = clause.strip(" .!?")
    found = _IN_CLIP.search(t)
    if found and not re.fullmatch(r"(?:the|that|this|my) (?:clip|shot|footage|video|vid|one)", found.group("clip")):
        return _plain(t[:found.start()]), found.group("clip")
    said = _plain(t)
    cast = _CAST.match(said)
    return (f"i look {cast.group('what')}" if cast else said), "the talk"


def _talk_for_me(text: str) -> str:
    """"warm the colour up on me" -> "... on the talk": the speaker is the talk clip."""
    from editor_app.planner import speaker

    return speaker.rewrite(text) or text

_GENERIC = re.compile(r"^(?:(?:can|could|would) you |please )?(?:fix|sort|sort out|deal with|do something about|handle|"
                      r"take care of|help with|improve|sort that|sort it)\b")
_DRAGS_ON = re.compile(r"^(?P<s>it|this|that|(?:the|my|this|that|our) [^,]{1,60}?|[a-z0-9_.-]+(?: [a-z0-9_.-]+){0,4}?) "
                       r"(?:drags(?: on)?|goes on (?:too long|forever|a bit)|goes on and on|outstays its welcome)"
                       r"(?: (?:a bit|a little|too long|forever|way too long))?$")
_PACE = ("What would help the pace: cutting the pauses, or playing the talk faster? Say e.g. \"tighten the pauses\" "
         "or \"speed up the talk by 10 percent\".")


def rewrite(clause: str, following: str | None, last_clips: bool) -> tuple[list[str], bool] | None:
    """The instruction(s) a complaint means and whether ``following`` (the next clause) was folded
    in, or None when ``clause`` is not a complaint read here. ``last_clips``: the conversation has
    a clip "it" can mean. Raises Unclear when the complaint has several fixes and none is safe to pick."""
    back = following is not None and bool(_POINTS_BACK.match(following)) and not re.search(r"\d", following)
    said, inside = _me_in(clause)
    tint = _TINT.match(said)
    if tint is not None:  # "I look kinda blue on camera(, warm up the colour on me)"
        says_way = following is not None and bool(_COLOUR_WAY.search(following))
        if following is not None and not back and _COLOUR_EDIT.search(following) and says_way:
            return [_talk_for_me(following)], True  # the next clause says the fix itself: the complaint only explains it
        generic = following is not None and (_COLOUR_EDIT.search(following) or _GENERIC.match(following)) and not says_way
        if following is None or back or generic:  # "..., fix the colour on me": the complaint says which way
            what = tint.group("what")
            subject = inside if re.match(r"(?:i|me|my)\b", tint.group("s")) else tint.group("s")
            gentle = " a bit" if _GENTLE.search(tint.group("how") or "") else ""
            if re.fullmatch(_FADED, what):
                return [f"make {subject} more colorful"], following is not None
            if re.fullmatch(_GREEN, what):  # a green cast (round 11): towards magenta, not warmer
                return [f"make {subject} less green{gentle}"], following is not None
            cold = re.fullmatch(_COLD, what) is not None
            return [f"warm {subject} up{gentle}" if cold else f"cool {subject} down{gentle}"], following is not None
    if following is not None and not back:
        return None  # "the clip is too dark, brighten it by 20%": the next clause says what to do itself
    # "the dji shot is really dark, can you lift it": a pointing-back verb the planner has no edit for
    # ("lift", "sort", "sort out") means the complaint's own fix, as "fix it" does (round 9)
    unknown_verb = back and following is not None and _verb_of(following) not in VERBS
    fixed = _fix(clause, last_clips, following is None or bool(_GENERIC.match(following)) or unknown_verb)
    if fixed is None:
        return None
    return fixed, back


def _filler_fix(t: str) -> str | None:
    """The removal a complaint about hesitations means, or None. Said of all of them ("the ums are
    driving me mad", "way too many uhs", "I say um way too much"): "remove the ums" for the kinds
    named (the filler intents read "the ums" as um and uh). Said of some ("the ums in the intro are
    annoying", "the um after toothbrush is distracting"): the complaint's subject is what goes, so
    "remove the ums in the intro", which the scoped filler intents place or ask about."""
    said = [m.group("f") for m in _FILLER_WORDS.finditer(t)]
    if not said or not (re.search(rf"\b{_DRAGS}\b", t) or t.startswith("many ")):
        return None
    subject = _COMPLAINED_OF.match(t)
    if re.search(r"\b(?:after|before|when|where|while|during)\b|\bin (?!this\b|it\b|here\b|the (?:video|whole|talk)\b|my talk)", t):
        if subject is None or not _FILLER_WORDS.search(subject.group("s")):
            return None
        return "remove " + subject.group("s")
    kinds = []
    for word in said:
        kind = ("uhs" if word.startswith("uh") else "fillers" if word.startswith(("fill", "hesit")) else
                "ums and ahs" if word.startswith(("ah", "umming")) else "ums")
        if kind not in kinds:
            kinds.append(kind)
    return "remove the " + " and ".join(kinds)


# "<what> is/are <complaint>": the thing complained of
_COMPLAINED_OF = re.compile(rf"^(?P<s>.+?) (?:is|are|'s|'re|keeps?|just) (?:(?:so|really|very|just|kind of|kinda|a bit|"
                            rf"a little|pretty|quite|super|way|too|being) )*{_DRAGS}\b")


def _verb_of(clause: str) -> str:
    """The first word after a polite opening ("can you lift it" -> "lift")."""
    rest = re.sub(r"^(?:(?:can|could|would) you |please |so |pls )", "", clause.strip())
    return rest.split(" ", 1)[0]


def is_complaint(clause: str) -> bool:
    """``clause`` only says what is wrong ("the dji clip is super dark", "I'm too quiet")."""
    t = clause.strip(" .!?")
    said = _me_in(t)[0]
    if _TINT.match(said) or _QUIET_ME.match(said) or _LOUD_ME.match(said) or _TONE.match(said):
        return True
    try:
        return _fix(t, True, True) is not None
    except Unclear:
        return True


def about_me(clause: str) -> bool:
    """A complaint about the speaker ("I'm too quiet", "my voice is too soft"): no clip is named."""
    return is_complaint(clause) and bool(re.match(r"(?:i|i'm|me|my)\b", clause.strip()))


# Round 12b: a number that is a time or an amount ("between 0:10 and 0:12", "at 40 seconds", "the first 5 s"),
# not one inside what a clip is called ("the 360 clip", "GH010882", "IMG_5803 shot"): only those leave the
# complaint to the plain intents.
_TIME_SAID = re.compile(r"\d:\d|\b\d+(?:\.\d+)? ?(?:s|secs?|seconds?|mins?|minutes?|db|%|percent|x|times)\b"
                        r"|\b(?:at|from|to|between|and|after|before|until|till|around|about|first|last) \d")
# "the gopro clip way too dark": the complaint said without its verb, as people type it.
_NO_VERB = re.compile(r"^(?P<s>(?:the|my|this|that|our) [a-z0-9_.' -]{1,60}?|[a-z0-9_.-]+(?: [a-z0-9_.-]+){0,3}?) "
                      r"(?P<how>(?:(?:way|far|much|a bit|a little|really|so|just|still|kind of|kinda|far|waaay) )*too [a-z -]+)$")


_NOT_A_THING = {"still", "now", "way", "far", "much", "just", "really", "so", "it", "it's", "its", "that", "that's", "this",
                "and", "but", "also", "yeah", "no", "nope", "ok", "okay", "hmm", "ugh", "oh", "a", "bit", "little", "kinda",
                "not", "never", "all", "way", "then", "too"}


def with_verb(t: str) -> str:
    """``t`` with "is" put back in a complaint said without it ("gopro clip way too dark")."""
    bare = _NO_VERB.match(t)
    if bare is None or bare.group("s").split(" ", 1)[0] in VERBS | _NOT_A_THING \
            or re.search(r"\b(?:is|are|was|were|'s|'re|looks?|seems?|sounds?|feels?|runs?|goes|plays?|lasts?|drags?|"
                         r"gets?|comes?|i|i'm|me|my)\b|\d+(?:\.\d+)? ?(?:s|secs?|seconds?|mins?|minutes?)\b", bare.group("s")):
        return t
    return f"{bare.group('s')} is {bare.group('how')}"


def _fix(clause: str, last_clips: bool, alone: bool = True) -> list[str] | None:
    """``alone``: nothing follows, or only "fix it": the complaint alone says which edit. Otherwise a
    following "make it quieter" says it better ("the music is drowning me out, make it quieter" is a
    lower level, not ducking), so only the pauses and a length said in seconds are rewritten."""
    t = with_verb(clause.strip(" .!?"))
    if _TIME_SAID.search(t) and not _LENGTH.match(t):
        return None  # "the dead air between 0:10 and 0:12 is too long": a time the plain intents read
    if re.search(rf"\b{_SILENCE}", t) and re.search(rf"\b{_DRAGS}\b", t) and not re.search(
            r"\b(?:gap|pause|silence|break) (?:right |just )?(?:after|before)\b|\bafter i say\b|\bafter the\b|(?<![a-z])['\"]", t):
        return ["remove the silences"]
    fillers = _filler_fix(t)
    if fillers is not None:
        return [fillers]
    length = _LENGTH.match(t)
    if length:
        subject, amount = length.group("s"), {"a": "1", "an": "1", "half a": "0.5"}.get(length.group("n"), length.group("n"))
        if length.group("what") == "long":
            return [f"trim {amount} seconds off the end of {subject}"]
        return [f"make {subject} {amount} seconds longer"]
    loose = _CLIP_LENGTH.match(t)
    if loose:  # round 17 (lead): "the boil clip is too long": shorter, as "make it shorter" reads (not understood before)
        return [f"make {loose.group('s')} {'shorter' if loose.group('what') == 'long' else 'longer'}"]
    if _TONE.match(_plain(t)):
        raise Unclear(_TONE_REPLY, ["turn my voice down 2 dB", "even out my voice"])
    if not alone:
        return None
    said, inside = _me_in(t)
    if _LOUD_ME.match(said):  # "I'm a bit loud in this": the talk down, gently when said gently (round 10)
        return [f"turn {inside} down 2 db" if _GENTLE.search(t) else f"turn {inside} down 4 db"]
    if re.search(rf"\b{_VOICE}\b", t) and re.search(rf"\b{_UNEVEN}\b", t) and not re.search(r"\bmusic\b", t):
        return ["normalize the voice"]
    if re.search(_DROWNS, t):
        return ["duck the music under the speech"]
    if _QUIET_ME.match(_plain(t)):
        return ["turn my voice up 3 db" if _GENTLE.search(t) else "turn my voice up 4 db"]
    me = _ME_STATE.match(said)
    if me and re.search(r"\btoo\b|\b(?:a bit|a little|a touch|a tad|really|so|very|kind of|kinda|quite|rather|pretty|way|far|"
                        r"much|super|slightly)\b", me.group("how") or ""):  # "I look too dark in this" (round 10)
        gentle, what = bool(_GENTLE.search(me.group("how"))), me.group("what").strip()
        if re.fullmatch(_DARK, what):
            return [f"brighten {inside}" + (" slightly" if gentle else "")]
        if re.fullmatch(_BRIGHT, what):
            return [f"darken {inside}" + (" slightly" if gentle else "")]
        if re.fullmatch(_FAST, what):
            return [f"slow {inside} down by {10 if gentle else 20} percent"]
        if re.fullmatch(_SLOW, what):
            return [f"speed {inside} up by {10 if gentle else 25} percent"]
    drags = _DRAGS_ON.match(t)
    if drags:  # "the paper test drags on a bit": shorter or faster are both fair readings
        subject = drags.group("s")
        if _WHOLE.match(subject) or (subject in ("it", "this", "that") and not last_clips):
            raise Unclear(_PACE, ["tighten the pauses", "speed up the talk by 10 percent"])
        raise Unclear(f"Shorter or faster? Say e.g. \"trim 2 seconds off the end of {subject}\" or \"speed {subject} "
                      "up by 25 percent\".")
    state = _STATE.match(t)
    if state is None:
        return None
    subject, how, what = state.group("s"), state.group("how"), state.group("what").strip()
    if not re.search(r"\btoo\b|\b(?:a bit|a little|a touch|a tad|really|so|very|kind of|kinda|quite|rather|pretty|way|far|much|"
                     r"super|extremely|incredibly|seriously|awfully)\b",
                     how):
        return None  # "the clip is dark" is a description, not a complaint
    gentle = bool(_GENTLE.search(how))
    whole = bool(_WHOLE.match(subject)) or (subject in ("it", "this", "that") and not last_clips)
    if re.fullmatch(_DARK, what):
        return None if whole else [f"brighten {subject}" + (" slightly" if gentle else "")]
    if re.fullmatch(_BRIGHT, what):
        return None if whole else [f"darken {subject}" + (" slightly" if gentle else "")]
    if re.fullmatch(_SLOW, what) or re.fullmatch(_FAST, what):
        slow = bool(re.fullmatch(_SLOW, what))
        if whole:
            raise Unclear(_PACE, ["tighten the pauses", "speed up the talk by 10 percent"])
        if slow:
            return [f"speed {subject} up by {10 if gentle else 25} percent"]
        return [f"slow {subject} down by {10 if gentle else 20} percent"]
    return None
