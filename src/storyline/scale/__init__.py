"""Scale: analyze archives on a Dask cluster into Parquet, and load the Parquet into a store.

    run_batch(INPUT, OUT, client=...)   analyze a folder, JSONL or WARC files (any fsspec URL)
    load_batch(store, OUT)              keep the results and track them, in publication order

Dask, pyarrow and warcio are imported by the submodules only; importing this package is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from storyline.scale.batch import BatchReport, dask_client, run_batch
    from storyline.scale.load import LoadReport, load_batch, read_batch

__all__ = ["BatchReport", "LoadReport", "dask_client", "load_batch", "read_batch", "run_batch"]

_HOMES = {
    "BatchReport": "batch",
    "dask_client": "batch",
    "run_batch": "batch",
    "LoadReport": "load",
    "load_batch": "load",
    "read_batch": "load",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        import importlib

        return getattr(importlib.import_module(f"storyline.scale.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'storyline.scale' has no attribute {name!r}")
