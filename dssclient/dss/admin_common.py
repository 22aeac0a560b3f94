"""Call-free pieces of instance administration, shared by both variants.

The official client keeps these classes in ``dataikuapi.dss.admin``: ``dssclient.dss.admin``
and ``dssclient.aio.dss.admin`` import them from here, so that both variants (and scripts
importing them from the official module path) get the same class.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from dssclient._json import is_mapping
from dssclient.dss.utils import DSSRawSettings, nested_dict, timestamp_to_datetime

if TYPE_CHECKING:
    from dssclient.payloads import (
        AuthorizationMatrix,
        ClusterStatus,
        CodeEnvContainerRuntimeAddition,
        CodeEnvVersionSettings,
        ConnectionInfoResolvedAWSCredential,
        ConnectionInfoResolvedBasicCredential,
        ConnectionInfoResolvedOAuth2Credential,
        GlobalUsageSummary,
        UserActivity,
        UserInfo,
        UserSettings,  # noqa: F401 - named in DSSUserSettingsBase's base, which ruff does not read
    )

__all__ = [
    "DSSAuthorizationMatrix",
    "DSSAutomationCodeEnvVersionSettings",
    "DSSClusterStatus",
    "DSSCodeEnvContainerConfsBearer",
    "DSSCodeEnvPackageListBearer",
    "DSSConnectionDetailsReadability",
    "DSSConnectionInfo",
    "DSSGlobalUsageSummary",
    "DSSGroupImpersonationRule",
    "DSSUserActivity",
    "DSSUserImpersonationRule",
    "DSSUserInfo",
    "DSSUserPreferences",
    "DSSUserSettingsBase",
]


# -- users ----------------------------------------------------------------------------------


def _plugin_credential_name(plugin_id: str, param_set_id: str, preset_id: str, param_name: str) -> str:
    # DSS names a plugin preset's credential by this JSON list without its brackets.
    return json.dumps(["PLUGIN", plugin_id, param_set_id, preset_id, param_name])[1:-1]


class DSSUserSettingsBase(DSSRawSettings["UserSettings"]):
    """What a user's settings and one's own settings share: secrets, properties, credentials.

    Secret values and credential passwords are write-only: DSS never answers them, and keeps
    the stored ones when the settings are saved back without them.
    """

    def add_secret(self, name: str, value: str) -> None:
        """Add a secret (replacing one of the same name); saved with the settings."""
        self.remove_secret(name)
        secrets: list[Any] = self._untyped.setdefault("secrets", [])
        secrets.append({"name": name, "value": value, "secret": True})

    def remove_secret(self, name: str) -> None:
        """Remove the secret of this name, if there is one."""
        secrets: list[Any] = self._untyped.get("secrets") or []
        self._untyped["secrets"] = [s for s in secrets if not (is_mapping(s) and s.get("name") == name)]

    @property
    def user_properties(self) -> dict[str, Any]:
        """The properties the user sees and edits (edit the dict in place)."""
        return nested_dict(self._untyped, "userProperties")

    def set_basic_connection_credential(self, connection: str, login: str, password: str) -> None:
        """Set the user's own user and password for a connection with per-user credentials."""
        nested_dict(self._untyped, "credentials")[connection] = {"type": "BASIC", "user": login, "password": password}

    def remove_connection_credential(self, connection: str) -> None:
        """Forget the user's credential for a connection (saved with ``save()``)."""
        nested_dict(self._untyped, "credentials").pop(connection, None)

    def set_basic_plugin_credential(
        self, plugin_id: str, param_set_id: str, preset_id: str, param_name: str, login: str, password: str
    ) -> None:
        """Set the user's own user and password for a plugin preset's credential parameter."""
        name = _plugin_credential_name(plugin_id, param_set_id, preset_id, param_name)
        nested_dict(self._untyped, "credentials")[name] = {"type": "BASIC", "user": login, "password": password}

    def set_oauth2_plugin_credential(
        self, plugin_id: str, param_set_id: str, preset_id: str, param_name: str, refresh_token: str
    ) -> None:
        """Set the user's own OAuth2 refresh token for a plugin preset's credential parameter."""
        name = _plugin_credential_name(plugin_id, param_set_id, preset_id, param_name)
        nested_dict(self._untyped, "credentials")[name] = {"type": "OAUTH_REFRESH_TOKEN", "refreshToken": refresh_token}

    def remove_plugin_credential(self, plugin_id: str, param_set_id: str, preset_id: str, param_name: str) -> None:
        """Forget the user's credential for a plugin preset's parameter (saved with ``save()``)."""
        name = _plugin_credential_name(plugin_id, param_set_id, preset_id, param_name)
        nested_dict(self._untyped, "credentials").pop(name, None)


