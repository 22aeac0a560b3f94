"""A small ``dataiku`` package for code the DSS emulator runs (recipes, scenario steps).

It covers the everyday subset of DSS's own package (the README's table lists it):

* ``dataiku.Dataset(name)``: ``read_schema()``, ``iter_rows()`` (dict-like rows, also
  indexable by position), ``iter_tuples(columns=None)``, ``write_schema(columns)``,
  ``get_writer()`` (``write_row_array``, ``write_row_dict``, ``write_tuple``,
  ``write_dataframe``; a context manager); values are cast by the schema's types (integers,
  floats, booleans; empty is None).
* With pandas installed (``pip install dssclient[pandas]``): ``get_dataframe()``,
  ``iter_dataframes(chunksize=...)``, ``write_with_schema(df)``, ``write_dataframe(df)``,
  ``write_schema_from_dataframe(df)``. Reading types columns as DSS's package does: pandas
  infers them (``infer_with_pandas=True``, the default), or they follow the schema
  (``tinyint`` int8 ... ``bigint`` int64, ``float`` float32, ``double`` float64, ``boolean``
  bool, anything else text); ``date`` columns are parsed. Writing sets the schema from the
  dtypes (int64 ``bigint``, float64 ``double``, bool ``boolean``, datetime ``date``, ...).
  pandas is imported on first use only; without it these raise an ImportError saying so.
* ``dataiku.Folder(name_or_id)`` (issue 18): ``get_info()``, ``get_id()``, ``get_name()``,
  ``list_paths_in_partition()``, ``get_download_stream(path)``, ``upload_stream(path, f)``,
  ``upload_data(path, data)``, ``upload_file(path, file_path)``, ``get_writer(path)``,
  ``delete_path(path)``. Files are streamed through the run's directory, never held whole;
  what is written appears in the folder whole, when its writer closes. Paths are checked
  as the REST API checks them. ``get_path()`` is refused: a local directory could not keep
  the code inside the folder.
* ``dataiku.get_custom_variables()``, ``dataiku.default_project_key()``.
* ``dataiku.api_client()``: a client of the emulator acting as the user who runs the code
  (its run's API ticket, ``DKU_API_TICKET``): ``dataikuapi.DSSClient`` when installed, else
  ``dssclient.DSSClient``.
* ``dataiku.recipe``: ``get_inputs_as_datasets()``, ``get_outputs_as_datasets()``,
  ``get_input_names_for_role(role)``, ``get_output_names_for_role(role)``.
* ``dataiku.scenario.Scenario``: ``build_dataset(...)``, ``get_all_variables()``,
  ``set_scenario_variables(**variables)``, ``get_trigger_params()``.

Anything else of DSS's package (``Folder.get_path``, ``Dataset.get_location_info``, ...) raises
an AttributeError that names it and points to the README.

A recipe reads its inputs and writes its outputs only (a folder output is also read); a
scenario step reads any dataset or folder of its project and writes none; the user who runs
the code must also hold the right on a folder's project (read, or write the content). A
dataset of another project (``OTHER.name``) is read only when exposed to the project or
readable by the user who runs the code, and never written. What a recipe writes replaces its
dataset outputs when it succeeds (a folder's files are written when their writer closes).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from . import _frames, _runtime
from ._runtime import unsupported

__all__ = ["Dataset", "Folder", "default_project_key", "get_custom_variables"]


def __getattr__(name: str) -> Any:
    raise unsupported("dataiku", name)


def default_project_key() -> str:
    return str(_runtime.context()["projectKey"])


def get_custom_variables(project_key: str | None = None, typed: bool = False) -> dict[str, Any]:
    """The project's variables (standard and local merged), as text unless ``typed``."""
    variables: dict[str, Any] = _runtime.request("variables")
    return (
        variables
        if typed
        else {key: value if isinstance(value, str) else str(value) for key, value in variables.items()}
    )


