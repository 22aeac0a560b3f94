from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectSettingsBundleExporterSettingsType0ExportOptionsType0")


@_attrs_define
class ProjectSettingsBundleExporterSettingsType0ExportOptionsType0:
    """What to export besides the project's definition (unverified).

    Attributes:
        export_uploads (bool | None | Unset): Include the data of uploaded datasets.
        export_managed_fs (bool | None | Unset): Include the data of managed filesystem datasets.
        export_analysis_models (bool | None | Unset): Include the models of visual analyses.
        export_saved_models (bool | None | Unset): Include the saved models.
        export_managed_folders (bool | None | Unset): Include the content of managed folders.
        export_all_input_datasets (bool | None | Unset): Include the data of every input dataset.
        export_all_datasets (bool | None | Unset): Include the data of every dataset.
        export_all_input_managed_folders (bool | None | Unset): Include the content of every input managed folder.
        export_git_repository (bool | None | Unset): Include the project's Git history.
        export_insights_data (bool | None | Unset): Include the data of insights.
    """

    export_uploads: bool | None | Unset = UNSET
    export_managed_fs: bool | None | Unset = UNSET
    export_analysis_models: bool | None | Unset = UNSET
    export_saved_models: bool | None | Unset = UNSET
    export_managed_folders: bool | None | Unset = UNSET
    export_all_input_datasets: bool | None | Unset = UNSET
    export_all_datasets: bool | None | Unset = UNSET
    export_all_input_managed_folders: bool | None | Unset = UNSET
    export_git_repository: bool | None | Unset = UNSET
    export_insights_data: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_uploads: bool | None | Unset
        if isinstance(self.export_uploads, Unset):
            export_uploads = UNSET
        else:
            export_uploads = self.export_uploads

        export_managed_fs: bool | None | Unset
        if isinstance(self.export_managed_fs, Unset):
            export_managed_fs = UNSET
        else:
            export_managed_fs = self.export_managed_fs

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

        export_managed_folders: bool | None | Unset
        if isinstance(self.export_managed_folders, Unset):
            export_managed_folders = UNSET
        else:
            export_managed_folders = self.export_managed_folders

        export_all_input_datasets: bool | None | Unset
        if isinstance(self.export_all_input_datasets, Unset):
            export_all_input_datasets = UNSET
        else:
            export_all_input_datasets = self.export_all_input_datasets

        export_all_datasets: bool | None | Unset
        if isinstance(self.export_all_datasets, Unset):
            export_all_datasets = UNSET
        else:
            export_all_datasets = self.export_all_datasets

        export_all_input_managed_folders: bool | None | Unset
        if isinstance(self.export_all_input_managed_folders, Unset):
            export_all_input_managed_folders = UNSET
        else:
            export_all_input_managed_folders = self.export_all_input_managed_folders

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if export_uploads is not UNSET:
            field_dict["exportUploads"] = export_uploads
        if export_managed_fs is not UNSET:
            field_dict["exportManagedFS"] = export_managed_fs
        if export_analysis_models is not UNSET:
            field_dict["exportAnalysisModels"] = export_analysis_models
        if export_saved_models is not UNSET:
            field_dict["exportSavedModels"] = export_saved_models
        if export_managed_folders is not UNSET:
            field_dict["exportManagedFolders"] = export_managed_folders
        if export_all_input_datasets is not UNSET:
            field_dict["exportAllInputDatasets"] = export_all_input_datasets
        if export_all_datasets is not UNSET:
            field_dict["exportAllDatasets"] = export_all_datasets
        if export_all_input_managed_folders is not UNSET:
            field_dict["exportAllInputManagedFolders"] = (
                export_all_input_managed_folders
            )
        if export_git_repository is not UNSET:
            field_dict["exportGitRepository"] = export_git_repository
        if export_insights_data is not UNSET:
            field_dict["exportInsightsData"] = export_insights_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_export_uploads(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_uploads = _parse_export_uploads(d.pop("exportUploads", UNSET))

        def _parse_export_managed_fs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_managed_fs = _parse_export_managed_fs(d.pop("exportManagedFS", UNSET))

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

        def _parse_export_managed_folders(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_managed_folders = _parse_export_managed_folders(
            d.pop("exportManagedFolders", UNSET)
        )

        def _parse_export_all_input_datasets(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_all_input_datasets = _parse_export_all_input_datasets(
            d.pop("exportAllInputDatasets", UNSET)
        )

        def _parse_export_all_datasets(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_all_datasets = _parse_export_all_datasets(
            d.pop("exportAllDatasets", UNSET)
        )

        def _parse_export_all_input_managed_folders(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_all_input_managed_folders = _parse_export_all_input_managed_folders(
            d.pop("exportAllInputManagedFolders", UNSET)
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

        project_settings_bundle_exporter_settings_type_0_export_options_type_0 = cls(
            export_uploads=export_uploads,
            export_managed_fs=export_managed_fs,
            export_analysis_models=export_analysis_models,
            export_saved_models=export_saved_models,
            export_managed_folders=export_managed_folders,
            export_all_input_datasets=export_all_input_datasets,
            export_all_datasets=export_all_datasets,
            export_all_input_managed_folders=export_all_input_managed_folders,
            export_git_repository=export_git_repository,
            export_insights_data=export_insights_data,
        )

        project_settings_bundle_exporter_settings_type_0_export_options_type_0.additional_properties = d
        return project_settings_bundle_exporter_settings_type_0_export_options_type_0

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