class DSSUserPreferences:
    """A user's preferences: UI language and notifications. Changes apply to the settings they came from."""

    def __init__(self, preferences: dict[str, Any]) -> None:
        self.preferences = preferences

    def __repr__(self) -> str:
        return f"DSSUserPreferences({len(self.preferences)} preferences)"

    @property
    def ui_language(self) -> str:
        """The language of the UI (\"en\", \"ja\", \"fr\", ...)."""
        value: str = self.preferences["uiLanguage"]
        return value

    @ui_language.setter
    def ui_language(self, new_value: str) -> None:
        self.preferences["uiLanguage"] = new_value

    @property
    def mention_emails(self) -> bool:
        """Email on mentions."""
        value: bool = self.preferences["mentionEmails"]
        return value

    @mention_emails.setter
    def mention_emails(self, new_value: bool) -> None:
        self.preferences["mentionEmails"] = new_value

    @property
    def discussion_emails(self) -> bool:
        """Email on discussions."""
        value: bool = self.preferences["discussionEmails"]
        return value

    @discussion_emails.setter
    def discussion_emails(self, new_value: bool) -> None:
        self.preferences["discussionEmails"] = new_value

    @property
    def access_request_emails(self) -> bool:
        """Email on access requests."""
        value: bool = self.preferences["accessRequestEmails"]
        return value

    @access_request_emails.setter
    def access_request_emails(self, new_value: bool) -> None:
        self.preferences["accessRequestEmails"] = new_value

    @property
    def granted_access_emails(self) -> bool:
        """Email when access is granted."""
        value: bool = self.preferences["grantedAccessEmails"]
        return value

    @granted_access_emails.setter
    def granted_access_emails(self, new_value: bool) -> None:
        self.preferences["grantedAccessEmails"] = new_value

    @property
    def granted_plugin_request_emails(self) -> bool:
        """Email when a plugin request is granted."""
        value: bool = self.preferences["grantedPluginRequestEmails"]
        return value

    @granted_plugin_request_emails.setter
    def granted_plugin_request_emails(self, new_value: bool) -> None:
        self.preferences["grantedPluginRequestEmails"] = new_value

    @property
    def plugin_request_emails(self) -> bool:
        """Email on plugin requests."""
        value: bool = self.preferences["pluginRequestEmails"]
        return value

    @plugin_request_emails.setter
    def plugin_request_emails(self, new_value: bool) -> None:
        self.preferences["pluginRequestEmails"] = new_value

    @property
    def instance_access_requests_emails(self) -> bool:
        """Email on instance access requests."""
        value: bool = self.preferences["instanceAccessRequestsEmails"]
        return value

    @instance_access_requests_emails.setter
    def instance_access_requests_emails(self, new_value: bool) -> None:
        self.preferences["instanceAccessRequestsEmails"] = new_value

    @property
    def profile_upgrade_requests_emails(self) -> bool:
        """Email on profile upgrade requests."""
        value: bool = self.preferences["profileUpgradeRequestsEmails"]
        return value

    @profile_upgrade_requests_emails.setter
    def profile_upgrade_requests_emails(self, new_value: bool) -> None:
        self.preferences["profileUpgradeRequestsEmails"] = new_value

    @property
    def code_env_creation_request_emails(self) -> bool:
        """Email on code env creation requests."""
        value: bool = self.preferences["codeEnvCreationRequestEmails"]
        return value

    @code_env_creation_request_emails.setter
    def code_env_creation_request_emails(self, new_value: bool) -> None:
        self.preferences["codeEnvCreationRequestEmails"] = new_value

    @property
    def granted_code_env_creation_request_emails(self) -> bool:
        """Email when a code env creation request is granted."""
        value: bool = self.preferences["grantedCodeEnvCreationRequestEmails"]
        return value

    @granted_code_env_creation_request_emails.setter
    def granted_code_env_creation_request_emails(self, new_value: bool) -> None:
        self.preferences["grantedCodeEnvCreationRequestEmails"] = new_value

    @property
    def daily_digests_emails(self) -> bool:
        """Daily digest emails."""
        value: bool = self.preferences["dailyDigestsEmails"]
        return value

    @daily_digests_emails.setter
    def daily_digests_emails(self, new_value: bool) -> None:
        self.preferences["dailyDigestsEmails"] = new_value

    @property
    def offline_activity_emails(self) -> bool:
        """Emails summing up activity while offline."""
        value: bool = self.preferences["offlineActivityEmails"]
        return value

    @offline_activity_emails.setter
    def offline_activity_emails(self, new_value: bool) -> None:
        self.preferences["offlineActivityEmails"] = new_value

    @property
    def remember_position_flow(self) -> bool:
        """Remember the position in the Flow."""
        value: bool = self.preferences["rememberPositionFlow"]
        return value

    @remember_position_flow.setter
    def remember_position_flow(self, new_value: bool) -> None:
        self.preferences["rememberPositionFlow"] = new_value

    @property
    def login_logout_notifications(self) -> bool:
        """Notifications on logins and logouts."""
        value: bool = self.preferences["loginLogoutNotifications"]
        return value

    @login_logout_notifications.setter
    def login_logout_notifications(self, new_value: bool) -> None:
        self.preferences["loginLogoutNotifications"] = new_value

    @property
    def watched_objects_editions_notifications(self) -> bool:
        """Notifications on edits of watched objects."""
        value: bool = self.preferences["watchedObjectsEditionsNotifications"]
        return value

    @watched_objects_editions_notifications.setter
    def watched_objects_editions_notifications(self, new_value: bool) -> None:
        self.preferences["watchedObjectsEditionsNotifications"] = new_value

    @property
    def object_on_current_project_created_deleted_notifications(self) -> bool:
        """Notifications on objects created or deleted in the current project."""
        value: bool = self.preferences["objectOnCurrentProjectCreatedDeletedNotifications"]
        return value

    @object_on_current_project_created_deleted_notifications.setter
    def object_on_current_project_created_deleted_notifications(self, new_value: bool) -> None:
        self.preferences["objectOnCurrentProjectCreatedDeletedNotifications"] = new_value

    @property
    def any_object_on_current_project_edited_notifications(self) -> bool:
        """Notifications on any edit in the current project."""
        value: bool = self.preferences["anyObjectOnCurrentProjectEditedNotifications"]
        return value

    @any_object_on_current_project_edited_notifications.setter
    def any_object_on_current_project_edited_notifications(self, new_value: bool) -> None:
        self.preferences["anyObjectOnCurrentProjectEditedNotifications"] = new_value

    @property
    def watch_star_on_current_project_notifications(self) -> bool:
        """Notifications on watches and stars in the current project."""
        value: bool = self.preferences["watchStarOnCurrentProjectNotifications"]
        return value

    @watch_star_on_current_project_notifications.setter
    def watch_star_on_current_project_notifications(self, new_value: bool) -> None:
        self.preferences["watchStarOnCurrentProjectNotifications"] = new_value

    @property
    def other_users_jobs_tasks_notifications(self) -> bool:
        """Notifications on other users' jobs and tasks."""
        value: bool = self.preferences["otherUsersJobsTasksNotifications"]
        return value

    @other_users_jobs_tasks_notifications.setter
    def other_users_jobs_tasks_notifications(self, new_value: bool) -> None:
        self.preferences["otherUsersJobsTasksNotifications"] = new_value

    @property
    def request_access_notifications(self) -> bool:
        """Notifications on access requests."""
        value: bool = self.preferences["requestAccessNotifications"]
        return value

    @request_access_notifications.setter
    def request_access_notifications(self, new_value: bool) -> None:
        self.preferences["requestAccessNotifications"] = new_value

    @property
    def scenario_run_notifications(self) -> bool:
        """Notifications on scenario runs."""
        value: bool = self.preferences["scenarioRunNotifications"]
        return value

    @scenario_run_notifications.setter
    def scenario_run_notifications(self, new_value: bool) -> None:
        self.preferences["scenarioRunNotifications"] = new_value


