"""Project permissions, as DSS grants them to users who are not administrators.

A project's owner and the instance's administrators may do everything. Other users get the
rights of the permission entries naming them or one of their groups (a global API key, those of
its own grant on the project): ``admin`` implies
every right, ``writeProjectContent`` implies reading the content and running scenarios,
``runScenarios`` lets one see and run the scenarios, ``readProjectContent`` read the rest.
An entry with other rights only (``readDashboards``, ...) shows the project, not its content.
"""

from __future__ import annotations

from dssclient._json import is_object

from ..context import RequestContext
from ..errors import UNAUTHORIZED, forbidden
from ..state import DSSState, Project, User, exposed_dataset_names

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
    if is_object(grant):
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


# -- code ------------------------------------------------------------------------------------------

WRITE_CODE = "mayWriteUnsafeCode"
# Recipe types whose code the emulator would run as a local process (or DSS runs in a process
# of its own). SQL ones run in their database: DSS lets users without code rights write them
# (the "Data Analyst" profile "can use SQL" but no code-based recipe).
UNSAFE_CODE_RECIPE_TYPES = frozenset({"python", "r", "pyspark", "sparkr", "spark_scala", "shell", "cpython"})


def may_write_code(user: User | None) -> bool:
    """Whether ``user`` may write and run code.

    DSS grants ``mayWriteUnsafeCode`` for code that runs without impersonation and
    ``mayWriteSafeCode`` for code that runs impersonated (User Isolation). The emulator runs
    code without impersonation, in its own Unix account: only ``mayWriteUnsafeCode`` (or
    being an administrator) lets one write or run it, as on a DSS without User Isolation.
    """
    return user is not None and user.may(WRITE_CODE)


def require_code_rights(user: User | None, what: str) -> None:
    """403 unless ``user`` may write code. The exact text of DSS's refusal is not known to us."""
    if not may_write_code(user):
        login = user.login if user is not None else "?"
        raise forbidden(
            f"User {login} may not {what}: writing or running code needs the group permission "
            "'Write unisolated code' (mayWriteUnsafeCode)"
        )


# -- datasets of other projects ------------------------------------------------------------------


def may_read_foreign(state: DSSState, project_key: str, ref_owner: str, name: str, user: User | None) -> bool:
    """Whether the code or recipes of ``project_key``, run by ``user``, may read ``ref_owner.name``.

    As DSS allows: the dataset is exposed to the project (``exposedObjects`` of the source
    project's settings), or the user may read the content of the source project.
    """
    if ref_owner == project_key:
        return True
    source = state.projects.get(ref_owner)
    if source is None or user is None:
        return False
    if name in set(exposed_dataset_names(source.settings, project_key)):
        return True
    return READ in rights(source, user)


def check_foreign_read(state: DSSState, project_key: str, ref_owner: str, name: str, user: User | None) -> None:
    """403 when ``may_read_foreign`` says no (the same answer whether the dataset exists or not)."""
    if not may_read_foreign(state, project_key, ref_owner, name, user):
        who = user.login if user is not None else "the running user"
        raise forbidden(
            f"Dataset {ref_owner}.{name} is not exposed to project {project_key}, "
            f"and {who} may not read the content of project {ref_owner}",
            UNAUTHORIZED,
        )
