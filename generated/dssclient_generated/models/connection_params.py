from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_params_naming_rule_type_0 import (
        ConnectionParamsNamingRuleType0,
    )
    from ..models.named_property import NamedProperty


T = TypeVar("T", bound="ConnectionParams")


@_attrs_define
class ConnectionParams:
    """The type-specific parameters of a connection (its `params`). Which keys apply depends on
    its `type`: `Filesystem` uses `root`; SQL types (`PostgreSQL`, `MySQL`, `Snowflake`,
    `SQLServer`, `Oracle`, ...) use `host`, `port`, `db`, `user`, `password`, `properties`;
    `EC2` (S3) uses `credentialsMode`, `accessKey`, `secretKey`, `defaultManagedBucket`.
    Secrets come encrypted in answers. DSS sends more keys than these, by type.

        Attributes:
            root (None | str | Unset): Root path of a `Filesystem` or `HDFS` connection.
            host (None | str | Unset): Host of the database (SQL types).
            port (int | None | str | Unset): Port of the database; DSS keeps it as given (a number or text) (unverified).
            db (None | str | Unset): Database name (SQL types).
            user (None | str | Unset): User to connect as, with `credentialsMode` `GLOBAL`.
            password (None | str | Unset): Password of `user`; encrypted in answers.
            credentials_mode (None | str | Unset): `GLOBAL` or `PER_USER`.
            auth_type (None | str | Unset): How DSS authenticates (`PASSWORD`, `OAUTH2_APP`, `KEYPAIR`, ...) (unverified).
            use_url (bool | None | Unset): Whether `url` (a JDBC URL) replaces host, port and database.
            url (None | str | Unset): The JDBC URL, with `useURL`.
            warehouse (None | str | Unset): Warehouse of a `Snowflake` connection.
            role (None | str | Unset): Role of a `Snowflake` connection.
            default_schema (None | str | Unset): Schema the connection's managed tables go to (unverified).
            properties (list[NamedProperty] | None | Unset): Advanced JDBC properties.
            dku_properties (list[NamedProperty] | None | Unset): Advanced DSS properties of the connection.
            naming_rule (ConnectionParamsNamingRuleType0 | None | Unset): How DSS names the tables and paths of the managed
                datasets it creates on the connection.
            access_key (None | str | Unset): AWS access key of an `EC2` (S3) connection.
            secret_key (None | str | Unset): AWS secret key of an `EC2` (S3) connection; encrypted in answers.
            region (None | str | Unset): Region of a cloud storage connection (unverified).
            default_managed_bucket (None | str | Unset): Bucket managed datasets go to (S3, GCS, Azure) (unverified).
            default_managed_path (None | str | Unset): Path managed datasets go to inside that bucket (unverified).
            hive_database_name (None | str | Unset): Hive database of an `HDFS` connection (unverified).
            read_only (bool | None | Unset): Whether the connection is read-only (unverified).
    """

    root: None | str | Unset = UNSET
    host: None | str | Unset = UNSET
    port: int | None | str | Unset = UNSET
    db: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    credentials_mode: None | str | Unset = UNSET
    auth_type: None | str | Unset = UNSET
    use_url: bool | None | Unset = UNSET
    url: None | str | Unset = UNSET
    warehouse: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    default_schema: None | str | Unset = UNSET
    properties: list[NamedProperty] | None | Unset = UNSET
    dku_properties: list[NamedProperty] | None | Unset = UNSET
    naming_rule: ConnectionParamsNamingRuleType0 | None | Unset = UNSET
    access_key: None | str | Unset = UNSET
    secret_key: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    default_managed_bucket: None | str | Unset = UNSET
    default_managed_path: None | str | Unset = UNSET
    hive_database_name: None | str | Unset = UNSET
    read_only: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.connection_params_naming_rule_type_0 import (
            ConnectionParamsNamingRuleType0,
        )

        root: None | str | Unset
        if isinstance(self.root, Unset):
            root = UNSET
        else:
            root = self.root

        host: None | str | Unset
        if isinstance(self.host, Unset):
            host = UNSET
        else:
            host = self.host

        port: int | None | str | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        db: None | str | Unset
        if isinstance(self.db, Unset):
            db = UNSET
        else:
            db = self.db

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        credentials_mode: None | str | Unset
        if isinstance(self.credentials_mode, Unset):
            credentials_mode = UNSET
        else:
            credentials_mode = self.credentials_mode

        auth_type: None | str | Unset
        if isinstance(self.auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = self.auth_type

        use_url: bool | None | Unset
        if isinstance(self.use_url, Unset):
            use_url = UNSET
        else:
            use_url = self.use_url

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        warehouse: None | str | Unset
        if isinstance(self.warehouse, Unset):
            warehouse = UNSET
        else:
            warehouse = self.warehouse

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        default_schema: None | str | Unset
        if isinstance(self.default_schema, Unset):
            default_schema = UNSET
        else:
            default_schema = self.default_schema

        properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, list):
            properties = []
            for properties_type_0_item_data in self.properties:
                properties_type_0_item = properties_type_0_item_data.to_dict()
                properties.append(properties_type_0_item)

        else:
            properties = self.properties

        dku_properties: list[dict[str, Any]] | None | Unset
        if isinstance(self.dku_properties, Unset):
            dku_properties = UNSET
        elif isinstance(self.dku_properties, list):
            dku_properties = []
            for dku_properties_type_0_item_data in self.dku_properties:
                dku_properties_type_0_item = dku_properties_type_0_item_data.to_dict()
                dku_properties.append(dku_properties_type_0_item)

        else:
            dku_properties = self.dku_properties

        naming_rule: dict[str, Any] | None | Unset
        if isinstance(self.naming_rule, Unset):
            naming_rule = UNSET
        elif isinstance(self.naming_rule, ConnectionParamsNamingRuleType0):
            naming_rule = self.naming_rule.to_dict()
        else:
            naming_rule = self.naming_rule

        access_key: None | str | Unset
        if isinstance(self.access_key, Unset):
            access_key = UNSET
        else:
            access_key = self.access_key

        secret_key: None | str | Unset
        if isinstance(self.secret_key, Unset):
            secret_key = UNSET
        else:
            secret_key = self.secret_key

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        default_managed_bucket: None | str | Unset
        if isinstance(self.default_managed_bucket, Unset):
            default_managed_bucket = UNSET
        else:
            default_managed_bucket = self.default_managed_bucket

        default_managed_path: None | str | Unset
        if isinstance(self.default_managed_path, Unset):
            default_managed_path = UNSET
        else:
            default_managed_path = self.default_managed_path

        hive_database_name: None | str | Unset
        if isinstance(self.hive_database_name, Unset):
            hive_database_name = UNSET
        else:
            hive_database_name = self.hive_database_name

        read_only: bool | None | Unset
        if isinstance(self.read_only, Unset):
            read_only = UNSET
        else:
            read_only = self.read_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if root is not UNSET:
            field_dict["root"] = root
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if db is not UNSET:
            field_dict["db"] = db
        if user is not UNSET:
            field_dict["user"] = user
        if password is not UNSET:
            field_dict["password"] = password
        if credentials_mode is not UNSET:
            field_dict["credentialsMode"] = credentials_mode
        if auth_type is not UNSET:
            field_dict["authType"] = auth_type
        if use_url is not UNSET:
            field_dict["useURL"] = use_url
        if url is not UNSET:
            field_dict["url"] = url
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if role is not UNSET:
            field_dict["role"] = role
        if default_schema is not UNSET:
            field_dict["defaultSchema"] = default_schema
        if properties is not UNSET:
            field_dict["properties"] = properties
        if dku_properties is not UNSET:
            field_dict["dkuProperties"] = dku_properties
        if naming_rule is not UNSET:
            field_dict["namingRule"] = naming_rule
        if access_key is not UNSET:
            field_dict["accessKey"] = access_key
        if secret_key is not UNSET:
            field_dict["secretKey"] = secret_key
        if region is not UNSET:
            field_dict["region"] = region
        if default_managed_bucket is not UNSET:
            field_dict["defaultManagedBucket"] = default_managed_bucket
        if default_managed_path is not UNSET:
            field_dict["defaultManagedPath"] = default_managed_path
        if hive_database_name is not UNSET:
            field_dict["hiveDatabaseName"] = hive_database_name
        if read_only is not UNSET:
            field_dict["readOnly"] = read_only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_params_naming_rule_type_0 import (
            ConnectionParamsNamingRuleType0,
        )
        from ..models.named_property import NamedProperty

        d = dict(src_dict)

        def _parse_root(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root = _parse_root(d.pop("root", UNSET))

        def _parse_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host = _parse_host(d.pop("host", UNSET))

        def _parse_port(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_db(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        db = _parse_db(d.pop("db", UNSET))

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_credentials_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credentials_mode = _parse_credentials_mode(d.pop("credentialsMode", UNSET))

        def _parse_auth_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_type = _parse_auth_type(d.pop("authType", UNSET))

        def _parse_use_url(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_url = _parse_use_url(d.pop("useURL", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_warehouse(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warehouse = _parse_warehouse(d.pop("warehouse", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_default_schema(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_schema = _parse_default_schema(d.pop("defaultSchema", UNSET))

        def _parse_properties(data: object) -> list[NamedProperty] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                properties_type_0 = []
                _properties_type_0 = data
                for properties_type_0_item_data in _properties_type_0:
                    properties_type_0_item = NamedProperty.from_dict(
                        properties_type_0_item_data
                    )

                    properties_type_0.append(properties_type_0_item)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NamedProperty] | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        def _parse_dku_properties(data: object) -> list[NamedProperty] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dku_properties_type_0 = []
                _dku_properties_type_0 = data
                for dku_properties_type_0_item_data in _dku_properties_type_0:
                    dku_properties_type_0_item = NamedProperty.from_dict(
                        dku_properties_type_0_item_data
                    )

                    dku_properties_type_0.append(dku_properties_type_0_item)

                return dku_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NamedProperty] | None | Unset, data)

        dku_properties = _parse_dku_properties(d.pop("dkuProperties", UNSET))

        def _parse_naming_rule(
            data: object,
        ) -> ConnectionParamsNamingRuleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                naming_rule_type_0 = ConnectionParamsNamingRuleType0.from_dict(data)

                return naming_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConnectionParamsNamingRuleType0 | None | Unset, data)

        naming_rule = _parse_naming_rule(d.pop("namingRule", UNSET))

        def _parse_access_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        access_key = _parse_access_key(d.pop("accessKey", UNSET))

        def _parse_secret_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secret_key = _parse_secret_key(d.pop("secretKey", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_default_managed_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_managed_bucket = _parse_default_managed_bucket(
            d.pop("defaultManagedBucket", UNSET)
        )

        def _parse_default_managed_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_managed_path = _parse_default_managed_path(
            d.pop("defaultManagedPath", UNSET)
        )

        def _parse_hive_database_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hive_database_name = _parse_hive_database_name(d.pop("hiveDatabaseName", UNSET))

        def _parse_read_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        read_only = _parse_read_only(d.pop("readOnly", UNSET))

        connection_params = cls(
            root=root,
            host=host,
            port=port,
            db=db,
            user=user,
            password=password,
            credentials_mode=credentials_mode,
            auth_type=auth_type,
            use_url=use_url,
            url=url,
            warehouse=warehouse,
            role=role,
            default_schema=default_schema,
            properties=properties,
            dku_properties=dku_properties,
            naming_rule=naming_rule,
            access_key=access_key,
            secret_key=secret_key,
            region=region,
            default_managed_bucket=default_managed_bucket,
            default_managed_path=default_managed_path,
            hive_database_name=hive_database_name,
            read_only=read_only,
        )

        connection_params.additional_properties = d
        return connection_params

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
