from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JupyterNotebookSession")


@_attrs_define
class JupyterNotebookSession:
    """A running session (kernel) of a notebook.

    Attributes:
        project_key (str | Unset): Project of the notebook.
        notebook_name (str | Unset): The notebook.
        session_id (str | Unset): Identifier of the session, what `unloadJupyterNotebookSession` takes.
        kernel_id (str | Unset): Identifier of its Jupyter kernel.
        kernel_pid (int | Unset): Process identifier of the kernel.
        session_creator (str | Unset): Login of who started the session.
        session_creator_display_name (str | Unset): Display name of who started it.
        session_unix_owner (str | Unset): Unix user running the kernel (unverified).
        kernel_execution_state (str | Unset): `idle`, `busy`, ...
        kernel_connections (int | Unset): How many clients are connected to the kernel.
        session_start_time (int | Unset): When it started, in milliseconds since the Unix epoch.
        kernel_last_activity_time (int | Unset): When the kernel last did something, in milliseconds since the Unix
            epoch.
    """

    project_key: str | Unset = UNSET
    notebook_name: str | Unset = UNSET
    session_id: str | Unset = UNSET
    kernel_id: str | Unset = UNSET
    kernel_pid: int | Unset = UNSET
    session_creator: str | Unset = UNSET
    session_creator_display_name: str | Unset = UNSET
    session_unix_owner: str | Unset = UNSET
    kernel_execution_state: str | Unset = UNSET
    kernel_connections: int | Unset = UNSET
    session_start_time: int | Unset = UNSET
    kernel_last_activity_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_key = self.project_key

        notebook_name = self.notebook_name

        session_id = self.session_id

        kernel_id = self.kernel_id

        kernel_pid = self.kernel_pid

        session_creator = self.session_creator

        session_creator_display_name = self.session_creator_display_name

        session_unix_owner = self.session_unix_owner

        kernel_execution_state = self.kernel_execution_state

        kernel_connections = self.kernel_connections

        session_start_time = self.session_start_time

        kernel_last_activity_time = self.kernel_last_activity_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if notebook_name is not UNSET:
            field_dict["notebookName"] = notebook_name
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if kernel_id is not UNSET:
            field_dict["kernelId"] = kernel_id
        if kernel_pid is not UNSET:
            field_dict["kernelPid"] = kernel_pid
        if session_creator is not UNSET:
            field_dict["sessionCreator"] = session_creator
        if session_creator_display_name is not UNSET:
            field_dict["sessionCreatorDisplayName"] = session_creator_display_name
        if session_unix_owner is not UNSET:
            field_dict["sessionUnixOwner"] = session_unix_owner
        if kernel_execution_state is not UNSET:
            field_dict["kernelExecutionState"] = kernel_execution_state
        if kernel_connections is not UNSET:
            field_dict["kernelConnections"] = kernel_connections
        if session_start_time is not UNSET:
            field_dict["sessionStartTime"] = session_start_time
        if kernel_last_activity_time is not UNSET:
            field_dict["kernelLastActivityTime"] = kernel_last_activity_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        project_key = d.pop("projectKey", UNSET)

        notebook_name = d.pop("notebookName", UNSET)

        session_id = d.pop("sessionId", UNSET)

        kernel_id = d.pop("kernelId", UNSET)

        kernel_pid = d.pop("kernelPid", UNSET)

        session_creator = d.pop("sessionCreator", UNSET)

        session_creator_display_name = d.pop("sessionCreatorDisplayName", UNSET)

        session_unix_owner = d.pop("sessionUnixOwner", UNSET)

        kernel_execution_state = d.pop("kernelExecutionState", UNSET)

        kernel_connections = d.pop("kernelConnections", UNSET)

        session_start_time = d.pop("sessionStartTime", UNSET)

        kernel_last_activity_time = d.pop("kernelLastActivityTime", UNSET)

        jupyter_notebook_session = cls(
            project_key=project_key,
            notebook_name=notebook_name,
            session_id=session_id,
            kernel_id=kernel_id,
            kernel_pid=kernel_pid,
            session_creator=session_creator,
            session_creator_display_name=session_creator_display_name,
            session_unix_owner=session_unix_owner,
            kernel_execution_state=kernel_execution_state,
            kernel_connections=kernel_connections,
            session_start_time=session_start_time,
            kernel_last_activity_time=kernel_last_activity_time,
        )

        jupyter_notebook_session.additional_properties = d
        return jupyter_notebook_session

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
