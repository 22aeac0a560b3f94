from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScenarioTriggerGraceDelaySettingsType0")


@_attrs_define
class ScenarioTriggerGraceDelaySettingsType0:
    """How long a condition must hold before the trigger fires (unverified).

    Attributes:
        delay (int | None | Unset): Grace delay, in seconds.
        check_again_after_grace_delay (bool | None | Unset): Whether the condition is checked again after the delay.
    """

    delay: int | None | Unset = UNSET
    check_again_after_grace_delay: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delay: int | None | Unset
        if isinstance(self.delay, Unset):
            delay = UNSET
        else:
            delay = self.delay

        check_again_after_grace_delay: bool | None | Unset
        if isinstance(self.check_again_after_grace_delay, Unset):
            check_again_after_grace_delay = UNSET
        else:
            check_again_after_grace_delay = self.check_again_after_grace_delay

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delay is not UNSET:
            field_dict["delay"] = delay
        if check_again_after_grace_delay is not UNSET:
            field_dict["checkAgainAfterGraceDelay"] = check_again_after_grace_delay

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_delay(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delay = _parse_delay(d.pop("delay", UNSET))

        def _parse_check_again_after_grace_delay(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        check_again_after_grace_delay = _parse_check_again_after_grace_delay(
            d.pop("checkAgainAfterGraceDelay", UNSET)
        )

        scenario_trigger_grace_delay_settings_type_0 = cls(
            delay=delay,
            check_again_after_grace_delay=check_again_after_grace_delay,
        )

        scenario_trigger_grace_delay_settings_type_0.additional_properties = d
        return scenario_trigger_grace_delay_settings_type_0

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
