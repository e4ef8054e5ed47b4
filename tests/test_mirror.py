"""The generated mirror (`tango_check._mirror`) against the models it is generated from.

The models are the definition; the mirror must be what `tango_check.mirror`
writes from them now, accept only files the models accept, read each into
the same answers, and hold the same rules. Every output made through the
mirror must be byte for byte the output made through the models alone
(`TANGO_CHECK_NO_MIRROR`).
"""

from __future__ import annotations

import datetime
import random
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import nested
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError
from typer.testing import CliRunner

from tango_check import _mirror, mirror
from tango_check.api import partnership_of
from tango_check.catalogue import catalogue_of
from tango_check.cli import app
from tango_check.errors import InputError
from tango_check.loading import parse_yaml
from tango_check.model import Partnership, build_outline, model_fields_by_path
from tango_check.outline import outline
from tango_check.plain import NotCertain, Plain
from tango_check.rules import CORE_PACK, builtin_rules_dir, load_rules

ROOT = Path(__file__).resolve().parents[1]
LEAVES = model_fields_by_path()
SECTIONS = sorted({path.rsplit(".", 1)[0] for path in LEAVES if "." in path})


def assert_same(plain: Any, model: Any, where: str = "") -> None:
    """A mirror object and a model instance hold the same values, field by field, of the same types."""
    if isinstance(model, BaseModel):
        assert isinstance(plain, Plain), where
        assert type(plain).__name__ == type(model).__name__, where
        assert list(type(plain).model_fields) == list(type(model).model_fields), where
        for name in type(model).model_fields:
            assert_same(getattr(plain, name), getattr(model, name), f"{where}.{name}")
        for name, value in (model.__pydantic_private__ or {}).items():
            assert getattr(plain, name) == value, f"{where}.{name}"
    elif isinstance(model, list):
        assert type(plain) is list and len(plain) == len(model), where
        for index, (mine, theirs) in enumerate(zip(plain, model)):
            assert_same(mine, theirs, f"{where}[{index}]")
    else:
        assert type(plain) is type(model) and plain == model, (where, plain, model)


DUMPS = ({}, {"mode": "json"}, {"exclude_none": True}, {"mode": "json", "by_alias": True, "exclude_none": True})


def assert_same_dumps(plain: Plain, model: BaseModel) -> None:
    for options in DUMPS:
        assert plain.model_dump(**options) == model.model_dump(**options), options


# --- the generated file is what the generator writes now ----------------------------------


def test_the_mirror_is_generated_from_the_models_and_rules_as_they_are() -> None:
    written = Path(_mirror.__file__).read_text(encoding="utf-8")
    assert written == mirror.generate(), "the mirror is stale: run `python -m tango_check.mirror`"


def test_the_outline_is_the_models_own() -> None:
    assert outline() == build_outline()


# --- partnership files: the mirror is certain only of what the models accept ---------------


def valid_answer(path: str) -> st.SearchStrategy[Any]:
    spec = LEAVES[path]
    if spec.kind == "choice":
        return st.sampled_from(spec.allowed)
    if spec.kind == "choices":
        return st.lists(st.sampled_from(spec.allowed), max_size=spec.max_length or 10)
    if spec.kind == "date":
        return st.dates() | st.dates().map(datetime.date.isoformat)
    if spec.kind == "number":
        return st.just(spec.default)
    return st.text(max_size=spec.max_length or 50)


odd_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=8),
    st.text(min_size=199, max_size=202),
    st.sampled_from(["yes", "no", "unknown", "agreed", "2026-02-30", "2026-1-1", " 2026-01-01", "20260101", "1"]),
    st.sampled_from(["a\ud800b", "\udfff", "\x00", "\x1b[31m"]),  # a lone surrogate is no text to pydantic
    st.datetimes(),
    st.dates(),
    st.lists(st.sampled_from(["funding", "volunteers", "yes", 3]), max_size=8),
    st.dictionaries(st.sampled_from(["shared", "x", 1]), st.sampled_from(["yes", 2]), max_size=2),
)


valid_files = st.fixed_dictionaries({}, optional={path: valid_answer(path) for path in LEAVES}).map(nested)


@st.composite
def any_files(draw: st.DrawFn) -> Any:
    """A file near a valid one: some answers odd, a key unknown, a section replaced by a scalar, or no mapping."""
    answers = draw(st.fixed_dictionaries({}, optional={path: valid_answer(path) for path in LEAVES}))
    for path in draw(st.lists(st.sampled_from(sorted(LEAVES)), max_size=4)):
        answers[path] = draw(odd_values)
    data = nested(answers)
    for _ in range(draw(st.integers(0, 2))):
        where = draw(st.sampled_from(["", *SECTIONS]))
        target = data
        for part in where.split(".") if where else ():
            found = target.get(part)
            if not isinstance(found, dict):
                break
            target = found
        change = draw(st.sampled_from(["unknown key", "scalar section", "list section", "null"]))
        if change == "unknown key":
            target[draw(st.sampled_from(["extra", "Vision", 3, True]))] = "yes"
        elif where:
            target[where.rsplit(".", 1)[-1]] = {"scalar section": "yes", "list section": ["yes"], "null": None}[change]
    return draw(st.sampled_from([data, data, data, [data], "yes", None]))


