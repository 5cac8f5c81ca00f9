"""Rendering a document: a template and print data in, the PDF and its preflight out."""

from __future__ import annotations

from dataclasses import dataclass

from cchc_desktop.printing import spec as specs
from cchc_desktop.printing.content import PrintData
from cchc_desktop.printing.engine import Engine, Options
from cchc_desktop.printing.preflight import Collector, Issue, check_content, has_errors

# The documents of the print studio, in the order the studio lists them (command names).
KINDS = ("poster", "leaflet", "guide", "stickers", "posted-list", "campaign")


@dataclass(frozen=True)
class Rendered:
    """A laid-out document: its PDF, pages, preflight findings and what it prints."""

    kind: str
    size: str
    pdf: bytes
    pages: int
    issues: tuple[Issue, ...]
    links: tuple[str, ...]
    codes: tuple[str, ...]
    title: str

    @property
    def blocked(self) -> bool:
        """True when preflight found an error: the document must not be printed or saved."""
        return has_errors(self.issues)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.blocking]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if not i.blocking]


def title_of(kind: str, data: PrintData, spec: specs.Spec) -> str:
    """The PDF title: the template's name and, where there is one, the field or the procedure."""
    if len(data.fields) == 1 and data.fields[0].name and spec.sections == "field":
        return f"{spec.title} – {data.fields[0].name}"
    if spec.sections == "procedure" and len(data.procedures) == 1:
        p = data.procedures[0]
        name = p.name if len(p.name) <= 80 else p.name[:79].rstrip() + "…"
        return f"{spec.title} – {p.code} {name}"
    return spec.title


def render(kind: str, data: PrintData, size: str | None = None, options: Options | None = None) -> Rendered:
    """Lay out ``data`` with the template ``kind`` in ``size``; preflight runs on the way."""
    spec = specs.load(kind, size)
    out = Collector()
    needs = set(spec.data.get("preflight", {}).get("needs", []))
    check_content(data, needs, needs_procedures=spec.data.get("preflight", {}).get("procedures", True), out=out)
    engine = Engine(spec, data, options or Options(), out)
    title = title_of(kind, data, spec)
    pdf, pages = engine.render(title)
    return Rendered(kind, spec.size, pdf, pages, tuple(out.issues()), tuple(engine.links),
                    tuple(p.code for p in data.procedures), title)
