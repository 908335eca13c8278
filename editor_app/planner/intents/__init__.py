"""Intents: small functions that each recognise one kind of instruction and build its tool calls.

An intent takes a Ctx and returns a Match, None (not mine) or raises Unclear (mine, but
ambiguous). They are tried in INTENTS order; put the more specific ones first.
"""

from __future__ import annotations

from typing import Any, Callable

from editor_app.planner.types import Ctx, Match, PlanStep
from editor_app.planner.vocab import TOOL_AGENT

Intent = Callable[[Ctx], Match | None]


def step(tool: str, args: dict[str, Any], agent: str | None = None) -> PlanStep:
    """A tool call routed to its agent per the contract (``agent`` overrides for shared tools)."""
    return PlanStep(agent=agent or TOOL_AGENT[tool], tool=tool, args=args)


def num(value: float) -> float | int:
    """Seconds as short JSON numbers (3 rather than 3.0, 2.333 rather than 2.3333333)."""
    value = round(float(value), 3)
    return int(value) if value.is_integer() else value


def _load() -> list[Intent]:
    from editor_app.planner.intents import (audio, broll, effects, from_bin, length, one_pause, ranges, replace, retakes,
                                           sentences, timeline, tracks, video_length, words)
    from editor_app.planner.intents import fillers_scoped, said  # round 7, words
    from editor_app.planner.intents import quoted, several, stretch  # round 8, cuts
    from editor_app.planner.intents import described_cut, fillers_loose, under  # round 9, cuts
    from editor_app.planner.intents import person_story  # round 22
    from editor_app.planner.intents import profanity  # round 23
    from editor_app.planner.reorder import reorder
    from editor_app.planner.talk_order import talk_order  # round 13, sequence
    from editor_app.planner.transition_words import said_transition, transition  # round 13, sequence

    from editor_app.planner.intents import edge_silence, music_bed, retitle  # round 8, dialogue
    from editor_app.planner.intents import place_words  # round 9, refs
    from editor_app.planner.intents import orientation  # round 12, lead
    from editor_app.planner.intents import speed_part, title_colour  # round 13, convo
    from editor_app.planner.intents import every_said, said_edges, stutters  # round 13, cuts
    from editor_app.planner.intents import pip  # round 13, refs
    from editor_app.planner.intents import nth_sentences  # round 15, lead
    from editor_app.planner.intents import clip_edges, starts_at  # round 15
    from editor_app.planner.intents import cut_except, said_which, sentence_at, vague_amount, video_edges  # round 16
    from editor_app.planner.range_lists import up_to_quote  # round 15, lead
    from editor_app.planner.intents.halves import halves  # round 15, lead
    from editor_app.planner.intents.volume_span import volume_span  # round 16, lead
    from editor_app.planner.intents.broll_off import broll_off  # round 16, lead
    from editor_app.planner.intents.music_off import music_off  # round 16, lead
    from editor_app.planner.intents import cut_shorter, music_dip_part, on_screen_words, two_points  # round 16

    return [
        music_bed.music_under,  # "add the music bed quietly under everything": before from_bin and B-roll
        edge_silence.edge_silence,  # "trim off the silent bit at the end": one silence, not every pause
        *vague_amount.INTENTS,  # round 16: "lose the first few seconds" asks how many (was: which clip?)
        *said_which.INTENTS,  # round 16: "delete the second time I say X", "cut the line that starts with Now"
        *sentence_at.INTENTS,  # round 16: "delete the line at 1:05": the sentence said then (was: which clip? / a split)
        *cut_except.INTENTS,  # round 16: "cut 0:20-0:25 but keep the music": every other track (was: the music trimmed)
        *video_edges.INTENTS,  # round 16: "start the video 5 seconds in", "end at 1:10", "end it 5 seconds early" (whole, anchored forms: before a placement reads "wrap up at 1:12")
        retitle.retitle,  # 'change the text to "..."': the title there, not a new one
        title_colour.recolour_title,  # "actually make that red" after a title: that title, recoloured
        title_colour.restyle_title,  # round 15: "make it bigger", "move the title to the bottom": that title
        title_colour.remove_title,  # round 15: "remove the title": the one title, or the one just added
        broll_off,  # round 16: "take the b-roll off the bit about X": those B-roll clips, never the words
        volume_span,  # round 16: "music down during the intro": an envelope over that span, not the whole clip
        music_off,  # round 16: "cut the music under the first sentence": silenced there, never a cut of the talk
        *on_screen_words.INTENTS,  # round 16: "put the words NEVER CUT X on screen when I say Y": a title, never a cut
        *cut_shorter.INTENTS,  # round 16: "cut the obs recording shorter" trims it (asks how much), never removes it
        speed_part.speed_part,  # "speed up the bit where I ...": that stretch of the talk, before a placement reads "play"
        tracks.rename_track,
        tracks.move_track,
        tracks.lock_or_hide_track,
        tracks.remove_track,
        *pip.INTENTS,  # round 13: "X small in the top right corner": where its picture sits, not a time or a zoom
        *orientation.INTENTS,  # "mirror it", "rotate X 90 degrees", "X is upside down": before "flip X and Y" reorders
        said_transition,  # round 13: "smooth the jump from X to Y", "a fade between X and Y" (planner/transition_words.py)
        talk_order,  # round 13: "put the bit about X before the bit about Y": sentences of the talk (planner/talk_order.py)
        reorder,  # "swap X and Y", "X should come after Y": two clips on the timeline (planner/reorder.py)
        *two_points.INTENTS,  # round 16: "put X at 0:06 and 0:40": two copies, not the range 0:06-0:40
        from_bin.from_bin,  # "add the talking clip" on an empty timeline, "the bed track as music": before add_track
        tracks.add_track,
        tracks.place_media,
        halves,  # round 15: "split the talk in two" splits at the middle; "cut the drone clip in half" asks (was: removed it)
        up_to_quote,  # round 15: 'everything between "A" and "B"', 'from "A" until "B"': A up to, not including, B
        nth_sentences.nth_sentences,  # round 15: "delete the third sentence", "sentences 2 and 3", "the last two sentences"
        *stutters.INTENTS,  # "cut my stammer in the X line": the repeated word, not the line
        *every_said.INTENTS,  # "remove every sentence that mentions X", "cut all the bits where I say Y"
        *said_edges.INTENTS,  # "trim the start so it starts when I say X", "make the B-roll end when I stop talking about Y"
        *clip_edges.INTENTS,  # round 15: "trim the lid clip so it ends when I say X": that clip's edge, never a cut of the words
        *profanity.INTENTS,  # round 23: "remove the profanity": the talk's swear words, not a clip
        *person_story.INTENTS,  # round 22: "rm the dwayne story entirely": every sentence of the story, not the one naming him
        *described_cut.INTENTS,  # "cut where I compare X", "the X / Y sentence", "the X list", two described lines (round 9)
        several.several_cuts,  # "the ums and the false start": each kind planned in turn, one plan (round 8)
        *quoted.INTENTS,  # "snip 'X'": those words; "both the 'X' and 'Y' lines": each sentence (round 8)
        *stretch.INTENTS,  # "from 'X' through the Y sentence": before the sentence intents read the quote alone
        one_pause.one_pause,  # "the silence after 'X'": one pause, not all of them
        one_pause.pause_at_time,  # round 19: "cut the silence at 1:20": that pause, not all of them
        *fillers_loose.INTENTS,  # "fillers out", "only the very first um, leave the others" (round 9)
        *fillers_scoped.INTENTS,  # "the first uh only", "the um in the X sentence": before all the fillers
        *retakes.INTENTS,  # before cut_said: "the bit where I mess up and say let me say that again"
        *sentences.INTENTS,  # one sentence by its place, what is done in it or a quote: before cut_said
        *words.INTENTS,  # before remove_silences: "remove the ums", "shorten the pauses to 0.5 s"
        *said.INTENTS,  # a sentence by description, from words to words, the end at words: before clip intents
        *under.INTENTS,  # "get the whole thing under 60 seconds": a plan to confirm, or a question (round 9)
        *starts_at.INTENTS,  # round 15: "start the video at 0:05" cuts its first 5 s; "make the music start at 10 s" moves it
        *video_length.INTENTS,  # the whole video's length ("make the video end at 0:30"): before a clip's length
        *length.INTENTS,  # a named clip's length: before B-roll and range cuts ("trim 2 s off the end of X")
        place_words.media_on_words,  # round 9: "put the knock sound on the words 'X'": a placement, not a title
        effects.add_title,
        *replace.INTENTS,  # "use X instead of Y", "replace Y with X": before B-roll placement and removals
        *music_dip_part.INTENTS,  # round 16: "lower the music during the purring part": there only, not the whole clip
        audio.music_yields,  # round 12b: "have the music drop down whenever I'm speaking": not a B-roll placement
        broll.place_broll,
        timeline.crop_clip,  # "crop the X tighter": that clip's picture (round 11b, refs); before the pauses' "tighten"
        timeline.remove_silences,
        audio.duck_music,
        audio.normalize_loudness,
        audio.mute_track,
        transition,  # effects.add_transition; round 13: two clips a little apart are first made to meet (planner/transition_words.py)
        effects.fade,
        effects.remove_effect,
        effects.visual_effect,
        effects.set_speed,
        audio.set_volume,
        ranges.cut_range,
        timeline.split_clip,
        timeline.trim_clip,
        timeline.move_clip,
        timeline.remove_clip,
    ]



def clock(seconds: float) -> str:
    """0:03, 1:05.5 — how replies show times."""
    sign = "-" if seconds < 0 else ""
    minutes, rest = divmod(abs(round(float(seconds), 2)), 60)
    text = f"{rest:05.2f}".rstrip("0").rstrip(".")
    if len(text.split(".")[0]) < 2:
        text = "0" + text
    return f"{sign}{int(minutes)}:{text}"


INTENTS: list[Intent] = _load()
