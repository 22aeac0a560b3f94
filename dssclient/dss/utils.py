"""Pieces shared by the handles of both variants (they make no calls)."""

from __future__ import annotations

import copy
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, cast

from dssclient._json import is_array, is_mapping, is_object

if TYPE_CHECKING:
    from typing_extensions import TypeVar

    #: The payload type of a settings object: a TypedDict of dssclient.payloads (``dict[str, Any]``
    #: for the settings not typed yet). A default (PEP 696) for type checkers only, so that the
    #: runtime needs no typing_extensions.
    Payload = TypeVar("Payload", bound=Mapping[str, Any], default=dict[str, Any])
else:
    from typing import TypeVar

    Payload = TypeVar("Payload")


class DSSRawSettings(Generic[Payload]):
    """Settings as DSS returned them, edited in place and saved back whole.

    :meth:`get_raw` returns the dict itself, not a copy: changes made to it are
    what ``save()`` sends. Nothing is added, dropped or reordered on the way,
    so properties dssclient does not know (and nulls) survive a round trip.
    Subclasses name their payload's TypedDict (``DSSRawSettings["Dataset"]``), which
    ``get_raw()`` returns; at run time it is the plain dict DSS sent.
    """

    def __init__(self, settings: Payload) -> None:
        self.settings = settings

    def get_raw(self) -> Payload:
        """The settings as a dict, to edit in place before saving."""
        return self.settings

    @property
    def _untyped(self) -> dict[str, Any]:
        # Whatever its payload type, the object is a dict of DSS's JSON: the helpers that create
        # the levels DSS left out (or write keys the spec does not list) work on it as such.
        return cast("dict[str, Any]", self.settings)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self.settings)} properties)"


class DSSListItem(Generic[Payload]):
    """An object as a listing call returned it: its dict, and properties over it, with no call per item.

    Subclasses name the listing's TypedDict (``DSSListItem["CodeStudioListItem"]``), which ``get_raw()`` returns.
    """

    def __init__(self, client: Any, data: Payload) -> None:
        self.client = client
        self._data = data

    def get_raw(self) -> Payload:
        """The item as DSS listed it."""
        return self._data


class DSSInstanceInfo:
    """Information about a DSS node."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __repr__(self) -> str:
        return f"DSSInstanceInfo(node_id={self._data.get('nodeId')!r}, node_type={self._data.get('nodeType')!r})"

    @property
    def raw(self) -> dict[str, Any]:
        """The instance information as DSS sent it."""
        return self._data

    @property
    def node_id(self) -> str:
        """The node's id (``nodeId``)."""
        node_id: str = self._data["nodeId"]
        return node_id

    @property
    def node_name(self) -> str:
        """The node's name (``nodeName``)."""
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
        if not is_object(child):
            level: dict[str, Any] = {}
            child = node[key] = level
        node = child
    return node


def as_list_items(as_type: str) -> bool:
    """Whether a listing's ``as_type`` asks for list items (True) or handles (False)."""
    if as_type in ("listitems", "listitem"):
        return True
    if as_type in ("objects", "object"):
        return False
    raise ValueError(f"Unknown as_type {as_type!r}: use 'listitems' or 'objects'")


def timestamp_to_datetime(timestamp_ms: Any) -> datetime.datetime | None:
    """A DSS timestamp (milliseconds since the Unix epoch) as an aware UTC datetime; None for 0 or absent."""
    if isinstance(timestamp_ms, bool) or not isinstance(timestamp_ms, (int, float)) or timestamp_ms <= 0:
        return None
    return datetime.datetime.fromtimestamp(timestamp_ms / 1000, tz=datetime.UTC)


