#!/usr/bin/env python3
"""PDF parity: does the import of a PDF read the same headline facts as the import of the same text?

Usage: pdf-parity.py /path/to/jixiao [corpus dir] [workdir] [--reconvert] [--jobs N]

Converts every corpus text (NAME.txt beside NAME.expected.yaml; default testdata/corpus) to PDF with LibreOffice in one
soffice run (private profile in the workdir, default /tmp/pdf-parity), imports the text and the PDF with
`jixiao import FILE --json` (2 processes at a time by default) and compares, document by document, the headline facts:
kind, unit, year, totalScore, grade, budget (adjusted, else initial), executed, statedRatePercent, and the number of
documents. Prints each file read differently with both values and closes with
`N of M files read differently (K wrong-looking: a value in the PDF that differs from a value in the txt)`.
PDFs already in the workdir and newer than their text are kept unless --reconvert is given.
"""
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

FIELDS = ["kind", "unit", "year", "totalScore", "grade", "budget", "executed", "statedRatePercent"]


def facts(doc):
    ev = doc.get("evaluation") or {}
    st = doc.get("stated") or {}
    b = ev.get("budget") or {}
    budget = b.get("adjusted")
    if budget is None:
        budget = b.get("initial")
    return {
        "kind": doc.get("kind"),
        "unit": ev.get("unit") or None,
        "year": ev.get("year") or None,
        "totalScore": st.get("totalScore"),
        "grade": st.get("grade"),
        "budget": budget,
        "executed": b.get("executed"),
        "statedRatePercent": b.get("statedRatePercent"),
    }


def run_import(jixiao, path):
    p = subprocess.run([jixiao, "import", path, "--json"], capture_output=True, text=True)
    if p.returncode != 0 or not p.stdout.strip():
        return {"refused": (p.stderr.strip() or p.stdout.strip())[:200], "docs": []}
    try:
        data = json.loads(p.stdout)
    except json.JSONDecodeError as e:
        return {"refused": f"bad JSON: {e}", "docs": []}
    return {"refused": None, "docs": [facts(d) for d in data.get("documents", [])]}


def convert(texts, pdf_dir, workdir, reconvert):
    os.makedirs(pdf_dir, exist_ok=True)
    todo = []
    for t in texts:
        pdf = os.path.join(pdf_dir, os.path.basename(t)[:-4] + ".pdf")
        if reconvert or not os.path.exists(pdf) or os.path.getmtime(pdf) < os.path.getmtime(t):
            todo.append(t)
    if not todo:
        return
    profile = os.path.abspath(os.path.join(workdir, "lo-profile"))
    start = time.time()
    p = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", pdf_dir, *todo], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"soffice failed: {p.stderr.strip()}")
    print(f"converted {len(todo)} texts to PDF in {time.time() - start:.0f} s", file=sys.stderr)


def show(v):
    return "none" if v is None else str(v)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    reconvert = "--reconvert" in sys.argv
    jobs = 2
    if "--jobs" in sys.argv:
        jobs = int(sys.argv[sys.argv.index("--jobs") + 1])
        args.remove(str(jobs))
    if not args:
        sys.exit(__doc__)
    jixiao = os.path.abspath(args[0])
    corpus = args[1] if len(args) > 1 else "testdata/corpus"
    workdir = args[2] if len(args) > 2 else "/tmp/pdf-parity"
    pdf_dir = os.path.join(workdir, "pdf")
    texts = sorted(os.path.join(corpus, f[:-len(".expected.yaml")] + ".txt")
                   for f in os.listdir(corpus) if f.endswith(".expected.yaml"))
    texts = [t for t in texts if os.path.exists(t)]
    convert(texts, pdf_dir, workdir, reconvert)

    paths = []
    for t in texts:
        paths.append(t)
        paths.append(os.path.join(pdf_dir, os.path.basename(t)[:-4] + ".pdf"))
    start = time.time()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(lambda p: run_import(jixiao, p), paths))
    print(f"imported {len(paths)} files in {time.time() - start:.0f} s", file=sys.stderr)

    differing = 0
    wrong = 0
    for i, t in enumerate(texts):
        a, b = results[2 * i], results[2 * i + 1]
        lines = []
        contradicts = False
        if a["refused"] is None and b["refused"] is not None:
            lines.append(f"  pdf refused: {b['refused']}")
        if len(a["docs"]) != len(b["docs"]):
            lines.append(f"  documents: {len(a['docs'])} -> {len(b['docs'])}")
        for d in range(min(len(a["docs"]), len(b["docs"]))):
            for f in FIELDS:
                va, vb = a["docs"][d][f], b["docs"][d][f]
                if va != vb:
                    lines.append(f"  doc {d + 1} {f}: {show(va)} -> {show(vb)}")
                    if va is not None and vb is not None:
                        contradicts = True
                        lines[-1] += "  (WRONG)"
        if lines:
            differing += 1
            wrong += contradicts
            print(os.path.basename(t)[:-4])
            print("\n".join(lines))
    print(f"{differing} of {len(texts)} files read differently ({wrong} wrong-looking: a value in the PDF that differs "
          f"from a value in the txt)")


if __name__ == "__main__":
    main()
