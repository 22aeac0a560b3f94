from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_trigger import ScenarioTrigger
    from ..models.trigger_fire_params import TriggerFireParams


T = TypeVar("T", bound="TriggerFire")


@_attrs_define
class TriggerFire:
    """A firing of one of a scenario's triggers.

    Attributes:
        trigger (ScenarioTrigger): An automatic trigger of a scenario.
        run_id (str): Identifier of this fire (not of the scenario run it starts).
        cancelled (bool): Whether the fire was cancelled (the scenario was already running, say) and starts no run.
        project_key (str | Unset): Key of the scenario's project.
        scenario_id (str | Unset): Identifier of the scenario.
        params (TriggerFireParams | Unset): The parameters the run gets, by name; each value is any JSON value.
    """

    trigger: ScenarioTrigger
    run_id: str
    cancelled: bool
    project_key: str | Unset = UNSET
    scenario_id: str | Unset = UNSET
    params: TriggerFireParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trigger = self.trigger.to_dict()

        run_id = self.run_id

        cancelled = self.cancelled

        project_key = self.project_key

        scenario_id = self.scenario_id

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trigger": trigger,
                "runId": run_id,
                "cancelled": cancelled,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if scenario_id is not UNSET:
            field_dict["scenarioId"] = scenario_id
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_trigger import ScenarioTrigger
        from ..models.trigger_fire_params import TriggerFireParams

        d = dict(src_dict)
        trigger = ScenarioTrigger.from_dict(d.pop("trigger"))

        run_id = d.pop("runId")

        cancelled = d.pop("cancelled")

        project_key = d.pop("projectKey", UNSET)

        scenario_id = d.pop("scenarioId", UNSET)

        _params = d.pop("params", UNSET)
        params: TriggerFireParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = TriggerFireParams.from_dict(_params)

        trigger_fire = cls(
            trigger=trigger,
            run_id=run_id,
            cancelled=cancelled,
            project_key=project_key,
            scenario_id=scenario_id,
            params=params,
        )

        trigger_fire.additional_properties = d
        return trigger_fire

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
