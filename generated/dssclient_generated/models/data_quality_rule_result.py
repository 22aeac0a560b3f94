from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataQualityRuleResult")


@_attrs_define
class DataQualityRuleResult:
    """One computation of one rule on one partition.

    Attributes:
        id (None | str | Unset): Identifier of the rule.
        name (None | str | Unset): Name of the rule when it was computed.
        rule_type (None | str | Unset): Type of the rule.
        outcome (str | Unset): Outcome of a rule, or status of a dataset: `OK`, `WARNING`, `ERROR`, `EMPTY` (the value
            could not be computed), or `NOT_COMPUTED` for a status without results (unverified)
            (`x-extensible-enum`).
        message (None | str | Unset): What the computation found.
        observed_value (None | str | Unset): The value tested, when there is one.
        compute_date (int | None | Unset): When it was computed (epoch milliseconds).
        run_origin (None | str | Unset): What started the computation (`MANUAL` from the API; unverified)
            (`x-extensible-enum`).
        partition (None | str | Unset): The partition (`NP`, `ALL` or its identifier).
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    rule_type: None | str | Unset = UNSET
    outcome: str | Unset = UNSET
    message: None | str | Unset = UNSET
    observed_value: None | str | Unset = UNSET
    compute_date: int | None | Unset = UNSET
    run_origin: None | str | Unset = UNSET
    partition: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rule_type: None | str | Unset
        if isinstance(self.rule_type, Unset):
            rule_type = UNSET
        else:
            rule_type = self.rule_type

        outcome = self.outcome

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        observed_value: None | str | Unset
        if isinstance(self.observed_value, Unset):
            observed_value = UNSET
        else:
            observed_value = self.observed_value

        compute_date: int | None | Unset
        if isinstance(self.compute_date, Unset):
            compute_date = UNSET
        else:
            compute_date = self.compute_date

        run_origin: None | str | Unset
        if isinstance(self.run_origin, Unset):
            run_origin = UNSET
        else:
            run_origin = self.run_origin

        partition: None | str | Unset
        if isinstance(self.partition, Unset):
            partition = UNSET
        else:
            partition = self.partition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if rule_type is not UNSET:
            field_dict["ruleType"] = rule_type
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if message is not UNSET:
            field_dict["message"] = message
        if observed_value is not UNSET:
            field_dict["observedValue"] = observed_value
        if compute_date is not UNSET:
            field_dict["computeDate"] = compute_date
        if run_origin is not UNSET:
            field_dict["runOrigin"] = run_origin
        if partition is not UNSET:
            field_dict["partition"] = partition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_rule_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rule_type = _parse_rule_type(d.pop("ruleType", UNSET))

        outcome = d.pop("outcome", UNSET)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_observed_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        observed_value = _parse_observed_value(d.pop("observedValue", UNSET))

        def _parse_compute_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        compute_date = _parse_compute_date(d.pop("computeDate", UNSET))

        def _parse_run_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_origin = _parse_run_origin(d.pop("runOrigin", UNSET))

        def _parse_partition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partition = _parse_partition(d.pop("partition", UNSET))

        data_quality_rule_result = cls(
            id=id,
            name=name,
            rule_type=rule_type,
            outcome=outcome,
            message=message,
            observed_value=observed_value,
            compute_date=compute_date,
            run_origin=run_origin,
            partition=partition,
        )

        data_quality_rule_result.additional_properties = d
        return data_quality_rule_result

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
