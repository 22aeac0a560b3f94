"""Code envs: their settings, what is installed in them, the logs of their builds, and who may manage them.

Installing is emulated with a package index that has every package but the configured
``unavailable_packages``: a requirement is resolved to the version it pins (``==``), to its
lower bound (``>=``, ``~=``), or else to a version derived from its name. A requirement that
does not parse, or that names an unavailable package, fails the build.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dssclient._json import array_or_empty, is_mapping, is_object, mapping_or_empty

from ..errors import CODED, UNAUTHORIZED, DSSError, bad_request, conflict, forbidden, not_found
from .resource_rights import resource_allows

if TYPE_CHECKING:
    from ..state import DSSState, Project, User

LANGUAGES = ("PYTHON", "R")
DESIGN_MODES = ("DESIGN_MANAGED", "DESIGN_NON_MANAGED", "PLUGIN_MANAGED", "PLUGIN_NON_MANAGED")
AUTOMATION_MODES = ("AUTOMATION_SINGLE", "AUTOMATION_VERSIONED", "AUTOMATION_NON_MANAGED_PATH")
OTHER_MODES = ("EXTERNAL_CONDA_NAMED", "BUSINESS_APP_MANAGED", "BUSINESS_APP_NON_MANAGED")
NAME = re.compile(r"^[A-Za-z0-9_-]{1,100}$")
_REQUIREMENT = re.compile(
    r"^(?P<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[A-Za-z0-9_,.\s-]*\])?\s*"
    r"(?P<spec>(?:(?:===|==|>=|<=|~=|!=|>|<)\s*[A-Za-z0-9.*+!_-]+\s*,?\s*)*)\s*(?:;.*)?$"
)
CORE_PACKAGES = {
    "PYTHON": {
        "pandas": "2.2.2",
        "numpy": "1.26.4",
        "requests": "2.32.3",
        "python-dateutil": "2.9.0",
        "pytz": "2024.1",
    },
    "R": {"dplyr": "1.1.4", "jsonlite": "1.8.8", "httr": "1.4.7", "RJSONIO": "1.3-1.9"},
}
JUPYTER_PACKAGES = {"PYTHON": {"ipykernel": "6.29.5"}, "R": {"IRkernel": "1.3.2"}}


class BuildFailure(Exception):
    """A build step that fails: becomes the task's error, and an error message of its outcome."""


