"""Blind evaluation project E: a dog-training tutorial (sit, leave it, recall, loose-lead walking).

Written without reading the planner. Built like editor_app/eval/project_tyre.py: the talk is a
camera file (C0042.MP4) whose transcript is written here with word times, and whose audio is made
from those times with numpy (a voiced tone per word, digital silence in the pauses), so fillers,
pauses and one retake are exactly where the transcript says. B-roll is named like people's files;
two park clips and two stills are deliberately similar. A second recording of the intro is in the
bin only.

    ids: m1 talk, m2..m11 B-roll (BROLL order), m12 music, m13 alternative intro voice;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 ukulele bed, talk length, -14 dB)
"""

from __future__ import annotations

import math
import tempfile
import wave
from fractions import Fraction
from pathlib import Path

import numpy as np

from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
from editor_app.model.project import TranscriptSegment, TranscriptWord
from editor_app.eval.project_tyre import _video, timed_script  # the same talk synthesis as suite D's project

RATE = 16000
TALK = "C0042.MP4"
MUSIC = "ukulele_happy_bed.mp3"
TAKE2 = "intro voice alt.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("treatPouchCloseup.mp4", 4.0, ""),
    ("clicker_demo.MP4", 4.0, ""),
    ("sit and stay slowmo.mov", 5.0, ""),
    ("leaveIt_sausage.mov", 6.0, ""),
    ("VID_20261104_183012.mp4", 8.0, "recall practice at the park, first try, she runs off after the ducks"),
    ("VID_20261104_183544.mp4", 6.0, "recall practice at the park, she comes sprinting back"),
    ("leash-pulling-before.mp4", 6.0, ""),
    ("DSC_0193.JPG", None, "Biscuit asleep on the sofa"),
    ("DSC_0201.JPG", None, ""),
    ("C0039.MP4", 8.0, "wide shot of the back garden where we train"),
]
COLORS = ["0xa07040", "0x404040", "0x70a050", "0xb05030", "0x308030", "0x30a040",
          "0x606090", "0xc0b090", "0x9080c0", "0x508050"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hi, I'm Priya, and this is Biscuit, my two year old rescue spaniel.", 0.3),
    ("Today I'm going to show you the three things we practise every single day.", 0.4),
    ("Um, first of all, you need really good treats, like tiny bits of cheese or chicken.", 1.5),
    ("Keep them in a pouch on your belt so your hands are free.", 0.3),
    ("Some people use a clicker, and it, you know, marks the exact moment she gets it right.", 0.3),
    ("Let's start with sit.", 0.3),
    ("Hold the treat above her nose and move it slowly back over her head.", 0.3),
    ("As her bottom goes down, say sit, and reward straight away.", 1.8),
    ("Next is leave it, which honestly might save her life one day.", 0.3),
    ("Put a sausage on the floor, cover it with your hand, and wait for her to look away.", 0.3),
    ("The second she looks at you instead of the, uh, no wait, let me start that one again.", 0.3),
    ("The second she looks at you instead of the sausage, give her a treat from your other hand.", 2.0),
    ("Now the big one, recall, which is coming back when you call her name.", 0.3),
    ("We practise at the park on a long line, so she can't run off.", 0.3),
    ("The first few tries were, um, not great, she was way more interested in the ducks.", 0.3),
    ("Call once, in a happy voice, and run backwards a few steps to make it a game.", 0.3),
    ("When she reaches you, make a huge fuss and give her the best treat you have.", 1.7),
    ("Last one is walking nicely on the lead without pulling.", 0.3),
    ("If she pulls, just stop and stand still until the lead goes slack.", 0.3),
    ("It's boring for a week or two, but uh, it really does work.", 0.3),
    ("Keep every session short, five minutes is plenty, and always end on a win.", 0.3),
    ("After all that, she sleeps for the rest of the afternoon.", 0.3),
    ("Thanks for watching, and give your dog a scratch behind the ears from me.", 0.6),
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Hey, I'm Priya, and this little troublemaker is Biscuit.", 0.4),
    ("Uh, let's get her trained.", 0.5),
]
FILLERS = {"um", "uh", "um,", "uh,"}


