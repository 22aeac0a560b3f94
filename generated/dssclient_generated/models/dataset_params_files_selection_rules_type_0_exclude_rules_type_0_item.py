from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetParamsFilesSelectionRulesType0ExcludeRulesType0Item")


@_attrs_define
class DatasetParamsFilesSelectionRulesType0ExcludeRulesType0Item:
    """One rule (`mode`, `matchingMode`, `expr`) (unverified).

    Attributes:
        mode (None | str | Unset): Whether the rule matches names or paths (unverified).
        matching_mode (None | str | Unset): How `expr` matches (`GLOB`, `REGEXP`) (unverified).
        expr (None | str | Unset): The pattern (unverified).
    """

    mode: None | str | Unset = UNSET
    matching_mode: None | str | Unset = UNSET
    expr: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        matching_mode: None | str | Unset
        if isinstance(self.matching_mode, Unset):
            matching_mode = UNSET
        else:
            matching_mode = self.matching_mode

        expr: None | str | Unset
        if isinstance(self.expr, Unset):
            expr = UNSET
        else:
            expr = self.expr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if matching_mode is not UNSET:
            field_dict["matchingMode"] = matching_mode
        if expr is not UNSET:
            field_dict["expr"] = expr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_matching_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        matching_mode = _parse_matching_mode(d.pop("matchingMode", UNSET))

        def _parse_expr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expr = _parse_expr(d.pop("expr", UNSET))

        dataset_params_files_selection_rules_type_0_exclude_rules_type_0_item = cls(
            mode=mode,
            matching_mode=matching_mode,
            expr=expr,
        )

        dataset_params_files_selection_rules_type_0_exclude_rules_type_0_item.additional_properties = d
        return dataset_params_files_selection_rules_type_0_exclude_rules_type_0_item

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
