"""pytest fixtures serving an emulated DSS (registered through the ``pytest11`` entry point).

Fixtures
--------
``dss_emulator``
    A started :class:`~dssclient.emulator.Emulator`, fresh for each test, with:
    administrator key ``"emulator-admin-key"`` (login ``admin``), non-administrator
    key ``"emulator-reader-key"`` (login ``reader``, group ``readers``), and
    ``build_seconds=0.05`` so that template builds finish quickly (and 0.05 s code
    studio starts and stops and deployment updates). Use
    ``dss_emulator.url`` as the DSS host, ``dss_emulator.request_log`` to see what
    was sent, ``dss_emulator.state`` to seed or inspect.

``dss_emulator_factory``
    A callable ``factory(**overrides) -> Emulator`` taking :class:`EmulatorConfig`
    fields as keyword arguments (applied over the defaults above) and returning a
    started emulator; every emulator it made is stopped when the test ends.

This module imports nothing heavy: the server stack loads only when a fixture is used.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from dssclient.emulator import Emulator

ADMIN_API_KEY = "emulator-admin-key"
READER_API_KEY = "emulator-reader-key"
READER_LOGIN = "reader"


def _default_config_fields() -> dict[str, Any]:
    return {
        "admin_api_key": ADMIN_API_KEY,
        "user_api_keys": {READER_API_KEY: READER_LOGIN},
        "build_seconds": 0.05,
        "code_studio_seconds": 0.05,
        "deployment_update_seconds": 0.05,
    }


@pytest.fixture
def dss_emulator_factory() -> Iterator[Callable[..., Emulator]]:
    from dssclient.emulator import Emulator, EmulatorConfig

    started: list[Emulator] = []

    def factory(**overrides: Any) -> Emulator:
        config = EmulatorConfig(**{**_default_config_fields(), **overrides})
        emulator = Emulator(config).start()
        started.append(emulator)
        return emulator

    try:
        yield factory
    finally:
        for emulator in started:
            emulator.stop()


@pytest.fixture
def dss_emulator(dss_emulator_factory: Callable[..., Emulator]) -> Emulator:
    return dss_emulator_factory()
