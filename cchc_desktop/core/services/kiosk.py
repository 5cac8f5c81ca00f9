"""What the citizens' kiosk reads: the posted procedures, their details, the center, and a change probe.

Only procedures posted today are shown (``search.POSTED_NOW``, the posted
list's own rule): a repealed procedure leaves on its date, one not yet in
force enters on its date, and asking for any other code is "not found".
Search and ranking are the catalogue's (``search.CatalogueIndex``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from cchc_desktop.core import options
from cchc_desktop.core.db.database import Database, is_driver_error
from cchc_desktop.core.db.plain import Plain
from cchc_desktop.core.domain import Method, OnlineLevel
from cchc_desktop.core.errors import CchcError, NotFoundError
from cchc_desktop.core.options import HEAD_KEY
from cchc_desktop.core.services import search

if TYPE_CHECKING:  # the home screen reads with plain SQL; a procedure's page loads the ORM
    from sqlalchemy.orm import Session

    from cchc_desktop.core.procedure_info import ProcedureInfo
    from cchc_desktop.core.services import samples

T = TypeVar("T")
POSTED = search.Filters(posting=search.POSTED_NOW)


@dataclass(frozen=True)
class FieldTile:
    position: int  # in the index's fields
    name: str
    count: int


class KioskCatalogue:
    """The posted procedures, searchable as in the staff window."""

    def __init__(self, index: search.CatalogueIndex):
        self.index = index
        # Posted today, in name order: the SQL posting rule the index read (POSTED_NOW without
        # working out every row's posting state, which only the staff filters need).
        self.rows = [i for i, posted in enumerate(index.posted) if posted]
        self._field_rows: dict[int | None, list[int]] = {None: self.rows}

    def prepare(self) -> None:
        """Build what the first keystroke's search needs (the window calls it once the home screen shows)."""
        self.index.prepare()

    @property
    def today(self) -> dt.date:
        return self.index.today

    def __len__(self) -> int:
        return len(self.rows)

    def fields(self) -> list[FieldTile]:
        """Fields with posted procedures and how many, in Vietnamese order (no field last)."""
        counts = self.index.field_counts(self.rows)
        return [FieldTile(i, name, counts[i]) for i, name in enumerate(self.index.fields) if counts[i]]

    def search(self, text: str, field: int | None = None, limit: int | None = None) -> list[int]:
        """Positions of posted procedures matching ``text`` (and the field), best first."""
        rows = self._field_rows.get(field)
        if rows is None:
            column = self.index.field
            rows = self._field_rows[field] = [i for i in self.rows if column[i] == field]
        query = search.parse_query(text)
        if not query.empty:
            rows = self.index.rank(query, self.index.match(query, rows))
        return rows[:limit] if limit is not None else list(rows)

    def code(self, i: int) -> str:
        return self.index.codes[i]

    def name(self, i: int) -> str:
        return self.index.names[i]

    def field_name(self, i: int) -> str:
        return self.index.fields[self.index.field[i]]


def load(source: Session | Plain, today: dt.date | None = None) -> KioskCatalogue:
    return KioskCatalogue(search.load_index(source, today))


def preload() -> None:
    """Import what :func:`detail` reads with (SQLAlchemy, the models: a fifth of a second), so a
    first touch on a procedure does not wait for it. The home screen is shown without them."""
    import importlib

    for name in ("procedure_info", "services.catalogue", "services.samples"):
        importlib.import_module(f"cchc_desktop.core.{name}")


@dataclass(frozen=True)
class ChannelLine:
    method: Method
    time: str
    fees: str
    place: str


@dataclass(frozen=True)
class Detail:
    """One posted procedure as the kiosk shows it."""

    info: ProcedureInfo
    online_level: OnlineLevel
    channels: tuple[ChannelLine, ...]
    documents: tuple[samples.Document, ...]  # the sample dossier (those with a file)

    @property
    def link(self) -> str | None:
        """The same link the printed QR codes carry."""
        return self.info.link


