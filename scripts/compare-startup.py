#!/usr/bin/env python3
"""Compares, in one run, the start-up of ikz to its first frame with the programs a
user might open instead to answer "who takes part in what": `less` on the matrix as
text, `fzf` over the projects, and VisiData on the exported CSV.

Each program starts in a pseudo-terminal of 120x40; the time runs from the start of the
process until the screen shows a text of its first frame, read from the terminal. Then
the program is told to quit (and killed if it does not). Every program runs ROUNDS times,
alternating, so that the machine's noise falls on all alike; the median is reported.

Usage: scripts/compare-startup.py [ROUNDS]      (builds ikz in release mode first;
                                                 installs fzf and less from Debian's
                                                 packages and VisiData from PyPI if missing)
       scripts/compare-startup.py ROUNDS --builds IKZ...
                                                (several builds of ikz, alternating, on
                                                 generated data of 10,000 projects: the
                                                 A/B comparison of a change)
"""

import os
import pty
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IKZ = os.path.join(ROOT, "target", "release", "ikz")
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 15


def ensure(tool, install):
    if shutil.which(tool) is None:
        print(f"installing {tool}…", file=sys.stderr)
        subprocess.run(install, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return shutil.which(tool) is not None


def first_frame(argv, marker, quit_keys, stdin_file=None, cwd=None):
    """Seconds from the start of `argv` until `marker` appears in its output."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ["LINES"], os.environ["COLUMNS"] = "40", "120"
        if cwd:
            os.chdir(cwd)
        if stdin_file:
            # fzf reads its list from standard input and the keys from the terminal.
            sin = os.open(stdin_file, os.O_RDONLY)
            os.dup2(sin, 0)
        os.execvp(argv[0], argv)
    start = time.perf_counter()
    import fcntl, struct, termios
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen = b""
    elapsed = None
    deadline = start + 20
    while time.perf_counter() < deadline:
        r, _, _ = select.select([fd], [], [], 0.05)
        if fd in r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if marker.encode() in seen:
                elapsed = time.perf_counter() - start
                break
    try:
        os.write(fd, quit_keys.encode())
    except OSError:
        pass
    end = time.perf_counter() + 3
    while time.perf_counter() < end:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        r, _, _ = select.select([fd], [], [], 0.05)
        if fd in r:
            try:
                os.read(fd, 65536)
            except OSError:
                pass
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


def compare_builds(builds):
    """The first frame of `ikz --data` on 10,000 generated projects, for each build."""
    work = tempfile.mkdtemp()
    big = os.path.join(work, "big")
    subprocess.run(
        [builds[0], "generate", "--members", "500", "--projects", "10000", "--years", "12", big],
        check=True,
        capture_output=True,
    )
    times = {b: [] for b in builds}
    for _ in range(ROUNDS):
        for b in builds:
            t = first_frame([b, "--lang", "en", "--data", big], "Projects 20", "q", cwd=work)
            if t is not None:
                times[b].append(t)
    shutil.rmtree(work, ignore_errors=True)
    print(f"ikz --data (10,000 × 500) to the first frame, 120x40, median of {ROUNDS} (alternating); {os.cpu_count()} cores")
    for b in builds:
        ts = times[b]
        if ts:
            print(f"  {b:38} {statistics.median(ts) * 1e3:7.1f} ms  (fastest {min(ts) * 1e3:.1f} ms)")
        else:
            print(f"  {b:38} no first frame seen")


def main():
    if "--builds" in sys.argv:
        compare_builds(sys.argv[sys.argv.index("--builds") + 1 :])
        return
    subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)
    ensure("fzf", ["apt-get", "install", "-y", "fzf", "less"])
    has_vd = ensure("vd", [sys.executable, "-m", "pip", "install", "-q", "visidata"])
    work = tempfile.mkdtemp()
    text = os.path.join(work, "matrix.txt")
    csv = os.path.join(work, "matrix.csv")
    projects = os.path.join(work, "projects.txt")
    hundred = os.path.join(work, "hundred.txt")
    with open(hundred, "w") as f:
        f.write("".join(f"line {i:3} of a file of a hundred lines\n" for i in range(1, 101)))
    for path, args in [
        (text, ["matrix"]),
        (csv, ["matrix", "--format", "csv"]),
        (projects, ["projects"]),
    ]:
        with open(path, "wb") as f:
            f.write(subprocess.run([IKZ, *args], check=True, capture_output=True).stdout)

    big = os.path.join(work, "big")
    subprocess.run(
        [IKZ, "generate", "--members", "500", "--projects", "10000", big],
        check=True,
        capture_output=True,
    )
    peers = [
        ("ikz (browser, built-in data)", [IKZ, "--lang", "en"], "Projects 2024", "q", None),
        ("ikz --view matrix", [IKZ, "--lang", "en", "--view", "matrix"], "Matrix · 2024", "q", None),
        ("ikz --data (10,000 × 500, generated)", [IKZ, "--lang", "en", "--data", big], "Projects 20", "q", None),
        ("less on `ikz matrix` text", ["less", text], "Projects × members", "q", None),
        ("less on a 100-line file", ["less", hundred], "line   1 of", "q", None),
        ("fzf over `ikz projects`", ["fzf"], "Klimaschutz", "\x1b", projects),
    ]
    if has_vd:
        peers.append(("VisiData on the exported CSV", ["vd", csv], "klimaschutz", "gq", None))
    times = {name: [] for name, *_ in peers}
    for _ in range(ROUNDS):
        for name, argv, marker, keys, stdin_file in peers:
            t = first_frame(argv, marker, keys, stdin_file, cwd=work)
            if t is not None:
                times[name].append(t)
    shutil.rmtree(work, ignore_errors=True)
    print(f"start-up to the first frame, 120x40, median of {ROUNDS} (alternating); {os.cpu_count()} cores")
    for name, *_ in peers:
        ts = times[name]
        if ts:
            print(f"  {name:38} {statistics.median(ts) * 1e3:7.1f} ms  (fastest {min(ts) * 1e3:.1f} ms)")
        else:
            print(f"  {name:38} no first frame seen")
    ikz = times[peers[0][0]]
    less = times["less on a 100-line file"]
    if ikz:
        m = statistics.median(ikz) * 1e3
        print(f"aim: ikz's first frame under 50 ms: {'met' if m < 50 else 'missed'} ({m:.1f} ms)")
    if ikz and less:
        ratio = statistics.median(ikz) / statistics.median(less)
        print(f"aim: within 1.5x of less on a 100-line file: {'met' if ratio <= 1.5 else 'missed'} ({ratio:.2f}x)")


if __name__ == "__main__":
    main()
