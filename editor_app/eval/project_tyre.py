"""A third evaluation project, written blind: fixing a flat tyre on a commuter bike, filmed in a garage.

Why: suites D (evals/d_heldout.jsonl) and the D retrieval set are scored on it, and neither the
planner nor the index was written beside it. The talk is a phone recording (PXL_...mp4); its
transcript is written here with word times, and its audio is made from those times (a voiced tone
per word, digital silence in the real pauses), so silences, fillers ("um") and a retake are where
the transcript says, without espeak-ng or speech-to-text. B-roll is named like people's files:
GoPro GX01..., a phone IMG_..., "tyre lever closeup.mov", a still; a second intro take is in the
bin but not on the timeline.

    ids: m1 talk, m2..m10 B-roll (BROLL order), m11 music, m12 intro take 2;
    t1 Main (c1 talk, whole), t2 B-roll (empty), t3 Music (c2 lofi, talk length, -12 dB)
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

RATE = 16000
TALK = "PXL_20260412_101533.mp4"
MUSIC = "lofi_beat_final_v2.wav"
TAKE2 = "intro_take2.wav"
# (file name, seconds or None for a still, description)
BROLL = [
    ("GX010234.MP4", 8.0, "GoPro ride along the canal on my way to work"),
    ("GX010235.MP4", 6.0, "GoPro ride home in the rain"),
    ("tyre lever closeup.mov", 5.0, ""),
    ("pump_gauge.mp4", 4.0, ""),
    ("IMG_5521.MOV", 6.0, "finding the thorn stuck in the tyre"),
    ("inner tube in water bucket.mp4", 5.0, ""),
    ("patch_kit.jpg", None, ""),
    ("wheel_off_slowmo.mp4", 4.0, ""),
    ("PXL_20260412_095802.mp4", 8.0, "wide shot of the garage, bike upside down on the floor"),
]
COLORS = ["0x3070a0", "0x405060", "0x808080", "0xa02020", "0x306030", "0x2040a0", "0xc0a000", "0x202020", "0x705030"]

# The talk: sentences (spoken text, with fillers as words) and the pause after each, seconds.
SCRIPT: list[tuple[str, float]] = [
    ("Hey everyone, so this morning I got a flat on my way to work.", 0.3),
    ("So I figured I'd film how I fix it.", 0.3),
    ("This is my commuter bike, just a basic hybrid with um thirty two mil tyres.", 1.6),
    ("First, shift into the smallest cog so the wheel comes out easier.", 0.3),
    ("Open the quick release, squeeze the brake, and drop the wheel out.", 0.3),
    ("Let the rest of the air out by pressing the valve.", 0.3),
    ("Hook a tyre lever under the bead and clip it onto a spoke.", 0.3),
    ("Then you slide the, no hang on, let me say that again.", 0.3),
    ("Then slide the second lever along the rim until one side pops off.", 2.0),
    ("Um, to find the leak, pump in a bit of air and dunk the tube in a bucket of water.", 0.3),
    ("There it is, a tiny stream of bubbles right by the seam.", 0.3),
    ("Now run your fingers round the inside of the tyre, because whatever did it is probably still in there.", 0.3),
    ("Yep, a little thorn, probably from the hedge cutting along the canal path.", 1.8),
    ("Rough up the rubber with the sandpaper, add a thin layer of glue, and wait till it goes clear.", 0.3),
    ("Press the patch on hard for about a minute.", 0.3),
    ("Put a little air in the tube and tuck it back inside the tyre, valve first.", 0.3),
    ("Push the bead back on with your thumbs, not the levers, or you'll pinch the tube.", 2.2),
    ("Pump it up to about sixty psi, that's the number printed on the sidewall.", 0.3),
    ("Spin the wheel and check the tyre sits evenly all the way round.", 0.3),
    ("Wheel back in, close the quick release, and check the brakes before you ride off.", 0.3),
    ("The whole thing took about fifteen minutes, and um, the spare tube lives in my bag now.", 0.3),
    ("Thanks for watching, see you on the next ride.", 0.6),
]
TAKE2_SCRIPT: list[tuple[str, float]] = [
    ("Hi guys, I got a puncture on the ride in this morning, so here's how I sorted it out.", 0.4),
    ("Uh, it's easier than it looks.", 0.5),
]
FILLERS = {"um", "uh", "um,", "uh,"}


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


def _speech_wav(path: Path, words, total: float) -> None:
    """A voiced tone for each word (fillers lower and flatter), digital silence elsewhere."""
    out = np.zeros(int(total * RATE), dtype=np.float32)
    for i, word in enumerate(words):
        a, b = int(word.start * RATE), int(word.end * RATE)
        n = b - a
        t = np.arange(n) / RATE
        filler = word.text.lower() in FILLERS
        pitch = 110.0 if filler else 140.0 + 25.0 * math.sin(i * 0.7)
        tone = sum(np.sin(2 * math.pi * pitch * k * t) / k for k in (1, 2, 3))
        level = 0.18 if filler else 0.3 * (0.75 + 0.25 * np.sin(2 * math.pi * 5.0 * t))
        ramp = np.minimum(1.0, np.minimum(np.arange(n), np.arange(n)[::-1]) / (0.01 * RATE))
        out[a:b] = (tone * level * ramp).astype(np.float32)
    pcm = (np.clip(out, -1, 1) * 32000).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm)


def _video(path: Path, seconds: float, color: str, audio: Path | None = None) -> None:
    args = ["-y", "-f", "lavfi", "-i", f"color=c={color}:s=320x180:r=30:d={seconds}"]
    if audio is not None:
        args += ["-i", str(audio), "-c:a", "aac", "-b:a", "64k"]
    args += ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-t", f"{seconds}", str(path)]
    run_ffmpeg(args)


def generate_media(folder: Path) -> dict[str, Path]:
    """Every file of the project, written into ``folder`` with numpy and the bundled ffmpeg."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {name: folder / name for name in [TALK, MUSIC, TAKE2] + [b[0] for b in BROLL]}
    _segments, words, total = timed_script(SCRIPT)
    with tempfile.TemporaryDirectory() as tmp:
        voice = Path(tmp) / "voice.wav"
        _speech_wav(voice, words, total)
        _video(out[TALK], total, "0x504840", voice)
    _s, take_words, take_total = timed_script(TAKE2_SCRIPT)
    _speech_wav(out[TAKE2], take_words, take_total)
    for (name, seconds, _d), color in zip(BROLL, COLORS):
        if seconds is None:
            run_ffmpeg(["-y", "-f", "lavfi", "-i", f"color=c={color}:s=320x180", "-frames:v", "1", str(out[name])])
        else:
            _video(out[name], seconds, color)
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "sine=frequency=220:duration=100", "-f", "lavfi", "-i",
                "sine=frequency=330:duration=100", "-filter_complex", "amix=inputs=2,volume=0.4",
                "-c:a", "pcm_s16le", "-ar", "22050", str(out[MUSIC])])
    return out


