"""A real OpenAI-compatible HTTP server on 127.0.0.1 for tests, with scripted replies and faults.

The real ``openai`` client talks to it over TCP, so retries, timeouts, SSE parsing
and error mapping are exercised for real. Every request is recorded so a test can
assert what the client sent (tools, messages, the Authorization header).

    with OpenAIServer() as srv:
        srv.chat.add(status(429, retry_after=0), text("hello"))
        settings = srv.provider_settings()
"""

from __future__ import annotations

import collections
import email.parser
import email.policy
import hashlib
import json
import math
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from editor_app.testing.replies import (
    CutStreamReply,
    DelayReply,
    EmbeddingReply,
    HangReply,
    RawBodyReply,
    Reply,
    StatusReply,
    TextReply,
    ToolCallsReply,
    TranscriptReply,
    text,
    transcript,
)

ReplySource = Reply | Callable[[dict[str, Any]], Reply]

CHAT, EMBEDDINGS, TRANSCRIPTIONS, MODELS = (
    "/v1/chat/completions", "/v1/embeddings", "/v1/audio/transcriptions", "/v1/models")


@dataclass
class RecordedRequest:
    """One request as the server saw it. ``json`` is the body parsed (form fields for uploads)."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    json: dict[str, Any] | None = None
    files: dict[str, tuple[str, int]] = field(default_factory=dict)  # field -> (filename, size)

    @property
    def authorization(self) -> str | None:
        return self.headers.get("authorization")


class Endpoint:
    """The script of one endpoint: a queue of replies, then a handler, then a default."""

    def __init__(self, default: ReplySource | None) -> None:
        self._queue: collections.deque[ReplySource] = collections.deque()
        self._lock = threading.Lock()
        self.default = default
        self.handler: Callable[[dict[str, Any]], Reply] | None = None

    def add(self, *replies: ReplySource) -> Endpoint:
        """Queue replies (or callables ``request_json -> Reply``), each used once, in order."""
        with self._lock:
            self._queue.extend(replies)
        return self

    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def next_reply(self, request: dict[str, Any]) -> Reply | None:
        with self._lock:
            item = self._queue.popleft() if self._queue else None
        if item is None:
            item = self.handler or self.default
        if callable(item) and not isinstance(item, Reply):
            item = item(request)
        return item


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # hung handlers must not block stop()
    allow_reuse_address = True
    app: OpenAIServer


class OpenAIServer:
    """Start with ``start()`` or ``with``; ``base_url`` is ``http://127.0.0.1:<port>/v1``."""

    def __init__(self, models: tuple[str, ...] = ("test-model", "test-embed", "test-whisper"),
                 embedding_dim: int = 8, strict_models: bool = False, stream_usage: bool = False) -> None:
        self.models = list(models)
        self.embedding_dim = embedding_dim
        self.strict_models = strict_models  # 404 for a model not in ``models``
        self.stream_usage = stream_usage  # send usage in streams even without stream_options
        self.embed_fn: Callable[[str], list[float]] | None = None
        self.dialect: Any = None  # editor_app.testing.dialects.Dialect: how a real server would treat requests
        self.chat = Endpoint(text("ok"))
        self.embeddings = Endpoint(None)  # None: deterministic hash vectors
        self.transcriptions = Endpoint(transcript([(0.0, 1.0, "hello world")]))
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # lifecycle -----------------------------------------------------------
    def start(self) -> OpenAIServer:
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.app = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"openai-test-server:{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()  # releases hang() and delay()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = self._thread = None

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def provider_settings(self, **overrides: Any) -> Any:
        """ProviderSettings pointing here: custom preset, model "test-model", short timeout."""
        from editor_app.llm.settings import ProviderSettings

        fields: dict[str, Any] = {"preset": "custom", "base_url": self.base_url, "model": "test-model",
                                  "embedding_model": "test-embed", "transcription_model": "test-whisper",
                                  "timeout": 5.0, "max_retries": 2}
        fields.update(overrides)
        return ProviderSettings(**fields)

    # recording -------------------------------------------------------------
    def record(self, req: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(req)

    def requests_to(self, path: str) -> list[RecordedRequest]:
        """Requests to one endpoint, e.g. ``requests_to("/v1/chat/completions")``."""
        with self._lock:
            return [r for r in self.requests if r.path == path]

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        return self.requests_to(CHAT)

    def wait(self, seconds: float) -> bool:
        """Sleep unless the server stops first; True when it stopped."""
        return self._stop.wait(seconds)

    def vector_for(self, value: str) -> list[float]:
        """The deterministic unit vector of a text (or ``embed_fn`` when set)."""
        if self.embed_fn is not None:
            return [float(x) for x in self.embed_fn(value)]
        raw: list[float] = []
        counter = 0
        while len(raw) < self.embedding_dim:
            digest = hashlib.sha256(f"{counter}:{value}".encode()).digest()
            raw.extend(b / 127.5 - 1.0 for b in digest)
            counter += 1
        vec = raw[: self.embedding_dim]
        norm = math.sqrt(sum(x * x for x in vec)) or 1.0
        return [x / norm for x in vec]


def _error_body(code: int, message: str) -> dict[str, Any]:
    kinds = {400: "invalid_request_error", 401: "authentication_error", 404: "invalid_request_error",
             429: "rate_limit_exceeded"}
    return {"error": {"message": message or f"scripted error {code}", "type": kinds.get(code, "server_error"),
                      "param": None, "code": None}}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30  # idle keep-alive connections close eventually
    disable_nagle_algorithm = True  # header and body go out as separate writes: no 40 ms delayed-ACK stall
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep test output clean
        pass

    # plumbing --------------------------------------------------------------
    def _send_json(self, code: int, payload: Any, headers: tuple[tuple[str, str], ...] = ()) -> None:
        self._send_bytes(code, json.dumps(payload).encode(), "application/json", headers)

    def _send_bytes(self, code: int, body: bytes, ctype: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _read(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def do_GET(self) -> None:  # noqa: N802
        app = self.server.app
        path = self.path.split("?")[0].rstrip("/")
        app.record(RecordedRequest("GET", path, {k.lower(): v for k, v in self.headers.items()}, b""))
        if path == MODELS:
            data = [{"id": m, "object": "model", "created": 0, "owned_by": "test"} for m in app.models]
            self._send_json(200, {"object": "list", "data": data})
        else:
            self._send_json(404, _error_body(404, f"no route GET {path}"))

    def do_POST(self) -> None:  # noqa: N802
        app = self.server.app
        path = self.path.split("?")[0].rstrip("/")
        body = self._read()
        headers = {k.lower(): v for k, v in self.headers.items()}
        req = RecordedRequest("POST", path, headers, body)
        if headers.get("content-type", "").startswith("multipart/form-data"):
            req.json, req.files = _parse_multipart(headers["content-type"], body)
        else:
            try:
                req.json = json.loads(body or b"{}")
            except ValueError:
                req.json = None
        app.record(req)
        endpoint = {CHAT: app.chat, EMBEDDINGS: app.embeddings, TRANSCRIPTIONS: app.transcriptions}.get(path)
        if endpoint is None:
            self._send_json(404, _error_body(404, f"no route POST {path}"))
            return
        if req.json is None:
            self._send_json(400, _error_body(400, "body is not JSON"))
            return
        model = req.json.get("model")
        if app.strict_models and model not in app.models:
            self._send_json(404, _error_body(404, f"The model '{model}' does not exist"))
            return
        request = req.json
        dialect = app.dialect if path == CHAT else None
        try:
            if dialect is not None:
                refusal = dialect.refuse(request)
                if refusal is not None:
                    self._answer(app, path, request, refusal, endpoint)
                    return
                request = dialect.view(request)
                dialect.seen.append(request)
                reply = dialect.shape(request, endpoint.next_reply(request))
            else:
                reply = endpoint.next_reply(request)
            self._answer(app, path, request, reply, endpoint)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout): fine
            self.close_connection = True

    # replies ---------------------------------------------------------------
    def _answer(self, app: OpenAIServer, path: str, request: dict[str, Any], reply: Reply | None,
                endpoint: Endpoint) -> None:
        while isinstance(reply, (DelayReply, HangReply)):
            stopped = app.wait(reply.seconds)
            if stopped or isinstance(reply, HangReply):
                self.close_connection = True
                return
            reply = reply.then if reply.then is not None else endpoint.next_reply(request)
        if isinstance(reply, StatusReply):
            headers = list(reply.headers)
            if reply.retry_after is not None:  # the openai client honours retry-after-ms (0 would be ignored)
                headers.append(("retry-after-ms", str(max(1, int(reply.retry_after * 1000)))))
            self._send_json(reply.code, _error_body(reply.code, reply.message), tuple(headers))
        elif isinstance(reply, RawBodyReply):
            self._send_bytes(reply.code, reply.body, reply.content_type)
        elif path == CHAT and isinstance(reply, CutStreamReply) and not request.get("stream"):
            self._send_json(200, _completion(request, reply.reply))
        elif path == CHAT and isinstance(reply, (TextReply, ToolCallsReply, CutStreamReply)):
            if request.get("stream"):
                self._stream_chat(app, request, reply)
            else:
                self._send_json(200, _completion(request, reply))
        elif path == EMBEDDINGS:
            self._send_json(200, _embeddings(app, request, reply))
        elif path == TRANSCRIPTIONS and isinstance(reply, TranscriptReply):
            self._send_transcript(request, reply)
        else:
            self._send_json(500, _error_body(500, f"test server: no reply of type {type(reply).__name__} "
                                                  f"for {path}"))

    def _stream_chat(self, app: OpenAIServer, request: dict[str, Any],
                     reply: TextReply | ToolCallsReply | CutStreamReply) -> None:
        cut = reply if isinstance(reply, CutStreamReply) else None
        if cut is not None:
            reply = cut.reply
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        include_usage = bool((request.get("stream_options") or {}).get("include_usage")) or app.stream_usage

        def send(data: str) -> None:
            raw = f"data: {data}\n\n".encode()
            self.wfile.write(f"{len(raw):x}\r\n".encode() + raw + b"\r\n")
            self.wfile.flush()

        for n, (delta, finish) in enumerate(_deltas(reply)):
            if cut is not None and n == cut.after:
                if cut.stall:
                    app.wait(3600)
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            send(json.dumps(_chunk(request, delta, finish)))
        if include_usage and reply.send_usage:
            usage_chunk = _chunk(request, None, None)
            usage_chunk["choices"] = []
            usage_chunk["usage"] = _usage(request, reply)
            send(json.dumps(usage_chunk))
        send("[DONE]")
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _send_transcript(self, form: dict[str, Any], reply: TranscriptReply) -> None:
        full = " ".join(t.strip() for _, _, t in reply.segments)
        fmt = form.get("response_format", "json")
        if fmt == "text":
            self._send_bytes(200, full.encode(), "text/plain")
            return
        if fmt != "verbose_json":
            self._send_json(200, {"text": full})
            return
        duration = reply.duration if reply.duration is not None else max((b for _, b, _ in reply.segments),
                                                                          default=0.0)
        segs = [{"id": i, "seek": 0, "start": a, "end": b, "text": t, "tokens": [], "temperature": 0.0,
                 "avg_logprob": -0.2, "compression_ratio": 1.2, "no_speech_prob": 0.01}
                for i, (a, b, t) in enumerate(reply.segments)]
        self._send_json(200, {"task": "transcribe", "language": reply.language, "duration": duration,
                              "text": full, "segments": segs, **reply.extra})


def _usage(request: dict[str, Any], reply: TextReply | ToolCallsReply) -> dict[str, Any]:
    """Deterministic counts (not chars/4, so tests can tell them from the client's estimate); a third
    number in the reply's usage is the cached part of the prompt, sent as OpenAI does
    (``prompt_tokens_details.cached_tokens``)."""
    if reply.usage is not None and len(reply.usage) == 3:
        prompt, completion, cached = reply.usage
        return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion,
                "prompt_tokens_details": {"cached_tokens": cached, "audio_tokens": 0}}
    if reply.usage is not None:
        prompt, completion = reply.usage
    elif request.get("_prompt_tokens") is not None:  # a dialect counted what the model really saw
        prompt = int(request["_prompt_tokens"])
        completion = 7 * len(getattr(reply, "calls", ()) or ()) + len((reply.content or "").split())
    else:
        prompt = 10 * len(request.get("messages") or []) + 5 * len(request.get("tools") or [])
        if isinstance(reply, TextReply):
            completion = len(reply.content.split()) + 1
        else:
            completion = 7 * len(reply.calls) + len((reply.content or "").split())
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _completion(request: dict[str, Any], reply: TextReply | ToolCallsReply) -> dict[str, Any]:
    if isinstance(reply, TextReply):
        message: dict[str, Any] = {"role": "assistant", "content": reply.content}
        finish = reply.finish_reason
    else:
        message = {"role": "assistant", "content": reply.content,
                   "tool_calls": [_call(i, n, a, reply) for i, (n, a) in enumerate(reply.calls)]}
        finish = reply.finish_reason
    out = {"id": "chatcmpl-test", "object": "chat.completion", "created": int(time.time()),
           "model": request.get("model"),
           "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}]}
    if reply.send_usage:
        out["usage"] = _usage(request, reply)
    return out


def _call(index: int, name: str, args: str, reply: ToolCallsReply) -> dict[str, Any]:
    value: Any = args
    if reply.args_as == "object":
        value = json.loads(args)
    elif reply.args_as == "null":
        value = None
    call: dict[str, Any] = {"type": "function", "function": {"name": name, "arguments": value}}
    if reply.with_ids:
        call["id"] = f"call_{index}"
    return call


def _chunk(request: dict[str, Any], delta: dict[str, Any] | None, finish: str | None) -> dict[str, Any]:
    return {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": int(time.time()),
            "model": request.get("model"),
            "choices": [{"index": 0, "delta": delta or {}, "finish_reason": finish, "logprobs": None}]}


def _deltas(reply: TextReply | ToolCallsReply) -> list[tuple[dict[str, Any], str | None]]:
    """Stream pieces: a role delta, content word by word, tool calls with arguments in 8-char pieces."""
    out: list[tuple[dict[str, Any], str | None]] = [({"role": "assistant", "content": ""}, None)]
    content = reply.content or ""
    words = content.split(" ")
    for i, word in enumerate(words if content else []):
        out.append(({"content": word if i == len(words) - 1 else word + " "}, None))
    if isinstance(reply, ToolCallsReply):
        for index, (name, args) in enumerate(reply.calls):
            head: dict[str, Any] = {"index": index, "type": "function", "function": {"name": name, "arguments": ""}}
            if reply.with_ids:
                head["id"] = f"call_{index}"
            out.append(({"tool_calls": [head]}, None))
            if reply.args_as == "object":  # some adapters send the whole object in one delta
                out.append(({"tool_calls": [{"index": index, "function": {"arguments": json.loads(args)}}]}, None))
                continue
            if reply.args_as == "null":
                continue
            for j in range(0, len(args), 8):
                out.append(({"tool_calls": [{"index": index, "function": {"arguments": args[j:j + 8]}}]}, None))
        out.append(({}, reply.finish_reason))
    else:
        out.append(({}, reply.finish_reason))
    return out


def _embeddings(app: OpenAIServer, request: dict[str, Any], reply: Reply | None) -> dict[str, Any]:
    inputs = request.get("input")
    texts = [inputs] if isinstance(inputs, str) else list(inputs or [])
    if isinstance(reply, EmbeddingReply):
        vectors = [list(v) for v in reply.vectors]
    else:
        vectors = [app.vector_for(str(t)) for t in texts]
    data = [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)]
    tokens = sum(len(str(t).split()) for t in texts)
    return {"object": "list", "data": data, "model": request.get("model"),
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}


def _parse_multipart(ctype: str, body: bytes) -> tuple[dict[str, Any], dict[str, tuple[str, int]]]:
    """Form fields and uploaded files' (name, size) of a multipart/form-data body."""
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body)
    fields: dict[str, Any] = {}
    files: dict[str, tuple[str, int]] = {}
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if filename is not None:
            files[str(name)] = (filename, len(payload))
        elif name is not None:
            key = str(name)
            value = payload.decode("utf-8", "replace")
            if key.endswith("[]"):
                fields.setdefault(key[:-2], []).append(value)
            else:
                fields[key] = value
    return fields, files
