"""The planner's side of a conversation: how people talk to an editor, read before the intents.

Two hooks for planner.core, so the core loop stays small:

- ``rewrite_at(instructions, i, ctx)``: the i-th instruction as plain instructions. A complaint
  becomes the edit it asks for (complaints.py), a time or range said in words becomes a time
  (spoken.py), a reaction in front of a follow-up ("too much, bring it back up") is dropped.
  The list is changed in place (a clause that only points back is folded into the one before;
  a second edit after a comma becomes its own instruction, planned on the result of the first).
- ``special(whole, memory)``: undo said with a reaction or a name ("scratch that, undo the speed
  change"). An undo that names a kind of change the last edit was not asks instead: undo only
  ever takes back the last change, so undoing "the speed change" after a volume change would
  take back the wrong thing.
"""

from __future__ import annotations

import re
from typing import Any

from editor_app.planner import absent, complaints, loose, speaker, spoken
from editor_app.planner.clauses import is_state
from editor_app.planner.special import special_command
from editor_app.planner.media_refs import REF_NOUN
from editor_app.planner.types import Ctx, Unclear
from editor_app.planner.vocab import VERBS

# A reaction that only says the last edit went too far; the clause after it says what to do.
_REACTION = re.compile(r"^(?:(?:hmm+|oh|ah|ok|okay|nah|no|wait|actually|ugh|yeah|oops|whoa)[ ,]+)*"
                       r"(?:(?:that's|that is|it's|it is|that was|way|far|much|a bit|a little|slightly) )*"
                       r"(?:too (?:much|far|strong|extreme|loud now|quiet now|fast now|slow now)|overdone|overkill|"
                       r"not (?:that|so) much)$")
# A short "... too quiet now" before a back-off ("now it's too quiet, go back up a bit"): only the reaction.
_TOO = re.compile(r"^(?:[\w']+[ ,]+){0,4}(?:way |far |much |a bit |a little |really |so )?too \w+(?: now)?$")
# A bare nudge with nothing named ("a little louder", "a tad quieter please"): "it", the clip just changed (round 10).
_NUDGE = re.compile(r"^(?:(?:just |only |maybe )?(?:a |an )?(?:bit|little|touch|tad|smidge|hair|wee bit|little bit|fraction) |"
                    r"slightly |much |a lot |way |even |some |bit )*(?:louder|quieter|softer|lower|higher|faster|slower|quicker|"
                    r"warmer|cooler|brighter|darker)(?: (?:please|again|then|still|than that|now|pls))*$")
# A mild reaction before a nudge ("bit quiet now, a tad louder"): only says which way the nudge goes.
_MILD = re.compile(r"^(?:(?:that's|thats|that is|it's|its|it is) )?(?:(?:a )?(?:bit|little|touch|tad|wee bit) |kinda |kind of |quite |rather |still |now )+"
                   r"(?:quiet|loud|soft|fast|slow|dark|bright|warm|cool|cold|much)(?: now| still)?$")
_SCRATCH = re.compile(r"^(?:(?:hmm+|oh|ah|nah|no|wait|actually|ugh|oops)[ ,]+)*(?:(?:scratch|scrap|ditch|bin|cancel) that|never ?mind|forget (?:it|that)|"
                      r"no no|not like that|that's wrong|that's not (?:it|right|what i meant)|oops|nope|nah)$")
# Kinds of change an undo may name, and the tools that make them.
_KINDS: dict[str, tuple[str, ...]] = {
    r"speed|slow[- ]?mo|slow motion|fast": ("set_speed",),
    r"volume|level|loudness|louder|quieter|ducking|duck": ("set_volume", "normalize_loudness", "duck_music", "set_envelope"),
    r"colou?r|brightness|black and white|b&w|blur|zoom|effect|filter|grade|look": ("add_effect", "remove_effect", "update_effect"),
    r"fade": ("fade", "add_effect"),
    r"title|caption|text": ("add_title", "update_title"),
    r"transition|crossfade|dissolve": ("add_transition",),
    r"placement|placing|b-?roll|insert": ("place_broll", "insert_clip", "overwrite_clip", "place_media", "add_clip"),
    r"cut|trim|deletion|removal": ("cut_range", "trim_clip", "remove_clip", "remove_silences", "remove_fillers",
                                   "shorten_pauses", "remove_retakes", "cut_words"),
    r"move|position|swap|order": ("move_clip",),
    r"mute": ("update_track",),
}


# How the speaker comes across, maybe as someone else said it: "Gran says she sounds hesitant", "my
# partner thinks I come across nervous", "I sound rushed". A statement, not an edit.
_HEARSAY = re.compile(r"^(?:(?:[a-z']+ ){1,3}(?:says?|said|thinks?|thought|reckons?|feels?|told me|tells me|mentioned)(?: that)? )?"
                      r"(?:i|she|he)(?:'m| am|'s| is| was)?(?: (?:sounds?|looks?|seems?|comes? (?:across|off|over)(?: as)?))?"
                      r"(?: (?:a bit|a little|really|so|very|too|kind of|kinda|quite|rather|pretty|super|way too))* [a-z]+$")