def create_tyre_project(target: str | Path):
    """The flat-tyre project at ``target`` (a Session): talk and music on the timeline, B-roll in the bin."""
    from editor_app.media.importer import build_asset
    from editor_app.session import Session

    target = Path(target).expanduser().resolve()
    files = generate_media(target / "media")
    session = Session.create(target, name="Fixing a flat", fps=30, width=1280, height=720)
    segments, words, _t = timed_script(SCRIPT)
    take_segments, take_words, _t2 = timed_script(TAKE2_SCRIPT)
    talk = build_asset(files[TALK], name=TALK, description="")
    imports = [ImportMedia(asset=talk.model_copy(update={"transcript": segments, "words": words}))]
    for name, _s, description in BROLL:
        imports.append(ImportMedia(asset=build_asset(files[name], name=name, description=description)))
    imports.append(ImportMedia(asset=build_asset(files[MUSIC], name=MUSIC)))
    take = build_asset(files[TAKE2], name=TAKE2)
    imports.append(ImportMedia(asset=take.model_copy(update={"transcript": take_segments, "words": take_words})))
    session.apply(imports, "Import the flat-tyre media")
    ids = {m.name: m.id for m in session.project.media.values()}
    session.apply([AddTrack(kind="video", role="main", name="Main"), AddTrack(kind="video", role="broll", name="B-roll"),
                   AddTrack(kind="audio", role="music", name="Music")], "Add tracks")
    main, _broll, music = session.project.tracks
    frames = int(Fraction(session.project.media[ids[TALK]].duration) * session.project.fps)
    session.apply([
        InsertClip(track_id=main.id, media_id=ids[TALK], start=0, name=TALK),
        InsertClip(track_id=music.id, media_id=ids[MUSIC], start=0, duration=frames, name=MUSIC, volume_db=-12.0),
    ], "Talk and music on the timeline")
    return session
