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
