"""plan(): split a message into instructions, match each to an intent, and check the result.

Instructions run in order on a scratch copy of the project (edit tools are applied, macro tools
are expanded through the tool registry and applied too), so "cut the silences, then delete the
last 5 seconds" measures the second cut on the cut timeline, and an edit that cannot apply is
reported, not proposed. Questions get answers (special="answer"), and the conversation memory
resolves "it", "the same for the music" and "a bit more".
"""

from __future__ import annotations

import dataclasses

import functools
import json
import re
from typing import Any, Callable, Sequence

from editor_app.model.history import apply_all
from editor_app.model.operations import OperationError
from editor_app.model.project import Project
from editor_app.planner.camera_ids import camera_names_as_media
from editor_app.planner.media_apps import app_names_as_media  # round 12b (refs4)
from editor_app.planner import dialogue
from editor_app.planner.adjust import followup
from editor_app.planner.answers import answer
from editor_app.planner.chat import greeting, small_talk
from editor_app.planner.clauses import is_state, lend_object
from editor_app.planner.transition_words import as_transition, lend_join  # round 13 (sequence)
from editor_app.planner.several_them import them_so_far  # round 13 (sequence)
from editor_app.planner.examples import project_examples
from editor_app.planner.said_where import lend_said_word  # round 8, cuts
from editor_app.planner.quiet import lend_pauses, one_pause_said  # round 10, cuts
from editor_app.planner.intents.length import lend_amount  # round 10, edits
from editor_app.planner.followups import also, more, same_for
from editor_app.planner.intents import clock
from editor_app.planner.quantities import time_ranges
from editor_app.planner.intents import INTENTS
from editor_app.planner.purpose import is_purpose, without_purpose  # round 10 (refs)
from editor_app.planner.reason_after import says_why  # round 11 (dialogue)
from editor_app.planner.said_names import at_sign, ids_back, names_as_ids  # round 10b (names)
from editor_app.planner.special import special_command
from editor_app.planner.unsupported import unsupported  # round 15
from editor_app.planner.keep_only import keep_only  # round 15
from editor_app.planner.range_lists import beside_quote  # round 15
from editor_app.planner.aside_clauses import stays_said  # round 21
from editor_app.planner.complaint_reason import (  # round 16; round 21: goal_then_means, level_then_request
    complaint_then_request, goal_then_means, level_then_request, request_after_reason, speaker_reason)
from editor_app.planner.time_points import halfway_as_clock, unhedged_times  # round 16: "from halfway to the end"
from editor_app.planner.text import normalize, split_instructions, strip_filler
from editor_app.planner.types import Ctx, Match, OfflinePlan, PlanStep, Unclear
from editor_app.tools import TOOLS, ToolContext

_HELP_REPLY = "I can edit the timeline from plain sentences. Try one of these:"


def _extra_words(project: Project) -> set[str]:
    """The project's own media words (typo correction knows them): names, tags and, round 12 (refs), the words of
    descriptions, so "the film loadng video" reads "loading" as a description says it; cached per set of media."""
    return set(_words_of(tuple((a.name, tuple(a.tags), a.description or "") for a in project.media.values())))


@functools.lru_cache(maxsize=8)
def _words_of(names: tuple[tuple[str, tuple[str, ...], str], ...]) -> frozenset[str]:
    from editor_app.planner.meaning import STOP, name_words

    words: set[str] = set()
    for name, tags, description in names:  # refs.media_phrases, for names and tags alone
        for phrase in [*name_words(name), *(w for t in tags for w in name_words(t))]:
            words.update(w for w in phrase.split() if w.isalpha())
        words.update(w for w in re.findall(r"[a-z]+", description.lower()) if len(w) >= 4 and w not in STOP)
    return frozenset(words)


def _seconds_long(project: Project) -> float:
    """The timeline's length in seconds (what "halfway" is half of)."""
    from editor_app.model.time import seconds

    return float(seconds(project.duration, project.fps))


def _not_understood(reply: str, project: Project, extra: Sequence[str] = ()) -> OfflinePlan:
    return OfflinePlan(understood=False, steps=[], reply=reply,  # examples only of what this project has
                       suggestions=list(extra) or _first_steps(project) or project_examples(project))


def _first_steps(project: Project) -> list[str]:
    """On an empty timeline the first thing to say is what to put on it (not B-roll over a talk that is not there)."""
    if any(True for _ in project.clips()) or not project.media:
        return []
    media = list(project.media.values())
    talk = next((m for m in media if m.kind == "video" and (m.words or m.transcript)), None) \
        or next((m for m in media if m.kind in ("video", "image")), None)
    music = next((m for m in media if m.kind == "audio"), None)
    out = [f"add {talk.name}"] if talk else []
    if music is not None:
        out.append(f"add {music.name} as music, nice and low")
    return [*out, "add everything"] if len(media) > 1 else out


