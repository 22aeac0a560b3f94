from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.info_messages import InfoMessages


T = TypeVar("T", bound="ClusterActionResult")


@_attrs_define
class ClusterActionResult:
    """The outcome of starting or stopping a cluster.

    Attributes:
        id (str | Unset): Identifier of the cluster.
        state (str | Unset): Its state afterwards.
        messages (InfoMessages | Unset): Messages collected while DSS did something, and flags summarising them.
    """

    id: str | Unset = UNSET
    state: str | Unset = UNSET
    messages: InfoMessages | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        state = self.state

        messages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if state is not UNSET:
            field_dict["state"] = state
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.info_messages import InfoMessages

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        state = d.pop("state", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: InfoMessages | Unset
        if isinstance(_messages, Unset):
            messages = UNSET
        else:
            messages = InfoMessages.from_dict(_messages)

        cluster_action_result = cls(
            id=id,
            state=state,
            messages=messages,
        )

        cluster_action_result.additional_properties = d
        return cluster_action_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
