"""Fuzzing through the public API: N mutated partnership files in one process.

    .venv/bin/python benchmarks/fuzz.py N [--seed 12] [--slowest 5]

Each document is one of the example partnership files (examples/, and its
two-files/ and progress/ folders) changed once or twice: a value
replaced by a hostile one (a line of tests/hostile/scalars.txt: YAML tags,
impossible dates, huge and special numbers, control characters, markup), a
value swapped for one from elsewhere in the examples, a line deleted, duplicated, swapped with the next or indented differently, or
a byte changed, inserted or removed. Each goes through
`tango_check.assess_file` and, when it is assessed, through every renderer
(JSON, Markdown and HTML in English and Dutch, the terminal report
without colour in one of them, in turn).

Prints how many were assessed, how many gave `InputError`, how many raised
anything else (each kind once, with the document that raised it, saved
beside the temporary file; the target is 0), and the slowest documents.
Exits 1 when anything else was raised. The same seed gives the same documents.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from common import ROOT

from tango_check import assess_file
from tango_check.errors import InputError
from tango_check.render.html import render_html
from tango_check.render.json_report import render_json
from tango_check.render.markdown import render_markdown
from tango_check.render.terminal import make_console, render_terminal
from tango_check.rules import load_rules

EXAMPLES = sorted((ROOT / "examples").rglob("*.yaml"))  # the sample rule pack lives in rule-packs/
SCALARS = [
    line
    for line in (ROOT / "tests" / "hostile" / "scalars.txt").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]
VALUE = re.compile(r"^(\s*(?:- )?[\w-]+: |\s*- )(.+)$")
EXAMPLE_VALUES = sorted(
    {match.group(2) for path in EXAMPLES for line in path.read_text(encoding="utf-8").splitlines() if (match := VALUE.match(line))}
)


def replace_value(lines: list[str], rng: random.Random) -> None:
    """One value (after `key: ` or `- `) becomes a hostile one."""
    places = [index for index, line in enumerate(lines) if VALUE.match(line) and not line.lstrip().startswith("#")]
    if places:
        index = rng.choice(places)
        lines[index] = VALUE.sub(lambda match: match.group(1) + rng.choice(SCALARS), lines[index])


def borrow_value(lines: list[str], rng: random.Random) -> None:
    """One value becomes another value of the examples: often a valid answer in the wrong place, or a name."""
    places = [index for index, line in enumerate(lines) if VALUE.match(line) and not line.lstrip().startswith("#")]
    if places:
        index = rng.choice(places)
        lines[index] = VALUE.sub(lambda match: match.group(1) + rng.choice(EXAMPLE_VALUES), lines[index])


def delete_line(lines: list[str], rng: random.Random) -> None:
    if len(lines) > 1:
        del lines[rng.randrange(len(lines))]


def duplicate_line(lines: list[str], rng: random.Random) -> None:
    index = rng.randrange(len(lines))
    lines.insert(index, lines[index])


def swap_lines(lines: list[str], rng: random.Random) -> None:
    if len(lines) > 1:
        index = rng.randrange(len(lines) - 1)
        lines[index], lines[index + 1] = lines[index + 1], lines[index]


def reindent(lines: list[str], rng: random.Random) -> None:
    index = rng.randrange(len(lines))
    lines[index] = " " * rng.choice((0, 1, 2, 3, 4, 8)) + lines[index].lstrip(" ")


LINE_MUTATIONS = (replace_value, replace_value, borrow_value, borrow_value, delete_line, duplicate_line, swap_lines, reindent)


def mutate_bytes(raw: bytes, rng: random.Random) -> bytes:
    """A byte changed, inserted or removed: broken UTF-8, control characters, a stray quote."""
    index = rng.randrange(len(raw))
    byte = bytes([rng.choice((rng.randrange(256), *b"\t\r\n\"'[]{}:,-#&*!|>%@`\x00\x1b"))])
    action = rng.randrange(3)
    if action == 0:
        return raw[:index] + byte + raw[index + 1 :]
    if action == 1:
        return raw[:index] + byte + raw[index:]
    return raw[:index] + raw[index + 1 :]


def document(texts: list[str], rng: random.Random) -> bytes:
    lines = rng.choice(texts).splitlines()
    for _ in range(rng.randint(1, 2)):
        rng.choice(LINE_MUTATIONS)(lines, rng)
    raw = ("\n".join(lines) + "\n").encode("utf-8")
    return mutate_bytes(raw, rng) if rng.random() < 0.1 else raw


def render_all(assessment: object, text_lang: str) -> None:
    """Every renderer (the slow terminal report in one language): a crash there counts as much as one in the engine."""
    render_terminal(assessment, make_console("never", io.StringIO()), text_lang, 1)  # type: ignore[arg-type]
    for lang in ("en", "nl"):
        json.loads(render_json(assessment, lang), parse_constant=lambda name: 1 / 0)  # type: ignore[arg-type]
        render_markdown(assessment, lang, 1)  # type: ignore[arg-type]
        render_html(assessment, lang)  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(description="Mutated partnership files through the public API.")
    parser.add_argument("count", type=int, metavar="N")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--slowest", type=int, default=5)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    texts = [path.read_text(encoding="utf-8") for path in EXAMPLES]
    rules = load_rules()
    folder = Path(tempfile.mkdtemp(prefix="tango-fuzz-"))
    path = folder / "partner.yaml"
    assessed = refused = 0
    others: Counter[str] = Counter()
    slowest: list[tuple[float, int, str]] = []
    started = time.perf_counter()
    for number in range(args.count):
        raw = document(texts, rng)
        path.write_bytes(raw)
        begin = time.perf_counter()
        try:
            render_all(assess_file(path, rules), ('en', 'nl')[number % 2])
            assessed += 1
            outcome = "assessed"
        except InputError:
            refused += 1
            outcome = "InputError"
        except Exception as error:  # noqa: BLE001 - counting them is the point
            kind = f"{type(error).__name__}: {str(error)[:100]}"
            if kind not in others:
                saved = folder / f"other-{len(others) + 1}.yaml"
                saved.write_bytes(raw)
                print(f"OTHER {kind} (document #{number}, saved as {saved})", file=sys.stderr)
                traceback.print_exc(limit=-3)
            others[kind] += 1
            outcome = "other"
        elapsed = time.perf_counter() - begin
        slowest = sorted([*slowest, (elapsed, number, outcome)], reverse=True)[: args.slowest]
        if number and number % 10_000 == 0:
            print(f"... {number:,} documents, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)

    total = time.perf_counter() - started
    print(f"documents: {args.count:,} (seed {args.seed}) in {total:.1f} s ({args.count / total:,.0f}/s)")
    print(f"assessed: {assessed:,}")
    print(f"InputError: {refused:,}")
    print(f"other exceptions: {sum(others.values()):,} of {len(others)} kinds")
    for kind, count in others.most_common():
        print(f"  {count:,} × {kind}")
    for elapsed, number, outcome in slowest:
        print(f"slowest: document #{number}: {elapsed * 1000:.1f} ms ({outcome})")
    sys.exit(1 if others else 0)


if __name__ == "__main__":
    main()