def _simulate(project: Project, steps: list[PlanStep], search=None, *, last: bool = False) -> tuple[Project | None, str | None]:
    """Apply the steps (macros expanded by their tools) to a copy. Returns (project, error).

    The project is None when the result is unknown: a step that is not a built-in tool (a
    plugin's), a macro of the last instruction (nothing later is measured on it; the turn's
    dry run checks it), or a macro whose analysis cannot run here. The last instruction's
    single edit is only validated, not applied: the turn's dry run applies it once.
    """
    if last and len(steps) == 1 and (tool := TOOLS.find(steps[0].tool)) is not None and tool.kind == "edit":
        try:
            tool.call(ToolContext(project, search), steps[0].args)[0].validate(project)
        except OperationError as exc:
            return project, _said(exc)
        return None, None
    macros = not last
    scratch = project.clone()
    for step in steps:
        tool = TOOLS.find(step.tool)
        if tool is None or (tool.kind == "macro" and not macros):
            return None, None
        if tool.kind == "query":
            continue
        try:
            ops = tool.call(ToolContext(scratch, search), step.args)
        except OperationError as exc:
            if tool.kind == "macro":
                return None, None  # the turn's dry run reports it, in the tool's own words
            return project, _said(exc)
        except Exception:  # noqa: BLE001 - e.g. media missing for an analysis: the result is just unknown
            return None, None
        try:
            apply_all(scratch, ops)
        except OperationError as exc:
            return project, _said(exc)
    return scratch, None


def _said(exc: OperationError) -> str:
    """The error in the user's words: its message without the hint for a model ("name the words to
    remove in words or extra") and without a tool's name in front ("remove_fillers: ...")."""
    message = exc.message
    head, sep, rest = message.partition(": ")
    return rest if sep and TOOLS.find(head) is not None else message


def _sentence(parts: list[str]) -> str:
    if not parts:
        return ""
    text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + ", then " + parts[-1]
    return "I'll " + text + "."


def plan(
    message: str,
    project: Project,
    *,
    selection: Sequence[str] = (),
    playhead: int | None = None,
    search: Callable[[str, int], list[dict]] | None = None,
    memory: Any = None,
) -> OfflinePlan:
    """Turn a chat message into tool calls for the timeline, effects and audio agents, or answer
    a question about the project (no model; reads ``memory``, the conversation, when given).

    Round 19: a message not understood is read once more through the rescue readings (planner/rescue.py), each a
    whole-message rewrite that only runs when the ordinary reading failed, so it can never change what an understood
    message does."""
    from editor_app.planner.types import asked_replies

    asked_replies(clear=True)
    result = _plan(message, project, selection=selection, playhead=playhead, search=search, memory=memory)
    from editor_app.planner.kept_words import cuts_kept, kept_quotes, without_keep

    kept = kept_quotes(message) if result.steps else []
    if kept and cuts_kept(result.steps, project, kept):  # round 23: "..., keep 'learn from Gunnar'" had cut that line
        fenced = _plan(without_keep(message), project, selection=selection, playhead=playhead, search=search, memory=memory)
        lost = cuts_kept(fenced.steps, project, kept) if fenced.steps else cuts_kept(result.steps, project, kept)
        if fenced.steps and lost is None:
            return fenced
        return _not_understood(f"That would cut \"{lost}\", which you asked to keep. Quote the words to cut, or give "
                               "their time.", project)
    from editor_app.planner.retake_part import retake_said

    from editor_app.planner.story_whole import whole_story

    again = retake_said(message, result.steps, project)  # round 24: "the part where he says 'no hang on, ...'": the false start
    again = again or whole_story(message, result.steps, project)  # round 24: "the whole story about trip and the diesel"
    if again is not None:
        taken = _plan(again, project, selection=selection, playhead=playhead, search=search, memory=memory)
        if taken.steps:
            return taken
    if result.understood or result.steps or result.special:
        return result
    if any(result.reply.startswith(asked) for asked in asked_replies()):
        return result  # round 21: a question about two readings is final, never rescued into an edit
    from editor_app.planner.rescue import rescued

    again = rescued(message, project)
    if again is None:
        return result
    second = _plan(again, project, selection=selection, playhead=playhead, search=search, memory=memory)
    return second if second.understood and second.steps else result


