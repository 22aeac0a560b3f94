"""Where datasets keep their rows: files under the emulator's working directory.

A dataset of type ``UploadedFiles`` holds the files uploaded into it (CSV, read through the
dataset's format settings). Every other dataset holds rows written by jobs, copies and
tests: one file per partition (``NP`` when not partitioned), in the very format DSS streams
rows in (``tsv-excel-noheader``), with the names of the columns the rows were written with.
A read that asks for those columns in that order is sent as the file's bytes; any other
read is re-cut row by row. Files are replaced whole (written aside, then renamed), so a
read in progress keeps the rows it started with.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from dssclient._json import is_array, is_mapping, is_object

from ..errors import bad_request, not_found
from ..rows import format_row, format_value
from ..state import DSSState

NOT_PARTITIONED = "NP"
UPLOADED_FILES = "UploadedFiles"
_READ_SIZE = 1024 * 1024
# Read sessions kept for finishDatasetStreaming; the oldest go first.
_MAX_SESSIONS = 1000

Row = list[str]


@dataclass
class StoredFile:
    path: Path
    size: int
    modified: int
    # For rows: the names of the columns, in the order the values were written.
    columns: list[str] = field(default_factory=list[str])


@dataclass
class DatasetData:
    directory: Path
    partitions: dict[str, StoredFile] = field(default_factory=dict[str, StoredFile])
    uploads: dict[str, StoredFile] = field(default_factory=dict[str, StoredFile])
    # Bumped on every change of the rows: a recursive build compares versions.
    version: int = 0
    last_build: dict[str, Any] | None = None
    # What the last successful build read: input ref -> its version, and the recipe's revision.
    built_from: dict[str, int] = field(default_factory=dict[str, int])
    built_by_revision: int = -1


@dataclass
class ReadSession:
    """One read of rows, to answer finishDatasetStreaming."""

    project_key: str
    dataset_name: str
    error: str | None = None
    finished: bool = False


class DataStore:
    """The rows of every dataset of the instance. Hold the state lock to change it."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.root: Path | None = None
        self._data: dict[tuple[str, str], DatasetData] = {}
        self._sessions: OrderedDict[str, ReadSession] = OrderedDict()
        self._sessions_lock = threading.Lock()
        # The rows of a dataset's SQL table, for a dataset on an SQL connection whose rows were
        # never written nor cleared here (set by data_store: sql_recipes.table_snapshot).
        self.table_source: Callable[[str, Mapping[str, Any]], StoredFile | None] | None = None

    # -- bookkeeping --------------------------------------------------------------------------

    def data(self, project_key: str, dataset_name: str) -> DatasetData:
        key = (project_key, dataset_name)
        found = self._data.get(key)
        if found is None:
            assert self.root is not None, "the data store is used before its working directory is known"
            directory = self.root / uuid.uuid4().hex
            directory.mkdir(parents=True)
            found = self._data[key] = DatasetData(directory)
        return found

    def existing(self, project_key: str, dataset_name: str) -> DatasetData | None:
        return self._data.get((project_key, dataset_name))

    def forget_dataset(self, project_key: str, dataset_name: str) -> None:
        data = self._data.pop((project_key, dataset_name), None)
        if data is not None:
            shutil.rmtree(data.directory, ignore_errors=True)

    def forget_project(self, project_key: str) -> None:
        for key in [key for key in self._data if key[0] == project_key]:
            self.forget_dataset(*key)

    def rename_dataset(self, project_key: str, old_name: str, new_name: str) -> None:
        data = self._data.pop((project_key, old_name), None)
        if data is not None:
            self._data[(project_key, new_name)] = data

    def copy_dataset(self, source: tuple[str, str], target: tuple[str, str]) -> None:
        """Give ``target`` a copy of ``source``'s rows and files (duplicating a project)."""
        found = self._data.get(source)
        if found is None:
            return
        copy = self.data(*target)
        for name, stored in found.uploads.items():
            copy.uploads[name] = self._copied(stored, copy.directory)
        for partition, stored in found.partitions.items():
            copy.partitions[partition] = self._copied(stored, copy.directory)
        copy.version += 1

    def _copied(self, stored: StoredFile, directory: Path) -> StoredFile:
        path = directory / uuid.uuid4().hex
        shutil.copyfile(stored.path, path)
        return StoredFile(path, stored.size, stored.modified, list(stored.columns))

    # -- uploaded files -----------------------------------------------------------------------

    def add_upload(self, project_key: str, dataset_name: str, file_name: str, source: Path, when: int) -> None:
        """Move an uploaded part into the dataset (a file of the same name is replaced)."""
        data = self.data(project_key, dataset_name)
        path = data.directory / ("upload-" + uuid.uuid4().hex)
        shutil.move(str(source), path)
        previous = data.uploads.get(file_name)
        data.uploads[file_name] = StoredFile(path, path.stat().st_size, when)
        if previous is not None:
            previous.path.unlink(missing_ok=True)
        data.version += 1

    def uploads(self, project_key: str, dataset_name: str) -> list[tuple[str, StoredFile]]:
        found = self.existing(project_key, dataset_name)
        return sorted(found.uploads.items()) if found is not None else []

    # -- rows -----------------------------------------------------------------------------------

    def partitions(self, project_key: str, dataset_name: str) -> list[str]:
        found = self.existing(project_key, dataset_name)
        return sorted(found.partitions) if found is not None else []

    def install(
        self, project_key: str, dataset_name: str, partition: str, path: Path, columns: Sequence[str], when: int
    ) -> None:
        """Make the rows written to ``path`` (by a RowWriter) the rows of one partition."""
        data = self.data(project_key, dataset_name)
        target = data.directory / ("rows-" + uuid.uuid4().hex)
        os.replace(path, target)
        previous = data.partitions.get(partition)
        data.partitions[partition] = StoredFile(target, target.stat().st_size, when, list(columns))
        if previous is not None:
            # A read in progress keeps its open file; the name goes.
            previous.path.unlink(missing_ok=True)
        data.version += 1

    def clear(self, project_key: str, dataset_name: str, partitions: Iterable[str] | None = None) -> int:
        """Remove the rows of these partitions (all when None) and the uploaded files; how many went."""
        found = self.existing(project_key, dataset_name)
        if found is None:
            # Remembered as cleared: a dataset on an SQL connection no longer shows its table's rows.
            self.data(project_key, dataset_name).version += 1
            return 0
        chosen = list(found.partitions) if partitions is None else [p for p in partitions if p in found.partitions]
        for partition in chosen:
            found.partitions.pop(partition).path.unlink(missing_ok=True)
        removed = len(chosen)
        if partitions is None:
            for stored in found.uploads.values():
                stored.path.unlink(missing_ok=True)
            removed += len(found.uploads)
            found.uploads.clear()
        found.version += 1
        return removed

    def new_writer(self, columns: Sequence[str]) -> RowWriter:
        assert self.root is not None
        return RowWriter(self.root, columns)

    # -- read sessions --------------------------------------------------------------------------

    def open_session(self, session_id: str, project_key: str, dataset_name: str) -> ReadSession:
        session = ReadSession(project_key, dataset_name)
        with self._sessions_lock:
            self._sessions[session_id] = session
            while len(self._sessions) > _MAX_SESSIONS:
                self._sessions.popitem(last=False)
        return session

    def close_session(self, session_id: str, project_key: str, dataset_name: str) -> ReadSession:
        with self._sessions_lock:
            session = self._sessions.get(session_id)
            if session is None or (session.project_key, session.dataset_name) != (project_key, dataset_name):
                raise not_found(f"No read session {session_id} on dataset {project_key}.{dataset_name}")
            del self._sessions[session_id]
        return session


