"""Rendering a document: a template and print data in, the PDF and its preflight out."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from cchc_desktop.printing import spec as specs
from cchc_desktop.core.procedure_info import FieldInfo, PrintData
from cchc_desktop.printing.engine import Engine, Options
from cchc_desktop.printing.preflight import INFO, WARNING, Collector, Issue, check_content, has_errors

# The documents of the print studio, in the order the studio lists them (command names).
KINDS = ("poster", "leaflet", "guide", "stickers", "posted-list", "campaign", "handbook", "panel")


# What to do about a held-back document, by the kind of its first error.
FIXES = {
    "overflow": "Sửa thủ tục để rút gọn (Tóm tắt cho người dân, thành phần hồ sơ), hoặc in riêng trên khổ giấy "
                "lớn hơn.",
    "glyph": "Sửa thủ tục: thay ký tự phông chữ không có.",
    "qr_small": "Rút gọn đường liên kết của thủ tục, hoặc in riêng trên khổ giấy lớn hơn.",
    "not_in_force": "Thủ tục không còn hiệu lực: bỏ nó khỏi danh sách in.",
}
DEFAULT_FIX = "Sửa thủ tục rồi in riêng."


@dataclass(frozen=True)
class Held:
    """A document of a batch held back by preflight: the rest of the batch prints without it."""

    title: str  # "1.013225 Cấp giấy phép…" for a leaflet, the field's name for a poster
    codes: tuple[str, ...]  # the procedures whose errors hold it back
    reasons: tuple[str, ...]  # the preflight errors, in order
    error_kind: str = ""

    @property
    def reason(self) -> str:
        more = f" (và {len(self.reasons) - 1} lỗi khác)" if len(self.reasons) > 1 else ""
        return f"{self.reasons[0]}{more}" if self.reasons else ""

    @property
    def fix(self) -> str:
        return FIXES.get(self.error_kind, DEFAULT_FIX)


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
    held: tuple[Held, ...] = field(default=())  # documents of the batch left out by preflight
    note: str = ""          # how to print it, when that needs saying (a booklet's duplex setting)
    duplex: bool = False    # printed on both sides, flipped on the short edge
    book_pages: int = 0     # a booklet's own pages (A5), whatever the sheets they are printed on

    @property
    def blocked(self) -> bool:
        """True when preflight found an error: the document must not be printed or saved."""
        return has_errors(self.issues)

    @property
    def held_codes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(code for h in self.held for code in h.codes))

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.blocking]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == WARNING]

    @property
    def notes(self) -> list[Issue]:
        """What preflight checked and states (a panel's QR codes against the reading distance)."""
        return [i for i in self.issues if i.severity == INFO]


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
    """Lay out ``data`` with the template ``kind`` in ``size``; preflight runs on the way.

    A batch (one document per procedure or per field) never blocks as a whole: the documents
    whose procedures have errors are held back and listed, the others are laid out again
    without them. It blocks only when every document would be held back, or an error names
    no procedure.
    """
    rendered = _render(kind, data, size, options)
    spec = specs.load(kind, size)
    held = _held_back(rendered, data, spec.sections)
    if not held:
        return rendered
    dropped = {c for h in held for c in h.codes}
    if spec.sections == "field":
        dropped = {p.code for f in data.fields if any(p.code in dropped for p in f.procedures) for p in f.procedures}
    kept = tuple(FieldInfo(f.name, f.portal_url, tuple(p for p in f.procedures if p.code not in dropped))
                 for f in data.fields)
    rest = dataclasses.replace(data, fields=tuple(f for f in kept if f.procedures))
    again = _render(kind, rest, size, options)
    if again.blocked:  # laying the rest out found new errors: show everything rather than guess
        return rendered
    return dataclasses.replace(again, held=held)


def _held_back(rendered: Rendered, data: PrintData, sections: str) -> tuple[Held, ...]:
    """The documents to hold back, or () when the batch must block (or nothing is wrong)."""
    if not rendered.blocked or sections not in ("procedure", "field"):
        return ()
    errors = rendered.errors
    if any(not e.procedure for e in errors):
        return ()
    by_code: dict[str, list] = {}
    for e in errors:
        by_code.setdefault(e.procedure, []).append(e)
    held: list[Held] = []
    if sections == "procedure":
        units = len(data.procedures)
        for p in data.procedures:
            if p.code in by_code:
                found = by_code[p.code]
                held.append(Held(f"{p.code} {p.name}", (p.code,), tuple(e.message for e in found), found[0].code))
    else:
        units = len(data.fields)
        for f in data.fields:
            found = [e for p in f.procedures for e in by_code.get(p.code, [])]
            if found:
                codes = tuple(dict.fromkeys(e.procedure for e in found))
                held.append(Held(f.name, codes, tuple(e.message for e in found), found[0].code))
    if len(held) >= units:
        return ()
    return tuple(held)


def _render(kind: str, data: PrintData, size: str | None = None, options: Options | None = None) -> Rendered:
    spec = specs.load(kind, size)
    out = Collector()
    needs = set(spec.data.get("preflight", {}).get("needs", []))
    check_content(data, needs, needs_procedures=spec.data.get("preflight", {}).get("procedures", True), out=out)
    options = options or Options()
    title = title_of(kind, data, spec)
    codes = tuple(p.code for p in data.procedures)
    special = spec.data.get("template", {}).get("engine")
    if special == "handbook":
        from cchc_desktop.printing import handbook

        pdf, pages, links, book_pages = handbook.render(spec, data, options, out, title)
        note = handbook.DUPLEX_NOTE if options.imposed else ""
        return Rendered(kind, spec.size, pdf, pages, tuple(out.issues()), tuple(links), codes, title,
                        note=note, duplex=options.imposed, book_pages=book_pages)
    if special == "panel":
        from cchc_desktop.printing import panel

        engine = panel.PanelEngine(spec, data, options, out)
    elif special:
        raise specs.TemplateError(f"Mẫu in {spec.stem}.toml: bộ dàn trang “{special}” không có.")
    else:
        engine = Engine(spec, data, options, out)
    pdf, pages = engine.render(title)
    return Rendered(kind, spec.size, pdf, pages, tuple(out.issues()), tuple(engine.links), codes, title)