def _plan(
    message: str,
    project: Project,
    *,
    selection: Sequence[str] = (),
    playhead: int | None = None,
    search: Callable[[str, int], list[dict]] | None = None,
    memory: Any = None,
) -> OfflinePlan:
    """One reading of a message (see plan)."""
    text = at_sign(normalize(message or "", _extra_words(project), float(project.fps)))  # round 10b (names): "@ 20s"
    from editor_app.planner.typed_forms import as_typed_plainly

    text = as_typed_plainly(text)  # round 19: how people type a request, in the words the readings below expect
    from editor_app.planner.fragments import joined_fragments

    text = joined_fragments(text) or text  # round 23: "put X over the part. Where I say Y.": one request in fragments
    from editor_app.planner.media_where import media_where_place

    text = media_where_place(text) or text  # round 23: "the samsung clip where im prying X, over 'Y'": what it shows
    from editor_app.planner.file_numbers import unquoted_file_names

    text = unquoted_file_names(text, project)  # round 21: "'My Movie 3.mp4' on top of 'X'": a file, not a title
    from editor_app.planner.gopro_chapters import chapter_named

    text = chapter_named(text, project) or text  # round 21: "gopro part two" is GP010345.MP4
    from editor_app.planner.complaints import music_too_loud_to_hear

    text = music_too_loud_to_hear(text) or text  # round 19: "the music is so loud nobody can hear me": its level
    from editor_app.planner.third_person import as_first_person

    try:
        text = as_first_person(text, project) or text  # round 19: "where gran says 'X'" is a place in the talk, as "where i say"
    except Unclear as exc:  # round 22: "where callum explains X": someone who does not speak in the video
        return _not_understood(exc.reply, project, exc.suggestions)
    from editor_app.planner.unsupported import across_clauses

    try:
        across_clauses(text)  # round 23: "the customer's face is in the whatsapp video, can you just remove him"
    except Unclear as exc:
        return _not_understood(exc.reply, project, exc.suggestions)
    from editor_app.planner.removal_reason import removal_without_reason

    text = removal_without_reason(text) or text  # round 19: "take out 'X', it sounds unkind": the why is no edit
    from editor_app.planner.removal_reason import quote_then_where

    text = quote_then_where(text) or text  # round 22: "cut 'X' where i restart that sentence": the words, not the sentence
    from editor_app.planner.removal_reason import amount_without_reason

    text = amount_without_reason(text) or text  # round 20: "play X three times as fast? it's a bit slow": the why
    text = camera_names_as_media(text, project)  # "C0055" is the Sony file, not clip c55 (lead, round 10)
    try:
        text = app_names_as_media(text, project)  # round 12b (refs4): "the zoom call" is GMT..._Recording.mp4
    except Unclear as exc:  # two Zoom meetings: ask which, never the Zoom recorder's file
        return _not_understood(exc.reply, project, exc.suggestions)
    from editor_app.planner.polite_ask import possible_as_request

    asked = possible_as_request(text)  # round 13b (refs6): "is it possible for the music to dip when I talk?"
    if asked is not None:
        text = message = asked  # a request, not a question to answer
    from editor_app.planner.duck_return import without_duck_return

    text = without_duck_return(text) or text  # round 13b (refs6): "... and come back up in the gaps" is ducking itself
    try:  # round 13b (refs6): "put the recording in at 2:00" with a meeting recording and a voice memo: ask
        from editor_app.planner.recording_word import ask_which_recording

        ask_which_recording(text, project)
        from editor_app.planner.kind_word import ask_which_still

        ask_which_still(text, project)  # round 16: "put the photo in at 0:20" with several stills: which?
        from editor_app.planner.shown_action import ask_unshown_action

        ask_unshown_action(text, project)  # round 16 (r2): "the clip of me playing a song" that no media shows: ask
    except Unclear as exc:
        return _not_understood(exc.reply, project, exc.suggestions)
    from editor_app.planner.inside import thing_told_removed

    if (told := thing_told_removed(project, text)) is not None:  # round 16: "the X in the Y clip is ..., remove it"
        return _not_understood(f"I can't take {told} out of a clip's picture or sound; I can only change or remove whole "
                               "clips. Say \"remove the clip\" if you want the whole clip gone, or crop, zoom or blur it.", project)
    from editor_app.planner.music_off import music_off

    text = music_off(text) or text  # round 15: "no music please" (before "no" is stripped as a filler)
    from editor_app.planner.intents.broll_off import no_broll

    text = no_broll(text) or text  # round 16: "no b-roll over the intro" (before "no" is stripped as a filler)
    whole = strip_filler(text)
    try:  # undo said with a reaction or a name ("scratch that, undo the speed change"): planner/dialogue.py
        kind = dialogue.special(whole, memory)
    except Unclear as exc:
        return _not_understood(exc.reply, project, exc.suggestions)
    if kind is not None:
        reply = {"undo": "Undoing the last change.", "redo": "Redoing the last undone change.", "help": _HELP_REPLY}[kind]
        return OfflinePlan(True, [], reply, project_examples(project) if kind == "help" else [], special=kind)
    chatted = small_talk(whole) or greeting(text)  # round 13: greeting(), "hi there!"; "cool cool", "nice one, thanks": no edit (planner/chat.py, round 9)
    if chatted is not None:
        return OfflinePlan(True, [], chatted, [], special="answer")
    last = memory.last_edit() if memory is not None else None
    last_clips = (tuple(last.clip_ids) or _on_tracks_set(project, last)) if last is not None else ()
    try:
        said = answer(Ctx(whole, project, tuple(selection), playhead, search, last_clips, memory), message or "")
    except Unclear as exc:  # a question it cannot answer: say so, change nothing
        return _not_understood(exc.reply, project, exc.suggestions)
    if said is not None:
        return OfflinePlan(True, [], said, [], special="answer")
    from editor_app.planner.recent_clips import earlier_clips, next_to_last

    from editor_app.planner.corrected import corrected, not_found_instead, undone_placement

    # round 12: "fade both of them in", "no, the other one, ..."; "no, the vinegar bag one" after a placement;
    # "it" after the placement it names was undone ("undo that and put it at 0:44 instead")
    from editor_app.planner.followups import bare_level

    text = bare_level(text, memory) or text  # round 18: "still too loud, lower" after a level: quieter
    from editor_app.planner.followups import fade_length_again

    text = fade_length_again(text, memory) or text  # round 19: "make the fade longer, like 4 seconds" after a fade
    said_instead = corrected(text, memory, project)
    from editor_app.planner.again_at import again_at

    text = earlier_clips(text, memory, project) or said_instead or undone_placement(text, memory, project) \
        or next_to_last(text, memory, project) or again_at(text, memory, project) or text  # round 16: "again at 1:00"
    from editor_app.planner.place_fronted import fronted_place

    text = fronted_place(text) or text  # round 13, refs: "where I say X, stick Y over that part": turned round
    from editor_app.planner.fronted import fronted_clip

    from editor_app.planner.fronted_part import fronted_part

    text = fronted_part(text) or text  # round 16: "the bit where I say X - I want that gone": remove that bit
    from editor_app.planner.intents.retakes import announced_with_take, flub_said_first

    text = announced_with_take(text) or text  # round 19: "where I say 'no wait ...', take it out with the muddled start"

    text = flub_said_first(text) or text  # round 18: "the first go at X is wrong, delete that one"
    from editor_app.planner.restated_tail import complaint_then_fix

    text = complaint_then_fix(text) or text  # round 18: "X is way too bright, tone it down": the complaint says it
    from editor_app.planner.tic_phrases import tic_quoted

    text = tic_quoted(text, project) or text  # round 22: "cut every ken", "remove right so before X": the speaker's tic, quoted
    from editor_app.planner.numbered_parts import numbered_place

    text = numbered_place(text, project) or text  # round 23: "X over step seven": a part named by the talk's own numbering
    from editor_app.planner.bare_words import bare_words_quoted, word_from_bare_line

    from editor_app.planner.bare_words import place_bare_words

    from editor_app.planner.bare_words import range_to_line_end

    text = range_to_line_end(text, project) or text  # round 24: "from 'X' to the end of the stormwater line"
    text = place_bare_words(text, project, message) or text  # round 24: "X over give it a minute to settle then pull ...": the talk's words
    text = word_from_bare_line(text, project) or text  # round 24: "remove the word mate from dont you dare tip it ...": the line
    text = bare_words_quoted(text, project) or text  # round 23: "cut mine stayed dry oh for cute ...": the talk's words
    from editor_app.planner.spoken_word import plural_phrase_quoted, spoken_word_cuts

    text = plural_phrase_quoted(text, project) or text  # round 21: "all the you know what i means": that phrase, every time
    text = spoken_word_cuts(text, project) or text  # round 18: "cut all the literallys": a word of the talk, everywhere
    from editor_app.planner.spoken_word import quoted_everywhere

    text = quoted_everywhere(text, project) or text  # round 19: "cut every 'how you say'": quoted words, every time
    from editor_app.planner.said_where import quoted_too_often

    text = quoted_too_often(text) or text  # round 19: "he keeps saying 'yes?', take all of those out"
    text = quoted_everywhere(text, project) or text  # round 22: "he says 'so yeah' three times, cut every so yeah"
    from editor_app.planner.intents.said import start_for_dropped_opening

    text = start_for_dropped_opening(text) or text  # round 19: "skip my name intro, start at 'X'"
    from editor_app.planner.reorder import first_then

    text = first_then(text, project) or text  # round 19: "paper one first, then tomato": an order, not two steps
    from editor_app.planner.typed_forms import step_order_first

    text = step_order_first(text)  # round 19: "cut the last 2 seconds first, then ...": "first" orders the steps
    from editor_app.planner.spoken_word import filler_said_first, said_between, word_in_said_line

    text = said_between(text) or text  # round 18: "remove um between 'A' and 'B'", "after 'X' the pause is too long"

    text = filler_said_first(text) or text  # round 18: "um before 'X', cut it": that um

    text = word_in_said_line(text, project) or text  # round 18: "remove the bro in dont lose the nut bro"
    from editor_app.planner.word_in_part import word_in_part

    text = word_in_part(text, project) or text  # round 19: "cut the och at the start of the mould sentence": that word
    from editor_app.planner.said_bit import said_bit_as_line

    try:
        text = said_bit_as_line(text, project) or text  # round 21: "cut the <five words said once> bit": that line
    except Unclear as exc:
        return _not_understood(exc.reply, project, exc.suggestions)
    from editor_app.planner.heading_sections import section_ranges

    text = section_ranges(text, project) or text  # round 17: "the laces section": from its spoken heading to the next
    from editor_app.planner.said_place import placed_over_edge

    text = placed_over_edge(text) or text  # round 17: "put X on screen for the last 5 seconds"
    from editor_app.planner.said_place import went_to

    text = went_to(text) or text  # round 17: "go to 1:20 and cut 4 seconds from there"
    from editor_app.planner.said_place import bare_text_at

    text = bare_text_at(text) or text  # round 18: "'52mm wheels' at 1:12": a title
    from editor_app.planner.said_place import lined_up

    text = lined_up(text) or text  # round 19: "line up X with the start of 'Y'": X moved to start there
    text = fronted_clip(text) or text  # round 15: "the washer swap clip, put it at the end": turned round
    from editor_app.planner.replaced_there import put_there_instead

    text = put_there_instead(text) or text  # round 16: "delete X and put Y there instead" replaces X with Y
    from editor_app.planner.aside_clauses import one_filler, redo_told, retake_with_its_apology

    text = one_filler(text) or text  # round 13b, cuts: "one um when I say X, remove only that one"
    text = retake_with_its_apology(text) or text  # round 13b, cuts: "where I say sorry ..., plus the bad bit before it"
    text = redo_told(text) or text  # round 13b, cuts: "I mess up the X line and redo it, remove the bad attempt"
    from editor_app.planner.sentence_told import sentence_by_what_it_does

    text = sentence_by_what_it_does(text) or text  # round 13b, cuts: "the sentence warning that X" is the one about X
    text = request_after_reason(text) or text  # round 16: "the intro is too slow so cut the first 5 seconds"
    from editor_app.planner.level_said_first import fade_after

    text = fade_after(text) or text  # round 16: "-20 on the music plus a fade out at the end": then fade it out
    from editor_app.planner.order_said import order_said

    text = order_said(text) or text  # round 16 (r2): "flip the order of the gopro clips, X first then Y"
    text = halfway_as_clock(unhedged_times(text), _seconds_long(project))  # round 16: "from halfway to the end" (planner/time_points.py)
    instructions = split_instructions(names_as_ids(text, project))  # "staple swap.mov" is m2, not a swap
    from editor_app.planner.gapping import ungapped

    # round 15: "make the ice clip black and white and the autumn one brighter": two edits, one verb
    instructions = [part for one in instructions for part in (ungapped(one) or [one])]
    from editor_app.planner.range_lists import two_stretches

    # round 15: "cut everything before 'A' and everything after 'B'": two stretches, one verb
    instructions = [part for one in instructions for part in (two_stretches(one) or [one])]
    from editor_app.planner.all_but import all_but

    try:  # round 16: "make everything black and white except the drone shot": each other clip, never the drone shot
        instructions = [part for one in instructions
                        for part in (all_but(Ctx(one, project, tuple(selection), playhead, search)) or [one])]
    except Unclear as exc:
        return _not_understood(exc.reply, project, exc.suggestions)
    if not instructions:
        return _not_understood("I didn't catch an instruction there. Here are things I can do:", project)
    steps: list[PlanStep] = []
    says: list[str] = []
    current: Project | None = project
    subject: tuple[str, ...] = ()  # clips a state clause was about ("the garden shot looks dull, ...")
    for number, instruction in enumerate(instructions, 1):
        if number > 1 and stays_said(instruction):
            continue  # round 21: "take out the uhs only; the ums can stay": what stays is no second removal
        if number > 1 and _restates_the_line(instructions[number - 2], instruction, project):
            continue  # round 22: "X over the very last line, go hit some balls": the line's own words, said again
        if number < len(instructions) and (complaint_then_request(instruction, instructions[number])
                                           or goal_then_means(instruction, instructions[number])  # round 21
                                           or level_then_request(instruction, instructions[number])  # round 21
                                           or speaker_reason(instruction, instructions[number])):  # round 16
            continue  # round 16: "the intro drags, cut the first 5 seconds": the reason, not a speed change
        if steps and says_why(instruction, [s.tool for s in steps]):
            continue  # round 11: "speed me up by 10 percent, I talk slow": why the edit before, not another edit
        if steps and number == len(instructions) and re.match(
                r"^(?:because |cos |as )?(?:i|she|he|it|that|this|they|we)(?:'m| am| is|'s| are|'re| was)? (?:sound|sounds|look|looks|seem|seems|"
                r"feel|feels|come across|comes across) (?:like|as if|as though)\b", instruction):
            continue  # round 19: "..., I sound like I've lost my place": how it comes across, after the edit that fixes it
        if number < len(instructions) and (lent := lend_pauses(instruction, instructions[number])) is not None:
            instructions[number] = lent  # round 11b, cuts: before a complaint reading takes "the long pauses drag"
            continue
        instruction = instructions[number - 1] = one_pause_said(instruction) or instruction  # round 11b, cuts: planner/quiet.py
        if len(instructions) > 1:  # round 19: "take out both innits first, then ...": each step reads its words too
            from editor_app.planner.spoken_word import quoted_everywhere, spoken_word_cuts

            words_cut = spoken_word_cuts(instruction, current or project) or quoted_everywhere(instruction, current or project)
            instruction = instructions[number - 1] = words_cut or instruction
        # round 13 (sequence): "the jump from X to Y is harsh": a transition, before a complaint reads "harsh" as a look
        instruction = instructions[number - 1] = as_transition(instruction) or instruction
        try:  # round 15: "remove the background noise from my voice": no such tool, say so (planner/unsupported.py)
            unsupported(instruction, current or project)
            keep_only(instruction)  # round 15: "cut everything except X" asks, never cuts X (planner/keep_only.py)
            beside_quote(instruction)  # round 15: "the bit after I say X" asks how far (planner/range_lists.py)
        except Unclear as exc:
            return _not_understood(exc.reply, project, exc.suggestions)
        try:  # complaints, times said in words, a second edit after a comma: planner/dialogue.py
            instruction = dialogue.rewrite_at(instructions, number - 1, Ctx(
                instruction, current or project, tuple(selection), playhead, search, last_clips, memory, subject))
        except Unclear as exc:
            return _not_understood(exc.reply, project, exc.suggestions)
        if special_command(instruction):
            return _not_understood(f"Please ask for \"{instruction}\" on its own, not together with other edits.", project)
        from editor_app.planner.them_two import them_two

        instruction = instructions[number - 1] = them_two(Ctx(  # round 15: "swap them", "and X right after it"
            instruction, current or project, tuple(selection), playhead, search, last_clips, memory, subject)) or instruction
        try:  # round 15: "put the whoosh when the drone shot starts": that clip's start (planner/clip_times.py)
            from editor_app.planner.clip_times import clip_times

            instruction = instructions[number - 1] = clip_times(Ctx(
                instruction, current or project, tuple(selection), playhead, search, last_clips, memory, subject)) or instruction
        except Unclear as exc:
            return _not_understood(exc.reply, project, exc.suggestions)
        ctx = Ctx(instruction, current or project, tuple(selection), playhead, search, last_clips, memory, subject)
        subject = ()
        base = current or project

        def replan(msg: str, clips: tuple[str, ...], base: Project = base) -> list[PlanStep]:
            again = plan(msg, base, selection=clips or tuple(selection), playhead=playhead, search=search)
            return again.steps if again.understood and not again.special else []

        if number < len(instructions):
            lent = lend_pauses(instruction, instructions[number]) or lend_object(instruction, instructions[number]) \
                or lend_said_word(instruction, instructions[number]) \
                or lend_amount(instruction, instructions[number]) \
                or lend_join(instruction, instructions[number])  # round 10: cuts "places I go quiet, tighten those"; edits "3 s too long, shorten it"; round 13: "the cut from X to Y is abrupt, fix that"
            if lent is not None:  # "there's loads of dead air, tighten it up": "it" is the dead air
                instructions[number] = lent
                continue
            if (_COMPLAINT.search(instruction) and _PRONOUN.search(instructions[number])) or is_state(instruction):
                named = _named_only(ctx)
                if named:  # "the music is too loud, bring it down 4 dB": the complaint says what "it" is
                    last_clips = subject = named
                    continue
        if steps and is_purpose(instruction):
            continue  # round 10: "IMG_8 at half speed, I want to see the screw go in": why the edit before, not another edit
        ctx = dataclasses.replace(ctx, text=without_purpose(instruction))
        try:
            match: Match | None = same_for(ctx) or more(ctx, replan) or followup(ctx) or also(ctx, replan)  # also: round 10
            if match is None:
                match = next((m for m in (intent(ctx) for intent in INTENTS) if m is not None), None)
        except Unclear as exc:
            return _not_understood(exc.reply, project, exc.suggestions)
        if match is not None and match.steps and not match.part_read:
            try:
                _whole_clips_only(ctx, match)
            except Unclear as exc:
                return _not_understood(exc.reply, project, exc.suggestions)
        if (match is None or not match.steps) and steps and _RESULT.match(instruction):
            continue  # "cut my opening line, start straight on the recipe": what the edit is for, not another edit
        if match is None or not match.steps:  # round 13b, cuts: planner/aside_clauses.py
            from editor_app.planner.aside_clauses import keeps_rest, sets_scene

            if (steps and keeps_rest(instruction)) or (number < len(instructions) and sets_scene(instruction)):
                continue  # "there's loads of dead air, trim the gaps"; "..., leave everything else"
        if (match is None or not match.steps) and number < len(instructions):
            named = _named_only(ctx)
            if named:  # "the music is drowning me out, make it quieter": the clause says what "it" is
                last_clips = named
                continue
        if (match is None or not match.steps) and said_instead is not None and text == said_instead:
            return _not_understood(not_found_instead(said_instead, project), project)  # never quote the rewrite
        if match is None or not match.steps:
            instruction = ids_back(instruction, text, project)  # round 10b (names): "m3" said as "fade check.mp4"
            quoted = instruction if len(instruction) < 80 else instruction[:77] + "..."
            return _not_understood(f"Sorry, I didn't understand \"{quoted}\". I can do things like:", project)
        if steps and match.steps == steps[-len(match.steps):] and {s.tool for s in match.steps} <= _IDEMPOTENT:
            continue  # "bring the music back, unmute it": the same setting said twice is one edit (round 9)
        if current is not None:
            simulated, error = _simulate(current, match.steps, search, last=number == len(instructions))
            if error:
                return _not_understood(f"I understood that as: {match.says}, but it cannot be done: {error}", project)
            current = simulated
        steps.extend(match.steps)
        says.append(match.says)
        more_to_come = number < len(instructions)
        if more_to_come and current is not None and current is not base:
            last_clips = _it_next(base, current) or last_clips  # "then make it black and white"
            last_clips = them_so_far(instructions[number], project, current, _touched) or last_clips  # round 13
    reply = _sentence(says)
    for old, new in _typed_case(steps, message or ""):
        reply = reply.replace(f'"{old}"', f'"{new}"')
    return OfflinePlan(True, steps, reply, [])