@dataclass
class CodeEnv:
    lang: str
    name: str
    settings: dict[str, Any]
    # What is installed, name -> version.
    installed: dict[str, str] = field(default_factory=dict[str, str])
    # Build logs, name -> (text, last modified).
    logs: dict[str, tuple[str, int]] = field(default_factory=dict[str, tuple[str, int]])
    images_built_for: list[str] = field(default_factory=list[str])

    @property
    def mode(self) -> str:
        return str(self.settings.get("deploymentMode", ""))

    @property
    def owner(self) -> str:
        desc = self.settings.get("desc")
        owner = desc.get("owner") if is_mapping(desc) else None
        return owner if isinstance(owner, str) else ""

    def spec_holder(self, version: str | None = None) -> dict[str, Any]:
        """Where the package spec lives: the settings (design), or a version of them (automation)."""
        if self.mode == "AUTOMATION_SINGLE":
            current = self.settings.get("currentVersion")
            return current if is_object(current) else self.settings
        if self.mode == "AUTOMATION_VERSIONED":
            versions = [v for v in array_or_empty(self.settings.get("versions")) if is_object(v)]
            if version is not None:
                for candidate in versions:
                    if candidate.get("versionId") == version:
                        return candidate
                raise bad_request(f"Code env {self.lang}/{self.name} has no version {version}")
            return versions[-1] if versions else self.settings
        if self.mode == "AUTOMATION_NON_MANAGED_PATH":
            no_version = self.settings.get("noVersion")
            return no_version if is_object(no_version) else self.settings
        return self.settings

    def version_ids(self) -> list[str]:
        """The ids of a versioned env's versions, oldest first (none for other envs)."""
        if self.mode != "AUTOMATION_VERSIONED":
            return []
        versions = array_or_empty(self.settings.get("versions"))
        return [v["versionId"] for v in versions if is_mapping(v) and isinstance(v.get("versionId"), str)]

    def latest_version(self) -> str | None:
        ids = self.version_ids()
        return ids[-1] if ids else None

    def summary(self) -> dict[str, Any]:
        summary: dict[str, Any] = {
            "envLang": self.lang,
            "envName": self.name,
            "deploymentMode": self.mode,
            "owner": self.owner,
        }
        desc = self.settings.get("desc")
        if self.lang == "PYTHON" and is_mapping(desc) and isinstance(desc.get("pythonInterpreter"), str):
            summary["pythonInterpreter"] = desc["pythonInterpreter"]
        return summary

    def requested(self, version: str | None = None) -> list[str]:
        spec = self.spec_holder(version).get("specPackageList")
        return [line.strip() for line in spec.splitlines() if line.strip()] if isinstance(spec, str) else []

    def up_to_date(self) -> bool:
        """Whether every requested package is installed."""
        for line in self.requested():
            match = _REQUIREMENT.match(line.split("#", 1)[0].strip()) if not line.startswith("#") else None
            if match is not None and _normalised(match.group("name")) not in self.installed:
                return False
        return True

    def allows(self, user: User, *, manage: bool) -> bool:
        return resource_allows(
            user,
            self.settings,
            self.owner,
            manage_right="mayManageCodeEnvs",
            create_right="mayCreateCodeEnvs",
            manage=manage,
        )


