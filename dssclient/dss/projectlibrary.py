# Derived from dssclient/aio/dss/projectlibrary.py by scripts/unasync.py: do not edit.
"""A project's library: its folders and files (Python and R code shared by the project's code).

As the official client does, the library keeps a local copy of the tree it read when it was
obtained (:meth:`DSSProject.get_library`) and updates it with the changes made through it;
changes made elsewhere show after getting the library again. Paths are from the library's
root and start with ``/`` (``/python/helpers.py``), as the official client's do.
"""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any, Literal, overload

from dssclient_generated.api import project_libraries
from dssclient_generated.types import File

from dssclient.errors import InvalidRequestError, NotFoundError

from .._requester import json_body
from ._files import raw_source

if TYPE_CHECKING:
    from dssclient.payloads import LibraryFileContent, LibraryNode

    from ..dssclient import DSSClient


def _url_path(path: str) -> str:
    """An item's path as the URL carries it: without the leading '/' (DSS reads both alike)."""
    return path[1:] if path.startswith("/") else path


class DSSLibrary:
    """The library of a project, with a local copy of its tree. Get it with :meth:`DSSProject.get_library`."""

    def __init__(self, client: DSSClient, project_key: str, contents: list[LibraryNode]) -> None:
        self.client = client
        self.project_key = project_key
        self.root = self._build_node(contents)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r})"

    @classmethod
    def load(cls, client: DSSClient, project_key: str) -> DSSLibrary:
        """The library, with its tree read now. (operation ``listLibraryContents``)"""
        contents: list[LibraryNode] = client._requester.json(
            project_libraries.list_library_contents.request_kwargs, project_key
        )
        return cls(client, project_key, contents)

    def _build_node(self, contents: list[LibraryNode]) -> DSSLibraryFolder:
        root = DSSLibraryFolder(self.client, self.project_key, "/", None, set())

        def add(folder: DSSLibraryFolder, nodes: list[LibraryNode]) -> None:
            for node in nodes:
                children = node.get("children")
                if children is None:
                    folder.children.add(DSSLibraryFile(self.client, self.project_key, node["name"], folder))
                else:
                    sub = DSSLibraryFolder(self.client, self.project_key, node["name"], folder, set())
                    folder.children.add(sub)
                    add(sub, children)

        add(root, contents)
        return root

    def list(self, folder_path: str = "/") -> list[DSSLibraryItem]:
        """The items of the folder at ``folder_path`` (the root by default), sorted by name (no call is made)."""
        folder = self.get_folder(folder_path)
        if folder is None:
            raise InvalidRequestError(f"No folder {folder_path!r} in the library of project {self.project_key}")
        return folder.list()

    def get_file(self, path: str) -> DSSLibraryFile | None:
        """The file at ``path``, None if nothing is there (no call is made)."""
        return self.root.get_file(path)

    def get_folder(self, path: str) -> DSSLibraryFolder | None:
        """The folder at ``path``, None if nothing is there (no call is made)."""
        return self.root.get_folder(path)

    def add_file(self, file_name: str) -> DSSLibraryFile:
        """Create an empty file at ``file_name`` (a name or a path) from the root.

        See :meth:`DSSLibraryFolder.add_file`. (operations ``getLibraryFile``, ``writeLibraryFile``)
        """
        return self.root.add_file(file_name)

    def add_folder(self, folder_name: str) -> DSSLibraryFolder:
        """Create a folder at ``folder_name`` (a name or a path) from the root.

        See :meth:`DSSLibraryFolder.add_folder`. (operation ``createLibraryFolder``)
        """
        return self.root.add_folder(folder_name)


