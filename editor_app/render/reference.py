"""Reference renderer with moviepy 2.x: the same edit composed frame by frame in Python.

Covers cuts, speed-free trims, overlays on higher tracks, fades and clip/track volume (no
envelopes, titles or colour effects). Used by comparison tests and benchmarks only: export
goes through one ffmpeg filter graph, which is several times faster.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from editor_app.model.effects import FadeIn, FadeOut
from editor_app.model.project import Project


def render_reference(project: Project, out_path: str | Path, size: tuple[int, int] | None = None,
                     preset: str = "ultrafast", crf: int = 30) -> Path:
    """Render with moviepy (CompositeVideoClip + CompositeAudioClip) to an H.264/AAC MP4."""
    from moviepy import AudioFileClip, ColorClip, CompositeAudioClip, CompositeVideoClip, VideoFileClip, afx, vfx

    fps = project.fps
    width, height = size or (project.settings.width, project.settings.height)
    total = float(Fraction(project.duration) / fps)
    layers = [ColorClip((width, height), color=(0, 0, 0), duration=total)]
    sounds = []
    opened = []
    for track in project.tracks:
        for clip in track.clips:
            media = project.media.get(clip.media_id) if clip.media_id else None
            if not clip.enabled or media is None:
                continue
            t0 = float(Fraction(clip.source_in) / fps)
            t1 = t0 + float(clip.duration * Fraction(clip.speed) / fps)
            start = float(Fraction(clip.start) / fps)
            fades_v, fades_a = [], []
            for e in clip.effects:
                if isinstance(e, FadeIn):
                    fades_v.append(vfx.FadeIn(float(e.duration / fps)))
                    fades_a.append(afx.AudioFadeIn(float(e.duration / fps)))
                elif isinstance(e, FadeOut):
                    fades_v.append(vfx.FadeOut(float(e.duration / fps)))
                    fades_a.append(afx.AudioFadeOut(float(e.duration / fps)))
            gain = 10 ** ((clip.volume_db + track.volume_db) / 20)
            if media.kind == "video" and track.kind == "video":
                source = VideoFileClip(media.path, audio=media.has_audio)
                opened.append(source)
                part = source.subclipped(t0, min(t1, source.duration))
                if (source.w, source.h) != (width, height):
                    part = part.resized((width, height))
                if not track.hidden:
                    layers.append(part.with_effects(fades_v).with_start(start).without_audio())
                if media.has_audio and not track.muted and part.audio is not None:
                    audio = part.audio.with_effects(fades_a)
                    if gain != 1:
                        audio = audio.with_volume_scaled(gain)
                    sounds.append(audio.with_start(start))
            elif media.has_audio or media.kind == "audio":
                if track.muted:
                    continue
                source = AudioFileClip(media.path)
                opened.append(source)
                audio = source.subclipped(t0, min(t1, source.duration)).with_effects(fades_a)
                if gain != 1:
                    audio = audio.with_volume_scaled(gain)
                sounds.append(audio.with_start(start))
    video = CompositeVideoClip(layers, size=(width, height)).with_duration(total)
    if sounds:
        video = video.with_audio(CompositeAudioClip(sounds).with_duration(total))
    out = Path(out_path)
    video.write_videofile(str(out), fps=float(fps), codec="libx264", audio_codec="aac", preset=preset,
                          ffmpeg_params=["-crf", str(crf), "-pix_fmt", "yuv420p"], logger=None,
                          audio_fps=project.settings.sample_rate)
    video.close()
    for source in opened:
        source.close()
    return out
