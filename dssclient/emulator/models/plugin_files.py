"""The files of a plugin: the entries of its archive, listed, read, written, renamed and moved.

DSS documents these calls for development plugins (whose files live on the instance). The
emulator serves them on every installed plugin: a plugin's files are the entries of the zip
archive it keeps (paths from the plugin's root, which may be the archive's single top-level
folder), so a download answers the edited archive.

An edit never changes an archive in place: the entries are streamed into a new archive
(never held whole in memory), the plugin is read again from it (id, version, meta,
parameter sets), and only then does the new archive replace the old one. An edit that
would leave the plugin unreadable (``plugin.json`` gone, not valid JSON, naming another
plugin) is refused with the old archive untouched.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import DSSError, bad_request, conflict, not_found
from .bounded_zip import ArchiveLimits, BoundedZip
from .plugins import Plugin, Plugins, plugin_root, plugin_store_path, read_plugin_archive

_CHUNK = 64 * 1024


def check_path(path: object, what: str = "path") -> str:
    # Typed str by the handlers, checked as anything: it comes from a request.
    """A path from the plugin's root, refused (400) when it could name something else than it seems."""
    if not isinstance(path, str) or any(piece in ("", ".", "..") for piece in path.split("/")):
        raise bad_request(f"Invalid {what} {path!r}: a relative path without empty, '.' or '..' segments")
    return path


def _root(archive: zipfile.ZipFile) -> str:
    return plugin_root([info.filename for info in archive.infolist()]) or ""


def _entries(archive: zipfile.ZipFile) -> tuple[str, list[tuple[zipfile.ZipInfo, str]]]:
    """The root prefix, and each entry under it with its path from the plugin's root."""
    root = _root(archive)
    found: list[tuple[zipfile.ZipInfo, str]] = []
    for info in archive.infolist():
        if info.filename.startswith(root) and info.filename != root:
            found.append((info, info.filename[len(root) :]))
    return root, found


def _kind(entries: list[tuple[zipfile.ZipInfo, str]], path: str) -> str | None:
    """``"file"``, ``"folder"`` or None: what ``path`` names among the entries."""
    for info, name in entries:
        if name == path and not info.is_dir():
            return "file"
        if name.rstrip("/") == path or name.startswith(path + "/"):
            return "folder"
    return None


def _file_in_the_way(entries: list[tuple[zipfile.ZipInfo, str]], path: str) -> str | None:
    """A file that is a folder on ``path``'s way ("a.txt" for "a.txt/b"), if any."""
    files = {name for info, name in entries if not info.is_dir()}
    pieces = path.split("/")
    for end in range(1, len(pieces)):
        if "/".join(pieces[:end]) in files:
            return "/".join(pieces[:end])
    return None


def list_tree(plugin: Plugin) -> list[dict[str, Any]]:
    """The plugin's files and folders as a tree, sorted by name; folders derived from the paths."""
    top: dict[str, Any] = {}
    with zipfile.ZipFile(plugin.archive) as archive:
        _, entries = _entries(archive)
        for info, name in entries:
            pieces = name.rstrip("/").split("/")
            level = top
            for depth, piece in enumerate(pieces):
                path = "/".join(pieces[: depth + 1])
                is_file = depth == len(pieces) - 1 and not info.is_dir()
                node = level.setdefault(piece, {"name": piece, "path": path, "_children": None if is_file else {}})
                if is_file:
                    node["size"] = info.file_size
                    break
                if node["_children"] is None:  # an archive holding "a" and "a/b": "a" is a folder
                    node["_children"] = {}
                    node.pop("size", None)
                level = node["_children"]
    return _sorted_nodes(top)


def _sorted_nodes(level: dict[str, Any]) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = []
    for name in sorted(level):
        node = dict(level[name])
        children = node.pop("_children")
        if children is not None:
            node["children"] = _sorted_nodes(children)
        nodes.append(node)
    return nodes


def open_file(plugin: Plugin, path: str) -> tuple[int, Callable[[], Iterator[bytes]]]:
    """The size of a file and its content as chunks, read from a handle opened now (an edit
    replacing the archive meanwhile does not cut the answer)."""
    handle = plugin.archive.open("rb")
    try:
        archive = zipfile.ZipFile(handle)
        root, entries = _entries(archive)
        if _kind(entries, path) != "file":
            raise not_found(f"Plugin {plugin.plugin_id} has no file {path}")
        info = archive.getinfo(root + path)
    except BaseException:
        handle.close()
        raise

    def chunks() -> Iterator[bytes]:
        try:
            with archive.open(info) as source:
                while chunk := source.read(_CHUNK):
                    yield chunk
        finally:
            archive.close()
            handle.close()

    return info.file_size, chunks


