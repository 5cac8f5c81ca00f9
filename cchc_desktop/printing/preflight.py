"""Preflight: what a print shop checks before a job, as a list of Vietnamese sentences.

Errors block the output (a repealed procedure, text that does not fit, a QR
code too small to scan, a character the font cannot draw); warnings are shown
and the document still prints (no link, not checked against the province's
decision for too long, center details missing, a section left out for room).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from cchc_desktop.core.domain import Lifecycle, Verification, is_official_host
from cchc_desktop.core.procedure_info import PrintData, ProcedureInfo

ERROR, WARNING, INFO = "error", "warning", "info"  # info: a check passed, stated (a panel's QR codes)
GROUP_AFTER = 3
# One line for a warning that concerns many procedures ({n} of them, {codes} the first few).
SUMMARIES = {
    "stale": "{n} thủ tục chưa được đối chiếu với Quyết định công bố của tỉnh hoặc đã quá hạn đối chiếu "
             "({codes}): kiểm tra thời hạn, phí, lệ phí trước khi in.",
    "no_channels": "{n} thủ tục chưa có thời hạn giải quyết, phí, lệ phí ({codes}): tài liệu ghi “theo "
                   "Quyết định công bố của tỉnh”.",
    "no_dossier": "{n} thủ tục chưa có thành phần hồ sơ ({codes}): tài liệu chỉ ghi “xem thành phần hồ sơ "
                  "trên Cổng dịch vụ công”.",
    "no_link": "{n} thủ tục chưa có đường liên kết dịch vụ công trực tuyến ({codes}): in dòng “Tra cứu mã … "
               "trên dichvucong.gov.vn” thay cho mã QR.",
    "not_posted": "{n} thủ tục chưa được niêm yết tại Trung tâm ({codes}).",
    "pages": "{n} tài liệu dài hơn số trang dự kiến vì nội dung dài ({codes}).",
    "dropped": "{n} tài liệu đã lược bớt phần lưu ý hoặc trình tự thực hiện vì không đủ chỗ ({codes}); người "
               "dân xem đầy đủ khi quét mã QR.",
    "truncated": "{n} nhãn có tên thủ tục được rút gọn để vừa nhãn ({codes}).",
}
CENTER_LABELS = {"name": "tên", "address": "địa chỉ", "hours": "giờ làm việc",
                 "hotline": "đường dây nóng", "social_url": "trang mạng xã hội"}


@dataclass(frozen=True)
class Issue:
    severity: str
    code: str
    message: str
    procedure: str = ""
    page: int | None = None

    @property
    def blocking(self) -> bool:
        return self.severity == ERROR


class Collector:
    """Issues found while preparing and laying out a document, each reported once."""

    def __init__(self) -> None:
        self._issues: list[Issue] = []
        self._seen: set[tuple[str, str, str]] = set()

    def add(self, severity: str, code: str, message: str, procedure: str = "", page: int | None = None) -> None:
        key = (code, procedure, message)
        if key not in self._seen:
            self._seen.add(key)
            self._issues.append(Issue(severity, code, message, procedure, page))

    def error(self, code: str, message: str, procedure: str = "", page: int | None = None) -> None:
        self.add(ERROR, code, message, procedure, page)

    def warning(self, code: str, message: str, procedure: str = "", page: int | None = None) -> None:
        self.add(WARNING, code, message, procedure, page)

    def issues(self) -> list[Issue]:
        """Errors first, each group in the order found; many like warnings become one line."""
        by_code: dict[str, list[Issue]] = {}
        for issue in self._issues:
            if issue.severity == WARNING and issue.procedure and issue.code in SUMMARIES:
                by_code.setdefault(issue.code, []).append(issue)
        out: list[Issue] = []
        summarised: set[str] = set()
        for issue in self._issues:
            group = by_code.get(issue.code)
            if group is None or len(group) <= GROUP_AFTER or issue not in group:
                out.append(issue)
            elif issue.code not in summarised:
                summarised.add(issue.code)
                codes = list(dict.fromkeys(i.procedure for i in group))
                shown = ", ".join(codes[:10]) + (", …" if len(codes) > 10 else "")
                out.append(Issue(WARNING, issue.code, SUMMARIES[issue.code].format(n=len(codes), codes=shown)))
        order = {ERROR: 0, WARNING: 1, INFO: 2}
        return sorted(out, key=lambda i: order.get(i.severity, 1))


def has_errors(issues: Iterable[Issue]) -> bool:
    return any(i.blocking for i in issues)


def _date(value: dt.date) -> str:
    return value.strftime("%d/%m/%Y")


def _months_between(earlier: dt.date, later: dt.date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)


def who(p: ProcedureInfo) -> str:
    """How a message names a procedure: code and a short name."""
    name = p.name if len(p.name) <= 70 else p.name[:69].rstrip() + "…"
    return f"Thủ tục {p.code} “{name}”"


def check_procedure(p: ProcedureInfo, data: PrintData, needs: set[str], out: Collector) -> None:
    day = data.day
    if not p.in_force:
        if p.lifecycle == Lifecycle.PENDING:
            reason = "chưa có hiệu lực"
        elif p.effective_until is not None and p.effective_until <= day:
            reason = f"hết hiệu lực từ ngày {_date(p.effective_until)}"
        else:
            reason = "đã bị bãi bỏ"
        out.error("not_in_force", f"{who(p)} {reason}: không in để niêm yết hay phát cho người dân.", p.code)
    elif p.effective_until is not None:
        out.warning("expiring", f"{who(p)} hết hiệu lực từ ngày {_date(p.effective_until)}: tài liệu in chỉ "
                                "dùng đến trước ngày đó.", p.code)
    if p.in_force and not p.posted:
        out.warning("not_posted", f"{who(p)} chưa được niêm yết tại Trung tâm vào ngày {_date(day)}.", p.code)
    if "verified" in needs:
        months = data.center.review_after_months
        if p.verified_on is None or p.verification == Verification.UNVERIFIED:
            out.warning("stale", f"{who(p)} chưa được đối chiếu với Quyết định công bố của tỉnh: kiểm tra "
                                 "thời hạn, phí, lệ phí trước khi in.", p.code)
        elif _months_between(p.verified_on, day) >= months:
            out.warning("stale", f"{who(p)} được đối chiếu lần cuối ngày {_date(p.verified_on)}, đã quá "
                                 f"{months} tháng: cần đối chiếu lại trước khi in.", p.code)
        elif p.verification == Verification.PARTIAL:
            out.warning("stale", f"{who(p)} mới đối chiếu một phần (ngày {_date(p.verified_on)}): kiểm tra "
                                 "thời hạn, phí, lệ phí trước khi in.", p.code)
    if "link" in needs:
        if not p.link:
            out.warning("no_link", f"{who(p)} chưa có đường liên kết dịch vụ công trực tuyến: in dòng “Tra "
                                   f"cứu mã {p.code} trên dichvucong.gov.vn” thay cho mã QR.", p.code)
        elif not is_official_host(p.link):
            host = urlsplit(p.link).hostname or p.link
            out.warning("link_host", f"Đường liên kết của thủ tục {p.code} trỏ tới {host}, không "
                                     "thuộc Cổng dịch vụ công (*.gov.vn): kiểm tra lại trước khi in.", p.code)
    if "channels" in needs and not p.channels:
        out.warning("no_channels", f"{who(p)} chưa có thời hạn giải quyết, phí, lệ phí: tài liệu ghi “theo "
                                   "Quyết định công bố của tỉnh”.", p.code)
    if "dossier" in needs and p.documents == 0:
        out.warning("no_dossier", f"{who(p)} chưa có thành phần hồ sơ: tài liệu chỉ ghi “xem thành phần hồ sơ "
                                  "trên Cổng dịch vụ công”.", p.code)


def check_content(data: PrintData, needs: set[str], *, needs_procedures: bool, out: Collector) -> None:
    """Checks on what will be printed, before any layout."""
    if needs_procedures and not data.procedures:
        out.error("empty", "Không có thủ tục nào để in: chọn lĩnh vực hoặc thủ tục đã niêm yết.")
    for p in data.procedures:
        check_procedure(p, data, needs, out)
    missing = [label for key, label in CENTER_LABELS.items()
               if f"center.{key}" in needs and not getattr(data.center, key)]
    if missing:
        out.warning("center", f"Chưa nhập {', '.join(missing)} của Trung tâm trong Cài đặt: tài liệu in "
                              "sẽ thiếu các thông tin này.")
