"""The benchmark harness: a registry of figures, each measured against a floor in the same run.

A figure is a function ``fn(ctx) -> Result`` registered with :func:`figure`.
Machines here are noisy, so a figure reports the ratio to a floor measured in
the same run on the same machine, next to its absolute value.
"""

from __future__ import annotations

import gc
import json
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


@dataclass
class Result:
    """One measured figure. ``value`` and ``floor`` share ``unit``; ``met`` is the target's verdict."""

    value: float | None
    unit: str
    met: bool | None
    floor: float | None = None
    p99: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor


@dataclass
class Figure:
    key: str
    title: str
    floor: str
    target: str
    order: int
    run: Callable[[Context], Result]


@dataclass
class Context:
    """What every figure gets: the mode and a scratch folder that lives for the run."""

    quick: bool
    workdir: Path
    cache: dict[str, Any] = field(default_factory=dict)

    def repeat(self, full: int, quick: int = 3) -> int:
        return quick if self.quick else full

    def size(self, full: int, quick: int) -> int:
        return quick if self.quick else full


FIGURES: dict[str, Figure] = {}


def figure(key: str, title: str, *, floor: str, target: str, order: int) -> Callable:
    """Register a measured figure."""

    def register(fn: Callable[[Context], Result]) -> Callable[[Context], Result]:
        FIGURES[key] = Figure(key, title, floor, target, order, fn)
        return fn

    return register


# --- measuring -------------------------------------------------------------------

def samples(fn: Callable[[], Any], repeat: int, *, warmup: int = 1) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls after ``warmup`` unmeasured ones, GC paused."""
    for _ in range(warmup):
        fn()
    out = []
    gc_was = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    finally:
        if gc_was:
            gc.enable()
    return out


def median(values: list[float]) -> float:
    return statistics.median(values)


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]


# --- running and reporting ---------------------------------------------------------

def run(ctx: Context, only: str | None = None) -> list[tuple[Figure, Result | None, str]]:
    rows = []
    for fig in sorted(FIGURES.values(), key=lambda f: f.order):
        if only and only not in fig.key:
            continue
        try:
            rows.append((fig, fig.run(ctx), ""))
        except Exception as exc:  # a broken figure is reported, the others still run
            rows.append((fig, None, f"error: {type(exc).__name__}: {exc}"))
    return rows


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit in ("ms", "MB") or value >= 100:
        return f"{value:,.1f} {unit}"
    return f"{value:.3g} {unit}"


def table(rows: list[tuple[Figure, Result | None, str]]) -> str:
    head = ["figure", "value", "floor", "ratio", "target", "met"]
    lines = []
    for fig, res, status in rows:
        if res is None:
            lines.append([fig.title, status, fig.floor or "—", "—", fig.target, "—"])
            continue
        value = _fmt(res.value, res.unit) + (f" (p99 {_fmt(res.p99, res.unit)})" if res.p99 is not None else "")
        floor = f"{_fmt(res.floor, res.unit)} ({fig.floor})" if res.floor is not None else (fig.floor or "—")
        ratio = f"{res.ratio:.2f}×" if res.ratio is not None else "—"
        met = {True: "yes", False: "NO", None: "—"}[res.met]
        lines.append([fig.title, value, floor, ratio, fig.target, met])
    widths = [max(len(str(r[i])) for r in [head, *lines]) for i in range(len(head))]
    fmt = " | ".join(f"{{:<{w}}}" for w in widths)
    out = [fmt.format(*head), "-+-".join("-" * w for w in widths)]
    out += [fmt.format(*row) for row in lines]
    return "\n".join(out)


def machine() -> dict[str, Any]:
    import os

    return {"python": platform.python_version(), "platform": platform.platform(),
            "processor": platform.processor() or platform.machine(), "cpus": os.cpu_count()}


def to_json(rows: list[tuple[Figure, Result | None, str]], quick: bool) -> dict[str, Any]:
    return {
        "quick": quick,
        "machine": machine(),
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "figures": [
            {"key": fig.key, "title": fig.title, "floor_of": fig.floor, "target": fig.target, "status": status,
             **({**asdict(res), "ratio": res.ratio} if res is not None else {})}
            for fig, res, status in rows
        ],
    }


def write_json(data: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
