"""Captions from word timings: grouping, word-by-word highlight, after cuts, .srt/.vtt export, burn-in."""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path

import pytest
from speech_truth import speech_asset, speech_project

from editor_app.cli import main
from editor_app.model.captions import captions, to_srt, to_vtt, word_captions
from editor_app.model.history import apply_all
from editor_app.model.operations import RemoveFillers
from editor_app.model.word_cuts import timeline_words

PLUGIN_DIR = Path(__file__).resolve().parents[2] / "plugins" / "captions_agent"


def test_captions_follow_the_words():
    project = speech_project("fillers")
    caps = word_captions(project, max_words=3)
    words = timeline_words(project)
    assert " ".join(c.text for c in caps) == " ".join(w.text for w in words)
    assert all(len(c.text.split()) <= 3 for c in caps)
    assert all(a.end <= b.start for a, b in zip(caps, caps[1:]))
    first = caps[0]
    assert first.start == 0 and first.text == "So um today"
    camera = next(c for c in caps if c.text.endswith("camera."))
    assert camera.end <= round((3.067 + 0.3) * 30) + 1  # a sentence ends its caption
    one = word_captions(project, max_words=1)
    assert [c.text for c in one] == [w.text for w in words]
    assert [c.start for c in one] == [round(Fraction(w.start) * 30) for w in words]


def test_word_by_word_highlight():
    project = speech_project("fillers")
    caps = word_captions(project, max_words=3, highlight=True)
    assert [c.text for c in caps[:3]] == ["SO um today", "So UM today", "So um TODAY"]
    assert caps[1].start == round(Fraction(0.514) * 30)


def test_captions_after_removing_fillers_and_export_formats():
    project = speech_project("fillers")
    apply_all(project, [RemoveFillers()])
    caps = captions(project)
    assert "um" not in " ".join(c.text for c in caps).split()
    srt = to_srt(caps, project.fps)
    assert srt.startswith("1\n00:00:00,000 --> 00:00:0") and "\n\n2\n" in srt
    assert caps[0].text == "So today I"  # the "um" between "So" and "today" is gone
    want = next(w for w in timeline_words(project) if w.text == "want")
    assert caps[1].start == round(Fraction(want.start) * 30)
    assert re.findall(r"(\d\d:\d\d:\d\d,\d\d\d) --> ", srt)[1] == f"00:00:00,{round(caps[1].start / 30 * 1000):03d}"
    vtt = to_vtt(caps, project.fps)
    assert vtt.startswith("WEBVTT\n\n00:00:00.000 --> ")


def test_cli_writes_srt_and_vtt_and_places_titles(tmp_path, capsys):
    from editor_app.model.operations import AddTrack, ImportMedia, InsertClip
    from editor_app.session import Session

    folder = tmp_path / "talk"
    s = Session.create(folder, name="talk", fps=30, width=160, height=90)
    s.apply([ImportMedia(asset=speech_asset("fillers")), AddTrack(kind="audio", role="voice", name="Voice")], "setup")
    s.apply([InsertClip(track_id="t1", media_id="m1", start=0)], "place")
    s.close()
    assert main(["captions", str(folder), str(tmp_path / "talk.srt"), "--words", "2"]) == 0
    srt = (tmp_path / "talk.srt").read_text()
    assert "So um\n" in srt and srt.count(" --> ") == len(word_captions(reopened_project(folder), 2))
    assert main(["captions", str(folder), str(tmp_path / "talk.vtt"), "--place", "--highlight"]) == 0
    assert (tmp_path / "talk.vtt").read_text().startswith("WEBVTT")
    reopened = Session.open(folder)
    titles = [c for t in reopened.project.tracks if t.role == "titles" for c in t.clips]
    assert len(titles) == len(timeline_words(reopened.project)) and titles[0].generator.text == "SO um today"
    assert main(["captions", str(folder), str(tmp_path / "talk.txt")]) != 0
    assert ".srt or .vtt" in capsys.readouterr().err


def reopened_project(folder):
    from editor_app.session import Session

    session = Session.open(folder)
    session.close()
    return session.project


def test_plugin_places_word_captions(monkeypatch):
    # on sys.path for this test only: a local build leaves an egg-info there, whose entry point
    # would make every later test see a "captions" agent
    monkeypatch.syspath_prepend(str(PLUGIN_DIR))
    from captions_agent.agent import run_make_captions, style_from_message

    project = speech_project("fillers")
    assert style_from_message("word-by-word captions, two words at a time") == {"words_per_caption": 2, "highlight": True}
    ops = run_make_captions({"words_per_caption": 2}, project)
    titles = [o for o in ops if o["op"] == "add_title"]
    assert titles[0]["text"] == "So um" and titles[0]["start"] == "0f"
    assert len(titles) == len(word_captions(project, 2))
    with pytest.raises(Exception, match="words_per_caption"):
        run_make_captions({"words_per_caption": 0}, project)


def test_placed_captions_are_burned_into_the_render(tmp_path):
    import subprocess

    import numpy as np

    from editor_app.commands.captions import title_operations
    from editor_app.media.ffmpeg import ffmpeg_exe
    from editor_app.render.export import render

    project = speech_project("fillers")
    caps = captions(project, 2)
    apply_all(project, title_operations(project, caps, "bottom", 60))
    out = tmp_path / "captioned.mp4"
    render(project, out, preset="draft")

    def bright_at(seconds: float) -> int:
        raw = subprocess.run([ffmpeg_exe(), "-v", "error", "-ss", f"{seconds:.3f}", "-i", str(out), "-frames:v", "1",
                              "-s", "160x90", "-f", "rawvideo", "-pix_fmt", "gray", "pipe:1"],
                             capture_output=True, check=True).stdout
        return int((np.frombuffer(raw, np.uint8) > 128).sum())

    speaking = next(c for c in caps if c.text == "the battery")
    assert bright_at(float((speaking.start + speaking.end) / 2 / project.fps)) > 20
    assert bright_at(9.5) == 0  # the pause after "two hours.": no caption, black picture
