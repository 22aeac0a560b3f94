"""The in-memory DSS: users, groups, API keys, projects, datasets, code studio templates.

Everything sits behind one re-entrant lock, ``DSSState.lock``; hold it while
reading or changing anything, and hand out deep copies (answers are serialized
after the lock is released). The model knows nothing of HTTP: access rules are
methods here, error answers are chosen by the handlers.
"""

from __future__ import annotations

import copy
import random
import string
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from dssclient._json import array_or_empty, is_array, is_mapping, is_object

from ._util import deep_merge
from .config import ADMIN_LOGIN, EmulatorConfig
from .defaults import (
    default_code_studio_templates,
    default_dataset_monitoring,
    default_metadata,
    default_project_settings,
)
from .errors import bad_request, conflict, not_found
from .identity import (
    ADMIN_GROUP,
    GROUP_PERMISSIONS,
    READ_ONLY_PROFILES,
    READER_GROUP,
    default_groups,
    new_group,
    new_secret,
    new_user_settings,
)

M = TypeVar("M")

__all__ = ["ADMIN_GROUP", "READER_GROUP", "ApiKey", "DSSState", "Project", "User"]

PERSONAL, GLOBAL = "PERSONAL", "GLOBAL"
_ID_ALPHABET = string.ascii_letters + string.digits


@dataclass
class User:
    """Who a request acts as: a user of the instance, or the identity of a global API key.

    ``admin``, ``rights`` and ``may_create_projects`` follow from the groups (or, for a
    global key, from its own permissions); ``DSSState`` recomputes them whenever a group
    or a membership changes, so that a change applies to the very next request.
    """

    login: str
    groups: list[str]
    admin: bool = False
    profile: str = "READER"
    may_create_projects: bool = False
    # What DSS keeps about the user, as settings (hidden values included: never answer it as is).
    settings: dict[str, Any] = field(default_factory=dict[str, Any])
    password_hash: str | None = None
    # The `may*` permissions in force.
    rights: frozenset[str] = frozenset()
    # The identity of a global API key: the key's id (None for users).
    global_key_id: str | None = None
    # A global key's grants on projects, by project key.
    project_grants: dict[str, dict[str, Any]] = field(default_factory=dict[str, dict[str, Any]])

    @property
    def enabled(self) -> bool:
        return self.settings.get("enabled", True) is not False

    @property
    def secrets(self) -> list[dict[str, Any]]:
        """The user's secrets, as `getAuthInfo` gives them with `withSecrets`."""
        found = self.settings.get("secrets")
        return [
            {"key": s["name"], "value": s.get("value", "")}
            for s in (found if is_array(found) else [])
            if is_object(s) and isinstance(s.get("name"), str)
        ]

    def may(self, right: str) -> bool:
        """Whether an administrator, or a holder of the `may*` permission ``right``."""
        return self.admin or right in self.rights


@dataclass
class ApiKey:
    """A global or personal API key. ``definition`` is what DSS answers, without the secret."""

    id: str
    secret: str
    kind: str
    definition: dict[str, Any]

    @property
    def owner(self) -> str | None:
        """The login a personal key acts as."""
        user = self.definition.get("user")
        return user if self.kind == PERSONAL and isinstance(user, str) else None

    def shown(self, *, with_secret: bool) -> dict[str, Any]:
        """The definition as answered; the secret, when shown, always right after the id."""
        answered: dict[str, Any] = {}
        for name, value in self.definition.items():
            answered[name] = copy.deepcopy(value)
            if name == "id" and with_secret:
                answered["key"] = self.secret
        return answered


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
    datasets: dict[str, Dataset] = field(default_factory=dict[str, Dataset])

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
        summary["tags"] = [t for t in tags if isinstance(t, str)] if is_array(tags) else []
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
        grant = user.project_grants.get(self.key)  # a global API key's own grant
        if is_mapping(grant) and any(value is True for value in grant.values()):
            yield grant


