from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drift_future_state_payload import DriftFutureStatePayload
    from ..models.drift_future_state_progress import DriftFutureStateProgress
    from ..models.drift_result import DriftResult


T = TypeVar("T", bound="DriftFutureState")


@_attrs_define
class DriftFutureState:
    """The state of a drift computation's long task: a `FutureState` whose `result`, once
    `hasResult` is true, is a `DriftResult`. Properties whose value is null are absent.

        Attributes:
            job_id (str | Unset): Identifier of the task, to poll it with `getFutureState`.
            job_display_name (str | Unset): Human-readable name of the task.
            has_result (bool | Unset): Whether the task finished successfully (see `FutureState.hasResult` on Go names).
            alive (bool | Unset): Whether the task is still running.
            aborted (bool | Unset): Whether the task was aborted.
            start_time (int | Unset): When the task started, in milliseconds since the Unix epoch.
            running_time (int | Unset): How long the task has been running, in milliseconds.
            owner (str | Unset): Login of the user who started the task.
            progress (DriftFutureStateProgress | Unset): How far the task has gone.
            payload (DriftFutureStatePayload | Unset): What the task is about.
            result (DriftResult | Unset): The result of a drift computation (the result of its long task).
    """

    job_id: str | Unset = UNSET
    job_display_name: str | Unset = UNSET
    has_result: bool | Unset = UNSET
    alive: bool | Unset = UNSET
    aborted: bool | Unset = UNSET
    start_time: int | Unset = UNSET
    running_time: int | Unset = UNSET
    owner: str | Unset = UNSET
    progress: DriftFutureStateProgress | Unset = UNSET
    payload: DriftFutureStatePayload | Unset = UNSET
    result: DriftResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        job_display_name = self.job_display_name

        has_result = self.has_result

        alive = self.alive

        aborted = self.aborted

        start_time = self.start_time

        running_time = self.running_time

        owner = self.owner

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_display_name is not UNSET:
            field_dict["jobDisplayName"] = job_display_name
        if has_result is not UNSET:
            field_dict["hasResult"] = has_result
        if alive is not UNSET:
            field_dict["alive"] = alive
        if aborted is not UNSET:
            field_dict["aborted"] = aborted
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if running_time is not UNSET:
            field_dict["runningTime"] = running_time
        if owner is not UNSET:
            field_dict["owner"] = owner
        if progress is not UNSET:
            field_dict["progress"] = progress
        if payload is not UNSET:
            field_dict["payload"] = payload
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.drift_future_state_payload import DriftFutureStatePayload
        from ..models.drift_future_state_progress import DriftFutureStateProgress
        from ..models.drift_result import DriftResult

        d = dict(src_dict)
        job_id = d.pop("jobId", UNSET)

        job_display_name = d.pop("jobDisplayName", UNSET)

        has_result = d.pop("hasResult", UNSET)

        alive = d.pop("alive", UNSET)

        aborted = d.pop("aborted", UNSET)

        start_time = d.pop("startTime", UNSET)

        running_time = d.pop("runningTime", UNSET)

        owner = d.pop("owner", UNSET)

        _progress = d.pop("progress", UNSET)
        progress: DriftFutureStateProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = DriftFutureStateProgress.from_dict(_progress)

        _payload = d.pop("payload", UNSET)
        payload: DriftFutureStatePayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = DriftFutureStatePayload.from_dict(_payload)

        _result = d.pop("result", UNSET)
        result: DriftResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = DriftResult.from_dict(_result)

        drift_future_state = cls(
            job_id=job_id,
            job_display_name=job_display_name,
            has_result=has_result,
            alive=alive,
            aborted=aborted,
            start_time=start_time,
            running_time=running_time,
            owner=owner,
            progress=progress,
            payload=payload,
            result=result,
        )

        drift_future_state.additional_properties = d
        return drift_future_state

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
