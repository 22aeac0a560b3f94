from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_details_readability_type_0 import (
        ConnectionDetailsReadabilityType0,
    )
    from ..models.connection_params import ConnectionParams
    from ..models.connection_settings_creation_tag_type_0 import (
        ConnectionSettingsCreationTagType0,
    )
    from ..models.connection_settings_indexing_settings_type_0 import (
        ConnectionSettingsIndexingSettingsType0,
    )


T = TypeVar("T", bound="ConnectionSettings")


@_attrs_define
class ConnectionSettings:
    """A connection's definition.

    Attributes:
        name (None | str | Unset): Name of the connection, its identifier.
        type_ (None | str | Unset): Type of connection.
        description (None | str | Unset): Description.
        params (ConnectionParams | None | Unset): Type-specific parameters; secrets in them come encrypted.
        usable_by (None | str | Unset): `ALL`, or `ALLOWED` (the groups in `allowedGroups`).
        allowed_groups (list[str] | None | Unset): Groups allowed to use the connection.
        details_readability (ConnectionDetailsReadabilityType0 | None | Unset): Who may read a connection's details
            (credentials included).
        allow_write (bool | None | Unset): Whether DSS may write to the connection.
        allow_managed_datasets (bool | None | Unset): Whether managed datasets may be stored on it.
        allow_managed_folders (bool | None | Unset): Whether managed folders may be stored on it.
        allow_knowledge_banks (bool | None | Unset): Whether knowledge banks may be stored on it.
        credentials_mode (None | str | Unset): `GLOBAL` (one credential in `params`) or `PER_USER` (each user's own
            credential).
        creation_tag (ConnectionSettingsCreationTagType0 | None | Unset): Who created the connection, and when.
        allow_mirror (bool | None | Unset): Whether the connection may be mirrored (Hive, Impala) (unverified).
        max_activities (int | None | Unset): How many activities may use the connection at once; 0 for no limit.
        use_global_proxy (bool | None | Unset): Whether connecting goes through the instance's proxy.
        indexing_settings (ConnectionSettingsIndexingSettingsType0 | None | Unset): What the data catalog indexes of the
            connection.
    """

    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    params: ConnectionParams | None | Unset = UNSET
    usable_by: None | str | Unset = UNSET
    allowed_groups: list[str] | None | Unset = UNSET
    details_readability: ConnectionDetailsReadabilityType0 | None | Unset = UNSET
    allow_write: bool | None | Unset = UNSET
    allow_managed_datasets: bool | None | Unset = UNSET
    allow_managed_folders: bool | None | Unset = UNSET
    allow_knowledge_banks: bool | None | Unset = UNSET
    credentials_mode: None | str | Unset = UNSET
    creation_tag: ConnectionSettingsCreationTagType0 | None | Unset = UNSET
    allow_mirror: bool | None | Unset = UNSET
    max_activities: int | None | Unset = UNSET
    use_global_proxy: bool | None | Unset = UNSET
    indexing_settings: ConnectionSettingsIndexingSettingsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.connection_details_readability_type_0 import (
            ConnectionDetailsReadabilityType0,
        )
        from ..models.connection_params import ConnectionParams
        from ..models.connection_settings_creation_tag_type_0 import (
            ConnectionSettingsCreationTagType0,
        )
        from ..models.connection_settings_indexing_settings_type_0 import (
            ConnectionSettingsIndexingSettingsType0,
        )

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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, ConnectionParams):
            params = self.params.to_dict()
        else:
            params = self.params

        usable_by: None | str | Unset
        if isinstance(self.usable_by, Unset):
            usable_by = UNSET
        else:
            usable_by = self.usable_by

        allowed_groups: list[str] | None | Unset
        if isinstance(self.allowed_groups, Unset):
            allowed_groups = UNSET
        elif isinstance(self.allowed_groups, list):
            allowed_groups = self.allowed_groups

        else:
            allowed_groups = self.allowed_groups

        details_readability: dict[str, Any] | None | Unset
        if isinstance(self.details_readability, Unset):
            details_readability = UNSET
        elif isinstance(self.details_readability, ConnectionDetailsReadabilityType0):
            details_readability = self.details_readability.to_dict()
        else:
            details_readability = self.details_readability

        allow_write: bool | None | Unset
        if isinstance(self.allow_write, Unset):
            allow_write = UNSET
        else:
            allow_write = self.allow_write

        allow_managed_datasets: bool | None | Unset
        if isinstance(self.allow_managed_datasets, Unset):
            allow_managed_datasets = UNSET
        else:
            allow_managed_datasets = self.allow_managed_datasets

        allow_managed_folders: bool | None | Unset
        if isinstance(self.allow_managed_folders, Unset):
            allow_managed_folders = UNSET
        else:
            allow_managed_folders = self.allow_managed_folders

        allow_knowledge_banks: bool | None | Unset
        if isinstance(self.allow_knowledge_banks, Unset):
            allow_knowledge_banks = UNSET
        else:
            allow_knowledge_banks = self.allow_knowledge_banks

        credentials_mode: None | str | Unset
        if isinstance(self.credentials_mode, Unset):
            credentials_mode = UNSET
        else:
            credentials_mode = self.credentials_mode

        creation_tag: dict[str, Any] | None | Unset
        if isinstance(self.creation_tag, Unset):
            creation_tag = UNSET
        elif isinstance(self.creation_tag, ConnectionSettingsCreationTagType0):
            creation_tag = self.creation_tag.to_dict()
        else:
            creation_tag = self.creation_tag

        allow_mirror: bool | None | Unset
        if isinstance(self.allow_mirror, Unset):
            allow_mirror = UNSET
        else:
            allow_mirror = self.allow_mirror

        max_activities: int | None | Unset
        if isinstance(self.max_activities, Unset):
            max_activities = UNSET
        else:
            max_activities = self.max_activities

        use_global_proxy: bool | None | Unset
        if isinstance(self.use_global_proxy, Unset):
            use_global_proxy = UNSET
        else:
            use_global_proxy = self.use_global_proxy

        indexing_settings: dict[str, Any] | None | Unset
        if isinstance(self.indexing_settings, Unset):
            indexing_settings = UNSET
        elif isinstance(
            self.indexing_settings, ConnectionSettingsIndexingSettingsType0
        ):
            indexing_settings = self.indexing_settings.to_dict()
        else:
            indexing_settings = self.indexing_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if params is not UNSET:
            field_dict["params"] = params
        if usable_by is not UNSET:
            field_dict["usableBy"] = usable_by
        if allowed_groups is not UNSET:
            field_dict["allowedGroups"] = allowed_groups
        if details_readability is not UNSET:
            field_dict["detailsReadability"] = details_readability
        if allow_write is not UNSET:
            field_dict["allowWrite"] = allow_write
        if allow_managed_datasets is not UNSET:
            field_dict["allowManagedDatasets"] = allow_managed_datasets
        if allow_managed_folders is not UNSET:
            field_dict["allowManagedFolders"] = allow_managed_folders
        if allow_knowledge_banks is not UNSET:
            field_dict["allowKnowledgeBanks"] = allow_knowledge_banks
        if credentials_mode is not UNSET:
            field_dict["credentialsMode"] = credentials_mode
        if creation_tag is not UNSET:
            field_dict["creationTag"] = creation_tag
        if allow_mirror is not UNSET:
            field_dict["allowMirror"] = allow_mirror
        if max_activities is not UNSET:
            field_dict["maxActivities"] = max_activities
        if use_global_proxy is not UNSET:
            field_dict["useGlobalProxy"] = use_global_proxy
        if indexing_settings is not UNSET:
            field_dict["indexingSettings"] = indexing_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_details_readability_type_0 import (
            ConnectionDetailsReadabilityType0,
        )
        from ..models.connection_params import ConnectionParams
        from ..models.connection_settings_creation_tag_type_0 import (
            ConnectionSettingsCreationTagType0,
        )
        from ..models.connection_settings_indexing_settings_type_0 import (
            ConnectionSettingsIndexingSettingsType0,
        )

        d = dict(src_dict)

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_params(data: object) -> ConnectionParams | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = ConnectionParams.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionParams | None | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        def _parse_usable_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usable_by = _parse_usable_by(d.pop("usableBy", UNSET))

        def _parse_allowed_groups(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_groups_type_0 = cast(list[str], data)

                return allowed_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_groups = _parse_allowed_groups(d.pop("allowedGroups", UNSET))

        def _parse_details_readability(
            data: object,
        ) -> ConnectionDetailsReadabilityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_connection_details_readability_type_0 = (
                    ConnectionDetailsReadabilityType0.from_dict(data)
                )

                return componentsschemas_connection_details_readability_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionDetailsReadabilityType0 | None | Unset, data)

        details_readability = _parse_details_readability(
            d.pop("detailsReadability", UNSET)
        )

        def _parse_allow_write(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_write = _parse_allow_write(d.pop("allowWrite", UNSET))

        def _parse_allow_managed_datasets(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_managed_datasets = _parse_allow_managed_datasets(
            d.pop("allowManagedDatasets", UNSET)
        )

        def _parse_allow_managed_folders(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_managed_folders = _parse_allow_managed_folders(
            d.pop("allowManagedFolders", UNSET)
        )

        def _parse_allow_knowledge_banks(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_knowledge_banks = _parse_allow_knowledge_banks(
            d.pop("allowKnowledgeBanks", UNSET)
        )

        def _parse_credentials_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credentials_mode = _parse_credentials_mode(d.pop("credentialsMode", UNSET))

        def _parse_creation_tag(
            data: object,
        ) -> ConnectionSettingsCreationTagType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creation_tag_type_0 = ConnectionSettingsCreationTagType0.from_dict(data)

                return creation_tag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionSettingsCreationTagType0 | None | Unset, data)

        creation_tag = _parse_creation_tag(d.pop("creationTag", UNSET))

        def _parse_allow_mirror(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_mirror = _parse_allow_mirror(d.pop("allowMirror", UNSET))

        def _parse_max_activities(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_activities = _parse_max_activities(d.pop("maxActivities", UNSET))

        def _parse_use_global_proxy(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_global_proxy = _parse_use_global_proxy(d.pop("useGlobalProxy", UNSET))

        def _parse_indexing_settings(
            data: object,
        ) -> ConnectionSettingsIndexingSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                indexing_settings_type_0 = (
                    ConnectionSettingsIndexingSettingsType0.from_dict(data)
                )

                return indexing_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionSettingsIndexingSettingsType0 | None | Unset, data)

        indexing_settings = _parse_indexing_settings(d.pop("indexingSettings", UNSET))

        connection_settings = cls(
            name=name,
            type_=type_,
            description=description,
            params=params,
            usable_by=usable_by,
            allowed_groups=allowed_groups,
            details_readability=details_readability,
            allow_write=allow_write,
            allow_managed_datasets=allow_managed_datasets,
            allow_managed_folders=allow_managed_folders,
            allow_knowledge_banks=allow_knowledge_banks,
            credentials_mode=credentials_mode,
            creation_tag=creation_tag,
            allow_mirror=allow_mirror,
            max_activities=max_activities,
            use_global_proxy=use_global_proxy,
            indexing_settings=indexing_settings,
        )

        connection_settings.additional_properties = d
        return connection_settings

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
