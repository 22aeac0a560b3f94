"""Managed folders: their settings, their files (streamed both ways), metrics, usages and copies."""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from dssclient_generated.api import managed_folders

from dssclient._folder_paths import FolderPathError, folder_relative_path
from dssclient.dss.metrics import ComputedMetrics
from dssclient.dss.utils import DSSTaggableObjectSettings, nested_dict
from dssclient.errors import InvalidIdentifierError

from .._requester import json_body, multipart_body
from .._stream import AsyncDSSStream
from ._files import upload_source
from .dataset import AsyncDSSDataset
from .discussion import AsyncDSSObjectDiscussions
from .future import AsyncDSSFuture

if TYPE_CHECKING:
    from dssclient.payloads import (
        FutureState,
        ManagedFolder,
        ManagedFolderContents,
        ManagedFolderItem,
        ManagedFolderParams,
        ManagedFolderSaved,
        ManagedFolderUsage,
        MetricHistory,
    )

    from ..dssclient import AsyncDSSClient
    from .flow import AsyncDSSFlowZone
    from .project import AsyncDSSProject

__all__ = ["AsyncDSSManagedFolder", "AsyncDSSManagedFolderSettings"]


def _file_path(path: object, method: str) -> str:
    """The path sent for a file of the folder, checked (``_folder_paths``): nothing leaves the folder."""
    try:
        return folder_relative_path(path)
    except FolderPathError as error:
        raise InvalidIdentifierError(f"{method}: {error}") from None