def _restates_the_line(before: str, instruction: str, project: Project) -> bool:
    """Round 22: a clause that is only the words of the line the clause before it named ("... over the very last line, go
    hit some balls"): three words or more said word for word on the timeline, after a clause naming a line, sentence or
    part. Read alone, "go hit some balls" named the sound effect called "tennis-racket-hit-ball" and asked where to put it."""
    if not re.search(r"\b(?:line|sentence|bit|part|words)\b", before):
        return False
    words = re.sub(r"[^\w' ]", " ", instruction.strip('" ')).split()
    if len(words) < 3:
        return False
    from editor_app.model.word_cuts import timeline_words
    from editor_app.model.words import find_phrase, norm

    return bool(find_phrase([norm(w.text) for w in timeline_words(project)], " ".join(words)))


def _typed_case(steps: list[PlanStep], message: str) -> list[tuple[str, str]]:
    """Text the user typed without quotes ("a title saying Sunday Fix") keeps the case it was typed in."""
    changed = []
    for s in steps:
        text = s.args.get("text")
        if isinstance(text, str) and text == text.lower():
            found = re.search(re.escape(text).replace(r"\ ", r"\s+"), message, re.I)
            if found and found.group(0) != text:
                changed.append((text, found.group(0)))
                s.args["text"] = found.group(0)
    return changed


