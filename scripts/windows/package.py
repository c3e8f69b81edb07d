#!/usr/bin/env python3
"""Builds the zip to hand out to the staff on Windows: target/dist/
ikz-VERSION-COMMIT-windows-x86_64.zip with ikz.exe (the release build) and a German
LIESMICH.txt (UTF-8 with a byte-order mark and Windows line ends, so that Notepad shows
the umlauts; it names ikz.exe's SHA-256 sum for the IT), and beside it the zip's SHA-256
sum (`NAME.sha256`, as sha256sum writes it). The stand-in DLL of the Wine check never
goes in. The tree must be committed: the name and `ikz --version` give the commit.

Usage: scripts/windows/package.py [--no-build]   (needs the x86_64-pc-windows-gnu target
                                                  and MinGW, as .ci/run installs them)
"""

import hashlib
import os
import re
import subprocess
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGET = "x86_64-pc-windows-gnu"


def version():
    with open(os.path.join(ROOT, "Cargo.toml"), encoding="utf-8") as f:
        found = re.search(r'^version = "([^"]+)"', f.read(), re.MULTILINE)
    if not found:
        sys.exit("package: no version in Cargo.toml")
    commit = subprocess.run(
        ["git", "rev-parse", "--short=9", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip() or "unknown"
    return found.group(1), commit


def main():
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True,
        text=True,
    ).stdout.strip()
    if dirty:
        sys.exit("package: commit the changes first: the zip names the commit it was built from")
    if "--no-build" not in sys.argv:
        subprocess.run(
            ["cargo", "build", "--release", "--locked", "--target", TARGET], cwd=ROOT, check=True
        )
    exe = os.path.join(ROOT, "target", TARGET, "release", "ikz.exe")
    release, commit = version()
    name = f"ikz-{release}-{commit}-windows-x86_64.zip"
    dist = os.path.join(ROOT, "target", "dist")
    os.makedirs(dist, exist_ok=True)
    with open(os.path.join(ROOT, "scripts", "windows", "LIESMICH.txt"), encoding="utf-8") as f:
        readme = f.read()
    with open(exe, "rb") as f:
        exe_bytes = f.read()
    # The version it says must be this commit's (a build of another, with --no-build,
    # would be handed out under the wrong name).
    if f"(commit {commit};".encode() not in exe_bytes:
        sys.exit(f"package: {exe} was not built from commit {commit}; build it again")
    exe_sum = hashlib.sha256(exe_bytes).hexdigest()
    readme = (
        readme.replace("{VERSION}", f"{release} (Commit {commit})")
        .replace("{ZIP}", name)
        .replace("{EXE_SHA256}", exe_sum)
    )
    if "{" in readme:
        sys.exit("package: LIESMICH.txt has a place not filled in")
    readme = "\ufeff" + readme.replace("\n", "\r\n")
    path = os.path.join(dist, name)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.write(exe, "ikz.exe")
        z.writestr("LIESMICH.txt", readme.encode("utf-8"))
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
    if names != ["ikz.exe", "LIESMICH.txt"]:
        sys.exit(f"package: the zip holds {names}")
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    with open(path + ".sha256", "w", encoding="ascii", newline="\n") as f:
        f.write(f"{digest}  {name}\n")
    print(path)
    print(f"{digest}  {name}")


if __name__ == "__main__":
    main()
