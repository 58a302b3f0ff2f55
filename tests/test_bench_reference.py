"""The benchmark can load a reference site's page beside ours (``--reference``)."""

import gzip
import http.server
import threading

import pytest

from bench import report, runner

from .helpers import WRK_OUTPUT

REFERENCE_BODY = b"<html>" + b"bakery " * 5000 + b"</html>"


def page(name, requests_per_second):
    return {
        "name": name,
        "path": "/",
        "status": 200,
        "queries": 7,
        "html_bytes": 10_000,
        "gzip_bytes": 2_500,
        "note": "",
        "requests": 1000,
        "requests_per_second": requests_per_second,
        "p50_ms": 100.0,
        "p99_ms": 200.0,
        "non_2xx": 0,
        "socket_errors": 0,
        "cpu_ms_per_request": 12.0,
        "load_average": 2.0,
    }


def result(reference=None):
    measured = {"data": {"feedback_updates": {"nl": 10}}, "pages": [page("home", 96.0)]}
    return {
        "scale": 20,
        "sizes": {
            "neighbourhoods": 40,
            "ideas": 20000,
            "feedback_updates": 60000,
            "news_and_events": 2000,
            "good_practices": 300,
        },
        "timings": {},
        "duration": "15s",
        "machine": {
            "cpus": 2,
            "cpu_model": "test",
            "memory_gb": 24,
            "python": "3.11",
            "postgresql": "15",
            "date": "2026-11-30",
        },
        "modes": {"off": measured, "on": measured},
        **({"reference": reference} if reference else {}),
    }


REFERENCE = {
    "url": "http://127.0.0.1:8765/",
    "requests_per_second": 24.0,
    "p50_ms": 650.0,
    "p99_ms": 900.0,
    "requests": 360,
    "non_2xx": 0,
    "socket_errors": 0,
    "html_bytes": 26_000,
    "gzip_bytes": 6_000,
    "cpu_ms_per_request": 72.2,
}


def test_the_report_shows_the_reference_measured_in_the_run_and_each_page_against_it():
    text = report.markdown([result(REFERENCE)], plotted=False)
    assert "### Measured in this run" in text
    assert (
        "| 20× | `http://127.0.0.1:8765/` | 24.0 | 650.0 | 900.0 | 25.4 | 5.9 | 72.2 | 0 |" in text
    )
    off = text.split("### 20×, cache off")[1].split("### 20×, cache on")[0]
    on = text.split("### 20×, cache on")[1]
    assert "| note | × reference |" in off and "| 4.0× |" in off  # 96 / 24
    assert "| note | × reference |" not in on  # the reference is a page rendered each time


def test_without_a_reference_the_report_has_no_such_column():
    text = report.markdown([result()], plotted=False)
    assert "### Measured in this run" not in text and "| note | × reference |" not in text


@pytest.fixture
def reference_server():
    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Length", str(len(REFERENCE_BODY)))
            self.end_headers()
            self.wfile.write(REFERENCE_BODY)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_the_reference_is_loaded_with_the_same_wrk_settings(reference_server, monkeypatch):
    loaded = []

    def fake_wrk(url, duration):
        loaded.append((url, duration))
        return runner.parse_wrk(WRK_OUTPUT)

    monkeypatch.setattr(runner, "run_wrk", fake_wrk)
    measured = runner.measure_reference(reference_server, None, "15s")
    assert loaded == [(reference_server, "15s")]
    assert measured["url"] == reference_server
    assert measured["html_bytes"] == len(REFERENCE_BODY)
    assert measured["gzip_bytes"] == len(gzip.compress(REFERENCE_BODY, compresslevel=6))
    assert measured["requests_per_second"] == 75.9
    assert measured["cpu_ms_per_request"] is None  # no server process to read it from


def test_the_reference_servers_cpu_per_request_comes_from_its_workers(
    reference_server, monkeypatch
):
    cpu_seconds = iter([10.0, 13.7])
    monkeypatch.setattr(runner, "run_wrk", lambda url, duration: runner.parse_wrk(WRK_OUTPUT))
    monkeypatch.setattr(runner, "worker_cpu_seconds", lambda pid: next(cpu_seconds))
    measured = runner.measure_reference(reference_server, 4321, "15s")
    assert measured["cpu_ms_per_request"] == pytest.approx(1000 * 3.7 / 1140, abs=0.05)


def test_the_run_command_passes_the_reference_and_its_server_process_on(monkeypatch):
    from bench.__main__ import main

    given = []
    monkeypatch.setattr(runner, "run_command", lambda options: given.append(options) or 0)
    assert main(["run", "--reference", "http://127.0.0.1:8765/", "--reference-pid", "4321"]) == 0
    assert (given[0].reference, given[0].reference_pid) == ("http://127.0.0.1:8765/", 4321)
    main(["run"])
    assert (given[1].reference, given[1].reference_pid) == (None, None)