# A clause that says what the video should be like after the edit before it, not another edit.
_RESULT = re.compile(r"^(?:so (?:that )?(?:it|the video|we|i) )?(?:starts?|begins?|opens?|gets?|goes?|jumps?|ends?|finish(?:es)?)"
                     r" (?:straight|right|directly|immediately)? ?(?:on|with|in|at|into|to)\b")

# A clause that only says what is wrong ("the music is too loud"); the next one says what to do about "it".
_COMPLAINT = re.compile(r"^(?:(?:the|my|this|that|our|it|it's)\b.*|[a-z0-9_-]+(?: [a-z0-9_-]+)?)(?:\b| )(?:is|are|'s|seems?|sounds?|looks?|feels?) "
                        r"(?:(?:way |far |much |a (?:bit|little|touch) |really |so |very )?(?:too|drowning|overpowering|clipping)"
                        # "music's a bit loud": a mild complaint says what is wrong just as well
                        r"|(?:a (?:bit|little|touch|tad) |really |so |very |kind of |kinda |quite |rather |pretty |way |far )"
                        r"(?:loud|quiet|soft|dark|bright|long|noisy|harsh|dull|fast|slow|busy|washed out))\b")
_PRONOUN = re.compile(r"\b(it|that|this|them|those|these)\b")

