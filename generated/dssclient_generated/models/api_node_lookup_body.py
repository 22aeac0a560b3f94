from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_node_lookup_body_context import ApiNodeLookupBodyContext
    from ..models.api_node_lookup_body_data import ApiNodeLookupBodyData


T = TypeVar("T", bound="ApiNodeLookupBody")


@_attrs_define
class ApiNodeLookupBody:
    """One record to look up.

    Attributes:
        data (ApiNodeLookupBodyData): The record's columns, the lookup keys among them.
        context (ApiNodeLookupBodyContext | Unset): Context information, logged but not used.
    """

    data: ApiNodeLookupBodyData
    context: ApiNodeLookupBodyContext | Unset = UNSET
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
        from ..models.api_node_lookup_body_context import ApiNodeLookupBodyContext
        from ..models.api_node_lookup_body_data import ApiNodeLookupBodyData

        d = dict(src_dict)
        data = ApiNodeLookupBodyData.from_dict(d.pop("data"))

        _context = d.pop("context", UNSET)
        context: ApiNodeLookupBodyContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = ApiNodeLookupBodyContext.from_dict(_context)

        api_node_lookup_body = cls(
            data=data,
            context=context,
        )

        api_node_lookup_body.additional_properties = d
        return api_node_lookup_body

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
