from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_run_result import ScenarioRunResult
    from ..models.scenario_run_scenario import ScenarioRunScenario
    from ..models.scenario_run_trigger import ScenarioRunTrigger


T = TypeVar("T", bound="ScenarioRun")


@_attrs_define
class ScenarioRun:
    """A run of a scenario.

    Attributes:
        run_id (str): Identifier of the run.
        scenario (ScenarioRunScenario): The scenario, as it was when the run started.
        start (int | Unset): When the run started, in milliseconds since the Unix epoch.
        end (int | Unset): When the run ended, in milliseconds since the Unix epoch; 0 while running.
        trigger (ScenarioRunTrigger | Unset): The trigger fire that started the run.
        result (ScenarioRunResult | Unset): Present once a run (or a step run) is over: its `outcome`.
        run_as_user (str | Unset): Login the run ran as.
    """

    run_id: str
    scenario: ScenarioRunScenario
    start: int | Unset = UNSET
    end: int | Unset = UNSET
    trigger: ScenarioRunTrigger | Unset = UNSET
    result: ScenarioRunResult | Unset = UNSET
    run_as_user: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        scenario = self.scenario.to_dict()

        start = self.start

        end = self.end

        trigger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.to_dict()

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        run_as_user = self.run_as_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "runId": run_id,
                "scenario": scenario,
            }
        )
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if result is not UNSET:
            field_dict["result"] = result
        if run_as_user is not UNSET:
            field_dict["runAsUser"] = run_as_user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_run_result import ScenarioRunResult
        from ..models.scenario_run_scenario import ScenarioRunScenario
        from ..models.scenario_run_trigger import ScenarioRunTrigger

        d = dict(src_dict)
        run_id = d.pop("runId")

        scenario = ScenarioRunScenario.from_dict(d.pop("scenario"))

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        _trigger = d.pop("trigger", UNSET)
        trigger: ScenarioRunTrigger | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = ScenarioRunTrigger.from_dict(_trigger)

        _result = d.pop("result", UNSET)
        result: ScenarioRunResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = ScenarioRunResult.from_dict(_result)

        run_as_user = d.pop("runAsUser", UNSET)

        scenario_run = cls(
            run_id=run_id,
            scenario=scenario,
            start=start,
            end=end,
            trigger=trigger,
            result=result,
            run_as_user=run_as_user,
        )

        scenario_run.additional_properties = d
        return scenario_run

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
