#!/usr/bin/env python3
"""Synthetic probes of the reader: reports, covers and tables written as real ones are, each with the facts a careful
reader takes from it, imported as written and in the flattenings published copies have.

    python3 scripts/reading/probes/run.py JIXIAO [FORM ...]

JIXIAO is the built command (artifacts/bin/Jixiao.Cli/release/jixiao); FORM is plain, joined (the whole text on one line
with a closing paragraph, as sharing sites copy it), wrapped (hard-wrapped at 36 characters) or spaced (a space between
CJK and digits, as PDF text has); all four by default. Prints every fact read otherwise and, per form, right of total.
The probe sets (*.py beside this script) hold PROBES: a list of (text, expected facts). They are written by hand, never
from the reader's output, and measure reading rules on text the development corpus does not have; they are no corpus.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

CLOSING = "下一步工作打算：进一步加强预算绩效管理，提高资金使用效益，确保各项工作任务按时保质完成，切实发挥财政资金效益。"


def read(exe, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(text)
    try:
        r = subprocess.run([exe, "import", f.name, "--json"], capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    if r.returncode != 0 or not r.stdout.strip():
        return {"kind": None}
    d = json.loads(r.stdout)["documents"][0]
    e, s = d["evaluation"], d["stated"]
    b = e.get("budget") or {}
    return {"kind": d["kind"], "unit": e.get("unit") or None, "year": e.get("year"), "score": s.get("totalScore"),
            "grade": s.get("grade"), "budget": b.get("adjusted"), "initial": b.get("initial"), "executed": b.get("executed"),
            "rate": b.get("statedRatePercent")}


def transform(form, text):
    if form == "joined":
        return "".join(text.splitlines()) + CLOSING + "\n"
    if form == "wrapped":
        return "\n".join(l[i:i + 36] for l in text.splitlines() for i in range(0, max(len(l), 1), 36)) + "\n"
    if form == "spaced":
        return re.sub(r"(?<=[\u4e00-\u9fff])(?=[0-9])|(?<=[0-9%])(?=[\u4e00-\u9fff])", " ", text)
    return text


def same(want, got):
    return want == got or (isinstance(want, (int, float)) and isinstance(got, (int, float)) and abs(want - got) < 1e-6)


def main():
    exe = sys.argv[1]
    forms = sys.argv[2:] or ["plain", "joined", "wrapped", "spaced"]
    here = os.path.dirname(os.path.abspath(__file__))
    for form in forms:
        right = total = 0
        for path in sorted(glob.glob(os.path.join(here, "*.py"))):
            if os.path.basename(path) == "run.py":
                continue
            scope = {}
            exec(open(path, encoding="utf-8").read(), scope)
            for i, (text, want) in enumerate(scope["PROBES"]):
                got = read(exe, transform(form, text))
                for field, value in want.items():
                    total += 1
                    if same(value, got.get(field)):
                        right += 1
                    else:
                        print(f"{form} {os.path.basename(path)} P{i} {field}: want {value!r} got {got.get(field)!r} | {text.splitlines()[0][:40]}")
        print(f"{form}: {right}/{total} right")


if __name__ == "__main__":
    main()
