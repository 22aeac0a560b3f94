from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_run_trigger_params_type_0 import (
        ScenarioRunTriggerParamsType0,
    )
    from ..models.scenario_trigger import ScenarioTrigger


T = TypeVar("T", bound="ScenarioRunTrigger")


@_attrs_define
class ScenarioRunTrigger:
    """The trigger fire that started the run.

    Attributes:
        trigger (ScenarioTrigger | Unset): An automatic trigger of a scenario.
        run_id (str | Unset): Identifier of the fire.
        params (None | ScenarioRunTriggerParamsType0 | Unset): The parameters the run got, by name; each value is any
            JSON value.
    """

    trigger: ScenarioTrigger | Unset = UNSET
    run_id: str | Unset = UNSET
    params: None | ScenarioRunTriggerParamsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario_run_trigger_params_type_0 import (
            ScenarioRunTriggerParamsType0,
        )

        trigger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.to_dict()

        run_id = self.run_id

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, ScenarioRunTriggerParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if run_id is not UNSET:
            field_dict["runId"] = run_id
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_run_trigger_params_type_0 import (
            ScenarioRunTriggerParamsType0,
        )
        from ..models.scenario_trigger import ScenarioTrigger

        d = dict(src_dict)
        _trigger = d.pop("trigger", UNSET)
        trigger: ScenarioTrigger | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = ScenarioTrigger.from_dict(_trigger)

        run_id = d.pop("runId", UNSET)

        def _parse_params(data: object) -> None | ScenarioRunTriggerParamsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = ScenarioRunTriggerParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioRunTriggerParamsType0 | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        scenario_run_trigger = cls(
            trigger=trigger,
            run_id=run_id,
            params=params,
        )

        scenario_run_trigger.additional_properties = d
        return scenario_run_trigger

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