# Tools that set a value: the same call twice in one message is one edit.
_IDEMPOTENT = frozenset({"update_track", "set_speed", "set_volume"})

# Tools that change a whole clip or track: a time range in the request means only part of it.
_WHOLE = frozenset({"add_effect", "set_speed", "set_volume", "update_track", "remove_effect"})


# A request about the inside of a clip: "the part of the syrup clip where ...", "the end of c4",
# "... where it goes blurry", "remove the music from the intro".
_INSIDE = re.compile(
    r"\b(?:part|parts|bit|bits|section|portion|piece|end|ending|start|beginning|middle|moment|half|rest|tail|"
    r"stretch|seconds?)s? of (?:the|that|this|my|our|c\d+|[a-z]*[_-]?\d{3,}\w*)\b"  # round 12: "of img_4410", a file name
    r"|\b(?:clip|shot|footage|video|photo|c\d+|it)\b.*\b(?:where|when|while|once) (?:it|the|he|she|they|i|we|you|there)\b")
_PART_OF_TIMELINE = re.compile(r"\b(?:from|during|in|for|over|at) (?:the )?(?:intro|introduction|opening|beginning|start|"
                               r"end|ending|outro|first|last|middle|part|bit|section)\b")


def _whole_clips_only(ctx: Ctx, match: Match) -> None:
    """"make 0:05 to 0:08 black and white" must not change all of a 20 s clip: ask to split first,
    unless the range is the clip's own. A request about the inside of a clip ("the part of the
    syrup clip where the bottle is empty") asks too: whole-clip tools cannot do it."""
    tools = {s.tool for s in match.steps}
    inside = _INSIDE.search(ctx.text)
    if inside and _describes_clip(ctx, match, ctx.text[inside.start():]):
        inside = None  # "the park clip where she runs off after the ducks" says which clip, not a part of it
    if "remove_clip" in tools:
        _not_inside_a_picture(ctx, match)
    if "add_effect" in tools:
        from editor_app.planner.inside import effect_on_a_thing

        thing = effect_on_a_thing(ctx.text)
        if thing:  # "blur the face of the guy in the harbour clip"
            verb = ctx.text.split(" ", 1)[0]  # round 16: the verb said ("brighten", "crop"), not always "blur"
            raise Unclear(f"I can only apply an effect to a whole clip, not to {thing} in it. Say \"{verb} the whole "
                          "clip\" if that is what you want, or split the clip to limit it in time.")
    if tools <= _WHOLE | {"remove_clip"} and (inside or
                                             ("remove_clip" in tools and _PART_OF_TIMELINE.search(ctx.text))):
        raise Unclear("That is about part of a clip, and I can only change or remove whole clips. Split it "
                      "where that part starts and ends first (e.g. \"split at 0:12 and 0:14\"), then name the piece.")
    if not tools <= _WHOLE:
        return
    ranges = time_ranges(ctx.text, ctx.duration_s)
    edge = re.search(r"\b(first|opening|last|final|closing) ([\d.]+) ?(?:seconds?|s)\b", ctx.text)
    if not ranges and edge:  # "blur the first 5 seconds" is a range too
        length = float(edge.group(2))
        ranges = [(0.0, length)] if edge.group(1) in ("first", "opening") else [(max(0.0, ctx.duration_s - length), ctx.duration_s)]
    if not ranges:
        return
    spans = []
    for s in match.steps:
        found = ctx.project.find_clip(s.args.get("clip_id", "")) if s.args.get("clip_id") else None
        if found is not None:
            spans.append((ctx.sec(found[1].start), ctx.sec(found[1].end)))
    if spans and all(any(abs(a - x) < 0.05 and abs(b - y) < 0.05 for x, y in spans) for a, b in ranges):
        return
    a, b = ranges[0]
    raise Unclear(f"That changes whole clips, not {clock(a)}-{clock(b)} alone. Split there first "
                  f"(\"split at {clock(a)} and {clock(b)}\"), then name the middle clip.")


