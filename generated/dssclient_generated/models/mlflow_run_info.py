from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MlflowRunInfo")


@_attrs_define
class MlflowRunInfo:
    """What identifies a run and its state.

    Attributes:
        run_id (str): The run's identifier.
        run_uuid (None | str | Unset): The same identifier (MLflow's older name).
        experiment_id (None | str | Unset): Its experiment.
        run_name (None | str | Unset): Its name.
        user_id (None | str | Unset): Who created it.
        status (None | str | Unset): `RUNNING`, `SCHEDULED`, `FINISHED`, `FAILED` or `KILLED` (`x-extensible-enum`).
        start_time (int | None | Unset): When it started (epoch milliseconds).
        end_time (int | None | Unset): When it ended (epoch milliseconds).
        artifact_uri (None | str | Unset): Where its artifacts are stored.
        lifecycle_stage (None | str | Unset): `active` or `deleted` (`x-extensible-enum`).
    """

    run_id: str
    run_uuid: None | str | Unset = UNSET
    experiment_id: None | str | Unset = UNSET
    run_name: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    start_time: int | None | Unset = UNSET
    end_time: int | None | Unset = UNSET
    artifact_uri: None | str | Unset = UNSET
    lifecycle_stage: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        run_id = self.run_id

        run_uuid: None | str | Unset
        if isinstance(self.run_uuid, Unset):
            run_uuid = UNSET
        else:
            run_uuid = self.run_uuid

        experiment_id: None | str | Unset
        if isinstance(self.experiment_id, Unset):
            experiment_id = UNSET
        else:
            experiment_id = self.experiment_id

        run_name: None | str | Unset
        if isinstance(self.run_name, Unset):
            run_name = UNSET
        else:
            run_name = self.run_name

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: int | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        artifact_uri: None | str | Unset
        if isinstance(self.artifact_uri, Unset):
            artifact_uri = UNSET
        else:
            artifact_uri = self.artifact_uri

        lifecycle_stage: None | str | Unset
        if isinstance(self.lifecycle_stage, Unset):
            lifecycle_stage = UNSET
        else:
            lifecycle_stage = self.lifecycle_stage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "run_id": run_id,
            }
        )
        if run_uuid is not UNSET:
            field_dict["run_uuid"] = run_uuid
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if run_name is not UNSET:
            field_dict["run_name"] = run_name
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if status is not UNSET:
            field_dict["status"] = status
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if artifact_uri is not UNSET:
            field_dict["artifact_uri"] = artifact_uri
        if lifecycle_stage is not UNSET:
            field_dict["lifecycle_stage"] = lifecycle_stage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        run_id = d.pop("run_id")

        def _parse_run_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_uuid = _parse_run_uuid(d.pop("run_uuid", UNSET))

        def _parse_experiment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        experiment_id = _parse_experiment_id(d.pop("experiment_id", UNSET))

        def _parse_run_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        run_name = _parse_run_name(d.pop("run_name", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_end_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_artifact_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        artifact_uri = _parse_artifact_uri(d.pop("artifact_uri", UNSET))

        def _parse_lifecycle_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lifecycle_stage = _parse_lifecycle_stage(d.pop("lifecycle_stage", UNSET))

        mlflow_run_info = cls(
            run_id=run_id,
            run_uuid=run_uuid,
            experiment_id=experiment_id,
            run_name=run_name,
            user_id=user_id,
            status=status,
            start_time=start_time,
            end_time=end_time,
            artifact_uri=artifact_uri,
            lifecycle_stage=lifecycle_stage,
        )

        mlflow_run_info.additional_properties = d
        return mlflow_run_info

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
