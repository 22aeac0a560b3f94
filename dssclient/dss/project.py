"""Projects."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .._http import json_body
from .dataset import DSSDataset, DSSDatasetListItem
from .future import DSSFuture
from .utils import DSSRawSettings, nested_dict

if TYPE_CHECKING:
    from ..dssclient import DSSClient


class DSSProject:
    """A handle on a project. Get one with :meth:`DSSClient.get_project`; creating it calls nothing."""

    def __init__(self, client: DSSClient, project_key: str) -> None:
        self.client = client
        self.project_key = project_key

    def __repr__(self) -> str:
        return f"DSSProject(project_key={self.project_key!r})"

    # -- the project itself -------------------------------------------------------------------

    def delete(
        self,
        clear_managed_datasets: bool = False,
        clear_output_managed_folders: bool = False,
        clear_job_and_scenario_logs: bool = True,
        clear_managed_knowledge_banks: bool = False,
        **kwargs: Any,
    ) -> DSSFuture:
        """Delete the project (administrators only). (operation ``deleteProject``)

        Also accepts the official client's ``wait`` (default True: DSS answers
        once the deletion is over) and its older ``drop_data`` (same as
        ``clear_managed_datasets``). Returns the deletion's future, finished
        when ``wait`` is true.
        """
        from dssclient_generated.api.projects import delete_project

        wait = bool(kwargs.pop("wait", True))
        if kwargs.pop("drop_data", False):
            clear_managed_datasets = True
        if kwargs:
            raise TypeError(f"DSSProject.delete() got unexpected keyword arguments: {sorted(kwargs)}")
        state = self.client._requester.json(
            delete_project._get_kwargs,
            self.project_key,
            clear_managed_datasets=clear_managed_datasets,
            clear_output_managed_folders=clear_output_managed_folders,
            clear_job_and_scenario_logs=clear_job_and_scenario_logs,
            clear_managed_knowledge_banks=clear_managed_knowledge_banks,
            wait=wait,
        )
        return DSSFuture.from_resp(self.client, state or {})

    def get_settings(self) -> DSSProjectSettings:
        """The project's settings, to edit and :meth:`~DSSProjectSettings.save`. (operation ``getProjectSettings``)"""
        from dssclient_generated.api.projects import get_project_settings

        raw = self.client._requester.json(get_project_settings._get_kwargs, self.project_key)
        return DSSProjectSettings(self.client, self.project_key, raw)

    def get_metadata(self) -> dict[str, Any]:
        """Label, description, tags, checklists and custom metadata. (operation ``getProjectMetadata``)"""
        from dssclient_generated.api.projects import get_project_metadata

        metadata: dict[str, Any] = self.client._requester.json(get_project_metadata._get_kwargs, self.project_key)
        return metadata

    def set_metadata(self, metadata: dict[str, Any]) -> None:
        """Replace the metadata with a modified copy of :meth:`get_metadata`'s. (operation ``setProjectMetadata``)"""
        from dssclient_generated.api.projects import set_project_metadata

        self.client._requester.empty(set_project_metadata._get_kwargs, self.project_key, body=json_body(metadata))

    def get_variables(self) -> dict[str, Any]:
        """The variables, as ``{"standard": {...}, "local": {...}}``. (operation ``getProjectVariables``)"""
        from dssclient_generated.api.projects import get_project_variables

        variables: dict[str, Any] = self.client._requester.json(get_project_variables._get_kwargs, self.project_key)
        return variables

    def set_variables(self, obj: dict[str, Any]) -> None:
        """Replace the variables with a modified copy of :meth:`get_variables`'s. (operation ``setProjectVariables``)"""
        from dssclient_generated.api.projects import set_project_variables

        for key in ("standard", "local"):
            if key not in obj:
                raise ValueError(f"Missing '{key}' key in argument")
        self.client._requester.empty(set_project_variables._get_kwargs, self.project_key, body=json_body(obj))

    # -- datasets -------------------------------------------------------------------------------

    def list_datasets(
        self,
        as_type: Literal["listitems", "listitem", "objects", "object"] = "listitems",
        include_shared: bool = False,
        tags: list[str] | None = None,
    ) -> list[DSSDatasetListItem] | list[DSSDataset]:
        """The project's datasets, as list items or as handles. (operation ``listDatasets``)

        :param include_shared: also list datasets shared into this project by others.
        :param tags: only datasets with at least one of these tags.
        """
        from dssclient_generated.api.datasets import list_datasets
        from dssclient_generated.types import UNSET

        if as_type not in ("listitems", "listitem", "objects", "object"):
            raise ValueError(f"Unknown as_type {as_type!r}: use 'listitems' or 'objects'")
        items: list[dict[str, Any]] = self.client._requester.json(
            list_datasets._get_kwargs, self.project_key, foreign=include_shared, tags=tags or UNSET
        )
        if as_type.startswith("listitem"):
            return [DSSDatasetListItem(self.client, item) for item in items]
        return [DSSDataset(self.client, item.get("projectKey", self.project_key), item["name"]) for item in items]

    def get_dataset(self, dataset_name: str) -> DSSDataset:
        """A handle on a dataset of this project (no call is made)."""
        return DSSDataset(self.client, self.project_key, dataset_name)

    def create_dataset(
        self,
        dataset_name: str,
        type: str,  # noqa: A002 - the official client's parameter name
        params: dict[str, Any] | None = None,
        formatType: str | None = None,  # noqa: N803 - the official client's parameter name
        formatParams: dict[str, Any] | None = None,  # noqa: N803
    ) -> DSSDataset:
        """Create a dataset and return its handle. (operation ``createDataset``)

        ``params`` and ``formatParams`` depend on the dataset type and format:
        copy them from a dataset created in the UI (see :meth:`DSSDataset.get_settings`).
        """
        from dssclient_generated.api.datasets import create_dataset

        definition: dict[str, Any] = {
            "name": dataset_name,
            "projectKey": self.project_key,
            "type": type,
            "params": params if params is not None else {},
            "formatParams": formatParams if formatParams is not None else {},
        }
        if formatType is not None:
            definition["formatType"] = formatType
        self.client._requester.empty(create_dataset._get_kwargs, self.project_key, body=json_body(definition))
        return DSSDataset(self.client, self.project_key, dataset_name)


