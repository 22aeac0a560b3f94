from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_node_lookup_result_data import ApiNodeLookupResultData


T = TypeVar("T", bound="ApiNodeLookupResult")


@_attrs_define
class ApiNodeLookupResult:
    """One record looked up.

    Attributes:
        data (ApiNodeLookupResultData | Unset): The record with the columns the lookup retrieved.
        found (bool | Unset): Whether a row matched the record's keys (unverified).
    """

    data: ApiNodeLookupResultData | Unset = UNSET
    found: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        found = self.found

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if found is not UNSET:
            field_dict["found"] = found

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_node_lookup_result_data import ApiNodeLookupResultData

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: ApiNodeLookupResultData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ApiNodeLookupResultData.from_dict(_data)

        found = d.pop("found", UNSET)

        api_node_lookup_result = cls(
            data=data,
            found=found,
        )

        api_node_lookup_result.additional_properties = d
        return api_node_lookup_result

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