class CodeEnvsModel:
    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.envs: dict[tuple[str, str], CodeEnv] = {}
        # Project key -> (language, name) -> the version of a versioned env its active bundle uses.
        self.pinned: dict[str, dict[tuple[str, str], str]] = {}

    # -- access -------------------------------------------------------------

    @staticmethod
    def language(env_lang: str) -> str:
        lang = env_lang.upper()
        if lang not in LANGUAGES:
            raise bad_request(f"Unknown code env language: {env_lang} (PYTHON or R)")
        return lang

    @staticmethod
    def check_rights(user: User) -> None:
        """Refuse callers with no code env rights at all."""
        if not (user.may("mayCreateCodeEnvs") or user.may("mayManageCodeEnvs")):
            raise forbidden("You may not manage code envs: it needs the right to create or manage code envs")

    def existing(self, user: User, env_lang: str, env_name: str, *, manage: bool = True) -> CodeEnv:
        self.check_rights(user)
        lang = self.language(env_lang)
        env = self.envs.get((lang, env_name))
        if env is None:
            raise not_found(f"Code env {lang}/{env_name} does not exist")
        if not env.allows(user, manage=manage):
            raise forbidden(f"You may not manage code env {lang}/{env_name}", UNAUTHORIZED)
        return env

    def visible(self, user: User) -> list[CodeEnv]:
        self.check_rights(user)
        return [env for env in self.envs.values() if env.allows(user, manage=False) or env.allows(user, manage=True)]

    # -- creation -----------------------------------------------------------

    def create(self, user: User, env_lang: str, env_name: str, body: Mapping[str, Any]) -> CodeEnv:
        """Register a new env (not built yet: the build task installs it)."""
        self.check_rights(user)
        lang = self.language(env_lang)
        if not NAME.match(env_name):
            raise bad_request(f"Invalid code env name {env_name!r}: use letters, digits, '-' and '_'")
        if (lang, env_name) in self.envs:
            raise conflict(f"Code env {lang}/{env_name} already exists")
        mode = body["deploymentMode"]
        if mode not in DESIGN_MODES + AUTOMATION_MODES + OTHER_MODES:
            raise bad_request(f"Unknown deployment mode: {mode}")
        interpreter = body.get("pythonInterpreter")
        if (
            lang == "PYTHON"
            and interpreter is not None
            and not re.fullmatch(r"PYTHON3\d{1,2}|CUSTOM|INHERIT", interpreter)
        ):
            raise bad_request(f"Unknown Python interpreter: {interpreter}")
        env = CodeEnv(lang, env_name, new_settings(lang, env_name, body, user.login, self.state.clock()))
        self.envs[(lang, env_name)] = env
        return env

    # -- what code envs are used by ------------------------------------------

    def used_by(self, project: Project) -> list[tuple[str, str]]:
        """The envs (language, name) a project uses by default: those its settings select."""
        code_envs = project.settings.get("settings", {}).get("codeEnvs")
        used: list[tuple[str, str]] = []
        for language, chosen in code_envs.items() if is_mapping(code_envs) else ():
            if not is_mapping(chosen) or chosen.get("useBuiltinEnv", True) is not False:
                continue
            name = chosen.get("envName")
            lang = str(language).upper()
            if isinstance(name, str) and (lang, name) in self.envs:
                used.append((lang, name))
        return used

    def usages(self, env: CodeEnv | None = None) -> list[dict[str, Any]]:
        """Projects using an env by default (from their settings)."""
        found: list[dict[str, Any]] = []
        for project in self.state.projects.values():
            for lang, name in self.used_by(project):
                if env is not None and (env.lang, env.name) != (lang, name):
                    continue
                usage = {"envUsage": "PROJECT", "projectKey": project.key, "objectId": project.key}
                found.append(usage if env is not None else {"envLang": lang, "envName": name, **usage})
        return found

    # -- which version of a versioned env a project uses -----------------------

    def pin_versions(self, project: Project) -> None:
        """Activating a bundle ties the project to the current version of each versioned env it uses."""
        pins = self.pinned.setdefault(project.key, {})
        pins.clear()
        for key in self.used_by(project):
            latest = self.envs[key].latest_version()
            if latest is not None:
                pins[key] = latest

    def version_for_project(self, env: CodeEnv, project: Project, active_bundle: str | None) -> dict[str, Any]:
        """``version`` (versioned envs only) and ``bundleId`` for a project using the env; nothing otherwise.

        A project no bundle was activated in follows the env's latest version; so does one whose
        pinned version was removed from the env's settings since.
        """
        if (env.lang, env.name) not in self.used_by(project):
            return {}
        reference: dict[str, Any] = {}
        if env.mode == "AUTOMATION_VERSIONED":
            pinned = self.pinned.get(project.key, {}).get((env.lang, env.name))
            version = pinned if pinned is not None and pinned in env.version_ids() else env.latest_version()
            if version is not None:
                reference["version"] = version
        if active_bundle is not None:
            reference["bundleId"] = active_bundle
        return reference

    def forget_project(self, project_key: str) -> None:
        self.pinned.pop(project_key, None)


