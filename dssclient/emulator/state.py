"""The in-memory DSS: users, keys, projects, datasets, code studio templates.

Everything sits behind one re-entrant lock, ``DSSState.lock``; hold it while
reading or changing anything, and hand out deep copies (answers are serialized
after the lock is released). The model knows nothing of HTTP: access rules are
methods here, error answers are chosen by the handlers.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ._util import deep_merge
from .config import ADMIN_LOGIN, EmulatorConfig
from .defaults import default_code_studio_templates, default_metadata, default_project_settings
from .errors import bad_request, conflict

M = TypeVar("M")

ADMIN_GROUP = "administrators"
READER_GROUP = "readers"


@dataclass
class User:
    login: str
    groups: list[str]
    admin: bool
    profile: str
    may_create_projects: bool
    secrets: list[dict[str, Any]] = field(default_factory=list)


def user_tag(login: str, when: int, version: int = 0) -> dict[str, Any]:
    """A DSS "tag": who last changed an object, and when."""
    return {"versionNumber": version, "lastModifiedBy": {"login": login}, "lastModifiedOn": when}


@dataclass
class Dataset:
    # The definition ("settings"), stored as the client sent it.
    definition: dict[str, Any]
    metadata: dict[str, Any]


@dataclass
class Project:
    key: str
    settings: dict[str, Any]
    metadata: dict[str, Any]
    variables: dict[str, Any]
    permissions: list[dict[str, Any]]
    # Owner given at creation; answers fall back to it when saved settings lack one.
    initial_owner: str
    creation_tag: dict[str, Any]
    version_tag: dict[str, Any]
    datasets: dict[str, Dataset] = field(default_factory=dict)

    @property
    def owner(self) -> str:
        owner = self.settings.get("owner")
        return owner if isinstance(owner, str) and owner else self.initial_owner

    @property
    def name(self) -> str:
        for candidate in (self.settings.get("name"), self.metadata.get("label")):
            if isinstance(candidate, str) and candidate:
                return candidate
        return self.key

    def summary(self) -> dict[str, Any]:
        """The item `listProjects` answers for this project."""
        summary: dict[str, Any] = {"projectKey": self.key, "name": self.name, "ownerLogin": self.owner}
        for field_name in ("shortDesc", "description"):
            if isinstance(self.metadata.get(field_name), str):
                summary[field_name] = self.metadata[field_name]
        tags = self.metadata.get("tags")
        summary["tags"] = [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
        summary["versionTag"] = copy.deepcopy(self.version_tag)
        summary["creationTag"] = copy.deepcopy(self.creation_tag)
        return summary

    def readable_by(self, user: User) -> bool:
        """Admins read everything; others read what they own or what a permission names them (or a group) in."""
        return user.admin or self.owner == user.login or any(True for _ in self._entries_for(user))

    def writable_by(self, user: User) -> bool:
        return (
            user.admin
            or self.owner == user.login
            or any(
                entry.get("writeProjectContent") is True or entry.get("admin") is True
                for entry in self._entries_for(user)
            )
        )

    def touch(self, login: str, when: int) -> None:
        """Record a change in the project's versionTag."""
        self.version_tag = user_tag(login, when, version=int(self.version_tag.get("versionNumber", 0)) + 1)

    def _entries_for(self, user: User) -> Iterable[Mapping[str, Any]]:
        for entry in self.permissions:
            if entry.get("user") == user.login or entry.get("group") in user.groups:
                yield entry


@dataclass
class CodeStudioTemplate:
    settings: dict[str, Any]
    last_built: int | None = None

    def build_for(self, container_confs: Sequence[str]) -> list[str]:
        if self.settings.get("allContainerConfs") is True:
            return list(container_confs)
        confs = self.settings.get("containerConfs")
        return [c for c in confs if isinstance(c, str)] if isinstance(confs, list) else []

    def summary(self, template_id: str, container_confs: Sequence[str]) -> dict[str, Any]:
        """The item `listCodeStudioTemplates` answers for this template."""
        summary: dict[str, Any] = {"id": template_id}
        for key in ("label", "type", "description"):
            if isinstance(self.settings.get(key), str):
                summary[key] = self.settings[key]
        summary["buildFor"] = self.build_for(container_confs)
        if self.last_built is not None:
            summary["lastBuilt"] = self.last_built
        return summary


