"""JSON encoders made once and called without the standard library's per-call setup.

`json.JSONEncoder(...).encode(value)` builds its C encoder anew on every call (with a fresh
dict for circular references); for the sync applier's hundreds of thousands of small values
(a row's field clocks, a record's values) that setup cost as much as the encoding. `encoder`
makes the C encoder once. The text is the same as `JSONEncoder(...).encode` gives for the
values the store holds (text, numbers, flags, null, lists and objects of them); only a value
that contains itself is not detected (it fails by recursion instead of with ValueError).
"""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Callable
from typing import Any

Encode = Callable[[Any], str]


def encoder(*, sort_keys: bool, ensure_ascii: bool, separators: tuple[str, str]) -> Encode:
    """The function `JSONEncoder(sort_keys=…, ensure_ascii=…, separators=…).encode`, fast."""
    standard = json.JSONEncoder(
        sort_keys=sort_keys, ensure_ascii=ensure_ascii, separators=separators
    ).encode
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without the C accelerator
        return standard
    quote = json.encoder.encode_basestring_ascii if ensure_ascii else json.encoder.encode_basestring
    item_separator, key_separator = separators
    default = json.JSONEncoder().default  # raises TypeError for what JSON cannot hold
    # (markers, default, encoder, indent, key_separator, item_separator, sort_keys,
    #  skipkeys, allow_nan): the arguments JSONEncoder.iterencode passes, without markers.
    chunks = make(None, default, quote, None, key_separator, item_separator, sort_keys, False, True)
    join = "".join

    def encode(value: Any) -> str:
        return join(chunks(value, 0))

    return encode
