from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_run import ScenarioRun


T = TypeVar("T", bound="ScenarioRunForTrigger")


@_attrs_define
class ScenarioRunForTrigger:
    """The run a trigger fire started, when it exists.

    Attributes:
        scenario_run (ScenarioRun | Unset): A run of a scenario.
    """

    scenario_run: ScenarioRun | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenario_run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scenario_run, Unset):
            scenario_run = self.scenario_run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scenario_run is not UNSET:
            field_dict["scenarioRun"] = scenario_run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_run import ScenarioRun

        d = dict(src_dict)
        _scenario_run = d.pop("scenarioRun", UNSET)
        scenario_run: ScenarioRun | Unset
        if isinstance(_scenario_run, Unset):
            scenario_run = UNSET
        else:
            scenario_run = ScenarioRun.from_dict(_scenario_run)

        scenario_run_for_trigger = cls(
            scenario_run=scenario_run,
        )

        scenario_run_for_trigger.additional_properties = d
        return scenario_run_for_trigger

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
