"""`editor-app eval [SUITE] [--json] [--limit N]`: score natural-language commands on the demo project."""

from __future__ import annotations

import argparse
import sys

from editor_app.commands.common import CommandError, handler, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("eval", help="run a command eval suite (default: evals/demo.jsonl) on fresh demo projects")
    p.add_argument("suite", nargs="?", help="a .jsonl or .json suite file")
    p.add_argument("--json", action="store_true", help="print scores and every case as JSON")
    p.add_argument("--limit", type=int, help="run only the first N cases")
    p.add_argument("--case", action="append", default=[], metavar="ID", help="run only these case ids (repeatable)")
    p.add_argument("--offline", action="store_true", help="use the offline planner even when an LLM is configured")
    p.add_argument("--verbose", "-v", action="store_true", help="print each case as it finishes")
    p.add_argument("--project", default="demo", help="the project the cases run on: demo (default), pancakes (a recipe), tyre (a bike repair), "
                   "dog (dog training), plants (repotting), film (a first roll of film), espresso (dialling in a grinder), "
                   "tap (replacing a tap cartridge), filter (a car cabin air filter), drywall (patching a hole in drywall), keyboard (a keyboard build), trainers (cleaning white trainers), beehives (getting beehives ready for winter), marmalade (Seville orange marmalade) or ukulele (restringing a ukulele)")
    p.add_argument("--index", dest="index", action="store_true", default=True,
                   help="give the orchestrator the project's context index, as the CLI chat and the window do (default)")
    p.add_argument("--no-index", dest="index", action="store_false", help="keyword search only (faster)")
    p.add_argument("--repeat", type=int, default=1, metavar="N",
                   help="run every case N times (a model's answers vary; shows the spread)")
    p.set_defaults(func=cmd_eval)


def _backend(offline: bool):
    if not offline:
        return None
    from editor_app.orchestrator import OfflineBackend

    return OfflineBackend()


def _cost(block: dict) -> str:
    if not block.get("cost_known", True):
        return "unknown"
    return f"${block.get('cost_usd', 0.0):.4f}"


@handler
def cmd_eval(args) -> int:
    from editor_app.eval import SuiteError, load_suite, run_suite, score

    try:
        cases = load_suite(args.suite)
    except SuiteError as exc:
        raise CommandError(str(exc), 2) from None
    if args.case:
        cases = [c for c in cases if c.id in set(args.case)]
    if args.limit is not None:
        cases = cases[: max(0, args.limit)]
    if not cases:
        raise CommandError("no cases to run", 2)

    def progress(result) -> None:
        if args.verbose and not args.json:
            mark = "PASS" if result.passed else "FAIL"
            print(f"{mark} {result.id}: {result.message}", file=sys.stderr)
            for name, ok, detail in result.checks:
                if not ok:
                    print(f"     {name}: {detail}", file=sys.stderr)

    print(f"running {len(cases)} cases (generating the {args.project} project first) ...", file=sys.stderr)
    try:
        results = run_suite(cases, backend=_backend(args.offline), on_result=progress, repeat=max(1, args.repeat),
                            project=args.project, use_index=args.index)
    except ValueError as exc:
        raise CommandError(str(exc), 2) from None
    scores = score(results)
    if args.json:
        print_json(scores | {"results": [r.to_json() for r in results]})
        return 0
    overall = scores["overall"]
    print(f"accuracy {overall['passed']}/{overall['cases']} = {overall['accuracy']:.1%}  "
          f"tokens {overall['tokens']}  cost {_cost(overall)}  latency mean {overall['latency_s_mean'] * 1000:.0f} ms")
    repeats = scores.get("repeats") or {}
    if repeats.get("rounds", 1) > 1:
        print(f"{repeats['rounds']} rounds: accuracy per round {', '.join(f'{a:.1%}' for a in repeats['accuracy_per_round'])}"
              f" (spread {repeats['accuracy_spread']:.1%}); unstable: {', '.join(repeats['unstable_cases']) or 'none'}")
    for title, key in (("agent", "per_agent"), ("category", "per_category")):
        print(f"{title:<10} {'cases':>5} {'passed':>6} {'accuracy':>8} {'tokens/case':>11} {'cost':>9} {'latency ms':>10}")
        for name, block in scores.get(key, {}).items():
            print(f"{name:<10} {block['cases']:>5} {block['passed']:>6} {block['accuracy']:>8.1%} "
                  f"{block['tokens_per_case']:>11.0f} {_cost(block):>9} {block['latency_s_mean'] * 1000:>10.0f}")
    wrong = scores["wrong_destructive"]
    print(f"wrong destructive edits: {len(wrong)}" + (f" ({', '.join(wrong)})" if wrong else ""))
    for result in results:
        if not result.passed:
            failed = "; ".join(f"{n}: {d}" for n, ok, d in result.checks if not ok)
            print(f"FAIL {result.id}: {result.message!r} -> {failed}")
    return 0
