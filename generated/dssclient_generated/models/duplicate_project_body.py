from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.duplicate_project_body_duplication_mode import (
    DuplicateProjectBodyDuplicationMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.duplicate_project_body_remapping_type_0 import (
        DuplicateProjectBodyRemappingType0,
    )


T = TypeVar("T", bound="DuplicateProjectBody")


@_attrs_define
class DuplicateProjectBody:
    """What `duplicateProject` needs.

    Attributes:
        target_project_key (str): Key of the new project (letters, digits and underscores).
        target_project_name (str): Name of the new project.
        duplication_mode (DuplicateProjectBodyDuplicationMode | Unset): Which data to copy (`MINIMAL` by default).
        export_analysis_models (bool | None | Unset): Copy the models of visual analyses.
        export_saved_models (bool | None | Unset): Copy the saved models.
        export_git_repository (bool | None | Unset): Copy the project's Git history.
        export_insights_data (bool | None | Unset): Copy the data of insights.
        remapping (DuplicateProjectBodyRemappingType0 | None | Unset): Connections and code environments to replace in
            the copy.
        target_project_folder_id (None | str | Unset): Folder to create the new project in.
    """

    target_project_key: str
    target_project_name: str
    duplication_mode: DuplicateProjectBodyDuplicationMode | Unset = UNSET
    export_analysis_models: bool | None | Unset = UNSET
    export_saved_models: bool | None | Unset = UNSET
    export_git_repository: bool | None | Unset = UNSET
    export_insights_data: bool | None | Unset = UNSET
    remapping: DuplicateProjectBodyRemappingType0 | None | Unset = UNSET
    target_project_folder_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.duplicate_project_body_remapping_type_0 import (
            DuplicateProjectBodyRemappingType0,
        )

        target_project_key = self.target_project_key

        target_project_name = self.target_project_name

        duplication_mode: str | Unset = UNSET
        if not isinstance(self.duplication_mode, Unset):
            duplication_mode = self.duplication_mode.value

        export_analysis_models: bool | None | Unset
        if isinstance(self.export_analysis_models, Unset):
            export_analysis_models = UNSET
        else:
            export_analysis_models = self.export_analysis_models

        export_saved_models: bool | None | Unset
        if isinstance(self.export_saved_models, Unset):
            export_saved_models = UNSET
        else:
            export_saved_models = self.export_saved_models

        export_git_repository: bool | None | Unset
        if isinstance(self.export_git_repository, Unset):
            export_git_repository = UNSET
        else:
            export_git_repository = self.export_git_repository

        export_insights_data: bool | None | Unset
        if isinstance(self.export_insights_data, Unset):
            export_insights_data = UNSET
        else:
            export_insights_data = self.export_insights_data

        remapping: dict[str, Any] | None | Unset
        if isinstance(self.remapping, Unset):
            remapping = UNSET
        elif isinstance(self.remapping, DuplicateProjectBodyRemappingType0):
            remapping = self.remapping.to_dict()
        else:
            remapping = self.remapping

        target_project_folder_id: None | str | Unset
        if isinstance(self.target_project_folder_id, Unset):
            target_project_folder_id = UNSET
        else:
            target_project_folder_id = self.target_project_folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetProjectKey": target_project_key,
                "targetProjectName": target_project_name,
            }
        )
        if duplication_mode is not UNSET:
            field_dict["duplicationMode"] = duplication_mode
        if export_analysis_models is not UNSET:
            field_dict["exportAnalysisModels"] = export_analysis_models
        if export_saved_models is not UNSET:
            field_dict["exportSavedModels"] = export_saved_models
        if export_git_repository is not UNSET:
            field_dict["exportGitRepository"] = export_git_repository
        if export_insights_data is not UNSET:
            field_dict["exportInsightsData"] = export_insights_data
        if remapping is not UNSET:
            field_dict["remapping"] = remapping
        if target_project_folder_id is not UNSET:
            field_dict["targetProjectFolderId"] = target_project_folder_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.duplicate_project_body_remapping_type_0 import (
            DuplicateProjectBodyRemappingType0,
        )

        d = dict(src_dict)
        target_project_key = d.pop("targetProjectKey")

        target_project_name = d.pop("targetProjectName")

        _duplication_mode = d.pop("duplicationMode", UNSET)
        duplication_mode: DuplicateProjectBodyDuplicationMode | Unset
        if isinstance(_duplication_mode, Unset):
            duplication_mode = UNSET
        else:
            duplication_mode = DuplicateProjectBodyDuplicationMode(_duplication_mode)

        def _parse_export_analysis_models(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_analysis_models = _parse_export_analysis_models(
            d.pop("exportAnalysisModels", UNSET)
        )

        def _parse_export_saved_models(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_saved_models = _parse_export_saved_models(
            d.pop("exportSavedModels", UNSET)
        )

        def _parse_export_git_repository(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_git_repository = _parse_export_git_repository(
            d.pop("exportGitRepository", UNSET)
        )

        def _parse_export_insights_data(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_insights_data = _parse_export_insights_data(
            d.pop("exportInsightsData", UNSET)
        )

        def _parse_remapping(
            data: object,
        ) -> DuplicateProjectBodyRemappingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                remapping_type_0 = DuplicateProjectBodyRemappingType0.from_dict(data)

                return remapping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DuplicateProjectBodyRemappingType0 | None | Unset, data)

        remapping = _parse_remapping(d.pop("remapping", UNSET))

        def _parse_target_project_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_project_folder_id = _parse_target_project_folder_id(
            d.pop("targetProjectFolderId", UNSET)
        )

        duplicate_project_body = cls(
            target_project_key=target_project_key,
            target_project_name=target_project_name,
            duplication_mode=duplication_mode,
            export_analysis_models=export_analysis_models,
            export_saved_models=export_saved_models,
            export_git_repository=export_git_repository,
            export_insights_data=export_insights_data,
            remapping=remapping,
            target_project_folder_id=target_project_folder_id,
        )

        duplicate_project_body.additional_properties = d
        return duplicate_project_body

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
