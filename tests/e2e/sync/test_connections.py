# Derived from tests/e2e/aio/test_connections.py by scripts/unasync.py: do not edit.
"""Connections end to end: definitions with encrypted secrets, details readability, per-user credentials."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    DSSFuture,
    FutureFailedError,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.admin import (
    DSSConnection,
    DSSConnectionInfo,
    DSSConnectionListItem,
    DSSConnectionSettings,
)
from dssclient.emulator.redaction import REDACTED
from tests.conftest import sent_bodies

PARAMS = {"host": "db.example.com", "port": 5432, "db": "sales", "user": "dss", "password": "s3cr3t-pw"}


def test_create_sends_the_official_body_and_lists_every_way(client: DSSClient, dss_emulator: Any) -> None:
    conn = client.create_connection("warehouse", "PostgreSQL", PARAMS, description="Sales warehouse")
    assert isinstance(conn, DSSConnection) and conn.name == "warehouse"
    (body,) = sent_bodies(dss_emulator, "createConnection")
    # The request log redacts secrets; the password's arrival is checked by get_basic_credential below.
    assert body == {
        "name": "warehouse",
        "description": "Sales warehouse",
        "type": "PostgreSQL",
        "params": {**PARAMS, "password": REDACTED},
        "usableBy": "ALL",
        "allowedGroups": [],
    }
    by_name = client.list_connections()
    assert "warehouse" in by_name and "filesystem_managed" in by_name
    item = by_name["warehouse"]
    assert isinstance(item, DSSConnectionListItem) and isinstance(item, dict)
    assert (item.name, item.type, item.to_connection().name) == ("warehouse", "PostgreSQL", "warehouse")
    assert item["params"]["password"].startswith("e:AES:")
    assert "s3cr3t-pw" not in repr(by_name) and "s3cr3t-pw" not in str(item.get_raw())
    items = client.list_connections(as_type="listitems")
    assert [i.name for i in items] == list(by_name)
    handles = client.list_connections(as_type="objects")
    assert [h.name for h in handles] == list(by_name)
    with pytest.raises(ValueError):
        client.list_connections(as_type="nonsense")  # type: ignore[call-overload]


def test_settings_round_trip_and_keep_the_secret(client: DSSClient) -> None:
    conn = client.create_connection("warehouse", "PostgreSQL", PARAMS)
    settings = conn.get_settings()
    assert isinstance(settings, DSSConnectionSettings)
    assert settings.type == "PostgreSQL" and settings.usable_by == "ALL" and settings.usable_by_allowed_groups == []
    assert (settings.allow_write, settings.allow_managed_datasets, settings.allow_managed_folders) == (True, True, True)
    assert settings.allow_knowledge_banks is True
    encrypted = settings.get_raw()["params"]["password"]
    assert encrypted != "s3cr3t-pw"
    settings.allow_write = False
    settings.allow_managed_datasets = False
    settings.allow_managed_folders = False
    settings.allow_knowledge_banks = False
    settings.set_usability(False, "data_scientists", "readers")
    settings.details_readability.set_readability(False, "readers")
    settings.save()  # the password goes back encrypted: DSS keeps it
    again = conn.get_settings()
    assert (again.allow_write, again.allow_managed_datasets, again.allow_managed_folders) == (False, False, False)
    assert again.allow_knowledge_banks is False
    assert (again.usable_by, again.usable_by_allowed_groups) == ("ALLOWED", ["data_scientists", "readers"])
    assert (again.details_readability.readable_by, again.details_readability.allowed_groups) == ("ALLOWED", ["readers"])
    assert again.get_raw()["params"]["password"] == encrypted
    assert (conn.get_info()).get_basic_credential() == {"user": "dss", "password": "s3cr3t-pw"}

    again.get_raw()["params"]["password"] = "n3w-pw"  # a clear value replaces it
    again.save()
    assert (conn.get_info()).get_basic_credential()["password"] == "n3w-pw"
    definition = conn.get_definition()
    definition["description"] = "through set_definition"
    assert isinstance(conn.set_definition(definition), dict)
    assert (conn.get_settings()).get_raw()["description"] == "through set_definition"
    again.details_readability.set_readability(True)
    assert again.details_readability.readable_by == "ALL"
    again.details_readability.set_readability(False)
    assert again.details_readability.readable_by == "NONE"


def test_an_unknown_encrypted_value_is_refused(client: DSSClient) -> None:
    conn = client.create_connection("warehouse", "PostgreSQL", PARAMS)
    settings = conn.get_settings()
    settings.get_raw()["params"]["password"] = "e:AES:forged"
    with pytest.raises(BadRequestError):
        settings.save()
    assert (conn.get_info()).get_basic_credential()["password"] == "s3cr3t-pw"


def test_details_are_readable_as_the_connection_allows(client: DSSClient, reader_client: DSSClient) -> None:
    conn = client.create_connection("warehouse", "PostgreSQL", PARAMS)
    with pytest.raises(PermissionDeniedError):
        reader_client.get_connection("warehouse").get_info()
    settings = conn.get_settings()
    settings.details_readability.set_readability(False, "readers")
    settings.save()
    info = reader_client.get_connection("warehouse").get_info()
    assert isinstance(info, DSSConnectionInfo)
    assert (info.get_type(), info.get_credential_mode()) == ("PostgreSQL", "GLOBAL")
    assert info.get_params() == {"host": "db.example.com", "port": 5432, "db": "sales", "user": "dss"}
    assert info.get_basic_credential() == {"user": "dss", "password": "s3cr3t-pw"}
    assert "s3cr3t-pw" not in repr(info)
    for missing in (info.get_aws_credential, info.get_oauth2_credential):
        with pytest.raises(ValueError):
            missing()
    settings.set_usability(False, "data_scientists")  # readable, but not usable
    settings.save()
    with pytest.raises(PermissionDeniedError):
        reader_client.get_connection("warehouse").get_info()
    with pytest.warns(DeprecationWarning):
        assert (conn.get_location_info()).get_type() == "PostgreSQL"


def test_per_user_credentials_and_variables_resolve_for_the_caller(client: DSSClient, reader_client: DSSClient) -> None:
    variables = client.get_global_variables()
    variables["warehouse_host"] = "db.prod.example.com"
    variables.save()
    conn = client.create_connection(
        "per_user", "PostgreSQL", {"host": "${warehouse_host}", "db": "sales", "credentialsMode": "PER_USER"}
    )
    settings = conn.get_settings()
    settings.details_readability.set_readability(True)
    settings.save()
    info = reader_client.get_connection("per_user").get_info()
    assert info.get_credential_mode() == "PER_USER"
    assert info.get_resolved_params()["host"] == "db.prod.example.com"
    with pytest.raises(ValueError):
        info.get_basic_credential()  # the reader set none yet
    own = reader_client.get_own_user().get_settings()
    own.set_basic_connection_credential("per_user", "rita", "r1ta-pw")
    own.save()
    info = reader_client.get_connection("per_user").get_info()
    assert info.get_basic_credential() == {"user": "rita", "password": "r1ta-pw"}
    assert "r1ta-pw" not in str((client.get_user("reader").get_settings()).get_raw())

    project = client.create_project("P", "P", "admin")
    project_variables = project.get_variables()
    project_variables["local"]["warehouse_host"] = "db.dev.example.com"
    project.set_variables(project_variables)
    info = client.get_connection("per_user").get_info(contextual_project_key="P")
    assert info.get_resolved_params()["host"] == "db.dev.example.com"
    (entry,) = [e for e in (client.list_connections(as_type="objects")) if e.name == "per_user"]
    assert entry.name == "per_user"


def test_tests_and_acl_syncs(client: DSSClient, reader_client: DSSClient, tmp_path: Any) -> None:
    here = client.create_connection("here", "Filesystem", {"root": str(tmp_path)})
    assert (here.test())["connectionOK"] is True
    missing = client.create_connection("missing", "Filesystem", {"root": str(tmp_path / "nope")})
    assert (missing.test())["connectionOK"] is False
    assert (reader_client.get_connection("here").test())["connectionOK"] is True  # usable by all
    hdfs = client.create_connection("hdfs_root", "HDFS", {"root": "/user/dss"})
    future = hdfs.sync_root_acls()
    assert isinstance(future, DSSFuture)
    assert (future.wait_for_result(timeout=10))["success"] is True
    assert ((hdfs.sync_datasets_acls()).wait_for_result(timeout=10))["success"] is True
    with pytest.raises(FutureFailedError):
        (here.sync_root_acls()).wait_for_result(timeout=10)


def test_usability_reads_its_defaults_when_the_settings_hold_nulls(client: DSSClient) -> None:
    # The spec lets every property of the settings be null: the typed helpers still answer their types.
    raw: Any = {"type": "PostgreSQL", "usableBy": None, "allowedGroups": None}
    settings = DSSConnectionSettings(client.get_connection("warehouse"), raw)
    assert (settings.type, settings.usable_by, settings.usable_by_allowed_groups) == ("PostgreSQL", "ALL", [])
    assert settings.get_raw() is raw  # nothing copied, nothing filled in


def test_refusals_are_typed_and_change_nothing(client: DSSClient) -> None:
    conn = client.create_connection("warehouse", "PostgreSQL", PARAMS)
    with pytest.raises(ConflictError):
        client.create_connection("warehouse", "Snowflake")
    with pytest.raises(BadRequestError):
        client.create_connection("restricted", "PostgreSQL", usable_by="ALLOWED", allowed_groups=["ghosts"])
    with pytest.raises(InvalidIdentifierError):
        client.create_connection("..", "PostgreSQL")
    settings = conn.get_settings()
    settings.get_raw()["type"] = "Snowflake"
    with pytest.raises(BadRequestError):
        settings.save()
    conn.delete()
    for gone in (conn.get_settings, conn.delete, conn.test, conn.get_info):
        with pytest.raises(NotFoundError):
            gone()
    assert "restricted" not in client.list_connections()


def test_connection_names_by_type_as_each_caller_may_use_them(
    client: DSSClient, reader_client: DSSClient, dss_emulator: Any
) -> None:
    client.create_connection("warehouse", "PostgreSQL", PARAMS)
    client.create_connection("restricted", "PostgreSQL", usable_by="ALLOWED", allowed_groups=["data_scientists"])
    client.create_connection("for_readers", "Snowflake", usable_by="ALLOWED", allowed_groups=["readers"])
    builtin = ["filesystem_folders", "filesystem_managed", "filesystem_root"]
    assert client.list_connections_names("PostgreSQL") == ["restricted", "warehouse"]
    assert client.list_connections_names("all") == sorted([*builtin, "for_readers", "restricted", "warehouse"])
    assert client.list_connections_names("Filesystem") == builtin
    assert client.list_connections_names("HDFS") == []
    # A user who is not an administrator sees the connections usable by all or by a group of theirs.
    assert reader_client.list_connections_names("PostgreSQL") == ["warehouse"]
    assert reader_client.list_connections_names("all") == sorted([*builtin, "for_readers", "warehouse"])
    assert dss_emulator.request_log[-1].query == {"type": ["all"]}
    with pytest.raises(BadRequestError):
        client.list_connections_names("")