class DSSDictListItem(dict[str, Any], Generic[Payload]):
    """A listed object that is its own dict, as the official client's list items are.

    ``item["key"]`` and ``item.get(...)`` read the listing's JSON; properties name the usual
    fields, over the same dict (there is no second copy to fall out of step). ``==`` compares the
    data, ``json.dumps(item)`` writes it; ``copy.deepcopy`` copies the data and keeps the client.
    It prints as the dict it is (scripts print listings; ``pprint`` lays it out as a dict).
    Subclasses name their item's TypedDict (``DSSDictListItem["JobListItem"]``), which
    ``get_raw()`` returns: the same object, typed.
    """

    def __init__(self, client: Any, data: Mapping[str, Any]) -> None:
        super().__init__(data)
        self.client = client

    def get_raw(self) -> Payload:
        """The item itself: it is the dict DSS listed."""
        return cast(Payload, self)

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        """A deep copy of the listed data, of the same class, on the same client (a connection is not data)."""
        twin = copy.copy(self)
        memo[id(self)] = twin
        for key, value in self.items():
            twin[key] = copy.deepcopy(value, memo)
        return twin


_SECRET_NAME_PARTS = ("password", "secret", "token", "credential", "privatekey")
REDACTED = "**redacted**"


def redact_secrets(value: Any, secret_fields: frozenset[str] = frozenset()) -> Any:
    """A copy of a JSON value whose secret-named fields (at any depth) are replaced by ``REDACTED``."""
    if is_mapping(value):
        copied: dict[Any, Any] = {}
        for key, item in value.items():
            name = str(key).lower()
            secret = key in secret_fields or any(part in name for part in _SECRET_NAME_PARTS)
            copied[key] = REDACTED if secret and item not in (None, "") else redact_secrets(item, secret_fields)
        return copied
    if is_array(value):
        return [redact_secrets(item, secret_fields) for item in value]
    return value


class DSSTaggableObjectSettings(DSSRawSettings[Payload]):
    """Settings of an object that has tags and descriptions, as the official class of that name.

    The properties read and write the settings' own dict: ``save()`` sends what they set.
    """

    @property
    def tags(self) -> list[str]:
        """The object's tags, a list edited in place (``settings.tags.append("pii")``)."""
        tags: list[str] = self._untyped.setdefault("tags", [])
        return tags

    @tags.setter
    def tags(self, tags: list[str]) -> None:
        self._untyped["tags"] = tags

    @property
    def description(self) -> str | None:
        """The long description (markdown), or None."""
        return _optional_str(self.settings.get("description"))

    @description.setter
    def description(self, description: str | None) -> None:
        self._untyped["description"] = description

    @property
    def short_description(self) -> str | None:
        """The short description (``shortDesc``), or None."""
        return _optional_str(self.settings.get("shortDesc"))

    @short_description.setter
    def short_description(self, short_description: str | None) -> None:
        self._untyped["shortDesc"] = short_description

    @property
    def custom_fields(self) -> dict[str, Any] | None:
        """The custom metadata fields (``customFields``), or None."""
        fields: dict[str, Any] | None = self.settings.get("customFields")
        return fields

    @custom_fields.setter
    def custom_fields(self, custom_fields: dict[str, Any] | None) -> None:
        self._untyped["customFields"] = custom_fields


class DSSSecretHoldingListItem(DSSDictListItem):
    """A listed object that may hold secrets (a connection's credentials, an API key).

    It prints as a dict whose secret values (``SECRET_FIELDS`` of the class, and any field whose
    name says password, secret, token or credential, at any depth) read ``'**redacted**'``; the
    data itself is untouched.
    """

    #: Fields whose value is a secret in this kind of listing (an API key's ``key``).
    SECRET_FIELDS: frozenset[str] = frozenset()

    def __repr__(self) -> str:
        return repr(redact_secrets(dict(self), self.SECRET_FIELDS))


