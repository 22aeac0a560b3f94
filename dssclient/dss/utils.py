"""Pieces shared by the handles of both variants (they make no calls)."""

from __future__ import annotations

from typing import Any


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

    def __init__(self, client: Any, data: dict[str, Any]) -> None:
        self.client = client
        self._data = data

    def get_raw(self) -> dict[str, Any]:
        return self._data


class DSSInstanceInfo:
    """Information about a DSS node."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __repr__(self) -> str:
        return f"DSSInstanceInfo(node_id={self._data.get('nodeId')!r}, node_type={self._data.get('nodeType')!r})"

    @property
    def raw(self) -> dict[str, Any]:
        return self._data

    @property
    def node_id(self) -> str:
        node_id: str = self._data["nodeId"]
        return node_id

    @property
    def node_name(self) -> str:
        node_name: str = self._data["nodeName"]
        return node_name

    @property
    def node_type(self) -> str:
        """DESIGN, AUTOMATION or DEPLOYER."""
        node_type: str = self._data["nodeType"]
        return node_type


def nested_dict(root: dict[str, Any], *keys: str) -> dict[str, Any]:
    """``root[k1][k2]...``, creating the levels DSS left out (it drops null properties)."""
    node = root
    for key in keys:
        child = node.get(key)
        if not isinstance(child, dict):
            child = node[key] = {}
        node = child
    return node


def as_list_items(as_type: str) -> bool:
    """Whether a listing's ``as_type`` asks for list items (True) or handles (False)."""
    if as_type in ("listitems", "listitem"):
        return True
    if as_type in ("objects", "object"):
        return False
    raise ValueError(f"Unknown as_type {as_type!r}: use 'listitems' or 'objects'")


class CallableStr(str):
    """A string that also answers when called: ``handle.id`` and ``handle.id()`` both give the id.

    The official client's deployer handles return their ``id`` this way (some scripts call it).
    """

    __slots__ = ()

    def __call__(self) -> str:
        return str(self)
