"""Jobs: starting them, their status and log, aborting them, listing the running ones."""

from __future__ import annotations

import copy
from typing import Any

from ..automation.access import READ, WRITE, project_for, rights
from ..automation.jobs import Job, JobsModel, jobs_running_for
from ..automation.jobs import start_job as start
from ..context import BinaryReply, RequestContext
from ._registry import handles

# How long abortJob waits for the job to stop, so that a status read right after sees it aborted.
ABORT_GRACE_SECONDS = 5.0


def _job_for(ctx: RequestContext, *needed: str) -> Job:
    project = project_for(ctx, ctx.path["projectKey"], *needed)
    return ctx.services.state.extension(JobsModel).get(project.key, ctx.path["jobId"])


@handles("listJobs")
def list_jobs(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return [job.list_item() for job in reversed(state.extension(JobsModel).of(project.key).values())]


@handles("startJob")
def start_job(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        job = start(ctx.services, project, ctx.body_fields, ctx.user.login)
        return copy.deepcopy(job.definition)


@handles("listRunningJobs")
def list_running_jobs(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return [job.list_item() for job in jobs_running_for(state, [project.key], None)]


@handles("listInstanceRunningJobs")
def list_instance_running_jobs(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        if ctx.query["allUsers"]:
            visible = [key for key, project in state.projects.items() if READ in rights(project, ctx.user)]
            jobs = jobs_running_for(state, visible, None)
        else:
            jobs = jobs_running_for(state, None, ctx.user.login)
        return [job.list_item() for job in jobs]


@handles("getJobStatus")
def get_job_status(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return _job_for(ctx, READ).status()


@handles("getJobLog")
def get_job_log(ctx: RequestContext) -> BinaryReply:
    with ctx.services.state.lock:
        text = _job_for(ctx, READ).text_log(ctx.query.get("activity")).encode("utf-8")
    return BinaryReply("text/plain", len(text), lambda: iter([text]))


@handles("abortJob")
def abort_job(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        job = _job_for(ctx, WRITE)
        future = job.future
    if future is not None:
        future.request_abort()
        job.finished.wait(ABORT_GRACE_SECONDS)
    return {"msg": f"Aborted job {job.id}", "state": job.state}