def _rewrite(
    plugins: Plugins,
    plugin: Plugin,
    workdir: Path,
    rename: Callable[[str], str | None],
    added: tuple[str, bytes] | None = None,
) -> None:
    """Stream the archive's entries into a new one (each renamed, or dropped for None), add one
    file, read the plugin again from the result and swap; on any refusal nothing changes."""
    target = plugin_store_path(workdir)
    limits = ArchiveLimits.of(plugins.state.config)
    try:
        with (
            BoundedZip(plugin.archive, limits, "plugin archive") as bounded,
            zipfile.ZipFile(target, "w") as result,
        ):
            source = bounded.archive
            root, entries = _entries(source)
            for info, name in entries:
                new_name = rename(name)
                if new_name is None:
                    continue
                copied = zipfile.ZipInfo(root + new_name, date_time=info.date_time)
                copied.compress_type, copied.external_attr = info.compress_type, info.external_attr
                if info.is_dir():
                    result.writestr(copied, b"")
                    continue
                with result.open(copied, "w") as writer:
                    # Counted as it inflates: an archive whose headers lie stops here.
                    bounded.copy(info, writer)
            if added is not None:
                path, data = added
                written = zipfile.ZipInfo(root + path)
                written.compress_type = zipfile.ZIP_DEFLATED
                written.external_attr = 0o644 << 16
                result.writestr(written, data)
        try:
            content = read_plugin_archive(target, limits)
        except DSSError as error:
            message = f"Refused, nothing changed: the plugin would no longer be readable: {error.message}"
            raise bad_request(message) from None
        if content.plugin_id != plugin.plugin_id:
            raise bad_request(
                f"Refused, nothing changed: plugin.json would name plugin {content.plugin_id!r}, "
                f"not {plugin.plugin_id!r}"
            )
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    plugins.replace(plugin.plugin_id, content, target, plugin.installed_from)


def put_file(plugins: Plugins, plugin: Plugin, workdir: Path, path: str, data: bytes) -> None:
    check_path(path)
    with zipfile.ZipFile(plugin.archive) as archive:
        _, entries = _entries(archive)
    if _kind(entries, path) == "folder":
        raise bad_request(f"{path} is a folder of plugin {plugin.plugin_id}, not a file")
    blocking = _file_in_the_way(entries, path)
    if blocking is not None:
        raise bad_request(f"Cannot write {path}: {blocking} is a file of plugin {plugin.plugin_id}, not a folder")
    # A folder entry that now holds a file is redundant; the file replaces its old entry.
    _rewrite(plugins, plugin, workdir, lambda name: None if name == path else name, (path, data))


def move(plugins: Plugins, plugin: Plugin, workdir: Path, old_path: str, new_path: str) -> None:
    """Move a file, or a folder with everything in it, to ``new_path``."""
    check_path(old_path, "oldPath")
    check_path(new_path, "new path")
    with zipfile.ZipFile(plugin.archive) as archive:
        _, entries = _entries(archive)
    kind = _kind(entries, old_path)
    if kind is None:
        raise not_found(f"Plugin {plugin.plugin_id} has no file or folder {old_path}")
    if _kind(entries, new_path) is not None:
        raise conflict(f"Plugin {plugin.plugin_id} already has a file or folder {new_path}")
    if kind == "folder" and new_path.startswith(old_path + "/"):
        raise bad_request(f"Cannot move folder {old_path} into itself ({new_path})")
    blocking = _file_in_the_way(entries, new_path)
    if blocking is not None:
        raise bad_request(f"Cannot move to {new_path}: {blocking} is a file of plugin {plugin.plugin_id}, not a folder")

    def renamed(name: str) -> str:
        if name == old_path or name.rstrip("/") == old_path:
            return new_path + name[len(old_path) :]
        if name.startswith(old_path + "/"):
            return new_path + name[len(old_path) :]
        return name

    _rewrite(plugins, plugin, workdir, renamed)


def rename(plugins: Plugins, plugin: Plugin, workdir: Path, old_path: str, new_name: object) -> None:
    """Give a file or folder another name in the same folder."""
    check_path(old_path, "oldPath")
    if not isinstance(new_name, str) or "/" in new_name or new_name in ("", ".", ".."):
        raise bad_request(f"Invalid newName {new_name!r}: a name, without '/'")
    parent, _, _ = old_path.rpartition("/")
    move(plugins, plugin, workdir, old_path, f"{parent}/{new_name}" if parent else new_name)