class DSSLibraryItem:
    """A file or folder of a project's library."""

    def __init__(
        self,
        client: DSSClient,
        project_key: str,
        name: str,
        parent: DSSLibraryFolder | None,
        children: set[DSSLibraryItem] | None,
    ) -> None:
        self.client = client
        self.project_key = project_key
        self.name = name
        self.parent = parent
        self.children = children

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, path={self.path!r})"

    @property
    def path(self) -> str:
        """The item's path from the library's root, starting with ``/`` (``/`` for the root)."""
        if self.parent is None:
            return self.name
        return (self.parent.path + "/" + self.name).replace("//", "/")

    def is_root(self) -> bool:
        """Whether this is the library's root folder."""
        return self.parent is None and self.name == "/"

    def delete(self) -> None:
        """Delete the item (a folder with everything in it). (operation ``deleteLibraryItem``)"""
        if self.is_root() or self.parent is None:
            raise InvalidRequestError("The library's root folder cannot be deleted")
        self.client._requester.empty(
            project_libraries.delete_library_item.request_kwargs, self.project_key, _url_path(self.path)
        )
        self.parent.children.discard(self)
        self.parent = None

    def rename(self, new_name: str) -> None:
        """Give the item another name, in the same folder. (operation ``renameLibraryItem``)"""
        if self.is_root():
            raise InvalidRequestError("The library's root folder cannot be renamed")
        body = {"oldPath": self.path, "newName": new_name}
        self.client._requester.empty(
            project_libraries.rename_library_item.request_kwargs, self.project_key, body=json_body(body)
        )
        self.name = new_name

    def move_to(self, destination_folder: DSSLibraryFolder | Any) -> None:
        """Move the item into ``destination_folder`` (a folder of this library), keeping its name.
        (operation ``moveLibraryItem``)
        """
        if self.is_root() or self.parent is None:
            raise InvalidRequestError("The library's root folder cannot be moved")
        if not isinstance(destination_folder, DSSLibraryFolder):
            raise InvalidRequestError("The destination must be a folder of the library")
        body = {"oldPath": self.path, "newPath": destination_folder.path}
        self.client._requester.empty(
            project_libraries.move_library_item.request_kwargs, self.project_key, body=json_body(body)
        )
        self.parent.children.discard(self)
        destination_folder.children.add(self)
        self.parent = destination_folder


