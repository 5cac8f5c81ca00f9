"""Who can sign in at this desk: the reads the first-run wizard and the sign-in screen make.

Plain SQL (:mod:`core.db.plain`), so either screen appears before SQLAlchemy is loaded; signing in
itself is :mod:`core.services.accounts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cchc_desktop.core.db.plain import Plain

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MIN_PASSWORD, MAX_PASSWORD = 8, 256  # characters


def has_accounts(source: Session | Plain) -> bool:
    """False until the first administrator exists (the app then shows the first-run wizard).

    The demo year's staff (disabled, no password: ``"!"``) do not count: nobody can sign in as them.
    """
    return Plain.of(source).value("SELECT 1 FROM staff_accounts WHERE password_hash <> '!' LIMIT 1") is not None


def only_username(source: Session | Plain) -> str | None:
    """The user name when the center has exactly one active account (the sign-in box starts with it)."""
    names = Plain.of(source).rows("SELECT username FROM staff_accounts WHERE active = ? LIMIT 2", (True,)).fetchall()
    return names[0][0] if len(names) == 1 else None


def catalogue_is_empty(source: Session | Plain) -> bool:
    """No procedure in the catalogue (the first-run wizard then offers the demo catalogue)."""
    return Plain.of(source).value("SELECT 1 FROM procedures WHERE deleted_at IS NULL LIMIT 1") is None
