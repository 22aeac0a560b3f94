from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_selection_ordering_type_0_rules_type_0_item import (
        DataSelectionOrderingType0RulesType0Item,
    )


T = TypeVar("T", bound="DataSelectionOrderingType0")


@_attrs_define
class DataSelectionOrderingType0:
    """The order rows are read in.

    Attributes:
        enabled (bool | None | Unset): Whether reads are ordered.
        rules (list[DataSelectionOrderingType0RulesType0Item] | None | Unset): The ordering, one rule a column.
    """

    enabled: bool | None | Unset = UNSET
    rules: list[DataSelectionOrderingType0RulesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

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
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_selection_ordering_type_0_rules_type_0_item import (
            DataSelectionOrderingType0RulesType0Item,
        )

        d = dict(src_dict)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_rules(
            data: object,
        ) -> list[DataSelectionOrderingType0RulesType0Item] | None | Unset:
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
                    rules_type_0_item = (
                        DataSelectionOrderingType0RulesType0Item.from_dict(
                            rules_type_0_item_data
                        )
                    )

                    rules_type_0.append(rules_type_0_item)

                return rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[DataSelectionOrderingType0RulesType0Item] | None | Unset, data
            )

        rules = _parse_rules(d.pop("rules", UNSET))

        data_selection_ordering_type_0 = cls(
            enabled=enabled,
            rules=rules,
        )

        data_selection_ordering_type_0.additional_properties = d
        return data_selection_ordering_type_0

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