# Round 17 (lead): what the speaker did in the talk, said as a statement ("i repeat myself about the pips", "i waffle
# on here", "i messed up the saucer bit"); a clause with a wish or a modal in it is a request, never dropped.
_SAID_OF_MYSELF = re.compile(r"^(?:(?:honestly|tbh|ok|okay|so|yeah|um+|hmm+|basically)[ ,]+)*(?:i|i'm|i am|i was|i've|i kinda|i kind of)"
                             r" (?:really |totally |kinda |kind of |just |sort of |always |totally )?"
                             # not a flub ("i fumble the X line, get rid of the bad try"): its words name what goes
                             r"(?:repeat|repeated|ramble|rambled|rambling|waffle|waffled|waffling|go on|went on|going on|drone|"
                             r"droned|droning|rabbit|rabbited|babble|babbled|overexplain|over-explain|overexplained)\b")
_ASKING = re.compile(r"\b(?:should|could|can|want|wanna|need|needs|like|let's|lets|please|pls|gonna|going to|must|"
                     r"have to|has to)\b")
# "undo the placement", "revert the colour": an undo naming what it takes back (checked against the last edit)
_NAMED_UNDO = re.compile(r"^(?:undo|revert|reverse|take back) (?:the|that|my) (?:last )?[a-z&-]+(?: [a-z&-]+)?"
                         r"(?: (?:change|edit|adjustment))?$")