def _not_inside_a_picture(ctx: Ctx, match: Match) -> None:
    """"delete the boat in DSC_0412" is about the picture, not the clip: ask, never remove the clip."""
    from editor_app.planner.inside import thing_inside

    gone = [s.args.get("clip_id", "") for s in match.steps if s.tool == "remove_clip"]
    thing = thing_inside(ctx.project, gone, ctx.text)
    if thing:
        raise Unclear(f"I can't take {thing} out of a clip's picture or sound; I can only change or remove whole "
                      "clips. Say \"remove the clip\" if you want the whole clip gone, or crop, zoom or blur it.")


def _describes_clip(ctx: Ctx, match: Match, said: str) -> bool:
    """The "where ..." clause of ``said`` is what the targeted clip's media shows (most of its
    content words are in the media's own words): a way of naming the clip, not a part of it."""
    from editor_app.planner.media_refs import own_words
    from editor_app.planner.meaning import stems

    clause = re.search(r"\b(?:where|when|while|once) (.+)$", said)
    if clause is None or re.match(r"(?:part|parts|bit|bits|section|portion|piece|end|ending|start|beginning|middle|"
                                  r"moment|half|rest|tail|stretch|seconds?)s? of\b", said):
        return False
    words = stems(clause.group(1))
    ids = {s.args.get("clip_id") for s in match.steps}
    found = [ctx.project.find_clip(i) for i in ids if i]
    assets = [ctx.project.media.get(f[1].media_id) for f in found if f and f[1].media_id]
    return bool(words) and bool(assets) and all(
        a is not None and 2 * len(words & stems(own_words(a))) > len(words) for a in assets)