def example_files(files: list[Any]) -> Any:
    """Each of `files` as a hypothesis example, tried on every run."""

    def decorate(test: Any) -> Any:
        for data in files:
            test = example(data)(test)
        return test

    return decorate


def judged_by_the_models(data: Any) -> Partnership | None:
    try:
        return Partnership.model_validate(data)
    except ValidationError:
        return None


def read_by_the_mirror(data: Any) -> Plain | None:
    try:
        return _mirror.partnership(data)  # type: ignore[no-any-return]
    except NotCertain:
        return None


# What the models refuse and a plain check might let through: text that is no Unicode, answers of the
# wrong type that Python compares equal (True == 1), a date and time for a date, a number as a date.
ODD_FILES = [
    {"name": "a\ud800b"},
    {"partners": {"cooperative": {"place": "\udfff"}}},
    {"schema_version": True},
    {"schema_version": 1.0},
    {"ambition": True},
    {"vision": {"shared": 1}},
    {"assessed_on": datetime.datetime(2026, 1, 1)},
    {"assessed_on": 20260101},
    {"assessed_on": "2026-02-30"},
    {"benefits": {"cooperative_seeks": ("funding",)}},
    {"benefits": {"cooperative_seeks": ["funding"] * 7}},
    {"vision": None, "extra": 1},
]


@given(any_files())
@example_files(ODD_FILES)
def test_the_mirror_is_certain_only_of_files_the_models_accept_and_reads_them_alike(data: Any) -> None:
    plain, model = read_by_the_mirror(data), judged_by_the_models(data)
    if plain is not None:
        assert model is not None, "the mirror accepted a file the models refuse"
        assert_same(plain, model)


@given(valid_files)
def test_the_mirror_is_certain_of_every_valid_answer_set(data: dict[str, Any]) -> None:
    plain, model = read_by_the_mirror(data), judged_by_the_models(data)
    assert model is not None and plain is not None
    assert_same(plain, model)
    assert_same_dumps(plain, model)


@given(data=any_files(), flow=st.sampled_from([False, True]))
def test_a_file_reads_the_same_with_and_without_the_mirror(
    data: Any, flow: bool, monkeypatch_module: pytest.MonkeyPatch
) -> None:
    """Same partnership, or the same located problems: the models word every error either way."""
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True, sort_keys=False)

    def outcome() -> Any:
        try:
            return partnership_of(parse_yaml(text, "partner.yaml"))
        except InputError as error:
            return error.problems

    monkeypatch_module.delenv("TANGO_CHECK_NO_MIRROR", raising=False)
    with_mirror = outcome()
    monkeypatch_module.setenv("TANGO_CHECK_NO_MIRROR", "1")
    without = outcome()
    monkeypatch_module.delenv("TANGO_CHECK_NO_MIRROR")
    if isinstance(without, BaseModel):
        assert_same(with_mirror, without)
    else:
        assert with_mirror == without


@pytest.fixture(scope="module")
def monkeypatch_module() -> Any:
    with pytest.MonkeyPatch.context() as patch:
        yield patch


# --- the built-in catalogue ---------------------------------------------------------------


@pytest.mark.parametrize("extension", [False, True])
def test_the_mirrored_catalogue_is_the_one_the_models_read(monkeypatch: pytest.MonkeyPatch, extension: bool) -> None:
    mirrored = load_rules(extension=extension)
    monkeypatch.setenv("TANGO_CHECK_NO_MIRROR", "1")
    read = load_rules(extension=extension)
    assert all(isinstance(rule, Plain) for rule in mirrored) and not any(isinstance(rule, Plain) for rule in read)
    assert len(mirrored) == len(read)
    for mine, theirs in zip(mirrored, read):
        assert_same(mine, theirs, mine.id)
        assert (mine.origin, mine.pack, mine.file) == (theirs.origin, theirs.pack, theirs.file)
        assert_same_dumps(mine, theirs)
    assert catalogue_of(mirrored) == catalogue_of(read)
    chosen = [rule for rule in mirrored if rule.theme != "vision"]  # a selection: its digest is computed, not looked up
    assert catalogue_of(chosen) == catalogue_of([rule for rule in read if rule.theme != "vision"])


def test_an_edited_rule_file_is_read_by_the_models(tmp_path: Path) -> None:
    from tango_check.rules import _mirrored

    folder = tmp_path / "rules"
    shutil.copytree(builtin_rules_dir(), folder, ignore=shutil.ignore_patterns("extension"))
    assert _mirrored(folder, CORE_PACK) is not None  # the same files: the mirror's copy
    vision = folder / "vision.yaml"
    vision.write_text(vision.read_text(encoding="utf-8").replace("weight: 5", "weight: 4", 1), encoding="utf-8")
    assert _mirrored(folder, CORE_PACK) is None
    (folder / "vision.yaml").unlink()
    assert _mirrored(folder, CORE_PACK) is None


# --- every output is the same with and without the mirror ------------------------------------

