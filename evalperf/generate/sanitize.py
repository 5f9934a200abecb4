"""From a model's raw answer to the code that is evaluated.

Handles markdown fences (labelled, unlabelled, unterminated), chat preambles and epilogues,
several code blocks (the last definition of a name wins, helpers may sit in another block),
the entry point defined among helpers, imports and test code, a LeetCode-style ``class
Solution`` method, an answer that is only the function body, and reasoning blocks
(``<think>``). Only what the entry point needs is kept: the imports it uses and the
functions, classes and constants it reaches. The result is syntax-checked.

When no usable code comes out, the status says why and ``code`` still holds the best
attempt (never empty), so the sample is evaluated and counted as a failure rather than
silently dropped.
"""

from __future__ import annotations

import ast
import re
import textwrap
import threading
from dataclasses import dataclass, field

from evalperf.tasks.model import continue_prompt

STATUSES = ("ok", "no_entry_point", "syntax_error", "no_code")
NO_CODE = "# the model's answer holds no Python code\n"
PYTHON_LANGS = frozenset({"", "python", "python3", "py", "py3"})
MAX_LINES = 3000  # longer answers are cut (lenient parsing is quadratic in the worst case)

_FENCE_OPEN = re.compile(r"^[ \t]*(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[^\s`]*)[^`]*$")
_CODE_START = re.compile(
    r"^(?:(?:async\s+)?def\s+\w+\s*\(|class\s+\w+|import\s+[\w.]+|from\s+[\w.]+\s+import\b|@[\w.]+"
    r"|[A-Za-z_]\w*(?:\s*:\s*[^=]+)?\s*=[^=])"
)
_THINK = re.compile(r"<think>.*?</think>", re.DOTALL)


