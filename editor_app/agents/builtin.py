"""The three built-in agents, registered through the `editor_app.agents` entry-point group
like any plugin (so the plugin path runs on every start)."""

from __future__ import annotations

from editor_app.agents.base import Agent

ALL_QUERIES = ("search_transcript", "list_silences", "list_speech", "describe_clip", "get_timeline")


def timeline_agent() -> Agent:
    return Agent(
        name="timeline",
        description=("Cuts and arranges the timeline: insert, overwrite, remove, split, trim and move clips, "
                     "cut time ranges, cut words, remove filler words, retakes and long pauses, remove silences, place B-roll (also by topic), markers, tracks, "
                     "enable/disable and rename clips."),
        edit_tools=("insert_clip", "overwrite_clip", "remove_clip", "split_clip", "trim_clip", "move_clip",
                    "cut_range", "set_clip_enabled", "update_clip", "add_marker", "add_track",
                    "cut_words", "remove_fillers", "remove_retakes", "shorten_pauses"),
        macro_tools=("remove_silences", "place_broll", "place_broll_for_topic"),
        query_tools=ALL_QUERIES,
        prompt_file="timeline.txt",
    )


def effects_agent() -> Agent:
    return Agent(
        name="effects",
        description=("Changes how clips look: effects (fades, black and white, colour, blur, zoom, text "
                     "overlays), transitions and crossfades, speed changes, title cards."),
        edit_tools=("add_effect", "remove_effect", "update_effect", "add_transition", "remove_transition",
                    "set_speed", "add_title"),
        macro_tools=("fade",),
        query_tools=("describe_clip", "get_timeline", "search_transcript"),
        prompt_file="effects.txt",
    )


def audio_agent() -> Agent:
    return Agent(
        name="audio",
        description=("Changes how things sound: clip and track volume, ducking music under speech, "
                     "volume envelopes, audio fades, loudness normalisation, muting tracks."),
        edit_tools=("set_volume", "set_volume_envelope", "update_track", "add_effect", "remove_effect"),
        macro_tools=("fade", "duck_music", "normalize_loudness"),
        query_tools=("list_speech", "list_silences", "describe_clip", "get_timeline"),
        prompt_file="audio.txt",
    )
