#!/usr/bin/env python3
"""Regenerates the expected output (.exp) of the differential corpus with CPython.

Every tests/py/**/*.py program (not `_*.py` helpers, nor files inside `lib/` or `pkg*/`
folders) runs under python3 in its own folder; its stdout becomes the `.exp` file beside
it. Programs whose first line contains `# expect: hand-written` keep their hand-written
`.exp` (MicroPython's documented behaviour differs from CPython's there).

Usage: python3 scripts/gen_expected.py [PATH...]   (default: all of tests/py)
"""

import os
import subprocess
import sys
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "py")
MARKER = "# expect: hand-written"
SLOW = 0.2  # seconds: corpus programs should stay quick


def is_program(path):
    rel = os.path.relpath(path, ROOT).split(os.sep)
    name = rel[-1]
    if not name.endswith(".py") or name.startswith("_"):
        return False
    return not any(d == "lib" or d.startswith("pkg") for d in rel[:-1])


def programs(paths):
    for p in paths:
        if os.path.isfile(p):
            if is_program(os.path.abspath(p)):
                yield os.path.abspath(p)
            else:
                print(f"skipped (not a test program): {p}", file=sys.stderr)
            continue
        if not os.path.isdir(p):
            print(f"no such file or folder: {p}", file=sys.stderr)
            continue
        for dirpath, _dirs, files in os.walk(p):
            for f in sorted(files):
                full = os.path.join(dirpath, f)
                if is_program(full):
                    yield full


def main():
    paths = sys.argv[1:] or [ROOT]
    written = kept = failed = 0
    for prog in sorted(set(programs(paths))):
        with open(prog, encoding="utf-8") as f:
            first = f.readline()
        if MARKER in first:
            kept += 1
            continue
        start = time.monotonic()
        r = subprocess.run(
            [sys.executable, os.path.basename(prog)],
            cwd=os.path.dirname(prog),
            capture_output=True,
            timeout=60,
            # No __pycache__ folders beside the import helpers; a fixed hash seed.
            env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0"),
        )
        took = time.monotonic() - start
        if took > SLOW:
            print(f"slow ({took:.2f} s): {prog}", file=sys.stderr)
        if r.returncode != 0:
            failed += 1
            print(f"python3 failed on {prog}:\n{r.stderr.decode(errors='replace')}", file=sys.stderr)
            continue
        with open(prog[:-3] + ".exp", "wb") as f:
            f.write(r.stdout)
        written += 1
    print(f"{written} written, {kept} hand-written kept, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
