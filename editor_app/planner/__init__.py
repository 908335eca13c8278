"""The offline planner: natural editing commands -> the same tool calls an LLM would make.

The default backend when no model endpoint is configured. Deterministic and pure: it reads
the project it is handed and returns an OfflinePlan; it never applies anything itself.

    from editor_app.planner import plan
    result = plan("cut the first five seconds, then duck the music", project)
    result.steps  # [PlanStep("timeline", "cut_range", {"start": 0, "end": 5}), PlanStep("audio", "duck_music", {})]
"""

from editor_app.planner.core import describe_steps, plan
from editor_app.planner.types import OfflinePlan, PlanStep

__all__ = ["plan", "OfflinePlan", "PlanStep", "describe_steps"]
