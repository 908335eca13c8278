"""The export against independent references: moviepy renders the same timeline frame by
frame in Python (editor_app.render.reference), and pydub measures silences in Python, so
the ffmpeg filter graph and the ffmpeg silence analysis are checked by different code."""

from __future__ import annotations

import warnings

import numpy as np

from render_helpers import SR, asset, audio_samples, clip, frame_at, project, rms_db
from editor_app.media.analysis import detect_silences
from editor_app.media.ffmpeg import ffmpeg_exe, run_ffmpeg
from editor_app.model.effects import FadeIn
from editor_app.model.project import Track
from editor_app.render import render
from editor_app.render.reference import render_reference


def test_export_matches_the_moviepy_reference(media_dir, tmp_path):
    red = asset("m1", media_dir / "red.mp4", seconds=4)
    blue = asset("m2", media_dir / "blue.mp4", seconds=4)
    green = asset("m3", media_dir / "green.mp4", seconds=2, has_audio=False)
    music = asset("m4", media_dir / "music.wav", kind="audio", seconds=4)
    p = project([red, blue, green, music], [
        Track(id="t1", kind="video", role="main", clips=[
            clip("c1", "m1", 0, 45, source_in=15), clip("c2", "m2", 60, 45, effects=[FadeIn(id="e1", duration=15)])]),
        Track(id="t2", kind="video", role="broll", clips=[clip("c3", "m3", 15, 20)]),
        Track(id="t3", kind="audio", role="music", volume_db=-6, clips=[clip("c4", "m4", 0, 105)]),
    ])
    ours, ref = tmp_path / "export.mp4", tmp_path / "moviepy.mp4"
    render(p, ours)
    render_reference(p, ref)
    for t in (0.2, 0.8, 1.7, 2.3, 3.3):  # red, green overlay, gap, blue fading in, blue
        a, b = frame_at(ours, t).astype(float), frame_at(ref, t).astype(float)
        assert np.abs(a.mean(axis=(0, 1)) - b.mean(axis=(0, 1))).max() < 20, (t, a.mean(axis=(0, 1)), b.mean(axis=(0, 1)))
    x, y = audio_samples(ours), audio_samples(ref)
    for start in (0.2, 1.0, 2.5, 3.0):  # voice + music, music only in the gap, then blue's tone
        window = slice(int(start * SR), int((start + 0.3) * SR))
        assert abs(rms_db(x[window]) - rms_db(y[window])) < 1.5, (start, rms_db(x[window]), rms_db(y[window]))


def test_silence_analysis_matches_pydub(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # pydub looks for ffmpeg on PATH at import
        from pydub import AudioSegment
        from pydub.silence import detect_silence
    tone = tmp_path / "tone.wav"  # a clear tone (about -12 dBFS) so both methods agree on its edges
    run_ffmpeg(["-y", "-f", "lavfi", "-i", f"sine=frequency=330:sample_rate={SR}:duration=1", "-af", "volume=4",
                "-ac", "2", "-c:a", "pcm_s16le", str(tone)])
    talk = tmp_path / "talk.wav"
    # tone 1 s, silence 1.2 s, tone 1 s, silence 0.6 s, tone 1 s
    run_ffmpeg(["-y", "-i", str(tone), "-f", "lavfi", "-i", f"anullsrc=r={SR}:cl=stereo:d=1.2", "-i", str(tone),
                "-f", "lavfi", "-i", f"anullsrc=r={SR}:cl=stereo:d=0.6", "-i", str(tone), "-filter_complex",
                "[0:a][1:a][2:a][3:a][4:a]concat=n=5:v=0:a=1", "-c:a", "pcm_s16le", str(talk)])
    AudioSegment.converter = ffmpeg_exe()
    segment = AudioSegment.from_file(str(talk))
    expected = [(s / 1000, e / 1000) for s, e in detect_silence(segment, min_silence_len=500, silence_thresh=-35)]
    found = detect_silences(talk, threshold_db=-35, min_silence=0.5)
    assert len(found) == len(expected) == 2, (found, expected)
    for (s1, e1), (s2, e2) in zip(found, expected):
        assert abs(s1 - s2) < 0.03 and abs(e1 - e2) < 0.03, (found, expected)
