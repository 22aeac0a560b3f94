from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scenario_trigger_grace_delay_settings_type_0 import (
        ScenarioTriggerGraceDelaySettingsType0,
    )
    from ..models.scenario_trigger_params import ScenarioTriggerParams


T = TypeVar("T", bound="ScenarioTrigger")


@_attrs_define
class ScenarioTrigger:
    """An automatic trigger of a scenario.

    Attributes:
        id (None | str | Unset): Identifier of the trigger within the scenario.
        name (None | str | Unset): Display name of the trigger.
        type_ (None | str | Unset): What fires it: `temporal` (time-based), `ds_modified` (a dataset changed),
            `sql_query`
            (a query's result changed), `custom_python`, `follow_scenariorun`, ...
        active (bool | None | Unset): Whether the trigger fires.
        delay (int | None | Unset): Seconds between two evaluations of the trigger (unverified).
        grace_delay_settings (None | ScenarioTriggerGraceDelaySettingsType0 | Unset): How long a condition must hold
            before the trigger fires (unverified).
        params (None | ScenarioTriggerParams | Unset): The trigger's type-specific settings (see
            `ScenarioTriggerParams`).
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    delay: int | None | Unset = UNSET
    grace_delay_settings: None | ScenarioTriggerGraceDelaySettingsType0 | Unset = UNSET
    params: None | ScenarioTriggerParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scenario_trigger_grace_delay_settings_type_0 import (
            ScenarioTriggerGraceDelaySettingsType0,
        )
        from ..models.scenario_trigger_params import ScenarioTriggerParams

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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        delay: int | None | Unset
        if isinstance(self.delay, Unset):
            delay = UNSET
        else:
            delay = self.delay

        grace_delay_settings: dict[str, Any] | None | Unset
        if isinstance(self.grace_delay_settings, Unset):
            grace_delay_settings = UNSET
        elif isinstance(
            self.grace_delay_settings, ScenarioTriggerGraceDelaySettingsType0
        ):
            grace_delay_settings = self.grace_delay_settings.to_dict()
        else:
            grace_delay_settings = self.grace_delay_settings

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, ScenarioTriggerParams):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if active is not UNSET:
            field_dict["active"] = active
        if delay is not UNSET:
            field_dict["delay"] = delay
        if grace_delay_settings is not UNSET:
            field_dict["graceDelaySettings"] = grace_delay_settings
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scenario_trigger_grace_delay_settings_type_0 import (
            ScenarioTriggerGraceDelaySettingsType0,
        )
        from ..models.scenario_trigger_params import ScenarioTriggerParams

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

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_delay(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delay = _parse_delay(d.pop("delay", UNSET))

        def _parse_grace_delay_settings(
            data: object,
        ) -> None | ScenarioTriggerGraceDelaySettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                grace_delay_settings_type_0 = (
                    ScenarioTriggerGraceDelaySettingsType0.from_dict(data)
                )

                return grace_delay_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioTriggerGraceDelaySettingsType0 | Unset, data)

        grace_delay_settings = _parse_grace_delay_settings(
            d.pop("graceDelaySettings", UNSET)
        )

        def _parse_params(data: object) -> None | ScenarioTriggerParams | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = ScenarioTriggerParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScenarioTriggerParams | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        scenario_trigger = cls(
            id=id,
            name=name,
            type_=type_,
            active=active,
            delay=delay,
            grace_delay_settings=grace_delay_settings,
            params=params,
        )

        scenario_trigger.additional_properties = d
        return scenario_trigger

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
