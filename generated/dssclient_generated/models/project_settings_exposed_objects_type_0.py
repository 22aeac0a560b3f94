from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_settings_exposed_objects_type_0_objects_type_0_item import (
        ProjectSettingsExposedObjectsType0ObjectsType0Item,
    )


T = TypeVar("T", bound="ProjectSettingsExposedObjectsType0")


@_attrs_define
class ProjectSettingsExposedObjectsType0:
    """Objects of this project shared into other projects.

    Attributes:
        objects (list[ProjectSettingsExposedObjectsType0ObjectsType0Item] | None | Unset): The shared objects.
    """

    objects: list[ProjectSettingsExposedObjectsType0ObjectsType0Item] | None | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        objects: list[dict[str, Any]] | None | Unset
        if isinstance(self.objects, Unset):
            objects = UNSET
        elif isinstance(self.objects, list):
            objects = []
            for objects_type_0_item_data in self.objects:
                objects_type_0_item = objects_type_0_item_data.to_dict()
                objects.append(objects_type_0_item)

        else:
            objects = self.objects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if objects is not UNSET:
            field_dict["objects"] = objects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_settings_exposed_objects_type_0_objects_type_0_item import (
            ProjectSettingsExposedObjectsType0ObjectsType0Item,
        )

        d = dict(src_dict)

        def _parse_objects(
            data: object,
        ) -> list[ProjectSettingsExposedObjectsType0ObjectsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                objects_type_0 = []
                _objects_type_0 = data
                for objects_type_0_item_data in _objects_type_0:
                    objects_type_0_item = (
                        ProjectSettingsExposedObjectsType0ObjectsType0Item.from_dict(
                            objects_type_0_item_data
                        )
                    )

                    objects_type_0.append(objects_type_0_item)

                return objects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ProjectSettingsExposedObjectsType0ObjectsType0Item] | None | Unset,
                data,
            )

        objects = _parse_objects(d.pop("objects", UNSET))

        project_settings_exposed_objects_type_0 = cls(
            objects=objects,
        )

        project_settings_exposed_objects_type_0.additional_properties = d
        return project_settings_exposed_objects_type_0

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
