"""Code envs: creation and package installs as long tasks that can fail, settings, Jupyter support,
container images, usages and build logs. Rights: see models/code_envs.py."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from dssclient._json import array_or_empty, is_object

from ..context import BinaryReply, RequestContext
from ..errors import DSSError, bad_request, not_found
from ..futures import TaskControl
from ..models.code_envs import (
    BuildFailure,
    CodeEnv,
    CodeEnvsModel,
    build_failure,
    core_packages,
    installed_list,
    resolve,
)
from ..models.project_archives import ProjectArchives
from ._admin import messages, record, run_task
from ._common import readable_project
from ._registry import handles

LOG_MEDIA_TYPE = "text/plain"


def _model(ctx: RequestContext) -> CodeEnvsModel:
    return ctx.services.state.extension(CodeEnvsModel)


def _addressed(ctx: RequestContext, *, manage: bool = True) -> CodeEnv:
    return _model(ctx).existing(ctx.user, ctx.path["envLang"], ctx.path["envName"], manage=manage)


@handles("listCodeEnvs")
def list_code_envs(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return [env.summary() for env in _model(ctx).visible(ctx.user)]


@handles("listCodeEnvUsages")
def list_code_env_usages(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return _model(ctx).usages()


@handles("createCodeEnv")
def create_code_env(ctx: RequestContext) -> Any:
    state = ctx.services.state
    with state.lock:
        env = _model(ctx).create(ctx.user, ctx.path["envLang"], ctx.path["envName"], ctx.body_fields)
    record(ctx, "code-env-create", f"Creating code env {env.lang}/{env.name}", _ids(env), "dku.code-envs")
    unavailable = ctx.services.config.unavailable_packages

    def build(control: TaskControl, log: Callable[[str], None]) -> str:
        with state.lock:
            wanted = core_packages(env)
            requested = env.requested()
        log(f"Creating {env.lang} code env {env.name} ({env.mode})")
        control.sleep(ctx.services.config.build_seconds)
        try:
            wanted.update(resolve(env.lang, requested, unavailable))
        except BuildFailure:
            with state.lock:  # a failed creation leaves nothing behind
                if _model(ctx).envs.get((env.lang, env.name)) is env:
                    del _model(ctx).envs[(env.lang, env.name)]
            raise
        with state.lock:
            env.installed = wanted
            env.spec_holder()["actualPackageList"] = installed_list(wanted, env.lang)
        for name, version in sorted(wanted.items()):
            log(f"Installed {name} {version}")
        return f"Code env {env.lang}/{env.name} created, with {len(wanted)} packages"

    return _env_task(ctx, env, "create", f"Create code env {env.lang}/{env.name}", build)


@handles("getCodeEnvSettings")
def get_code_env_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_addressed(ctx).settings)


@handles("saveCodeEnvSettings")
def save_code_env_settings(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        env = _addressed(ctx)
        fields = ctx.body_fields
        for name, current in (("envLang", env.lang), ("envName", env.name), ("deploymentMode", env.mode)):
            value = fields.get(name)
            if value is not None and str(value).upper() != current.upper():
                raise bad_request(f"The {name} of code env {env.lang}/{env.name} cannot change")
        settings = copy.deepcopy(ctx.body)
        settings.update({"envLang": env.lang, "envName": env.name, "deploymentMode": env.mode})
        # What is installed is the env's to say, not the client's.
        holder_path = _spec_holder_key(env)
        stored_actual = env.spec_holder().get("actualPackageList", "")
        target = settings.get(holder_path) if holder_path else settings
        if is_object(target):
            target["actualPackageList"] = stored_actual
        desc = settings.get("desc")
        if is_object(desc) and not desc.get("owner"):
            desc["owner"] = env.owner
        env.settings = settings
    record(ctx, "code-env-edit", f"Saved code env {env.lang}/{env.name}", _ids(env), "dku.code-envs")
    return {}


@handles("deleteCodeEnv")
def delete_code_env(ctx: RequestContext) -> Any:
    state = ctx.services.state
    with state.lock:
        env = _addressed(ctx)

    def remove(control: TaskControl, log: Callable[[str], None]) -> str:
        control.check_abort()
        with state.lock:
            if _model(ctx).envs.get((env.lang, env.name)) is env:
                del _model(ctx).envs[(env.lang, env.name)]
        return f"Code env {env.lang}/{env.name} deleted"

    record(ctx, "code-env-delete", f"Deleting code env {env.lang}/{env.name}", _ids(env), "dku.code-envs")
    return _env_task(ctx, env, "delete", f"Delete code env {env.lang}/{env.name}", remove, keep_log=False)


@handles("setCodeEnvJupyterSupport")
def set_code_env_jupyter_support(ctx: RequestContext) -> Any:
    state = ctx.services.state
    active = ctx.query["active"]
    with state.lock:
        env = _addressed(ctx)

    def change(control: TaskControl, log: Callable[[str], None]) -> str:
        control.sleep(ctx.services.config.build_seconds / 2)
        with state.lock:
            jupyter = core_packages(env, jupyter=True).keys() - core_packages(env, jupyter=False).keys()
            if active:
                env.installed.update({n: v for n, v in core_packages(env, jupyter=True).items() if n in jupyter})
            else:
                for name in jupyter:
                    env.installed.pop(name, None)
            desc = env.settings.setdefault("desc", {})
            if is_object(desc):
                desc["installJupyterSupport"] = active
            env.spec_holder()["actualPackageList"] = installed_list(env.installed, env.lang)
        verb = "installed" if active else "removed"
        log(f"Jupyter support {verb}")
        return f"Jupyter support {verb} in code env {env.lang}/{env.name}"

    title = f"{'Install' if active else 'Remove'} Jupyter support of code env {env.lang}/{env.name}"
    return _env_task(ctx, env, "jupyter", title, change)


@handles("updateCodeEnvPackages")
def update_code_env_packages(ctx: RequestContext) -> Any:
    state = ctx.services.state
    version = ctx.query.get("versionToUpdate")
    force = ctx.query["forceRebuildEnv"]
    unavailable = ctx.services.config.unavailable_packages
    with state.lock:
        env = _addressed(ctx)
        requested = env.requested(version)

    def update(control: TaskControl, log: Callable[[str], None]) -> str:
        log(f"Updating the packages of {env.lang}/{env.name}" + (" from scratch" if force else ""))
        control.sleep(ctx.services.config.build_seconds)
        wanted = resolve(env.lang, requested, unavailable)  # a failure leaves the env as it was
        with state.lock:
            installed = core_packages(env) if force else dict(env.installed)
            installed.update(wanted)
            env.installed = installed
            env.spec_holder(version)["actualPackageList"] = installed_list(installed, env.lang)
        for name, package_version in sorted(wanted.items()):
            log(f"Installed {name} {package_version}")
        return f"Installed {len(wanted)} packages in code env {env.lang}/{env.name}"

    return _env_task(ctx, env, "update", f"Update packages of code env {env.lang}/{env.name}", update)


@handles("updateCodeEnvImages")
def update_code_env_images(ctx: RequestContext) -> Any:
    state = ctx.services.state
    with state.lock:
        env = _addressed(ctx)
        if env.settings.get("allContainerConfs") is True:
            confs = list(state.container_confs)
        else:
            chosen = env.settings.get("containerConfs")
            confs = [c for c in array_or_empty(chosen) if isinstance(c, str) and c in state.container_confs]

    def build(control: TaskControl, log: Callable[[str], None]) -> str:
        if not confs:
            raise BuildFailure(f"Code env {env.lang}/{env.name} is built for no containerized execution configuration")
        for done, conf in enumerate(confs):
            control.set_progress(
                [{"name": f"Building image for {conf}", "unit": "NONE", "cur": done, "target": len(confs)}]
            )
            control.sleep(ctx.services.config.build_seconds / len(confs))
            log(f"Built image for {conf}")
        with state.lock:
            env.images_built_for = confs
        return f"Built images of code env {env.lang}/{env.name} for {', '.join(confs)}"

    return _env_task(ctx, env, "images", f"Build images of code env {env.lang}/{env.name}", build)


@handles("listUsagesOfCodeEnv")
def list_usages_of_code_env(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return _model(ctx).usages(_addressed(ctx))


@handles("getCodeEnvVersionForProject")
def get_code_env_version_for_project(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        env = _addressed(ctx, manage=False)
        project = readable_project(ctx, ctx.path["projectKey"])
        active = state.extension(ProjectArchives).active.get(project.key)
        return _model(ctx).version_for_project(env, project, active)


@handles("listCodeEnvLogs")
def list_code_env_logs(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        env = _addressed(ctx)
        return [
            {"name": name, "totalSize": len(text.encode("utf-8")), "lastModified": when}
            for name, (text, when) in env.logs.items()
        ]


@handles("getCodeEnvLog")
def get_code_env_log(ctx: RequestContext) -> BinaryReply:
    with ctx.services.state.lock:
        found = _addressed(ctx).logs.get(ctx.path["logName"])
    if found is None:
        raise not_found(f"Log does not exist: {ctx.path['logName']}")
    content = found[0].encode("utf-8")
    return BinaryReply(media_type=LOG_MEDIA_TYPE, length=len(content), chunks=lambda: iter([content]))


def _env_task(
    ctx: RequestContext,
    env: CodeEnv,
    kind: str,
    title: str,
    step: Callable[[TaskControl, Callable[[str], None]], str],
    *,
    keep_log: bool = True,
) -> Any:
    """Run ``step`` as a long task writing its own log; its outcome is ``{envLang, envName, messages}``.

    With ``wait``, a failed task answers 200 with ``messages.error`` set, as DSS does (the
    official client raises on it); without, the task fails with its error.
    """
    state = ctx.services.state
    log_name = f"{state.clock()}-{kind}.log"
    lines: list[str] = []

    def log(line: str) -> None:
        lines.append(line)
        if keep_log:
            with state.lock:
                env.logs[log_name] = ("".join(f"{text}\n" for text in lines), state.clock())

    def work(control: TaskControl) -> dict[str, Any]:
        try:
            summary = step(control, log)
        except BuildFailure as failure:
            log(f"FAILED: {failure}")
            raise build_failure(f"{title} failed: {failure}") from None
        log(summary)
        return {"envLang": env.lang, "envName": env.name, "messages": messages([("SUCCESS", summary)])}

    def failed(error: DSSError) -> dict[str, Any]:
        return {"envLang": env.lang, "envName": env.name, "messages": messages([], error=error.message)}

    payload = {"envLang": env.lang, "envName": env.name, "action": kind}
    return run_task(ctx, title, payload, work, wait=ctx.query["wait"], on_failure=failed)


def _spec_holder_key(env: CodeEnv) -> str | None:
    return {"AUTOMATION_SINGLE": "currentVersion", "AUTOMATION_NON_MANAGED_PATH": "noVersion"}.get(env.mode)


def _ids(env: CodeEnv) -> dict[str, str]:
    return {"envLang": env.lang, "envName": env.name}
