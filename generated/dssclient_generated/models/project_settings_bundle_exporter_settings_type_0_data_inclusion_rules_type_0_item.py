from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="ProjectSettingsBundleExporterSettingsType0DataInclusionRulesType0Item"
)


@_attrs_define
class ProjectSettingsBundleExporterSettingsType0DataInclusionRulesType0Item:
    """One inclusion rule.

    Attributes:
        type_ (None | str | Unset): Kind of object the rule applies to (`DATASET`, `MANAGED_FOLDER`, ...) (unverified).
        mode (None | str | Unset): Whether it includes or excludes (unverified).
        expr (None | str | Unset): The pattern of the objects' names (unverified).
    """

    type_: None | str | Unset = UNSET
    mode: None | str | Unset = UNSET
    expr: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        expr: None | str | Unset
        if isinstance(self.expr, Unset):
            expr = UNSET
        else:
            expr = self.expr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if mode is not UNSET:
            field_dict["mode"] = mode
        if expr is not UNSET:
            field_dict["expr"] = expr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_expr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expr = _parse_expr(d.pop("expr", UNSET))

        project_settings_bundle_exporter_settings_type_0_data_inclusion_rules_type_0_item = cls(
            type_=type_,
            mode=mode,
            expr=expr,
        )

        project_settings_bundle_exporter_settings_type_0_data_inclusion_rules_type_0_item.additional_properties = d
        return project_settings_bundle_exporter_settings_type_0_data_inclusion_rules_type_0_item

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