class DSSUserActivity:
    """When a user last logged in, failed to, and was last active."""

    def __init__(self, client: Any, login: str, activity: Mapping[str, Any]) -> None:
        self.client = client
        self.login = login
        self.activity = cast("UserActivity", activity)

    def __repr__(self) -> str:
        return f"DSSUserActivity(login={self.login!r})"

    def get_raw(self) -> UserActivity:
        """The activity as DSS sent it."""
        return self.activity

    @property
    def last_successful_login(self) -> datetime.datetime | None:
        """When the user last logged in, if ever."""
        return timestamp_to_datetime(self.activity.get("lastSuccessfulLogin"))

    @property
    def last_failed_login(self) -> datetime.datetime | None:
        """When a login as the user last failed, if ever."""
        return timestamp_to_datetime(self.activity.get("lastFailedLogin"))

    @property
    def last_session_activity(self) -> datetime.datetime | None:
        """When the user's session was last active, if ever."""
        return timestamp_to_datetime(self.activity.get("lastSessionActivity"))


class DSSUserInfo:
    """Basic information about a user, readable by any user."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self._raw = cast("UserInfo", raw)
        self._fields = raw  # the same dict, for the keys DSS always sends

    def __repr__(self) -> str:
        return f"DSSUserInfo(login={self._raw.get('login')!r})"

    def get_raw(self) -> UserInfo:
        """The user as DSS sent it."""
        return self._raw

    @property
    def login(self) -> str:
        """The user's login."""
        login: str = self._fields["login"]
        return login

    @property
    def display_name(self) -> str | None:
        """The user's display name, if set."""
        return self._raw.get("displayName")

    @property
    def groups(self) -> list[str]:
        """The user's groups."""
        return self._raw.get("groups") or []

    @property
    def email(self) -> str | None:
        """The user's email, if set."""
        return self._raw.get("email")

    @property
    def enabled(self) -> bool:
        """Whether the user is enabled."""
        return bool(self._raw.get("enabled", True))


