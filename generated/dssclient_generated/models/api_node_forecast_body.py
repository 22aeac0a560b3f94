from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_node_dispatch import ApiNodeDispatch
    from ..models.api_node_forecast_body_items_item import ApiNodeForecastBodyItemsItem


T = TypeVar("T", bound="ApiNodeForecastBody")


@_attrs_define
class ApiNodeForecastBody:
    """The time series records to forecast from (feature values by column name).

    Attributes:
        items (list[ApiNodeForecastBodyItemsItem]): The records, in order.
        dispatch (ApiNodeDispatch | Unset): Which generation of a multi-generation service answers.
    """

    items: list[ApiNodeForecastBodyItemsItem]
    dispatch: ApiNodeDispatch | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        dispatch: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dispatch, Unset):
            dispatch = self.dispatch.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if dispatch is not UNSET:
            field_dict["dispatch"] = dispatch

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_node_dispatch import ApiNodeDispatch
        from ..models.api_node_forecast_body_items_item import (
            ApiNodeForecastBodyItemsItem,
        )

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ApiNodeForecastBodyItemsItem.from_dict(items_item_data)

            items.append(items_item)

        _dispatch = d.pop("dispatch", UNSET)
        dispatch: ApiNodeDispatch | Unset
        if isinstance(_dispatch, Unset):
            dispatch = UNSET
        else:
            dispatch = ApiNodeDispatch.from_dict(_dispatch)

        api_node_forecast_body = cls(
            items=items,
            dispatch=dispatch,
        )

        api_node_forecast_body.additional_properties = d
        return api_node_forecast_body

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
