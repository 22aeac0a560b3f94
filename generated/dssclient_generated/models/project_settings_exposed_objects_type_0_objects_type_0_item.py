from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_settings_exposed_objects_type_0_objects_type_0_item_rules_type_0_item import (
        ProjectSettingsExposedObjectsType0ObjectsType0ItemRulesType0Item,
    )


T = TypeVar("T", bound="ProjectSettingsExposedObjectsType0ObjectsType0Item")


@_attrs_define
class ProjectSettingsExposedObjectsType0ObjectsType0Item:
    """One shared object and the projects it is shared to.

    Attributes:
        type_ (None | str | Unset): Kind of object (`DATASET`, `MANAGED_FOLDER`, `SAVED_MODEL`, ...).
        local_name (None | str | Unset): Identifier of the object in this project.
        quick_sharing_enabled (bool | None | Unset): Whether any project may use the object without a rule (unverified).
        rules (list[ProjectSettingsExposedObjectsType0ObjectsType0ItemRulesType0Item] | None | Unset): The projects the
            object is shared to.
    """

    type_: None | str | Unset = UNSET
    local_name: None | str | Unset = UNSET
    quick_sharing_enabled: bool | None | Unset = UNSET
    rules: (
        list[ProjectSettingsExposedObjectsType0ObjectsType0ItemRulesType0Item]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        local_name: None | str | Unset
        if isinstance(self.local_name, Unset):
            local_name = UNSET
        else:
            local_name = self.local_name

        quick_sharing_enabled: bool | None | Unset
        if isinstance(self.quick_sharing_enabled, Unset):
            quick_sharing_enabled = UNSET
        else:
            quick_sharing_enabled = self.quick_sharing_enabled

        rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.rules, Unset):
            rules = UNSET
        elif isinstance(self.rules, list):
            rules = []
            for rules_type_0_item_data in self.rules:
                rules_type_0_item = rules_type_0_item_data.to_dict()
                rules.append(rules_type_0_item)

        else:
            rules = self.rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if local_name is not UNSET:
            field_dict["localName"] = local_name
        if quick_sharing_enabled is not UNSET:
            field_dict["quickSharingEnabled"] = quick_sharing_enabled
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_settings_exposed_objects_type_0_objects_type_0_item_rules_type_0_item import (
            ProjectSettingsExposedObjectsType0ObjectsType0ItemRulesType0Item,
        )

        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_local_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        local_name = _parse_local_name(d.pop("localName", UNSET))

        def _parse_quick_sharing_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        quick_sharing_enabled = _parse_quick_sharing_enabled(
            d.pop("quickSharingEnabled", UNSET)
        )

        def _parse_rules(
            data: object,
        ) -> (
            list[ProjectSettingsExposedObjectsType0ObjectsType0ItemRulesType0Item]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rules_type_0 = []
                _rules_type_0 = data
                for rules_type_0_item_data in _rules_type_0:
                    rules_type_0_item = ProjectSettingsExposedObjectsType0ObjectsType0ItemRulesType0Item.from_dict(
                        rules_type_0_item_data
                    )

                    rules_type_0.append(rules_type_0_item)

                return rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ProjectSettingsExposedObjectsType0ObjectsType0ItemRulesType0Item]
                | None
                | Unset,
                data,
            )

        rules = _parse_rules(d.pop("rules", UNSET))

        project_settings_exposed_objects_type_0_objects_type_0_item = cls(
            type_=type_,
            local_name=local_name,
            quick_sharing_enabled=quick_sharing_enabled,
            rules=rules,
        )

        project_settings_exposed_objects_type_0_objects_type_0_item.additional_properties = d
        return project_settings_exposed_objects_type_0_objects_type_0_item

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
