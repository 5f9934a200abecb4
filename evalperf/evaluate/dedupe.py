"""Samples that are the same program: identical up to formatting and comments (normalised AST)."""

from __future__ import annotations

import ast
import functools
import hashlib


@functools.lru_cache(maxsize=4096)
def normalized_digest(code: str) -> str:
    """sha256 of the code's AST without positions (comments and layout do not matter).

    Code that does not parse is its own text: it is never profiled, but a digest is total.
    """
    try:
        text = ast.dump(ast.parse(code), annotate_fields=False, include_attributes=False)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        text = "\0raw\0" + code
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()