def rewrite_at(instructions: list[str], i: int, ctx: Ctx) -> str:
    """Rewrite ``instructions[i]`` (and fold or add neighbours) in place; returns the new i-th one."""
    from editor_app.planner.bare_direction import nudges_said

    instructions[i:i + 2] = nudges_said(instructions[i:i + 2])  # round 16: "go lower", "up a bit" after a level change
    from editor_app.planner.level_said_first import level_first

    instructions[i] = level_first(instructions[i]) or instructions[i]  # round 16: "-20 on the music"
    clause = instructions[i]
    following = instructions[i + 1] if i + 1 < len(instructions) else None
    bare = re.sub(r"^(?:and|so|but|also|ok|okay|right)[ ,]+", "", clause).strip(" .!?")
    from editor_app.planner.adjust import _BACK

    from editor_app.planner.pending import completed

    from editor_app.planner.pending import instead_answer

    answered = (completed(bare, ctx.memory, ctx.project) or instead_answer(bare, ctx.memory, ctx.project)) \
        if i == 0 and len(instructions) == 1 else None  # round 13: "yes, instead" to "X instead, or as well?"
    if answered is not None:  # round 11b: "the midsole one", answering "which GoPro clip?"
        instructions[i] = clause = bare = answered
    from editor_app.planner.answer_refs import after_answer

    pointed = after_answer(bare, ctx.memory, ctx.project)
    if pointed is not None:  # round 12: "put the closeup photo over that" after "where do I say it's limescale?"
        instructions[i] = clause = bare = pointed
    fronted = _FRONTED.match(bare)
    if fronted and fronted.group("rest").split(" ", 1)[0] in VERBS | _LEADS | {"put", "add", "overlay"} \
            and '"' in fronted.group("rest"):  # a text put up (a title); placements said place-first read as they were
        # round 11b: "where the uppers section begins, put up 'Step 2'": the place said first, the request after it
        instructions[i] = clause = bare = f"{fronted.group('rest')} {fronted.group('place')}"
    if following is not None and complaints.with_verb(bare) != bare:
        # round 12b: "gopro clip way too dark, brighten it": the complaint typed without its verb, then the fix
        instructions[i] = clause = bare = complaints.with_verb(bare)
    still = _still_wrong(bare, following, bool(ctx.last_clips or ctx.selection or ctx.subject))
    if still is not None:  # round 12b: "still too loud(, bit more)", "now I can't hear it at all, nudge it up"
        one = still == "" or following is None or "," in bare  # the fix or the nudge replaces this clause alone
        instructions[i:i + (1 if one else 2)] = [still] if still else []
        if not instructions[i:]:
            instructions.append(clause)  # nothing left to plan: leave the clause as it was said
        # round 16: a bare nudge as the fix ("now I can't hear it, a bit higher") is read as if said alone
        return rewrite_at(instructions, i, ctx) if still == "" or _NUDGE.match(still) else instructions[i]
    head, _, tail = bare.partition(",")
    head, tail = head.strip(), tail.strip()
    has_it = bool(ctx.last_clips or ctx.selection or ctx.subject)
    if tail and has_it and _NUDGE.match(tail) and (_REACTION.match(head) or _TOO.match(head) or _MILD.match(head)):
        tail = _it(tail)  # "too quiet now, a touch louder" said as one clause
    nudged = bool(_NUDGE.match(tail.removeprefix("make it "))) if tail and has_it else False
    if tail and (_BACK.match(tail) or nudged) and (_REACTION.match(head) or _TOO.match(head) or (nudged and _MILD.match(head))):
        instructions[i] = tail  # "too fast, dial it back a bit" said as one clause
        # round 16: "still too loud, a bit lower": the nudge read as if said alone
        return rewrite_at(instructions, i, ctx) if _NUDGE.match(tail) else tail
    if has_it and _NUDGE.match(bare):  # "a little louder" after a level change: that clip, not "whose volume?"
        instructions[i] = bare = clause = _it(bare)
    plain_following = re.sub(r"^(?:and|so|but|then)[ ,]+", "", following or "").strip(" .!?")
    from editor_app.planner.followups import _MORE  # round 11b: "still a bit loud, drop it a touch more"
    if following is not None and _HEARSAY.match(bare) and not re.search(r"\b(?:it|that|them|this)\b", plain_following) \
            and not is_state(plain_following) and not complaints.is_complaint(plain_following):
        # round 12b: "Gran says she sounds hesitant, could you tidy up her ums": how the speaker comes
        # across, said before a request of its own, is only why it is asked
        del instructions[i]
        return rewrite_at(instructions, i, ctx)
    if following is not None and _SAID_OF_MYSELF.match(bare) and not _ASKING.search(bare) \
            and plain_following.split(" ", 1)[0] in VERBS - {"i", "please", "can", "could", "would"} \
            and not re.search(r"\b(?:it|that|them|this|those|these|they)\b", re.sub(r'"[^"]*"', "", plain_following)) \
            and not complaints.is_complaint(bare) and not complaints.about_me(bare) and not is_state(bare):
        # round 17 (lead): "i repeat myself about the pips, cut the 'X' part": what I did in the talk, said before a
        # request that names its own object, is only why it is asked
        del instructions[i]
        return rewrite_at(instructions, i, ctx)

    nudge_next = has_it and bool(_NUDGE.match(plain_following) or _MORE.match(plain_following))
    reaction = _REACTION.match(bare) or (_TOO.match(bare) and (_BACK.match(following or "") or nudge_next)) \
        or (_MILD.match(bare) and nudge_next)
    if following is not None and reaction:  # "too much, bring it back up a little", "too fast, dial it back"
        del instructions[i]
        # round 16: the nudge after it is read as if said alone ("still kinda loud, a bit lower": "a bit lower")
        return rewrite_at(instructions, i, ctx) if _NUDGE.match(instructions[i].strip(" .!?")) else instructions[i]
    both = _WITH_CAPTION.match(bare) if following is None else None
    if both:  # round 11b: "at 2:17 show the doormat pic and a caption "X" together": two things at one time
        when = re.search(r"\b(?:at|from) \d[\d:.]*(?: ?(?:s|secs?|seconds?)\b)?", bare)
        post = _TOGETHER.sub("", both.group("post")).strip()
        first = f"{both.group('pre')}{both.group('what')} {post}".strip()
        title = f"add a {both.group('kind')} {both.group('q')}" + (f" {when.group(0)}" if when else "")
        instructions[i:i + 1] = [first, title]
        return rewrite_at(instructions, i, ctx)
    but = _BUT_NUDGE.match(bare) if following is None else None
    if but:  # round 12: "put it back on but quieter", "same again but slower": the edit, then a nudge on what it changed
        nudge = but.group("nudge")  # "but a bit lower": a level, said the way a level step reads
        nudge = re.sub(r"^(.*?)\b(lower|higher)\b.*$", lambda m: f"turn it {'down' if m.group(2) == 'lower' else 'up'}"
                       + (" a bit" if m.group(1).strip() else ""), nudge)
        instructions[i:i + 1] = [but.group("first").strip(), nudge if nudge.startswith("turn it") else f"make it {nudge}"]
        return rewrite_at(instructions, i, ctx)
    second = _SECOND.match(bare) if following is None else None
    if second and not _FRONTED.match(bare):  # round 11b: "music at -20, with a fade out at the end", "X at 2x, and the music off"
        rest = second.group("second")
        rest = re.sub(r"^(?:a |an )?fade[- ]?(out|in)\b", r"fade it \1", rest)  # "with a fade out": on what was just changed
        instructions[i:i + 1] = [second.group("first").strip(), rest.strip()]
        return rewrite_at(instructions, i, ctx)
    if following is None and "," in bare:  # "the dji clip is super dark, lift it up" said as one clause (round 9)
        head, _, tail = bare.partition(",")
        if tail.strip(" .!?") and complaints.is_complaint(head):
            instructions[i:i + 1] = [head.strip(), tail.strip()]
            clause = bare = head.strip()
            following = instructions[i + 1]
    plain_next = re.sub(r"^(?:and|but|also|plus|so)[ ,]+", "", following or "")
    if following is not None and complaints.about_me(bare) and not complaints.is_complaint(plain_next) \
            and not is_state(plain_next) and not complaints.rewrite(bare, following, has_it):
        # "I'm too quiet, raise my voice 4 dB": the next clause is the fix itself; in "my voice is a
        # bit quiet, raise it 3 dB" its "it" is my voice
        filler = re.search(r"\b(?:say|saying|said) (um|uh|er|erm|ah|like|you know|basically|literally|actually)\b"
                           r"(?:(?:,| and| or| &) (um|uh|er|erm|ah)\b)?", bare)
        if filler is not None:  # round 17 (lead): "i say um way too much, cut them all": the ums, never my voice
            named = f"all the \"{filler.group(1)}\"s" if " " in filler.group(1) else f"all the {filler.group(1)}s"
            if filler.group(2):  # round 19: "I'm forever saying um and er, take every one of them out": both
                named += f" and {filler.group(2)}s"
            from editor_app.planner.text import rephrase

            instructions[i + 1] = rephrase(re.sub(r"\b(?:all of )?(?:it|that|them|those)(?: all)?\b", named, following, count=1))
        elif re.match(r"(?:and |so |then )?(?:cut|remove|delete|lose|chop|drop|get rid of|take out|bin|ditch|kill|trim)\b", plain_next):
            raise Unclear(f"What should I cut? \"{bare}\" says how you come across, not which part; quote a few of its words "
                          "or give a time.")  # round 17: removing "my voice" is never what is meant
        else:
            instructions[i + 1] = re.sub(r"\b(?:it|that|them)\b", "my voice", following, count=1)
        del instructions[i]
        return rewrite_at(instructions, i, ctx)
    absent.check(bare, ctx)  # "duck the music" with no music anywhere: say so (planner/absent.py)
    loosely = loose.rewrite(bare, ctx, clause)  # "X @ 1:41", "music to -20", "keep the last 30 s" (planner/loose.py)
    if loosely is not None and len(loosely[0]) > 1:
        instructions[i:i + 1] = loosely[0]
        return instructions[i]
    plain = loosely[0][0] if loosely is not None else bare
    from editor_app.planner.intents.audio import back_on

    unmuted = back_on(Ctx(plain, ctx.project, ctx.selection, ctx.playhead, ctx.search, ctx.last_clips, ctx.memory, ctx.subject))
    if unmuted is not None:  # "bring the music back" while it is muted: unmute it
        plain, loosely = unmuted, loosely or ([unmuted], None)
    from editor_app.planner.quantities import fraction_speed

    if fraction_speed(plain) != plain:  # "at three quarter speed" (round 9)
        plain = fraction_speed(plain)
        loosely = loosely or ([plain], None)
    camera = _BARE_CAMERA.match(plain)
    if camera:  # "gopro at 80% speed": the camera's clip, named as "the gopro clip" (round 10)
        plain = f"the {camera.group(1)} clip{plain[camera.end():]}"
        loosely = loosely or ([plain], None)
    rate = _video_rate(plain, ctx)
    if rate is not None:  # round 11b: "GX010731 at 50%": a percentage on a B-roll video is its speed
        plain, loosely = rate, loosely or ([rate], None)
    named = bare_named(plain)
    if named is not None:  # "lube clip twice as fast": "the lube clip" said without "the" (round 11)
        plain, loosely = named, loosely or ([named], None)
    from editor_app.planner.said_homophones import sound_alike

    heard = sound_alike(plain, ctx)  # round 13 (cuts5): "the hole job" where the talk says "the whole job"
    if heard is not None:
        plain, loosely = heard, loosely or ([heard], None)
    mine = speaker.rewrite(plain)  # "speed my talking up 10%": the talk clip (planner/speaker.py, round 9)
    if mine is not None:
        plain, loosely = mine, loosely or ([mine], None)
    # "I'm too quiet, and the music is too loud": two complaints, each fixed on its own (round 9)
    alone = following is not None and (is_state(plain_next) or complaints.is_complaint(plain_next))
    found = complaints.rewrite(plain, None if alone else following, has_it) or spoken.rewrite(plain, following, ctx)
    if found is None:
        return plain if loosely is not None else clause
    new, folded = found
    instructions[i:i + 2 if folded else i + 1] = new
    return instructions[i]


