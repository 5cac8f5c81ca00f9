"""Vocabulary of the national TTHC record (NĐ 63/2010 Điều 8 and the portal API).

Enum values are the stable English tokens stored in the database and in
exports; ``label`` is the Vietnamese wording used in printed documents and the
command line (the GUI translates its own labels through Qt).
"""

from __future__ import annotations

import enum
import re
from urllib.parse import urlsplit

from cchc_desktop.core.errors import ValidationError


class LabelledEnum(enum.StrEnum):
    """A ``StrEnum`` with a Vietnamese label per member."""

    label: str

    def __new__(cls, value: str, label: str = ""):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj


class Level(LabelledEnum):
    COMMUNE = "commune", "Cấp xã"
    PROVINCE = "province", "Cấp tỉnh"
    CENTRAL = "central", "Cấp trung ương"
    OTHER = "other", "Cơ quan khác"


class Method(LabelledEnum):
    """Submission channel (cách thức thực hiện)."""

    DIRECT = "direct", "Trực tiếp"
    ONLINE = "online", "Trực tuyến"
    POSTAL = "postal", "Dịch vụ bưu chính"


class TimeUnit(LabelledEnum):
    WORKING_DAY = "working_day", "ngày làm việc"
    DAY = "day", "ngày"
    HOUR = "hour", "giờ"
    MONTH = "month", "tháng"
    YEAR = "year", "năm"
    OTHER = "other", "khác"


class FeeKind(LabelledEnum):
    FEE = "fee", "Lệ phí"
    CHARGE = "charge", "Phí"
    PRICE = "price", "Giá"


class OnlineLevel(LabelledEnum):
    """Online public service level (NĐ 42/2022/NĐ-CP)."""

    FULL = "full", "Toàn trình"
    PARTIAL = "partial", "Một phần"
    NONE = "none", "Không"


class Lifecycle(LabelledEnum):
    IN_FORCE = "in_force", "Đang có hiệu lực"
    AMENDED = "amended", "Được sửa đổi, bổ sung"
    REPEALED = "repealed", "Bị bãi bỏ"
    PENDING = "pending", "Chưa có hiệu lực"


class Verification(LabelledEnum):
    VERIFIED = "verified", "Đã đối chiếu"
    PARTIAL = "partial", "Đối chiếu một phần"
    UNVERIFIED = "unverified", "Chưa đối chiếu"


class Role(LabelledEnum):
    ADMIN = "admin", "Quản trị"
    STAFF = "staff", "Cán bộ"
    READONLY = "readonly", "Chỉ xem"


class SampleKind(LabelledEnum):
    FILLED = "filled", "Mẫu đã điền"
    BLANK = "blank", "Mẫu trống"


class PrintResult(LabelledEnum):
    OK = "ok", "Thành công"
    FAILED = "failed", "Thất bại"
    CANCELLED = "cancelled", "Đã huỷ"


class GuidanceKind(LabelledEnum):
    """What a guidance session helped with (the ward plan, item IV.1.g)."""

    ONLINE_SUBMISSION = "online_submission", "Nộp hồ sơ trực tuyến"
    ONLINE_PAYMENT = "online_payment", "Thanh toán trực tuyến"
    ACCOUNT = "account", "Tạo hoặc kích hoạt tài khoản VNeID / Cổng DVC"
    POSTAL = "postal", "Dịch vụ bưu chính công ích"
    LOOKUP = "lookup", "Tra cứu thông tin"
    OTHER = "other", "Khác"


class GuidanceChannel(LabelledEnum):
    """Where the guidance was given (not the submission channel, :class:`Method`)."""

    COUNTER = "counter", "Tại quầy"
    PHONE = "phone", "Điện thoại"
    SOCIAL = "social", "Zalo hoặc mạng xã hội"
    MOBILE = "mobile", "Lưu động / Tổ công nghệ số cộng đồng"


class GuidanceOutcome(LabelledEnum):
    SUBMITTED = "submitted", "Nộp trực tuyến thành công"
    PAID = "paid", "Đã thanh toán trực tuyến"
    FOLLOW_UP = "follow_up", "Chưa xong – hẹn lại"
    REFERRED = "referred", "Chuyển bộ phận khác"


