from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteSavedModelVersionsBody")


@_attrs_define
class DeleteSavedModelVersionsBody:
    """The versions to delete.

    Attributes:
        versions (list[str]): Identifiers of the versions.
        remove_intermediate (bool | Unset): Whether the intermediate versions of a partitioned model go too.
    """

    versions: list[str]
    remove_intermediate: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        versions = self.versions

        remove_intermediate = self.remove_intermediate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "versions": versions,
            }
        )
        if remove_intermediate is not UNSET:
            field_dict["removeIntermediate"] = remove_intermediate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        versions = cast(list[str], d.pop("versions"))

        remove_intermediate = d.pop("removeIntermediate", UNSET)

        delete_saved_model_versions_body = cls(
            versions=versions,
            remove_intermediate=remove_intermediate,
        )

        delete_saved_model_versions_body.additional_properties = d
        return delete_saved_model_versions_body

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
