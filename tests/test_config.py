from __future__ import annotations

from pathlib import Path

import pytest

from yzi18n.config import Config, load_config
from yzi18n.errors import ConfigError


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "pyproject.toml"
    path.write_text("[project]\nname = 'x'\n\n[tool.yzi18n]\n" + body, encoding="utf-8")
    return path


def test_keys_are_read_with_dashes(tmp_path):
    config = load_config(write(tmp_path, 'source-language = "de"\nmin-completeness = 0.5\nlanguages = ["fr"]\n'))
    assert config.source_language == "de"
    assert config.min_completeness == 0.5
    assert config.languages == ("fr",)
    assert config.root == tmp_path.resolve()


def test_unknown_key_names_the_key_its_line_and_the_right_one(tmp_path):
    path = write(tmp_path, 'source-langauge = "de"\n')
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    text = str(raised.value)
    assert text.startswith(f"{path}:5: unknown key 'source-langauge'")
    assert "did you mean 'source-language'?" in text


@pytest.mark.parametrize("body, message", [
    ('min-completeness = "high"\n', "min-completeness must be a number"),
    ('min-completeness = 80\n', "min-completeness must be a share between 0 and 1"),
    ('segmentation = "word"\n', "segmentation must be 'paragraph' or 'sentence'"),
    ('languages = [1, 2]\n', "languages must be a list of strings"),
    ('include-fuzzy = "yes"\n', "include-fuzzy must be true or false"),
    ('jobs = -2\n', "jobs must be a whole number, 0 or more"),
    ('jobs = "all"\n', "jobs must be a whole number, 0 or more"),
])
def test_wrong_types_are_errors(tmp_path, body, message):
    with pytest.raises(ConfigError, match=message):
        load_config(write(tmp_path, body))


def test_invalid_toml_is_a_config_error(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text("[tool.yzi18n\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(path)


def test_no_pyproject_gives_defaults_rooted_where_asked(tmp_path):
    config = load_config(start=tmp_path)
    assert config == Config() and config.root == tmp_path.resolve()


def test_numbers_strict_reaches_the_checks(tmp_path):
    from yzi18n.api import check_options
    from yzi18n.project import Project

    config = load_config(write(tmp_path, "numbers-strict = true\n"))
    assert check_options(Project(config))["numbers_strict"] is True


def test_jobs_is_read_as_a_whole_number(tmp_path):
    assert load_config(write(tmp_path, "jobs = 3\n")).jobs == 3
    assert Config().jobs == 0  # one process per CPU for a large run
