"""LLM tests: the real openai client against the scripted server from editor_app.testing."""

# The top-level tests/conftest.py is meant to load these with pytest_plugins; importing them here
# keeps this folder runnable on its own (a closer conftest's fixtures simply take precedence).
import pytest

from editor_app.testing.fixtures import (  # noqa: F401
    llm_env,
    memory_keyring,
    openai_server,
    openai_server_factory,
)


@pytest.fixture(autouse=True)
def _isolated(llm_env, memory_keyring):  # noqa: F811 - the fixtures imported above
    """No test here sees the developer's keys, keyring or config folder."""
    yield
