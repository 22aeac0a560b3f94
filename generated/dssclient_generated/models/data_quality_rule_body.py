from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataQualityRuleBody")


@_attrs_define
class DataQualityRuleBody:
    """A rule as `createDataQualityRule` and `saveDataQualityRule` take it.

    Attributes:
        type_ (str): What the rule tests.
        id (str | Unset): Identifier (for a save; chosen by DSS at creation).
        display_name (str | Unset): Name shown for the rule.
        enabled (bool | Unset): Whether computing the dataset's rules computes this one.
        columns (list[str] | Unset): The columns a column rule tests.
    """

    type_: str
    id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    columns: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        display_name = self.display_name

        enabled = self.enabled

        columns: list[str] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = self.columns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if columns is not UNSET:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        id = d.pop("id", UNSET)

        display_name = d.pop("displayName", UNSET)

        enabled = d.pop("enabled", UNSET)

        columns = cast(list[str], d.pop("columns", UNSET))

        data_quality_rule_body = cls(
            type_=type_,
            id=id,
            display_name=display_name,
            enabled=enabled,
            columns=columns,
        )

        data_quality_rule_body.additional_properties = d
        return data_quality_rule_body

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
