"""`editor-app new` + `import` + `transcribe` end to end, the worker process, cache, cancel, sidecars."""

from __future__ import annotations

import json
import multiprocessing
import threading
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.media.speech import (
    CancelFlag,
    LocalEngine,
    needs_transcript,
    recognize_assets,
    transcribe_assets,
    transcript_state,
)
from editor_app.media.speech.cache import cache_path, content_hash
from editor_app.session import Session
from tests.media.speech_truth import SPEECH_DIR


@pytest.fixture(scope="module")
def talking_clip(tmp_path_factory) -> Path:
    """A talking-head stand-in: 160x90 video with pancakes.wav as its sound (AAC in MP4)."""
    from editor_app.media.ffmpeg import run_ffmpeg

    out = tmp_path_factory.mktemp("clips") / "cooking show.mp4"
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "testsrc2=s=160x90:r=25", "-i", str(SPEECH_DIR / "pancakes.wav"),
                "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", str(out)], timeout=120)
    return out


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_new_import_transcribe_end_to_end(tmp_path: Path, talking_clip: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("EDITOR_APP_AUTO_TRANSCRIBE", "0")  # this test transcribes explicitly
    project = tmp_path / "my show"
    assert run(capsys, "new", project)[0] == 0
    code, out, err = run(capsys, "import", project, talking_clip)
    assert code == 0, err
    opened = Session.open(project)
    (asset,) = opened.project.media.values()
    assert needs_transcript(asset) and transcript_state(asset) == "none"

    code, out, err = run(capsys, "transcribe", project, "--json")
    assert code == 0, err
    report = json.loads(out)
    (done,) = report["transcribed"]
    assert done["id"] == asset.id and done["cached"] is False and done["language"] == "en"
    assert "transcribing" in err and "100%" in err  # progress on stderr

    asset = Session.open(project).project.media[asset.id]
    assert len(asset.words) >= 60 and asset.transcript_model == "faster-whisper tiny.en"
    assert len(asset.transcript) == 5 or len(asset.transcript) == 6  # sentences derived from the words
    text = " ".join(s.text for s in asset.transcript).lower()
    assert "pancakes" in text and "maple syrup" in text
    assert transcript_state(asset) == "transcribed" and not needs_transcript(asset)
    journal = (project / "journal.jsonl").read_text()
    assert "set_transcript" in journal

    # nothing left to do; asked again, the cache answers and the project is unchanged in substance
    code, out, _ = run(capsys, "transcribe", project)
    assert code == 0 and "nothing to transcribe" in out
    code, out, err = run(capsys, "transcribe", project, "cooking show", "--force", "--json")
    assert code == 0, err
    assert json.loads(out)["transcribed"][0]["cached"] is True
    again = Session.open(project).project.media[asset.id]
    assert again.words == asset.words

    # undoable like every other edit: the forced redo, then the first transcription
    assert run(capsys, "undo", project)[0] == 0
    assert run(capsys, "undo", project)[0] == 0
    assert Session.open(project).project.media[asset.id].words == ()


def test_cancel_stops_the_worker_and_keeps_nothing(tmp_path: Path, talking_clip: Path) -> None:
    session = Session.create(tmp_path / "p")
    session.import_files([talking_clip])
    (media_id,) = session.project.media
    flag = CancelFlag()
    seen: list[float] = []

    def progress(key: str, fraction: float, what: str) -> None:
        seen.append(fraction)
        flag.cancel()  # the worker has started this file: cancel mid-run

    report = transcribe_assets(session, [media_id], progress, flag, use_cache=False)
    assert seen and seen[0] == 0.0
    assert report.cancelled and not report.done and report.batch is None
    assert session.project.media[media_id].words == ()
    assert not cache_path(session.path, content_hash(talking_clip), LocalEngine().name).exists()
    assert multiprocessing.active_children() == []
    assert session.history.undo_stack == [] or all("Transcribe" not in b.label for b in session.history.undo_stack)


def test_sidecar_subtitles_win(tmp_path: Path, talking_clip: Path) -> None:
    clip = tmp_path / "vlog.mp4"
    clip.write_bytes(talking_clip.read_bytes())
    (tmp_path / "vlog.srt").write_text("1\n00:00:00,000 --> 00:00:03,800\nPancakes for breakfast.\n")
    session = Session.create(tmp_path / "p")
    session.import_files([clip])
    (asset,) = session.project.media.values()
    assert transcript_state(asset) == "sidecar" and not needs_transcript(asset)
    report = transcribe_assets(session, None)
    assert report.done == {} and report.batch is None
    report = transcribe_assets(session, [asset.id])
    assert "subtitles" in report.skipped[asset.id]
    assert session.project.media[asset.id].transcript[0].text == "Pancakes for breakfast."


def test_errors_are_sentences(tmp_path: Path, talking_clip: Path) -> None:
    session = Session.create(tmp_path / "p")
    clip = tmp_path / "gone.mp4"
    clip.write_bytes(talking_clip.read_bytes())
    session.import_files([clip])
    (asset,) = session.project.media.values()
    clip.unlink()
    results = recognize_assets(session.path, [asset], LocalEngine())
    assert "missing" in results[asset.id] and "relink" in results[asset.id]
    report = transcribe_assets(session, ["m99"])
    assert "no media 'm99'" in report.errors["m99"]


def test_auto_transcribe_setting_and_the_async_form(tmp_path: Path, monkeypatch) -> None:
    """Import calls auto_transcribe (off by setting: nothing happens); the window awaits the async form,
    whose progress and batch arrive on the loop thread."""
    import asyncio

    from editor_app.media.speech import auto_transcribe, transcribe_assets_async

    session = Session.create(tmp_path / "p")
    session.import_files([SPEECH_DIR / "fillers.wav"])
    (media_id,) = session.project.media
    monkeypatch.setenv("EDITOR_APP_AUTO_TRANSCRIBE", "0")
    assert auto_transcribe(session, [media_id]) is None and session.project.media[media_id].words == ()
    monkeypatch.setenv("EDITOR_APP_AUTO_TRANSCRIBE", "1")
    loop_thread = threading.get_ident()
    calls: list[tuple[float, bool]] = []
    changes: list[bool] = []
    session.subscribe(lambda change: changes.append(threading.get_ident() == loop_thread))

    async def go():
        return await transcribe_assets_async(
            session, [media_id], lambda key, f, what: calls.append((f, threading.get_ident() == loop_thread)))

    report = asyncio.run(go())
    assert report.batch is not None and len(session.project.media[media_id].words) > 20
    assert calls and calls[-1][0] == 1.0 and all(on_loop for _, on_loop in calls)
    assert changes == [True]
    assert any(w.text.lower().startswith("um") for w in session.project.media[media_id].words)
    assert auto_transcribe(session, [media_id]) is None  # done: nothing needs it any more
