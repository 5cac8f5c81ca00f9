"""Keep the Vietnamese catalogues in step with the code (developer tool).

    python translations/tool.py update   # collect tr() strings into cchc_vi.ts (and cchc_en.ts), compile .qm
    python translations/tool.py check    # exit 1 if a string is untranslated, missing or the .qm is stale

English is the source language; Vietnamese, shown by default, must be complete. cchc_en.ts holds
only the English plural forms ("%n page(s)" → "1 page", "2 pages"); entries with "(s)" are filled
in by `update`, others ("%n entries") by hand. Edit translations in Qt Linguist
(pyside6-linguist) or directly in the .ts.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EN_OPTIONS = ("-pluralonly", "-source-language", "en", "-target-language", "en")
CATALOGUES = ["cchc_vi", "qtbase_vi", "cchc_en"]  # qtbase_vi: Qt's own dialogs, which Qt ships no Vietnamese for


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def gui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "cchc_desktop" / "gui").rglob("*.py"))


def lupdate(ts: Path, *options: str) -> None:
    subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *options, *gui_sources(),
                    "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)


def fill_english_plurals(ts: Path) -> None:
    """Give each unfinished "(s)" entry its singular and plural forms; the rest wait for a person."""
    tree = ET.parse(ts)
    for msg in tree.getroot().iter("message"):
        tr, source = msg.find("translation"), msg.findtext("source") or ""
        if tr is None or tr.get("type") != "unfinished" or "(s)" not in source:
            continue
        forms = tr.findall("numerusform") or [ET.SubElement(tr, "numerusform")]
        while len(forms) < 2:
            forms.append(ET.SubElement(tr, "numerusform"))
        forms[0].text, forms[1].text = source.replace("(s)", ""), source.replace("(s)", "s")
        del tr.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {(ctx.findtext("name") or "", msg.findtext("source") or ""): msg
            for ctx in tree.getroot().iter("context") for msg in ctx.iter("message")}


def problems() -> list[str]:
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "cchc_vi.ts"
        fresh.write_bytes((HERE / "cchc_vi.ts").read_bytes())
        lupdate(fresh)
        committed_msgs, wanted_msgs = messages(HERE / "cchc_vi.ts"), messages(fresh)
        committed, wanted = set(committed_msgs), set(wanted_msgs)
        fresh_en = Path(tmp) / "cchc_en.ts"
        fresh_en.write_bytes((HERE / "cchc_en.ts").read_bytes())
        lupdate(fresh_en, *EN_OPTIONS)
        found += [f"cchc_en.ts differs from the plurals in the code (run tool.py update): {ctx}: {src!r}"
                  for ctx, src in sorted(set(messages(fresh_en)) ^ set(messages(HERE / "cchc_en.ts")))]
        # lupdate writes a plural entry only where it sees the count (self.tr(text, "", n)): a call it
        # misreads would turn the committed plural into an unfinished plain entry on the next update.
        found += [f"plural in one, not the other (lupdate must see the count): {ctx}: {src!r}"
                  for ctx, src in sorted(committed & wanted)
                  if committed_msgs[ctx, src].get("numerus") != wanted_msgs[ctx, src].get("numerus")]
        found += [f"not in cchc_vi.ts (run tool.py update): {ctx}: {src!r}" for ctx, src in sorted(wanted - committed)]
        found += [f"obsolete in cchc_vi.ts: {ctx}: {src!r}" for ctx, src in sorted(committed - wanted)]
        for name in CATALOGUES:
            ts = HERE / f"{name}.ts"
            for (ctx, src), msg in messages(ts).items():
                tr = msg.find("translation")
                forms = [f.text for f in tr.iter("numerusform")] if tr is not None else []
                text = (tr.text if tr is not None else None) if not forms else "".join(f or "" for f in forms)
                if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (text or "").strip():
                    found.append(f"untranslated in {name}.ts: {ctx}: {src!r}")
            qm = Path(tmp) / f"{name}.qm"
            lrelease(ts, qm)
            if not (HERE / f"{name}.qm").exists() or qm.read_bytes() != (HERE / f"{name}.qm").read_bytes():
                found.append(f"{name}.qm is stale (run tool.py update)")
    return found


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        lupdate(HERE / "cchc_vi.ts")
        lupdate(HERE / "cchc_en.ts", *EN_OPTIONS)
        fill_english_plurals(HERE / "cchc_en.ts")
        for name in CATALOGUES:
            lrelease(HERE / f"{name}.ts", HERE / f"{name}.qm")
        return 0
    if argv[:1] == ["check"]:
        found = problems()
        print("\n".join(found) or "translations complete")
        return 1 if found else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
