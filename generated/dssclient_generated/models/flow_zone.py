from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_zone_item import FlowZoneItem


T = TypeVar("T", bound="FlowZone")


@_attrs_define
class FlowZone:
    """A flow zone, its settings and the objects it holds and shows.

    Attributes:
        id (str): The zone's identifier; `default` for the default zone.
        name (str): The zone's name.
        color (str | Unset): The zone's color, `#RRGGBB`.
        items (list[FlowZoneItem] | Unset): The objects the zone holds.
        shared (list[FlowZoneItem] | Unset): The objects of other zones shared to this one.
    """

    id: str
    name: str
    color: str | Unset = UNSET
    items: list[FlowZoneItem] | Unset = UNSET
    shared: list[FlowZoneItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        color = self.color

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        shared: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shared, Unset):
            shared = []
            for shared_item_data in self.shared:
                shared_item = shared_item_data.to_dict()
                shared.append(shared_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if color is not UNSET:
            field_dict["color"] = color
        if items is not UNSET:
            field_dict["items"] = items
        if shared is not UNSET:
            field_dict["shared"] = shared

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_zone_item import FlowZoneItem

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        color = d.pop("color", UNSET)

        _items = d.pop("items", UNSET)
        items: list[FlowZoneItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = FlowZoneItem.from_dict(items_item_data)

                items.append(items_item)

        _shared = d.pop("shared", UNSET)
        shared: list[FlowZoneItem] | Unset = UNSET
        if _shared is not UNSET:
            shared = []
            for shared_item_data in _shared:
                shared_item = FlowZoneItem.from_dict(shared_item_data)

                shared.append(shared_item)

        flow_zone = cls(
            id=id,
            name=name,
            color=color,
            items=items,
            shared=shared,
        )

        flow_zone.additional_properties = d
        return flow_zone

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