def data_store(services: Any) -> DataStore:
    """The instance's data store, rooted in the emulator's working directory."""
    store: DataStore = services.state.extension(DataStore)
    if store.root is None:
        with services.state.lock:
            if store.root is None:
                root = Path(services.workdir) / "datasets"
                root.mkdir(parents=True, exist_ok=True)
                from .sql_recipes import table_snapshot

                store.table_source = lambda key, definition: table_snapshot(services, store, key, definition)
                store.root = root
    return store


class RowWriter:
    """Rows written to a file aside, installed in a dataset only when the writer succeeded."""

    def __init__(self, directory: Path, columns: Sequence[str]) -> None:
        self.columns = list(columns)
        handle, name = tempfile.mkstemp(dir=directory, prefix="writing-")
        self.path = Path(name)
        self._file: IO[bytes] = os.fdopen(handle, "wb")
        self.count = 0

    def write(self, row: Sequence[str | None]) -> None:
        line = "\t".join(format_value(value) for value in row)
        self._file.write(((line if line else '""') + "\n").encode("utf-8"))
        self.count += 1

    def write_all(self, rows: Iterable[Sequence[str | None]]) -> None:
        """Write rows of text values (None for empty), a batch at a time through the csv module."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, dialect=_TSV)
        batch: list[Sequence[str | None]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= 4096:
                self._write_batch(batch, buffer, writer)
                batch = []
        if batch:
            self._write_batch(batch, buffer, writer)

    def _write_batch(self, batch: list[Sequence[str | None]], buffer: io.StringIO, writer: Any) -> None:
        self._file.write(_formatted(batch, buffer, writer))
        self.count += len(batch)

    def copy_bytes_from(self, source: IO[bytes]) -> None:
        """Append rows already in the stored format (and in this writer's columns) as they are."""
        shutil.copyfileobj(source, self._file, _READ_SIZE)

    def close(self) -> Path:
        self._file.close()
        return self.path

    def discard(self) -> None:
        self._file.close()
        self.path.unlink(missing_ok=True)


def _formatted(batch: list[Sequence[str | None]], buffer: io.StringIO, writer: Any) -> bytes:
    """Rows of text values in the stored (and streamed) format, formatted by the csv module."""
    buffer.seek(0)
    buffer.truncate()
    writer.writerows(batch)
    text = buffer.getvalue()
    # The csv module leaves a carriage return unquoted, and writes a row without values as an
    # empty line: such (rare) batches go value by value instead.
    if "\r" in text or any(not row for row in batch):
        text = "".join(format_row(row) for row in batch)
    return text.encode("utf-8")


def tsv_text_chunks(rows: Iterable[Sequence[str | None]]) -> Iterator[bytes]:
    """Rows of text values as the chunks of a ``tsv-excel-noheader`` answer (as ``rows.tsv_chunks``, faster)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect=_TSV)
    batch: list[Sequence[str | None]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= 2048:
            yield _formatted(batch, buffer, writer)
            batch = []
    if batch:
        yield _formatted(batch, buffer, writer)


# -- reading rows ----------------------------------------------------------------------------------


def schema_columns(definition: Mapping[str, Any]) -> list[dict[str, Any]]:
    schema = definition.get("schema")
    columns = schema.get("columns") if is_mapping(schema) else None
    return [c for c in columns if is_object(c)] if is_array(columns) else []


def column_names(definition: Mapping[str, Any]) -> list[str]:
    return [str(column.get("name")) for column in schema_columns(definition)]


def is_partitioned(definition: Mapping[str, Any]) -> bool:
    partitioning = definition.get("partitioning")
    dimensions = partitioning.get("dimensions") if is_mapping(partitioning) else None
    return bool(dimensions)


def split_partitions(specs: Iterable[str] | None) -> list[str] | None:
    """Partition identifiers from values that may each hold a comma-separated list; None means all."""
    if specs is None:
        return None
    found = [part.strip() for spec in specs for part in spec.split(",") if part.strip()]
    return found or None


@dataclass
class RowSource:
    """What a read of a dataset's rows needs, gathered under the state lock; read it without the lock.

    ``opened`` are the stored files, already open (so that a concurrent replacement does not
    pull them away), or the uploaded files and their format.
    """

    columns: list[str]
    stored: list[tuple[IO[bytes], StoredFile]]
    uploads: list[IO[bytes]]
    format_params: dict[str, Any]
    # The schema's columns, in order: the columns of uploaded files, which have no names of their own.
    schema: list[str] = field(default_factory=list[str])

    def close(self) -> None:
        for opened, _ in self.stored:
            opened.close()
        for opened in self.uploads:
            opened.close()

    def stored_as(self, names: Sequence[str]) -> bool:
        """Whether every stored file holds exactly these columns in this order (it can be sent as is)."""
        return not self.uploads and all(stored.columns == list(names) for _, stored in self.stored)

    def length(self) -> int:
        return sum(stored.size for _, stored in self.stored)

    def raw_chunks(self) -> Iterator[bytes]:
        try:
            for opened, _ in self.stored:
                while chunk := opened.read(_READ_SIZE):
                    yield chunk
        finally:
            self.close()

    def rows(self) -> Iterator[Row]:
        """The rows, one value per column of ``columns`` ('' for empty); closes the files at the end."""
        try:
            width = len(self.columns)
            for opened, stored in self.stored:
                positions = {name: index for index, name in enumerate(stored.columns)}
                picks = [positions.get(name) for name in self.columns]
                same = picks == list(range(len(stored.columns)))
                reader = csv.reader(io.TextIOWrapper(opened, encoding="utf-8", newline=""), dialect=_TSV)
                for values in reader:
                    if same and len(values) == width:
                        yield values
                    else:
                        yield [values[p] if p is not None and p < len(values) else "" for p in picks]
            positions = {name: index for index, name in enumerate(self.schema)}
            upload_picks = [positions.get(name) for name in self.columns]
            for opened in self.uploads:
                for values in read_csv(opened, self.format_params):
                    yield [values[p] if p is not None and p < len(values) else "" for p in upload_picks]
        finally:
            self.close()


class _TSV(csv.Dialect):
    delimiter = "\t"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    strict = False


def open_source(
    store: DataStore, project_key: str, definition: Mapping[str, Any], partitions: Iterable[str] | None = None
) -> RowSource:
    """Open the rows of a dataset (of some partitions, all when None). Call with the state lock held."""
    name = str(definition.get("name"))
    columns = column_names(definition)
    found = store.existing(project_key, name)
    if definition.get("type") == UPLOADED_FILES:
        uploads = [stored for _, stored in sorted(found.uploads.items())] if found is not None else []
        if uploads and not definition.get("formatType"):
            raise bad_request(
                f"Dataset {project_key}.{name} has no format yet: "
                "detect its settings (autodetect_settings) and save them"
            )
        params = definition.get("formatParams")
        opened: list[IO[bytes]] = [stored.path.open("rb") for stored in uploads]
        return RowSource(columns, [], opened, dict(params or {}), list(columns))
    stored_files: list[tuple[IO[bytes], StoredFile]] = []
    if (found is None or found.version == 0) and store.table_source is not None:
        # A dataset on an SQL connection whose rows nothing wrote or cleared here: its table's.
        table = store.table_source(project_key, definition)
        if table is not None:
            table_file = table.path.open("rb")
            table.path.unlink(missing_ok=True)
            return RowSource(columns, [(table_file, table)], [], {}, list(columns))
    if found is not None:
        wanted = split_partitions(partitions) if is_partitioned(definition) else None
        for partition, stored in sorted(found.partitions.items()):
            if wanted is None or partition in wanted:
                stored_files.append((stored.path.open("rb"), stored))
    return RowSource(columns, stored_files, [], {}, list(columns))


# -- CSV files, as DSS reads them with a dataset's format settings -------------------------------


def csv_dialect(params: Mapping[str, Any]) -> dict[str, Any]:
    separator = params.get("separator")
    quote = params.get("quoteChar")
    escape = params.get("escapeChar")
    options: dict[str, Any] = {
        "delimiter": separator if isinstance(separator, str) and len(separator) == 1 else ",",
        "quotechar": quote if isinstance(quote, str) and len(quote) == 1 else '"',
        "doublequote": True,
    }
    if params.get("style") in ("unix", "escape_only_no_quote") and isinstance(escape, str) and len(escape) == 1:
        options["escapechar"] = escape
        options["doublequote"] = False
    return options


def read_csv(opened: IO[bytes], params: Mapping[str, Any]) -> Iterator[Row]:
    """The data rows of a CSV file: the header and the rows around it skipped as the settings say."""
    charset = params.get("charset")
    encoding = "utf-8-sig" if charset in (None, "", "utf8", "utf-8", "UTF-8") else str(charset)
    text = io.TextIOWrapper(opened, encoding=encoding, errors="replace", newline="")
    reader = csv.reader(text, **csv_dialect(params))
    skip = _int(params.get("skipRowsBeforeHeader")) + (1 if params.get("parseHeaderRow") else 0)
    skip += _int(params.get("skipRowsAfterHeader")) if params.get("parseHeaderRow") else 0
    for index, values in enumerate(reader):
        if index < skip or not values:
            continue
        yield values


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def write_rows(
    store: DataStore,
    project_key: str,
    dataset_name: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[str | None]],
    clock: Callable[[], int],
    partition: str = NOT_PARTITIONED,
) -> int:
    """Replace a partition's rows (a test helper, and the seeding used by the benchmark)."""
    writer = store.new_writer(columns)
    try:
        writer.write_all(rows)
    except BaseException:
        writer.discard()
        raise
    path = writer.close()
    with store.state.lock:
        store.install(project_key, dataset_name, partition, path, columns, clock())
    return writer.count
