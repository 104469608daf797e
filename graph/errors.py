"""The one error family of Podium: bad input, reported on one line.

Every error names where the problem is (file and line, or fact id and field) so
the command line can print it as one line and exit 2 without a traceback.

Examples
--------
>>> str(PodiumError("unknown medal type 'tin'", file="seeds/a.facts.yaml", line=12, field="medal"))
"seeds/a.facts.yaml:12: medal: unknown medal type 'tin'"
"""

from __future__ import annotations

__all__ = ["PodiumError"]


class PodiumError(Exception):
    """Bad input or a failed check, with where it happened.

    Parameters
    ----------
    message:
        What is wrong, in words.
    file, line, field:
        Where: the file, the 1-based line in it, and the field (or fact id and field).
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.field = field

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.message}"