class DSSAuthorizationMatrix:
    """What every user and group may do, instance-wide and per project (``raw``: ``perUser``, ``perGroup``)."""

    def __init__(self, authorization_matrix: Mapping[str, Any]) -> None:
        self.authorization_matrix = cast("AuthorizationMatrix", authorization_matrix)

    def __repr__(self) -> str:
        return f"DSSAuthorizationMatrix({len(self.authorization_matrix.get('perUser', {}).get('users', []))} users)"

    @property
    def raw(self) -> AuthorizationMatrix:
        """The authorization matrix as DSS sent it."""
        return self.authorization_matrix


# -- connections ----------------------------------------------------------------------------


class DSSConnectionInfo(dict[str, Any]):
    """A connection's details, with the credentials it resolves to for the caller, in clear.

    Its repr names the connection only: the credentials must not end up in a log.
    """

    def __repr__(self) -> str:
        return f"DSSConnectionInfo(name={self.get('name')!r}, type={self.get('type')!r})"

    def get_type(self) -> str:
        """The connection's type (``Filesystem``, ``PostgreSQL``, ...)."""
        value: str = self["type"]
        return value

    def get_credential_mode(self) -> str:
        """GLOBAL (the connection's own credential) or PER_USER (each user's)."""
        value: str = self["credentialsMode"]
        return value

    def get_params(self) -> dict[str, Any]:
        """The connection's parameters."""
        value: dict[str, Any] = self["params"]
        return value

    def get_resolved_params(self) -> dict[str, Any] | None:
        """The parameters with variables resolved, when DSS sent them."""
        value: dict[str, Any] | None = self.get("resolvedParams")
        return value

    def get_basic_credential(self) -> ConnectionInfoResolvedBasicCredential:
        """``{"user", "password"}``; ValueError if the connection resolves to none."""
        return cast("ConnectionInfoResolvedBasicCredential", self._credential("resolvedBasicCredential", "basic"))

    def get_aws_credential(self) -> ConnectionInfoResolvedAWSCredential:
        """``{"accessKey", "secretKey", "sessionToken"?}``; ValueError if the connection resolves to none."""
        return cast("ConnectionInfoResolvedAWSCredential", self._credential("resolvedAWSCredential", "AWS"))

    def get_oauth2_credential(self) -> ConnectionInfoResolvedOAuth2Credential:
        """``{"accessToken"}``; ValueError if the connection resolves to none."""
        return cast("ConnectionInfoResolvedOAuth2Credential", self._credential("resolvedOAuth2Credential", "OAUTH2"))

    def _credential(self, key: str, kind: str) -> dict[str, Any]:
        if key not in self:
            raise ValueError(f"No {kind} credential available")
        value: dict[str, Any] = self[key]
        return value


