from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_run_error import ScenarioRunError


T = TypeVar("T", bound="ScenarioRunResult")


@_attrs_define
class ScenarioRunResult:
    """Present once a run (or a step run) is over: its `outcome`.

    Attributes:
        outcome (str | Unset): `SUCCESS`, `WARNING`, `FAILED` or `ABORTED` (`x-extensible-enum`).
        type_ (None | str | Unset): `SCENARIO_DONE` or `STEP_DONE`.
        start (int | None | Unset): When the run started, in ms since the Unix epoch.
        end (int | None | Unset): When the run ended, in ms since the Unix epoch.
        thrown (ScenarioRunError | Unset): The error a failed step or job threw, as the official client documents it.
    """

    outcome: str | Unset = UNSET
    type_: None | str | Unset = UNSET
    start: int | None | Unset = UNSET
    end: int | None | Unset = UNSET
    thrown: ScenarioRunError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        start: int | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: int | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        thrown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thrown, Unset):
            thrown = self.thrown.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if type_ is not UNSET:
            field_dict["type"] = type_
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if thrown is not UNSET:
            field_dict["thrown"] = thrown

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_run_error import ScenarioRunError

        d = dict(src_dict)
        outcome = d.pop("outcome", UNSET)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))

        def _parse_end(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))

        _thrown = d.pop("thrown", UNSET)
        thrown: ScenarioRunError | Unset
        if isinstance(_thrown, Unset):
            thrown = UNSET
        else:
            thrown = ScenarioRunError.from_dict(_thrown)

        scenario_run_result = cls(
            outcome=outcome,
            type_=type_,
            start=start,
            end=end,
            thrown=thrown,
        )

        scenario_run_result.additional_properties = d
        return scenario_run_result

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
