"""Finding procedures: one index and one ranking for the staff window, the kiosk and ``cchc search``.

The index keeps the light columns of every procedure as parallel lists in
Vietnamese order of name, so a keystroke is a few passes of substring tests
over short strings, never a database query. Queries are folded like the
stored ``search_key`` (case, tones, đ/d, composed or decomposed input).

Ranking, best first:

1. the exact code, then the codes starting with what was typed, in code order;
2. matches that keep the accents typed (“hộ” ranks “hộ tịch” above “hỗ trợ”);
3. where the text matches: at the start of the name (a leading “Thủ tục”
   ignored), of a keyword or of a friendly name; a whole word; the start of a
   word; inside a word; words found apart;
4. ties in Vietnamese order of name.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any

from cchc_desktop.core import options
from cchc_desktop.core import text as vtext
from cchc_desktop.core.db.plain import Plain
from cchc_desktop.core.domain import Level, Lifecycle, OnlineLevel, Verification
from cchc_desktop.core.posting import NO_FIELD, POSTED_SQL, POSTED_SQL_PARAMS, Posting, months_before, posting_state

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_CODE_PREFIX = re.compile(r"^\d(?:\.\d{0,6})?$")
_SUFFIXED_CODE = re.compile(r"^(\d\.\d{6})[.\w-]+$")
_EDGE_PUNCTUATION = ",;:!?()[]{}\"'“”‘’«»…"


@dataclass(frozen=True)
class Query:
    """A typed query, folded once."""

    text: str
    folded: str
    tokens: tuple[str, ...]
    accent_phrase: str  # the tokens as typed (accent_key form), when some carry marks or đ
    accented: tuple[str, ...]  # the tokens typed with marks or đ, in accent_key form
    code: str | None  # the query read as a code or the start of one

    @property
    def empty(self) -> bool:
        return not self.tokens

    def narrows(self, previous: Query) -> bool:
        """True when every match of this query is also a match of ``previous``."""
        return self.folded.startswith(previous.folded)


def parse_query(text: str) -> Query:
    folded_tokens = [t.strip(_EDGE_PUNCTUATION) for t in vtext.fold(text).split()]
    accent_tokens = [t.strip(_EDGE_PUNCTUATION) for t in vtext.accent_key(text).split()]
    tokens = tuple(t for t in folded_tokens if t)
    accented: tuple[str, ...] = ()
    phrase = ""
    if len(accent_tokens) == len(folded_tokens):
        accented = tuple(a for a, f in zip(accent_tokens, folded_tokens) if a and a != f)
        phrase = " ".join(a for a in accent_tokens if a) if accented else ""
    code = None
    if len(tokens) == 1:
        suffixed = _SUFFIXED_CODE.match(tokens[0])
        if suffixed:
            code = suffixed.group(1)
            tokens = (code,)
        elif _CODE_PREFIX.match(tokens[0]):
            code = tokens[0]
    return Query(text, " ".join(tokens), tokens, phrase, accented, code)


POSTED_NOW = frozenset({Posting.POSTED, Posting.LEAVING})  # what the kiosk lists


@dataclass(frozen=True)
class Filters:
    """What the catalogue page (and the kiosk) narrow the list by; None means any."""

    field: int | None = None  # position in CatalogueIndex.fields (its last one: no field)
    level: Level | None = None
    lifecycle: Lifecycle | None = None
    posting: frozenset[Posting] | None = None  # any of these states
    online_level: OnlineLevel | None = None
    needs_review: bool = False


class CatalogueIndex:
    """Every procedure's light columns, positions 0…n-1 in Vietnamese order of name."""

    def __init__(self, cols: list[Any], fields: list[str], today: dt.date, review_months: int):
        self.today = today
        self.review_months = review_months
        self.fields = fields  # Vietnamese order; the last entry stands for "no field"
        self.no_field = len(fields) - 1
        (self.codes, self.names, self.field, self.level, self.lifecycle, self.online_level,
         self.verification, self.verified_on, self.posted_since, self.posted_until, self.effective_from,
         self.effective_until, posted, review, self.hay, extra) = cols
        self.posted = list(map(bool, posted))
        self.needs_review = list(map(bool, review))
        self._extra = extra  # keywords and friendly names, for the accent text
        self._accent: _Texts | None = None
        self._folded: _Texts | None = None
        self._code_order: list[int] | None = None
        self._sorted_codes: list[str] = []
        self._position = {code: i for i, code in enumerate(self.codes)}
        n = len(self.codes)
        # Integer sort keys (key * n + position) keep name order within equal keys.
        self.field_order = [f * n + i for i, f in enumerate(self.field)]
        self._posting: list[Posting] | None = None
        self._posting_memo: dict[int, tuple[Posting, dt.date | None]] = {}

    def __len__(self) -> int:
        return len(self.codes)

    def position(self, code: str) -> int | None:
        return self._position.get(code)

    # --- derived columns, computed on first use --------------------------------
    def texts(self, accented: bool) -> _Texts:
        """The folded search text, or the case-folded NFC text that keeps accents (stored text is NFC)."""
        if accented:
            if self._accent is None:
                full = (f"{c} | {n} | {' | '.join(x)}".casefold() if x else f"{c} | {n}".casefold()
                        for c, n, x in zip(self.codes, self.names, self._extra))
                parts = {i: [p.casefold() for p in x] for i, x in enumerate(self._extra) if x}
                self._accent = _Texts(full, [len(c) + 3 for c in self.codes], "thủ tục ", parts)
            return self._accent
        if self._folded is None:
            parts = {i: [vtext.fold(p) for p in x] for i, x in enumerate(self._extra) if x}
            self._folded = _Texts(self.hay, [len(c) + 3 for c in self.codes], "thu tuc ", parts)
        return self._folded

    def code_order(self) -> list[int]:
        """Positions in code order (a code typed lists its matches so)."""
        if self._code_order is None:
            self._code_order = sorted(range(len(self)), key=self.codes.__getitem__)
            self._sorted_codes = [self.codes[i] for i in self._code_order]
        return self._code_order

    def prepare(self) -> None:
        """Build what the first search would (so the first keystroke does not wait for it)."""
        self.texts(False).starts()
        self.texts(True).starts()
        self.code_order()

    def _posting_state(self, i: int) -> tuple[Posting, dt.date | None]:
        state = self._posting_memo.get(i)
        if state is None:  # asked for the rows on screen, again at every repaint
            state = self._posting_memo[i] = posting_state(
                self.today, self.posted_since[i], self.posted_until[i], self.lifecycle[i],
                self.effective_from[i], self.effective_until[i])
        return state

    def posting(self, i: int) -> Posting:
        if self._posting is not None:
            return self._posting[i]
        return self._posting_state(i)[0]

    def posting_change(self, i: int) -> dt.date | None:
        """The next date the row enters or leaves the posted list, if one is set."""
        return self._posting_state(i)[1]

    # --- filtering and searching ------------------------------------------------
    def select(self, filters: Filters) -> list[int]:
        """Positions passing the filters, in name order."""
        rows = range(len(self))
        if filters.field is not None:
            f, col = filters.field, self.field
            rows = [i for i in rows if col[i] == f]
        for value, col in ((filters.level, self.level), (filters.lifecycle, self.lifecycle),
                           (filters.online_level, self.online_level)):
            if value is not None:
                rows = [i for i in rows if col[i] is value]
        if filters.needs_review:
            col = self.needs_review
            rows = [i for i in rows if col[i]]
        if filters.posting is not None:
            if self._posting is None:
                self._posting = [self.posting(i) for i in range(len(self))]
            want, col = filters.posting, self._posting
            rows = [i for i in rows if col[i] in want]
        return list(rows)

    def match(self, query: Query, within: list[int]) -> list[int]:
        """Positions of ``within`` containing every token, in the order given."""
        hay = self.hay
        rows = within
        for token in sorted(query.tokens, key=len, reverse=True):
            rows = [i for i in rows if token in hay[i]]
        return rows

    def rank(self, query: Query, rows: list[int], *, first: int | None = None) -> list[int]:
        """``rows`` (matches of ``query``, in name order) best first; see the module docstring.

        Rows are split into ordered buckets, one cheap test per pass, so each
        bucket keeps name order and the result is their concatenation. With
        ``first``, only the first ``first`` rows are sure to be in their final
        place (the rest follow in name order): enough for a screen while the
        user types, and each pass stops as soon as that page is full.
        """
        if query.empty or not rows:
            return list(rows)
        if first is not None and first < len(rows):
            top = self._top(query, rows, first)
            taken = set(top)
            return top + [i for i in rows if i not in taken]
        buckets: list[list[int]] = []
        if query.code:
            run = self._code_run(query.code, rows)
            taken = set(run)
            rows = [i for i in rows if i not in taken] if taken else rows
            buckets.append(run)
        if query.accented:
            accent = self.texts(True)
            phrase = query.accent_phrase
            found, rows = _split(rows, [i for i in rows if phrase in accent.full[i]])
            buckets += accent.by_place(found, phrase, whole_query=True)
            if len(query.tokens) > 1:
                apart = rows
                for token in query.accented:
                    apart = [i for i in apart if token in accent.full[i]]
                apart, rows = _split(rows, apart)
                buckets.append(apart)
        buckets += self.texts(False).by_place(rows, query.folded, whole_query=len(query.tokens) == 1)
        return [i for bucket in buckets for i in bucket]

    def _code_run(self, code: str, rows: list[int]) -> list[int]:
        """The rows whose code starts with ``code``, in code order (the exact code first)."""
        order, codes = self.code_order(), self._sorted_codes
        run = order[bisect_left(codes, code):bisect_left(codes, code + "\uffff")]
        if len(rows) < len(self):
            allowed = set(rows)
            run = [i for i in run if i in allowed]
        return run

    def _top(self, query: Query, rows: list[int], count: int) -> list[int]:
        """The first ``count`` rows of the full ranking, scanning each bucket only until the page is full.

        Buckets come in rank order and each keeps name order, so bucket j's
        rows are those passing its test that no earlier bucket took.
        """
        out: list[int] = []
        seen: set[int] = set()

        def add(rows_in_order: Iterable[int]) -> bool:
            new = list(islice(rows_in_order, count - len(out)))
            out.extend(new)
            seen.update(new)
            return len(out) >= count

        if query.code and add(self._code_run(query.code, rows)):
            return out
        if query.accented:
            accent = self.texts(True)
            for bucket in accent.places(rows, query.accent_phrase, seen):
                if add(bucket):
                    return out
            if len(query.tokens) > 1:
                full, tokens = accent.full, query.accented
                if add(i for i in rows if i not in seen and all(t in full[i] for t in tokens)):
                    return out
        for bucket in self.texts(False).places(rows, query.folded, seen):
            if add(bucket):
                return out
        add(i for i in rows if i not in seen)
        return out

    def search(self, text: str, filters: Filters = Filters(), limit: int | None = None) -> list[int]:
        """Positions matching ``text`` and ``filters``, best first (all of them, in name order, for no text)."""
        query = parse_query(text)
        rows = self.select(filters)
        if not query.empty:
            rows = self.rank(query, self.match(query, rows))
        return rows[:limit] if limit is not None else rows

    def field_counts(self, rows: list[int]) -> Counter[int]:
        return Counter(map(self.field.__getitem__, rows))