class DSSLibraryFolder(DSSLibraryItem):
    """A folder of a project's library. Get one with :meth:`DSSLibrary.get_folder`."""

    children: set[DSSLibraryItem]

    def __init__(
        self,
        client: DSSClient,
        project_key: str,
        name: str,
        parent: DSSLibraryFolder | None,
        children: set[DSSLibraryItem],
    ) -> None:
        super().__init__(client, project_key, name, parent, children)

    def get_child(self, name: str) -> DSSLibraryItem | None:
        """The item of that name in this folder, if any (no call is made)."""
        return next((child for child in self.children if child.name == name), None)

    def _child_path(self, name: str) -> str:
        name = name.strip()
        return name if self.is_root() else self.path + "/" + name

    def add_file(self, file_name: str) -> DSSLibraryFile:
        """Create an empty file at ``file_name`` (a name, or a path from this folder; the folders on
        its way are created). A file already there raises ``InvalidRequestError``, as the official
        client checks first. (operations ``getLibraryFile``, ``writeLibraryFile``)
        """
        path = self._child_path(file_name)
        try:
            self.client._requester.json(
                project_libraries.get_library_file.request_kwargs, self.project_key, _url_path(path)
            )
        except NotFoundError:
            pass
        else:
            raise InvalidRequestError(f"File {file_name} already exists")
        self.client._requester.empty(
            project_libraries.write_library_file.request_kwargs, self.project_key, _url_path(path)
        )
        created = self._create_item(file_name.strip(), is_file=True)
        assert isinstance(created, DSSLibraryFile)
        return created

    def add_folder(self, folder_name: str) -> DSSLibraryFolder:
        """Create a folder at ``folder_name`` (a name, or a path from this folder; the folders on its
        way are created). (operation ``createLibraryFolder``)
        """
        path = self._child_path(folder_name)
        self.client._requester.empty(
            project_libraries.create_library_folder.request_kwargs, self.project_key, _url_path(path)
        )
        created = self._create_item(folder_name.strip(), is_file=False)
        assert isinstance(created, DSSLibraryFolder)
        return created

    def _create_item(self, path: str, is_file: bool) -> DSSLibraryItem:
        """The local tree's new item at ``path`` from this folder, with the folders on its way."""
        folder: DSSLibraryFolder = self
        pieces = [piece for piece in path.split("/") if piece not in ("", ".")]
        for piece in pieces[:-1]:
            found = folder.get_child(piece)
            if not isinstance(found, DSSLibraryFolder):
                found = DSSLibraryFolder(self.client, self.project_key, piece, folder, set())
                folder.children.add(found)
            folder = found
        item: DSSLibraryItem
        if is_file:
            item = DSSLibraryFile(self.client, self.project_key, pieces[-1], folder)
        else:
            item = DSSLibraryFolder(self.client, self.project_key, pieces[-1], folder, set())
        folder.children.add(item)
        return item

    def list(self) -> list[DSSLibraryItem]:
        """The folder's items, sorted by name (no call is made)."""
        return sorted(self.children, key=lambda item: item.name)

    def get_file(self, path: str) -> DSSLibraryFile | None:
        """The file at ``path`` from this folder (``/`` starts from here too), None if nothing is
        there; a folder there raises ``InvalidRequestError`` (no call is made)."""
        item = self._find(path)
        if item is None or isinstance(item, DSSLibraryFile):
            return item
        raise InvalidRequestError(f"The item {path} is a folder, not a file")

    def get_folder(self, path: str) -> DSSLibraryFolder | None:
        """The folder at ``path`` from this folder, None if nothing is there; a file there raises
        ``InvalidRequestError`` (no call is made)."""
        item = self._find(path)
        if item is None or isinstance(item, DSSLibraryFolder):
            return item
        raise InvalidRequestError(f"The item {path} is a file, not a folder")

    def _find(self, path: str) -> DSSLibraryItem | None:
        if not path:
            return None
        item: DSSLibraryItem = self
        for piece in path.split("/"):
            if piece in ("", "."):
                continue
            if piece == "..":
                if item.parent is None:
                    raise InvalidRequestError(f"Path {path} is not valid")
                item = item.parent
                continue
            if not isinstance(item, DSSLibraryFolder):
                return None
            child = item.get_child(piece)
            if child is None:
                return None
            item = child
        return item


class DSSLibraryFile(DSSLibraryItem):
    """A file of a project's library. Get one with :meth:`DSSLibrary.get_file`."""

    def __init__(self, client: DSSClient, project_key: str, name: str, parent: DSSLibraryFolder) -> None:
        super().__init__(client, project_key, name, parent, None)

    @overload
    def read(self, as_type: Literal["str"] = "str") -> str: ...
    @overload
    def read(self, as_type: Literal["bytes"]) -> bytes: ...
    def read(self, as_type: str = "str") -> str | bytes:
        """The file's content: its text (``as_type="str"``) or its bytes (``"bytes"``).
        (operation ``getLibraryFile``)
        """
        if as_type not in ("str", "bytes"):
            raise InvalidRequestError(f"as_type must be 'str' or 'bytes', not {as_type!r}")
        if as_type == "str":
            text: LibraryFileContent = self.client._requester.json(
                project_libraries.get_library_file.request_kwargs, self.project_key, _url_path(self.path)
            )
            return text["data"]
        encoded: LibraryFileContent = self.client._requester.json(
            project_libraries.get_library_file.request_kwargs,
            self.project_key,
            _url_path(self.path),
            data_encoding="base64",
        )
        return base64.b64decode(encoded["data"])

    def write(self, data: Any) -> None:
        """Replace the file's content with ``data``: text (sent as UTF-8), bytes, a binary file object
        or a path, sent as it is read. (operation ``writeLibraryFile``)
        """
        content = data.encode("utf-8") if isinstance(data, str) else data
        with raw_source(content, "DSSLibraryFile.write") as payload:
            self.client._requester.empty(
                project_libraries.write_library_file.request_kwargs,
                self.project_key,
                _url_path(self.path),
                body=File(payload=payload),
            )
