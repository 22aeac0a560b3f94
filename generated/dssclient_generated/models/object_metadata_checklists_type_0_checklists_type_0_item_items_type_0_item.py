from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectMetadataChecklistsType0ChecklistsType0ItemItemsType0Item")


@_attrs_define
class ObjectMetadataChecklistsType0ChecklistsType0ItemItemsType0Item:
    """One item of a checklist.

    Attributes:
        text (None | str | Unset): What the item says.
        done (bool | None | Unset): Whether the item is checked.
        state_changed_on (int | None | Unset): When the item was last checked or unchecked, in ms since the Unix epoch
            (unverified).
        state_changed_by (None | str | Unset): Login of who last checked or unchecked the item (unverified).
        created_on (int | None | Unset): When the item was created, in ms since the Unix epoch (unverified).
        created_by (None | str | Unset): Login of who created the item (unverified).
    """

    text: None | str | Unset = UNSET
    done: bool | None | Unset = UNSET
    state_changed_on: int | None | Unset = UNSET
    state_changed_by: None | str | Unset = UNSET
    created_on: int | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        done: bool | None | Unset
        if isinstance(self.done, Unset):
            done = UNSET
        else:
            done = self.done

        state_changed_on: int | None | Unset
        if isinstance(self.state_changed_on, Unset):
            state_changed_on = UNSET
        else:
            state_changed_on = self.state_changed_on

        state_changed_by: None | str | Unset
        if isinstance(self.state_changed_by, Unset):
            state_changed_by = UNSET
        else:
            state_changed_by = self.state_changed_by

        created_on: int | None | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        else:
            created_on = self.created_on

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if done is not UNSET:
            field_dict["done"] = done
        if state_changed_on is not UNSET:
            field_dict["stateChangedOn"] = state_changed_on
        if state_changed_by is not UNSET:
            field_dict["stateChangedBy"] = state_changed_by
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_done(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        done = _parse_done(d.pop("done", UNSET))

        def _parse_state_changed_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        state_changed_on = _parse_state_changed_on(d.pop("stateChangedOn", UNSET))

        def _parse_state_changed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state_changed_by = _parse_state_changed_by(d.pop("stateChangedBy", UNSET))

        def _parse_created_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_on = _parse_created_on(d.pop("createdOn", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        object_metadata_checklists_type_0_checklists_type_0_item_items_type_0_item = (
            cls(
                text=text,
                done=done,
                state_changed_on=state_changed_on,
                state_changed_by=state_changed_by,
                created_on=created_on,
                created_by=created_by,
            )
        )

        object_metadata_checklists_type_0_checklists_type_0_item_items_type_0_item.additional_properties = d
        return (
            object_metadata_checklists_type_0_checklists_type_0_item_items_type_0_item
        )

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