# An edit with a nudge after "but": "put it back on but quieter", "unmute the music, but a bit lower".
_BUT_NUDGE = re.compile(r"^(?P<first>.+?),? but (?:make it |have it |keep it |a lot |just )?(?P<nudge>(?:(?:a )?(?:bit|little|touch|tad|lot) |"
                        r"slightly |much |way |even )?(?:quieter|louder|softer|lower|faster|slower|quicker|darker|brighter|"
                        r"shorter|longer)(?: (?:this time|please|now|than before))?)$")
# A second edit after a comma that has no verb of its own: ", and the music off (mute)", ", with a fade out at the end".
_SECOND = re.compile(r"^(?P<first>[^,\"']+\S),\s*(?:and |plus |with |and also |also )(?P<second>(?:(?:a|an|the|my) )?"
                     r"(?:fade[- ]?(?:out|in)\b.*|(?:music|voice|talk|video|sound|audio)(?: track)? (?:off|muted|on mute)\b.*))$")
# "GX010731 at 50%", "the drone clip to 75%": a clip and a percentage, nothing else.
_AT_PERCENT = re.compile(r"^(?P<name>(?!(?:make|set|turn|put|bring|drop|lower|raise|fade|volume|opacity)\b)[^,]+?) (?:at|to) "
                         r"(?P<n>\d+(?:\.\d+)?) ?(?:%|percent)$")


