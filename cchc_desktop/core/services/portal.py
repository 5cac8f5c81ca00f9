"""Procedure-detail records of the national portal's API (``{"code", "data", "message"}``) as records.

The mapping follows ``resources/demo/build_catalogue.py``, which maps the same
data from a normalised crawl: one channel per submission method (several rows
of one method merged, time figures kept only when they agree), time texts
built from quantity and unit, per-case limits authoritative when a channel's
unit is OTHER, fee text verbatim with an amount only when positive (0 is not
"free"), online level "partial" when there is an online channel (the portal's
``isFullProcess`` is unreliable), dossier groups from ``executionCases``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cchc_desktop.core import text as vtext
from cchc_desktop.core.domain import Method, TimeUnit, portal_url
from cchc_desktop.core.errors import ValidationError

METHODS = {"DIRECT": Method.DIRECT, "ONLINE": Method.ONLINE, "POSTAL": Method.POSTAL}
UNITS = {"WORKING_DAY": TimeUnit.WORKING_DAY, "DAY": TimeUnit.DAY, "HOUR": TimeUnit.HOUR,
         "MONTH": TimeUnit.MONTH, "YEAR": TimeUnit.YEAR, "OTHER": TimeUnit.OTHER}
FEE_KINDS = {"FEE": "fee", "SERVICE_FEE": "charge", "PRICE_LEVEL": "price"}
PORTAL_TYPES = {"STANDARD", "SPECIFIC", "STANDARD_INTERNAL"}
RETURNING = {"AT_HOME": "Trả kết quả tại nhà (qua bưu chính)", "AT_SUBMISSION_PLACE": "Trả kết quả tại nơi nộp hồ sơ",
             "ONLINE": "Trả kết quả trực tuyến"}
SOURCE = "Cổng Dịch vụ công quốc gia (bản ghi chi tiết thủ tục)"
VIETNAM = dt.timezone(dt.timedelta(hours=7))
# The parts of a record the portal knows; the center's own (posting, keywords, notes, link override) stay.
PARTS = ("code", "formality_id", "name", "field", "level", "portal_type", "promulgating_agency",
         "executing_agencies", "coordinating_agencies", "subjects", "steps", "requirements", "legal_bases",
         "results", "channels", "case_time_limits", "result_delivery", "dossier", "online_level",
         "non_territorial", "lifecycle", "links", "provenance")


def is_portal_document(data: Any) -> bool:
    """The portal's envelope, or one or more bare detail records."""
    if isinstance(data, dict) and "data" in data and "code" in data and "format" not in data:
        return True
    items = data if isinstance(data, list) else [data]
    return bool(items) and all(isinstance(i, dict) and ("executionMethods" in i or "codeNotation" in i) for i in items)


def portal_items(data: Any, name: str) -> list[dict[str, Any]]:
    """The detail records of a document (envelope with one record or a list, or bare records)."""
    if isinstance(data, dict) and "data" in data and "code" in data:
        if str(data.get("code")).upper() not in ("OK", "200", "0", "SUCCESS"):
            raise ValidationError(f"Tệp {name}: Cổng trả về lỗi “{data.get('code')}”"
                                  f" ({vtext.normalize_line(str(data.get('message') or ''))}), không có dữ liệu thủ tục.")
        data = data["data"]
        if isinstance(data, dict) and isinstance(data.get("content"), list):  # a paged list
            data = data["content"]
    items = data if isinstance(data, list) else [data]
    if not items or not all(isinstance(i, dict) for i in items):
        raise ValidationError(f"Tệp {name}: phần “data” không phải bản ghi thủ tục của Cổng.")
    return items


def _line(value: Any) -> str:
    return vtext.normalize_line(value) if isinstance(value, str) else ""


def _block(value: Any) -> str:
    return vtext.normalize(value).strip() if isinstance(value, str) else ""


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _names(items: Any) -> list[str]:
    return [_line(i.get("name")) for i in _items(items) if isinstance(i, dict)]


def _number(value: Any) -> int | float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return int(value) if float(value).is_integer() else float(value)


