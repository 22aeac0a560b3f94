"""Jobs: what builds datasets by running their recipes."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from dssclient_generated.api import jobs

from dssclient._json import is_object, string_or
from dssclient._polling import PollingSchedule, check_wait_timeout
from dssclient._times import datetime_from_ms
from dssclient.dss.utils import DSSDictListItem
from dssclient.errors import JobFailedError

from .._stream import AsyncDSSStream
from ._waiting import wait_until

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from dssclient.payloads import (
        Acknowledgement,
        JobDefinition,
        JobListItem,  # noqa: F401 - named in a base class, as a string
        JobStatus,
    )

    from ..dssclient import AsyncDSSClient
    from .project import AsyncDSSProject

FINAL_STATES = ("DONE", "ABORTED", "FAILED")


async def read_text(stream: AsyncDSSStream) -> str:
    """A text answer, whole (a log)."""
    async with stream:
        data = await stream.read()
    return data.decode("utf-8", errors="replace")


def job_state(status: JobStatus | Mapping[str, Any]) -> str:
    """The state in a job's status (empty when DSS said none)."""
    base: object = status.get("baseStatus")
    return string_or(base.get("state", ""), "") if is_object(base) else ""


class AsyncDSSJobListItem(DSSDictListItem["JobListItem"]):
    """A job as listed by :meth:`DSSProject.list_jobs`: its dict, with properties over it."""

    client: AsyncDSSClient

    @property
    def project_key(self) -> str:
        """The key of the job's project."""
        definition: dict[str, Any] = self.get("def") or {}
        return str(self.get("projectKey", definition.get("projectKey")))

    @property
    def job_id(self) -> str:
        """The job's id."""
        definition: dict[str, Any] = self.get("def") or {}
        return str(self.get("jobId", definition.get("id")))

    @property
    def start_time(self) -> datetime.datetime | None:
        """When the job started, if it did."""
        return datetime_from_ms(self.get("startTime"))

    @property
    def end_time(self) -> datetime.datetime | None:
        """When the job ended, if it did."""
        return datetime_from_ms(self.get("endTime"))

    def to_job(self) -> AsyncDSSJob:
        """A handle on this job; makes no call."""
        return AsyncDSSJob(self.client, self.project_key, self.job_id)


class AsyncDSSJob:
    """A handle on a job. Get one with :meth:`DSSProject.get_job` or by starting one."""

    def __init__(self, client: AsyncDSSClient, project_key: str, id: str) -> None:  # noqa: A002
        self.client = client
        self.project_key = project_key
        self.id = id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, id={self.id!r})"

    async def abort(self) -> Acknowledgement:
        """Stop the job; a job already over stays as it is. (operation ``abortJob``)"""
        answer: Acknowledgement = await self.client._requester.json(
            jobs.abort_job.request_kwargs, self.project_key, self.id
        )
        return answer

    async def get_status(self) -> JobStatus:
        """The job's status; its state is ``["baseStatus"]["state"]``. (operation ``getJobStatus``)"""
        status: JobStatus = await self.client._requester.json(
            jobs.get_job_status.request_kwargs, self.project_key, self.id
        )
        return status

    async def get_log(self, activity: str | None = None) -> str:
        """The job's log, or that of one of its activities. (operation ``getJobLog``)"""
        from dssclient_generated.types import UNSET

        stream = await self.client._requester.stream(
            jobs.get_job_log.request_kwargs,
            self.project_key,
            self.id,
            activity=activity if activity is not None else UNSET,
        )
        return await read_text(stream)

    async def wait(
        self,
        no_fail: bool = False,
        timeout: float | None = None,
        progress: bool = False,
        progress_callback: Callable[[dict[str, Any]], None] | None = None,
        polling: PollingSchedule | None = None,
    ) -> str:
        """Wait until the job is over and return its final state (``DONE``, ``FAILED`` or ``ABORTED``).

        :param no_fail: return a failed or aborted state rather than raise :class:`JobFailedError`.
        :param timeout: seconds to wait at most, status reads included; past it,
            :class:`~dssclient.WaitTimeoutError` (the job goes on running).
        :param progress: show the job's progress (a live line, or a tqdm bar when installed).
        :param progress_callback: called with each status read, instead.
        :param polling: how often to read the status (default: the client's ``future_polling``).
        """

        async def read() -> dict[str, Any]:
            # The status as a plain dict: what progress callbacks and JobFailedError take.
            return cast("dict[str, Any]", await self.get_status())

        status = await wait_until(
            read,
            lambda status: job_state(status) in FINAL_STATES,
            what=f"job {self.project_key}.{self.id}",
            polling=polling or self.client.future_polling,
            timeout=timeout,
            progress_callback=progress_callback,
            progress=progress,
            progress_state=_progress_state,
        )
        state = job_state(status)
        if state != "DONE" and not no_fail:
            raise JobFailedError(self.id, state, status)
        return state


