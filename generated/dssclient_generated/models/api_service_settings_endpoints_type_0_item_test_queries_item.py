from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_service_settings_endpoints_type_0_item_test_queries_item_q import (
        ApiServiceSettingsEndpointsType0ItemTestQueriesItemQ,
    )


T = TypeVar("T", bound="ApiServiceSettingsEndpointsType0ItemTestQueriesItem")


@_attrs_define
class ApiServiceSettingsEndpointsType0ItemTestQueriesItem:
    """A test query.

    Attributes:
        q (ApiServiceSettingsEndpointsType0ItemTestQueriesItemQ | Unset): The query, as the endpoint receives it
            (`features` for a prediction endpoint, a function's parameters, ...).
    """

    q: ApiServiceSettingsEndpointsType0ItemTestQueriesItemQ | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        q: dict[str, Any] | Unset = UNSET
        if not isinstance(self.q, Unset):
            q = self.q.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if q is not UNSET:
            field_dict["q"] = q

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_service_settings_endpoints_type_0_item_test_queries_item_q import (
            ApiServiceSettingsEndpointsType0ItemTestQueriesItemQ,
        )

        d = dict(src_dict)
        _q = d.pop("q", UNSET)
        q: ApiServiceSettingsEndpointsType0ItemTestQueriesItemQ | Unset
        if isinstance(_q, Unset):
            q = UNSET
        else:
            q = ApiServiceSettingsEndpointsType0ItemTestQueriesItemQ.from_dict(_q)

        api_service_settings_endpoints_type_0_item_test_queries_item = cls(
            q=q,
        )

        api_service_settings_endpoints_type_0_item_test_queries_item.additional_properties = d
        return api_service_settings_endpoints_type_0_item_test_queries_item

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