def api_client() -> Any:
    """A client of the emulator with the rights of the user who runs this code (never more)."""
    import os

    url, ticket = os.environ.get("DKU_BACKEND_URL"), os.environ.get("DKU_API_TICKET")
    if not url or not ticket:
        raise _runtime.EmulatorError("no API access: the emulator gave this run no URL or ticket")
    try:
        import dataikuapi  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        import dssclient

        return dssclient.DSSClient(url, internal_ticket=ticket)
    return dataikuapi.DSSClient(url, internal_ticket=ticket)


class Row(dict[str, Any]):
    """A row by column name, also readable by position."""

    def __init__(self, names: Sequence[str], values: Sequence[Any]) -> None:
        super().__init__(zip(names, values, strict=False))
        self._values = list(values)

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            return self._values[key]
        return super().__getitem__(key)


class DatasetWriter:
    """Writes rows into a dataset: use it as a context manager, or close it."""

    def __init__(self, dataset: Dataset, path: str) -> None:
        self._dataset = dataset
        self._file = _runtime.RowFile(path)
        self._names = [str(column["name"]) for column in dataset.read_schema(raise_if_empty=False)]

    def write_row_array(self, row: Sequence[Any]) -> None:
        self._file.write(list(row))

    write_tuple = write_row_array

    def write_row_dict(self, row: dict[str, Any]) -> None:
        self._file.write([row.get(name) for name in self._names])

    def write_dataframe(self, df: Any) -> None:
        """Append the rows of a pandas dataframe, in the order of the dataset's schema."""
        for row in _frames.rows_of(df, self._names):
            self._file.write(row)

    def __getattr__(self, name: str) -> Any:
        raise unsupported("dataiku.core.dataset_write.DatasetWriter", name)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> DatasetWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Dataset:
    """A dataset of the project (or ``PROJECTKEY.name`` of another one)."""

    def __init__(self, name: str, project_key: str | None = None, ignore_flow: bool = False) -> None:
        if "." in name and project_key is None:
            project_key, name = name.split(".", 1)
        self.name = name
        self.project_key = project_key or default_project_key()
        self._schema: list[dict[str, Any]] | None = None
        self._write_path: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.project_key}.{self.name}"

    def _ref(self) -> str:
        return self.name if self.project_key == default_project_key() else self.full_name

    def read_schema(self, raise_if_empty: bool = True) -> list[dict[str, Any]]:
        if self._schema is None:
            self._schema = list(_runtime.request("schema", dataset=self._ref()))
        if raise_if_empty and not self._schema:
            raise ValueError(f"Dataset {self.full_name} has an empty schema")
        return self._schema

    def _read(self) -> tuple[list[dict[str, Any]], str]:
        answer = _runtime.request("read", dataset=self._ref())
        self._schema = list(answer["columns"])
        return self._schema, str(answer["path"])

    def iter_tuples(self, columns: Sequence[str] | None = None) -> Iterator[tuple[Any, ...]]:
        schema, path = self._read()
        names = [str(c["name"]) for c in schema]
        types = [str(c.get("type") or "string") for c in schema]
        picks = list(range(len(names))) if columns is None else [names.index(name) for name in columns]
        for values in _runtime.read_rows(path):
            yield tuple(_runtime.cast(values[i] if i < len(values) else "", types[i]) for i in picks)

    def iter_rows(self) -> Iterator[Row]:
        schema, path = self._read()
        names = [str(c["name"]) for c in schema]
        types = [str(c.get("type") or "string") for c in schema]
        for values in _runtime.read_rows(path):
            yield Row(names, [_runtime.cast(values[i] if i < len(values) else "", t) for i, t in enumerate(types)])

    def get_dataframe(
        self,
        columns: Sequence[str] | None = None,
        sampling: str = "head",
        sampling_column: str | None = None,
        limit: int | None = None,
        ratio: float | None = None,
        infer_with_pandas: bool = True,
        parse_dates: bool = True,
        bool_as_str: bool = False,
        int_as_float: bool = False,
        use_nullable_integers: bool = False,
        float_precision: str | None = None,
        na_values: Any = None,
        keep_default_na: bool = True,
        **kwargs: Any,
    ) -> Any:
        """The dataset's rows as a pandas dataframe, typed as DSS's package types them (see the module)."""
        schema, path = self._read()
        return _frames.read(
            path,
            schema,
            columns=columns,
            limit=_frames.sampled(sampling, limit, ratio, kwargs),
            chunksize=None,
            infer_with_pandas=infer_with_pandas,
            parse_dates=parse_dates,
            bool_as_str=bool_as_str,
            int_as_float=int_as_float,
            use_nullable_integers=use_nullable_integers,
            float_precision=float_precision,
            na_values=na_values,
            keep_default_na=keep_default_na,
        )

    def iter_dataframes(
        self,
        chunksize: int = 10000,
        infer_with_pandas: bool = True,
        sampling: str = "head",
        sampling_column: str | None = None,
        parse_dates: bool = True,
        limit: int | None = None,
        ratio: float | None = None,
        columns: Sequence[str] | None = None,
        bool_as_str: bool = False,
        int_as_float: bool = False,
        use_nullable_integers: bool = False,
        float_precision: str | None = None,
        na_values: Any = None,
        keep_default_na: bool = True,
        **kwargs: Any,
    ) -> Iterator[Any]:
        """The dataset's rows as pandas dataframes of ``chunksize`` rows each (the last one shorter)."""
        if not _positive_int(chunksize):
            raise ValueError(f"chunksize must be a positive integer, not {chunksize!r}")
        schema, path = self._read()
        yield from _frames.read(
            path,
            schema,
            columns=columns,
            limit=_frames.sampled(sampling, limit, ratio, kwargs),
            chunksize=chunksize,
            infer_with_pandas=infer_with_pandas,
            parse_dates=parse_dates,
            bool_as_str=bool_as_str,
            int_as_float=int_as_float,
            use_nullable_integers=use_nullable_integers,
            float_precision=float_precision,
            na_values=na_values,
            keep_default_na=keep_default_na,
        )

    def write_schema(self, columns: Sequence[dict[str, Any]], dropAndCreate: bool = False) -> None:  # noqa: N803
        self._schema = [dict(column) for column in columns]
        _runtime.request("write_schema", dataset=self._ref(), columns=self._schema)

    def get_writer(self) -> DatasetWriter:
        if self._write_path is None:
            self._write_path = str(_runtime.request("write", dataset=self._ref()))
        return DatasetWriter(self, self._write_path)

    def write_schema_from_dataframe(self, df: Any, drop_and_create: bool = False) -> None:
        """Set the dataset's schema from a dataframe's columns and dtypes."""
        self.write_schema(_frames.schema_of(df))

    def write_with_schema(self, df: Any, drop_and_create: bool = False, **kwargs: Any) -> None:
        """Set the schema from the dataframe, then write its rows (replacing the dataset's)."""
        self.write_schema_from_dataframe(df)
        self.write_dataframe(df)

    def write_dataframe(
        self, df: Any, infer_schema: bool = False, drop_and_create: bool = False, **kwargs: Any
    ) -> None:
        """Write the rows of a dataframe (its columns matched to the schema's by name)."""
        _frames.pandas()
        if infer_schema:
            self.write_schema_from_dataframe(df)
        with self.get_writer() as writer:
            writer.write_dataframe(df)

    def __getattr__(self, name: str) -> Any:
        raise unsupported("dataiku.Dataset", name)


