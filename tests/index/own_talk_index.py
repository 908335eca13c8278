"""One talk of our own, timed from its script, beside one described B-roll clip, indexed for real: what the
retrieval tests on our own talks (hammock, radiator valve, snowboard bindings, kombucha) search. WordLlama and
MiniLM come from their wheels; nothing downloads."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from editor_app.eval.talk_project import timed_script
from editor_app.index import ContextIndex
from editor_app.model.project import MediaAsset, Project


def talk_with_broll(name: str, script: list[tuple[str, float]], talk: tuple[str, str, str],
                    broll: tuple[str, str, str, int, str]) -> tuple[Project, list[float]]:
    """A project of ``talk`` (id, file name, path) transcribed from ``script`` and ``broll`` (id, file name, path,
    seconds, description); with the start of every sentence, in seconds."""
    segments, _words, total = timed_script(script)
    project = Project(name=name)
    talk_id, talk_name, talk_path = talk
    project.media[talk_id] = MediaAsset(id=talk_id, name=talk_name, path=talk_path, kind="video",
                                        duration=Fraction(int(total) + 1), has_audio=True, has_video=True,
                                        transcript=segments)
    broll_id, broll_name, broll_path, seconds, description = broll
    project.media[broll_id] = MediaAsset(id=broll_id, name=broll_name, path=broll_path, kind="video",
                                         duration=Fraction(seconds), has_video=True, description=description)
    return project, [s.start for s in segments]


def indexed(folder: Path, project: Project) -> ContextIndex:
    """The project's context index in ``folder``, synced, with its sentence encodings ready (close it after)."""
    index = ContextIndex.open(folder)
    index.sync(project, [])
    index.warm_sentences(wait=True)
    return index


def first_start(index: ContextIndex, query: str, talk_ids: tuple[str, ...]) -> float:
    """Where the first transcript hit for ``query`` starts; it must be on the talk."""
    hits = index.search(query, kind="transcript", k=3)
    assert hits and hits[0].media_id in talk_ids, query
    return hits[0].start
