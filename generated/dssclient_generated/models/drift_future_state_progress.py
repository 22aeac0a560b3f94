from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.future_progress_state import FutureProgressState


T = TypeVar("T", bound="DriftFutureStateProgress")


@_attrs_define
class DriftFutureStateProgress:
    """How far the task has gone.

    Attributes:
        states (list[FutureProgressState] | Unset): Progress, from the outermost level inwards.
    """

    states: list[FutureProgressState] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        states: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.states, Unset):
            states = []
            for states_item_data in self.states:
                states_item = states_item_data.to_dict()
                states.append(states_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if states is not UNSET:
            field_dict["states"] = states

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.future_progress_state import FutureProgressState

        d = dict(src_dict)
        _states = d.pop("states", UNSET)
        states: list[FutureProgressState] | Unset = UNSET
        if _states is not UNSET:
            states = []
            for states_item_data in _states:
                states_item = FutureProgressState.from_dict(states_item_data)

                states.append(states_item)

        drift_future_state_progress = cls(
            states=states,
        )

        drift_future_state_progress.additional_properties = d
        return drift_future_state_progress

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