class DSSConnectionDetailsReadability:
    """Who may read a connection's details (its credentials included). Changes apply to the settings."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def __repr__(self) -> str:
        return f"DSSConnectionDetailsReadability(readable_by={self._data.get('readableBy')!r})"

    @property
    def readable_by(self) -> str:
        """NONE (administrators only), ALL, or ALLOWED (the groups of :attr:`allowed_groups`)."""
        value: str = self._data.get("readableBy", "NONE")
        return value

    @property
    def allowed_groups(self) -> list[str]:
        """The groups allowed to read the connection's details."""
        value: list[str] = self._data.get("allowedGroups") or []
        return value

    def set_readability(self, all: bool, *groups: str) -> None:  # noqa: A002 - the official client's name
        """Everyone (``all``), these groups, or (no group) administrators only."""
        if all:
            self._data["readableBy"] = "ALL"
        elif not groups:
            self._data["readableBy"] = "NONE"
        else:
            self._data["readableBy"] = "ALLOWED"
            self._data["allowedGroups"] = list(groups)


# -- general settings ------------------------------------------------------------------------


class DSSUserImpersonationRule:
    """A rule mapping DSS users to Unix and Hadoop users (user isolation); its methods chain."""

    def __init__(self, raw: dict[str, Any] | None = None) -> None:
        self.raw: dict[str, Any] = raw if raw is not None else {"scope": "GLOBAL", "type": "IDENTITY"}

    def __repr__(self) -> str:
        return f"DSSUserImpersonationRule({self.raw!r})"

    def scope_global(self) -> DSSUserImpersonationRule:
        """Make the rule apply to every project; returns the rule."""
        self.raw["scope"] = "GLOBAL"
        return self

    def scope_project(self, project_key: str) -> DSSUserImpersonationRule:
        """Make the rule apply to one project; returns the rule."""
        self.raw["scope"] = "PROJECT"
        self.raw["projectKey"] = project_key
        return self

    def user_identity(self) -> DSSUserImpersonationRule:
        """Each DSS user runs as the Unix user of the same name."""
        self.raw["type"] = "IDENTITY"
        return self

    def user_single(self, dss_user: str, unix_user: str, hadoop_user: str | None = None) -> DSSUserImpersonationRule:
        """One DSS user runs as this Unix (and Hadoop) user."""
        self.raw.update(type="SINGLE_MAPPING", dssUser=dss_user, targetUnix=unix_user, targetHadoop=hadoop_user)
        return self

    def user_regexp(self, regexp: str, unix_user: str, hadoop_user: str | None = None) -> DSSUserImpersonationRule:
        """DSS users matching ``regexp`` run as this Unix user (may refer to the regexp's groups)."""
        self.raw.update(type="REGEXP_RULE", ruleFrom=regexp, targetUnix=unix_user, targetHadoop=hadoop_user)
        return self


class DSSGroupImpersonationRule:
    """A rule mapping DSS groups to Unix and Hadoop users (user isolation); its methods chain."""

    def __init__(self, raw: dict[str, Any] | None = None) -> None:
        self.raw: dict[str, Any] = raw if raw is not None else {"type": "IDENTITY"}

    def __repr__(self) -> str:
        return f"DSSGroupImpersonationRule({self.raw!r})"

    def group_identity(self) -> DSSGroupImpersonationRule:
        """Make the rule map each group to the Unix user of the same name; returns the rule."""
        self.raw["type"] = "IDENTITY"
        return self

    def group_single(self, dss_group: str, unix_user: str, hadoop_user: str | None = None) -> DSSGroupImpersonationRule:
        """Make the rule map one DSS group to a Unix (and Hadoop) user; returns the rule."""
        self.raw.update(type="SINGLE_MAPPING", dssGroup=dss_group, targetUnix=unix_user, targetHadoop=hadoop_user)
        return self

    def group_regexp(self, regexp: str, unix_user: str, hadoop_user: str | None = None) -> DSSGroupImpersonationRule:
        """Make the rule map groups matching ``regexp`` to a Unix (and Hadoop) user; returns the rule."""
        self.raw.update(type="REGEXP_RULE", ruleFrom=regexp, targetUnix=unix_user, targetHadoop=hadoop_user)
        return self