def _video_rate(clause: str, ctx: Ctx) -> str | None:
    """"X at 50%" -> "play X at 50% speed" when X names only B-roll video clips (a picture that moves: a
    percentage of it is its speed; of a talk or a sound it could be a level, so those are left as said)."""
    found = _AT_PERCENT.match(clause)
    if found is None:
        return None
    from editor_app.planner.refs import UnplacedTie, clip_refs

    name = found.group("name")
    try:
        clips = clip_refs(Ctx(name, ctx.project, ctx.selection, ctx.playhead, ctx.search), name, pronoun_ok=False)
    except UnplacedTie:
        raise  # round 12 (refs): "the iphone clip at 50%" with two iPhone files in the bin asks which
    except Unclear:
        return None
    main = ctx.project.main_track() if hasattr(ctx.project, "main_track") else None
    for clip in clips:
        track, asset = ctx.track_of(clip), ctx.project.media.get(clip.media_id or "")
        if track.kind != "video" or track.role == "main" or asset is None or asset.kind != "video" or track is main:
            return None
    return f"play {name} at {found.group('n')}% speed" if clips else None


# A picture and a title put up in one breath: "show the X pic and a caption "Y" at 2:17".
_WITH_CAPTION = re.compile(r"^(?P<pre>(?:(?:at|from) \d[\d:.]* )?(?:show|put|add|place|drop|pop|stick|bring in|put up) )"
                           r"(?P<what>(?:the|my|that|this) [^\"',]+?) (?:and|with|plus) (?:a |the )?(?P<kind>caption|title|text|lower third)"
                           r"(?: (?:saying|reading|that says|of))? (?P<q>\"[^\"]+\"|'[^']+')(?P<post>.*)$")
_TOGETHER = re.compile(r"\b(?:together|at the same time|at once|both|alongside)\b")
# A place said before the request: "where the uppers section begins, put up ...", "when I start on the laces, show ...".
_FRONTED = re.compile(r"^(?P<place>(?:right |just )?(?:where|when|once|as soon as) (?!do |does |did |is |are |was |can |should )[^,]+?)"
                      r",\s*(?P<rest>.+)$")


# A request that starts with a camera's name and no noun ("gopro at half speed", "dji to 2x").
_BARE_CAMERA = re.compile(r"^(go ?pro|pixel|dji|osmo|mavic|iphone|insta ?360)(?= (?:at|to|@|in|on|from|by|x)\b| \d)")


# A request said like a note, the clip named without "the" and the change after it: "lube clip twice as
# fast", "lube clip at 2x", "intro shot in black and white", "drone footage muted". Only a change of
# rate, level or look follows (not a time: "lube clip at 0:49" is a placement the B-roll intents read).
_BARE_NAMED = re.compile(
    rf"^(?P<name>(?:[a-z0-9][a-z0-9'&._-]* ){{1,3}}){REF_NOUN}(?= (?:(?:at|to) (?:\d+(?:\.\d+)?\s*(?:x|%|percent)\b|half|double|"
    r"twice|quarter|three quarter|normal|full|real ?time)|(?:\d+(?:\.\d+)?\s*x)\b|twice|double|half|(?:much |a (?:bit|little|lot) |way )?"
    r"(?:faster|slower|quicker|louder|quieter|softer|brighter|darker|warmer|cooler)\b|(?:sped|slowed) (?:up|down)\b|"
    r"in (?:black and white|b&w|slow[- ]?mo(?:tion)?)\b|black and white\b|b&w|muted?\b|silent\b|"
    r"(?:(?:a |with a )?(?:slow |gentle |subtle )?(?:zoom|ken burns|push[- ]in)|blurr?(?:ed|y)?)\b|"
    r"(?:quieter|louder|down|up) (?:by )?\d))")
# Verbs a request may start with that planner.vocab.VERBS does not list (it lists the words that split a message).
_LEADS = frozenset({"play", "run", "have", "keep", "let", "want", "need", "leave", "stick", "pop", "flip", "crank", "zoom",
                    "color", "colour", "grade", "tint", "show", "stretch", "freeze", "reverse", "loop"})
# Words never inside a clip's bare name: determiners, question words, positions ("the", "which", "second").
_NOT_A_NAME = frozenset({"the", "a", "an", "my", "that", "this", "those", "these", "our", "your", "every", "each", "all",
                         "both", "any", "some", "no", "which", "what", "where", "when", "how", "is", "are", "was", "did", "does",
                         "do", "it", "its", "and", "or", "but", "so", "then", "also", "other", "another", "next", "last",
                         "first", "second", "third", "same", "selected", "current", "whole", "entire"})


def bare_named(clause: str) -> str | None:
    """"lube clip twice as fast" -> "the lube clip twice as fast": a clip named by its media words with
    no article in front, followed by a speed, level or look, or None."""
    found = _BARE_NAMED.match(clause)
    if found is None:
        return None
    words = found.group("name").split()
    if words[0] in VERBS or words[0] in _LEADS or any(w in _NOT_A_NAME for w in words) or re.fullmatch(r"c\d+", words[0]):
        return None  # "play the X clip", "make clip ...", "c4 clip": a verb, a determiner or an id, not a bare name
    return f"the {clause}"


