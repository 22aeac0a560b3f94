from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContinuousActivityLoopParams")


@_attrs_define
class ContinuousActivityLoopParams:
    """How a continuous activity's main loop is restarted after a failure.

    Attributes:
        abort_after_crashes (int | None | Unset): Failures after which the recipe is not restarted any more; -1 for no
            limit.
        initial_restart_delay_ms (int | None | Unset): Delay before the first restart, in milliseconds.
        restart_delay_inc_ms (int | None | Unset): Increase of the delay at each further restart, in milliseconds.
        max_restart_delay_ms (int | None | Unset): Longest delay before a restart, in milliseconds.
    """

    abort_after_crashes: int | None | Unset = UNSET
    initial_restart_delay_ms: int | None | Unset = UNSET
    restart_delay_inc_ms: int | None | Unset = UNSET
    max_restart_delay_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        abort_after_crashes: int | None | Unset
        if isinstance(self.abort_after_crashes, Unset):
            abort_after_crashes = UNSET
        else:
            abort_after_crashes = self.abort_after_crashes

        initial_restart_delay_ms: int | None | Unset
        if isinstance(self.initial_restart_delay_ms, Unset):
            initial_restart_delay_ms = UNSET
        else:
            initial_restart_delay_ms = self.initial_restart_delay_ms

        restart_delay_inc_ms: int | None | Unset
        if isinstance(self.restart_delay_inc_ms, Unset):
            restart_delay_inc_ms = UNSET
        else:
            restart_delay_inc_ms = self.restart_delay_inc_ms

        max_restart_delay_ms: int | None | Unset
        if isinstance(self.max_restart_delay_ms, Unset):
            max_restart_delay_ms = UNSET
        else:
            max_restart_delay_ms = self.max_restart_delay_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if abort_after_crashes is not UNSET:
            field_dict["abortAfterCrashes"] = abort_after_crashes
        if initial_restart_delay_ms is not UNSET:
            field_dict["initialRestartDelayMS"] = initial_restart_delay_ms
        if restart_delay_inc_ms is not UNSET:
            field_dict["restartDelayIncMS"] = restart_delay_inc_ms
        if max_restart_delay_ms is not UNSET:
            field_dict["maxRestartDelayMS"] = max_restart_delay_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_abort_after_crashes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        abort_after_crashes = _parse_abort_after_crashes(
            d.pop("abortAfterCrashes", UNSET)
        )

        def _parse_initial_restart_delay_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        initial_restart_delay_ms = _parse_initial_restart_delay_ms(
            d.pop("initialRestartDelayMS", UNSET)
        )

        def _parse_restart_delay_inc_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        restart_delay_inc_ms = _parse_restart_delay_inc_ms(
            d.pop("restartDelayIncMS", UNSET)
        )

        def _parse_max_restart_delay_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_restart_delay_ms = _parse_max_restart_delay_ms(
            d.pop("maxRestartDelayMS", UNSET)
        )

        continuous_activity_loop_params = cls(
            abort_after_crashes=abort_after_crashes,
            initial_restart_delay_ms=initial_restart_delay_ms,
            restart_delay_inc_ms=restart_delay_inc_ms,
            max_restart_delay_ms=max_restart_delay_ms,
        )

        continuous_activity_loop_params.additional_properties = d
        return continuous_activity_loop_params

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
