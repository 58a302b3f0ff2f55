"""``python -m bench instructions``: the count comes from callgrind; what is missing is said."""

import subprocess

import pytest

from bench import instructions
from bench.__main__ import main


def test_without_valgrind_the_command_says_what_to_install(monkeypatch):
    monkeypatch.setattr(instructions.shutil, "which", lambda tool: None)
    with pytest.raises(SystemExit, match="valgrind and callgrind_control not found"):
        main(["instructions", "/"])


def test_the_count_is_divided_over_the_requests(monkeypatch):
    def fake_run(command, **kwargs):
        assert command[:3] == ["valgrind", "--tool=callgrind", "--instr-atstart=no"]
        assert command[-3:] == ["--requests", "4", "/wijken/"]
        return subprocess.CompletedProcess(command, 0, "", "==1== Collected : 123,400,000\n")

    monkeypatch.setattr(instructions.subprocess, "run", fake_run)
    assert instructions.instructions_per_request("/wijken/", 4) == pytest.approx(30.85)


def test_a_failed_count_shows_valgrinds_output(monkeypatch):
    monkeypatch.setattr(
        instructions.subprocess,
        "run",
        lambda command, **kwargs: subprocess.CompletedProcess(command, 1, "", "boom: no database"),
    )
    with pytest.raises(SystemExit, match="Counting / failed:\nboom: no database"):
        instructions.instructions_per_request("/", 2)


def test_the_static_files_are_collected_once_before_any_path_is_counted(monkeypatch, capsys):
    # Production settings refuse to render a page whose CSS is not collected:
    # every counted request answered 500 before the counting processes were
    # handed a collected STATIC_ROOT.
    steps = []
    monkeypatch.setattr(instructions.shutil, "which", lambda tool: f"/usr/bin/{tool}")
    monkeypatch.setattr(instructions, "collected_static", lambda: steps.append("collect"))
    monkeypatch.setattr(
        instructions,
        "instructions_per_request",
        lambda path, requests: steps.append(path) or 12.5,
    )
    assert main(["instructions", "/", "/zoeken/?q=bankjes"]) == 0
    assert steps == ["collect", "/", "/zoeken/?q=bankjes"]
    assert "12.50 million instructions per request  /zoeken/?q=bankjes" in capsys.readouterr().out
