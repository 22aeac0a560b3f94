from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mlflow_tag import MlflowTag


T = TypeVar("T", bound="MlflowExperiment")


@_attrs_define
class MlflowExperiment:
    """An experiment, as MLflow's tracking API describes it.

    Attributes:
        experiment_id (str): The experiment's identifier.
        name (None | str | Unset): Its name, unique in the project.
        artifact_location (None | str | Unset): Where its runs' artifacts are stored.
        lifecycle_stage (None | str | Unset): `active` or `deleted` (`x-extensible-enum`).
        creation_time (int | None | Unset): When it was created (epoch milliseconds).
        last_update_time (int | None | Unset): When it last changed (epoch milliseconds).
        tags (list[MlflowTag] | None | Unset): Its tags.
    """

    experiment_id: str
    name: None | str | Unset = UNSET
    artifact_location: None | str | Unset = UNSET
    lifecycle_stage: None | str | Unset = UNSET
    creation_time: int | None | Unset = UNSET
    last_update_time: int | None | Unset = UNSET
    tags: list[MlflowTag] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        artifact_location: None | str | Unset
        if isinstance(self.artifact_location, Unset):
            artifact_location = UNSET
        else:
            artifact_location = self.artifact_location

        lifecycle_stage: None | str | Unset
        if isinstance(self.lifecycle_stage, Unset):
            lifecycle_stage = UNSET
        else:
            lifecycle_stage = self.lifecycle_stage

        creation_time: int | None | Unset
        if isinstance(self.creation_time, Unset):
            creation_time = UNSET
        else:
            creation_time = self.creation_time

        last_update_time: int | None | Unset
        if isinstance(self.last_update_time, Unset):
            last_update_time = UNSET
        else:
            last_update_time = self.last_update_time

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_id": experiment_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if artifact_location is not UNSET:
            field_dict["artifact_location"] = artifact_location
        if lifecycle_stage is not UNSET:
            field_dict["lifecycle_stage"] = lifecycle_stage
        if creation_time is not UNSET:
            field_dict["creation_time"] = creation_time
        if last_update_time is not UNSET:
            field_dict["last_update_time"] = last_update_time
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mlflow_tag import MlflowTag

        d = dict(src_dict)
        experiment_id = d.pop("experiment_id")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_artifact_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        artifact_location = _parse_artifact_location(d.pop("artifact_location", UNSET))

        def _parse_lifecycle_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lifecycle_stage = _parse_lifecycle_stage(d.pop("lifecycle_stage", UNSET))

        def _parse_creation_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        creation_time = _parse_creation_time(d.pop("creation_time", UNSET))

        def _parse_last_update_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_update_time = _parse_last_update_time(d.pop("last_update_time", UNSET))

        def _parse_tags(data: object) -> list[MlflowTag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = []
                _tags_type_0 = data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = MlflowTag.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MlflowTag] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        mlflow_experiment = cls(
            experiment_id=experiment_id,
            name=name,
            artifact_location=artifact_location,
            lifecycle_stage=lifecycle_stage,
            creation_time=creation_time,
            last_update_time=last_update_time,
            tags=tags,
        )

        mlflow_experiment.additional_properties = d
        return mlflow_experiment

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
