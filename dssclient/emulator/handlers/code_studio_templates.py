"""Code studio templates (administrators only, which the spec's x-dss-admin-only enforces) and their builds."""

from __future__ import annotations

import copy
from typing import Any

from ..context import RequestContext
from ..errors import CODED, DSSError, not_found
from ..futures import TaskControl
from ..state import CodeStudioTemplate, DSSState
from ._common import info_messages, refuse_rename
from ._registry import handles


@handles("listCodeStudioTemplates")
def list_code_studio_templates(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        return [t.summary(tid, state.container_confs) for tid, t in state.code_studio_templates.items()]


@handles("getCodeStudioTemplate")
def get_code_studio_template(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        return copy.deepcopy(_existing_template(state, ctx.path["templateId"]).settings)


@handles("saveCodeStudioTemplate")
def save_code_studio_template(ctx: RequestContext) -> None:
    template_id = ctx.path["templateId"]
    refuse_rename("code studio template", "id", template_id, ctx.body_fields)
    state = ctx.services.state
    with state.lock:
        _existing_template(state, template_id).settings = copy.deepcopy(ctx.body)


@handles("buildCodeStudioTemplate")
def build_code_studio_template(ctx: RequestContext) -> dict[str, Any]:
    template_id = ctx.path["templateId"]
    services = ctx.services
    with services.state.lock:
        confs = _existing_template(services.state, template_id).build_for(services.state.container_confs)
    fails = template_id in services.config.failing_builds
    seconds = services.config.build_seconds

    def work(control: TaskControl) -> dict[str, Any]:
        step = seconds / max(len(confs), 1)
        for done, conf in enumerate(confs):
            control.set_progress(_build_progress(template_id, done, len(confs), conf))
            control.sleep(step)
        if not confs:
            control.sleep(seconds)
        if fails:
            raise DSSError(
                500, CODED, f"Failed to build image for template {template_id}: the image build exited with code 1"
            )
        with services.state.lock:
            template = services.state.code_studio_templates.get(template_id)
            if template is not None:
                template.last_built = services.state.clock()
        control.set_progress(_build_progress(template_id, len(confs), len(confs), None))
        return info_messages([f"Built image for container configuration {conf}" for conf in confs])

    payload = {"templateId": template_id, "withNoCache": ctx.query["withNoCache"], "containerConfs": confs}
    future = services.futures.start(ctx.user.login, f"Build code studio template {template_id}", payload, work)
    # Like DSS, a task already over when the answer is written carries its result.
    return future.state_json(with_result=True)


def _existing_template(state: DSSState, template_id: str) -> CodeStudioTemplate:
    template = state.code_studio_templates.get(template_id)
    if template is None:
        raise not_found(f"Code studio template does not exist: {template_id}")
    return template


def _build_progress(template_id: str, done: int, total: int, conf: str | None) -> list[dict[str, Any]]:
    states = [{"name": f"Building code studio template {template_id}", "unit": "NONE", "cur": done, "target": total}]
    if conf is not None:
        states.append(
            {"name": f"Building image for container configuration {conf}", "unit": "NONE", "cur": 0, "target": 1}
        )
    return states