def as_named(text: str) -> str:
    """``text`` read for which clips it names the way the planner reads it: a bare clip name with its
    "the" ("lube clip at 2x"), a slow zoom's own words left out ("slow zoom in on the X photo"). The
    safety review reads names through this, so it does not hold a plan for a clip the request named."""
    from editor_app.planner.intents.effects import without_effect_words

    parts = [bare_named(p.strip()) or p.strip() for p in re.split(r"(?<=,)|(?=\band\b)", text)]
    text = without_effect_words(" ".join(p for p in parts if p))
    text = _ON_SCREEN.sub("", text)  # round 11b: "can it stay on screen 5 secs" names no "Screen Recording" file
    text = _VOICE_LEVELS.sub(r"\1", text)  # round 11b: "even out my voice levels" names my voice, the talk
    return _speaker_named(text)


def _speaker_named(text: str) -> str:
    """Round 16: "normalise the talking and duck the beat under it": the speaker's talking named as the edit's target
    is the talk (speaker.rewrite reads it so only for speed, volume and looks); said as a place ("over my talking
    about X", "during the talking") it is not a name, and stays."""
    from editor_app.planner.speaker import _MINE

    def named(m: re.Match) -> str:
        before = text[:m.start()]
        return m.group(0) if re.search(r"\b(?:over|during|under|in|at|from|before|after|while|when|where|of)\s+$", before) \
            or re.match(r"\s+(?:about|where|when|while)\b", text[m.end():]) else "the talk"

    return _MINE.sub(named, text)


# "my voice levels", "my voice volume": the voice, named with what is changed about it.
_VOICE_LEVELS = re.compile(r"\b((?:my|the) (?:voice|talking|speech))(?:'s)? (?:levels?|volume|loudness)\b")


# "on screen", "up on the screen": where a title or picture is seen, not a media named "Screen ...".
_ON_SCREEN = re.compile(r"\b(?:up )?(?:on|off) (?:the )?screen\b(?! ?rec)")


# How the thing just changed still is, said after the change: "still too loud", "now it's way too quiet",
# "I can't hear it at all" (too quiet). The opposite of what is wrong, as a nudge on "it".
_STILL = re.compile(r"^(?:(?:still|now|hmm+|nope|no|yeah|ugh|it's|it is|that's|that is|its|way|far|much|a bit|a little|"
                    r"kinda|kind of)[ ,]+)*too (?P<what>loud|quiet|soft|faint|fast|slow|dark|bright)(?: now| still)?$"
                    r"|^(?:(?:still|now|hmm+|ugh|nope)[ ,]+)*i (?:still )?can(?:'t|t|not| barely| hardly) (?:really |barely |hardly |even )?"
                    r"hear (?:it|that|them|the music)(?: at all| anymore| any more| now| properly)*$")
_OPPOSITE = {"loud": "quieter", "quiet": "louder", "soft": "louder", "faint": "louder", "fast": "slower",
             "slow": "faster", "dark": "brighter", "bright": "darker", None: "louder"}


def _still_wrong(clause: str, following: str | None, has_it: bool) -> str | None:
    """The nudge a statement of what is still wrong with the clip just changed asks for ("still too loud"
    -> "make it a bit quieter"), "" when the next clause says the fix itself (the statement is only why),
    or None when ``clause`` is not such a statement or nothing was just changed."""
    head, comma, tail = clause.partition(",")
    if comma and tail.strip() and following is None and _STILL.match(head.strip()):
        plain_tail = re.sub(r"^(?:and|so|but|then)[ ,]+", "", tail.strip()).strip(" .!?")
        from editor_app.planner.followups import _MORE as more_of

        if not more_of.match(plain_tail) and _STILL.match(head.strip()).group("what") is not None:
            return None  # "too loud now, a touch quieter": the nudge after it is read as it always was
        clause, following = head.strip(), tail.strip()  # said as one clause: "still too loud, bit more"
    wrong = _STILL.match(clause)
    if wrong is None or not has_it:
        return None
    plain_next = re.sub(r"^(?:and|so|but|then)[ ,]+", "", following or "").strip(" .!?")
    from editor_app.planner.followups import _MORE

    if following is not None and not _MORE.match(plain_next):
        fix = _it(plain_next) if _NUDGE.match(plain_next) else following
        return fix if comma else ""  # "... , nudge it up": the next clause is the fix
    return f"make it a bit {_OPPOSITE[wrong.group('what')]}"


def _it(nudge: str) -> str:
    """"a touch louder" -> "make it a touch louder"; "a bit lower" stays (read as a level step already)."""
    return nudge if re.search(r"\b(?:lower|higher)\b", nudge) else f"make it {nudge}"


