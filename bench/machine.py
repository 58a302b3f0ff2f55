"""What the numbers were measured on."""

import datetime
import os
import platform
import re
import subprocess
from pathlib import Path


def machine_info():
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.MULTILINE)
    meminfo = Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
    memory = re.search(r"^MemTotal:\s+(\d+) kB", meminfo, re.MULTILINE)
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model[1].strip() if model else platform.processor() or "unknown",
        "memory_gb": round(int(memory[1]) / 1024 / 1024, 1) if memory else None,
        "python": platform.python_version(),
        "postgresql": postgres_version(),
        "date": datetime.date.today().isoformat(),
    }


def postgres_version():
    try:
        out = subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-Atc", "SHOW server_version"],  # noqa: S607
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        )
        return out.stdout.strip().split(" ")[0]
    except (OSError, subprocess.SubprocessError):
        return "unknown"
