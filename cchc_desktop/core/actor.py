"""Who is acting: every service call that changes data takes an :class:`Actor`."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from cchc_desktop.core.domain import Role
from cchc_desktop.core.errors import PermissionDenied
from cchc_desktop.core.permissions import Permission


@dataclass(frozen=True)
class Actor:
    """A signed-in staff member, the command line, or the kiosk.

    ``name`` is what the audit trail records (the user name of an account);
    ``full_name`` is what the screens show.
    """

    name: str
    role: Role
    account_id: int | None = None
    full_name: str = ""

    @property
    def display_name(self) -> str:
        return self.full_name or self.name

    @classmethod
    def command_line(cls) -> Actor:
        """The command line acts with the rights of whoever can open the database."""
        try:
            user = getpass.getuser()
        except OSError:  # no login name (e.g. a service account without one)
            user = "unknown"
        return cls(f"cli:{user}", Role.ADMIN)

    @classmethod
    def kiosk(cls) -> Actor:
        return cls("kiosk", Role.READONLY)

    def can(self, *what: Role | Permission) -> bool:
        """True when the actor holds the permission (or one of the roles)."""
        return self.role in _roles(what)

    def require(self, *what: Role | Permission, action: str = "") -> None:
        """Raise :class:`PermissionDenied` unless the actor holds the permission (or one of the roles)."""
        if not self.can(*what):
            action = action or next((p.action for p in what if isinstance(p, Permission)), "thao tác này")
            raise PermissionDenied(
                f"Tài khoản “{self.name}” ({self.role.label}) không có quyền {action}.")


def _roles(what: tuple[Role | Permission, ...]) -> set[Role]:
    roles: set[Role] = set()
    for item in what:
        roles.update(item.roles if isinstance(item, Permission) else (item,))
    return roles
