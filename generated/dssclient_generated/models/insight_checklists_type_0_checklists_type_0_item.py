from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.insight_checklists_type_0_checklists_type_0_item_items_type_0_item import (
        InsightChecklistsType0ChecklistsType0ItemItemsType0Item,
    )


T = TypeVar("T", bound="InsightChecklistsType0ChecklistsType0Item")


@_attrs_define
class InsightChecklistsType0ChecklistsType0Item:
    """A checklist.

    Attributes:
        title (None | str | Unset): Title of the checklist.
        items (list[InsightChecklistsType0ChecklistsType0ItemItemsType0Item] | None | Unset): The checklist's items.
    """

    title: None | str | Unset = UNSET
    items: (
        list[InsightChecklistsType0ChecklistsType0ItemItemsType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.insight_checklists_type_0_checklists_type_0_item_items_type_0_item import (
            InsightChecklistsType0ChecklistsType0ItemItemsType0Item,
        )

        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_items(
            data: object,
        ) -> (
            list[InsightChecklistsType0ChecklistsType0ItemItemsType0Item] | None | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = InsightChecklistsType0ChecklistsType0ItemItemsType0Item.from_dict(
                        items_type_0_item_data
                    )

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[InsightChecklistsType0ChecklistsType0ItemItemsType0Item]
                | None
                | Unset,
                data,
            )

        items = _parse_items(d.pop("items", UNSET))

        insight_checklists_type_0_checklists_type_0_item = cls(
            title=title,
            items=items,
        )

        insight_checklists_type_0_checklists_type_0_item.additional_properties = d
        return insight_checklists_type_0_checklists_type_0_item

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