def _day(epoch_ms: Any) -> str | None:
    if isinstance(epoch_ms, bool) or not isinstance(epoch_ms, (int, float)):
        return None
    try:
        return dt.datetime.fromtimestamp(epoch_ms / 1000, VIETNAM).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def time_phrase(qty: Any, unit: TimeUnit | None) -> str:
    """"5 ngày làm việc", "7,5 giờ"; a unit of OTHER has no word of its own; a text stays as written."""
    if isinstance(qty, str):
        return _block(qty)
    qty = _number(qty)
    if qty is None:
        return ""
    shown = str(qty).replace(".", ",")
    if unit is None or unit == TimeUnit.OTHER:
        return f"{shown} (đơn vị: khác)"
    return f"{shown} {unit.label}"


def _case_limits(cases: Any) -> list[dict[str, Any]]:
    out = []
    for case in _items(cases):
        if not isinstance(case, dict):
            continue
        day = case.get("processingDay") if isinstance(case.get("processingDay"), dict) else {}
        unit = UNITS.get(str(day.get("type") or ""))
        out.append({"code": _line(case.get("code")), "name": _line(case.get("name")),
                    "qty": _number(day.get("qty")), "unit": unit.value if unit else None})
    return sorted(out, key=lambda c: c["code"])


def cases_text(limits: list[dict[str, Any]]) -> str:
    """Per-case limits grouped by value, e.g. "15 ngày làm việc (trường hợp 2.000635.01); 1 ngày làm
    việc (trường hợp 2.000635.03, 2.000635.04)"; one value for many cases is "5 ngày làm việc (cả 27
    trường hợp)"; "3 (đơn vị: khác)" with its cases is one bracket, not two."""
    groups: dict[str, list[str]] = {}
    for case in limits:
        groups.setdefault(time_phrase(case["qty"], TimeUnit(case["unit"]) if case["unit"] else None), []).append(case["code"])
    parts = []
    for phrase, codes in groups.items():
        which = (f"cả {len(codes)} trường hợp" if len(groups) == 1 and len(codes) > 3
                 else f"trường hợp {', '.join(codes)}")
        parts.append(f"{phrase[:-1]}; {which})" if phrase.endswith(")") else f"{phrase} ({which})")
    return "; ".join(parts)


def _items(value: Any) -> list[Any]:
    """A list from the portal, or nothing: broken files carry any type anywhere."""
    return value if isinstance(value, list) else []


def _fees(raw: Any) -> list[dict[str, Any]]:
    fees = []
    for fee in _items(raw):
        if not isinstance(fee, dict):
            continue
        text = _block(fee.get("description"))
        value = _number(fee.get("value"))
        amount = int(value) if value is not None and value > 0 else None
        if not text and amount is None:
            continue
        fees.append({"kind": FEE_KINDS.get(str(fee.get("type") or ""), "fee"), "text": text, "amount": amount})
    return fees


