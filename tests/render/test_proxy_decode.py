"""The player's decoder: proxy chunks read back with the bundled ffmpeg, pictures and sound in step."""

from __future__ import annotations

import threading
from fractions import Fraction

import numpy as np
from render_helpers import FPS, asset, clip, make_video, project

from editor_app.model.project import Track
from editor_app.render.proxy import chunks_from, proxy_size, render_chunk
from editor_app.render.proxy_decode import BYTES_PER_SAMPLE, SAMPLE_RATE, decode_chunk


def _project(tmp_path):
    red = make_video(tmp_path / "red.mp4", "red", 3, tone=440)
    blue = make_video(tmp_path / "blue.mp4", "blue", 3, tone=None)
    media = [asset("m1", red, seconds=3), asset("m2", blue, seconds=3, has_audio=False)]
    return project(media, [Track(id="t1", kind="video", role="main", name="Main",
                                 clips=[clip("c1", "m1", 0, 45), clip("c2", "m2", 45, 45)])])


def _first_chunk(tmp_path, p):
    size = proxy_size(p)
    chunk = next(iter(chunks_from(p, 0, tmp_path / "proxy", size)))
    render_chunk(p, chunk, size)
    return chunk, size


def test_every_frame_and_its_sound_come_back_in_order(tmp_path):
    p = _project(tmp_path)
    chunk, size = _first_chunk(tmp_path, p)
    events = list(decode_chunk(chunk.path, size, p.fps, chunk_start=chunk.start, first=chunk.start))
    pictures = [(f, d) for k, f, d in events if k == "picture"]
    assert [f for f, _ in pictures] == list(range(chunk.start, chunk.end))
    assert all(len(d) == size[0] * size[1] * 3 for _, d in pictures)
    first = np.frombuffer(pictures[0][1], np.uint8).reshape(size[1], size[0], 3)
    assert first[..., 0].mean() > 200 and first[..., 2].mean() < 60  # the red clip
    _sound_checks(events, chunk)


def test_the_whole_timeline_decodes_chunk_after_chunk(tmp_path):
    p = _project(tmp_path)
    size = proxy_size(p)
    shown = {}
    for chunk in chunks_from(p, 0, tmp_path / "proxy", size):
        render_chunk(p, chunk, size)
        for kind, frame, data in decode_chunk(chunk.path, size, p.fps, chunk_start=chunk.start, first=chunk.start):
            if kind == "picture":
                shown[frame] = np.frombuffer(data, np.uint8).reshape(size[1], size[0], 3)
    assert sorted(shown) == list(range(90))
    assert shown[44][..., 0].mean() > 200 and shown[46][..., 2].mean() > 200  # red, then blue after the cut


def _sound_checks(events, chunk):
    # sound: exactly the chunk's length, handed out before the picture it belongs to
    samples = sum(len(d) for k, _, d in events if k == "sound") // BYTES_PER_SAMPLE
    expected = (chunk.end - chunk.start) * SAMPLE_RATE / float(FPS)
    assert abs(samples - expected) <= SAMPLE_RATE * 0.03
    seen_sound = 0
    for kind, frame, data in events:
        if kind == "sound":
            seen_sound += len(data) // BYTES_PER_SAMPLE
        else:  # by the time a picture comes, the sound up to its end has come
            assert seen_sound >= int((frame + 1 - chunk.start) * Fraction(SAMPLE_RATE) / FPS) - 1024


def test_starting_inside_a_chunk_skips_sound_to_the_sample(tmp_path):
    p = _project(tmp_path)
    chunk, size = _first_chunk(tmp_path, p)
    first = chunk.start + (chunk.end - chunk.start) // 2  # the first chunk is short, for a quick start
    assert first > chunk.start
    events = list(decode_chunk(chunk.path, size, p.fps, chunk_start=chunk.start, first=first))
    assert [f for k, f, _ in events if k == "picture"][0] == first
    samples = sum(len(d) for k, _, d in events if k == "sound") // BYTES_PER_SAMPLE
    expected = (chunk.end - first) * SAMPLE_RATE / float(FPS)
    assert abs(samples - expected) <= SAMPLE_RATE * 0.03
    # the tone is there from the first sample on (no silence was left in front of it)
    pcm = np.frombuffer(b"".join(d for k, _, d in events if k == "sound"), np.int16)
    assert np.abs(pcm[:960].astype(np.int32)).max() > 1000


def test_stop_ends_the_decoder_and_its_process(tmp_path):
    p = _project(tmp_path)
    chunk, size = _first_chunk(tmp_path, p)
    stop = threading.Event()
    got = []
    for kind, frame, _ in decode_chunk(chunk.path, size, p.fps, chunk_start=chunk.start, first=chunk.start,
                                       stop=stop):
        got.append(frame)
        if kind == "picture" and frame == chunk.start + 3:
            stop.set()
    assert max(got) == chunk.start + 3
