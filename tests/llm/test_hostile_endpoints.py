"""Endpoints that misbehave: a 200 that is not JSON, an error that echoes the API key back."""

from __future__ import annotations

import asyncio
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from editor_app.llm.errors import LLMError

KEY = "sk-test-Zq8vN3mK5pL2xR7tY1wE4uI9"


def _server(status: int, body: bytes, ctype: str):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep test output clean
            pass

        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _chat(server, key: str | None = None):
    import openai

    from editor_app.llm.client import chat
    from editor_app.llm.settings import ProviderSettings

    settings = ProviderSettings(preset="custom", base_url=f"http://127.0.0.1:{server.server_port}/v1",
                                model="m", timeout=5.0, max_retries=0)
    client = openai.AsyncOpenAI(base_url=settings.base_url, api_key=key or "local", max_retries=0, timeout=5.0)
    return asyncio.run(chat(client, settings, [{"role": "user", "content": "hi"}]))


@pytest.mark.parametrize("ctype,body", [("text/html", b"<html>proxy login</html>"),
                                        ("application/json", b"{not json at all"),
                                        ("application/json", b"[1, 2, 3]")])
def test_non_json_200_is_a_clear_error(ctype, body):
    server = _server(200, body, ctype)
    try:
        with pytest.raises(LLMError) as info:
            _chat(server)
    finally:
        server.shutdown()
    assert "127.0.0.1" in str(info.value)


def test_api_key_echoed_by_the_server_is_masked(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    body = ('{"error": {"message": "Incorrect API key provided: ' + KEY + '. You can find your key at ..."}}').encode()
    server = _server(401, body, "application/json")
    try:
        with pytest.raises(LLMError) as info:
            _chat(server, KEY)
    finally:
        server.shutdown()
    assert "Incorrect API key" in str(info.value)
    assert KEY not in str(info.value) and KEY[:20] not in str(info.value)


def test_turn_results_and_logs_mask_secrets(monkeypatch, caplog):
    import logging

    from editor_app.llm.usage import Usage
    from editor_app.orchestrator.types import TurnResult
    from editor_app.redact import RedactingFilter

    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    result = TurnResult("t1", "hi", False, [], [], [], f"failed with {KEY}", Usage(), [f"plugin said {KEY}"])
    result.errors.append(f"server said Bearer {KEY}")
    result.reply = f"Nothing was changed: {KEY}"
    assert KEY not in repr(result) and KEY not in str(result.to_json())
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "key %s leaked", (KEY,), None)
    RedactingFilter().filter(record)
    assert KEY not in record.getMessage()
