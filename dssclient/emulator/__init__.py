"""An emulator of the Dataiku DSS public REST API, for tests and offline development.

``Emulator`` serves a stateful, spec-validated DSS over HTTP; ``EmulatorConfig``
configures it. Both are imported lazily: the pytest plugin imports this package
in every pytest session, and the server (with jsonschema) should only load when
an emulator is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import EmulatorConfig
    from .emulator import Emulator

__all__ = ["Emulator", "EmulatorConfig"]


def __getattr__(name: str) -> Any:
    if name == "Emulator":
        from .emulator import Emulator

        return Emulator
    if name == "EmulatorConfig":
        from .config import EmulatorConfig

        return EmulatorConfig
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