class DSSState:
    """The whole emulated instance. Seed or inspect it from tests through these methods."""

    def __init__(self, config: EmulatorConfig) -> None:
        self.lock = threading.RLock()
        self.clock = config.clock
        self.dss_version = config.dss_version
        self.node_id = config.node_id
        self.node_name = config.node_name
        self.container_confs: list[str] = list(config.container_confs)
        self.users: dict[str, User] = {}
        self.api_keys: dict[str, str] = {}
        self.tickets: dict[str, str] = {}
        self.projects: dict[str, Project] = {}
        self.code_studio_templates: dict[str, CodeStudioTemplate] = {}
        self._extensions: dict[Callable[[DSSState], Any], Any] = {}

        self.add_user(ADMIN_LOGIN, groups=[ADMIN_GROUP], admin=True)
        self.api_keys[config.admin_api_key] = ADMIN_LOGIN
        for key, login in config.user_api_keys.items():
            self.api_keys[key] = self._ensure_user(login).login
        for ticket, login in config.tickets.items():
            self.tickets[ticket] = self._ensure_user(login).login
        seeds = config.code_studio_templates
        if seeds is None:
            seeds = default_code_studio_templates(self.container_confs, self.clock())
        for seed in seeds:
            self.add_code_studio_template(seed)

    # -- users --------------------------------------------------------------

    def add_user(self, login: str, groups: Sequence[str] = (READER_GROUP,), admin: bool = False) -> User:
        with self.lock:
            user = User(
                login=login,
                groups=list(groups),
                admin=admin,
                profile="DESIGNER" if admin else "READER",
                may_create_projects=admin,
            )
            self.users[login] = user
            return user

    def _ensure_user(self, login: str) -> User:
        return self.users.get(login) or self.add_user(login)

    def user_for_api_key(self, key: str) -> User | None:
        with self.lock:
            login = self.api_keys.get(key)
            return self.users.get(login) if login is not None else None

    def user_for_ticket(self, ticket: str) -> User | None:
        with self.lock:
            login = self.tickets.get(ticket)
            return self.users.get(login) if login is not None else None

    # -- projects -----------------------------------------------------------

    def create_project(
        self,
        project_key: str,
        name: str,
        owner: str,
        *,
        creator: str | None = None,
        description: str | None = None,
        settings: Mapping[str, Any] | None = None,
        permissions: Sequence[Mapping[str, Any]] = (),
        tags: Sequence[str] = (),
    ) -> Project:
        """Create a project as `createProject` does (the caller's rights are the handler's business)."""
        with self.lock:
            if project_key in self.projects:
                raise conflict(f"Project {project_key} already exists")
            if owner not in self.users:
                raise bad_request(f"User does not exist: {owner}")
            project_settings = default_project_settings(project_key, name, owner)
            if settings:
                project_settings["settings"] = deep_merge(project_settings["settings"], settings)
            created = user_tag(creator or owner, self.clock())
            project = Project(
                key=project_key,
                settings=project_settings,
                metadata=default_metadata(name, description, tags),
                variables={"standard": {}, "local": {}},
                permissions=[dict(entry) for entry in permissions],
                initial_owner=owner,
                creation_tag=created,
                version_tag=copy.deepcopy(created),
            )
            self.projects[project_key] = project
            return project

    def delete_project(self, project_key: str) -> bool:
        with self.lock:
            deleted = self.projects.pop(project_key, None) is not None
            if deleted:
                # What other parts of the instance keep about the project goes with it.
                for extension in self._extensions.values():
                    forget = getattr(extension, "forget_project", None)
                    if forget is not None:
                        forget(project_key)
            return deleted

    # -- the other parts of the instance ----------------------------------------

    def extension(self, model: Callable[[DSSState], M]) -> M:
        """The instance's model of one area of DSS (code studios, API deployer, users, ...).

        One model per area, in its own module, built on first use as ``model(self)`` and kept
        for the emulator's life (the pattern of moto's backends): an area is added without
        touching this class. A model with a ``forget_project(project_key)`` method hears of
        deleted projects. Hold ``self.lock`` while reading or changing a model.
        """
        with self.lock:
            found: M | None = self._extensions.get(model)
            if found is None:
                found = self._extensions[model] = model(self)
            return found

    # -- datasets -----------------------------------------------------------

    def create_dataset(self, project: Project, body: Mapping[str, Any], creator: str) -> Dataset:
        """Store a new dataset: the body as received, plus the defaults DSS fills in."""
        with self.lock:
            name = body["name"]
            if name in project.datasets:
                raise conflict(f"Dataset {project.key}.{name} already exists")
            definition = copy.deepcopy(dict(body))
            created = user_tag(creator, self.clock())
            defaults: dict[str, Any] = {
                "schema": {"columns": [], "userModified": False},
                "partitioning": {"dimensions": []},
                "tags": [],
                "managed": False,
                "versionTag": created,
                "creationTag": copy.deepcopy(created),
            }
            for key, value in defaults.items():
                if definition.get(key) is None:
                    definition[key] = value
            tags = definition["tags"] if isinstance(definition["tags"], list) else []
            description = definition.get("description")
            metadata = default_metadata(name, description if isinstance(description, str) else None, tags)
            dataset = Dataset(definition=definition, metadata=metadata)
            project.datasets[name] = dataset
            return dataset

    def foreign_datasets(self, project_key: str) -> list[dict[str, Any]]:
        """Definitions of other projects' datasets exposed into ``project_key`` (settings.exposedObjects)."""
        found: list[dict[str, Any]] = []
        with self.lock:
            for source in self.projects.values():
                if source.key == project_key:
                    continue
                for name in _exposed_dataset_names(source.settings, project_key):
                    if name in source.datasets:
                        found.append(source.datasets[name].definition)
        return found

    # -- code studio templates ----------------------------------------------

    def add_code_studio_template(self, seed: Mapping[str, Any]) -> CodeStudioTemplate:
        """Add a template from its settings; a "lastBuilt" key seeds its last build time."""
        settings = copy.deepcopy(dict(seed))
        last_built = settings.pop("lastBuilt", None)
        template_id = settings.get("id")
        if not isinstance(template_id, str) or not template_id:
            raise ValueError("a code studio template needs a string 'id'")
        template = CodeStudioTemplate(settings=settings, last_built=last_built if isinstance(last_built, int) else None)
        with self.lock:
            self.code_studio_templates[template_id] = template
        return template


def _exposed_dataset_names(settings: Mapping[str, Any], target_project: str) -> Iterable[str]:
    exposed = settings.get("exposedObjects")
    objects = exposed.get("objects") if isinstance(exposed, Mapping) else None
    for item in objects if isinstance(objects, list) else []:
        if not isinstance(item, Mapping) or item.get("type") != "DATASET":
            continue
        rules = item.get("rules")
        if isinstance(rules, list) and any(
            isinstance(rule, Mapping) and rule.get("targetProject") == target_project for rule in rules
        ):
            name = item.get("localName")
            if isinstance(name, str):
                yield name
