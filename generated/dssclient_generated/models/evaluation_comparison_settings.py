from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compared_item import ComparedItem
    from ..models.user_tag import UserTag


T = TypeVar("T", bound="EvaluationComparisonSettings")


@_attrs_define
class EvaluationComparisonSettings:
    """An evaluation comparison's settings, as listed and read.

    Attributes:
        id (str | Unset): Identifier of the comparison.
        project_key (str | Unset): Project of the comparison.
        display_name (str | Unset): Name of the comparison.
        model_task_type (None | str | Unset): Task type of the compared items (`BINARY_CLASSIFICATION`, `REGRESSION`,
            `MULTICLASS`, ..., `LLM`, `AGENT`).
        prediction_type (None | str | Unset): The task type's former name, which older versions of DSS answered.
        compared_models (list[ComparedItem] | Unset): The compared items.
        tags (list[str] | Unset): Tags of the comparison.
        creation_tag (UserTag | Unset): Who did something to an object, and when.
        version_tag (UserTag | Unset): Who did something to an object, and when.
    """

    id: str | Unset = UNSET
    project_key: str | Unset = UNSET
    display_name: str | Unset = UNSET
    model_task_type: None | str | Unset = UNSET
    prediction_type: None | str | Unset = UNSET
    compared_models: list[ComparedItem] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    creation_tag: UserTag | Unset = UNSET
    version_tag: UserTag | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        project_key = self.project_key

        display_name = self.display_name

        model_task_type: None | str | Unset
        if isinstance(self.model_task_type, Unset):
            model_task_type = UNSET
        else:
            model_task_type = self.model_task_type

        prediction_type: None | str | Unset
        if isinstance(self.prediction_type, Unset):
            prediction_type = UNSET
        else:
            prediction_type = self.prediction_type

        compared_models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.compared_models, Unset):
            compared_models = []
            for compared_models_item_data in self.compared_models:
                compared_models_item = compared_models_item_data.to_dict()
                compared_models.append(compared_models_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        creation_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creation_tag, Unset):
            creation_tag = self.creation_tag.to_dict()

        version_tag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version_tag, Unset):
            version_tag = self.version_tag.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if model_task_type is not UNSET:
            field_dict["modelTaskType"] = model_task_type
        if prediction_type is not UNSET:
            field_dict["predictionType"] = prediction_type
        if compared_models is not UNSET:
            field_dict["comparedModels"] = compared_models
        if tags is not UNSET:
            field_dict["tags"] = tags
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.compared_item import ComparedItem
        from ..models.user_tag import UserTag

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        project_key = d.pop("projectKey", UNSET)

        display_name = d.pop("displayName", UNSET)

        def _parse_model_task_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_task_type = _parse_model_task_type(d.pop("modelTaskType", UNSET))

        def _parse_prediction_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prediction_type = _parse_prediction_type(d.pop("predictionType", UNSET))

        _compared_models = d.pop("comparedModels", UNSET)
        compared_models: list[ComparedItem] | Unset = UNSET
        if _compared_models is not UNSET:
            compared_models = []
            for compared_models_item_data in _compared_models:
                compared_models_item = ComparedItem.from_dict(compared_models_item_data)

                compared_models.append(compared_models_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        _creation_tag = d.pop("creationTag", UNSET)
        creation_tag: UserTag | Unset
        if isinstance(_creation_tag, Unset):
            creation_tag = UNSET
        else:
            creation_tag = UserTag.from_dict(_creation_tag)

        _version_tag = d.pop("versionTag", UNSET)
        version_tag: UserTag | Unset
        if isinstance(_version_tag, Unset):
            version_tag = UNSET
        else:
            version_tag = UserTag.from_dict(_version_tag)

        evaluation_comparison_settings = cls(
            id=id,
            project_key=project_key,
            display_name=display_name,
            model_task_type=model_task_type,
            prediction_type=prediction_type,
            compared_models=compared_models,
            tags=tags,
            creation_tag=creation_tag,
            version_tag=version_tag,
        )

        evaluation_comparison_settings.additional_properties = d
        return evaluation_comparison_settings

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
