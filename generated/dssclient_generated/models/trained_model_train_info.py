from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trained_model_train_info_failure import TrainedModelTrainInfoFailure


T = TypeVar("T", bound="TrainedModelTrainInfo")


@_attrs_define
class TrainedModelTrainInfo:
    """A model's training state and figures.

    Attributes:
        state (str | Unset): DONE, FAILED, RUNNING, ABORTED, PENDING.
        training_time (int | Unset): How long it trained, in ms.
        train_rows (int | Unset): Rows it was trained on.
        test_rows (int | Unset): Rows it was tested on.
        full_rows (int | Unset): Rows of the split dataset.
        failure (TrainedModelTrainInfoFailure | Unset): Why its training failed.
    """

    state: str | Unset = UNSET
    training_time: int | Unset = UNSET
    train_rows: int | Unset = UNSET
    test_rows: int | Unset = UNSET
    full_rows: int | Unset = UNSET
    failure: TrainedModelTrainInfoFailure | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state

        training_time = self.training_time

        train_rows = self.train_rows

        test_rows = self.test_rows

        full_rows = self.full_rows

        failure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failure, Unset):
            failure = self.failure.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if training_time is not UNSET:
            field_dict["trainingTime"] = training_time
        if train_rows is not UNSET:
            field_dict["trainRows"] = train_rows
        if test_rows is not UNSET:
            field_dict["testRows"] = test_rows
        if full_rows is not UNSET:
            field_dict["fullRows"] = full_rows
        if failure is not UNSET:
            field_dict["failure"] = failure

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trained_model_train_info_failure import (
            TrainedModelTrainInfoFailure,
        )

        d = dict(src_dict)
        state = d.pop("state", UNSET)

        training_time = d.pop("trainingTime", UNSET)

        train_rows = d.pop("trainRows", UNSET)

        test_rows = d.pop("testRows", UNSET)

        full_rows = d.pop("fullRows", UNSET)

        _failure = d.pop("failure", UNSET)
        failure: TrainedModelTrainInfoFailure | Unset
        if isinstance(_failure, Unset):
            failure = UNSET
        else:
            failure = TrainedModelTrainInfoFailure.from_dict(_failure)

        trained_model_train_info = cls(
            state=state,
            training_time=training_time,
            train_rows=train_rows,
            test_rows=test_rows,
            full_rows=full_rows,
            failure=failure,
        )

        trained_model_train_info.additional_properties = d
        return trained_model_train_info

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
