"""Routing chat messages to agents, their tool loops, the plan's dry run, diff and apply."""

from editor_app.orchestrator.backends import LLMBackend, OfflineBackend, default_backend
from editor_app.orchestrator.core import Orchestrator, run_turn_sync
from editor_app.orchestrator.types import StalePlanError, TurnCancelled, TurnEvent, TurnResult

__all__ = ["LLMBackend", "OfflineBackend", "Orchestrator", "StalePlanError", "TurnCancelled", "TurnEvent",
           "TurnResult", "default_backend", "run_turn_sync"]
