"""Public methods and properties without a docstring, across both variants: counted, and only ever fewer.

docs/_ext/undocumented.txt lists them (552 of 1786 when the count started). It must equal what the
code has: a new public member without a docstring fails here (and the docs build warns on it), and a
docstring written must take its line out of the list. Write docstrings in dssclient/aio/ and
run scripts/unasync.py: the sync ones follow.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "docs" / "_ext"))

import public_api  # noqa: E402

LISTED = Path(public_api.__file__).with_name("undocumented.txt")
BASELINE = 552


def test_undocumented_members_are_exactly_the_listed_ones() -> None:
    listed = [line.strip() for line in LISTED.read_text(encoding="utf-8").splitlines() if line.strip()]
    missing = public_api.undocumented()
    new = sorted(set(missing) - set(listed))
    assert new == [], f"public members without a docstring (write one): {new}"
    written = sorted(set(listed) - set(missing))
    assert written == [], f"documented now: remove these lines from {LISTED.name}: {written}"
    assert len(listed) == len(set(listed))


def test_the_count_only_goes_down() -> None:
    missing = public_api.undocumented()
    total = len(public_api.all_members())
    print(f"{len(missing)} of {total} public methods and properties have no docstring")
    assert total > 1500  # the walk sees both variants' handles
    assert len(missing) <= BASELINE


def test_a_member_without_docstring_is_seen() -> None:
    class Probe:
        def documented(self) -> None:
            """Documented."""

        def bare(self) -> None:
            pass

        @property
        def bare_property(self) -> int:
            return 1

    names = {name for name, value in public_api.public_members(Probe) if public_api.docstring_of(value) is None}
    assert names == {"bare", "bare_property"}
