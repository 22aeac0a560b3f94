"""Pieces shared by the handles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..dssclient import DSSClient


class DSSRawSettings:
    """Settings as DSS returned them, edited in place and saved back whole.

    :meth:`get_raw` returns the dict itself, not a copy: changes made to it are
    what ``save()`` sends. Nothing is added, dropped or reordered on the way,
    so properties dssclient does not know (and nulls) survive a round trip.
    """

    def __init__(self, settings: dict[str, Any]) -> None:
        self.settings = settings

    def get_raw(self) -> dict[str, Any]:
        return self.settings

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self.settings)} properties)"


class DSSListItem:
    """An object as a listing call returned it: its dict, and properties over it, with no call per item."""

    def __init__(self, client: DSSClient, data: dict[str, Any]) -> None:
        self.client = client
        self._data = data

    def get_raw(self) -> dict[str, Any]:
        return self._data


def nested_dict(root: dict[str, Any], *keys: str) -> dict[str, Any]:
    """``root[k1][k2]...``, creating the levels DSS left out (it drops null properties)."""
    node = root
    for key in keys:
        child = node.get(key)
        if not isinstance(child, dict):
            child = node[key] = {}
        node = child
    return node
