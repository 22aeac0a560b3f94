from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.future_state import FutureState


T = TypeVar("T", bound="ContinuousActivityMainLoopState")


@_attrs_define
class ContinuousActivityMainLoopState:
    """The effective state of a continuous activity's main loop, a long task.

    Attributes:
        future_id (None | str | Unset): Identifier of the main loop's future (abort it to stop the activity).
        future_info (FutureState | None | Unset): The state of the main loop's future.
        attempt_count (int | None | Unset): How many times the loop was (re)started since the activity was started
            (unverified).
    """

    future_id: None | str | Unset = UNSET
    future_info: FutureState | None | Unset = UNSET
    attempt_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.future_state import FutureState

        future_id: None | str | Unset
        if isinstance(self.future_id, Unset):
            future_id = UNSET
        else:
            future_id = self.future_id

        future_info: dict[str, Any] | None | Unset
        if isinstance(self.future_info, Unset):
            future_info = UNSET
        elif isinstance(self.future_info, FutureState):
            future_info = self.future_info.to_dict()
        else:
            future_info = self.future_info

        attempt_count: int | None | Unset
        if isinstance(self.attempt_count, Unset):
            attempt_count = UNSET
        else:
            attempt_count = self.attempt_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if future_id is not UNSET:
            field_dict["futureId"] = future_id
        if future_info is not UNSET:
            field_dict["futureInfo"] = future_info
        if attempt_count is not UNSET:
            field_dict["attemptCount"] = attempt_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.future_state import FutureState

        d = dict(src_dict)

        def _parse_future_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        future_id = _parse_future_id(d.pop("futureId", UNSET))

        def _parse_future_info(data: object) -> FutureState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                future_info_type_0 = FutureState.from_dict(data)

                return future_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FutureState | None | Unset, data)

        future_info = _parse_future_info(d.pop("futureInfo", UNSET))

        def _parse_attempt_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempt_count = _parse_attempt_count(d.pop("attemptCount", UNSET))

        continuous_activity_main_loop_state = cls(
            future_id=future_id,
            future_info=future_info,
            attempt_count=attempt_count,
        )

        continuous_activity_main_loop_state.additional_properties = d
        return continuous_activity_main_loop_state

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
