"""Print requirements.lock: exact pins of what `pip install -e ".[test,prod]"` installed.

Walks the installed distributions from meedoen's own requirements (with the
test and prod extras) instead of `pip freeze`, so a package someone installed
by hand for an experiment does not end up in the lock. pip itself is left out:
scripts/_venv.sh upgrades it, and a pinned pip would fight that.

    .venv/bin/python scripts/lock_requirements.py > requirements.lock
"""

from importlib.metadata import distribution

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PROJECT = "meedoen"
EXTRAS = {"test", "prod"}
LEFT_OUT = {"pip"}

HEADER = """\
# Exact versions of everything `pip install -e ".[test,prod]"` installs; the
# scripts install with `-c requirements.lock`, and .ci/run audits this file
# with pip-audit, so what is audited is what runs.
# Regenerate after changing dependencies in pyproject.toml:
#     .venv/bin/python -m pip install --upgrade -e ".[test,prod]"
#     .venv/bin/python scripts/lock_requirements.py > requirements.lock
"""


def requirements_of(name, extras, found):
    """Add ``name`` and what it needs with ``extras`` to ``found`` ({name: extras walked})."""
    dist = distribution(name)
    key = canonicalize_name(dist.metadata["Name"])
    new_extras = set(extras) - found.get(key, set())
    if key in found and not new_extras:
        return
    found.setdefault(key, set()).update(extras)
    for line in dist.requires or []:
        requirement = Requirement(line)
        wanted = {""} | set(extras)
        if requirement.marker and not any(
            requirement.marker.evaluate({"extra": extra}) for extra in wanted
        ):
            continue
        requirements_of(requirement.name, requirement.extras, found)


def main():
    found = {}
    requirements_of(PROJECT, EXTRAS, found)
    pins = []
    for key in found:
        if key == PROJECT or key in LEFT_OUT:
            continue
        dist = distribution(key)
        pins.append(f"{dist.metadata['Name']}=={dist.version}")
    print(HEADER + "\n".join(sorted(pins, key=str.lower)))


if __name__ == "__main__":
    main()
