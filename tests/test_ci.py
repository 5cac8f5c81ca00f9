"""The CI files name what exists: a renamed spec or installer script fails here, not only on a Windows runner."""

from __future__ import annotations

import re

from conftest import ROOT


def test_the_windows_workflow_builds_the_bundle_and_the_installer_and_runs_the_self_tests() -> None:
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in workflow
    for path in re.findall(r"installer[/\\][\w.]+\.(?:spec|nsi)", workflow):
        assert (ROOT / path.replace("\\", "/")).is_file(), path
    assert "installer/cchc.spec" in workflow and "installer\\cchc.nsi" in workflow
    assert workflow.count("self-test") >= 2  # the frozen bundle, then the installed copy
    assert "makensis" in workflow and '"/S"' in workflow


def test_linux_ci_requires_the_frozen_build_and_makensis() -> None:
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "export CCHC_REQUIRE_FROZEN=1" in run
    assert "nsis" in (ROOT / ".ci" / "setup").read_text(encoding="utf-8")
