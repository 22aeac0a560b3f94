from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipeDefinitionParamsType0ContainerSelectionType0")


@_attrs_define
class RecipeDefinitionParamsType0ContainerSelectionType0:
    """Where a code recipe runs (unverified).

    Attributes:
        container_mode (None | str | Unset): `INHERIT`, `NONE` or `EXPLICIT_CONTAINER` (unverified).
        container_conf (None | str | Unset): The container configuration, when `EXPLICIT_CONTAINER` (unverified).
    """

    container_mode: None | str | Unset = UNSET
    container_conf: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_mode: None | str | Unset
        if isinstance(self.container_mode, Unset):
            container_mode = UNSET
        else:
            container_mode = self.container_mode

        container_conf: None | str | Unset
        if isinstance(self.container_conf, Unset):
            container_conf = UNSET
        else:
            container_conf = self.container_conf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container_mode is not UNSET:
            field_dict["containerMode"] = container_mode
        if container_conf is not UNSET:
            field_dict["containerConf"] = container_conf

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_container_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container_mode = _parse_container_mode(d.pop("containerMode", UNSET))

        def _parse_container_conf(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        container_conf = _parse_container_conf(d.pop("containerConf", UNSET))

        recipe_definition_params_type_0_container_selection_type_0 = cls(
            container_mode=container_mode,
            container_conf=container_conf,
        )

        recipe_definition_params_type_0_container_selection_type_0.additional_properties = d
        return recipe_definition_params_type_0_container_selection_type_0

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