# -- code envs ------------------------------------------------------------------------------


class DSSCodeEnvPackageListBearer:
    """Helpers over the packages a code env (or one of its versions) requires."""

    # The dict of the settings (or of the version) mixing this in, typed by the class mixing it in.
    settings: Any

    @overload
    def get_required_packages(self, as_list: Literal[False] = False) -> str: ...

    @overload
    def get_required_packages(self, as_list: Literal[True]) -> list[str]: ...

    @overload
    def get_required_packages(self, as_list: bool) -> str | list[str]: ...

    def get_required_packages(self, as_list: bool = False) -> str | list[str]:
        """The requested packages: the text, one requirement per line, or (``as_list``) its lines."""
        text: str = self.settings.get("specPackageList") or ""
        return text.split("\n") if as_list else text

    def set_required_packages(self, *packages: str) -> None:
        """Require these packages (one requirement each); install them with ``update_packages``."""
        self.settings["specPackageList"] = "\n".join(packages)

    @overload
    def get_required_conda_spec(self, as_list: Literal[False] = False) -> str: ...

    @overload
    def get_required_conda_spec(self, as_list: Literal[True]) -> list[str]: ...

    @overload
    def get_required_conda_spec(self, as_list: bool) -> str | list[str]: ...

    def get_required_conda_spec(self, as_list: bool = False) -> str | list[str]:
        """The env's Conda specification, as text or, with ``as_list``, as lines."""
        text: str = self.settings.get("specCondaEnvironment") or ""
        return text.split("\n") if as_list else text

    def set_required_conda_spec(self, *spec: str) -> None:
        """Set the env's Conda specification, one argument per line."""
        self.settings["specCondaEnvironment"] = "\n".join(spec)


class ContainerConfsHelpers:
    """Which containerized execution configurations an image is built for (code envs, code studio templates)."""

    # The dict of the settings mixing this in, typed by the class mixing it in.
    settings: Any

    def get_built_for_all_container_confs(self) -> bool:
        """Whether an image is built for every container configuration."""
        return bool(self.settings.get("allContainerConfs", False))

    def get_built_container_confs(self) -> list[str]:
        """The container configurations an image is built for, when not all of them."""
        confs: list[str] = self.settings.get("containerConfs") or []
        return confs

    def set_built_container_confs(self, *configs: str, **kwargs: Any) -> None:
        """Build an image for these containerized execution configurations, or for all (``all=True``)."""
        build_all = bool(kwargs.pop("all", False))
        if kwargs:
            raise TypeError(f"set_built_container_confs() got unexpected keyword arguments: {sorted(kwargs)}")
        self.settings["allContainerConfs"] = build_all
        if not build_all:
            self.settings["containerConfs"] = list(configs)


class DSSCodeEnvContainerConfsBearer(ContainerConfsHelpers):
    """Helpers over the container images of a code env, Spark-on-Kubernetes ones included."""

    def built_for_all_spark_kubernetes_confs(self) -> bool:
        """Whether the env is built for every Spark-on-Kubernetes configuration."""
        return bool(self.settings.get("allSparkKubernetesConfs", False))

    def get_built_spark_kubernetes_confs(self) -> list[str]:
        """The Spark-on-Kubernetes configurations the env is built for."""
        confs: list[str] = self.settings.get("sparkKubernetesConfs") or []
        return confs

    def set_built_spark_kubernetes_confs(self, *configs: str, **kwargs: Any) -> None:
        """Build the env for these Spark-on-Kubernetes configurations, or for all with ``all=True``."""
        build_all = bool(kwargs.pop("all", False))
        if kwargs:
            raise TypeError(f"set_built_spark_kubernetes_confs() got unexpected keyword arguments: {sorted(kwargs)}")
        self.settings["allSparkKubernetesConfs"] = build_all
        if not build_all:
            self.settings["sparkKubernetesConfs"] = list(configs)

    def get_cache_busting_location(self) -> str:
        """Where the container image build's cache is invalidated (``AFTER_START_DOCKERFILE`` by default)."""
        location: str = self.settings.get("containerCacheBustingLocation") or "AFTER_START_DOCKERFILE"
        return location

    def set_cache_busting_location(self, container_cache_busting_location: str = "AFTER_START_DOCKERFILE") -> None:
        """BEGINNING, AFTER_START_DOCKERFILE, AFTER_PACKAGES, AFTER_AFTER_PACKAGES_DOCKERFILE, END or NONE."""
        self.settings["containerCacheBustingLocation"] = container_cache_busting_location

    def set_dockerfile_fragment(self, dockerfile_fragment: str, location: str) -> None:
        """``location``: dockerfileAtStart, dockerfileBeforePackages, dockerfileAfterCondaPackages,
        dockerfileAfterPackages or dockerfileAtEnd."""
        self.settings[location] = dockerfile_fragment

    def get_dockerfile_fragment(self, location: str) -> str:
        """The Dockerfile lines added at ``location`` (empty if none)."""
        fragment: str = self.settings.get(location) or ""
        return fragment

    def add_container_runtime_addition(self, container_runtime_addition: str) -> None:
        """Add a predefined container hook (``BASIC_GPU_ENABLING``, ``HUGGING_FACE_LOCAL_CPU``, ...)."""
        hooks: list[Any] = self.settings.setdefault("predefinedContainerHooks", [])
        hooks.append({"type": container_runtime_addition})

    def get_container_runtime_additions(self) -> list[CodeEnvContainerRuntimeAddition]:
        """The predefined container hooks, each with its ``type``."""
        hooks: list[CodeEnvContainerRuntimeAddition] = self.settings.get("predefinedContainerHooks") or []
        return hooks


