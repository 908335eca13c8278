"""Word transcripts made from the TRUE chunk times of ../shared/testdata/speech/*.json.

Why: the tests of word cuts must know exactly where speech is. Each speech chunk's words
share its span in proportion to their letters (touching, as in real speech); a filler
chunk is one word at its true time. Pauses have no words.
"""

from __future__ import annotations

import functools
import json
from fractions import Fraction
from pathlib import Path

from editor_app.media.levels import audio_levels
from editor_app.model.project import Clip, MediaAsset, Project, Settings, Track
from editor_app.model.project import TranscriptWord as Word

SPEECH = Path("/work/shared/testdata/speech")
if not SPEECH.is_dir():  # the repository's own copy when the shared folder is elsewhere
    SPEECH = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "speech"


@functools.lru_cache(maxsize=8)
def levels_of(path: str):
    return audio_levels(path)


def truth(name: str) -> dict:
    return json.loads((SPEECH / f"{name}.json").read_text())


def chunks(name: str, kind: str | None = None) -> list[dict]:
    return [c for c in truth(name)["chunks"] if kind is None or c["kind"] == kind]


def truth_words(name: str) -> list[Word]:
    """Words with times from the true chunk times (letters share a chunk's span)."""
    out: list[Word] = []
    for chunk in chunks(name):
        if chunk["kind"] == "pause":
            continue
        parts = chunk["text"].split()
        weights = [len(p) + 1 for p in parts]
        total = sum(weights)
        t = chunk["start"]
        span = chunk["end"] - chunk["start"]
        for part, weight in zip(parts, weights):
            end = t + span * weight / total
            out.append(Word(start=round(t, 4), end=round(end, 4), text=part))
            t = end
    return out


def speech_asset(name: str, media_id: str = "m1", *, words: list[Word] | None = None, levels: bool = True,
                 language: str = "en") -> MediaAsset:
    path = SPEECH / f"{name}.wav"
    data = truth(name)
    return MediaAsset(id=media_id, name=name, path=str(path), kind="audio", duration=Fraction(str(data["duration"])),
                      has_audio=True, sample_rate=16000, channels=1,
                      words=tuple(truth_words(name) if words is None else words), transcript_language=language,
                      transcript_model="true chunk times",
                      levels=levels_of(str(path)) if levels else None)


def speech_project(name: str = "fillers", fps: Fraction = Fraction(30), *, music: bool = False,
                   levels: bool = True, language: str = "en", sample_rate: int = 16000) -> Project:
    """A project with the speech file on a voice track (whole file), optionally a music bed."""
    asset = speech_asset(name, levels=levels, language=language)
    frames = int(Fraction(asset.duration) * fps)
    tracks = [Track(id="t1", kind="audio", role="voice", name="Voice",
                    clips=[Clip(id="c1", media_id=asset.id, start=0, duration=frames)])]
    media = {asset.id: asset}
    if music:
        bed = MediaAsset(id="m2", name="bed", path=str(SPEECH / f"{name}.wav"), kind="audio",
                         duration=asset.duration, has_audio=True)
        media[bed.id] = bed
        tracks.append(Track(id="t2", kind="audio", role="music", name="Music",
                            clips=[Clip(id="c2", media_id="m2", start=0, duration=frames, volume_db=-20)]))
    project = Project(name="words-test", settings=Settings(fps=fps, width=160, height=90, sample_rate=sample_rate),
                      media=media, tracks=tracks, id_counters={"m": 2, "t": 2, "c": 2})
    return project


def kept_source_spans(project: Project, track_id: str = "t1") -> list[tuple[float, float, float]]:
    """(source start s, source end s, timeline start s) of each clip left on a track."""
    fps = project.fps
    out = []
    for clip in project.track(track_id).clips:
        out.append((float(Fraction(clip.source_in) / fps), float(clip.source_out / fps), float(Fraction(clip.start) / fps)))
    return out