class AsyncDSSManagedFolder:
    """A handle on a managed folder. Get one with :meth:`DSSProject.get_managed_folder`; creating it calls nothing.

    Paths of files are from the folder's root, with or without a leading ``/`` (DSS lists them
    with one); a path that could leave the folder (``..``, empty segments, backslashes, NUL,
    their percent-encoded forms) raises :class:`~dssclient.errors.InvalidIdentifierError`
    before anything is sent.
    """

    def __init__(self, client: AsyncDSSClient, project_key: str, odb_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.odb_id = odb_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, odb_id={self.odb_id!r})"

    @property
    def id(self) -> str:
        """The folder's identifier (8 characters chosen by DSS), not its name."""
        return self.odb_id

    @property
    def project(self) -> AsyncDSSProject:
        """The handle of the folder's project."""
        return self.client.get_project(self.project_key)

    # -- the folder itself ---------------------------------------------------------------------

    async def delete(self, drop_data: bool = False) -> None:
        """Delete the folder from the flow with the recipes using it; its files too if ``drop_data``.

        (operation ``deleteManagedFolder``)
        """
        await self.client._requester.empty(
            managed_folders.delete_managed_folder.request_kwargs, self.project_key, self.odb_id, drop_data=drop_data
        )

    async def rename(self, new_name: str) -> None:
        """Give the folder another name (not blank); its identifier stays. (operation ``renameManagedFolder``)"""
        body = {"id": self.odb_id, "newName": new_name}
        await self.client._requester.empty(
            managed_folders.rename_managed_folder.request_kwargs, self.project_key, body=json_body(body)
        )

    async def get_definition(self) -> ManagedFolder:
        """Deprecated: use :meth:`get_settings`. The folder's definition, as a dict.

        (operation ``getManagedFolder``)
        """
        warnings.warn(
            "DSSManagedFolder.get_definition is deprecated, use get_settings", DeprecationWarning, stacklevel=2
        )
        definition: ManagedFolder = await self.client._requester.json(
            managed_folders.get_managed_folder.request_kwargs, self.project_key, self.odb_id
        )
        return definition

    async def set_definition(self, definition: ManagedFolder | dict[str, Any]) -> ManagedFolderSaved:
        """Deprecated: use :meth:`get_settings` and :meth:`DSSManagedFolderSettings.save`. Save a
        definition read with :meth:`get_definition`; answers DSS's acknowledgement (``msg``).

        (operation ``saveManagedFolder``)
        """
        warnings.warn(
            "DSSManagedFolder.set_definition is deprecated, use get_settings and save",
            DeprecationWarning,
            stacklevel=2,
        )
        saved: ManagedFolderSaved | None = await self.client._requester.json_or_none(
            managed_folders.save_managed_folder.request_kwargs,
            self.project_key,
            self.odb_id,
            body=json_body(definition),
        )
        return saved if saved is not None else cast("ManagedFolderSaved", {})

    async def get_settings(self) -> AsyncDSSManagedFolderSettings:
        """The folder's settings, to edit and :meth:`~DSSManagedFolderSettings.save`.

        (operation ``getManagedFolder``)
        """
        definition: ManagedFolder = await self.client._requester.json(
            managed_folders.get_managed_folder.request_kwargs, self.project_key, self.odb_id
        )
        return AsyncDSSManagedFolderSettings(self, definition)

    # -- contents ------------------------------------------------------------------------------

    async def list_contents(self) -> ManagedFolderContents:
        """Every file of the folder: ``{"items": [{"path", "size", "lastModified"}, ...]}``.

        (operation ``listManagedFolderContents``)
        """
        contents: ManagedFolderContents = await self.client._requester.json(
            managed_folders.list_managed_folder_contents.request_kwargs, self.project_key, self.odb_id
        )
        return contents

    async def get_file(self, path: str) -> AsyncDSSStream:
        """The content of the file at ``path``, as a stream read as it arrives (close it, or use it
        in a ``with``; ``.raw`` and ``iter_content`` as on a download). (operation ``getManagedFolderFile``)
        """
        relative = _file_path(path, "DSSManagedFolder.get_file")
        return await self.client._requester.stream(
            managed_folders.get_managed_folder_file.request_kwargs, self.project_key, self.odb_id, relative
        )

    async def delete_file(self, path: str) -> None:
        """Delete the file (or folder) at ``path``; nothing there is no error.

        (operation ``deleteManagedFolderFile``)
        """
        relative = _file_path(path, "DSSManagedFolder.delete_file")
        await self.client._requester.empty(
            managed_folders.delete_managed_folder_file.request_kwargs, self.project_key, self.odb_id, relative
        )

    async def put_file(self, path: str, f: Any) -> ManagedFolderItem:
        """Write the file at ``path`` (replacing it), with the content of ``f``, sent as it is read.

        ``f`` is a binary file object, bytes, an ``os.PathLike`` path (opened, sent, closed), a
        download of dssclient, or a ``str`` taken as the content itself (UTF-8), as the official
        client takes it. Answers the file's ``path``, ``size`` and ``lastModified``.
        (operation ``uploadManagedFolderFile``)
        """
        relative = _file_path(path, "DSSManagedFolder.put_file")
        source = f.encode("utf-8") if isinstance(f, str) else f
        async with upload_source(source, "AsyncDSSManagedFolder.put_file") as content:
            item: ManagedFolderItem = await self.client._requester.json(
                managed_folders.upload_managed_folder_file.request_kwargs,
                self.project_key,
                self.odb_id,
                relative,
                body=multipart_body(file=("", content)),
            )
        return item

    async def upload_folder(self, path: str, folder: str | os.PathLike[str]) -> None:
        """Upload every file under the local directory ``folder`` to ``path`` in the managed folder
        (``folder``'s content, not ``folder`` itself), one file at a time, each streamed.

        Every target path is checked before the first file is sent.
        (operation ``uploadManagedFolderFile``)
        """
        base = path.rstrip("/")
        if base:
            _file_path(base, "DSSManagedFolder.upload_folder")
        local_root = os.fspath(folder)
        if not os.path.isdir(local_root):
            raise NotADirectoryError(f"DSSManagedFolder.upload_folder: {local_root!r} is not a directory")
        planned: list[tuple[str, str]] = []
        for root, _, files in os.walk(local_root):
            for name in sorted(files):
                local = os.path.join(root, name)
                relative = "/".join(os.path.relpath(local, local_root).split(os.sep))
                target = f"{base}/{relative}"
                _file_path(target, "DSSManagedFolder.upload_folder")
                planned.append((local, target))
        for local, target in planned:
            with open(local, "rb") as opened:
                await self.put_file(target, opened)

    # -- metrics -------------------------------------------------------------------------------

    async def compute_metrics(
        self, metric_ids: Sequence[str] | None = None, probes: dict[str, Any] | None = None
    ) -> FutureState:
        """Compute the folder's metrics (its probes', ``probes``', or those of ``metric_ids``: ``basic:COUNT_FILES``,
        ``basic:SIZE``) and store them. Answers the computation's long task, as the official client does (a dict:
        ``DSSFuture.from_resp(client, answer).wait_for_result()`` gives the report).
        (operations ``computeManagedFolderMetrics``, ``computeManagedFolderMetricsFromIds``)
        """
        state: FutureState
        if metric_ids is not None:
            state = await self.client._requester.json(
                managed_folders.compute_managed_folder_metrics_from_ids.request_kwargs,
                self.project_key,
                self.odb_id,
                body=json_body({"metricIds": list(metric_ids)}),
            )
        elif probes is not None:
            state = await self.client._requester.json(
                managed_folders.compute_managed_folder_metrics.request_kwargs,
                self.project_key,
                self.odb_id,
                body=json_body(probes),
            )
        else:
            state = await self.client._requester.json(
                managed_folders.compute_managed_folder_metrics.request_kwargs, self.project_key, self.odb_id
            )
        return state

    async def get_last_metric_values(self) -> ComputedMetrics:
        """The last value of each metric of the folder. (operation ``getManagedFolderLastMetricValues``)"""
        raw = await self.client._requester.json(
            managed_folders.get_managed_folder_last_metric_values.request_kwargs, self.project_key, self.odb_id
        )
        return ComputedMetrics(raw)

    async def get_metric_history(self, metric: str | dict[str, Any]) -> MetricHistory:
        """The values a metric took, oldest first (``metric``: its identifier, or a lookup dict sent as JSON).

        (operation ``getManagedFolderMetricHistory``)
        """
        lookup = metric if isinstance(metric, str) else json.dumps(metric)
        history: MetricHistory = await self.client._requester.json(
            managed_folders.get_managed_folder_metric_history.request_kwargs,
            self.project_key,
            self.odb_id,
            metric_lookup=lookup,
        )
        return history

    # -- around the folder ---------------------------------------------------------------------

    async def get_usages(self) -> list[ManagedFolderUsage]:
        """The recipes reading (``RECIPE_INPUT``) or writing (``RECIPE_OUTPUT``) the folder.

        (operation ``getManagedFolderUsages``)
        """
        usages: list[ManagedFolderUsage] = await self.client._requester.json(
            managed_folders.get_managed_folder_usages.request_kwargs, self.project_key, self.odb_id
        )
        return usages

    def get_object_discussions(self) -> AsyncDSSObjectDiscussions:
        """The discussions about the folder (no call is made)."""
        return AsyncDSSObjectDiscussions(self.client, self.project_key, "MANAGED_FOLDER", self.odb_id)

    # -- flow zones (issue 18) --

    async def get_zone(self) -> AsyncDSSFlowZone:
        """The flow zone holding the folder. (operations ``listFlowZones``, ``getFlowZone``)"""
        from .flow import zone_of  # the flow module imports this one

        return await zone_of(self)

    async def move_to_zone(self, zone: AsyncDSSFlowZone | str) -> None:
        """Move the folder into a zone, a handle or an id. (operation ``addFlowZoneItem``)"""
        from .flow import move_to_zone

        await move_to_zone(self, zone)

    async def share_to_zone(self, zone: AsyncDSSFlowZone | str) -> None:
        """Share the folder to a zone, a handle or an id. (operation ``shareToFlowZone``)"""
        from .flow import share_to_zone

        await share_to_zone(self, zone)

    async def unshare_from_zone(self, zone: AsyncDSSFlowZone | str) -> None:
        """Stop sharing the folder to a zone, a handle or an id. (operation ``unshareFromFlowZone``)"""
        from .flow import unshare_from_zone

        await unshare_from_zone(self, zone)

    async def copy_to(self, target: AsyncDSSManagedFolder, write_mode: str = "OVERWRITE") -> AsyncDSSFuture:
        """Copy the folder's files into ``target``; returns the copy's future.

        ``write_mode``: ``OVERWRITE`` (the target is emptied first) or ``APPEND`` (its other files stay).
        (operation ``copyManagedFolder``)
        """
        body = {"targetProjectKey": target.project_key, "targetFolderId": target.odb_id, "writeMode": write_mode}
        state = await self.client._requester.json(
            managed_folders.copy_managed_folder.request_kwargs, self.project_key, self.odb_id, body=json_body(body)
        )
        return AsyncDSSFuture.from_resp(self.client, state)

    async def create_dataset_from_files(self, dataset_name: str) -> AsyncDSSDataset:
        """Create a ``FilesInFolder`` dataset reading this folder's files; returns its handle.

        Its format and schema are not set: use :meth:`DSSDataset.autodetect_settings`.
        (operation ``createDataset``)
        """
        from dssclient_generated.api import datasets

        body = {
            "name": dataset_name,
            "projectKey": self.project_key,
            "type": "FilesInFolder",
            "params": {"folderSmartId": self.odb_id},
        }
        await self.client._requester.json_or_none(
            datasets.create_dataset.request_kwargs, self.project_key, body=json_body(body)
        )
        return AsyncDSSDataset(self.client, self.project_key, dataset_name)


