"""A small ``dataiku`` package for code the DSS emulator runs (recipes, scenario steps).

It covers the everyday subset of DSS's own package:

* ``dataiku.Dataset(name)``: ``read_schema()``, ``iter_rows()`` (dict-like rows, also
  indexable by position), ``iter_tuples(columns=None)``, ``get_dataframe()`` (when pandas is
  installed), ``write_schema(columns)``, ``get_writer()`` (``write_row_array``,
  ``write_row_dict``, ``write_tuple``; a context manager), ``write_with_schema(df)`` and
  ``write_dataframe(df)`` (pandas); values are cast by the schema's types (integers,
  floats, booleans; empty is None).
* ``dataiku.get_custom_variables()``, ``dataiku.default_project_key()``.
* ``dataiku.api_client()``: a client of the emulator acting as the user who runs the code
  (its run's API ticket, ``DKU_API_TICKET``): ``dataikuapi.DSSClient`` when installed, else
  ``dssclient.DSSClient``.
* ``dataiku.recipe``: ``get_inputs_as_datasets()``, ``get_outputs_as_datasets()``,
  ``get_input_names_for_role(role)``, ``get_output_names_for_role(role)``.
* ``dataiku.scenario.Scenario``: ``build_dataset(...)``, ``get_all_variables()``,
  ``set_scenario_variables(**variables)``, ``get_trigger_params()``.

A recipe reads its inputs and writes its outputs only; a scenario step reads any dataset of
its project and writes none. A dataset of another project (``OTHER.name``) is read only when
exposed to the project or readable by the user who runs the code, and never written. What a
recipe writes replaces its outputs when it succeeds.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from . import _runtime

__all__ = ["Dataset", "default_project_key", "get_custom_variables"]


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


class Row(dict):  # type: ignore[type-arg]
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

    def get_dataframe(self, columns: Sequence[str] | None = None) -> Any:
        import pandas  # type: ignore[import-not-found,import-untyped,unused-ignore]

        names = list(columns) if columns is not None else None
        rows = list(self.iter_tuples(columns))
        schema = self.read_schema(raise_if_empty=False)
        return pandas.DataFrame(rows, columns=names or [c["name"] for c in schema])

    def write_schema(self, columns: Sequence[dict[str, Any]], dropAndCreate: bool = False) -> None:  # noqa: N803
        self._schema = [dict(column) for column in columns]
        _runtime.request("write_schema", dataset=self._ref(), columns=self._schema)

    def get_writer(self) -> DatasetWriter:
        if self._write_path is None:
            self._write_path = str(_runtime.request("write", dataset=self._ref()))
        return DatasetWriter(self, self._write_path)

    def write_with_schema(self, df: Any, dropAndCreate: bool = False) -> None:  # noqa: N803
        self.write_schema(_schema_of(df))
        self.write_dataframe(df)

    def write_dataframe(self, df: Any, infer_schema: bool = False, dropAndCreate: bool = False) -> None:  # noqa: N803
        if infer_schema:
            self.write_schema(_schema_of(df))
        with self.get_writer() as writer:
            for row in df.itertuples(index=False, name=None):
                writer.write_row_array([None if value != value else value for value in row])


def _schema_of(df: Any) -> list[dict[str, Any]]:
    columns = []
    for name, dtype in zip(df.columns, df.dtypes, strict=False):
        kind = getattr(dtype, "kind", "O")
        column_type = {"i": "bigint", "u": "bigint", "f": "double", "b": "boolean", "M": "date"}.get(kind, "string")
        columns.append({"name": str(name), "type": column_type})
    return columns