def special(whole: str, memory: Any) -> str | None:
    """'undo' / 'redo' / 'help' for the whole message, reactions and names allowed; Unclear when
    an undo names a change the last edit was not."""
    from editor_app.planner.undo_order import check_undo_order

    if check_undo_order(whole, memory):  # round 16: "undo the first one" after two edits is not the last one
        return "undo"  # the only change there is
    parts = [p.strip(" .!?") for p in re.split(r"\s*[,;]\s*|\s+and\s+", whole) if p.strip(" .!?")]
    kinds = [special_command(p) or ("undo" if _NAMED_UNDO.match(p) and _tools_named(p) else None) for p in parts]
    if all(k == "undo" or (k is None and _SCRATCH.match(p)) for k, p in zip(kinds, parts)) and "undo" in kinds:
        kind = "undo"
    else:
        kind = special_command(whole)
    if kind == "undo":
        _check_named(whole, memory)
    if kind in ("redo", None) and _PUT_BACK.match(whole.strip(" .!?")) and _last_removed(memory):
        kind = "undo"  # round 13: "put it back" right after a change takes it back (after an undo it is a redo)
    if kind is None and _BRING_BACK.match(whole.strip(" .!?")) and _last_undone(memory):
        kind = "redo"  # round 16: "no wait, bring it back" right after an undo: what the undo took away
    if kind is None and _BACK_WHERE.match(whole.strip(" .!?")) and _last_removed(memory):
        kind = "undo"  # round 15: "put it back where it was" after a move (or any change) takes that change back
    return kind


# round 16: wanting it back said as a wish: "I want that back", "can I have it back", "give me that back"
_PUT_BACK = re.compile(r"^(?:(?:put|bring) (?:it|that|them|those) back|(?:i (?:want|need|'d like|would like)|i'd like|"
                       r"can i have|could i have|give me) (?:it|that|them|those|that bit|that part) back)"
                       r"(?: (?:please|in|again|actually|now))*$")
_BACK_WHERE = re.compile(r"^(?:(?:actually|no|nah|hmm|ok|okay|wait|oh|sorry),? )*(?:put|move|bring|set|change|make) (?:it|that|them|those|"
                         r"the (?:clip|shot|music|title|video|talk)) back(?: (?:to )?(?:where|how|the way|as) (?:it|they) (?:was|were)"
                         r"(?: before)?| to (?:how it was|the way it was|normal|before|the original))(?: (?:please|then|again))*$")
_PLACING = frozenset({"place_broll", "insert_clip", "overwrite_clip", "place_media", "add_clip", "add_title"})


_BRING_BACK = re.compile(r"^(?:bring|put|get) (?:it|that|them|those|that one) back(?: (?:please|again|in|then))*$")


def _last_undone(memory: Any) -> bool:
    """Whether the last turn was an applied undo: then "bring it back" is a redo."""
    last = next((t for t in reversed(memory.turns(4)) if t.kind != "note"), None) if memory is not None else None
    return bool(last is not None and last.kind == "undo" and last.applied)


def _last_removed(memory: Any) -> bool:
    """Whether the last turn is an applied edit that took something out or changed it (mute, move, level):
    "put it back" is that edit taken back. After an undo it is a redo; after a placement it stays as said."""
    if memory is None:
        return False
    last = next((t for t in reversed(memory.turns(4)) if t.kind != "note"), None)
    return bool(last is not None and last.kind == "edit" and last.applied and last.steps
                and not any(s.get("tool") in _PLACING for s in last.steps))


def _check_named(whole: str, memory: Any) -> None:
    """Ask when the undo names a kind of change ("the speed change") that the last edit was not."""
    named = re.search(r"\b(?:undo|revert|reverse|take back|scratch) (?:the|that|my) (?:last )?(.+?)"
                      r"(?: (?:change|edit|adjustment|thing|bit))?$", whole.strip(" .!?"))
    last = memory.last_edit() if memory is not None else None
    if named is None or last is None or not last.steps:
        return
    tools = _tools_named(named.group(1))
    if not tools:
        return
    made = {s.get("tool") for s in last.steps}
    if made & tools:
        return
    raise Unclear(f"The last change was \"{last.message}\", not a {named.group(1)} change, and undo only takes back "
                  "the last change. Say \"undo\" to take that back, or tell me what the "
                  f"{named.group(1)} should be now.")


def _tools_named(text: str) -> set[str]:
    """The tools that make the kind of change ``text`` names ("the speed change" -> set_speed)."""
    tools: set[str] = set()
    for pattern, kind_tools in _KINDS.items():
        if re.search(rf"\b(?:{pattern})", text):
            tools.update(kind_tools)
    return tools


# Round 12: undo said with the edit wanted instead: "undo that and put it at 0:59 instead", "nope, undo and
# mute it instead", "undo, then just turn it down to -25".
_UNDO_AND = re.compile(r"^(?:(?:no+|nope|nah|hmm+|ugh|oops|wait|actually|ok|okay|sorry)[ ,!.]+)*(?:please )?"
                       r"(?:undo|revert|take back|scratch)(?: (?:that|it|this|the last (?:one|change|edit|thing)))?"
                       r"(?:,? and then|,? and|,? then|,|;) (?:(?:just|instead|rather|please|can you|could you) )*(?P<rest>.+?)"
                       r"(?:,? (?:instead|rather|then))?[.!]*$")


def undo_and(message: str) -> str | None:
    """The edit wanted instead when ``message`` is an undo followed by it ("undo that and mute it
    instead" -> "mute it"), else None. The orchestrator takes the last change back and plans this
    on the result, as one turn (undoing that turn later takes both back)."""
    from editor_app.planner.text import normalize

    found = _UNDO_AND.match(normalize(message or "").strip())
    if found is None:
        return None
    rest = found.group("rest").strip(" ,.")
    if not rest or special_command(rest) or re.fullmatch(r"(?:redo|undo)\b.*", rest):
        return None  # "undo and redo", "undo, undo": not an edit after the undo
    if rest.split(" ", 1)[0] not in VERBS | _LEADS and not complaints.is_complaint(rest):
        return None  # "undo that, sorry", "undo, my bad": a plain undo with a word about it
    return rest


