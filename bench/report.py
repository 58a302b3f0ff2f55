"""Writes docs/performance.md and docs/performance.png from bench/results/*.json.

The findings (what the numbers mean) are written by a person after a run, in
``bench/findings.md``, and included as they are: rerunning the benchmark
replaces the figures, never the reading of them without someone looking.
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
FINDINGS = Path(__file__).resolve().parent / "findings.md"
MARKDOWN = ROOT / "docs" / "performance.md"
PLOT = ROOT / "docs" / "performance.png"

REFERENCE = """\
## Reference point: Wagtail's bakerydemo

Wagtail's own demo site (bakerydemo, Wagtail 8.0.1, Django 5.2) on one of these
2-core machines, gunicorn with 2 sync workers, DEBUG off, `wrk -t2 -c16 -d15s --latency`:
about **54 requests/s** for the home page on SQLite (about **40** on PostgreSQL),
**43 SQL queries** and **35 KB** of HTML per request, about **37 ms CPU** per request.
These are the figures we were given. A run with `--reference URL` (and
`--reference-pid`, the reference server's gunicorn master) also loads that page with
the same wrk settings before each scale, so that the two sites are measured on the
same machine in the same run; its figures then follow here, and the cache-off tables
give each page's requests/s as a multiple of the reference's.
"""


def load_results():
    results = [json.loads(p.read_text(encoding="utf-8")) for p in RESULTS.glob("scale-*.json")]
    return sorted(results, key=lambda r: r["scale"])


def write_report():
    results = load_results()
    if not results:
        raise SystemExit("No results in bench/results/: run `python -m bench run` first.")
    plotted = write_plot(results)
    MARKDOWN.write_text(markdown(results, plotted), encoding="utf-8")
    print(
        f"Wrote {MARKDOWN.relative_to(ROOT)}"
        + (f" and {PLOT.relative_to(ROOT)}" if plotted else "")
    )


def kb(n):
    return f"{n / 1024:,.1f}"


def markdown(results, plotted):
    machine = results[-1]["machine"]
    lines = [
        "# Performance",
        "",
        'Measured with the benchmark in `bench/` (see README, "Benchmark"): '
        "`.venv/bin/python -m bench run --scales "
        + " ".join(f"{r['scale']:g}" for r in results)
        + "`. Do not edit the figures by hand; rerun the benchmark.",
        "",
        "## How",
        "",
        "- Data: the demo content (`load_demo_content`) grown by `bench/generate.py` to a scale "
        "factor; 20× is a city of 40 neighbourhoods, 20,000 ideas with 60,000 feedback updates, "
        "2,000 news items and meetings and 300 good practices (Dutch pages, demo included), plus "
        "English and Arabic copies of a share of them. One neighbourhood (zuidwest) is the "
        "biggest: ideas are spread over neighbourhoods as 1, 1/2, 1/3, …",
        "- Server: gunicorn, 2 sync workers, `portal.settings.production` (DEBUG off, a generated "
        "SECRET_KEY, `ALLOWED_HOSTS=127.0.0.1`, `SECURE_SSL_REDIRECT=false`, static files "
        "collected and served by WhiteNoise), PostgreSQL on the same machine, "
        "`DATABASE_CONN_MAX_AGE` at its default (60 s: connections are reused).",
        "- Load: `wrk -t2 -c16 -d"
        + results[-1]["duration"]
        + " --latency --timeout 30s` from a second "
        "process "
        "over loopback, one page at a time, after one warm-up request.",
        "- SQL queries: one request through Django's test client with the same settings "
        "(after two warm-up requests), counted with `CaptureQueriesContext`.",
        "- Bytes: the response body as the app server sends it, and gzipped (level 6) as a "
        "compressing proxy would send it.",
        "- CPU: user + system time of the two gunicorn workers during the wrk run, divided "
        "by the requests served (PostgreSQL's own CPU is not included).",
        "- Load avg: the machine's 1-minute load average around each wrk run (2 CPUs; "
        "above 2 means other work competed with the server, so requests/s and latency "
        "suffer while CPU per request stays comparable).",
        "- Cache off: no `REDIS_URL` (local memory cache, page cache off): every request "
        "renders the page. Cache on: `BENCH_CACHE=on` sets "
        "`REDIS_URL=redis://127.0.0.1:6379/<db>` with a fresh key prefix, which turns the "
        "page cache on (`pagecache/`): wrk sends no cookies, so after the first request every "
        "request is answered from Redis without SQL. The query count is that of a repeated "
        "request.",
        "",
        "## Machine",
        "",
        f"- {machine['cpus']} CPUs: {machine['cpu_model']}",
        f"- {machine['memory_gb']} GB memory",
        f"- Python {machine['python']}, PostgreSQL {machine['postgresql']}",
        f"- Date: {machine['date']}",
        "- Shared with other work: figures move by some percent from run to run.",
        "",
        REFERENCE,
        *reference_lines(results),
        "## Data sizes and build times",
        "",
        "| scale | neighbourhoods | ideas | feedback updates | news + meetings "
        "| good practices | feedback updates on en + ar copies | generate | search index |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        # Dutch totals, demo included: the generator reaches them exactly
        # (tests/test_bench_generate.py checks it).
        sizes = r["sizes"]
        updates = r["modes"][next(iter(r["modes"]))]["data"]["feedback_updates"]
        copies = sum(n for language, n in updates.items() if language != "nl")
        t = r["timings"]
        lines.append(
            f"| {r['scale']:g}× | {sizes['neighbourhoods']} | {sizes['ideas']:,} "
            f"| {sizes['feedback_updates']:,} | {sizes['news_and_events']:,} "
            f"| {sizes['good_practices']} | {copies:,} | {t.get('generate', '–')} s "
            f"| {t.get('search index', 'skipped')}{' s' if 'search index' in t else ''} |"
        )
    lines += [
        "",
        "At 1× the demo's 3 neighbourhoods stay (the scale asks for 2). "
        "Each scale starts from a copy of one database with the migrations and the demo "
        "content (`load_demo_content`, a few minutes). Build steps ran under `nice -n 19` "
        "on a busy machine: on an idle one they take less.",
        "",
        "## Results",
        "",
    ]
    for r in results:
        for mode, measured in r["modes"].items():
            reference = r.get("reference") if mode == "off" else None
            lines += [
                f"### {r['scale']:g}×, cache {mode}",
                "",
                "| page | status | requests/s | p50 ms | p99 ms | SQL queries | HTML KB | gzip KB "
                "| CPU ms/request | errors | load avg | note |"
                + (" × reference |" if reference else ""),
                "|---|---|---|---|---|---|---|---|---|---|---|---|" + ("---|" if reference else ""),
            ]
            for row in measured["pages"]:
                errors = row["non_2xx"] + row["socket_errors"]
                if not row["requests"]:
                    lines.append(
                        f"| {row['name']} | {row['status']} | no request finished within "
                        f"{r['duration']} | | | {row['queries']} | {kb(row['html_bytes'])} "
                        f"| {kb(row['gzip_bytes'])} | | {errors} | {row.get('load_average', '–')} "
                        f"| `{row['path']}` {row['note']} |" + (" – |" if reference else "")
                    )
                    continue
                lines.append(
                    f"| {row['name']} | {row['status']} | {row['requests_per_second']:.1f} "
                    f"| {row['p50_ms']:.1f} "
                    f"| {row['p99_ms']:.1f} | {row['queries']} | {kb(row['html_bytes'])} "
                    f"| {kb(row['gzip_bytes'])} | {row['cpu_ms_per_request'] or '–'} | {errors} "
                    f"| {row.get('load_average', '–')} "
                    f"| `{row['path']}` {row['note']} |"
                    + (f" {times(row, reference)} |" if reference else "")
                )
            lines.append("")
    if plotted:
        lines += [
            "## Latency against data size",
            "",
            "![p50 and p99 latency per page at 1×, 5× and 20×, cache off and on](performance.png)",
            "",
        ]
    if FINDINGS.exists():
        lines += ["## Findings", "", FINDINGS.read_text(encoding="utf-8").strip(), ""]
    return "\n".join(lines)


def times(row, reference):
    """A page's requests/s as a multiple of the reference's."""
    if not reference["requests_per_second"]:
        return "–"
    return f"{row['requests_per_second'] / reference['requests_per_second']:.1f}×"


def reference_lines(results):
    """The reference page as measured in this run, one row per scale."""
    measured = [r for r in results if r.get("reference")]
    if not measured:
        return []
    lines = [
        "### Measured in this run",
        "",
        "The page named with `--reference`, loaded before each scale's pages; what it was "
        "and how it was served is in the findings below.",
        "",
        "| before scale | page | requests/s | p50 ms | p99 ms | HTML KB | gzip KB "
        "| CPU ms/request | errors |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in measured:
        ref = r["reference"]
        lines.append(
            f"| {r['scale']:g}× | `{ref['url']}` | {ref['requests_per_second']:.1f} "
            f"| {ref['p50_ms']:.1f} | {ref['p99_ms']:.1f} | {kb(ref['html_bytes'])} "
            f"| {kb(ref['gzip_bytes'])} | {ref['cpu_ms_per_request'] or '–'} "
            f"| {ref['non_2xx'] + ref['socket_errors']} |"
        )
    return [*lines, ""]


def write_plot(results):
    """p50 and p99 latency per page against scale, one row per cache mode that
    every scale was measured in. Needs the bench extra."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is missing (pip install -e '.[bench]'): no plot written.")
        return False
    modes = [mode for mode in ("off", "on") if all(mode in r["modes"] for r in results)]
    modes = modes or [next(iter(results[0]["modes"]))]
    scales = [r["scale"] for r in results]
    figure, axes = plt.subplots(
        len(modes), 2, figsize=(12, 5 * len(modes)), sharey=True, squeeze=False
    )
    for row_axes, mode in zip(axes, modes, strict=True):
        names = [row["name"] for row in results[0]["modes"][mode]["pages"]]
        for axis, key, title in ((row_axes[0], "p50_ms", "p50"), (row_axes[1], "p99_ms", "p99")):
            for name in names:
                # A page with no finished request has no latency: leave a gap.
                values = [
                    next(
                        row[key] if row["requests"] else float("nan")
                        for row in r["modes"][mode]["pages"]
                        if row["name"] == name
                    )
                    for r in results
                ]
                axis.plot(scales, values, marker="o", label=name)
            axis.set_xscale("log")
            axis.set_yscale("log")
            axis.set_xticks(scales, [f"{s:g}×" for s in scales])
            axis.set_xlabel("data size (scale factor)")
            axis.set_title(f"latency {title}, cache {mode}")
            axis.grid(True, which="both", alpha=0.3)
        row_axes[0].set_ylabel("ms (log scale)")
    axes[0][1].legend(fontsize=8, loc="upper left")
    figure.tight_layout()
    figure.savefig(PLOT, dpi=100)
    plt.close(figure)
    return True
