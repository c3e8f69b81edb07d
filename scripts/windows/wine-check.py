#!/usr/bin/env python3
"""Runs the Windows build of ikz under Wine and checks that it answers as the Linux
build does (called by .ci/run after both are built).

- The stand-in bcryptprimitives.dll is built from its C source beside a copy of ikz.exe
  (Wine 8 lacks the ProcessPrng that Rust's standard library imports; see the source).
  It is for this check only and never goes into the zip.
- The Wine prefix is made once, in target/wine-prefix, without the Mono and Gecko
  prompts.
- ikz.exe runs check, members, participants, matrix --format csv and projects --format
  json on the built-in data and on the shipped folder given as a Windows path: exit
  codes and output must equal the Linux build's, the folder's path replaced.
- `ikz.exe config` with no locale variable in the Windows process and a German system
  locale must say German, from the system.
- The browser starts in a pseudo-terminal, shows the members, and `q` ends it with 0.
  (Wine 8's console puts some cells in the wrong place: the layout is not checked.)

Usage: scripts/windows/wine-check.py WINDOWS_EXE LINUX_BINARY
"""

import fcntl
import os
import pty
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGET = os.path.join(ROOT, "target")
DATA = os.path.join(ROOT, "data")
ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)")


def wine_loader():
    for candidate in ("wine64", "wine", "/usr/lib/wine/wine64"):
        found = shutil.which(candidate) or (candidate if os.path.isfile(candidate) else None)
        if found:
            return found
    sys.exit("wine-check: no Wine found (Debian's package wine64)")


def fail(message):
    print(f"wine-check: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    exe_built, linux = (os.path.abspath(a) for a in sys.argv[1:])
    started = time.monotonic()
    wine = wine_loader()
    work = os.path.join(TARGET, "wine-check")
    os.makedirs(work, exist_ok=True)
    exe = os.path.join(work, "ikz.exe")
    shutil.copyfile(exe_built, exe)
    subprocess.run(
        [
            "x86_64-w64-mingw32-gcc", "-shared", "-O2", "-o",
            os.path.join(work, "bcryptprimitives.dll"),
            os.path.join(ROOT, "scripts", "windows", "bcryptprimitives.c"),
            "-ladvapi32",
        ],
        check=True,
    )
    prefix = os.path.join(TARGET, "wine-prefix")
    env = dict(
        os.environ,
        WINEPREFIX=prefix,
        WINEDEBUG="-all",
        WINEDLLOVERRIDES="mscoree,mshtml=",
        LANG="C.UTF-8",
    )
    for name in ("LC_ALL", "LC_MESSAGES", "IKZ_DATA", "IKZ_EXPORT_DIR", "NO_COLOR"):
        env.pop(name, None)
    if not os.path.isfile(os.path.join(prefix, "system.reg")):
        t = time.monotonic()
        subprocess.run([wine, "wineboot", "--init"], env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"wine-check: prefix made in {time.monotonic() - t:.1f} s")

    windows_folder = "Z:" + DATA.replace("/", "\\")
    linux_env = dict(env, IKZ_CONFIG="/nonexistent/ikz-wine-check/config.toml")
    windows_env = dict(env, IKZ_CONFIG="C:\\nonexistent\\ikz-wine-check\\config.toml")
    commands = [
        ["check"],
        ["members"],
        ["participants", "klimaschutz"],
        ["matrix", "--format", "csv"],
        ["projects", "--format", "json"],
    ]
    compared = 0
    for data in (None, DATA):
        for args in commands:
            lin_args = (["--data", data] if data else []) + args
            win_args = (["--data", windows_folder] if data else []) + args
            lin = subprocess.run([linux] + lin_args, env=linux_env, capture_output=True)
            win = subprocess.run([wine, exe] + win_args, env=windows_env, capture_output=True)
            lin_out = lin.stdout.decode("utf-8")
            win_out = win.stdout.decode("utf-8")
            if data:
                lin_out = lin_out.replace(DATA, "FOLDER")
                win_out = win_out.replace(windows_folder, "FOLDER").replace(
                    windows_folder.replace("\\", "\\\\"), "FOLDER")
            what = " ".join(win_args)
            if win.returncode != lin.returncode:
                fail(f"ikz.exe {what}: exit {win.returncode}, Linux {lin.returncode}\n"
                     f"{win.stderr.decode('utf-8', 'replace')}")
            if win_out != lin_out:
                fail(f"ikz.exe {what}: output differs from Linux's\n--- Windows\n{win_out[:2000]}"
                     f"\n--- Linux\n{lin_out[:2000]}")
            compared += 1
    print(f"wine-check: {compared} commands answer as on Linux")

    # German from the system: no locale variable inside Windows, a German system locale.
    german = {k: v for k, v in windows_env.items() if k != "LANG"}
    german["LC_ALL"] = "de_DE.UTF-8"
    windows_exe = "Z:" + exe.replace("/", "\\")
    config = subprocess.run(
        [wine, "cmd", "/c", f"set LC_ALL=&& {windows_exe} config"],
        env=german, capture_output=True,
    )
    said = config.stdout.decode("utf-8", "replace")
    lang = [line for line in said.splitlines() if line.startswith("lang")]
    if config.returncode != 0 or not lang or " de " not in lang[0] or "System (de-DE)" not in lang[0]:
        fail(f"ikz.exe config does not say German from the system:\n{said}"
             f"{config.stderr.decode('utf-8', 'replace')}")
    print(f"wine-check: ikz.exe config says: {lang[0]}")

    browser(wine, exe, windows_env)
    print(f"wine-check: passed in {time.monotonic() - started:.1f} s")


def browser(wine, exe, env):
    """The browser in a pseudo-terminal of 120x40: it draws the members, `q` ends it."""
    env = dict(env, TERM="xterm-256color")
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execvpe(wine, [wine, exe], env)
        finally:
            os._exit(127)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen = b""
    members = [b"Biebesheim", b"Trebur", b"Walldorf"]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        if all(m in ESCAPES.sub(b"", seen) for m in members):
            break
    else:
        os.kill(pid, signal.SIGKILL)
        fail("the browser under Wine did not show the members within 60 s:\n"
             + ESCAPES.sub(b"", seen).decode("utf-8", "replace")[-2000:])
    os.write(fd, b"q")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                os.read(fd, 65536)
            except OSError:
                pass
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            code = os.waitstatus_to_exitcode(status)
            if code != 0:
                fail(f"the browser under Wine ended with {code} after q")
            print("wine-check: the browser starts, shows the members, and q ends it")
            return
    os.kill(pid, signal.SIGKILL)
    fail("the browser under Wine did not end within 30 s of q")


if __name__ == "__main__":
    main()