# Round 13: an edit said with "instead" right after another edit: "actually just make it quieter instead"
# after a mute, "cut the first 3 instead" after cutting 5, "blur it instead" after black and white.
# The last change is taken back and this one made in its place, as "undo that and ..." is.
_INSTEAD_OF_LAST = re.compile(r"^(?:(?:actually|no+|nah|nope|sorry|hmm+|oh|wait|ok|okay|on second thought|scratch that|"
                              r"hang on)[ ,!.]+)*(?:(?:just|can you|could you|please|let's|lets) )*(?P<rest>.+?)"
                              r",? instead(?: of that)?(?: please| pls| then| now)?[.!]*$")
_PLACED = frozenset({"place_broll", "insert_clip", "overwrite_clip", "place_media", "add_clip", "add_title"})


def instead_of_last(message: str, memory: Any, project: Any) -> str | None:
    """The edit wanted in place of the last one when ``message`` is "<edit> instead" right after an
    applied edit, else None. A placement's "instead" is a correction of where or which file
    (planner/corrected.py, move_clip), so it is left as said."""
    from editor_app.planner.corrected import corrected
    from editor_app.planner.pending import instead_answer
    from editor_app.planner.text import normalize

    if memory is None:
        return None
    text = normalize(message or "").strip()
    found = _INSTEAD_OF_LAST.match(text)
    if found is None:
        return None
    rest = found.group("rest").strip(" ,.")
    if not rest or rest.split(" ", 1)[0] not in VERBS | _LEADS or special_command(rest):
        return None
    last = next((t for t in reversed(memory.turns(4)) if t.kind != "note"), None)
    if last is None or last.kind != "edit" or not last.applied or not last.steps \
            or any(s.get("tool") in _PLACED for s in last.steps):
        return None
    if corrected(text, memory, project) or instead_answer(text, memory, project):
        return None
    said = last.message + (" 0 db" if any(s.get("tool") == "set_volume" for s in last.steps) else "")
    return _with_last_unit(rest, said)  # a level said without "dB" after a volume change is in dB


_UNIT = r"(?:seconds?|secs?|s|db|x|%|percent|minutes?|mins?)"


def _with_last_unit(rest: str, said_before: str) -> str:
    """"cut the first 3" after "cut the first 5 seconds": the number keeps the unit the last request gave it."""
    bare = list(re.finditer(rf"(?<![\d:.])(-?\d+(?:\.\d+)?)(?![\d:.]| ?{_UNIT}\b)", rest))
    unit = re.findall(rf"(?<![\d:.])-?\d+(?:\.\d+)? ?({_UNIT})\b", said_before.lower())
    if len(bare) != 1 or len(set(unit)) != 1:
        return rest
    end = bare[0].end()
    return f"{rest[:end]} {unit[0]}{rest[end:]}"


_COUNTS = {"both": 2, "two": 2, "2": 2, "twice": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5}
_UNDO_MANY = re.compile(r"\b(?:undo|revert|reverse|take back|scratch)\s+(?:(?P<both>both|them both|both of (?:them|those|these)|"
                        r"twice|the (?:last|previous) (?P<n>two|2|three|3|four|4|five|5)(?: (?:changes|edits|things|steps|ones))?|"
                        r"(?P<m>two|2|three|3|four|4|five|5) (?:changes|edits|things|steps|times)))\b", re.I)


def undo_count(message: str) -> int:
    """Round 15: how many changes an undo takes back: "undo both" 2, "undo the last three changes" 3, else 1
    (before, "undo both" undid one and said nothing of the other)."""
    found = _UNDO_MANY.search(message or "")
    if found is None:
        return 1
    word = found.group("n") or found.group("m") or ("both" if found.group("both") else "")
    return _COUNTS.get(word.lower(), 2 if found.group("both") else 1)


# Round 16: a redo said for several, as undo is: "redo both", "redo those two", "redo them" (after undoing several).
_REDO_MANY = re.compile(r"\b(?:redo|re-do)\s+(?:(?P<both>both|them both|both of (?:them|those|these)|them|those|these|"
                        r"(?:those|these|the|them|all) (?P<n>two|2|three|3|four|4|five|5)|the (?:last )?(?P<m>two|2|three|3|four|4|five|5)"
                        r"(?: (?:changes|edits|things|steps|ones))?))\b", re.I)


def redo_count(message: str, undone_last: int = 1) -> int:
    """How many undone changes a redo brings back: "redo both" 2, "redo those three" 3, "redo them" as many as
    the last undo took back (``undone_last``), else 1."""
    found = _REDO_MANY.search(message or "")
    if found is None:
        return 1
    word = found.group("n") or found.group("m")
    if word:
        return _COUNTS.get(word.lower(), 1)
    return 2 if re.search(r"\bboth\b", found.group("both")) else max(1, undone_last)