def _split(rows: list[int], chosen: list[int]) -> tuple[list[int], list[int]]:
    """``chosen`` (a sublist of ``rows``) and the other rows, both in the order of ``rows``."""
    if not chosen:
        return chosen, rows
    if len(chosen) == len(rows):
        return chosen, []
    taken = set(chosen)
    return chosen, [i for i in rows if i not in taken]


class _Texts:
    """One searchable text per row, with what ranking by place needs."""

    def __init__(self, full: Iterable[str], name_at: list[int], prefix: str, parts: dict[int, list[str]]):
        # "code | name | keyword | …", punctuation spaced off so words end at a space.
        self.full = [t.replace(",", " ,").replace("(", "( ").replace(")", " )") for t in full]
        self._name_at = name_at  # where the name starts in ``full``
        self._prefix = prefix  # "thủ tục " (or folded), ignored at the start of a name
        self._parts = parts  # the keywords and friendly names of the rows that have some
        self._starts: list[int] | None = None

    def starts(self) -> list[int]:
        """Where each name starts in ``full``, past a leading "thủ tục": a prefix test is then one
        ``full[i].startswith(phrase, starts[i])`` (offsets, not copies: they are small integers)."""
        if self._starts is None:
            prefix, width = self._prefix, len(self._prefix)
            self._starts = [k + width if t.startswith(prefix, k) else k for t, k in zip(self.full, self._name_at)]
        return self._starts

    def by_place(self, rows: list[int], phrase: str, *, whole_query: bool) -> list[list[int]]:
        """``rows`` by where ``phrase`` is: at the start of the name or of a keyword or friendly name,
        a whole word, the start of a word, inside a word, not as one piece. ``whole_query``: every
        row is known to contain ``phrase`` (a one-word query), which spares a pass."""
        full, starts = self.full, self.starts()
        extra = {i for i, parts in self._parts.items() if any(p.startswith(phrase) for p in parts)}
        start, rest = _split(rows, [i for i in rows if full[i].startswith(phrase, starts[i]) or i in extra])
        word = " " + phrase
        words, rest = _split(rest, [i for i in rest if word in full[i]])
        space = word + " "
        whole, prefixes = _split(words, [i for i in words if space in full[i] or full[i].endswith(word)]
                                 if len(phrase) > 1 else [])
        if whole_query:
            return [start, whole, prefixes, rest]
        inside, apart = _split(rest, [i for i in rest if phrase in full[i]])
        return [start, whole, prefixes, inside, apart]


    def places(self, rows: list[int], phrase: str, seen: set[int]) -> Iterator[Iterator[int]]:
        """:meth:`by_place`'s buckets as lazy scans (rows in ``seen``, updated by the caller, left out);
        the rows without ``phrase`` as one piece are not among them.

        The first scan also gathers the rows holding ``phrase``: the later buckets are asked for only
        when the first one could not fill the page, and then scan just those rows.
        """
        full, starts = self.full, self.starts()
        extra = {i for i, parts in self._parts.items() if any(p.startswith(phrase) for p in parts)}
        having: list[int] = []
        scanned = False

        def first() -> Iterator[int]:
            nonlocal scanned
            for i in rows:
                if i in seen:
                    continue
                text = full[i]
                if i in extra or phrase in text:
                    having.append(i)
                    if i in extra or text.startswith(phrase, starts[i]):
                        yield i
            scanned = True

        yield first()
        if not scanned:  # the caller stopped reading the first bucket early
            having = [i for i in rows if i in extra or phrase in full[i]]
        word = " " + phrase
        space = word + " "
        if len(phrase) > 1:
            yield (i for i in having if i not in seen and (space in full[i] or full[i].endswith(word)))
        yield (i for i in having if i not in seen and word in full[i])
        yield (i for i in having if i not in seen)


