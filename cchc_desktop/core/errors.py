"""Errors a user can act on, each with a Vietnamese message naming what and where."""

from __future__ import annotations


class CchcError(Exception):
    """An error whose message is shown to the user as it is (Vietnamese)."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(CchcError):
    """Bad input; ``problems`` lists (field, message) pairs, the message joins them."""

    def __init__(self, problems: list[tuple[str, str]] | str, field: str = ""):
        if isinstance(problems, str):
            problems = [(field, problems)]
        self.problems = problems
        super().__init__("; ".join(msg for _, msg in problems))


class NotFoundError(CchcError):
    pass


class DatabaseUnavailable(CchcError):
    """The database cannot be opened or reached; nothing was changed."""

    exit_code = 3


class PermissionDenied(CchcError):
    exit_code = 4


class ConflictError(CchcError):
    """Someone else changed the record first; reload and try again."""
