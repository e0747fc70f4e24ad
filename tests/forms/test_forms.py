"""Tests of the bilingual form content (forms/data/*.toml) and its validating loader."""

from __future__ import annotations

import dataclasses
import pickle
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import forms
from forms import (
    FILE_NAMES,
    FormError,
    Forms,
    Text,
    load_forms,
)

DATA = Path(forms.__file__).parent / "data"


@pytest.fixture(scope="module")
def real() -> Forms:
    return load_forms()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A writable copy of the real data directory."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def edit(directory: Path, name: str, old: str, new: str) -> Path:
    """Replace the single occurrence of ``old`` in ``directory/name`` with ``new``."""
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur exactly once in {name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def append(directory: Path, name: str, extra: str) -> Path:
    path = directory / name
    path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


def load_error(directory: Path) -> FormError:
    with pytest.raises(FormError) as caught:
        load_forms(directory)
    return caught.value


def texts(value: object) -> Iterator[Text]:
    """Every Text reachable from ``value`` (dataclasses and tuples)."""
    if isinstance(value, Text):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from texts(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from texts(item)


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


# --- The real data -----------------------------------------------------------------------


def test_every_data_file_is_present() -> None:
    assert sorted(path.name for path in DATA.glob("*.toml")) == sorted(FILE_NAMES)


def test_default_load_is_cached(real: Forms) -> None:
    assert load_forms() is real
    assert load_forms(DATA) == real


def test_five_questions_in_order(real: Forms) -> None:
    assert [q.number for q in real.questions] == [1, 2, 3, 4, 5]
    assert real.questions[0].text.en == "What is the school's evaluation of this aspect?"
    assert real.questions[1].text.en == "How do they know?"
    assert real.questions[4].text.en == "What support do they require?"
    assert real.question(3) is real.questions[2]
    for question in real.questions:
        assert 2 <= len(question.prompts) <= 4
        for text in (question.short, question.text, *question.prompts):
            assert text.cy != text.en
    with pytest.raises(KeyError):
        real.question(6)


def test_five_reform_areas(real: Forms) -> None:
    assert [area.key for area in real.reform_areas] == [
        "curriculum",
        "assessment_evaluation",
        "equity_excellence_wellbeing",
        "teaching",
        "leadership",
    ]
    assert real.reform_area("curriculum").name == Text("Curriculum", "Cwricwlwm")
    assert real.reform_area("leadership").name.get("cy") == "Arweinyddiaeth"
    with pytest.raises(KeyError):
        real.reform_area("welsh")


def test_four_rates_best_first(real: Forms) -> None:
    assert [rate.key for rate in real.rates] == ["very_good", "strong", "satisfactory", "limited"]
    assert [rate.rank for rate in real.rates] == [1, 2, 3, 4]
    assert [rate.name.cy for rate in real.rates] == [
        "Cynnydd da iawn",
        "Cynnydd cryf",
        "Cynnydd boddhaol",
        "Cynnydd cyfyngedig",
    ]
    assert len({rate.colour for rate in real.rates}) == 4
    for rate in real.rates:
        assert re.fullmatch(r"#[0-9a-f]{6}", rate.colour)
        assert re.fullmatch(r"#[0-9a-f]{6}", rate.text_colour)
        assert contrast(rate.colour, rate.text_colour) >= 4.5, rate.key
        assert rate.name.cy != rate.name.en
        assert rate.descriptor.cy != rate.descriptor.en
        assert rate.descriptor.en.startswith("The school")
    assert real.rate("limited").rank == 4


def test_tracks(real: Forms) -> None:
    assert [track.key for track in real.tracks] == ["on_track", "off_track"]
    assert real.track("on_track").name.cy == "Ar y trywydd iawn"
    assert real.track("off_track").name.cy == "Ddim ar y trywydd iawn"


def test_every_text_is_bilingual_and_non_empty(real: Forms) -> None:
    all_texts = list(texts(real))
    assert len(all_texts) > 100
    for text in all_texts:
        assert text.en and text.cy
        assert text.en == text.en.strip() and text.cy == text.cy.strip()


def test_welsh_uses_its_own_letters(real: Forms) -> None:
    welsh = " ".join(text.cy for text in texts(real))
    assert "â" in welsh and "ô" in welsh and "ï" in welsh


@pytest.mark.parametrize(
    ("sector", "days"),
    [
        ("Primary", 7),
        ("Nursery", 7),
        ("Special", 10),
        ("PRU", 10),
        ("Secondary", 10),
        ("Middle", 16),
        ("  secondary ", 10),
        ("pru", 10),
    ],
)
def test_minimum_days(real: Forms, sector: str, days: int) -> None:
    assert real.minimum_days(sector) == days


def test_minimum_days_unknown_sector(real: Forms) -> None:
    assert real.minimum_days("Independent") is None
    assert real.support_minimum("Independent") is None
    assert real.support_minimum("Middle") is not None


def test_text_get() -> None:
    text = Text(en="Strong progress", cy="Cynnydd cryf")
    assert text.get("en") == "Strong progress"
    assert text.get("cy") == "Cynnydd cryf"
    for lang in ("fr", "CY", ""):
        with pytest.raises(ValueError):
            text.get(lang)


def test_purposes_for_term(real: Forms) -> None:
    autumn = real.purposes_for_term("autumn")
    summer = real.purposes_for_term("summer")
    assert real.visit_purpose("agree_priorities") in autumn
    assert real.visit_purpose("agree_priorities") not in summer
    assert real.visit_purpose("governing_body_report") in summer
    assert real.visit_purpose("other") in autumn and real.visit_purpose("other") in summer
    assert real.visit_purposes[-1].key == "other"
    for purpose in real.visit_purposes:
        assert purpose.terms == ("any",) or set(purpose.terms) <= {"autumn", "spring", "summer"}
    with pytest.raises(ValueError):
        real.purposes_for_term("any")
    with pytest.raises(ValueError):
        real.purposes_for_term("winter")


def test_evidence_kinds(real: Forms) -> None:
    keys = [kind.key for kind in real.evidence_kinds]
    for key in ("observation", "learning_walk", "work_scrutiny", "learner_voice", "data"):
        assert key in keys
    assert real.evidence_kind("learning_walk").name.cy == "Taith ddysgu"


def test_key_tasks(real: Forms) -> None:
    assert [term.key for term in real.terms] == [
        "autumn",
        "spring",
        "summer",
        "enhanced_support",
        "other",
    ]
    all_keys = [task.key for term in real.terms for task in term.tasks]
    assert len(all_keys) == len(set(all_keys))
    for term in real.terms:
        assert term.tasks
        assert all(task.term == term.key for task in term.tasks)
    assert real.key_task("pdg_evaluation").term == "autumn"
    assert real.key_task("half_termly_review").term == "enhanced_support"
    assert real.term("summer").name.cy == "Tymor yr haf"
    with pytest.raises(KeyError):
        real.key_task("nope")


@pytest.mark.parametrize(
    ("key", "acronym"),
    [
        ("plg_pdg_impact", "PLG"),
        ("pdg_lac_cluster", "PDG LAC"),
        ("rrrs", "RRRS"),
        ("eotas_attendance", "EOTAS"),
    ],
)
def test_key_task_acronyms_are_kept_in_both_languages(real: Forms, key: str, acronym: str) -> None:
    """Issue 15: the Welsh dropped the acronyms schools and LAs know the grants by."""
    text = real.key_task(key).text
    assert f"({acronym})" in text.en and f"({acronym})" in text.cy


def test_support_levels_and_categorisation(real: Forms) -> None:
    assert [level.key for level in real.support_levels] == ["core", "enhanced"]
    assert real.support_level("core").name.cy == "Cymorth craidd"
    assert [c.key for c in real.category_colours] == ["green", "yellow", "amber", "red"]
    assert [c.name.cy for c in real.category_colours] == ["Gwyrdd", "Melyn", "Oren", "Coch"]
    assert len({c.colour for c in real.category_colours}) == 4
    for colour in real.category_colours:
        assert contrast(colour.colour, colour.text_colour) >= 4.5, colour.key
    assert real.category_colour("amber").name.en == "Amber"


def test_forms_is_immutable_and_hashable(real: Forms) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        real.rates[0].colour = "#000000"  # type: ignore[misc]
    assert hash(real) == hash(load_forms(DATA))


# --- FormError ---------------------------------------------------------------------------


def test_form_error_message_and_attributes() -> None:
    error = FormError(
        DATA / "questions.toml", "questions[3].prompts[1]", 'missing Welsh text ("cy")'
    )
    assert (
        str(error)
        == 'forms/data/questions.toml: questions[3].prompts[1]: missing Welsh text ("cy")'
    )
    assert error.file == DATA / "questions.toml"
    assert error.place == "questions[3].prompts[1]"
    assert error.problem == 'missing Welsh text ("cy")'
    copy = pickle.loads(pickle.dumps(error))
    assert str(copy) == str(error) and copy.place == error.place


# --- Broken files fail at load, naming file, place and problem -----------------------------


def test_missing_welsh_text(data_dir: Path) -> None:
    path = edit(
        data_dir,
        "questions.toml",
        ', cy = "Sut a phryd y bydd arweinwyr a llywodraethwyr yn monitro cynnydd?"',
        "",
    )
    error = load_error(data_dir)
    assert error.file == path
    assert error.place == "questions[3].prompts[1]"
    assert error.problem == 'missing Welsh text ("cy")'
    assert str(error) == f'{path}: questions[3].prompts[1]: missing Welsh text ("cy")'


def test_bad_toml_syntax_names_the_line(data_dir: Path) -> None:
    path = edit(data_dir, "questions.toml", "number = 3\n", "number = \n")
    line = path.read_text(encoding="utf-8").splitlines().index("number = ") + 1
    error = load_error(data_dir)
    assert error.file == path
    assert error.line == line
    assert error.place.startswith(f"line {line}, column ")
    assert f"line {line}" in str(error)
    assert "questions.toml" in str(error)
    assert "TOML syntax error" in error.problem


def test_sixth_question(data_dir: Path) -> None:
    path = append(
        data_dir,
        "questions.toml",
        '\n[[questions]]\nnumber = 6\nshort = { en = "More", cy = "Mwy" }\n'
        'text = { en = "Anything else?", cy = "Unrhyw beth arall?" }\n'
        'prompts = [{ en = "Anything?", cy = "Unrhyw beth?" }]\n',
    )
    error = load_error(data_dir)
    assert error.file == path
    assert error.place == "questions[5]"
    assert "expected exactly 5" in error.problem
    assert str(error).startswith(f"{path}: questions[5]: ")


def test_bad_colour(data_dir: Path) -> None:
    path = edit(data_dir, "judgement_scale.toml", 'colour = "#c62828"', 'colour = "red"')
    error = load_error(data_dir)
    assert error.file == path
    assert error.place == "rates[3].colour"
    assert '"red"' in error.problem and "#rrggbb" in error.problem


def test_unknown_key(data_dir: Path) -> None:
    path = edit(
        data_dir,
        "judgement_scale.toml",
        'key = "strong"\n',
        'key = "strong"\ncolur = "#ffffff"\n',
    )
    error = load_error(data_dir)
    assert error.file == path
    assert error.place == "rates[1]"
    assert 'unknown key "colur"' in error.problem


@pytest.mark.parametrize(
    ("name", "old", "new", "place", "problem"),
    [
        pytest.param(
            "reform_areas.toml",
            'name = { en = "Teaching", cy = "Addysgu" }',
            'name = { cy = "Addysgu" }',
            "reform_areas[3].name",
            'missing English text ("en")',
            id="missing-en",
        ),
        pytest.param(
            "evidence_kinds.toml",
            'cy = "Taith ddysgu"',
            'cy = "  "',
            "evidence_kinds[1].name",
            'empty Welsh text ("cy")',
            id="empty-text",
        ),
        pytest.param(
            "evidence_kinds.toml",
            'name = { en = "Learning walk", cy = "Taith ddysgu" }',
            'name = "Learning walk"',
            "evidence_kinds[1].name",
            "found a string",
            id="text-not-a-table",
        ),
        pytest.param(
            "evidence_kinds.toml",
            'cy = "Taith ddysgu"',
            'cy = "Taith ddysgu", fr = "Promenade"',
            "evidence_kinds[1].name",
            'unknown key "fr"',
            id="third-language",
        ),
        pytest.param(
            "support_minimums.toml",
            "days = 16",
            'days = "16"',
            "support_minimums[2].days",
            "expected a whole number, found a string",
            id="days-wrong-type",
        ),
        pytest.param(
            "support_minimums.toml",
            "days = 16",
            "days = true",
            "support_minimums[2].days",
            "expected a whole number",
            id="days-boolean",
        ),
        pytest.param(
            "support_minimums.toml",
            "days = 16",
            "days = 0",
            "support_minimums[2].days",
            "positive",
            id="days-zero",
        ),
        pytest.param(
            "support_minimums.toml",
            "days = 16",
            "days = -3",
            "support_minimums[2].days",
            "positive",
            id="days-negative",
        ),
        pytest.param(
            "support_minimums.toml",
            'sector = "Special"',
            'sector = "primary "',
            "support_minimums[4].sector",
            'duplicate sector "primary"',
            id="duplicate-sector",
        ),
        pytest.param(
            "reform_areas.toml",
            'key = "teaching"',
            'key = "curriculum"',
            "reform_areas[3].key",
            'duplicate key "curriculum"',
            id="duplicate-key",
        ),
        pytest.param(
            "reform_areas.toml",
            'key = "teaching"',
            'key = "Teaching"',
            "reform_areas[3].key",
            'bad key "Teaching"',
            id="bad-key",
        ),
        pytest.param(
            "questions.toml",
            "number = 4",
            "number = 5",
            "questions[3].number",
            "expected question number 4",
            id="question-misnumbered",
        ),
        pytest.param(
            "visit_purposes.toml",
            'terms = ["autumn", "spring"]\n\n[[visit_purposes]]\nkey = "progress_towards',
            'terms = ["autumn", "winter"]\n\n[[visit_purposes]]\nkey = "progress_towards',
            "visit_purposes[2].terms[1]",
            "unknown term 'winter'",
            id="bad-term",
        ),
        pytest.param(
            "visit_purposes.toml",
            'key = "broker_support"\nname = { en = "Broker support for the priorities", '
            'cy = "Brocera cymorth ar gyfer y blaenoriaethau" }\nterms = ["any"]',
            'key = "broker_support"\nname = { en = "Broker support for the priorities", '
            'cy = "Brocera cymorth ar gyfer y blaenoriaethau" }\nterms = ["any", "summer"]',
            "visit_purposes[1].terms",
            "cannot be combined",
            id="any-combined",
        ),
        pytest.param(
            "visit_purposes.toml",
            'terms = ["summer"]\n\n[[visit_purposes]]\nkey = "review_year',
            'terms = []\n\n[[visit_purposes]]\nkey = "review_year',
            "visit_purposes[14].terms",
            "at least 1",
            id="no-terms",
        ),
        pytest.param(
            "judgement_scale.toml",
            'key = "satisfactory"',
            'key = "good"',
            "rates[2].key",
            'unknown key "good"',
            id="unknown-rate",
        ),
        pytest.param(
            "judgement_scale.toml",
            'colour = "#ffb300"',
            'colour = "#9CCC65"',
            "rates[2].colour",
            "already used by rates[1]",
            id="duplicate-colour",
        ),
        pytest.param(
            "judgement_scale.toml",
            '[[tracks]]\nkey = "off_track"\n'
            'name = { en = "Off track", cy = "Ddim ar y trywydd iawn" }\n',
            "",
            "tracks",
            "missing entries: off_track",
            id="missing-track",
        ),
        pytest.param(
            "key_tasks.toml",
            'key = "pdg_spend_summer"',
            'key = "pdg_evaluation"',
            "terms[2].tasks[1].key",
            'duplicate key "pdg_evaluation"',
            id="duplicate-task-key",
        ),
        pytest.param(
            "support_levels.toml",
            'key = "enhanced"',
            'key = "intensive"',
            "support_levels[1].key",
            'unknown key "intensive"',
            id="unknown-support-level",
        ),
        pytest.param(
            "categorisation.toml",
            'key = "green"\n',
            'key = "green"\nshade = "dark"\n',
            "colours[0]",
            'unknown key "shade"',
            id="categorisation-unknown-key",
        ),
        pytest.param(
            "categorisation.toml",
            'colour = "#2e7d32"',
            'colour = "#ffffff"',
            "colours[0].text_colour",
            "same as the colour",
            id="unreadable-text-colour",
        ),
        pytest.param(
            "reform_areas.toml",
            '[[reform_areas]]\nkey = "curriculum"',
            'title = "Reform"\n\n[[reform_areas]]\nkey = "curriculum"',
            "(top level)",
            'unknown key "title"',
            id="top-level-unknown-key",
        ),
    ],
)
def test_broken_file(
    data_dir: Path, name: str, old: str, new: str, place: str, problem: str
) -> None:
    path = edit(data_dir, name, old, new)
    error = load_error(data_dir)
    assert error.file == path
    assert error.place == place
    assert problem in error.problem
    assert str(error) == f"{path}: {place}: {error.problem}"


def test_duplicate_toml_key_is_a_syntax_error(data_dir: Path) -> None:
    path = edit(data_dir, "support_levels.toml", 'key = "core"\n', 'key = "core"\nkey = "x"\n')
    error = load_error(data_dir)
    assert error.file == path
    assert error.line is not None and error.place.startswith(f"line {error.line}")


def test_missing_file(data_dir: Path) -> None:
    (data_dir / "support_levels.toml").unlink()
    error = load_error(data_dir)
    assert error.file == data_dir / "support_levels.toml"
    assert error.place == "(file)"
    assert error.problem == "file not found"


def test_not_utf8(data_dir: Path) -> None:
    path = data_dir / "reform_areas.toml"
    raw = path.read_bytes()
    path.write_bytes(raw.replace(b"Addysgu", b"Addysg\xff"))
    error = load_error(data_dir)
    assert error.file == path
    expected_line = raw[: raw.index(b"Addysgu")].count(b"\n") + 1
    assert error.place == f"line {expected_line}"
    assert "UTF-8" in error.problem


def test_byte_order_mark_is_tolerated(data_dir: Path, real: Forms) -> None:
    path = data_dir / "questions.toml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_forms(data_dir) == real
