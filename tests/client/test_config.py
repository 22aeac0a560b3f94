"""Connecting as Dataiku's own packages do: DKU_DSS_URL / DKU_API_KEY, then ~/.dataiku/config.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dssclient import AsyncDSSClient, ConfigurationError, DSSClient, api_client, async_api_client

SECRET = "config-secret-that-must-not-leak"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("DKU_DSS_URL", raising=False)
    monkeypatch.delenv("DKU_API_KEY", raising=False)
    return tmp_path


def write_config(home: Path, config: object) -> None:
    (home / ".dataiku").mkdir(exist_ok=True)
    (home / ".dataiku" / "config.json").write_text(json.dumps(config))


def test_environment_variables_come_first(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_config(
        home, {"dss_instances": {"default": {"url": "http://file.test", "api_key": "k"}}, "default_instance": "default"}
    )
    monkeypatch.setenv("DKU_DSS_URL", "http://env.test:11200/")
    monkeypatch.setenv("DKU_API_KEY", SECRET)
    with api_client() as client:
        assert isinstance(client, DSSClient)
        assert client.host == "http://env.test:11200"
        assert SECRET not in repr(client)


def test_the_default_instance_of_the_config_file(home: Path) -> None:
    write_config(
        home,
        {
            "dss_instances": {
                "default": {"url": "https://dss.test/", "api_key": SECRET, "no_check_certificate": True},
                "other": {"url": "http://other.test", "api_key": "k2"},
            },
            "default_instance": "default",
        },
    )
    with api_client() as client:
        assert client.host == "https://dss.test"
    with api_client("other") as client:
        assert client.host == "http://other.test"


async def test_the_async_twin_reads_the_same_configuration(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DKU_DSS_URL", "http://env.test")
    monkeypatch.setenv("DKU_API_KEY", SECRET)
    async with async_api_client(timeout=5) as client:
        assert isinstance(client, AsyncDSSClient) and client.host == "http://env.test"


pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (None, "no DSS is configured"),
        ({"dss_instances": {}, "default_instance": "default"}, "no DSS instance named 'default'"),
        (
            {"dss_instances": {"default": {"url": "http://x"}}, "default_instance": "default"},
            "needs a url and an api_key",
        ),
        ("not json", "cannot read"),
    ],
)
def test_a_missing_or_broken_configuration_says_what_to_do(home: Path, config: object, message: str) -> None:
    if config == "not json":
        (home / ".dataiku").mkdir()
        (home / ".dataiku" / "config.json").write_text("{" + SECRET)
    elif config is not None:
        write_config(home, config)
    with pytest.raises(ConfigurationError, match=message) as caught:
        api_client()
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize(
    "host",
    ["dss.example.com", "ftp://dss.example.com", "http://user:" + SECRET + "@dss.example.com", "http://dss.test/?x=1"],
)
def test_a_host_url_that_cannot_be_right_is_refused_without_echoing_secrets(host: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        DSSClient(host, "k")
    assert SECRET not in str(caught.value)
