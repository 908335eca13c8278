"""What the blind eval projects (suite D's flat tyre, suite E's dog training) are built from.

Each is a talk whose transcript is written with word times and whose audio is made from those
times (a voiced tone per word, digital silence in the pauses: no espeak-ng, no speech-to-text),
B-roll named like people's files, a music bed and a second take in the bin. A project is data
(a TalkProject); this module writes its files with numpy and the bundled ffmpeg and builds it.
"""

from __future__ import annotations

import math
import tempfile
import wave
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np

from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
from editor_app.model.project import TranscriptSegment, TranscriptWord

RATE = 16000
FILLERS = {"um", "uh", "um,", "uh,"}


@dataclass(frozen=True)
class Voice:
    """The synthetic speaker: pitch of words and fillers (Hz), how it moves, tremolo (Hz)."""
    base: float
    filler: float
    swing: float
    step: float
    tremolo: float


@dataclass(frozen=True)
class TalkProject:
    title: str
    topic: str  # for the import's history label
    talk: str
    talk_color: str
    music: str
    music_tones: tuple[int, int, int]  # two sine frequencies (Hz) and seconds
    music_codec: tuple[str, ...]
    music_db: float
    take2: str
    script: list[tuple[str, float]]
    take2_script: list[tuple[str, float]]
    broll: list[tuple]  # (file name, seconds or None for a still, description)
    colors: list[str]
    voice: Voice


def _word_seconds(word: str) -> float:
    """How long a word takes to say: fillers are drawn out, longer words take longer."""
    letters = sum(ch.isalnum() for ch in word)
    return 0.36 if word.lower() in FILLERS else min(0.5, 0.07 + 0.03 * letters)


def timed_script(script: list[tuple[str, float]], lead: float = 0.25):
    """(segments, words, total seconds) for a script: the true times the audio is made from."""
    segments, words, t = [], [], lead
    for text, pause in script:
        first = t
        for word in text.split():
            length = _word_seconds(word)
            words.append(TranscriptWord(start=round(t, 3), end=round(t + length, 3), text=word))
            t += length + (0.1 if word[-1] in ",." else 0.03)
        end = words[-1].end
        segments.append(TranscriptSegment(start=round(first, 3), end=end, text=text))
        t = end + pause
    return tuple(segments), tuple(words), round(t + 0.2, 3)


def speech_wav(path: Path, words, total: float, voice: Voice) -> None:
    """A voiced tone for each word (fillers lower and flatter), digital silence elsewhere."""
    out = np.zeros(int(total * RATE), dtype=np.float32)
    for i, word in enumerate(words):
        a, b = int(word.start * RATE), int(word.end * RATE)
        n = b - a
        t = np.arange(n) / RATE
        filler = word.text.lower() in FILLERS
        pitch = voice.filler if filler else voice.base + voice.swing * math.sin(i * voice.step)
        tone = sum(np.sin(2 * math.pi * pitch * k * t) / k for k in (1, 2, 3))
        level = 0.18 if filler else 0.3 * (0.75 + 0.25 * np.sin(2 * math.pi * voice.tremolo * t))
        ramp = np.minimum(1.0, np.minimum(np.arange(n), np.arange(n)[::-1]) / (0.01 * RATE))
        out[a:b] = (tone * level * ramp).astype(np.float32)
    pcm = (np.clip(out, -1, 1) * 32000).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm)


def video(path: Path, seconds: float, color: str, audio: Path | None = None) -> None:
    args = ["-y", "-f", "lavfi", "-i", f"color=c={color}:s=320x180:r=30:d={seconds}"]
    if audio is not None:
        args += ["-i", str(audio), "-c:a", "aac", "-b:a", "64k"]
    args += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-t", f"{seconds}", str(path)]
    run_ffmpeg(args)


def generate_media(folder: Path, spec: TalkProject) -> dict[str, Path]:
    """Every file of the project, written into ``folder`` with numpy and the bundled ffmpeg."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {name: folder / name for name in [spec.talk, spec.music, spec.take2] + [b[0] for b in spec.broll]}
    _segments, words, total = timed_script(spec.script)
    with tempfile.TemporaryDirectory() as tmp:
        voice = Path(tmp) / "voice.wav"
        speech_wav(voice, words, total, spec.voice)
        video(out[spec.talk], total, spec.talk_color, voice)
    _s, take_words, take_total = timed_script(spec.take2_script)
    speech_wav(out[spec.take2], take_words, take_total, spec.voice)
    for (name, seconds, _d), color in zip(spec.broll, spec.colors):
        if seconds is None:
            run_ffmpeg(["-y", "-f", "lavfi", "-i", f"color=c={color}:s=320x180", "-frames:v", "1", str(out[name])])
        else:
            video(out[name], seconds, color)
    low, high, seconds = spec.music_tones
    run_ffmpeg(["-y", "-f", "lavfi", "-i", f"sine=frequency={low}:duration={seconds}", "-f", "lavfi", "-i",
                f"sine=frequency={high}:duration={seconds}", "-filter_complex", "amix=inputs=2,volume=0.4",
                *spec.music_codec, str(out[spec.music])])
    return out


def create_talk_project(target: str | Path, spec: TalkProject):
    """The project at ``target`` (a Session): talk and music on the timeline, B-roll in the bin."""
    from editor_app.media.importer import build_asset
    from editor_app.session import Session

    target = Path(target).expanduser().resolve()
    files = generate_media(target / "media", spec)
    session = Session.create(target, name=spec.title, fps=30, width=1280, height=720)
    segments, words, _t = timed_script(spec.script)
    take_segments, take_words, _t2 = timed_script(spec.take2_script)
    talk = build_asset(files[spec.talk], name=spec.talk, description="")
    imports = [ImportMedia(asset=talk.model_copy(update={"transcript": segments, "words": words}))]
    for name, _s, description in spec.broll:
        imports.append(ImportMedia(asset=build_asset(files[name], name=name, description=description)))
    imports.append(ImportMedia(asset=build_asset(files[spec.music], name=spec.music)))
    take = build_asset(files[spec.take2], name=spec.take2)
    imports.append(ImportMedia(asset=take.model_copy(update={"transcript": take_segments, "words": take_words})))
    session.apply(imports, f"Import the {spec.topic} media")
    ids = {m.name: m.id for m in session.project.media.values()}
    session.apply([AddTrack(kind="video", role="main", name="Main"), AddTrack(kind="video", role="broll", name="B-roll"),
                   AddTrack(kind="audio", role="music", name="Music")], "Add tracks")
    main, _broll, music = session.project.tracks
    frames = int(Fraction(session.project.media[ids[spec.talk]].duration) * session.project.fps)
    session.apply([
        InsertClip(track_id=main.id, media_id=ids[spec.talk], start=0, name=spec.talk),
        InsertClip(track_id=music.id, media_id=ids[spec.music], start=0, duration=frames, name=spec.music,
                   volume_db=spec.music_db),
    ], "Talk and music on the timeline")
    return session
