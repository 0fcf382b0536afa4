"""An ``Extraction`` as JSON and back, so that a pending upload keeps what its preview showed.

Confirming an upload used to extract the text a second time (28 s for a 4.8 MB plan, after 28 s
for the preview); now the preview's extraction is stored with the pending upload and written as
it is. The codec follows the record dataclasses' own fields and type hints, so a field the
extractor gains is carried without a change here.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date
from functools import cache
from typing import Any, Literal, TypeVar, Union

from policybot.knowledge.extract.records import Extraction

Record = TypeVar("Record")


def dump_extraction(extraction: Extraction) -> str:
    return json.dumps(dataclasses.asdict(extraction), ensure_ascii=False, default=_plain)


def load_extraction(blob: str) -> Extraction:
    """Raises ``ValueError`` when the JSON does not fit the current record types."""
    try:
        extraction: Extraction = _decode(Extraction, json.loads(blob))
        return extraction
    except (TypeError, KeyError, AttributeError) as error:
        raise ValueError(f"stored extraction does not fit the records: {error}") from error


def dump_record(record: Any) -> str:
    """Any record dataclass (an ``IngestResult``, say) as JSON."""
    return json.dumps(dataclasses.asdict(record), ensure_ascii=False, default=_plain)


def load_record(kind: type[Record], blob: str) -> Record:
    """A record dataclass of ``kind`` from ``dump_record``'s JSON; ``ValueError`` when the JSON
    does not fit it."""
    try:
        record: Record = _decode(kind, json.loads(blob))
        return record
    except (TypeError, KeyError, AttributeError) as error:
        raise ValueError(f"stored record does not fit {kind.__name__}: {error}") from error


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {value!r}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(kind)
    arguments = typing.get_args(kind)
    if origin in (Union, types.UnionType):
        (inner,) = [argument for argument in arguments if argument is not type(None)]
        return _decode(inner, value)
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)  # type: ignore[arg-type]  # a dataclass type here (is_dataclass), mypy keeps type[Any] | instance
        fields = {f.name for f in dataclasses.fields(kind)}
        return kind(**{name: _decode(hints[name], value[name]) for name in fields if name in value})  # type: ignore[operator]  # kind is a dataclass class: callable
    if kind is date:
        return date.fromisoformat(value)
    if origin is list:
        return [_decode(arguments[0], item) for item in value]
    if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
        return tuple(_decode(arguments[0], item) for item in value)  # tuple[X, ...]
    if origin is tuple:
        return tuple(
            _decode(argument, item) for argument, item in zip(arguments, value, strict=True)
        )
    if origin is Literal or kind in (str, int, float, bool, Any):
        return float(value) if kind is float else value
    return value
