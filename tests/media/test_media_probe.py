from fractions import Fraction
from pathlib import Path

from editor_app.media.probe import detect_vfr, parse_ffmpeg_info, probe


def test_probe_video_with_audio_ntsc_rate(av_file: Path) -> None:
    info = probe(av_file)
    assert info.kind == "video"
    assert info.fps == Fraction(30000, 1001)
    assert (info.width, info.height) == (160, 90)
    assert info.has_video and info.has_audio
    assert info.sample_rate == 44100 and info.channels == 1
    assert info.codec == "h264"
    assert abs(float(info.duration) - 2.0) < 0.05
    assert info.size_bytes == av_file.stat().st_size
    assert info.variable_frame_rate is False


def test_probe_audio_only(tmp_path: Path, ffmpeg_make) -> None:
    path = ffmpeg_make(tmp_path / "tone.m4a", "-f", "lavfi", "-i", "sine=f=300:d=3", "-ac", "2", "-c:a", "aac")
    info = probe(path)
    assert info.kind == "audio"
    assert info.has_audio and not info.has_video
    assert info.fps is None and info.width is None
    assert info.channels == 2 and info.codec == "aac"
    assert abs(float(info.duration) - 3.0) < 0.05


def test_probe_images(tmp_path: Path, ffmpeg_make) -> None:
    png = ffmpeg_make(tmp_path / "still.png", "-f", "lavfi", "-i", "color=red:s=48x32", "-frames:v", "1")
    jpg = ffmpeg_make(tmp_path / "still.jpg", "-i", str(png))
    for path, codec in ((png, "png"), (jpg, "mjpeg")):
        info = probe(path)
        assert info.kind == "image"
        assert info.duration is None and info.fps is None
        assert (info.width, info.height) == (48, 32)
        assert info.codec == codec
        assert not info.has_audio


def test_probe_duration_without_header(tmp_path: Path, ffmpeg_make) -> None:
    # Raw ADTS AAC has no duration header; probe falls back to a stream-copy pass.
    path = ffmpeg_make(tmp_path / "tone.aac", "-f", "lavfi", "-i", "sine=d=3", "-c:a", "aac", "-f", "adts")
    info = probe(path)
    assert info.kind == "audio"
    assert abs(float(info.duration) - 3.0) < 0.1


def test_variable_frame_rate_detected(tmp_path: Path, av_file: Path, ffmpeg_make) -> None:
    vfr = ffmpeg_make(
        tmp_path / "vfr.mp4",
        "-f", "lavfi", "-i", "testsrc2=s=160x90:r=30:d=3",
        "-vf", "setpts='if(lt(N,40),N/30,40/30+(N-40)/15)/TB'", "-fps_mode", "vfr",
        "-c:v", "libx264", "-preset", "ultrafast",
    )
    assert detect_vfr(vfr) is True
    assert probe(vfr).variable_frame_rate is True
    assert detect_vfr(av_file) is False


def test_parse_stream_lines() -> None:
    stderr = (
        "Input #0, matroska,webm, from 'x.mkv':\n"
        "  Duration: 01:02:03.50, start: 0.000000, bitrate: 100 kb/s\n"
        "  Stream #0:0(eng): Video: hevc (Main), yuv420p10le(tv), 3840x2160 [SAR 1:1 DAR 16:9], 23.98 fps, 23.98 tbr, 1k tbn (default)\n"
        "  Stream #0:1(eng): Audio: eac3, 48000 Hz, 5.1(side), fltp, 640 kb/s\n"
    )
    info = parse_ffmpeg_info(stderr)
    assert info["duration"] == Fraction(3723) + Fraction(1, 2)
    assert info["video"]["fps"] == Fraction(24000, 1001)
    assert (info["video"]["width"], info["video"]["height"]) == (3840, 2160)
    assert info["audio"] == {"codec": "eac3", "sample_rate": 48000, "channels": 6}


def test_audio_with_cover_art_is_audio(tmp_path: Path, ffmpeg_make) -> None:
    cover = ffmpeg_make(tmp_path / "cover.png", "-f", "lavfi", "-i", "color=blue:s=64x64", "-frames:v", "1")
    song = ffmpeg_make(
        tmp_path / "song.m4a",
        "-f", "lavfi", "-i", "sine=f=220:d=2", "-i", str(cover),
        "-map", "0:a", "-map", "1:v", "-c:a", "aac", "-c:v", "png", "-disposition:v", "attached_pic",
    )
    info = probe(song)
    assert info.kind == "audio" and info.fps is None
    assert abs(float(info.duration) - 2.0) < 0.05
