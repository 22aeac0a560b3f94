"""Connections end to end: definitions with encrypted secrets, details readability, per-user credentials."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    AsyncDSSFuture,
    BadRequestError,
    ConflictError,
    FutureFailedError,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.admin import (
    AsyncDSSConnection,
    AsyncDSSConnectionListItem,
    AsyncDSSConnectionSettings,
    DSSConnectionInfo,
)
from dssclient.emulator.redaction import REDACTED
from tests.conftest import sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove

PARAMS = {"host": "db.example.com", "port": 5432, "db": "sales", "user": "dss", "password": "s3cr3t-pw"}


async def test_create_sends_the_official_body_and_lists_every_way(client: AsyncDSSClient, dss_emulator: Any) -> None:
    conn = await client.create_connection("warehouse", "PostgreSQL", PARAMS, description="Sales warehouse")
    assert isinstance(conn, AsyncDSSConnection) and conn.name == "warehouse"
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
    by_name = await client.list_connections()
    assert "warehouse" in by_name and "filesystem_managed" in by_name
    item = by_name["warehouse"]
    assert isinstance(item, AsyncDSSConnectionListItem) and isinstance(item, dict)
    assert (item.name, item.type, item.to_connection().name) == ("warehouse", "PostgreSQL", "warehouse")
    assert item["params"]["password"].startswith("e:AES:")
    assert "s3cr3t-pw" not in repr(by_name) and "s3cr3t-pw" not in str(item.get_raw())
    items = await client.list_connections(as_type="listitems")
    assert [i.name for i in items] == list(by_name)
    handles = await client.list_connections(as_type="objects")
    assert [h.name for h in handles] == list(by_name)
    with pytest.raises(ValueError):
        await client.list_connections(as_type="nonsense")  # type: ignore[call-overload]


async def test_settings_round_trip_and_keep_the_secret(client: AsyncDSSClient) -> None:
    conn = await client.create_connection("warehouse", "PostgreSQL", PARAMS)
    settings = await conn.get_settings()
    assert isinstance(settings, AsyncDSSConnectionSettings)
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
    await settings.save()  # the password goes back encrypted: DSS keeps it
    again = await conn.get_settings()
    assert (again.allow_write, again.allow_managed_datasets, again.allow_managed_folders) == (False, False, False)
    assert again.allow_knowledge_banks is False
    assert (again.usable_by, again.usable_by_allowed_groups) == ("ALLOWED", ["data_scientists", "readers"])
    assert (again.details_readability.readable_by, again.details_readability.allowed_groups) == ("ALLOWED", ["readers"])
    assert again.get_raw()["params"]["password"] == encrypted
    assert (await conn.get_info()).get_basic_credential() == {"user": "dss", "password": "s3cr3t-pw"}

    again.get_raw()["params"]["password"] = "n3w-pw"  # a clear value replaces it
    await again.save()
    assert (await conn.get_info()).get_basic_credential()["password"] == "n3w-pw"
    definition = await conn.get_definition()
    definition["description"] = "through set_definition"
    assert isinstance(await conn.set_definition(definition), dict)
    assert (await conn.get_settings()).get_raw()["description"] == "through set_definition"
    again.details_readability.set_readability(True)
    assert again.details_readability.readable_by == "ALL"
    again.details_readability.set_readability(False)
    assert again.details_readability.readable_by == "NONE"


async def test_an_unknown_encrypted_value_is_refused(client: AsyncDSSClient) -> None:
    conn = await client.create_connection("warehouse", "PostgreSQL", PARAMS)
    settings = await conn.get_settings()
    settings.get_raw()["params"]["password"] = "e:AES:forged"
    with pytest.raises(BadRequestError):
        await settings.save()
    assert (await conn.get_info()).get_basic_credential()["password"] == "s3cr3t-pw"


async def test_details_are_readable_as_the_connection_allows(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    conn = await client.create_connection("warehouse", "PostgreSQL", PARAMS)
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_connection("warehouse").get_info()
    settings = await conn.get_settings()
    settings.details_readability.set_readability(False, "readers")
    await settings.save()
    info = await reader_client.get_connection("warehouse").get_info()
    assert isinstance(info, DSSConnectionInfo)
    assert (info.get_type(), info.get_credential_mode()) == ("PostgreSQL", "GLOBAL")
    assert info.get_params() == {"host": "db.example.com", "port": 5432, "db": "sales", "user": "dss"}
    assert info.get_basic_credential() == {"user": "dss", "password": "s3cr3t-pw"}
    assert "s3cr3t-pw" not in repr(info)
    for missing in (info.get_aws_credential, info.get_oauth2_credential):
        with pytest.raises(ValueError):
            missing()
    settings.set_usability(False, "data_scientists")  # readable, but not usable
    await settings.save()
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_connection("warehouse").get_info()
    with pytest.warns(DeprecationWarning):
        assert (await conn.get_location_info()).get_type() == "PostgreSQL"


async def test_per_user_credentials_and_variables_resolve_for_the_caller(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    variables = await client.get_global_variables()
    variables["warehouse_host"] = "db.prod.example.com"
    await variables.save()
    conn = await client.create_connection(
        "per_user", "PostgreSQL", {"host": "${warehouse_host}", "db": "sales", "credentialsMode": "PER_USER"}
    )
    settings = await conn.get_settings()
    settings.details_readability.set_readability(True)
    await settings.save()
    info = await reader_client.get_connection("per_user").get_info()
    assert info.get_credential_mode() == "PER_USER"
    assert info.get_resolved_params()["host"] == "db.prod.example.com"
    with pytest.raises(ValueError):
        info.get_basic_credential()  # the reader set none yet
    own = await reader_client.get_own_user().get_settings()
    own.set_basic_connection_credential("per_user", "rita", "r1ta-pw")
    await own.save()
    info = await reader_client.get_connection("per_user").get_info()
    assert info.get_basic_credential() == {"user": "rita", "password": "r1ta-pw"}
    assert "r1ta-pw" not in str((await client.get_user("reader").get_settings()).get_raw())

    project = await client.create_project("P", "P", "admin")
    project_variables = await project.get_variables()
    project_variables["local"]["warehouse_host"] = "db.dev.example.com"
    await project.set_variables(project_variables)
    info = await client.get_connection("per_user").get_info(contextual_project_key="P")
    assert info.get_resolved_params()["host"] == "db.dev.example.com"
    (entry,) = [e for e in (await client.list_connections(as_type="objects")) if e.name == "per_user"]
    assert entry.name == "per_user"


async def test_tests_and_acl_syncs(client: AsyncDSSClient, reader_client: AsyncDSSClient, tmp_path: Any) -> None:
    here = await client.create_connection("here", "Filesystem", {"root": str(tmp_path)})
    assert (await here.test())["connectionOK"] is True
    missing = await client.create_connection("missing", "Filesystem", {"root": str(tmp_path / "nope")})
    assert (await missing.test())["connectionOK"] is False
    assert (await reader_client.get_connection("here").test())["connectionOK"] is True  # usable by all
    hdfs = await client.create_connection("hdfs_root", "HDFS", {"root": "/user/dss"})
    future = await hdfs.sync_root_acls()
    assert isinstance(future, AsyncDSSFuture)
    assert (await future.wait_for_result(timeout=10))["success"] is True
    assert (await (await hdfs.sync_datasets_acls()).wait_for_result(timeout=10))["success"] is True
    with pytest.raises(FutureFailedError):
        await (await here.sync_root_acls()).wait_for_result(timeout=10)


async def test_usability_reads_its_defaults_when_the_settings_hold_nulls(client: AsyncDSSClient) -> None:
    # The spec lets every property of the settings be null: the typed helpers still answer their types.
    raw: Any = {"type": "PostgreSQL", "usableBy": None, "allowedGroups": None}
    settings = AsyncDSSConnectionSettings(client.get_connection("warehouse"), raw)
    assert (settings.type, settings.usable_by, settings.usable_by_allowed_groups) == ("PostgreSQL", "ALL", [])
    assert settings.get_raw() is raw  # nothing copied, nothing filled in


async def test_refusals_are_typed_and_change_nothing(client: AsyncDSSClient) -> None:
    conn = await client.create_connection("warehouse", "PostgreSQL", PARAMS)
    with pytest.raises(ConflictError):
        await client.create_connection("warehouse", "Snowflake")
    with pytest.raises(BadRequestError):
        await client.create_connection("restricted", "PostgreSQL", usable_by="ALLOWED", allowed_groups=["ghosts"])
    with pytest.raises(InvalidIdentifierError):
        await client.create_connection("..", "PostgreSQL")
    settings = await conn.get_settings()
    settings.get_raw()["type"] = "Snowflake"
    with pytest.raises(BadRequestError):
        await settings.save()
    await conn.delete()
    for gone in (conn.get_settings, conn.delete, conn.test, conn.get_info):
        with pytest.raises(NotFoundError):
            await gone()
    assert "restricted" not in await client.list_connections()


async def test_connection_names_by_type_as_each_caller_may_use_them(
    client: AsyncDSSClient, reader_client: AsyncDSSClient, dss_emulator: Any
) -> None:
    await client.create_connection("warehouse", "PostgreSQL", PARAMS)
    await client.create_connection("restricted", "PostgreSQL", usable_by="ALLOWED", allowed_groups=["data_scientists"])
    await client.create_connection("for_readers", "Snowflake", usable_by="ALLOWED", allowed_groups=["readers"])
    builtin = ["filesystem_folders", "filesystem_managed", "filesystem_root"]
    assert await client.list_connections_names("PostgreSQL") == ["restricted", "warehouse"]
    assert await client.list_connections_names("all") == sorted([*builtin, "for_readers", "restricted", "warehouse"])
    assert await client.list_connections_names("Filesystem") == builtin
    assert await client.list_connections_names("HDFS") == []
    # A user who is not an administrator sees the connections usable by all or by a group of theirs.
    assert await reader_client.list_connections_names("PostgreSQL") == ["warehouse"]
    assert await reader_client.list_connections_names("all") == sorted([*builtin, "for_readers", "warehouse"])
    assert dss_emulator.request_log[-1].query == {"type": ["all"]}
    with pytest.raises(BadRequestError):
        await client.list_connections_names("")
