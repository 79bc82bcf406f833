from __future__ import annotations

import re

import pytest

from postlint.engine.config import Config, load_config, parse_config
from postlint.engine.kinds import ExistenceRule
from postlint.engine.plugins import all_rules
from postlint.engine.selection import select_rules
from postlint.errors import ConfigError

RULES = [
    ExistenceRule(code="INC900", name="test-rockstar", summary="s", patterns=[r"\brockstar\b"]),
    ExistenceRule(code="INC901", name="test-ninja", summary="s", patterns=[r"\bninja\b"], enabled=False),
    ExistenceRule(code="READ900", name="test-very", summary="s", patterns=[r"\bvery\b"]),
]


def codes(config: Config, path: str | None = None) -> list[str]:
    return [r.code for r in select_rules(config, RULES, path=path)]


def test_default_selection_skips_rules_off_by_default():
    assert codes(Config()) == ["INC900", "READ900"]


def test_select_by_prefix_code_and_name_and_extend_select():
    # A prefix turns on its family's default rules; an off-by-default rule needs its code, name or ALL.
    assert codes(Config(select=["INC"])) == ["INC900"]
    assert codes(Config(select=["INC", "test-ninja"])) == ["INC900", "INC901"]
    assert codes(Config(select=["ALL"])) == ["INC900", "INC901", "READ900"]
    assert codes(Config(select=["test-very"])) == ["READ900"]
    assert codes(Config(extend_select=["INC901"])) == ["INC900", "INC901", "READ900"]
    assert codes(Config(ignore=["INC9"])) == ["READ900"]


def test_per_file_ignores(tmp_path):
    config = parse_config({"per-file-ignores": {"legacy/*.md": ["INC"]}}, root=tmp_path)
    assert codes(config, str(tmp_path / "legacy" / "old.md")) == ["READ900"]
    assert codes(config, str(tmp_path / "new.md")) == ["INC900", "READ900"]


def test_unknown_key_names_file_and_key(tmp_path):
    (tmp_path / ".postlint.toml").write_text('selec = ["INC"]\n')
    with pytest.raises(ConfigError, match=r"\.postlint\.toml: unknown key 'selec'"):
        load_config(tmp_path)


def test_unknown_selector_is_an_error():
    with pytest.raises(ConfigError, match=r"select: unknown rule selector 'XYZ123'"):
        select_rules(Config(select=["XYZ123"]), RULES)


def test_invalid_option_value_names_rule_and_key():
    config = parse_config({"rules": {"INC900": {"severity": "fatal"}}}, origin="cfg.toml")
    with pytest.raises(ConfigError, match=r"cfg\.toml: \[rules\.INC900\]: invalid value for 'severity'"):
        select_rules(config, RULES)
    config = parse_config({"rules": {"INC900": {"colour": "red"}}}, origin="cfg.toml")
    with pytest.raises(ConfigError, match=r"unknown option 'colour' for INC900"):
        select_rules(config, RULES)
    config = parse_config({"rules": {"NOPE001": {"severity": "info"}}}, origin="cfg.toml")
    with pytest.raises(ConfigError, match=r"\[rules\.NOPE001\]: no rule has that code or name"):
        select_rules(config, RULES)


def test_severity_override_by_name():
    config = parse_config({"rules": {"test-rockstar": {"severity": "error"}}})
    assert select_rules(config, RULES)[0].severity == "error"


def test_pyproject_found_walking_up(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.postlint]\nfail-level = "error"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    config = load_config(deep)
    assert config.fail_level == "error"
    assert config.origin.endswith("pyproject.toml [tool.postlint]")