class DSSProjectSettings(DSSRawSettings):
    """A project's settings. Edit them with the helpers or through :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, client: DSSClient, project_key: str, settings: dict[str, Any]) -> None:
        super().__init__(settings)
        self.client = client
        self.project_key = project_key

    def set_python_code_env(self, code_env_name: str | None) -> None:
        """Use this Python code environment by default, or the built-in one when ``None``."""
        self._set_code_env("python", code_env_name)

    def set_r_code_env(self, code_env_name: str | None) -> None:
        """Use this R code environment by default, or the built-in one when ``None``."""
        self._set_code_env("r", code_env_name)

    def set_container_exec_config(self, config_name: str | None) -> None:
        """Run in this containerized execution configuration by default, or locally when ``None``."""
        container = nested_dict(self.settings, "settings", "container")
        if config_name is None:
            container["containerMode"] = "NONE"
        else:
            container["containerMode"] = "EXPLICIT_CONTAINER"
            container["containerConf"] = config_name

    def _set_code_env(self, language: str, code_env_name: str | None) -> None:
        env = nested_dict(self.settings, "settings", "codeEnvs", language)
        if code_env_name is None:
            env["useBuiltinEnv"] = True
            env["mode"] = "USE_BUILTIN_MODE"
        else:
            env["useBuiltinEnv"] = False
            env["envName"] = code_env_name
            env["mode"] = "EXPLICIT_ENV"

    def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveProjectSettings``)"""
        from dssclient_generated.api.projects import save_project_settings

        self.client._requester.empty(save_project_settings._get_kwargs, self.project_key, body=json_body(self.settings))
