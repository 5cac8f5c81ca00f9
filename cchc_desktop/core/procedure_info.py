"""What a document or the kiosk tells the public about a procedure, as plain values built from the catalogue.

Print templates never touch the database: the studio turns procedures and the
center's settings into these objects (in any thread), the engine lays them
out; the kiosk shows the same values. Wording follows the catalogue's rules:
fee texts verbatim, an unknown amount never printed as free, time limits from
the channel's own text, else its quantity and unit, else the per-case limits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field as dc_field

from cchc_desktop.core.db.models import Channel, Procedure
from cchc_desktop.core.domain import FeeKind, Lifecycle, Method, OnlineLevel, TimeUnit, Verification

PORTAL_URL = "https://dichvucong.gov.vn"
NO_FEE_TEXT = "Theo quy định của tỉnh (xem Quyết định công bố thủ tục hành chính)"
NO_TIME_TEXT = "Theo Quyết định công bố thủ tục hành chính của tỉnh"
CASE_TIME_TEXT = "Theo từng trường hợp (xem Quyết định công bố)"
NO_LINK_TEXT = "Tra cứu mã {code} trên dichvucong.gov.vn"


@dataclass(frozen=True)
class ChannelInfo:
    """One submission channel: its name, time limit and fees as printed."""

    method: str
    label: str
    time: str
    fees: str


@dataclass(frozen=True)
class DossierItem:
    """A line of the dossier: a document to bring (with a tick box) or a note."""

    text: str
    originals: int = 0
    copies: int = 0
    present_only: bool = False
    form: str = ""

    @property
    def is_document(self) -> bool:
        return self.originals > 0 or self.copies > 0 or self.present_only

    @property
    def quantity(self) -> str:
        """“1 bản chính, 1 bản sao”, “Xuất trình bản chính” or nothing."""
        if self.present_only:
            return "Xuất trình bản chính"
        parts = []
        if self.originals:
            parts.append(f"{self.originals} bản chính")
        if self.copies:
            parts.append(f"{self.copies} bản sao")
        return ", ".join(parts)


@dataclass(frozen=True)
class DossierGroup:
    title: str
    items: tuple[DossierItem, ...]

    @property
    def is_notes(self) -> bool:
        """A group of explanations only (“Lưu ý”), no document to bring."""
        return not any(i.is_document for i in self.items)


@dataclass(frozen=True)
class ProcedureInfo:
    code: str
    name: str
    short_name: str
    field: str
    link: str | None
    lifecycle: Lifecycle
    effective_until: dt.date | None
    in_force: bool
    posted: bool
    verification: Verification
    verified_on: dt.date | None
    channels: tuple[ChannelInfo, ...]
    subjects: str
    agencies: str
    results: str
    requirements: str
    steps: tuple[str, ...]
    dossier: tuple[DossierGroup, ...]
    online: str
    summary: str = ""  # Tóm tắt cho người dân: the few lines leaflets and guide sheets lead with

    @property
    def time_summary(self) -> str:
        return _summary(self.channels, "time", NO_TIME_TEXT)

    @property
    def fee_summary(self) -> str:
        return _summary(self.channels, "fees", NO_FEE_TEXT)

    @property
    def title(self) -> str:
        """The name for a cover or a heading: abridged with “…” when very long."""
        return abridge(self.name, TITLE_LIMIT)

    @property
    def abridged(self) -> bool:
        return self.title != self.name

    @property
    def time_brief(self) -> str:
        """The time limit for a list: each channel's text abridged to its first sentence."""
        return _summary(self.channels, "time", NO_TIME_TEXT, brief=True)

    @property
    def fee_brief(self) -> str:
        """The fees for a poster or list: verbatim, abridged with “…” when long (the QR leads to the rest)."""
        return _summary(self.channels, "fees", NO_FEE_TEXT, brief=True)

    @property
    def online_offered(self) -> bool:
        """Whether the record names an online service level (toàn trình or một phần)."""
        return self.online not in ("", OnlineLevel.NONE.label)

    @property
    def documents(self) -> int:
        return sum(1 for g in self.dossier for i in g.items if i.is_document)


@dataclass(frozen=True)
class FieldInfo:
    """Lĩnh vực with the procedures printed for it, in catalogue order."""

    name: str
    portal_url: str | None
    procedures: tuple[ProcedureInfo, ...]


@dataclass(frozen=True)
class CenterInfo:
    """The center's own details from Cài đặt; any of them may still be empty."""

    name: str = ""
    address: str = ""
    hours: str = ""
    hotline: str = ""
    social_url: str = ""
    logo: bytes | None = None
    portal_url: str = PORTAL_URL
    review_after_months: int = 12

    @property
    def display_name(self) -> str:
        return self.name or "Trung tâm Phục vụ hành chính công"

    @property
    def name_and_address(self) -> str:
        return ", ".join(v for v in (self.display_name, self.address) if v)

    @property
    def contact_line(self) -> str:
        """Address, hours and hotline on one line, leaving out what is not filled in."""
        parts = [self.address, f"Giờ làm việc: {self.hours}" if self.hours else "",
                 f"Đường dây nóng: {self.hotline}" if self.hotline else ""]
        return " · ".join(p for p in parts if p)


