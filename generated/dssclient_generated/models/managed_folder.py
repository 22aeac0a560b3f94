from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_checks_settings import DatasetChecksSettings
    from ..models.dataset_metrics_settings import DatasetMetricsSettings
    from ..models.dataset_partitioning import DatasetPartitioning
    from ..models.managed_folder_checklists_type_0 import ManagedFolderChecklistsType0
    from ..models.managed_folder_creation_tag_type_0 import (
        ManagedFolderCreationTagType0,
    )
    from ..models.managed_folder_custom_fields_type_0 import (
        ManagedFolderCustomFieldsType0,
    )
    from ..models.managed_folder_flow_options_type_0 import (
        ManagedFolderFlowOptionsType0,
    )
    from ..models.managed_folder_params import ManagedFolderParams
    from ..models.managed_folder_version_tag_type_0 import ManagedFolderVersionTagType0


T = TypeVar("T", bound="ManagedFolder")


@_attrs_define
class ManagedFolder:
    """The definition (settings) of a managed folder.

    Attributes:
        project_key (None | str | Unset): Key of the project holding the folder.
        id (None | str | Unset): Identifier of the folder, chosen by DSS.
        name (None | str | Unset): Name of the folder, unique in its project.
        type_ (None | str | Unset): Kind of storage (`Filesystem`, `HDFS`, `S3`, `GCS`, `Azure`, `FTP`, `SFTP`, `SCP`,
            ...).
        params (ManagedFolderParams | None | Unset): Where the folder's files are (connection, path, ...).
        partitioning (DatasetPartitioning | None | Unset): How the folder's files map to partitions.
        metrics (DatasetMetricsSettings | None | Unset): The folder's metrics probes (`basic`: file count and size).
        metrics_checks (DatasetChecksSettings | None | Unset): The folder's checks (unverified: named as a dataset's).
        tags (list[str] | None | Unset): Tags of the folder.
        description (None | str | Unset): Long description (Markdown).
        short_desc (None | str | Unset): Short description.
        checklists (ManagedFolderChecklistsType0 | None | Unset): Checklists of the folder.
        custom_fields (ManagedFolderCustomFieldsType0 | None | Unset): Values of the instance's custom fields, by field
            name; each value is any JSON value.
        flow_options (ManagedFolderFlowOptionsType0 | None | Unset): How builds treat the folder (unverified; named as a
            dataset's).
        creation_tag (ManagedFolderCreationTagType0 | None | Unset): Who created the folder, and when.
        version_tag (ManagedFolderVersionTagType0 | None | Unset): Who changed the folder last, and when.
    """

    project_key: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    params: ManagedFolderParams | None | Unset = UNSET
    partitioning: DatasetPartitioning | None | Unset = UNSET
    metrics: DatasetMetricsSettings | None | Unset = UNSET
    metrics_checks: DatasetChecksSettings | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    short_desc: None | str | Unset = UNSET
    checklists: ManagedFolderChecklistsType0 | None | Unset = UNSET
    custom_fields: ManagedFolderCustomFieldsType0 | None | Unset = UNSET
    flow_options: ManagedFolderFlowOptionsType0 | None | Unset = UNSET
    creation_tag: ManagedFolderCreationTagType0 | None | Unset = UNSET
    version_tag: ManagedFolderVersionTagType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_checks_settings import DatasetChecksSettings
        from ..models.dataset_metrics_settings import DatasetMetricsSettings
        from ..models.dataset_partitioning import DatasetPartitioning
        from ..models.managed_folder_checklists_type_0 import (
            ManagedFolderChecklistsType0,
        )
        from ..models.managed_folder_creation_tag_type_0 import (
            ManagedFolderCreationTagType0,
        )
        from ..models.managed_folder_custom_fields_type_0 import (
            ManagedFolderCustomFieldsType0,
        )
        from ..models.managed_folder_flow_options_type_0 import (
            ManagedFolderFlowOptionsType0,
        )
        from ..models.managed_folder_params import ManagedFolderParams
        from ..models.managed_folder_version_tag_type_0 import (
            ManagedFolderVersionTagType0,
        )

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, ManagedFolderParams):
            params = self.params.to_dict()
        else:
            params = self.params

        partitioning: dict[str, Any] | None | Unset
        if isinstance(self.partitioning, Unset):
            partitioning = UNSET
        elif isinstance(self.partitioning, DatasetPartitioning):
            partitioning = self.partitioning.to_dict()
        else:
            partitioning = self.partitioning

        metrics: dict[str, Any] | None | Unset
        if isinstance(self.metrics, Unset):
            metrics = UNSET
        elif isinstance(self.metrics, DatasetMetricsSettings):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        metrics_checks: dict[str, Any] | None | Unset
        if isinstance(self.metrics_checks, Unset):
            metrics_checks = UNSET
        elif isinstance(self.metrics_checks, DatasetChecksSettings):
            metrics_checks = self.metrics_checks.to_dict()
        else:
            metrics_checks = self.metrics_checks

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        short_desc: None | str | Unset
        if isinstance(self.short_desc, Unset):
            short_desc = UNSET
        else:
            short_desc = self.short_desc

        checklists: dict[str, Any] | None | Unset
        if isinstance(self.checklists, Unset):
            checklists = UNSET
        elif isinstance(self.checklists, ManagedFolderChecklistsType0):
            checklists = self.checklists.to_dict()
        else:
            checklists = self.checklists

        custom_fields: dict[str, Any] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, ManagedFolderCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = self.custom_fields

        flow_options: dict[str, Any] | None | Unset
        if isinstance(self.flow_options, Unset):
            flow_options = UNSET
        elif isinstance(self.flow_options, ManagedFolderFlowOptionsType0):
            flow_options = self.flow_options.to_dict()
        else:
            flow_options = self.flow_options

        creation_tag: dict[str, Any] | None | Unset
        if isinstance(self.creation_tag, Unset):
            creation_tag = UNSET
        elif isinstance(self.creation_tag, ManagedFolderCreationTagType0):
            creation_tag = self.creation_tag.to_dict()
        else:
            creation_tag = self.creation_tag

        version_tag: dict[str, Any] | None | Unset
        if isinstance(self.version_tag, Unset):
            version_tag = UNSET
        elif isinstance(self.version_tag, ManagedFolderVersionTagType0):
            version_tag = self.version_tag.to_dict()
        else:
            version_tag = self.version_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if params is not UNSET:
            field_dict["params"] = params
        if partitioning is not UNSET:
            field_dict["partitioning"] = partitioning
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if metrics_checks is not UNSET:
            field_dict["metricsChecks"] = metrics_checks
        if tags is not UNSET:
            field_dict["tags"] = tags
        if description is not UNSET:
            field_dict["description"] = description
        if short_desc is not UNSET:
            field_dict["shortDesc"] = short_desc
        if checklists is not UNSET:
            field_dict["checklists"] = checklists
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if flow_options is not UNSET:
            field_dict["flowOptions"] = flow_options
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag
        if version_tag is not UNSET:
            field_dict["versionTag"] = version_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_checks_settings import DatasetChecksSettings
        from ..models.dataset_metrics_settings import DatasetMetricsSettings
        from ..models.dataset_partitioning import DatasetPartitioning
        from ..models.managed_folder_checklists_type_0 import (
            ManagedFolderChecklistsType0,
        )
        from ..models.managed_folder_creation_tag_type_0 import (
            ManagedFolderCreationTagType0,
        )
        from ..models.managed_folder_custom_fields_type_0 import (
            ManagedFolderCustomFieldsType0,
        )
        from ..models.managed_folder_flow_options_type_0 import (
            ManagedFolderFlowOptionsType0,
        )
        from ..models.managed_folder_params import ManagedFolderParams
        from ..models.managed_folder_version_tag_type_0 import (
            ManagedFolderVersionTagType0,
        )

        d = dict(src_dict)

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_params(data: object) -> ManagedFolderParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = ManagedFolderParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ManagedFolderParams | None | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        def _parse_partitioning(data: object) -> DatasetPartitioning | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partitioning_type_0 = DatasetPartitioning.from_dict(data)

                return partitioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetPartitioning | None | Unset, data)

        partitioning = _parse_partitioning(d.pop("partitioning", UNSET))

        def _parse_metrics(data: object) -> DatasetMetricsSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metrics_type_0 = DatasetMetricsSettings.from_dict(data)

                return metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetMetricsSettings | None | Unset, data)

        metrics = _parse_metrics(d.pop("metrics", UNSET))

        def _parse_metrics_checks(data: object) -> DatasetChecksSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metrics_checks_type_0 = DatasetChecksSettings.from_dict(data)

                return metrics_checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetChecksSettings | None | Unset, data)

        metrics_checks = _parse_metrics_checks(d.pop("metricsChecks", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_short_desc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_desc = _parse_short_desc(d.pop("shortDesc", UNSET))

        def _parse_checklists(
            data: object,
        ) -> ManagedFolderChecklistsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                checklists_type_0 = ManagedFolderChecklistsType0.from_dict(data)

                return checklists_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ManagedFolderChecklistsType0 | None | Unset, data)

        checklists = _parse_checklists(d.pop("checklists", UNSET))

        def _parse_custom_fields(
            data: object,
        ) -> ManagedFolderCustomFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = ManagedFolderCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ManagedFolderCustomFieldsType0 | None | Unset, data)

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

        def _parse_flow_options(
            data: object,
        ) -> ManagedFolderFlowOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                flow_options_type_0 = ManagedFolderFlowOptionsType0.from_dict(data)

                return flow_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ManagedFolderFlowOptionsType0 | None | Unset, data)

        flow_options = _parse_flow_options(d.pop("flowOptions", UNSET))

        def _parse_creation_tag(
            data: object,
        ) -> ManagedFolderCreationTagType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creation_tag_type_0 = ManagedFolderCreationTagType0.from_dict(data)

                return creation_tag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ManagedFolderCreationTagType0 | None | Unset, data)

        creation_tag = _parse_creation_tag(d.pop("creationTag", UNSET))

        def _parse_version_tag(
            data: object,
        ) -> ManagedFolderVersionTagType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                version_tag_type_0 = ManagedFolderVersionTagType0.from_dict(data)

                return version_tag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ManagedFolderVersionTagType0 | None | Unset, data)

        version_tag = _parse_version_tag(d.pop("versionTag", UNSET))

        managed_folder = cls(
            project_key=project_key,
            id=id,
            name=name,
            type_=type_,
            params=params,
            partitioning=partitioning,
            metrics=metrics,
            metrics_checks=metrics_checks,
            tags=tags,
            description=description,
            short_desc=short_desc,
            checklists=checklists,
            custom_fields=custom_fields,
            flow_options=flow_options,
            creation_tag=creation_tag,
            version_tag=version_tag,
        )

        managed_folder.additional_properties = d
        return managed_folder

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
