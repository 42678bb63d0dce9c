"""The program's own exceptions for input it refuses.

Anything raised as ``Refused`` is the user's input being turned away (a bad file, an
unknown report id, a foreign database, an unwritable target): the command line exits
with status 2 and prints the message; the window shows it. Anything else is a bug.
"""

from __future__ import annotations

from hienhao_desktop.domain import messages


class Refused(Exception):
    """Input that cannot be used. ``str()`` is the one-line message for people."""


class EditError(Refused, ValueError):
    """A value the report cannot take. ``code`` is a key of ``messages.MESSAGES``;
    ``path`` names the place as the edit operations and the exchange format do
    (``activities[3].name``, ``parts[1].blocks[3].rows[2][1]``)."""

    def __init__(self, path: str, code: str, **params: object) -> None:
        self.path = path
        self.code = code
        self.params = params
        super().__init__(f"{path}: {messages.render(code, None, **params)}")

    def message(self, lang: str | None = None) -> str:
        return messages.render(self.code, lang, **self.params)

    def under(self, prefix: str) -> EditError:
        """The same refusal, its path below ``prefix`` (``parts[1].blocks[2]`` +
        ``rows[0][1]``)."""
        if not prefix:
            return self
        path = prefix if not self.path else (f"{prefix}{self.path}" if self.path.startswith("[") else f"{prefix}.{self.path}")
        return EditError(path, self.code, **self.params)
