"""What every test project of our own is made of: a talk with word times, media in the bin, and the
three tracks `editor-app new` makes (Main, B-roll, Music), the talk on Main and the music under it.

The projects (bike, birdhouse, garden, guitar, knife, ...) differ only in their words, media and
names; building them here keeps their layout, ids and quirks (m1 the talk, c1 on t1, c2 the music
on t3, B-roll clips c3, c4, ... on t2) the same, so a test reads "the third B-roll file" the same
way in every project.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fractions import Fraction

from editor_app.model.history import apply_all
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip, parse_operation
from editor_app.model.project import MediaAsset, Project, Settings, TranscriptSegment, TranscriptWord

WORD = 0.35  # seconds per word, then a 0.05 s gap


def timed(script: list[tuple[str, float]], t: float = 0.2) -> tuple[list[TranscriptWord], list[TranscriptSegment], float]:
    """Words at WORD seconds each (0.05 s apart), the pause after each sentence, from ``t`` seconds:
    (words, sentences, length)."""
    words, segments = [], []
    for sentence, pause in script:
        first = t
        for w in sentence.split():
            words.append(TranscriptWord(start=round(t, 3), end=round(t + WORD, 3), text=w))
            t += WORD + 0.05
        segments.append(TranscriptSegment(start=round(first, 3), end=round(t - 0.05, 3), text=sentence))
        t += pause
    return words, segments, round(t + 0.5, 1)


def asset(name: str, kind: str = "video", seconds: float | None = 5.0, description: str = "",
          transcript: tuple = (), words: tuple = ()) -> MediaAsset:
    """A media file the test never opens: name, kind, exact length (None for a still), description."""
    return MediaAsset(id="", name=name, path=f"/nonexistent/{name}", kind=kind,
                      duration=Fraction(str(seconds)) if seconds is not None else None,
                      has_audio=kind == "audio" or bool(transcript), has_video=kind in ("video", "image"),
                      description=description, transcript=transcript, words=words)


def talk_asset(name: str, length: float, words: Iterable[TranscriptWord] = (),
               segments: Iterable[TranscriptSegment] = ()) -> MediaAsset:
    """The camera file of the talk, with its word and sentence transcript."""
    return asset(name, "video", length, transcript=tuple(segments), words=tuple(words))


def talk_project(name: str, talk: MediaAsset, others: list[MediaAsset], *, music_id: str, music_db: float | None,
                 broll: Mapping[str, float] | None = None, broll_seconds: float | Mapping[str, float] = 4.0,
                 track_names: tuple[str, str, str] = ("Main", "B-roll", "Music"), fps: int = 25) -> Project:
    """m1 ``talk`` as c1 on t1, ``others`` as m2, m3, ... in the bin, ``music_id`` as c2 on t3 for the
    talk's length at ``music_db`` (None: as imported); ``broll`` ({media id: start s}) overwritten on t2 as c3, c4, ... in
    that order, each ``broll_seconds`` long (one length, or one per media id)."""
    p = Project(name=name, settings=Settings(fps=fps))
    main, cutaways, music = track_names
    apply_all(p, [ImportMedia(asset=talk), *(ImportMedia(asset=a) for a in others),
                  AddTrack(kind="video", role="main", name=main), AddTrack(kind="video", role="broll", name=cutaways),
                  AddTrack(kind="audio", role="music", name=music)])
    length = int(talk.duration * p.fps)
    apply_all(p, [InsertClip(track_id="t1", media_id="m1", start=0),
                  InsertClip(track_id="t3", media_id=music_id, start=0, duration=length)])
    ops = [] if music_db is None else [parse_operation({"op": "set_volume", "clip_id": "c2", "db": music_db}, p.fps,
                                                        units="seconds")]
    for media_id, start in (broll or {}).items():
        seconds = broll_seconds[media_id] if isinstance(broll_seconds, Mapping) else broll_seconds
        ops.append(parse_operation({"op": "overwrite_clip", "track_id": "t2", "media_id": media_id, "start": start,
                                    "duration": seconds}, p.fps, units="seconds"))
    apply_all(p, ops)
    return p


def sentence_span(segments: list[TranscriptSegment], index: int) -> tuple[float, float]:
    """(start, end) seconds of sentence ``index`` on the uncut timeline."""
    return segments[index].start, segments[index].end


def talk_without(script: Iterable[tuple[str, float]], indices: Iterable[int],
                 drop: Iterable[tuple[int, str]] = ()) -> str:
    """A script's talk as words, without sentences ``indices`` and without the words ``drop``
    ((sentence, exact token), each once): what a cut test expects the timeline to say."""
    skip, drop = set(indices), list(drop)
    out: list[str] = []
    for i, (sentence, _) in enumerate(script):
        if i in skip:
            continue
        tokens = sentence.split()
        for j, token in drop:
            if j == i:
                tokens.remove(token)
        out.extend(tokens)
    return " ".join(out)


def heard(project: Project) -> str:
    """Every word the timeline plays, in order: what a cut test reads after an edit."""
    from editor_app.model.word_cuts import timeline_words

    return " ".join(p.text for p in timeline_words(project))


def length_of(project: Project) -> float:
    """The timeline's length in seconds."""
    from editor_app.model.time import seconds

    return float(seconds(project.duration, project.fps))


def asks(result) -> bool:
    """The planner asked instead of planning: nothing to apply."""
    return not result.understood and result.steps == []


def applied_plan(project: Project, message: str):
    """``project`` (left as it was) after the offline plan for ``message`` is run through the tools, and the plan;
    the plan must be understood and hold steps."""
    from editor_app.model.history import apply_all
    from editor_app.planner import plan
    from editor_app.tools import TOOLS, ToolContext

    result = plan(message, project)
    assert result.understood and result.steps, result.reply
    after = project.clone()
    for s in result.steps:
        apply_all(after, TOOLS.find(s.tool).call(ToolContext(after, None), s.args))
    return after, result


class Chat:
    """Turns through the real orchestrator (offline backend), applied at once: what a person chatting sees."""

    def __init__(self, session) -> None:
        from editor_app.orchestrator import OfflineBackend, Orchestrator

        self.session = session
        self.orchestrator = Orchestrator(session, backend=OfflineBackend())

    def say(self, message: str):
        import asyncio

        return asyncio.run(self.orchestrator.run_turn(message, auto_apply=True))

    @property
    def project(self):
        return self.session.project

    def placed(self) -> list[tuple[str, float]]:
        """(media name, start seconds) of every clip on the B-roll tracks."""
        from editor_app.model.time import seconds

        fps = self.project.fps
        return [(self.project.media[c.media_id].name, round(float(seconds(c.start, fps)), 2))
                for t in self.project.tracks if t.role == "broll" for c in t.clips]

    def starts(self, media_id: str) -> list[float]:
        """Where the clips of ``media_id`` start, seconds."""
        from editor_app.model.time import seconds

        fps = self.project.fps
        return [round(float(seconds(c.start, fps)), 2) for c in self.project.clips() if c.media_id == media_id]


def saved_session(folder, project: Project):
    """``project`` saved as a project folder, in a session for turns through the orchestrator (round 22: one helper
    for the per-project ``*_session`` functions)."""
    from pathlib import Path

    from editor_app.model.history import History
    from editor_app.model.project_io import ProjectStore
    from editor_app.session import Session

    return Session(ProjectStore.create(Path(folder), project), project, History())
