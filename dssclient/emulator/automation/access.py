"""Project permissions, as DSS grants them to users who are not administrators.

A project's owner and the instance's administrators may do everything. Other users get the
rights of the permission entries naming them or one of their groups (a global API key, those of
its own grant on the project): ``admin`` implies
every right, ``writeProjectContent`` implies reading the content and running scenarios,
``runScenarios`` lets one see and run the scenarios, ``readProjectContent`` read the rest.
An entry with other rights only (``readDashboards``, ...) shows the project, not its content.
"""

from __future__ import annotations

from ..context import RequestContext
from ..errors import UNAUTHORIZED, forbidden
from ..state import Project, User

READ = "readProjectContent"
WRITE = "writeProjectContent"
RUN_SCENARIOS = "runScenarios"
ADMIN = "admin"

_IMPLIED = {
    ADMIN: {ADMIN, WRITE, READ, RUN_SCENARIOS},
    WRITE: {WRITE, READ, RUN_SCENARIOS},
    RUN_SCENARIOS: {RUN_SCENARIOS},
    READ: {READ},
}
_WHAT = {
    READ: "read the content of",
    WRITE: "write the content of",
    RUN_SCENARIOS: "run the scenarios of",
    ADMIN: "administer",
}


def rights(project: Project, user: User) -> set[str]:
    """Every right ``user`` has on ``project``."""
    if user.admin or project.owner == user.login:
        return set(_IMPLIED[ADMIN])
    entries = [e for e in project.permissions if e.get("user") == user.login or e.get("group") in user.groups]
    grant = user.project_grants.get(project.key)  # a global API key's own grant on the project
    if isinstance(grant, dict):
        entries.append(grant)
    granted: set[str] = set()
    for entry in entries:
        for right, implied in _IMPLIED.items():
            if entry.get(right) is True:
                granted |= implied
    return granted


def project_for(ctx: RequestContext, project_key: str, *needed: str) -> Project:
    """The project, if the caller holds one of the ``needed`` rights on it. Call with the state lock held.

    A project the caller cannot see at all is refused as ``readable_project`` refuses it.
    """
    # Imported here: the handlers import this package.
    from ..handlers._common import readable_project

    project = readable_project(ctx, project_key)
    if not needed or rights(project, ctx.user) & set(needed):
        return project
    raise forbidden(f"You may not {_WHAT[needed[0]]} project {project_key}", UNAUTHORIZED)
