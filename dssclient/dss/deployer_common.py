"""What the API Deployer and the project deployer share: the records of a deployment's updates.

Both deployers record an update alike (start, end, requester, status, log); the classes of each
deployer (``DSSAPIDeployerDeploymentUpdate``, ``DSSProjectDeployerDeploymentUpdate``, their list
items) keep the official names and add only what is theirs, such as the call for the whole update.
"""

from __future__ import annotations

from typing import Any, Generic

from dssclient.dss.utils import Payload


class DeploymentUpdateRecord(Generic[Payload]):
    """An update of a deployment, with its log; ``get_raw()`` is typed by the deployer's subclass."""

    def __init__(self, update: Payload) -> None:
        self._update = update

    def __repr__(self) -> str:
        update = self._update
        return f"{type(self).__name__}(start_time={update.get('startTimestamp')!r}, status={update.get('status')!r})"

    @property
    def start_time(self) -> int:
        """When the update started, in epoch milliseconds."""
        start: int = self._update["startTimestamp"]
        return start

    @property
    def end_time(self) -> int:
        """When the update ended, in epoch milliseconds."""
        end: int = self._update["endTimestamp"]
        return end

    @property
    def requester(self) -> str:
        """Login of the user who asked for the update."""
        requester: str = self._update["requester"]
        return requester

    @property
    def status(self) -> str:
        """The update's status."""
        status: str = self._update["status"]
        return status

    @property
    def logs(self) -> list[str] | None:
        """The log lines of the update, in order; None when there are none."""
        if "logs" not in self._update:
            return None
        lines: list[str] = self._update["logs"]["lines"]
        return lines

    def get_raw(self) -> Payload:
        """The update record as DSS sent it."""
        return self._update


class DeploymentUpdateListEntry(Generic[Payload]):
    """An update of a deployment as listed, without its log; a deployer's subclass reads the whole update."""

    def __init__(self, client: Any, deployment_id: str, data: Payload) -> None:
        self._client = client
        self._deployment_id = deployment_id
        self._data = data

    def __repr__(self) -> str:
        data = self._data
        return f"{type(self).__name__}(start_time={data.get('startTimestamp')!r}, status={data.get('status')!r})"

    @property
    def start_time(self) -> int:
        """When the update started, in milliseconds since the Unix epoch: it identifies the update."""
        start: int = self._data["startTimestamp"]
        return start

    @property
    def type(self) -> str:
        """The kind of update (``type``)."""
        update_type: str = self._data["type"]
        return update_type

    @property
    def status(self) -> str:
        """The update's status."""
        status: str = self._data["status"]
        return status

    def get_raw(self) -> Payload:
        """The entry as DSS listed it."""
        return self._data
