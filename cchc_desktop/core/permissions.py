"""Who may do what: the role matrix that every service entry point checks itself.

Buttons are hidden or greyed from the same matrix (``actor.can(...)``), but the
check that counts is the one in the service: a read-only account calling a
write service directly gets :class:`~cchc_desktop.core.errors.PermissionDenied`
and nothing changes.

=====================================  =====  =====  =========
Action                                 admin  staff  read-only
=====================================  =====  =====  =========
view the catalogue, the reports          ✓      ✓        ✓
edit / import the catalogue              ✓      ✓¹
guidance log, print (and its log)        ✓      ✓
record communication-plan activities     ✓      ✓
edit, import, copy communication plans   ✓
delete a guidance session                ✓
purge (catalogue, personal data)         ✓
delete to the bin, restore from it       ✓
settings, kiosk PIN                      ✓
accounts (create, reset, disable)        ✓
own password                             ✓      ✓        ✓
satisfaction rating (anonymous)          ✓      ✓        ✓
audit trail (view, export, verify)       ✓
backup, restore                          ✓
=====================================  =====  =====  =========

¹ unless the administrator turns off ``catalogue.staff_can_edit``.
The command line acts as an administrator; the kiosk is read-only and only
stores anonymous satisfaction ratings.
"""

from __future__ import annotations

from dataclasses import dataclass

from cchc_desktop.core.domain import Role

ALL_ROLES = (Role.ADMIN, Role.STAFF, Role.READONLY)


@dataclass(frozen=True)
class Permission:
    roles: tuple[Role, ...]
    action: str  # Vietnamese, completes "… không có quyền {action}"


VIEW_CATALOGUE = Permission(ALL_ROLES, "xem danh mục thủ tục")
VIEW_REPORTS = Permission(ALL_ROLES, "xem báo cáo")
EDIT_CATALOGUE = Permission((Role.ADMIN, Role.STAFF), "sửa danh mục thủ tục")
GUIDANCE = Permission((Role.ADMIN, Role.STAFF), "ghi sổ hướng dẫn")
GUIDANCE_DELETE = Permission((Role.ADMIN,), "xoá lượt hướng dẫn")
PRINT = Permission((Role.ADMIN, Role.STAFF), "in hoặc lưu tài liệu (tài khoản chỉ xem chỉ được xem trước)")
RECORD_ACTIVITIES = Permission((Role.ADMIN, Role.STAFF), "ghi kết quả thực hiện kế hoạch truyền thông")
EDIT_PLANS = Permission((Role.ADMIN,), "sửa kế hoạch truyền thông")
PURGE = Permission((Role.ADMIN,), "xoá hẳn dữ liệu")
DELETE_PROCEDURE = Permission((Role.ADMIN,), "xoá thủ tục (đưa vào Thùng rác) hoặc khôi phục từ Thùng rác")
SETTINGS = Permission((Role.ADMIN,), "thay đổi cài đặt")
ACCOUNTS = Permission((Role.ADMIN,), "quản lý tài khoản")
AUDIT = Permission((Role.ADMIN,), "xem nhật ký thay đổi")
BACKUP = Permission((Role.ADMIN,), "sao lưu dữ liệu")
RESTORE = Permission((Role.ADMIN,), "khôi phục dữ liệu")
RATE = Permission(ALL_ROLES, "ghi phiếu đánh giá sự hài lòng")  # anonymous; the kiosk's only write


def may_edit_catalogue(role: Role, staff_can_edit: bool) -> bool:
    """Administrators always; staff unless the administrator turned it off (``catalogue.staff_can_edit``)."""
    return role in EDIT_CATALOGUE.roles and (role == Role.ADMIN or bool(staff_can_edit))
