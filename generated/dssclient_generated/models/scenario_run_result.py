from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thrown_error_type_0 import ThrownErrorType0


T = TypeVar("T", bound="ScenarioRunResult")


@_attrs_define
class ScenarioRunResult:
    """Present once a run (or a step run) is over: its `outcome`.

    Attributes:
        outcome (None | str | Unset): `SUCCESS`, `WARNING`, `FAILED` or `ABORTED` (`x-extensible-enum`).
        type_ (None | str | Unset): `SCENARIO_DONE` or `STEP_DONE`.
        start (int | None | Unset): When the run started, in ms since the Unix epoch.
        end (int | None | Unset): When the run ended, in ms since the Unix epoch.
        thrown (None | ThrownErrorType0 | Unset): Why something failed.
    """

    outcome: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    start: int | None | Unset = UNSET
    end: int | None | Unset = UNSET
    thrown: None | ThrownErrorType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.thrown_error_type_0 import ThrownErrorType0

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        else:
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

        thrown: dict[str, Any] | None | Unset
        if isinstance(self.thrown, Unset):
            thrown = UNSET
        elif isinstance(self.thrown, ThrownErrorType0):
            thrown = self.thrown.to_dict()
        else:
            thrown = self.thrown

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
        from ..models.thrown_error_type_0 import ThrownErrorType0

        d = dict(src_dict)

        def _parse_outcome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

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

        def _parse_thrown(data: object) -> None | ThrownErrorType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_thrown_error_type_0 = ThrownErrorType0.from_dict(data)

                return componentsschemas_thrown_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThrownErrorType0 | Unset, data)

        thrown = _parse_thrown(d.pop("thrown", UNSET))

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
