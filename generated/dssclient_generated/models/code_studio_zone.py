from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeStudioZone")


@_attrs_define
class CodeStudioZone:
    """A zone whose files are synchronized between DSS and a running code studio.

    Attributes:
        id (str): Identifier of the zone, to pass to the push, pull and conflicts operations.
        label (str | Unset): Display label.
        path_in_container (str | Unset): Where the zone's files are inside the code studio.
    """

    id: str
    label: str | Unset = UNSET
    path_in_container: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        path_in_container = self.path_in_container

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if path_in_container is not UNSET:
            field_dict["pathInContainer"] = path_in_container

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label", UNSET)

        path_in_container = d.pop("pathInContainer", UNSET)

        code_studio_zone = cls(
            id=id,
            label=label,
            path_in_container=path_in_container,
        )

        code_studio_zone.additional_properties = d
        return code_studio_zone

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