def detail(session: Session, code: str, today: dt.date | None = None) -> Detail:
    """The procedure ``code`` if it is posted on ``today``; NotFoundError otherwise."""
    from cchc_desktop.core.procedure_info import procedure_info
    from cchc_desktop.core.services import catalogue, samples

    today = today or dt.date.today()
    try:
        p = catalogue.get_procedure(session, code)
    except NotFoundError:
        p = None
    if p is None or not p.is_posted_on(today):
        raise NotFoundError(f"Thủ tục mã {code} không có trong danh mục niêm yết.")
    info = procedure_info(p, today)
    by_method = {c.method: c for c in p.channels}
    lines = tuple(ChannelLine(Method(c.method), c.time, c.fees, by_method[Method(c.method)].note.strip())
                  for c in info.channels)
    docs = tuple(d for d in samples.documents(session, code) if d.sha256)
    return Detail(info, p.online_level, lines, docs)


@dataclass(frozen=True)
class Center:
    name: str
    address: str
    hours: str
    hotline: str
    portal_url: str
    idle_seconds: int
    printer: str
    counter: str


_CENTER_KEYS = ("center.name", "center.address", "center.hours", "center.hotline", "kiosk.portal_url",
                "kiosk.idle_seconds", "kiosk.printer", "kiosk.counter")


def center(source: Session | Plain) -> Center:
    name, address, hours, hotline, portal, idle, printer, counter = options.read(source, *_CENTER_KEYS)
    return Center(name, address, hours, hotline, portal or "https://dichvucong.gov.vn", int(idle), printer, counter)


def guarded(db: Database, work: Callable[[], T]) -> T:
    """``work()``, with any database failure said as DatabaseUnavailable (the kiosk then pauses)."""
    try:
        return work()
    except Exception as exc:
        if is_driver_error(exc):
            raise db.unavailable(exc) from None
        raise


def stamp(db: Database, today: dt.date | None = None) -> tuple:
    """A cheap value that changes whenever what the kiosk shows may have changed.

    Every change staff make is audited, and the audit trail's head (id and hash
    of the newest entry) is one settings row the kiosk may read; the procedure
    count covers rows deleted behind the app's back. The date is in
    it too: posting changes at midnight. On a SQLite file that is gone (moved,
    deleted) it raises instead of letting SQLite create an empty one.
    """
    if db.is_sqlite and not db.path.exists():
        db.dispose()  # pooled connections would go on reading the moved file
        from cchc_desktop.core.errors import DatabaseUnavailable

        raise DatabaseUnavailable(f"Không thấy tệp cơ sở dữ liệu {db.path}.")
    with db.plain() as plain:
        head = plain.value("SELECT value FROM settings WHERE key = ?", (HEAD_KEY,))
        n = plain.value("SELECT count(*) FROM procedures")
        return (today or dt.date.today(), plain.json(head), n)


class _LocalLockout:
    """The PIN's lockout counted in the kiosk process, for a database role that may not store it."""

    def __init__(self) -> None:
        self.failed = 0
        self.locked_until = 0.0

    def check(self, db: Database, pin: str, clock) -> bool:
        from cchc_desktop.core.services import accounts

        if self.locked_until > clock():
            raise CchcError(f"Mã PIN kiosk đang bị khoá vì nhập sai {accounts.LOCK_AFTER} lần. Thử lại sau ít phút.")
        if accounts.kiosk_pin_matches(db, pin):
            self.failed = 0
            return True
        self.failed += 1
        if self.failed >= accounts.LOCK_AFTER:
            self.failed, self.locked_until = 0, clock() + accounts.LOCK_FOR.total_seconds()
        return False


_LOCKOUT = _LocalLockout()


def verify_pin(db: Database, pin: str) -> bool:
    """:func:`accounts.verify_kiosk_pin` (five wrong tries lock it for five minutes).

    On PostgreSQL the kiosk's own role (``cchc kiosk-role``) may not write the
    lockout state: the kiosk then counts the tries itself, with the same rule.
    """
    import time

    from sqlalchemy.exc import DBAPIError

    from cchc_desktop.core.services import accounts  # argon2: loaded when a PIN is first typed

    try:
        return accounts.verify_kiosk_pin(db, pin)
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42501":  # insufficient_privilege
            raise
    return _LOCKOUT.check(db, pin, time.monotonic)
