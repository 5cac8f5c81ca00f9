#!/usr/bin/env python3
"""Build ``national_catalogue.jsonl``: the national TTHC listing, trimmed for offline look-up.

Source: ``national_catalog_2026-07-18.jsonl`` of the shared research data (the
national database's listing crawled on 2026-07-18, 5,670 rows). One line per
valid national code, sorted by code, with the fields the app uses to fill a new
procedure from its code and to match an unnumbered annex row by name:
``[code, formality_id, name, field, agencies, subjects, portal_type, promulgating_agency]``.
Rows whose code is malformed are dropped; when two rows reduce to the same
code, the one written exactly as ``d.dddddd`` wins.

    python resources/national/build_national.py [SOURCE_DIR] [-o OUTPUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from cchc_desktop.core import text as vtext  # noqa: E402
from cchc_desktop.core.domain import normalize_code  # noqa: E402
from cchc_desktop.core.errors import ValidationError  # noqa: E402

SOURCE = "national_catalog_2026-07-18.jsonl"


def build(source_dir: Path) -> list[list]:
    rows: dict[str, tuple[bool, list]] = {}
    for line in (source_dir / SOURCE).read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        try:
            code = normalize_code(raw["code"])
        except ValidationError:
            continue
        exact = raw["code"].strip() == code
        entry = [code, raw["id"], vtext.normalize_line(raw["name"]),
                 vtext.normalize_line(raw["categories"][0]) if raw["categories"] else "",
                 [d for d in (vtext.normalize_line(x) for x in raw["departments"]) if d],
                 [t for t in (vtext.normalize_line(x) for x in raw["formalityTargetType"]) if t],
                 raw.get("type") or "", vtext.normalize_line(raw.get("departmentPromulgate") or "")]
        if code not in rows or (exact and not rows[code][0]):
            rows[code] = (exact, entry)
    return [rows[code][1] for code in sorted(rows)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=ROOT.parent / "shared" / "data" / "tthc")
    parser.add_argument("-o", "--output", type=Path, default=HERE / "national_catalogue.jsonl")
    args = parser.parse_args()
    entries = build(args.source)
    args.output.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
    print(f"{len(entries)} thủ tục → {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
