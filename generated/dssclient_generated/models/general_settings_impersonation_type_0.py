from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.impersonation_rule import ImpersonationRule


T = TypeVar("T", bound="GeneralSettingsImpersonationType0")


@_attrs_define
class GeneralSettingsImpersonationType0:
    """User isolation, and the rules mapping DSS users and groups to Unix and Hadoop users.

    Attributes:
        enabled (bool | None | Unset): Whether user isolation is on.
        user_rules (list[ImpersonationRule] | None | Unset): Rules mapping DSS users to system users.
        group_rules (list[ImpersonationRule] | None | Unset): Rules mapping DSS groups to system users.
    """

    enabled: bool | None | Unset = UNSET
    user_rules: list[ImpersonationRule] | None | Unset = UNSET
    group_rules: list[ImpersonationRule] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        user_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.user_rules, Unset):
            user_rules = UNSET
        elif isinstance(self.user_rules, list):
            user_rules = []
            for user_rules_type_0_item_data in self.user_rules:
                user_rules_type_0_item = user_rules_type_0_item_data.to_dict()
                user_rules.append(user_rules_type_0_item)

        else:
            user_rules = self.user_rules

        group_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.group_rules, Unset):
            group_rules = UNSET
        elif isinstance(self.group_rules, list):
            group_rules = []
            for group_rules_type_0_item_data in self.group_rules:
                group_rules_type_0_item = group_rules_type_0_item_data.to_dict()
                group_rules.append(group_rules_type_0_item)

        else:
            group_rules = self.group_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if user_rules is not UNSET:
            field_dict["userRules"] = user_rules
        if group_rules is not UNSET:
            field_dict["groupRules"] = group_rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.impersonation_rule import ImpersonationRule

        d = dict(src_dict)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_user_rules(data: object) -> list[ImpersonationRule] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                user_rules_type_0 = []
                _user_rules_type_0 = data
                for user_rules_type_0_item_data in _user_rules_type_0:
                    user_rules_type_0_item = ImpersonationRule.from_dict(
                        user_rules_type_0_item_data
                    )

                    user_rules_type_0.append(user_rules_type_0_item)

                return user_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ImpersonationRule] | None | Unset, data)

        user_rules = _parse_user_rules(d.pop("userRules", UNSET))

        def _parse_group_rules(data: object) -> list[ImpersonationRule] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                group_rules_type_0 = []
                _group_rules_type_0 = data
                for group_rules_type_0_item_data in _group_rules_type_0:
                    group_rules_type_0_item = ImpersonationRule.from_dict(
                        group_rules_type_0_item_data
                    )

                    group_rules_type_0.append(group_rules_type_0_item)

                return group_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ImpersonationRule] | None | Unset, data)

        group_rules = _parse_group_rules(d.pop("groupRules", UNSET))

        general_settings_impersonation_type_0 = cls(
            enabled=enabled,
            user_rules=user_rules,
            group_rules=group_rules,
        )

        general_settings_impersonation_type_0.additional_properties = d
        return general_settings_impersonation_type_0

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