def _progress_state(status: Mapping[str, Any]) -> dict[str, Any]:
    base: dict[str, Any] = status.get("baseStatus") or {}
    counts: dict[str, Any] = status.get("globalState") or {}
    definition: dict[str, Any] = base.get("def") or {}
    name = f"Job {definition.get('id', '')}: {base.get('state', '')}"
    total = counts.get("total") or 0
    finished = sum(counts.get(key) or 0 for key in ("done", "failed", "aborted"))
    # The job as the outer level, so that a progress line names it; its activities inside.
    states: list[dict[str, Any]] = [{"name": name, "unit": "NONE"}]
    if total:
        states.append({"name": "activities", "unit": "NONE", "cur": finished, "target": total})
    return {"jobDisplayName": name, "progress": {"states": states}}


class AsyncDSSJobWaiter:
    """Waits for a job to end, as the official client's waiter does, with an optional bound."""

    def __init__(self, job: AsyncDSSJob) -> None:
        self.job = job

    async def wait(
        self,
        no_fail: bool = False,
        timeout: float | None = None,
        progress: bool = False,
        progress_callback: Callable[[dict[str, Any]], None] | None = None,
        polling: PollingSchedule | None = None,
    ) -> str:
        """The job's final state; raises :class:`JobFailedError` unless it is ``DONE`` or ``no_fail``.

        ``timeout``, ``progress``, ``progress_callback`` and ``polling`` as in :meth:`DSSJob.wait`.
        """
        return await self.job.wait(
            no_fail=no_fail, timeout=timeout, progress=progress, progress_callback=progress_callback, polling=polling
        )


class AsyncJobDefinitionBuilder:
    """Builds the definition of a job; :meth:`start` it. Get one with :meth:`DSSProject.new_job`."""

    def __init__(self, project: AsyncDSSProject, job_type: str = "NON_RECURSIVE_FORCED_BUILD") -> None:
        self.project = project
        self.definition: JobDefinition = {
            "type": job_type,
            "refreshHiveMetastore": False,
            "outputs": [],
            "autoUpdateSchemaBeforeEachRecipeRun": False,
        }

    def with_type(self, job_type: str) -> AsyncJobDefinitionBuilder:
        """The job type: ``NON_RECURSIVE_FORCED_BUILD``, ``RECURSIVE_BUILD``, ... (see :meth:`DSSProject.new_job`)."""
        self.definition["type"] = job_type
        return self

    def with_refresh_metastore(self, refresh_metastore: bool) -> AsyncJobDefinitionBuilder:
        """Whether the job refreshes the Hive metastore of what it builds; returns the builder."""
        self.definition["refreshHiveMetastore"] = refresh_metastore
        return self

    def with_output(
        self,
        name: str,
        object_type: str | None = None,
        object_project_key: str | None = None,
        partition: str | list[str] | None = None,
    ) -> AsyncJobDefinitionBuilder:
        """Build this object (a dataset by default), of some partitions if it is partitioned."""
        self.definition["outputs"].append(
            {"type": object_type, "id": name, "projectKey": object_project_key, "partition": partition}
        )
        return self

    def with_auto_update_schema_before_each_recipe_run(self, auto_update: bool) -> AsyncJobDefinitionBuilder:
        """Whether each recipe's output schema is updated before it runs; returns the builder."""
        self.definition["autoUpdateSchemaBeforeEachRecipeRun"] = auto_update
        return self

    def get_definition(self) -> JobDefinition:
        """The definition as built so far (the dict itself: what :meth:`start` sends)."""
        return self.definition

    async def start(self) -> AsyncDSSJob:
        """Start the job. (operation ``startJob``)"""
        return await self.project.start_job(cast("dict[str, Any]", self.definition))

    async def start_and_wait(
        self, no_fail: bool = False, timeout: float | None = None, progress: bool = False
    ) -> AsyncDSSJob:
        """Start the job and wait until it is over; raises :class:`JobFailedError` if it failed, unless ``no_fail``.

        ``timeout`` and ``progress`` as in :meth:`DSSJob.wait`.
        """
        check_wait_timeout(timeout)
        job = await self.start()
        await job.wait(no_fail=no_fail, timeout=timeout, progress=progress)
        return job
