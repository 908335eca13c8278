"""Moved to editor_app.tools.timing (kept so old imports work)."""

from editor_app.tools.timing import *  # noqa: F401,F403
from editor_app.tools.timing import _cache, _merge  # noqa: F401
