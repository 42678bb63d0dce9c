"""The program's own exception for input it refuses.

Anything raised as ``Refused`` is the user's input being turned away (a bad file, an
unknown report id, a foreign database, an unwritable target): the command line exits
with status 2 and prints the message; the window shows it. Anything else is a bug.
"""

from __future__ import annotations


class Refused(Exception):
    """Input that cannot be used. ``str()`` is the one-line message for people."""