class LiveSearch:
    """Search as the user types: each keystroke narrows the previous matches when it can."""

    def __init__(self, index: CatalogueIndex):
        self.index = index
        self._base_key: Filters | None = None
        self._base: list[int] = []
        self._query = parse_query("")
        self._matches: list[int] = []

    def matches(self, text: str, filters: Filters) -> tuple[Query, list[int]]:
        """The query and its matches (name order) under ``filters``."""
        index = self.index
        query = parse_query(text)
        if filters != self._base_key:
            self._base_key, self._base = filters, index.select(filters)
            self._query, self._matches = parse_query(""), self._base
        if query.empty:
            matches = self._base
        elif query.narrows(self._query):
            matches = index.match(query, self._matches)
        else:
            matches = index.match(query, self._base)
        self._query, self._matches = query, matches
        return query, matches


def load_index(source: Session | Plain, today: dt.date | None = None) -> CatalogueIndex:
    """Read the light columns of every procedure (one query) into an index.

    Plain SQL (see :mod:`core.db.plain`): the staff window and the kiosk show their list before
    SQLAlchemy is loaded. The query hands back values that need no per-row conversion: enums as
    their position in the enum (small integers, which Python never allocates), dates and JSON
    lists as text, converted when looked at.
    """
    plain = Plain.of(source)
    today = today or dt.date.today()
    (months,) = options.read(plain, "catalogue.review_after_months")
    cutoff = months_before(today, months)
    fields = plain.rows("SELECT id, name FROM fields ORDER BY sort_key, id").fetchall()
    field_pos: dict[int | None, int] = {fid: i for i, (fid, _) in enumerate(fields)}
    field_pos[None] = len(fields)
    cols: list[Any] = [[] for _ in range(17)]
    cursor = plain.rows(_INDEX_SQL, [today.isoformat()] * POSTED_SQL_PARAMS + [cutoff.isoformat()])
    while rows := cursor.fetchmany(2000):  # a slice at a time: 20,000 rows never sit twice in memory
        for col, values in zip(cols, zip(*rows)):
            col.extend(values)
    cursor.close()
    cols[2] = list(map(field_pos.__getitem__, cols[2]))
    for pos, enum_cls in enumerate(_ENUMS.values(), start=3):
        cols[pos] = list(map(tuple(enum_cls).__getitem__, cols[pos]))
    for pos in range(7, 12):
        cols[pos] = _Dates(cols[pos])
    cols[15] = [None if k is None and f is None else [*json.loads(k or "[]"), *json.loads(f or "[]")]
                for k, f in zip(cols[15], cols.pop(16))]
    return CatalogueIndex(cols, [name for _, name in fields] + [NO_FIELD], today, months)