def _named_only(ctx: Ctx) -> tuple[str, ...]:
    """The clips a clause that asks for nothing names ("the music is too loud, ..."), or ()."""
    from editor_app.planner.refs import clip_refs

    try:
        return tuple(c.id for c in clip_refs(ctx, pronoun_ok=False))
    except Unclear:
        return ()


def _touched(before: Project, after: Project) -> tuple[str, ...]:
    """What "it" means in the next instruction: the clips this instruction made, else those it
    changed (a placed clip, not the B-roll it trimmed by overlapping it)."""
    old = {c.id: c for c in before.clips()}
    made = tuple(c.id for c in after.clips() if c.id not in old)
    return made or tuple(c.id for c in after.clips() if c.id in old and old[c.id] != c)


def _on_tracks_set(project: Project, last: Any) -> tuple[str, ...]:
    """Round 12: "it" after a turn that only set tracks ("mute the music" ... "turn it down to -25"):
    the clips on those tracks."""
    ids = [s.get("args", {}).get("track_id") for s in last.steps]
    if not ids or any(s.get("tool") != "update_track" for s in last.steps):
        return ()
    tracks = [project.find_track(i) for i in ids if i]
    return tuple(c.id for t in tracks if t is not None for c in t.clips)


def _it_next(before: Project, after: Project) -> tuple[str, ...]:
    """"it" in the next instruction of the same message: what _touched says, else the clips on a
    track whose own setting changed (round 12: "unmute the music, but quieter": the music)."""
    touched = _touched(before, after)
    if touched:
        return touched
    was = {t.id: t.model_dump(exclude={"clips", "transitions"}) for t in before.tracks}
    return tuple(c.id for t in after.tracks if t.id in was and was[t.id] != t.model_dump(exclude={"clips", "transitions"})
                 for c in t.clips)


def describe_steps(steps: list[PlanStep]) -> list[str]:
    """One line per step for logs and the CLI: 'audio: duck_music {}'."""
    return [f"{s.agent}: {s.tool} {json.dumps(s.args)}" for s in steps]