class DSSAutomationCodeEnvVersionSettings(DSSCodeEnvPackageListBearer):
    """One version of an automation node's code env; saved with the settings it came from."""

    def __init__(self, codeenv_settings: Any, version_settings: Mapping[str, Any]) -> None:
        self.codeenv_settings = codeenv_settings
        self.settings: CodeEnvVersionSettings = cast("CodeEnvVersionSettings", version_settings)

    def __repr__(self) -> str:
        return f"DSSAutomationCodeEnvVersionSettings(version_id={self.settings.get('versionId')!r})"

    def get_raw(self) -> CodeEnvVersionSettings:
        """The version's settings as a dict, to edit in place."""
        return self.settings


# -- clusters and the instance ----------------------------------------------------------------


class DSSClusterStatus:
    """Whether a cluster runs (``get_raw()["state"]``: NONE, STARTING, RUNNING or STOPPING)."""

    def __init__(self, client: Any, cluster_id: str, status: Mapping[str, Any]) -> None:
        self.client = client
        self.cluster_id = cluster_id
        self.status = cast("ClusterStatus", status)

    def __repr__(self) -> str:
        return f"DSSClusterStatus(cluster_id={self.cluster_id!r}, state={self.status.get('state')!r})"

    def get_raw(self) -> ClusterStatus:
        """The cluster's status as DSS sent it."""
        return self.status


class DSSGlobalUsageSummary:
    """Counts of the instance's projects, datasets, recipes, notebooks and scenarios."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = cast("GlobalUsageSummary", data)
        self._counts = data  # the same dict, for the counts DSS always sends

    def __repr__(self) -> str:
        return f"DSSGlobalUsageSummary(projects={self.data.get('projects')!r})"

    @property
    def raw(self) -> GlobalUsageSummary:
        """The usage summary as DSS sent it."""
        return self.data

    @property
    def projects_count(self) -> int:
        """How many projects the instance has."""
        return int(self._counts["projects"])

    @property
    def total_datasets_count(self) -> int:
        """How many datasets, all projects together."""
        return int(self._counts["datasets"]["all"])

    @property
    def total_recipes_count(self) -> int:
        """How many recipes, all projects together."""
        return int(self._counts["recipes"]["all"])

    @property
    def total_jupyter_notebooks_count(self) -> int:
        """How many Jupyter notebooks, all projects together."""
        return int(self._counts["notebooks"]["nbJupyterNotebooks"])

    @property
    def total_sql_notebooks_count(self) -> int:
        """How many SQL notebooks, all projects together."""
        return int(self._counts["notebooks"]["nbSqlNotebooks"])

    @property
    def total_scenarios_count(self) -> int:
        """How many scenarios, all projects together."""
        return int(self._counts["scenarios"]["all"])

    @property
    def total_active_with_trigger_scenarios_count(self) -> int:
        """How many scenarios are active and have triggers."""
        return int(self._counts["scenarios"]["activeWithTriggers"])
