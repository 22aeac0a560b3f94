from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_node_lookup_item_context import ApiNodeLookupItemContext
    from ..models.api_node_lookup_item_data import ApiNodeLookupItemData


T = TypeVar("T", bound="ApiNodeLookupItem")


@_attrs_define
class ApiNodeLookupItem:
    """One record of a batch to look up.

    Attributes:
        data (ApiNodeLookupItemData): The record's columns, by name.
        context (ApiNodeLookupItemContext | Unset): Context information, logged but not used.
    """

    data: ApiNodeLookupItemData
    context: ApiNodeLookupItemContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_node_lookup_item_context import ApiNodeLookupItemContext
        from ..models.api_node_lookup_item_data import ApiNodeLookupItemData

        d = dict(src_dict)
        data = ApiNodeLookupItemData.from_dict(d.pop("data"))

        _context = d.pop("context", UNSET)
        context: ApiNodeLookupItemContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = ApiNodeLookupItemContext.from_dict(_context)

        api_node_lookup_item = cls(
            data=data,
            context=context,
        )

        api_node_lookup_item.additional_properties = d
        return api_node_lookup_item

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