def _channels(methods: Any, limits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    variants: dict[Method, list[dict[str, Any]]] = {}
    for raw in _items(methods):
        if not isinstance(raw, dict):
            continue
        method = METHODS.get(str(raw.get("submissionMethod") or ""))
        if method is None:
            continue
        unit = UNITS.get(str(raw.get("processingTimeUnit") or ""))
        qty = raw.get("processingTime")
        if unit == TimeUnit.OTHER:
            parts = [_block(qty) if isinstance(qty, str) else ""]
            parts.append(cases_text(limits) if limits else time_phrase(qty, unit))
            text = "\n".join(p for p in parts if p)
        else:
            text = time_phrase(qty, unit)
        variants.setdefault(method, []).append({
            "qty": _number(qty), "unit": unit.value if unit else None, "text": text,
            "note": _block(raw.get("description")), "fees": _fees(raw.get("fees"))})
    channels = []
    for method in sorted(variants, key=lambda m: list(METHODS.values()).index(m)):
        rows = variants[method]
        figures = {(r["qty"], r["unit"]) for r in rows}
        qty, unit = next(iter(figures)) if len(figures) == 1 else (None, None)
        fees: list[dict[str, Any]] = []
        for r in rows:
            fees.extend(f for f in r["fees"] if f not in fees)
        channels.append({"method": method.value, "time_qty": qty, "time_unit": unit,
                         "time_text": "; ".join(_unique([r["text"] for r in rows])),
                         "note": "\n".join(_unique([r["note"] for r in rows])), "fees": fees})
    return channels


def _dossier(cases: Any) -> list[dict[str, Any]]:
    groups = []
    for case in _items(cases):
        if not isinstance(case, dict):
            continue
        name = _block(case.get("name"))
        present_only = "xuat trinh" in vtext.fold(name)
        components = []
        for item in _items(case.get("profileComponents")):
            if not isinstance(item, dict) or not _block(item.get("name")):
                continue
            attachment = next((a for a in _items(item.get("attachments")) if isinstance(a, dict)), {})
            components.append({
                "name": _block(item.get("name")),
                "originals": int(_number(item.get("originalQty")) or 0),
                "copies": int(_number(item.get("copyQty")) or 0),
                "present_only": present_only,
                "form_name": _line(attachment.get("fileName") or attachment.get("name")),
                "form_url": "",
                "code": _line(item.get("code")),
            })
        groups.append({"name": name, "components": components})
    return groups


def _level(d: dict[str, Any]) -> str:
    if d.get("isWard"):
        return "commune"
    if d.get("isProvince"):
        return "province"
    if d.get("isMinistry") or d.get("isVertical"):
        return "central"
    if d.get("isOtherAgency"):
        return "other"
    return "commune"


def record_from_portal(d: dict[str, Any]) -> dict[str, Any]:
    """The record parts a portal detail record gives (see :data:`PARTS`); validation is the caller's."""
    formality_id = _line(d.get("id")).lower() or None
    category = d.get("category") if isinstance(d.get("category"), dict) else None
    if category is None:
        category = next((c for c in _items(d.get("categoriesDetails")) if isinstance(c, dict)), None)
    limits = _case_limits(d.get("cases"))
    channels = _channels(d.get("executionMethods"), limits)
    proposal = d.get("procedureProposal") if isinstance(d.get("procedureProposal"), dict) else {}
    returning = []
    for item in _items(d.get("returningMethods")):
        values = item.get("value") if isinstance(item, dict) else None
        for value in values if isinstance(values, list) else [values]:
            returning.append(RETURNING.get(str(value), _line(value)))
    link = portal_url(formality_id)
    return {
        "code": _line(d.get("codeNotation")) or _line(d.get("code")),
        "formality_id": formality_id,
        "name": _line(d.get("name")),
        "field": {"code": _line(category.get("code")) or None, "name": _line(category.get("name"))}
        if category and _line(category.get("name")) else None,
        "level": _level(d),
        "portal_type": _line(d.get("type")) if _line(d.get("type")) in PORTAL_TYPES else "",
        "promulgating_agency": _line(d.get("departmentPromulgateName")),
        "executing_agencies": _unique(_names(d.get("unitGroupsExecuting")) + _names(d.get("departmentsExecuting"))
                                      + [_line(p) for p in str(d.get("executingAgencies") or "").split(";")]),
        "coordinating_agencies": _unique(_names(d.get("unitGroupsCoordinating"))
                                         + _names(d.get("departmentsCoordinating"))
                                         + [_line(p) for p in str(d.get("coordinatingAgencies") or "").split(";")]),
        "subjects": _unique(_names(d.get("subjectTypesDetails"))),
        "steps": [s for s in ({"title": _line(x.get("name")), "text": _block(x.get("description"))}
                              for x in _items(d.get("executionSteps")) if isinstance(x, dict)) if s["title"] or s["text"]],
        "requirements": _block(d.get("requirementsAndConditions")),
        "legal_bases": [b for b in ({"code": _line(x.get("code")), "name": _line(x.get("name"))}
                                    for x in _items(d.get("legalBasisesDetails")) if isinstance(x, dict))
                        if b["code"] or b["name"]],
        "results": _unique(_names(d.get("resultsDetails"))),
        "channels": channels,
        "case_time_limits": limits,
        "result_delivery": _unique(returning),
        "dossier": _dossier(d.get("executionCases")),
        "online_level": "partial" if any(c["method"] == Method.ONLINE.value for c in channels) else "none",
        "non_territorial": bool(d.get("isNonTerritorial")),
        "lifecycle": {"decision_number": _line(proposal.get("proposalNumber") or proposal.get("decisionNumber")
                                               or d.get("decisionNo")),
                      "decision_date": _day(proposal.get("decisionDate"))},
        "links": {"online_url": link},
        "provenance": {"source": SOURCE, "source_url": link or "", "verification": "verified",
                       "verified_on": _day(d.get("updatedAt")), "verified_by": "CSDL quốc gia TTHC",
                       "note": ""},
    }
