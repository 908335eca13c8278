"""Fixtures of the word-editing tests: real speech with true chunk times."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