def test_pyproject_without_table_is_skipped_for_dotfile_above(tmp_path):
    (tmp_path / ".postlint.toml").write_text('ignore = ["STR001"]\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    assert load_config(tmp_path / "sub").ignore == ["STR001"]


def test_invalid_toml_names_file(tmp_path):
    (tmp_path / ".postlint.toml").write_text("select = [\n")
    with pytest.raises(ConfigError, match=r"\.postlint\.toml: invalid TOML"):
        load_config(tmp_path)


def test_missing_config_path(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")


def test_builtin_rules_are_selectable():
    assert "STR001" in [r.code for r in select_rules(Config(select=["STR"]), all_rules())]


def test_family_names_are_selectors():
    rules = [*RULES, ExistenceRule(code="STR900", name="test-title", summary="s", patterns=["x"])]
    assert [r.code for r in select_rules(Config(select=["inclusivity"]), rules)] == ["INC900"]
    assert [r.code for r in select_rules(Config(select=["inclusivity", "INC901"]), rules)] == ["INC900", "INC901"]
    assert [r.code for r in select_rules(Config(ignore=["readability", "structure"]), rules)] == ["INC900"]


def test_broken_pyproject_stops_the_run(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.postlint\nx = 1\n")
    with pytest.raises(ConfigError, match=r"pyproject\.toml: invalid TOML"):
        load_config(tmp_path)


def test_command_line_selectors_are_blamed_on_the_command_line(tmp_path):
    config = load_config(tmp_path, select=["FOO"])  # no config file above tmp_path
    with pytest.raises(ConfigError, match=r"^command line: select: unknown rule selector 'FOO'"):
        select_rules(config, RULES)


# -- values a lax parser would have accepted --------------------------------------


def test_unknown_profile_is_an_error_and_known_ones_pass():
    with pytest.raises(ConfigError, match=r"^cfg\.toml: invalid value for 'profiles': unknown profile 'nope' \(known: inclusive, us-federal-contractor\)$"):
        parse_config({"profiles": ["nope"]}, origin="cfg.toml")
    assert parse_config({"profiles": ["US-Federal-Contractor", "inclusive"]}).profiles == ["US-Federal-Contractor", "inclusive"]


def test_a_profile_named_in_a_rules_strict_profiles_is_known():
    config = parse_config({"profiles": ["agency"], "rules": {"INC008": {"strict-profiles": ["agency"]}}})
    assert config.profiles == ["agency"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "Input should be a valid integer (got true)"),
        ("5", 'Input should be a valid integer (got "5")'),
        (2.0, "Input should be a valid integer (got 2.0)"),
        (0, "Input should be greater than or equal to 1 (got 0)"),
    ],
)
def test_rule_option_values_are_not_coerced(value, message):
    config = parse_config({"rules": {"STR008": {"max-items": value}}}, origin="cfg.toml")
    with pytest.raises(ConfigError) as exc:
        select_rules(config, all_rules())
    assert str(exc.value) == f"cfg.toml: [rules.STR008]: invalid value for 'max-items': {message}"


def test_rule_option_types_are_strict_but_toml_types_still_fit():
    config = parse_config({"rules": {"INC900": {"enabled": 1}}}, origin="cfg.toml")
    with pytest.raises(ConfigError, match=r"^cfg\.toml: \[rules\.INC900\]: invalid value for 'enabled': Input should be a valid boolean \(got 1\)$"):
        select_rules(config, RULES)
    rules = {"STR008": {"max-items": 12}, "READ001": {"min": 55}, "INC008": {"strict-profiles": ["x"], "severity": "error"}}
    chosen = {r.code: r for r in select_rules(parse_config({"rules": rules}), all_rules())}
    assert (chosen["STR008"].max_items, chosen["READ001"].min, chosen["INC008"].severity) == (12, 55.0, "error")


# -- who is blamed for an error -----------------------------------------------------


def test_errors_in_file_keys_name_only_the_file(tmp_path):
    dotfile = re.escape(str(tmp_path / ".postlint.toml"))
    (tmp_path / ".postlint.toml").write_text('ignore = ["NOPE1"]\n')
    config = load_config(tmp_path, select=["INC"])
    with pytest.raises(ConfigError, match=rf"^{dotfile}: ignore: unknown rule selector 'NOPE1'"):
        select_rules(config, RULES)
    config = load_config(tmp_path / ".postlint.toml", select=["NOPE2"])
    with pytest.raises(ConfigError, match=r"^command line: select: unknown rule selector 'NOPE2'"):
        select_rules(config, RULES)
    (tmp_path / ".postlint.toml").write_text('fail-level = "error"\n')
    with pytest.raises(ConfigError, match=r"^command line: invalid value for --format: "):
        load_config(tmp_path, output_format="nope")
    (tmp_path / ".postlint.toml").write_text("nonsense = 1\n")
    with pytest.raises(ConfigError, match=rf"^{dotfile}: unknown key 'nonsense'$"):
        load_config(tmp_path, select=["INC"])


# -- --config FILE with a [tool.postlint] table ------------------------------------


def test_explicit_config_file_may_hold_a_tool_postlint_table(tmp_path):
    other = tmp_path / "ci.toml"
    other.write_text('[project]\nname = "x"\n\n[tool.postlint]\nfail-level = "error"\n\n[tool.postlint.rules.STR008]\nmax-items = 4\n')
    config = load_config(other)
    assert (config.fail_level, config.rules, config.origin) == ("error", {"STR008": {"max-items": 4}}, f"{other} [tool.postlint]")


def test_settings_both_at_top_level_and_in_tool_postlint_are_an_error(tmp_path):
    other = tmp_path / "ci.toml"
    other.write_text('select = ["STR"]\n\n[tool.postlint]\nfail-level = "error"\n')
    with pytest.raises(ConfigError, match=rf"^{re.escape(str(other))}: settings both in \[tool\.postlint\] and at the top level \('select'\): keep one$"):
        load_config(other)


def test_a_tool_table_without_postlint_says_what_a_config_holds(tmp_path):
    other = tmp_path / "ci.toml"
    other.write_text("[tool.ruff]\nline-length = 100\n")
    with pytest.raises(ConfigError) as exc:
        load_config(other)
    assert str(exc.value) == (
        f"{other}: unknown key 'tool' (a config file holds postlint's settings at the top level, or in a [tool.postlint] table)"
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"nlp-model": ""}, "cfg.toml: invalid value for 'nlp-model': String should have at least 1 character"),
        ({"date-posted": "yesterday"}, "cfg.toml: invalid value for 'date-posted': String should match pattern"),
        ({"valid-through": "31/12/2026"}, "cfg.toml: invalid value for 'valid-through': String should match pattern"),
    ],
)
def test_empty_model_and_non_iso_dates_are_config_errors(data, message):
    with pytest.raises(ConfigError) as caught:
        parse_config(data, origin="cfg.toml")
    assert str(caught.value).startswith(message)
    parse_config({"date-posted": "2026-01-24", "valid-through": "2026-12-31T23:59:00+00:00"}, origin="cfg.toml")


