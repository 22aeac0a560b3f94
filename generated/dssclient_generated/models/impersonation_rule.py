from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImpersonationRule")


@_attrs_define
class ImpersonationRule:
    """A rule mapping DSS users (or groups) to the system user their code runs as (unverified beyond the shape).

    Attributes:
        type_ (None | str | Unset): How DSS users are matched (`IDENTITY`, `SINGLE_MAPPING`, `REGEXP_RULE`)
            (unverified).
        rule_from (None | str | Unset): The DSS user, group or pattern matched.
        target_unix (None | str | Unset): The Unix user code runs as.
        target_hadoop (None | str | Unset): The Hadoop user code runs as.
    """

    type_: None | str | Unset = UNSET
    rule_from: None | str | Unset = UNSET
    target_unix: None | str | Unset = UNSET
    target_hadoop: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        rule_from: None | str | Unset
        if isinstance(self.rule_from, Unset):
            rule_from = UNSET
        else:
            rule_from = self.rule_from

        target_unix: None | str | Unset
        if isinstance(self.target_unix, Unset):
            target_unix = UNSET
        else:
            target_unix = self.target_unix

        target_hadoop: None | str | Unset
        if isinstance(self.target_hadoop, Unset):
            target_hadoop = UNSET
        else:
            target_hadoop = self.target_hadoop

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if rule_from is not UNSET:
            field_dict["ruleFrom"] = rule_from
        if target_unix is not UNSET:
            field_dict["targetUnix"] = target_unix
        if target_hadoop is not UNSET:
            field_dict["targetHadoop"] = target_hadoop

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

        def _parse_rule_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_from = _parse_rule_from(d.pop("ruleFrom", UNSET))

        def _parse_target_unix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_unix = _parse_target_unix(d.pop("targetUnix", UNSET))

        def _parse_target_hadoop(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_hadoop = _parse_target_hadoop(d.pop("targetHadoop", UNSET))

        impersonation_rule = cls(
            type_=type_,
            rule_from=rule_from,
            target_unix=target_unix,
            target_hadoop=target_hadoop,
        )

        impersonation_rule.additional_properties = d
        return impersonation_rule

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
