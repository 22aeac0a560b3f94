from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_secret import UserSecret
    from ..models.user_settings_admin_properties_type_0 import (
        UserSettingsAdminPropertiesType0,
    )
    from ..models.user_settings_credentials_type_0 import UserSettingsCredentialsType0
    from ..models.user_settings_preferences_type_0 import UserSettingsPreferencesType0
    from ..models.user_settings_trial_status_type_0 import UserSettingsTrialStatusType0
    from ..models.user_settings_user_properties_type_0 import (
        UserSettingsUserPropertiesType0,
    )


T = TypeVar("T", bound="UserSettings")


@_attrs_define
class UserSettings:
    """A user's settings. Listings carry a summary of them (and
    `codeAllowed`, `activeWebSocketSessions`).

        Attributes:
            login (None | str | Unset): Login, the user's identifier.
            display_name (None | str | Unset): Display name.
            email (None | str | Unset): Email address.
            groups (list[str] | None | Unset): Names of the groups the user belongs to.
            user_profile (None | str | Unset): Licence profile.
            source_type (None | str | Unset): Where the user comes from (`LOCAL`, `LDAP`, ...).
            enabled (bool | None | Unset): Whether the user may log in and its keys work.
            creation_date (int | None | Unset): When the user was created, in milliseconds since the Unix epoch.
            password (None | str | Unset): A new password; write-only (answers never carry it).
            admin_properties (None | Unset | UserSettingsAdminPropertiesType0): Properties only administrators see and edit,
                by name (free key-value pairs).
            user_properties (None | Unset | UserSettingsUserPropertiesType0): Properties the user sees and edits, by name
                (free key-value pairs).
            secrets (list[UserSecret] | None | Unset): The user's secrets, without their values.
            credentials (None | Unset | UserSettingsCredentialsType0): Per-connection (or per plugin preset) credentials of
                the user, by
                connection name; their `password` and `refreshToken` are write-only.
            preferences (None | Unset | UserSettingsPreferencesType0): UI language and notification preferences.
            trial_status (None | Unset | UserSettingsTrialStatusType0): Trial of the user, if any.
            code_allowed (bool | None | Unset): Listings only; whether the user may write code.
            active_web_socket_sessions (int | None | Unset): Listings only; how many browser sessions of the user are open.
    """

    login: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    groups: list[str] | None | Unset = UNSET
    user_profile: None | str | Unset = UNSET
    source_type: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    creation_date: int | None | Unset = UNSET
    password: None | str | Unset = UNSET
    admin_properties: None | Unset | UserSettingsAdminPropertiesType0 = UNSET
    user_properties: None | Unset | UserSettingsUserPropertiesType0 = UNSET
    secrets: list[UserSecret] | None | Unset = UNSET
    credentials: None | Unset | UserSettingsCredentialsType0 = UNSET
    preferences: None | Unset | UserSettingsPreferencesType0 = UNSET
    trial_status: None | Unset | UserSettingsTrialStatusType0 = UNSET
    code_allowed: bool | None | Unset = UNSET
    active_web_socket_sessions: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_settings_admin_properties_type_0 import (
            UserSettingsAdminPropertiesType0,
        )
        from ..models.user_settings_credentials_type_0 import (
            UserSettingsCredentialsType0,
        )
        from ..models.user_settings_preferences_type_0 import (
            UserSettingsPreferencesType0,
        )
        from ..models.user_settings_trial_status_type_0 import (
            UserSettingsTrialStatusType0,
        )
        from ..models.user_settings_user_properties_type_0 import (
            UserSettingsUserPropertiesType0,
        )

        login: None | str | Unset
        if isinstance(self.login, Unset):
            login = UNSET
        else:
            login = self.login

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        groups: list[str] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = self.groups

        else:
            groups = self.groups

        user_profile: None | str | Unset
        if isinstance(self.user_profile, Unset):
            user_profile = UNSET
        else:
            user_profile = self.user_profile

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
            source_type = self.source_type

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        creation_date: int | None | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        else:
            creation_date = self.creation_date

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        admin_properties: dict[str, Any] | None | Unset
        if isinstance(self.admin_properties, Unset):
            admin_properties = UNSET
        elif isinstance(self.admin_properties, UserSettingsAdminPropertiesType0):
            admin_properties = self.admin_properties.to_dict()
        else:
            admin_properties = self.admin_properties

        user_properties: dict[str, Any] | None | Unset
        if isinstance(self.user_properties, Unset):
            user_properties = UNSET
        elif isinstance(self.user_properties, UserSettingsUserPropertiesType0):
            user_properties = self.user_properties.to_dict()
        else:
            user_properties = self.user_properties

        secrets: list[dict[str, Any]] | None | Unset
        if isinstance(self.secrets, Unset):
            secrets = UNSET
        elif isinstance(self.secrets, list):
            secrets = []
            for secrets_type_0_item_data in self.secrets:
                secrets_type_0_item = secrets_type_0_item_data.to_dict()
                secrets.append(secrets_type_0_item)

        else:
            secrets = self.secrets

        credentials: dict[str, Any] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, UserSettingsCredentialsType0):
            credentials = self.credentials.to_dict()
        else:
            credentials = self.credentials

        preferences: dict[str, Any] | None | Unset
        if isinstance(self.preferences, Unset):
            preferences = UNSET
        elif isinstance(self.preferences, UserSettingsPreferencesType0):
            preferences = self.preferences.to_dict()
        else:
            preferences = self.preferences

        trial_status: dict[str, Any] | None | Unset
        if isinstance(self.trial_status, Unset):
            trial_status = UNSET
        elif isinstance(self.trial_status, UserSettingsTrialStatusType0):
            trial_status = self.trial_status.to_dict()
        else:
            trial_status = self.trial_status

        code_allowed: bool | None | Unset
        if isinstance(self.code_allowed, Unset):
            code_allowed = UNSET
        else:
            code_allowed = self.code_allowed

        active_web_socket_sessions: int | None | Unset
        if isinstance(self.active_web_socket_sessions, Unset):
            active_web_socket_sessions = UNSET
        else:
            active_web_socket_sessions = self.active_web_socket_sessions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if login is not UNSET:
            field_dict["login"] = login
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if groups is not UNSET:
            field_dict["groups"] = groups
        if user_profile is not UNSET:
            field_dict["userProfile"] = user_profile
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if password is not UNSET:
            field_dict["password"] = password
        if admin_properties is not UNSET:
            field_dict["adminProperties"] = admin_properties
        if user_properties is not UNSET:
            field_dict["userProperties"] = user_properties
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if trial_status is not UNSET:
            field_dict["trialStatus"] = trial_status
        if code_allowed is not UNSET:
            field_dict["codeAllowed"] = code_allowed
        if active_web_socket_sessions is not UNSET:
            field_dict["activeWebSocketSessions"] = active_web_socket_sessions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_secret import UserSecret
        from ..models.user_settings_admin_properties_type_0 import (
            UserSettingsAdminPropertiesType0,
        )
        from ..models.user_settings_credentials_type_0 import (
            UserSettingsCredentialsType0,
        )
        from ..models.user_settings_preferences_type_0 import (
            UserSettingsPreferencesType0,
        )
        from ..models.user_settings_trial_status_type_0 import (
            UserSettingsTrialStatusType0,
        )
        from ..models.user_settings_user_properties_type_0 import (
            UserSettingsUserPropertiesType0,
        )

        d = dict(src_dict)

        def _parse_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login = _parse_login(d.pop("login", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_groups(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = cast(list[str], data)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        groups = _parse_groups(d.pop("groups", UNSET))

        def _parse_user_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_profile = _parse_user_profile(d.pop("userProfile", UNSET))

        def _parse_source_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_type = _parse_source_type(d.pop("sourceType", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_creation_date(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        creation_date = _parse_creation_date(d.pop("creationDate", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_admin_properties(
            data: object,
        ) -> None | Unset | UserSettingsAdminPropertiesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                admin_properties_type_0 = UserSettingsAdminPropertiesType0.from_dict(
                    data
                )

                return admin_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserSettingsAdminPropertiesType0, data)

        admin_properties = _parse_admin_properties(d.pop("adminProperties", UNSET))

        def _parse_user_properties(
            data: object,
        ) -> None | Unset | UserSettingsUserPropertiesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_properties_type_0 = UserSettingsUserPropertiesType0.from_dict(data)

                return user_properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserSettingsUserPropertiesType0, data)

        user_properties = _parse_user_properties(d.pop("userProperties", UNSET))

        def _parse_secrets(data: object) -> list[UserSecret] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                secrets_type_0 = []
                _secrets_type_0 = data
                for secrets_type_0_item_data in _secrets_type_0:
                    secrets_type_0_item = UserSecret.from_dict(secrets_type_0_item_data)

                    secrets_type_0.append(secrets_type_0_item)

                return secrets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UserSecret] | None | Unset, data)

        secrets = _parse_secrets(d.pop("secrets", UNSET))

        def _parse_credentials(
            data: object,
        ) -> None | Unset | UserSettingsCredentialsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credentials_type_0 = UserSettingsCredentialsType0.from_dict(data)

                return credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserSettingsCredentialsType0, data)

        credentials = _parse_credentials(d.pop("credentials", UNSET))

        def _parse_preferences(
            data: object,
        ) -> None | Unset | UserSettingsPreferencesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preferences_type_0 = UserSettingsPreferencesType0.from_dict(data)

                return preferences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserSettingsPreferencesType0, data)

        preferences = _parse_preferences(d.pop("preferences", UNSET))

        def _parse_trial_status(
            data: object,
        ) -> None | Unset | UserSettingsTrialStatusType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trial_status_type_0 = UserSettingsTrialStatusType0.from_dict(data)

                return trial_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserSettingsTrialStatusType0, data)

        trial_status = _parse_trial_status(d.pop("trialStatus", UNSET))

        def _parse_code_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        code_allowed = _parse_code_allowed(d.pop("codeAllowed", UNSET))

        def _parse_active_web_socket_sessions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        active_web_socket_sessions = _parse_active_web_socket_sessions(
            d.pop("activeWebSocketSessions", UNSET)
        )

        user_settings = cls(
            login=login,
            display_name=display_name,
            email=email,
            groups=groups,
            user_profile=user_profile,
            source_type=source_type,
            enabled=enabled,
            creation_date=creation_date,
            password=password,
            admin_properties=admin_properties,
            user_properties=user_properties,
            secrets=secrets,
            credentials=credentials,
            preferences=preferences,
            trial_status=trial_status,
            code_allowed=code_allowed,
            active_web_socket_sessions=active_web_socket_sessions,
        )

        user_settings.additional_properties = d
        return user_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
