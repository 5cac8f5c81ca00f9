"""The embedded demo catalogue is what its script makes from the real data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

SCRIPT = ROOT / "resources" / "demo" / "build_catalogue.py"


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "data" / "tthc").is_dir(), reason="the shared source data is not present")
def test_demo_file_is_reproducible(tmp_path: Path) -> None:
    out = tmp_path / "catalogue.json"
    subprocess.run([sys.executable, str(SCRIPT), str(SHARED / "data" / "tthc"), "-o", str(out)],
                   check=True, capture_output=True, timeout=600)
    assert out.read_bytes() == (ROOT / "resources" / "demo" / "catalogue.json").read_bytes()


def test_demo_content(demo_records: list[dict]) -> None:
    by_code = {r["code"]: r for r in demo_records}
    assert len(by_code) == len(demo_records) == 266
    khai_sinh = by_code["1.001193"]
    assert khai_sinh["name"] == "Thủ tục đăng ký khai sinh"
    assert khai_sinh["field"] == {"code": "G15-TP07", "name": "Hộ tịch"}
    assert khai_sinh["links"]["online_url"] == \
        "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7"
    assert {c["method"] for c in khai_sinh["channels"]} == {"direct", "online", "postal"}
    assert khai_sinh["posting"]["posted_since"] == "2026-07-18"
    assert all(r["provenance"]["source"] and r["provenance"]["verification"] for r in demo_records)
    assert sum(1 for r in demo_records if r["posting"]["posted_since"]) == 71