def test_a_config_built_in_python_is_validated_like_a_file():
    """Config is a plain dataclass (a cached run must not import pydantic), but anything but
    the defaults still passes pydantic's checks: a bad value raises, a good one is kept."""
    import pydantic

    with pytest.raises(pydantic.ValidationError, match="fail_level"):
        Config(fail_level="fatal")
    with pytest.raises(pydantic.ValidationError, match="unknown jurisdiction 'XX'"):
        Config(jurisdictions=["XX"])
    with pytest.raises(pydantic.ValidationError, match="force_exclude"):
        Config(force_exclude="yes")
    config = Config(select=["INC"], fail_level="error", schema_="cto")
    assert (config.select, config.fail_level, config.schema_) == (["INC"], "error", "cto")
    assert config == parse_config({"select": ["INC"], "fail-level": "error"}, root=".", origin="<defaults>")
    with pytest.raises(AttributeError):
        config.select = ["STR"]  # frozen, as the model was


def test_default_settings_need_no_pydantic():
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from postlint.engine.config import Config, load_config, parse_config\n"
        "c = parse_config({}, origin='x', root='/r')\n"
        "d = Config()\n"
        "print(c.origin, c.root, c.fail_level, d.model_dump() == Config().model_dump(), 'pydantic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True).stdout
    assert out == "x /r warning True False\n"


def test_config_dump_keeps_the_models_shape():
    dumped = Config(extend_select=["INC"]).model_dump()
    assert "root" not in dumped and "origin" not in dumped and "cli_keys" not in dumped
    assert dumped["extend_select"] == ["INC"] and dumped["schema_"] == "cto"
    assert Config().model_dump(by_alias=True)["schema"] == "cto"
    assert Config(ignore=["STR"]).model_dump_json() != Config().model_dump_json()


def test_a_toml_date_among_rule_options_still_dumps():
    """TOML dates and times reach rule options as Python objects; the config's JSON (a cache
    key, a worker's config key) writes them in ISO 8601, as the pydantic model did."""
    import datetime
    import json

    from postlint.engine.cache import settings_fingerprint

    dated = parse_config({"rules": {"STR001": {"severity": "info", "since": datetime.date(2026, 1, 2)}}})
    timed = parse_config({"rules": {"STR001": {"severity": "info", "since": datetime.datetime(2026, 1, 2, 3, 4)}}})
    assert json.loads(dated.model_dump_json())["rules"]["STR001"]["since"] == "2026-01-02"
    assert json.loads(timed.model_dump_json())["rules"]["STR001"]["since"] == "2026-01-02T03:04:00"
    assert settings_fingerprint(dated) != settings_fingerprint(timed)
