from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScenarioSettingsDelayedTriggersBehaviorType0")


@_attrs_define
class ScenarioSettingsDelayedTriggersBehaviorType0:
    """What happens to triggers that fire while the scenario runs (unverified).

    Attributes:
        delay_while_running (bool | None | Unset): Whether such fires wait for the run to end (unverified).
        squash_delayed_triggers (bool | None | Unset): Whether several waiting fires make one run (unverified).
        suppress_trigger_if_running_or_queued (bool | None | Unset): Whether such fires are dropped (unverified).
    """

    delay_while_running: bool | None | Unset = UNSET
    squash_delayed_triggers: bool | None | Unset = UNSET
    suppress_trigger_if_running_or_queued: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delay_while_running: bool | None | Unset
        if isinstance(self.delay_while_running, Unset):
            delay_while_running = UNSET
        else:
            delay_while_running = self.delay_while_running

        squash_delayed_triggers: bool | None | Unset
        if isinstance(self.squash_delayed_triggers, Unset):
            squash_delayed_triggers = UNSET
        else:
            squash_delayed_triggers = self.squash_delayed_triggers

        suppress_trigger_if_running_or_queued: bool | None | Unset
        if isinstance(self.suppress_trigger_if_running_or_queued, Unset):
            suppress_trigger_if_running_or_queued = UNSET
        else:
            suppress_trigger_if_running_or_queued = (
                self.suppress_trigger_if_running_or_queued
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delay_while_running is not UNSET:
            field_dict["delayWhileRunning"] = delay_while_running
        if squash_delayed_triggers is not UNSET:
            field_dict["squashDelayedTriggers"] = squash_delayed_triggers
        if suppress_trigger_if_running_or_queued is not UNSET:
            field_dict["suppressTriggerIfRunningOrQueued"] = (
                suppress_trigger_if_running_or_queued
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_delay_while_running(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        delay_while_running = _parse_delay_while_running(
            d.pop("delayWhileRunning", UNSET)
        )

        def _parse_squash_delayed_triggers(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        squash_delayed_triggers = _parse_squash_delayed_triggers(
            d.pop("squashDelayedTriggers", UNSET)
        )

        def _parse_suppress_trigger_if_running_or_queued(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        suppress_trigger_if_running_or_queued = (
            _parse_suppress_trigger_if_running_or_queued(
                d.pop("suppressTriggerIfRunningOrQueued", UNSET)
            )
        )

        scenario_settings_delayed_triggers_behavior_type_0 = cls(
            delay_while_running=delay_while_running,
            squash_delayed_triggers=squash_delayed_triggers,
            suppress_trigger_if_running_or_queued=suppress_trigger_if_running_or_queued,
        )

        scenario_settings_delayed_triggers_behavior_type_0.additional_properties = d
        return scenario_settings_delayed_triggers_behavior_type_0

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