class AsyncDSSManagedFolderSettings(DSSTaggableObjectSettings["ManagedFolder"]):
    """A managed folder's settings. Edit them with the helpers or through :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, folder: AsyncDSSManagedFolder, settings: ManagedFolder) -> None:
        super().__init__(settings)
        self.folder = folder

    def get_raw_params(self) -> ManagedFolderParams:
        """Where the files are, by storage type (``connection``, ``path``, ``bucket``, ...)."""
        return cast("ManagedFolderParams", nested_dict(self._untyped, "params"))

    @property
    def type(self) -> str:
        """The kind of storage (``Filesystem``, ``S3``, ...)."""
        value: str = self._untyped["type"]
        return value

    async def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveManagedFolder``)"""
        await self.folder.client._requester.json_or_none(
            managed_folders.save_managed_folder.request_kwargs,
            self.folder.project_key,
            self.folder.odb_id,
            body=json_body(self.settings),
        )

    def remove_partitioning(self) -> None:
        """Make the folder unpartitioned."""
        self._untyped["partitioning"] = {"dimensions": []}

    def add_discrete_partitioning_dimension(self, dim_name: str) -> None:
        """Add a partitioning dimension of discrete values."""
        self._dimensions().append({"name": dim_name, "type": "value"})

    def add_time_partitioning_dimension(self, dim_name: str, period: str = "DAY") -> None:
        """Add a time partitioning dimension; ``period`` is one of YEAR, MONTH, DAY, HOUR."""
        self._dimensions().append({"name": dim_name, "type": "time", "params": {"period": period}})

    def set_partitioning_file_pattern(self, pattern: str) -> None:
        """Set which paths belong to which partition: a regular expression with ``%{dim}`` for discrete
        dimensions and ``%Y``, ``%M``, ``%D``, ``%H`` for time ones (``/year=%Y/month=%M/.*``)."""
        nested_dict(self._untyped, "partitioning")["filePathPattern"] = pattern

    def _dimensions(self) -> list[dict[str, Any]]:
        dimensions: list[dict[str, Any]] = nested_dict(self._untyped, "partitioning").setdefault("dimensions", [])
        return dimensions

    async def set_connection_and_path(self, connection: str | None, path: str | None) -> None:
        """Move the folder's definition to another connection and/or path (its files are not moved).

        A new connection's type becomes the folder's (``EC2`` as ``S3``; ``SSH`` as ``SCP`` unless
        already ``SCP`` or ``SFTP``); ``None`` leaves that part unchanged. (operation ``getConnectionInfo``)
        """
        params = nested_dict(self._untyped, "params")
        if connection is not None and connection != params.get("connection"):
            info = await self.folder.client.get_connection(connection).get_info(self.folder.project_key)
            connection_type = info.get_type()
            if connection_type == "EC2":
                self._untyped["type"] = "S3"
            elif connection_type == "SSH":
                if self._untyped.get("type") not in ("SCP", "SFTP"):
                    self._untyped["type"] = "SCP"
            else:
                self._untyped["type"] = connection_type
            params["connection"] = connection
        if path is not None:
            params["path"] = path
