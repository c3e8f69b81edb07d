#!/usr/bin/env python3
"""Times `ikz set` as a whole process, as a user runs it: on a folder of the shipped data
(made by `ikz init`) and on generated data of 10,000 projects. Each round writes: it
says a member takes part in a year, then takes it out again, so the file changes every
time. Beside it, in the same rounds, `ikz check` on the same folder (the load that `ikz
set` does twice: before the edit, and with the edit to check it) — compare the ratio.

Usage: scripts/bench-set.py [ROUNDS]   (builds ikz in release mode first; ROUNDS: 41)
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IKZ = os.path.join(ROOT, "target", "release", "ikz")
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 41
ENV = dict(os.environ, LANG="C.UTF-8", IKZ_CONFIG="/nonexistent/ikz-bench/config.toml")


def run(args, expect=0):
    start = time.perf_counter()
    p = subprocess.run([IKZ, *args], env=ENV, capture_output=True)
    took = time.perf_counter() - start
    if p.returncode != expect:
        sys.exit(f"{args}: exit {p.returncode}: {p.stderr.decode()}")
    return took


def first_project_and_member(folder):
    import json

    out = subprocess.run(
        [IKZ, "--data", folder, "projects", "--format", "json"], env=ENV, capture_output=True
    ).stdout
    projects = json.loads(out)
    members = json.loads(
        subprocess.run([IKZ, "--data", folder, "members", "--format", "json"], env=ENV, capture_output=True).stdout
    )
    return projects, members


def bench(name, folder, project, member, year, source):
    edit = ["--data", folder, "set", project, member]
    on = [*edit, "yes", "--year", str(year), "--source", source]
    off = [*edit, "unknown", "--year", str(year)]
    check = ["--data", folder, "check"]
    times = {"set": [], "check": []}
    for _ in range(ROUNDS):
        times["set"].append(run(on))
        times["set"].append(run(off))
        times["check"].append(run(check))
    s = statistics.median(times["set"]) * 1000
    c = statistics.median(times["check"]) * 1000
    print(f"{name}: ikz set {s:.1f} ms, ikz check {c:.1f} ms (median of {ROUNDS * 2} and {ROUNDS}; set/check {s / c:.2f})")


def main():
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        shipped = os.path.join(tmp, "daten")
        run(["init", shipped])
        # Trebur is named in no year of Klimaschutz: a new line, then taken out.
        bench("shipped data", shipped, "klimaschutz", "trebur", 2023, "pm-2024")
        big = os.path.join(tmp, "big")
        subprocess.run([IKZ, "generate", "--projects", "10000", big], env=ENV, check=True, capture_output=True)
        projects, members = first_project_and_member(big)
        p = projects[0]
        sources = subprocess.run(
            [IKZ, "--data", big, "participants", p["id"], "--format", "json"], env=ENV, capture_output=True
        )
        import tomllib

        with open(os.path.join(big, "sources.toml"), "rb") as f:
            source = tomllib.load(f)["source"][0]["id"]
        # A member the project does not name, in its first year.
        start = p.get("start") or 2013
        named = {m["member"] for m in __import__("json").loads(sources.stdout)["members"] if m["takes_part"] == "yes"}
        member = next(m["id"] for m in members if m["id"] not in named)
        bench("generated, 10,000 projects", big, p["id"], member, start, source)


if __name__ == "__main__":
    main()
