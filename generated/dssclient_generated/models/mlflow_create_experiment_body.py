from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mlflow_tag import MlflowTag


T = TypeVar("T", bound="MlflowCreateExperimentBody")


@_attrs_define
class MlflowCreateExperimentBody:
    """A new experiment.

    Attributes:
        name (str): Its name.
        artifact_location (None | str | Unset): Where its artifacts go (DSS chooses when absent).
        tags (list[MlflowTag] | None | Unset): Its tags.
    """

    name: str
    artifact_location: None | str | Unset = UNSET
    tags: list[MlflowTag] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        artifact_location: None | str | Unset
        if isinstance(self.artifact_location, Unset):
            artifact_location = UNSET
        else:
            artifact_location = self.artifact_location

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
                "name": name,
            }
        )
        if artifact_location is not UNSET:
            field_dict["artifact_location"] = artifact_location
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mlflow_tag import MlflowTag

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_artifact_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        artifact_location = _parse_artifact_location(d.pop("artifact_location", UNSET))

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

        mlflow_create_experiment_body = cls(
            name=name,
            artifact_location=artifact_location,
            tags=tags,
        )

        mlflow_create_experiment_body.additional_properties = d
        return mlflow_create_experiment_body

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