class DSSInfoMessage:
    """One message DSS collected while doing something: severity, code, title, details."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = data

    def __repr__(self) -> str:
        return f"DSSInfoMessage(severity={self.severity!r}, code={self.code!r}, title={self.title!r})"

    def __str__(self) -> str:
        return f"{self.severity} - {self.title} - {self.details}"

    def get_raw(self) -> Mapping[str, Any]:
        """The message as DSS sent it."""
        return self._data

    @property
    def severity(self) -> str | None:
        """INFO, SUCCESS, WARNING or ERROR."""
        return _optional_str(self._data.get("severity"))

    @property
    def code(self) -> str | None:
        """The message's code, if it has one."""
        return _optional_str(self._data.get("code"))

    @property
    def details(self) -> str | None:
        """The message's details, if any."""
        return _optional_str(self._data.get("details"))

    @property
    def title(self) -> str | None:
        """The message's title, if any."""
        return _optional_str(self._data.get("title"))

    @property
    def message(self) -> str | None:
        """The message's text, if any."""
        return _optional_str(self._data.get("message"))


class DSSInfoMessages:
    """Messages DSS collected while doing something (a sanity check, a build), and their summary."""

    def __init__(self, data: Mapping[str, Any] | None) -> None:
        self._data: Mapping[str, Any] = data if isinstance(data, Mapping) else {}

    def __repr__(self) -> str:
        return (
            f"DSSInfoMessages(has_messages: {self.has_messages}, max_severity: {self.max_severity}, "
            f"has_error: {self.has_error}, has_warning: {self.has_warning}, has_success: {self.has_success}, "
            f"messages: {'[...]' if self.has_messages else '[]'})"
        )

    def get_raw(self) -> Mapping[str, Any]:
        """The messages object as DSS sent it."""
        return self._data

    @property
    def messages(self) -> list[DSSInfoMessage]:
        """Each message, as a :class:`DSSInfoMessage`."""
        found = self._data.get("messages")
        return [DSSInfoMessage(m) for m in found if is_mapping(m)] if is_array(found) else []

    @property
    def has_messages(self) -> bool:
        """Whether there is any message (``anyMessage``)."""
        return bool(self._data.get("anyMessage", False))

    @property
    def has_error(self) -> bool:
        """Whether a message is an error."""
        return bool(self._data.get("error", False))

    @property
    def max_severity(self) -> str | None:
        """The highest severity among the messages (``maxSeverity``), if DSS gave one."""
        return _optional_str(self._data.get("maxSeverity"))

    @property
    def has_success(self) -> bool:
        """Whether DSS reports success."""
        return bool(self._data.get("success", False))

    @property
    def has_warning(self) -> bool:
        """Whether a message is a warning."""
        return bool(self._data.get("warning", False))


def _optional_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


class CallableStr(str):
    """A string that also answers when called: ``handle.id`` and ``handle.id()`` both give the id.

    The official client's deployer handles return their ``id`` this way (some scripts call it).
    """

    __slots__ = ()

    def __call__(self) -> str:
        return str(self)


# -- dataset selections (issue 19) --


class DSSDatasetSelectionBuilder:
    """Builds a dataset selection: which rows of a dataset are read (a sample, some partitions).

    Analyses' scripts (:meth:`DSSAnalysisDefinition.set_script_sampling_selection`) and other samplings
    take its :meth:`build`; building calls nothing.
    """

    def __init__(self) -> None:
        self.selection: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.selection!r})"

    def build(self) -> dict[str, Any]:
        """The selection's dict (the builder's own)."""
        return self.selection

    def with_head_sampling(self, limit: int) -> Self:
        """Read the first ``limit`` rows."""
        self.selection["samplingMethod"] = "HEAD_SEQUENTIAL"
        self.selection["maxRecords"] = limit
        return self

    def with_all_data_sampling(self) -> Self:
        """Read every row (no sampling)."""
        self.selection["samplingMethod"] = "FULL"
        return self

    def with_random_fixed_nb_sampling(self, nb: int) -> Self:
        """Read ``nb`` rows drawn at random."""
        self.selection["samplingMethod"] = "RANDOM_FIXED_NB"
        self.selection["maxRecords"] = nb
        return self

    def with_selected_partitions(self, ids: list[str]) -> Self:
        """Read these partitions only (of a partitioned dataset)."""
        self.selection["partitionSelectionMethod"] = "SELECTED"
        self.selection["selectedPartitions"] = ids
        return self