class TimeFrame(LabelledEnum):
    """When a task of the communication plan is done (thời gian thực hiện)."""

    YEAR = "year", "Trong năm"
    MONTHLY = "monthly", "Hàng tháng"
    REGULAR = "regular", "Thường xuyên"
    BY_DATE = "by_date", "Đến ngày"


class TargetPer(LabelledEnum):
    """The window a plan target counts over."""

    WEEK = "week", "tuần"
    MONTH = "month", "tháng"
    QUARTER = "quarter", "quý"
    YEAR = "year", "năm"


class ProductKind(LabelledEnum):
    """The kind of product a communication activity made."""

    NEWS = "news", "Bản tin"
    ARTICLE = "article", "Bài viết"
    VIDEO = "video", "Video, clip"
    BROADCAST = "broadcast", "Phát thanh loa"
    PRINTED = "printed", "Ấn phẩm in"
    MEETING = "meeting", "Hội nghị, đối thoại"
    TRAINING = "training", "Tập huấn"
    CONTEST = "contest", "Hội thi"
    OTHER = "other", "Khác"


class Progress(LabelledEnum):
    """Where a plan target stands in one window (month, week…); computed, never stored."""

    MET = "met", "Đạt"
    ON_TRACK = "on_track", "Đúng tiến độ"
    BEHIND = "behind", "Chậm tiến độ"
    MISSED = "missed", "Không đạt"
    UPCOMING = "upcoming", "Chưa đến kỳ"

# --- national procedure code ------------------------------------------------
CODE_RE = re.compile(r"^\d\.\d{6}$")
_CODE_IN_TEXT = re.compile(r"^\s*(\d\.\d{6})(?=$|[.\s])")


def normalize_code(raw: str) -> str:
    """National code ``d.dddddd`` from its suffixed forms (``1.012753.H19``,
    ``2.000815.000.00.00.H55``, case code ``1.001193.01``)."""
    match = _CODE_IN_TEXT.match(raw or "")
    if not match:
        raise ValidationError(
            f"Mã thủ tục “{(raw or '').strip()}” không đúng dạng: cần dạng 1.001193 "
            "(một chữ số, dấu chấm, sáu chữ số).", "code")
    return match.group(1)


# --- links --------------------------------------------------------------------
PORTAL_HOST = "dichvucong.gov.vn"
PORTAL_PROCEDURE_URL = "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/{formality_id}"
_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def portal_url(formality_id: str | None) -> str | None:
    """The procedure's page on the national portal, known only from its formalityId."""
    if formality_id and _UUID_RE.match(formality_id.lower()):
        return PORTAL_PROCEDURE_URL.format(formality_id=formality_id.lower())
    return None


_PLAIN_HTTPS = re.compile(r"https://[A-Za-z0-9.-]+(?:[:/?#]|$)")


def check_url(url: str, what: str = "Đường liên kết") -> str:
    """An https URL with a host, or a Vietnamese ValidationError saying why not."""
    url = url.strip()
    if " " not in url and _PLAIN_HTTPS.match(url):  # nearly every link: no need to take it apart
        return url
    try:
        host = urlsplit(url).hostname if url.lower().startswith("https:") else None
    except ValueError:  # "https://[::1/…": a bracket left open
        host = None
    if not host or " " in url:
        raise ValidationError(f"{what} “{url}” không hợp lệ: phải bắt đầu bằng https:// "
                              "và có tên miền.", "url")
    return url


def is_official_host(url: str) -> bool:
    """True for the national portal and the provinces' ``*.gov.vn`` portals."""
    host = (urlsplit(url).hostname or "").lower()
    return host == PORTAL_HOST or host.endswith(".gov.vn") or host == "gov.vn"


def link_warning(url: str | None, what: str = "Đường liên kết") -> str | None:
    """What to say (a warning, not a refusal) about a valid link to a host other than an official portal."""
    url = (url or "").strip()
    host = urlsplit(url).hostname or ""
    if not url.startswith("https://") or not host or is_official_host(url):
        return None
    return (f"{what} trỏ tới “{host}”, không phải Cổng Dịch vụ công quốc gia hay cổng dịch vụ công của tỉnh: "
            "hãy kiểm tra lại trước khi in mã QR.")
