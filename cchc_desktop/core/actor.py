"""Who is acting: every service call that changes data takes an :class:`Actor`."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from cchc_desktop.core.domain import Role
from cchc_desktop.core.errors import PermissionDenied


@dataclass(frozen=True)
class Actor:
    """A signed-in staff member, the command line, or the kiosk."""

    name: str
    role: Role
    account_id: int | None = None

    @classmethod
    def command_line(cls) -> Actor:
        """The command line acts with the rights of whoever can open the database."""
        try:
            user = getpass.getuser()
        except OSError:  # no login name (e.g. a service account without one)
            user = "unknown"
        return cls(f"cli:{user}", Role.ADMIN)

    @classmethod
    def desktop(cls) -> Actor:
        """The staff app before sign-in exists: the PC's user, like the command line."""
        command_line = cls.command_line()
        return cls("app:" + command_line.name.removeprefix("cli:"), command_line.role)

    @classmethod
    def kiosk(cls) -> Actor:
        return cls("kiosk", Role.READONLY)

    def require(self, *roles: Role, action: str = "thao tác này") -> None:
        """Raise :class:`PermissionDenied` unless the actor holds one of ``roles``."""
        if self.role not in roles:
            raise PermissionDenied(
                f"Tài khoản “{self.name}” ({self.role.label}) không có quyền {action}.")