@dataclass
class CodeStudioTemplate:
    settings: dict[str, Any]
    last_built: int | None = None

    def build_for(self, container_confs: Sequence[str]) -> list[str]:
        if self.settings.get("allContainerConfs") is True:
            return list(container_confs)
        confs = self.settings.get("containerConfs")
        return [c for c in confs if isinstance(c, str)] if is_array(confs) else []

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
        self.config = config
        self.clock = config.clock
        self.dss_version = config.dss_version
        self.node_id = config.node_id
        self.node_name = config.node_name
        self.container_confs: list[str] = list(config.container_confs)
        self.users: dict[str, User] = {}
        self.groups: dict[str, dict[str, Any]] = {group["name"]: group for group in default_groups()}
        # API keys by id; `_key_ids` finds one from its secret.
        self.api_keys: dict[str, ApiKey] = {}
        self._key_ids: dict[str, str] = {}
        self.tickets: dict[str, str] = {}
        self.projects: dict[str, Project] = {}
        self.code_studio_templates: dict[str, CodeStudioTemplate] = {}
        self._extensions: dict[Callable[[DSSState], Any], Any] = {}
        # Identifiers (of keys, clusters, ...) come from a seeded generator: two emulators given
        # the same requests answer the same ids. Secrets never come from it.
        self._ids = random.Random(0x1D5)

        # Everything seeded is created at one instant: the instance's start.
        boot = self.clock()
        self.add_user(ADMIN_LOGIN, groups=[ADMIN_GROUP], admin=True, created=boot)
        self.add_api_key(ADMIN_LOGIN, label="emulator administrator key", secret=config.admin_api_key, created=boot)
        for key, login in config.user_api_keys.items():
            owner = self.users.get(login) or self.add_user(login, created=boot)
            self.add_api_key(owner.login, label="emulator key", secret=key, created=boot)
        for ticket, login in config.tickets.items():
            self.tickets[ticket] = (self.users.get(login) or self.add_user(login, created=boot)).login
        seeds = config.code_studio_templates
        if seeds is None:
            seeds = default_code_studio_templates(self.container_confs, boot)
        for seed in seeds:
            self.add_code_studio_template(seed)

    # -- users --------------------------------------------------------------

    def add_user(
        self,
        login: str,
        groups: Sequence[str] = (READER_GROUP,),
        admin: bool = False,
        *,
        profile: str | None = None,
        display_name: str | None = None,
        email: str = "",
        source_type: str = "LOCAL",
        password_hash: str | None = None,
        created: int | None = None,
    ) -> User:
        """Add a user (a seed, or `createUser`): its groups must exist; ``admin`` adds the administrators' group."""
        with self.lock:
            if login in self.users:
                raise conflict(f"User {login} already exists")
            member_of = list(dict.fromkeys(list(groups) + ([ADMIN_GROUP] if admin else [])))
            unknown = [g for g in member_of if g not in self.groups]
            if unknown:
                raise bad_request(f"Group does not exist: {', '.join(unknown)}")
            chosen_profile = profile or ("DESIGNER" if admin else "READER")
            user = User(
                login=login,
                groups=member_of,
                profile=chosen_profile,
                settings=new_user_settings(
                    login,
                    display_name=display_name if display_name is not None else login,
                    email=email,
                    groups=member_of,
                    profile=chosen_profile,
                    source_type=source_type,
                    created=created if created is not None else self.clock(),
                ),
                password_hash=password_hash,
            )
            self.users[login] = user
            self.refresh_rights(user)
            return user

    def existing_user(self, login: str) -> User:
        user = self.users.get(login)
        if user is None:
            raise not_found(f"User {login} does not exist")
        return user

    def update_user_settings(self, user: User, settings: dict[str, Any]) -> None:
        """Store new settings (hidden values already merged) and apply what they change."""
        with self.lock:
            groups = settings.get("groups")
            member_of = [g for g in groups if isinstance(g, str)] if is_array(groups) else user.groups
            unknown = [g for g in member_of if g not in self.groups]
            if unknown:
                raise bad_request(f"Group does not exist: {', '.join(unknown)}")
            settings["login"] = user.login
            settings["groups"] = member_of
            user.settings = settings
            user.groups = list(member_of)
            profile = settings.get("userProfile")
            if isinstance(profile, str) and profile:
                user.profile = profile
            self.refresh_rights(user)

    def delete_user(self, login: str) -> None:
        """Remove the user, its personal API keys and its tickets."""
        with self.lock:
            self.existing_user(login)
            del self.users[login]
            for key in [k for k in self.api_keys.values() if k.owner == login]:
                self.delete_api_key(key.id)
            for ticket in [t for t, owner in self.tickets.items() if owner == login]:
                del self.tickets[ticket]

    def user_for_api_key(self, key: str) -> User | None:
        """Who a request carrying this API key acts as; None for an unknown, expired or disabled one."""
        with self.lock:
            key_id = self._key_ids.get(key)
            api_key = self.api_keys.get(key_id) if key_id is not None else None
            if api_key is None or self._expired(api_key):
                return None
            if api_key.kind == GLOBAL:
                return self._global_key_identity(api_key)
            user = self.users.get(api_key.owner or "")
            return user if user is not None and user.enabled else None

    def user_for_ticket(self, ticket: str) -> User | None:
        with self.lock:
            login = self.tickets.get(ticket)
            return self.identity_of(login) if login is not None else None

    def identity_of(self, login: str) -> User | None:
        """Who ``login`` acts as now: an enabled user, or a live global key (by its id); None otherwise."""
        with self.lock:
            user = self.users.get(login)
            if user is not None:
                return user if user.enabled else None
            api_key = self.api_keys.get(login)
            if api_key is not None and api_key.kind == GLOBAL and not self._expired(api_key):
                return self._global_key_identity(api_key)
            return None

    def issue_ticket(self, login: str) -> str:
        """A new API ticket acting as ``login`` (webapp backends get them from browser headers)."""
        with self.lock:
            ticket = new_secret()
            self.tickets[ticket] = login
            return ticket

    def revoke_ticket(self, ticket: str) -> None:
        with self.lock:
            self.tickets.pop(ticket, None)

    # -- groups and rights --------------------------------------------------

    def existing_group(self, name: str) -> dict[str, Any]:
        group = self.groups.get(name)
        if group is None:
            raise not_found(f"Group {name} does not exist")
        return group

    def add_group(self, name: str, description: str | None, source_type: str) -> dict[str, Any]:
        with self.lock:
            if name in self.groups:
                raise conflict(f"Group {name} already exists")
            group = self.groups[name] = new_group(name, description, source_type)
            return group

    def save_group(self, name: str, definition: dict[str, Any]) -> None:
        with self.lock:
            self.existing_group(name)
            definition["name"] = name
            self.groups[name] = definition
            self.refresh_rights()

    def delete_group(self, name: str) -> None:
        """Remove the group; its members leave it (and lose what it gave them)."""
        with self.lock:
            self.existing_group(name)
            del self.groups[name]
            for user in self.users.values():
                if name in user.groups:
                    user.groups = [g for g in user.groups if g != name]
                    user.settings["groups"] = list(user.groups)
            for key in self.api_keys.values():
                groups = key.definition.get("groups")
                if is_array(groups) and name in groups:
                    key.definition["groups"] = [g for g in groups if g != name]
            self.refresh_rights()

    def refresh_rights(self, user: User | None = None) -> None:
        """Recompute what users may do from their groups (one user, or all of them)."""
        with self.lock:
            for member in [user] if user is not None else list(self.users.values()):
                admin, rights = self._rights_of_groups(member.groups)
                if member.profile in READ_ONLY_PROFILES:
                    rights = frozenset(r for r in rights if not r.startswith(("mayCreate", "mayManage", "mayWrite")))
                member.admin = admin
                member.rights = rights
                member.may_create_projects = admin or "mayCreateProjects" in rights

    def _rights_of_groups(self, groups: Iterable[str]) -> tuple[bool, frozenset[str]]:
        admin, rights = False, set[str]()
        for name in groups:
            group = self.groups.get(name)
            if group is None:
                continue
            admin = admin or group.get("admin") is True
            rights.update(p for p in GROUP_PERMISSIONS if group.get(p) is True)
        return admin, frozenset(rights)

    # -- API keys -----------------------------------------------------------

    def new_id(self, length: int = 10) -> str:
        """A new identifier (of a key, a cluster, ...): random-looking, reproducible."""
        with self.lock:
            return "".join(self._ids.choice(_ID_ALPHABET) for _ in range(length))

    def add_api_key(
        self,
        owner: str | None,
        *,
        label: str = "",
        description: str = "",
        created_by: str | None = None,
        secret: str | None = None,
        global_definition: Mapping[str, Any] | None = None,
        created: int | None = None,
    ) -> ApiKey:
        """A personal key of ``owner``, or (``owner`` None) a global key with ``global_definition``."""
        with self.lock:
            key_secret = secret if secret is not None else new_secret()
            if key_secret in self._key_ids:
                raise conflict("This API key already exists")
            key_id = self.new_id()
            definition: dict[str, Any] = {
                "id": key_id,
                "label": label,
                "description": description,
                "createdOn": created if created is not None else self.clock(),
                "createdBy": created_by or owner or ADMIN_LOGIN,
            }
            if owner is not None:
                definition["user"] = owner
                kind = PERSONAL
            else:
                definition.update(copy.deepcopy(dict(global_definition or {})))
                definition["id"] = key_id
                kind = GLOBAL
            api_key = ApiKey(id=key_id, secret=key_secret, kind=kind, definition=definition)
            self.api_keys[key_id] = api_key
            self._key_ids[key_secret] = key_id
            return api_key

    def api_key_by_secret(self, secret: str, kind: str) -> ApiKey | None:
        with self.lock:
            key_id = self._key_ids.get(secret)
            api_key = self.api_keys.get(key_id) if key_id is not None else None
            return api_key if api_key is not None and api_key.kind == kind else None

    def delete_api_key(self, key_id: str) -> None:
        with self.lock:
            api_key = self.api_keys.pop(key_id, None)
            if api_key is not None:
                self._key_ids.pop(api_key.secret, None)

    def _expired(self, api_key: ApiKey) -> bool:
        expires_on = api_key.definition.get("expiresOn")
        return isinstance(expires_on, int) and 0 < expires_on <= self.clock()

    def _global_key_identity(self, api_key: ApiKey) -> User:
        """A global key acts as itself: its permissions, or those of its groups."""
        definition = api_key.definition
        groups = [g for g in array_or_empty(definition.get("groups")) if isinstance(g, str)]
        admin, rights = self._rights_of_groups(groups)
        permissions = definition.get("globalPermissions")
        if is_mapping(permissions):
            admin = admin or permissions.get("admin") is True
            rights = rights | {p for p in GROUP_PERMISSIONS if permissions.get(p) is True}
        projects = definition.get("projects")
        grants: dict[str, dict[str, Any]] = {}
        if is_mapping(projects):
            grants = {key: dict(grant) for key, grant in projects.items() if is_mapping(grant)}
        return User(
            login=api_key.id,
            groups=groups,
            admin=admin,
            profile="DESIGNER",
            may_create_projects=admin or "mayCreateProjects" in rights,
            settings={"login": api_key.id, "enabled": True},
            rights=frozenset(rights),
            global_key_id=api_key.id,
            project_grants=grants,
        )

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
            # Metrics and checks settings as DSS fills them: what the body gives, over the defaults.
            for key, default in default_dataset_monitoring().items():
                given = definition.get(key)
                definition[key] = deep_merge(default, given) if is_mapping(given) else default
            tags = definition["tags"] if is_array(definition["tags"]) else []
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
                for name in exposed_dataset_names(source.settings, project_key):
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


def exposed_dataset_names(settings: Mapping[str, Any], target_project: str) -> Iterable[str]:
    """Names of the datasets a project's settings expose to ``target_project``."""
    exposed = settings.get("exposedObjects")
    objects = exposed.get("objects") if is_mapping(exposed) else None
    for item in objects if is_array(objects) else []:
        if not is_mapping(item) or item.get("type") != "DATASET":
            continue
        rules = item.get("rules")
        if is_array(rules) and any(is_mapping(rule) and rule.get("targetProject") == target_project for rule in rules):
            name = item.get("localName")
            if isinstance(name, str):
                yield name