@dataclass(frozen=True)
class Sanitized:
    """The code to evaluate, how extraction went, and what was changed."""

    code: str
    status: str
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the code defines the entry point and compiles."""
        return self.status == "ok"

    def to_json(self) -> dict[str, object]:
        """For the samples file."""
        return {"status": self.status, "notes": list(self.notes)}


@dataclass
class _Item:
    """One kept top-level statement."""

    order: tuple[int, int]
    source: str
    binds: frozenset[str]
    uses: frozenset[str]
    kind: str  # "import" | "def" | "call"


@dataclass
class _Pieces:
    """Parseable regions of code and what happened on the way."""

    modules: list[tuple[ast.Module, list[str]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unparsed: list[str] = field(default_factory=list)


def _strip_reasoning(text: str, notes: list[str]) -> str:
    if "<think>" in text or "</think>" in text:
        stripped = _THINK.sub("", text)
        if "</think>" in stripped:  # the opening tag was part of the prompt
            stripped = stripped.rsplit("</think>", 1)[1]
        if "<think>" in stripped:  # reasoning cut off: keep it, it may hold the code
            stripped = stripped.replace("<think>", "")
        notes.append("removed the reasoning block")
        return stripped
    return text


def code_blocks(text: str) -> tuple[list[str], bool]:
    """Python (or unlabelled) fenced blocks, dedented; and whether the last one was left open."""
    lines = text.split("\n")
    blocks: list[str] = []
    i = 0
    unterminated = False
    while i < len(lines):
        match = _FENCE_OPEN.match(lines[i])
        if match is None:
            i += 1
            continue
        fence, lang = match["fence"], match["lang"].lower()
        body: list[str] = []
        i += 1
        closed = False
        while i < len(lines):
            stripped = lines[i].strip()
            if stripped.startswith(fence[:3]) and set(stripped) == {fence[0]} and len(stripped) >= len(fence):
                closed = True
                break
            body.append(lines[i])
            i += 1
        i += 1
        if lang in PYTHON_LANGS:
            blocks.append(textwrap.dedent("\n".join(body)).strip("\n"))
            unterminated = not closed
    return blocks, unterminated


def _parse(code: str) -> ast.Module | None:
    try:
        return ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def _lenient(code: str, pieces: _Pieces) -> None:
    """Add ``code`` as parsed pieces: the whole of it, or its largest parseable regions.

    Prose before, between and after code regions is dropped. Code cut off in the middle of a
    block (an indented line right after the parseable part) is not trimmed into something
    that parses but means otherwise: the chunk counts as a syntax error.
    """
    module = _parse(code)
    lines = code.split("\n")
    if module is not None:
        pieces.modules.append((module, lines))
        return
    regions: list[tuple[ast.Module, list[str]]] = []
    looked_like_code = False
    prose = 0
    position = 0
    while position < len(lines):
        start = next((k for k in range(position, len(lines)) if _CODE_START.match(lines[k])), None)
        if start is None:
            prose += sum(1 for line in lines[position:] if line.strip())
            break
        looked_like_code = True
        prose += sum(1 for line in lines[position:start] if line.strip())
        for end in range(len(lines), start, -1):
            module = _parse("\n".join(lines[start:end]))
            if module is not None and module.body:
                rest = [x for x in lines[end:] if x.strip()]
                if rest and rest[0][:1] in (" ", "\t"):
                    pieces.unparsed.append(code)  # cut off inside a block
                    pieces.notes.append("the code is cut off inside a block")
                    return
                regions.append((module, lines[start:end]))
                position = end
                break
        else:
            position = start + 1
    if regions:
        pieces.modules.extend(regions)
        if prose:
            pieces.notes.append(f"dropped {prose} line(s) of prose around the code")
    elif looked_like_code:
        pieces.unparsed.append(code)


def _names_used(node: ast.AST) -> frozenset[str]:
    return frozenset(n.id for n in ast.walk(node) if isinstance(n, ast.Name))


def _bound_by_import(node: ast.Import | ast.ImportFrom) -> frozenset[str]:
    names = set()
    for alias in node.names:
        if alias.name == "*":
            names.add("*")
        else:
            names.add(alias.asname or alias.name.split(".")[0])
    return frozenset(names)


def _assigned(node: ast.stmt) -> frozenset[str] | None:
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = list(node.targets)
    elif isinstance(node, ast.AnnAssign) and node.value is not None:
        targets = [node.target]
    else:
        return None
    names: set[str] = set()
    for target in targets:
        elements = target.elts if isinstance(target, (ast.Tuple, ast.List)) else [target]
        for element in elements:
            if not isinstance(element, ast.Name):
                return None
            names.add(element.id)
    return frozenset(names)


def _is_recursion_limit(node: ast.stmt) -> bool:
    call = node.value if isinstance(node, ast.Expr) else None
    return (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "setrecursionlimit"
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == "sys"
    )


def _items(pieces: _Pieces) -> tuple[list[_Item], int]:
    items: list[_Item] = []
    dropped = 0
    for number, (module, lines) in enumerate(pieces.modules):
        for node in module.body:
            first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
            source = "\n".join(lines[first - 1 : node.end_lineno]).rstrip()
            order = (number, first)
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                items.append(_Item(order, source, _bound_by_import(node), frozenset(), "import"))
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                items.append(_Item(order, source, frozenset({node.name}), _names_used(node), "def"))
            elif (names := _assigned(node)) is not None:
                items.append(_Item(order, source, names, _names_used(node), "def"))
            elif _is_recursion_limit(node):
                items.append(_Item(order, source, frozenset(), frozenset({"sys"}), "call"))
            elif not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
                dropped += 1  # tests, prints, `if __name__ == "__main__":` blocks
    return items, dropped


def _method_owner(pieces: _Pieces, entry_point: str) -> str | None:
    owner = None
    for module, _ in pieces.modules:
        for node in module.body:
            if isinstance(node, ast.ClassDef) and any(
                isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef)) and m.name == entry_point for m in node.body
            ):
                owner = node.name
    return owner


def _closure(items: list[_Item], entry_point: str) -> list[_Item]:
    definers: dict[str, _Item] = {}
    for item in items:
        if item.kind == "def":
            for name in item.binds:
                definers[name] = item  # the last definition wins, as if the blocks ran in order
    kept: dict[int, _Item] = {}
    needed: set[str] = set()
    queue = [entry_point]
    while queue:
        name = queue.pop()
        if name in needed:
            continue
        needed.add(name)
        found = definers.get(name)
        if found is not None and id(found) not in kept:
            kept[id(found)] = found
            queue.extend(found.uses)
    for item in items:
        if item.kind == "call":
            kept[id(item)] = item
            needed.update(item.uses)
    imports = [
        i
        for i in items
        if i.kind == "import" and (i.binds & needed or "*" in i.binds or i.source.startswith("from __future__"))
    ]
    return imports + sorted(kept.values(), key=lambda i: i.order)


def _prompt_imports(prompt: str, needed: set[str], bound: set[str]) -> list[str]:
    module = _parse(prompt)
    if module is None:
        return []
    lines = prompt.split("\n")
    out = []
    for node in module.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)) and (_bound_by_import(node) & (needed - bound)):
            out.append("\n".join(lines[node.lineno - 1 : node.end_lineno]))
    return out


def _assemble(kept: list[_Item], prompt: str) -> str:
    seen: set[str] = set()
    imports = []
    for item in kept:
        if item.kind == "import" and item.source not in seen:
            seen.add(item.source)
            imports.append(item.source)
    bodies = [i.source for i in kept if i.kind != "import"]
    needed = set().union(*(i.uses for i in kept)) if kept else set()
    bound = set().union(*(i.binds for i in kept)) if kept else set()
    imports = [s for s in _prompt_imports(prompt, needed, bound) if s not in seen] + imports
    parts = (["\n".join(imports)] if imports else []) + bodies
    return "\n\n\n".join(parts) + "\n"


def _compiles(code: str) -> str | None:
    try:
        compile(code, "<solution>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        return str(getattr(exc, "msg", exc))
    return None


def _defines(pieces: _Pieces, entry_point: str) -> bool:
    items, _ = _items(pieces)
    return any(i.kind == "def" and entry_point in i.binds for i in items)


def _looks_like_body(text: str) -> bool:
    """Indented code, or statements with a top-level ``return`` and no definitions."""
    if text[:1].isspace():
        return True
    module = _parse(text)
    return (
        module is not None
        and any(isinstance(node, ast.Return) for node in module.body)
        and not any(isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) for node in module.body)
    )


def _body_only(chunks: list[str], prompt: str) -> _Pieces | None:
    """An answer that is only the function's body, completed with the prompt's signature."""
    for chunk in chunks:
        body = chunk.strip("\n")
        if not body.strip() or not _looks_like_body(body):
            continue
        if not body[:1].isspace():
            body = textwrap.indent(body, "    ")
        module = _parse(prompt.rstrip("\n") + "\n" + body)
        if module is not None:
            pieces = _Pieces()
            pieces.modules.append((module, (prompt.rstrip("\n") + "\n" + body).split("\n")))
            return pieces
    return None


# CPython 3.11's parser keeps its recursion-depth bookkeeping per interpreter, not per thread:
# ast.parse in two generation threads at once can raise "SystemError: AST constructor recursion
# depth mismatch". Sanitizing is fast next to a model request, so it is simply serialised.
_PARSER_LOCK = threading.Lock()


def sanitize(raw: str, entry_point: str, prompt: str = "", continues_prompt: bool = False) -> Sanitized:
    """Extract the solution for ``entry_point`` from a model's raw answer.

    ``continues_prompt``: the answer continues ``prompt`` (completion styles), so the code is
    the prompt followed by the answer. Thread-safe (see ``_PARSER_LOCK``).
    """
    with _PARSER_LOCK:
        return _sanitize(raw, entry_point, prompt, continues_prompt)


def _sanitize(raw: str, entry_point: str, prompt: str, continues_prompt: bool) -> Sanitized:
    notes: list[str] = []
    text = _strip_reasoning(raw.replace("\r\n", "\n"), notes)
    lines = text.split("\n")
    if len(lines) > MAX_LINES:
        text = "\n".join(lines[:MAX_LINES])
        notes.append(f"answer cut to its first {MAX_LINES} lines")
    blocks, unterminated = code_blocks(text)
    chunks: list[str] = []
    if continues_prompt:
        continuation = text.split("\n```", 1)[0] if not text.startswith("```") else ""
        chunks.append(continue_prompt(prompt, continuation))
    if blocks:
        chunks.extend(blocks)
        if len(blocks) > 1:
            notes.append(f"{len(blocks)} code blocks")
        if unterminated:
            notes.append("the last code block is not closed (answer cut off?)")
    elif not continues_prompt:
        chunks.append(text)
    if not any(c.strip() for c in chunks):
        return Sanitized(NO_CODE, "no_code", tuple([*notes, "empty answer"]))

    pieces = _Pieces()
    for chunk in chunks:
        _lenient(chunk, pieces)
    notes.extend(pieces.notes)

    shim = ""
    if not _defines(pieces, entry_point):
        owner = _method_owner(pieces, entry_point)
        completed = None if owner or not prompt else _body_only(blocks or [text], prompt)
        if owner is not None:
            shim = f"def {entry_point}(*args, **kwargs):\n    return {owner}().{entry_point}(*args, **kwargs)\n"
            notes.append(f"{entry_point} is a method of class {owner}: added a module-level wrapper")
        elif completed is not None:
            pieces = completed
            notes.append("the answer is the function body only: completed the prompt's signature")
        elif pieces.modules:
            code = "\n\n".join("\n".join(lines).strip("\n") for _, lines in pieces.modules) + "\n"
            return Sanitized(code, "no_entry_point", tuple([*notes, f"no definition of {entry_point}"]))
        elif pieces.unparsed:
            best = max(pieces.unparsed, key=len).strip("\n") + "\n"
            problem = _compiles(best) or "cannot be parsed"
            return Sanitized(best, "syntax_error", tuple([*notes, f"syntax error: {problem}"]))
        else:
            return Sanitized(NO_CODE, "no_code", tuple(notes))

    items, dropped = _items(pieces)
    if dropped:
        notes.append(f"dropped {dropped} top-level statement(s) (tests, prints, main block)")
    start = entry_point
    if shim:
        wrapper = _parse(shim)
        assert wrapper is not None  # built above from a fixed template
        pieces.modules.append((wrapper, shim.split("\n")))
        items, _ = _items(pieces)
    kept = _closure(items, start)
    unused = sum(1 for i in items if i.kind == "def") - sum(1 for i in kept if i.kind == "def")
    if unused:
        notes.append(f"dropped {unused} definition(s) the entry point does not use")
    code = _assemble(kept, prompt)
    error = _compiles(code)
    if error is not None:
        return Sanitized(code, "syntax_error", tuple([*notes, f"syntax error: {error}"]))
    return Sanitized(code, "ok", tuple(notes))
