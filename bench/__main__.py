"""python -m bench [--quick] [--json OUT] [--only KEY]: every figure against its floor, as a table."""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from pathlib import Path

from bench import harness

# Feature modules register their figures on import.
MODULES = ["bench.figures_app", "bench.figures_search", "bench.figures_import", "bench.figures_print",
           "bench.figures_handbook", "bench.figures_safety", "bench.figures_bundle", "bench.figures_kiosk",
           "bench.figures_guidance"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small data, few repetitions: proves it works")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    parser.add_argument("--only", help="run only figures whose key contains this text")
    args = parser.parse_args(argv)
    for module in MODULES:
        importlib.import_module(module)
    with tempfile.TemporaryDirectory(prefix="cchc-bench-") as tmp:
        ctx = harness.Context(quick=args.quick, workdir=Path(tmp))
        rows = harness.run(ctx, args.only)
    print(harness.table(rows))
    for fig, res, _ in rows:  # what a figure says beyond its value (e.g. where the cold start goes)
        if res is not None and res.note and "phases" in fig.key:
            print(f"  {fig.key}: {res.note}")
    machine = harness.machine()
    print(f"\n{machine['platform']}, Python {machine['python']}, {machine['cpus']} CPUs"
          + (" (quick run: small data, not comparable to targets)" if args.quick else ""))
    if args.json:
        harness.write_json(harness.to_json(rows, args.quick), args.json)
    broken = [fig.key for fig, res, status in rows if status.startswith("error")]
    if broken:
        print(f"broken figures: {', '.join(broken)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
