"""The legalnews command as a user and cron meet it: exit codes, messages, the demo and the daily job."""

from __future__ import annotations

import email
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from pipeline import cli, database
from pipeline.samplesite import SampleSites, default_samples_root

from .conftest import DemoRun
from .harvest_support import expected_items

ROOT = Path(__file__).resolve().parent.parent


def _resolve_args(server: SampleSites) -> list[str]:
    return [f"--resolve={host}={address}" for host, address in server.resolve_map().items()]


def test_a_broken_sources_file_exits_2_naming_file_and_line_and_fetches_nothing(
    tmp_path: Path, fresh_sample_server: SampleSites, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "sources.yaml"
    text = (default_samples_root() / "sources.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("body: ", "bodyy: ", 1), encoding="utf-8")
    code = cli.main(["harvest", "-q", "-c", str(broken), "--db", str(tmp_path / "x.db"),
                     *_resolve_args(fresh_sample_server)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{broken}:" in err and "bodyy" in err and "did you mean 'body'" in err
    assert fresh_sample_server.requests == ()
    assert not (tmp_path / "x.db").exists()


def test_invalid_yaml_is_reported_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "sources.yaml"
    broken.write_text("sources:\n  - id: a\n    name: [unclosed\n", encoding="utf-8")
    assert cli.main(["check", "-c", str(broken)]) == 2
    assert f"{broken}:4" in capsys.readouterr().err


def test_a_second_run_on_a_locked_database_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "news.db"
    with database.run_lock(db_path):
        code = cli.main(["harvest", "-q", "-c", str(default_samples_root() / "sources.yaml"), "--db", str(db_path)])
    assert code == 3
    assert "in use by a running harvest" in capsys.readouterr().err


def test_demo_harvests_the_samples_and_says_how_to_browse(demo: DemoRun) -> None:
    # One sample article was removed from its site (404): stored nowhere, so the exit code says 1 (the fixture).
    assert "harvest: 53 new, 0 updated, 1 article failed" in demo.stdout
    assert "# morning: first harvest" in demo.stdout and "# afternoon: updates and new articles" in demo.stdout
    assert f"make serve DB={demo.db}" in demo.stdout
    db = sqlite_utils.Database(demo.db)
    assert db["items"].count == len(expected_items())
    assert db["stories"].count > 0 and db["events"].count > 0
    assert db["translation_pending"].count > 0, "without models, relevant items wait for translation"


def test_demo_json_is_one_document_for_both_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["demo", "--json", "--db", str(tmp_path / "demo.db")]) == 1
    morning, afternoon = json.loads(capsys.readouterr().out)
    assert (morning["exit_code"], afternoon["exit_code"]) == (1, 0)
    assert sum(s["new"] for s in morning["sources"]) == len(expected_items(phase=1))
    assert sum(s["new"] for s in afternoon["sources"]) == len(expected_items()) - len(expected_items(phase=1))


def test_harvest_json_summary_for_scripts(
    tmp_path: Path, fresh_sample_server: SampleSites, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["harvest", "--json", "-c", str(default_samples_root() / "sources.yaml"),
                     "--db", str(tmp_path / "x.db"), "--source", "trend-ru", *_resolve_args(fresh_sample_server)])
    summary = json.loads(capsys.readouterr().out)
    assert code == 0 == summary["exit_code"]
    (trend,) = summary["sources"]
    assert (trend["source_id"], trend["new"], trend["skipped"], trend["ok"]) == ("trend-ru", 5, 1, True)


def test_daily_runs_every_step_and_writes_the_digest(
    tmp_path: Path, fresh_sample_server: SampleSites, capsys: pytest.CaptureFixture[str]
) -> None:
    recipients = tmp_path / "recipients.yaml"
    shutil.copy(ROOT / "recipients.example.yaml", recipients)
    outbox = tmp_path / "outbox"
    code = cli.main(["daily", "--json", "-c", str(default_samples_root() / "sources.yaml"),
                     "--db", str(tmp_path / "news.db"), "--recipients", str(recipients), "--outbox", str(outbox),
                     "--log-dir", str(tmp_path / "logs"), *_resolve_args(fresh_sample_server)])
    report = json.loads(capsys.readouterr().out)
    assert [s["step"] for s in report["steps"]] == ["harvest", "translate", "stories", "events", "digest", "health"]
    # The sample article removed from report.test (404) is the one failure: exit 1, every other step fine.
    assert code == report["exit_code"] == 1, report
    assert [s["exit_code"] for s in report["steps"]] == [1, 0, 0, 0, 0, 0]
    messages = {path.stem: path for path in outbox.rglob("*.eml")}
    # The Azerbaijani analyst follows treaties by id: with the id the gazetteer knows, they get news too.
    assert messages.keys() >= {"desk@example.org", "analyst.az@example.org"}
    parsed = email.message_from_bytes(messages["desk@example.org"].read_bytes())
    assert parsed["To"] and parsed.is_multipart()
    log = (tmp_path / "logs" / "legalnews.log").read_text(encoding="utf-8")
    assert "source=trend-ru ok=true" in log and "step=health exit=0" in log


def _without_failures(tmp_path: Path) -> Path:
    """The sample sources without report-en, whose feed lists an article removed from the site (404)."""
    path = tmp_path / "sources.yaml"
    text = (default_samples_root() / "sources.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("  - id: report-en\n", "  - id: report-en\n    enabled: false\n"), encoding="utf-8")
    return path


def test_daily_under_cron_prints_nothing_when_all_is_well(
    tmp_path: Path, fresh_sample_server: SampleSites, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["daily", "-q", "-c", str(_without_failures(tmp_path)),
                     "--db", str(tmp_path / "news.db"), "--recipients", str(tmp_path / "none.yaml"),
                     "--log-dir", str(tmp_path / "logs"), *_resolve_args(fresh_sample_server)])
    captured = capsys.readouterr()
    assert code == 0
    assert (captured.out, captured.err) == ("", "")


# --------------------------------------------------------------------------------------------------
# Options every command shares


COMMANDS = ("harvest", "demo", "models", "translate", "stories", "events", "treaties", "serve", "digest", "daily",
            "health", "check", "settings")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("legalnews 0.")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_takes_the_output_options(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    usage = capsys.readouterr().out
    for option in ("-q, --quiet", "--json", "-v, --verbose", "--log-dir LOG_DIR"):
        assert option in usage
    assert "print only what needs the operator" in usage  # -q means the same everywhere


def test_only_daily_logs_to_a_file_unless_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    broken = tmp_path / "sources.yaml"
    broken.write_text("sources: [", encoding="utf-8")
    assert cli.main(["harvest", "-c", str(broken)]) == 2
    assert not (tmp_path / "data").exists()  # no data/logs/ in whatever folder harvest ran from
    assert cli.build_parser().parse_args(["daily"]).log_dir == cli.LOG_DIR


def test_check_takes_no_database_and_settings_read_a_sources_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["check", "--db", "x.db"])
    assert "unrecognized arguments: --db" in capsys.readouterr().err
    sources = str(ROOT / "sources.yaml")
    assert cli.main(["settings", "-c", sources, "--set", "timeout=5", "--json"]) == 0
    timeout = next(s for s in json.loads(capsys.readouterr().out) if s["name"] == "timeout")
    assert (timeout["value"], timeout["default"]) == (5.0, 20.0)
    assert cli.main(["settings", "-c", sources, "--set", "timeout=5"]) == 0
    assert "(default 20.0) Seconds before one HTTP request is given up." in capsys.readouterr().out


def test_positional_choices_say_what_they_do(capsys: pytest.CaptureFixture[str]) -> None:
    for command, words in (("models", ("install: from the Argos index", "list: installed models")),
                           ("treaties", ("unknown: treaty names", "status: read a UN Treaty Collection"))):
        with pytest.raises(SystemExit):
            cli.main([command, "--help"])
        text = " ".join(capsys.readouterr().out.split())
        assert all(w in text for w in words), text


# What a stage module pulls in when imported: the stories' MinHash (datasketch → scipy), the events' Russian
# morphology, the crawler's HTTP client, the digest's templates, the database layer.
STAGE_MODULES = ("pipeline.stories", "pipeline.events", "pipeline.harvest", "pipeline.translate", "pipeline.digest",
                 "pipeline.store", "pipeline.database", "pipeline.health", "datasketch", "scipy", "pymorphy3", "lingua",
                 "httpx", "sqlite_utils", "jinja2")


@pytest.mark.parametrize("argv", [["--help"], ["harvest", "--help"], ["check", "-c", "sources.yaml"]])
def test_commands_that_run_no_stage_import_none(argv: list[str]) -> None:
    """Start-up is import time: every command used to load every stage (over a second before ``--help``)."""
    program = (
        "import json, sys\n"
        "from pipeline import cli\n"
        "try:\n"
        f"    code = cli.main({argv!r})\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    run = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, timeout=60,
                         check=True)
    code, modules = json.loads(run.stdout.splitlines()[-1])
    assert code == 0
    assert "usage: legalnews" in run.stdout or "settings valid" in run.stdout
    loaded = {m for m in modules for stage in STAGE_MODULES if m == stage or m.startswith(f"{stage}.")}
    assert not loaded


def test_digest_stage_does_not_load_the_event_extractor() -> None:
    """The digest only merges stored events: the extractor's Russian morphology (pymorphy3) is not its cost."""
    program = "import json, sys\nimport pipeline.digest, pipeline.action_lines\nprint(json.dumps(sorted(sys.modules)))"
    run = subprocess.run(
        [sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    modules = set(json.loads(run.stdout.splitlines()[-1]))
    assert "pipeline.events.merge" in modules
    assert not {"pymorphy3", "pipeline.events.extract", "pipeline.events.actions"} & modules
