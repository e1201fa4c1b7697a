"""The fast JSON encoders write the standard library's text."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from socdesk.domain.json_text import encoder

OPTIONS = [
    {"sort_keys": True, "ensure_ascii": True, "separators": (", ", ": ")},  # JSON columns
    {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")},  # change records
    {"sort_keys": True, "ensure_ascii": False, "separators": (", ", ": ")},  # field history
    {"sort_keys": False, "ensure_ascii": False, "separators": (",", ":")},
]
VALUES = [
    "",
    'Ґудзь "О." \\ / \n\t\x00\u2028 😀',
    0,
    -(10**30),
    True,
    False,
    None,
    [],
    {},
    {"b": [1, {"z": None, "a": "ї"}], "a": True, "я": ("x", 2)},
    {1: "key made text"},
    1.5,
    float("inf"),
]


@pytest.mark.parametrize("options", OPTIONS)
def test_same_text_as_the_standard_encoder(options: dict[str, object]) -> None:
    standard = json.JSONEncoder(**options).encode  # type: ignore[arg-type]
    fast = encoder(**options)  # type: ignore[arg-type]
    for value in VALUES:
        assert fast(value) == standard(value)


@pytest.mark.parametrize("value", [dt.date(2026, 1, 2), Decimal("1.5"), {(1,): 2}, object()])
def test_what_json_cannot_hold_is_refused(value: object) -> None:
    with pytest.raises(TypeError):
        encoder(sort_keys=True, ensure_ascii=True, separators=(", ", ": "))(value)