def new_settings(lang: str, name: str, body: Mapping[str, Any], owner: str, when: int) -> dict[str, Any]:
    """The settings of a new env, from what `createCodeEnv` received."""
    desc: dict[str, Any] = {
        "installCorePackages": True,
        "installJupyterSupport": True,
        "conda": False,
        "corePackagesSet": "AUTO",
        "owner": owner,
        "envSettings": {"inheritGlobalSettings": True, "condaInstallExtraOptions": [], "pipInstallExtraOptions": []},
        "yarnPythonBin": "",
        "yarnRBin": "",
        "creationTag": {"versionNumber": 0, "lastModifiedBy": {"login": owner}, "lastModifiedOn": when},
    }
    if lang == "PYTHON":
        desc["pythonInterpreter"] = "PYTHON310"
    given_desc = body.get("desc")
    if is_mapping(given_desc):
        desc.update(copy.deepcopy(dict(given_desc)))
    for key in ("pythonInterpreter", "conda", "installCorePackages", "corePackagesSet", "installJupyterSupport"):
        if body.get(key) is not None:
            desc[key] = body[key]
    desc["owner"] = owner
    spec = {
        "specPackageList": body.get("specPackageList") or "",
        "specCondaEnvironment": body.get("specCondaEnvironment") or "",
        "actualPackageList": "",
    }
    settings: dict[str, Any] = {
        "envLang": lang,
        "envName": name,
        "deploymentMode": body["deploymentMode"],
        "desc": desc,
        "externalCondaEnvName": body.get("externalCondaEnvName") or "",
        "mandatoryPackageList": "",
        "permissions": [],
        "usableByAll": True,
        "allContainerConfs": False,
        "containerConfs": [],
        "allSparkKubernetesConfs": False,
        "sparkKubernetesConfs": [],
        "containerCacheBustingLocation": "AFTER_START_DOCKERFILE",
        "dockerfileAtStart": "",
        "dockerfileBeforePackages": "",
        "dockerfileAfterCondaPackages": "",
        "dockerfileAfterPackages": "",
        "dockerfileAtEnd": "",
        "predefinedContainerHooks": [],
    }
    mode = body["deploymentMode"]
    if mode == "AUTOMATION_SINGLE":
        settings |= {"versions": [], "currentVersion": {"versionId": "current", "desc": copy.deepcopy(desc)} | spec}
    elif mode == "AUTOMATION_VERSIONED":
        settings |= {"versions": [{"versionId": "v1", "desc": copy.deepcopy(desc)} | spec]}
    elif mode == "AUTOMATION_NON_MANAGED_PATH":
        settings |= {"versions": [], "noVersion": {"versionId": "", "desc": copy.deepcopy(desc)} | spec}
    else:
        settings |= spec
    return settings


def resolve(lang: str, lines: Iterable[str], unavailable: Sequence[str]) -> dict[str, str]:
    """Requirement lines -> name -> version, as the emulated index resolves them; BuildFailure otherwise."""
    missing = {_normalised(name) for name in unavailable}
    resolved: dict[str, str] = {}
    for raw in lines:
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        match = _REQUIREMENT.match(line)
        if match is None:
            raise BuildFailure(f"Invalid requirement: {line!r}")
        name = match.group("name")
        if _normalised(name) in missing:
            raise BuildFailure(f"No matching distribution found for {name}")
        resolved[_normalised(name)] = _version_for(name, match.group("spec"))
    return resolved


def installed_list(installed: Mapping[str, str], lang: str) -> str:
    separator = "==" if lang == "PYTHON" else " "
    return "\n".join(f"{name}{separator}{version}" for name, version in sorted(installed.items()))


def core_packages(env: CodeEnv, jupyter: bool | None = None) -> dict[str, str]:
    desc = mapping_or_empty(env.settings.get("desc"))
    packages: dict[str, str] = {}
    if desc.get("installCorePackages", True):
        packages.update(CORE_PACKAGES[env.lang])
    if (desc.get("installJupyterSupport", True) if jupyter is None else jupyter) is True:
        packages.update(JUPYTER_PACKAGES[env.lang])
    return {_normalised(name): version for name, version in packages.items()}


def build_failure(message: str) -> DSSError:
    return DSSError(500, CODED, message)


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _version_for(name: str, spec: str) -> str:
    pinned = re.search(r"(?:===|==)\s*([A-Za-z0-9.+!_-]+)", spec or "")
    if pinned:
        return pinned.group(1)
    lower = re.search(r"(?:>=|~=)\s*([A-Za-z0-9.+!_-]+)", spec or "")
    if lower:
        return lower.group(1)
    digest = hashlib.sha256(_normalised(name).encode()).digest()
    return f"{digest[0] % 4 + 1}.{digest[1] % 20}.{digest[2] % 10}"
