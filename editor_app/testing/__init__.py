"""Test helpers shipped with the app, for our tests and plugin authors' tests.

- ``openai_server``: a real OpenAI-compatible HTTP server with scripted replies and faults.
- ``replies``: the scripted replies (text, tool_calls, status, hang, ...).
- ``keyring_backend``: an in-memory keyring backend.
- ``fixtures``: pytest fixtures (``pytest_plugins = ["editor_app.testing.fixtures"]``).
"""