def _speech_wav(path: Path, words, total: float) -> None:
    """A voiced tone for each word (fillers lower and flatter), digital silence elsewhere."""
    out = np.zeros(int(total * RATE), dtype=np.float32)
    for i, word in enumerate(words):
        a, b = int(word.start * RATE), int(word.end * RATE)
        n = b - a
        t = np.arange(n) / RATE
        filler = word.text.lower() in FILLERS
        pitch = 185.0 if filler else 210.0 + 30.0 * math.sin(i * 0.9)
        tone = sum(np.sin(2 * math.pi * pitch * k * t) / k for k in (1, 2, 3))
        level = 0.18 if filler else 0.3 * (0.75 + 0.25 * np.sin(2 * math.pi * 4.0 * t))
        ramp = np.minimum(1.0, np.minimum(np.arange(n), np.arange(n)[::-1]) / (0.01 * RATE))
        out[a:b] = (tone * level * ramp).astype(np.float32)
    pcm = (np.clip(out, -1, 1) * 32000).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm)


def generate_media(folder: Path) -> dict[str, Path]:
    """Every file of the project, written into ``folder`` with numpy and the bundled ffmpeg."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {name: folder / name for name in [TALK, MUSIC, TAKE2] + [b[0] for b in BROLL]}
    _segments, words, total = timed_script(SCRIPT)
    with tempfile.TemporaryDirectory() as tmp:
        voice = Path(tmp) / "voice.wav"
        _speech_wav(voice, words, total)
        _video(out[TALK], total, "0x4a5a48", voice)
    _s, take_words, take_total = timed_script(TAKE2_SCRIPT)
    _speech_wav(out[TAKE2], take_words, take_total)
    for (name, seconds, _d), color in zip(BROLL, COLORS):
        if seconds is None:
            run_ffmpeg(["-y", "-f", "lavfi", "-i", f"color=c={color}:s=320x180", "-frames:v", "1", str(out[name])])
        else:
            _video(out[name], seconds, color)
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=262:duration=110", "-f", "lavfi", "-i",
                "sine=frequency=392:duration=110", "-filter_complex", "amix=inputs=2,volume=0.4",
                "-c:a", "libmp3lame", "-b:a", "96k", str(out[MUSIC])])
    return out


def create_dog_project(target: str | Path):
    """The dog-training project at ``target`` (a Session): talk and music on the timeline, B-roll in the bin."""
    from editor_app.media.importer import build_asset
    from editor_app.session import Session

    target = Path(target).expanduser().resolve()
    files = generate_media(target / "media")
    session = Session.create(target, name="Training Biscuit", fps=30, width=1280, height=720)
    segments, words, _t = timed_script(SCRIPT)
    take_segments, take_words, _t2 = timed_script(TAKE2_SCRIPT)
    talk = build_asset(files[TALK], name=TALK, description="")
    imports = [ImportMedia(asset=talk.model_copy(update={"transcript": segments, "words": words}))]
    for name, _s, description in BROLL:
        imports.append(ImportMedia(asset=build_asset(files[name], name=name, description=description)))
    imports.append(ImportMedia(asset=build_asset(files[MUSIC], name=MUSIC)))
    take = build_asset(files[TAKE2], name=TAKE2)
    imports.append(ImportMedia(asset=take.model_copy(update={"transcript": take_segments, "words": take_words})))
    session.apply(imports, "Import the dog-training media")
    ids = {m.name: m.id for m in session.project.media.values()}
    session.apply([AddTrack(kind="video", role="main", name="Main"), AddTrack(kind="video", role="broll", name="B-roll"),
                   AddTrack(kind="audio", role="music", name="Music")], "Add tracks")
    main, _broll, music = session.project.tracks
    frames = int(Fraction(session.project.media[ids[TALK]].duration) * session.project.fps)
    session.apply([
        InsertClip(track_id=main.id, media_id=ids[TALK], start=0, name=TALK),
        InsertClip(track_id=music.id, media_id=ids[MUSIC], start=0, duration=frames, name=MUSIC, volume_db=-14.0),
    ], "Talk and music on the timeline")
    return session

