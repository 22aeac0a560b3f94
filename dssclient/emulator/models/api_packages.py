"""API service packages: the zip archive made in the API Designer and read back by the API Deployer.

The archive holds ``package.json`` (which service, which version, made when and by whom),
``service.json`` (the service's settings when it was packaged) and one
``endpoints/<endpoint id>.json`` per endpoint. Its bytes are stable: the same package
downloaded twice, or published and downloaded from the deployer, is the same file.
"""

from __future__ import annotations

import datetime
import io
import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dssclient._json import is_array, is_mapping, is_object

from ..errors import bad_request
from .bounded_zip import MAX_MEMBER_BYTES, ArchiveLimits, BoundedZip

MEDIA_TYPE = "application/zip"
FORMAT_VERSION = 1
# Largest archive imported into a published service (the emulator keeps versions in memory).
MAX_ARCHIVE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class PackageContent:
    """What an archive says about itself."""

    meta: dict[str, Any]
    service: dict[str, Any]

    @property
    def version(self) -> str:
        version: str = self.meta["version"]
        return version


def build_archive(meta: Mapping[str, Any], service: Mapping[str, Any]) -> bytes:
    """The archive of a package: its description, the service's settings, its endpoints."""
    created = datetime.datetime.fromtimestamp(int(meta.get("createdOn", 0)) / 1000, tz=datetime.UTC)
    # Zip timestamps cannot go before 1980.
    stamp = max(created, datetime.datetime(1980, 1, 1, tzinfo=datetime.UTC)).timetuple()[:6]
    members: list[tuple[str, Any]] = [
        ("package.json", {"formatVersion": FORMAT_VERSION, **meta}),
        ("service.json", service),
    ]
    endpoints = service.get("endpoints")
    for endpoint in endpoints if is_array(endpoints) else []:
        if is_mapping(endpoint) and isinstance(endpoint.get("id"), str):
            members.append((f"endpoints/{endpoint['id']}.json", endpoint))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, json.dumps(content, indent=2, ensure_ascii=False, sort_keys=True))
    return buffer.getvalue()


def read_archive(data: bytes, limits: ArchiveLimits) -> PackageContent:
    """What an uploaded archive holds; a 400 when it is not an API service package, or unpacks past ``limits``."""
    what = "API service package archive"
    with BoundedZip(io.BytesIO(data), limits, what) as archive:
        meta = _member(archive, "package.json")
        service = _member(archive, "service.json")
    version = meta.get("version")
    if not isinstance(version, str) or not version:
        raise bad_request("The file is not an API service package archive: package.json names no version")
    return PackageContent(meta=meta, service=service)


def _member(archive: BoundedZip, name: str) -> dict[str, Any]:
    try:
        raw = archive.read(name, MAX_MEMBER_BYTES)
    except KeyError:
        raise bad_request(f"The file is not an API service package archive: no {name} in the archive") from None
    try:
        content = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise bad_request(f"The file is not an API service package archive: {name} is not JSON ({error})") from None
    if not is_object(content):
        raise bad_request(f"The file is not an API service package archive: {name} is not a JSON object")
    return content
