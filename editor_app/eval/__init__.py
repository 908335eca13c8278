"""Command evals: natural-language suites run against the demo project, scored on outcomes."""

from editor_app.eval.checks import CHECKS, CheckContext, run_checks
from editor_app.eval.runner import CaseResult, run_case, run_suite, score
from editor_app.eval.suite import DEFAULT_SUITE, Case, SuiteError, load_suite

__all__ = ["CHECKS", "CheckContext", "run_checks", "CaseResult", "run_case", "run_suite", "score",
           "DEFAULT_SUITE", "Case", "SuiteError", "load_suite"]
