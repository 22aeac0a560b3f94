from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_run import ScenarioRun
    from ..models.scenario_step_run import ScenarioStepRun


T = TypeVar("T", bound="ScenarioRunDetails")


@_attrs_define
class ScenarioRunDetails:
    """A scenario run and the runs of its steps.

    Attributes:
        scenario_run (ScenarioRun): A run of a scenario.
        step_runs (list[ScenarioStepRun] | Unset): The runs of the steps so far: each with its `runId`, `step`, `result`
            (`outcome`, and `thrown` when it failed) and `additionalReportItems` (jobs it ran: `type` `JOB_EXECUTED`,
            `jobId`, `outcome`).
    """

    scenario_run: ScenarioRun
    step_runs: list[ScenarioStepRun] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenario_run = self.scenario_run.to_dict()

        step_runs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.step_runs, Unset):
            step_runs = []
            for step_runs_item_data in self.step_runs:
                step_runs_item = step_runs_item_data.to_dict()
                step_runs.append(step_runs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenarioRun": scenario_run,
            }
        )
        if step_runs is not UNSET:
            field_dict["stepRuns"] = step_runs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_run import ScenarioRun
        from ..models.scenario_step_run import ScenarioStepRun

        d = dict(src_dict)
        scenario_run = ScenarioRun.from_dict(d.pop("scenarioRun"))

        _step_runs = d.pop("stepRuns", UNSET)
        step_runs: list[ScenarioStepRun] | Unset = UNSET
        if _step_runs is not UNSET:
            step_runs = []
            for step_runs_item_data in _step_runs:
                step_runs_item = ScenarioStepRun.from_dict(step_runs_item_data)

                step_runs.append(step_runs_item)

        scenario_run_details = cls(
            scenario_run=scenario_run,
            step_runs=step_runs,
        )

        scenario_run_details.additional_properties = d
        return scenario_run_details

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