# -- managed folders (issue 18) --------------------------------------------------------------------

_COPY_CHUNK = 1024 * 1024


class FolderWriter:
    """Bytes written into a file of a managed folder: it appears there, whole, when closed
    (use it as a context manager); a writer left on an error writes nothing."""

    def __init__(self, folder: Folder, path: str) -> None:
        self._folder = folder
        self._path = path
        self._staged = str(_runtime.request("folder_stage", folder=folder.lookup, path=path))
        self._file = open(self._staged, "wb")  # noqa: SIM115 - closed by close()
        self._closed = False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        return self._file.write(data)

    def flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._file.close()
        _runtime.request("folder_put", folder=self._folder.lookup, path=self._path, staged=self._staged)

    def _discard(self) -> None:
        self._closed = True
        self._file.close()
        import os

        try:
            os.unlink(self._staged)
        except OSError:
            pass

    def __enter__(self) -> FolderWriter:
        return self

    def __exit__(self, kind: object, *rest: object) -> None:
        if kind is None:
            self.close()
        else:
            self._discard()

    def __getattr__(self, name: str) -> Any:
        raise unsupported("dataiku.core.managed_folder.ManagedFolderWriter", name)


class Folder:
    """A managed folder of the project, by identifier or name (``PROJECTKEY.id`` for another project's)."""

    def __init__(self, lookup: str, project_key: str | None = None, ignore_flow: bool = False) -> None:
        if project_key is not None and project_key != default_project_key() and "." not in lookup:
            lookup = f"{project_key}.{lookup}"
        self.lookup = lookup
        self._info: dict[str, Any] | None = None

    def get_info(self, sensitive_info: bool = False) -> dict[str, Any]:
        """The folder's identifier, project, name, type and partitioning."""
        if self._info is None:
            self._info = dict(_runtime.request("folder_info", folder=self.lookup))
        return self._info

    def get_id(self) -> str:
        return str(self.get_info()["id"])

    def get_name(self) -> str:
        return str(self.get_info()["name"])

    @property
    def project_key(self) -> str:
        return str(self.get_info()["projectKey"])

    def list_paths_in_partition(self, partition: str = "") -> list[str]:
        """The paths of every file of the folder ("/a/b.csv"); the emulator's folders are not partitioned."""
        if partition:
            raise _runtime.EmulatorError("the DSS emulator's managed folders are not partitioned")
        return [str(path) for path in _runtime.request("folder_list", folder=self.lookup)]

    def get_download_stream(self, path: str) -> Any:
        """The file at ``path``, as a binary file object to read (and close, or use in a ``with``)."""
        local = str(_runtime.request("folder_read", folder=self.lookup, path=path))
        return open(local, "rb")  # noqa: SIM115 - the caller closes it

    def get_writer(self, path: str) -> FolderWriter:
        """A writer of the file at ``path``, which appears whole in the folder when it is closed."""
        return FolderWriter(self, path)

    def upload_stream(self, path: str, f: Any) -> None:
        """Write the file at ``path`` from the binary file object ``f``, read in chunks."""
        with self.get_writer(path) as writer:
            while chunk := f.read(_COPY_CHUNK):
                writer.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)

    def upload_data(self, path: str, data: bytes | str) -> None:
        """Write the file at ``path`` with ``data`` (text is written as UTF-8)."""
        with self.get_writer(path) as writer:
            writer.write(data.encode("utf-8") if isinstance(data, str) else data)

    def upload_file(self, path: str, file_path: str) -> None:
        """Write the file at ``path`` with the content of the local file ``file_path``."""
        with open(file_path, "rb") as opened:
            self.upload_stream(path, opened)

    def delete_path(self, path: str) -> None:
        """Delete the file (or the folder, with everything in it) at ``path``."""
        _runtime.request("folder_delete", folder=self.lookup, path=path)

    def get_path(self) -> str:
        """Refused by the emulator (see the module's documentation)."""
        return str(_runtime.request("folder_path", folder=self.lookup))

    def __getattr__(self, name: str) -> Any:
        raise unsupported("dataiku.Folder", name)


def _positive_int(value: object) -> bool:
    # Typed int, checked as anything: the recipe's code is not type-checked.
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1
