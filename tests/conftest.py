"""Shared test set-up: Qt off-screen, no network, config in a temp folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory, monkeypatch):
    """Keep every test away from the developer's real settings, keys and endpoints."""
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("EDITOR_APP_CONFIG_DIR", str(config))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "EDITOR_APP_MODEL", "EDITOR_APP_PROVIDER"):
        monkeypatch.delenv(name, raising=False)
    yield


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo project, generated once per test session (media made by the bundled ffmpeg)."""
    from editor_app.demo import create_demo_project

    path = tmp_path_factory.mktemp("demo-template") / "demo"
    create_demo_project(path)
    return path


@pytest.fixture
def demo_dir(demo_template, tmp_path):
    """A private copy of the demo project folder (media files are shared, read-only)."""
    import shutil

    target = tmp_path / "demo"
    shutil.copytree(demo_template, target, ignore=shutil.ignore_patterns("media", "index", "cache"))
    return target


@pytest.fixture
def qloop(qapp):
    """A qasync event loop driving asyncio on the test's QApplication (pytest-qt has none)."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    for task in asyncio.all_tasks(loop):
        task.cancel()
    loop.close()
    asyncio.set_event_loop(None)