FORMATS = ("text", "json", "markdown", "html", "csv", "sarif", "junit", "github")
runner = CliRunner()


def outputs(monkeypatch: pytest.MonkeyPatch, *args: str) -> list[tuple[int, str, str]]:
    """`tango-check ARGS` in every format and both languages, through the mirror and then without it."""
    seen = []
    for models_only in (False, True):
        if models_only:
            monkeypatch.setenv("TANGO_CHECK_NO_MIRROR", "1")
        for lang in ("en", "nl"):
            for format_ in FORMATS:
                result = runner.invoke(app, [*args, "--format", format_, "--lang", lang, "--isolated"], env={"COLUMNS": "100"})
                seen.append((result.exit_code, result.stdout, result.stderr))
    monkeypatch.delenv("TANGO_CHECK_NO_MIRROR", raising=False)
    half = len(seen) // 2
    return [pair for pair in zip(seen[:half], seen[half:])]


def generated_batch(folder: Path, count: int) -> Path:
    """`count` partnership files with answers drawn at random (seeded) from each field's own choices."""
    chance = random.Random(18)
    folder.mkdir()
    for number in range(count):
        answers = {}
        for path, spec in LEAVES.items():
            if path.startswith(("views.", "respondent.", "perspective")) or chance.random() < 0.2:
                continue
            if spec.kind == "choice":
                answers[path] = chance.choice(spec.allowed)
            elif spec.kind == "choices":
                answers[path] = chance.sample(spec.allowed, chance.randint(0, min(3, len(spec.allowed))))
            elif spec.kind == "text":
                answers[path] = chance.choice(["Zorgcoöperatie Hoogland", "De Linde", "Wijk 'Oost' & Noord", "a" * 200])
            elif spec.kind == "date":
                answers[path] = datetime.date(2026, chance.randint(1, 12), chance.randint(1, 28))
        text = yaml.safe_dump(nested(answers), allow_unicode=True, sort_keys=False)
        (folder / f"partner-{number:03}.yaml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "where",
    ["examples", "examples/real-cases", "tests/hostile", "generated"],
)
def test_every_output_is_the_same_with_and_without_the_mirror(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, where: str) -> None:
    folder = generated_batch(tmp_path / "batch", 120) if where == "generated" else ROOT / where
    monkeypatch.chdir(ROOT)
    for through_mirror, through_models in outputs(monkeypatch, "assess", str(folder)):
        assert through_mirror == through_models


def test_two_views_and_respondents_are_the_same_with_and_without_the_mirror(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    together = sorted(str(path) for path in (ROOT / "examples" / "respondents").glob("*.yaml"))
    for args in (["assess", "--together", *together], ["assess", "examples/two-views-bridged.yaml", "examples/two-views-vision-one-sided.yaml", "--extension"], ["assess", "examples/progress", "--extension"]):
        for through_mirror, through_models in outputs(monkeypatch, *args):
            assert through_mirror == through_models


# --- the fast path stays fast: no model is built for a valid file ---------------------------

PROBE = """
import atexit, sys
atexit.register(lambda: sys.__stderr__.write("MODULES " + " ".join(sorted(sys.modules)) + "\\n"))
from tango_check.cli import main
sys.argv[0] = "tango-check"
main()
"""


@pytest.mark.parametrize("format_", ["json", "text"])
def test_assessing_a_valid_file_builds_no_model(format_: str) -> None:
    """The mirror reads the file and the rules; a module that imported pydantic on this path would undo it."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", PROBE, "assess", "examples/broker-ready.yaml", "--format", format_, "--isolated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "", "NO_COLOR": "1", "LANG": "C.UTF-8"},
    )
    assert done.returncode == 0, done.stderr
    modules = set(done.stderr.split("MODULES ", 1)[1].split())
    assert "tango_check._mirror" in modules
    assert not modules & {"pydantic.main", "tango_check.model", "tango_check.rule_file", "tango_check.conditions"}


def test_the_catalogue_reads_the_same_with_and_without_the_mirror(monkeypatch: pytest.MonkeyPatch) -> None:
    """`rules`, `rules test` and `explain` on every rule, in both languages, through the mirror and the models."""
    ids = [rule.id for rule in load_rules(extension=True)]
    commands = [
        *(["rules", "--format", format_, "--extension", "--isolated"] for format_ in ("text", "json", "markdown")),
        *(["explain", rule_id, "--format", format_, "--isolated"] for rule_id in [*ids, "verdict"] for format_ in ("text", "json")),
        ["rules", "test"],
    ]
    seen: dict[bool, list[tuple[int, str, str]]] = {}
    for models_only in (False, True):
        if models_only:
            monkeypatch.setenv("TANGO_CHECK_NO_MIRROR", "1")
        seen[models_only] = [
            (result.exit_code, result.stdout, result.stderr)
            for args in commands
            for lang in ("en", "nl")
            for result in [runner.invoke(app, [*args, "--lang", lang], env={"COLUMNS": "100"})]
        ]
    assert [code for code, _, _ in seen[False]] == [0] * len(seen[False])
    assert seen[False] == seen[True]
