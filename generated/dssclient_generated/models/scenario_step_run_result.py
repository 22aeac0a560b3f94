from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_run_error import ScenarioRunError


T = TypeVar("T", bound="ScenarioStepRunResult")


@_attrs_define
class ScenarioStepRunResult:
    """Present once the step is over: its `outcome`, and `thrown` when it failed.

    Attributes:
        outcome (str | Unset): `SUCCESS`, `WARNING`, `FAILED` or `ABORTED`.
        thrown (ScenarioRunError | Unset): The error a failed step or job threw, as the official client documents it.
    """

    outcome: str | Unset = UNSET
    thrown: ScenarioRunError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome

        thrown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thrown, Unset):
            thrown = self.thrown.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if thrown is not UNSET:
            field_dict["thrown"] = thrown

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_run_error import ScenarioRunError

        d = dict(src_dict)
        outcome = d.pop("outcome", UNSET)

        _thrown = d.pop("thrown", UNSET)
        thrown: ScenarioRunError | Unset
        if isinstance(_thrown, Unset):
            thrown = UNSET
        else:
            thrown = ScenarioRunError.from_dict(_thrown)

        scenario_step_run_result = cls(
            outcome=outcome,
            thrown=thrown,
        )

        scenario_step_run_result.additional_properties = d
        return scenario_step_run_result

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
