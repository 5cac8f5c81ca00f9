"""The bundled national TTHC listing (5,666 procedures, 2026-07-18), for offline look-up.

Typing a national code fills name, field, formalityId and portal link; an
annex row without a code is matched by its folded name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from cchc_desktop.core import paths
from cchc_desktop.core import text as vtext
from cchc_desktop.core.domain import ValidationError, normalize_code, portal_url

SNAPSHOT_DATE = "2026-07-18"


@dataclass(frozen=True)
class NationalEntry:
    code: str
    formality_id: str
    name: str
    field: str
    agencies: tuple[str, ...]
    subjects: tuple[str, ...]
    portal_type: str
    promulgating_agency: str

    @property
    def link(self) -> str | None:
        return portal_url(self.formality_id)


class NationalCatalogue:
    def __init__(self, entries: list[NationalEntry]):
        self.entries = entries
        self._by_code = {e.code: e for e in entries}
        self._by_name: dict[str, list[NationalEntry]] = {}
        for e in entries:
            self._by_name.setdefault(_name_key(e.name), []).append(e)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, code: str) -> NationalEntry | None:
        """The entry for a code in any of its written forms, or None."""
        try:
            return self._by_code.get(normalize_code(code))
        except ValidationError:
            return None

    def match_name(self, name: str) -> list[NationalEntry]:
        """Entries whose name is the same once folded (a leading "Thủ tục" ignored)."""
        return list(self._by_name.get(_name_key(name), []))


def _name_key(name: str) -> str:
    key = vtext.fold(name).strip(" .;:")
    return key.removeprefix("thu tuc ").strip()


@cache
def national_catalogue() -> NationalCatalogue:
    path = paths.resource_path("national", "national_catalogue.jsonl")
    entries = [NationalEntry(row[0], row[1], row[2], row[3], tuple(row[4]), tuple(row[5]), row[6], row[7])
               for row in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)]
    return NationalCatalogue(entries)