@dataclass(frozen=True)
class PrintData:
    """Everything one document prints."""

    fields: tuple[FieldInfo, ...]
    center: CenterInfo
    day: dt.date
    updated: dt.date | None = None
    extra: dict = dc_field(default_factory=dict)

    @property
    def procedures(self) -> tuple[ProcedureInfo, ...]:
        return tuple(p for f in self.fields for p in f.procedures)


# --- from the catalogue --------------------------------------------------------

def _number(value: float) -> str:
    text = f"{value:g}"
    return text.replace(".", ",")


def _unit_text(qty: float | None, unit: TimeUnit | None) -> str:
    if qty is None or unit is None or unit == TimeUnit.OTHER:
        return ""
    return f"{_number(qty)} {unit.label}"


def _case_times(p: Procedure) -> str:
    parts = []
    for case in p.case_time_limits:
        try:
            unit = TimeUnit(case.get("unit")) if case.get("unit") else None
        except ValueError:
            unit = None
        text = _unit_text(case.get("qty"), unit)
        if text:
            label = case.get("name") or case.get("code") or ""
            parts.append(f"{text} ({label})" if label and len(p.case_time_limits) > 1 else text)
    return "; ".join(parts)


def channel_time(channel: Channel, procedure: Procedure) -> str:
    """The channel's time limit as printed: its text, its quantity and unit, else the per-case limits."""
    if channel.time_text:
        return channel.time_text
    text = _unit_text(channel.time_qty, channel.time_unit) or _case_times(procedure)
    if text:
        return text
    return CASE_TIME_TEXT if channel.time_unit == TimeUnit.OTHER else NO_TIME_TEXT


def _amount(value: int) -> str:
    return f"{value:,}".replace(",", ".") + " đồng"


def channel_fees(channel: Channel) -> str:
    """The channel's fees as printed: texts verbatim, an amount only where there is no text."""
    lines = []
    for fee in channel.fees:
        text = fee.text.strip()
        if not text and fee.amount:  # 0 with no text is "not stated", never "free"
            text = _amount(fee.amount)
        if text:
            lines.append((fee.kind, text))
    if not lines:
        return NO_FEE_TEXT
    if len(lines) == 1:
        return lines[0][1]
    return "; ".join(f"{FeeKind(kind).label}: {text}" for kind, text in lines)


BRIEF_LIMIT = 170
TITLE_LIMIT = 160


def abridge(text: str, limit: int = BRIEF_LIMIT) -> str:
    """``text`` cut after its first sentence, or at a word, when longer than ``limit``; marked with “…”."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    for end in (". ", "; ", ": "):
        cut = text.find(end)
        if 20 <= cut <= limit:
            return text[:cut + 1].rstrip(".;:") + "\u00a0…"
    cut = text.rfind(" ", 0, limit)
    return text[:cut if cut > limit // 2 else limit].rstrip(",;:.- ") + "\u00a0…"


def _summary(channels: tuple[ChannelInfo, ...], attr: str, empty: str, brief: bool = False) -> str:
    values = [(c.label, abridge(getattr(c, attr)) if brief else getattr(c, attr)) for c in channels]
    distinct = list(dict.fromkeys(v for _, v in values))
    if not distinct:
        return empty
    if len(distinct) == 1:
        return distinct[0]
    return "\n".join(f"{label}: {value}" for label, value in values)


def _steps(p: Procedure) -> tuple[str, ...]:
    lines: list[str] = []
    for step in p.steps:
        title, text = (step.get("title") or "").strip(), (step.get("text") or "").strip()
        if title:
            lines.append(title)
        lines += [line.strip() for line in text.splitlines() if line.strip()]
    return tuple(lines)


def _dossier(p: Procedure) -> tuple[DossierGroup, ...]:
    groups = []
    for g in p.dossier_groups:
        items = tuple(DossierItem(text=c.name.strip(), originals=c.originals or 0, copies=c.copies or 0,
                                  present_only=bool(c.present_only), form=c.form_name or "")
                      for c in g.components if c.name.strip())
        if items:
            groups.append(DossierGroup(title=g.name.strip(), items=items))
    return tuple(groups)


def procedure_info(p: Procedure, day: dt.date) -> ProcedureInfo:
    """A procedure as the print templates read it (channels, fees and dossier loaded)."""
    order = {Method.DIRECT: 0, Method.ONLINE: 1, Method.POSTAL: 2}
    channels = []
    for c in sorted(p.channels, key=lambda c: order.get(c.method, 9)):
        channels.append(ChannelInfo(c.method.value, c.method.label, channel_time(c, p), channel_fees(c)))
    return ProcedureInfo(
        code=p.code, name=p.name, short_name=(p.friendly_names or [p.name])[0],
        field=p.field.name if p.field else "", link=p.link, lifecycle=p.lifecycle,
        effective_until=p.effective_until, in_force=p.is_in_force_on(day), posted=p.is_posted_on(day),
        verification=p.verification, verified_on=p.verified_on, channels=tuple(channels),
        subjects="; ".join(p.subjects), agencies="; ".join(p.executing_agencies),
        results="; ".join(p.results), requirements=p.requirements.strip(), steps=_steps(p),
        dossier=_dossier(p), online=p.online_level.label, summary=(p.summary or "").strip())