def _position(column: str, enum_cls: type[enum.Enum]) -> str:
    """The enum column as the position of its member (the stored text compared as is)."""
    return f"CASE {column} " + " ".join(f"WHEN '{m.value}' THEN {i}" for i, m in enumerate(enum_cls)) + " END"


_ENUMS = {"level": Level, "lifecycle": Lifecycle, "online_level": OnlineLevel, "verification": Verification}
_INDEX_SQL = (
    "SELECT code, name, field_id, "
    + ", ".join(_position(c, e) for c, e in _ENUMS.items())
    + ", " + ", ".join(f"CAST({c} AS VARCHAR)" for c in ("verified_on", "posted_since", "posted_until",
                                                           "effective_from", "effective_until"))
    + f", CASE WHEN {POSTED_SQL} THEN 1 ELSE 0 END"
    + ", CASE WHEN verified_on IS NULL OR verified_on <= ? THEN 1 ELSE 0 END"
    + ", search_key, NULLIF(CAST(keywords AS VARCHAR), '[]'), NULLIF(CAST(friendly_names AS VARCHAR), '[]')"
    + " FROM procedures WHERE deleted_at IS NULL ORDER BY sort_key, code")


class _Dates:
    """A column of ISO dates read as text, converted when looked at (equal texts shared)."""

    def __init__(self, values: list[str | None]):
        seen: dict[str | None, str | None] = {}
        self._values = list(map(seen.setdefault, values, values))

    def __getitem__(self, i: int) -> dt.date | None:
        value = self._values[i]
        return dt.date.fromisoformat(value[:10]) if value else None

    def __len__(self) -> int:
        return len(self._values)


def search(source: Session | Plain, text: str, *, limit: int | None = None,
           today: dt.date | None = None) -> list[tuple[str, str]]:
    """(code, name) of the procedures matching ``text``, best first: what ``cchc search`` prints."""
    index = load_index(source, today)
    return [(index.codes[i], index.names[i]) for i in index.search(text, limit=limit)]
