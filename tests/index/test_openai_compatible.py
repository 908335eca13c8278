"""OpenAI-compatible embeddings and transcription through a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.index import (
    ContextIndex,
    EmbeddingError,
    HashedEmbedding,
    WordLlamaEmbedding,
    OpenAICompatibleEmbedding,
    embedding_from_settings,
)
from editor_app.index.manifest import MANIFEST_NAME
from editor_app.index.transcribe import TranscriptionNotConfigured, transcribe_media
from editor_app.media.ffmpeg import run_ffmpeg
from editor_app.model.project import Project
from editor_app.testing.openai_server import OpenAIServer
from editor_app.testing.replies import status, transcript


@pytest.fixture
def server():
    with OpenAIServer(embedding_dim=64) as srv:
        local = HashedEmbedding(dim=64)
        srv.embed_fn = lambda text: local.vector(text).tolist()  # meaningful vectors over HTTP
        yield srv


def test_index_with_openai_compatible_embeddings(server: OpenAIServer, index_dir: Path,
                                                 demo_project: Project) -> None:
    embedding = embedding_from_settings(server.provider_settings())
    assert isinstance(embedding, OpenAICompatibleEmbedding)
    index = ContextIndex.open(index_dir, embedding=embedding)
    stats = index.sync(demo_project, [])
    assert stats["embedded"] == 11
    sent = server.requests_to("/v1/embeddings")
    assert sent and all(r.json["model"] == "test-embed" for r in sent)
    assert sum(len(r.json["input"]) for r in sent) == 11
    hits = index.search("our seaside trip", kind="transcript", k=1)
    assert hits[0].start == 10.0
    assert len(server.requests_to("/v1/embeddings")) == len(sent) + 1  # the query
    index.close()

    manifest = json.loads((index_dir / "index" / MANIFEST_NAME).read_text())
    assert manifest["embedding"]["name"] == "editor_app_openai_compatible"
    assert manifest["embedding"]["dimension"] == 64
    assert "api_key" not in json.dumps(manifest["embedding"]["config"]).replace("api_key_env", "")

    again = ContextIndex.open(index_dir, embedding=embedding_from_settings(server.provider_settings()))
    assert again.rebuilt is None and again.count() == 11
    again.close()
    offline = ContextIndex.open(index_dir)  # switching back to the offline embedding rebuilds
    assert offline.rebuilt and "embedding changed" in offline.rebuilt
    offline.close()


def test_server_failure_is_a_clear_error_and_index_recovers(server: OpenAIServer, index_dir: Path,
                                                            demo_project: Project) -> None:
    settings = server.provider_settings(max_retries=0)
    server.embeddings.add(status(500, "model crashed"))
    index = ContextIndex.open(index_dir, embedding=embedding_from_settings(settings))
    with pytest.raises(EmbeddingError, match="embedding server .* failed"):
        index.sync(demo_project, [])
    stats = index.sync(demo_project, [])  # the next sync repairs what the failed one left
    assert stats["transcript"]["total"] == 6
    assert index.search("the hike", kind="transcript", k=1)[0].start == 31.5
    index.close()


def test_no_endpoint_means_offline_embedding() -> None:
    assert isinstance(embedding_from_settings(None), WordLlamaEmbedding)
    assert isinstance(embedding_from_settings({"base_url": "http://127.0.0.1:1/v1"}), WordLlamaEmbedding)


def test_transcribe_media_through_the_endpoint(server: OpenAIServer, tmp_path: Path) -> None:
    media = tmp_path / "talk.mp4"
    run_ffmpeg(["-y", "-f", "lavfi", "-i", "testsrc2=size=160x90:rate=10:duration=2", "-f", "lavfi",
                "-i", "sine=frequency=440:duration=2", "-shortest", "-c:v", "libx264", "-c:a", "aac",
                str(media)])
    server.transcriptions.add(transcript([(0.0, 1.2, " We are at the beach. "), (1.2, 2.0, "  ")]))
    segments = transcribe_media(media, server.provider_settings())
    assert [(s.start, s.end, s.text) for s in segments] == [(0.0, 1.2, "We are at the beach.")]
    upload = server.requests_to("/v1/audio/transcriptions")[-1]
    assert upload.json["model"] == "test-whisper" and upload.json["response_format"] == "verbose_json"


def test_transcription_not_configured_says_what_to_do(tmp_path: Path) -> None:
    from editor_app.llm.settings import ProviderSettings

    with pytest.raises(TranscriptionNotConfigured, match="srt"):
        transcribe_media(tmp_path / "x.mp4", ProviderSettings())
    with pytest.raises(TranscriptionNotConfigured, match="transcription_model"):
        transcribe_media(tmp_path / "x.mp4", ProviderSettings(preset="custom", base_url="http://127.0.0.1:9/v1"))
