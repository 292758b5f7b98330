#!/usr/bin/env python3
"""Office parity: does the import of a DOCX, XLSX, DOC or XLS read the same headline facts as the import of the same text?

Usage: office-parity.py /path/to/jixiao [corpus dir] [workdir] [--legacy] [--limit N] [--jobs N]

Writes every corpus text (NAME.txt beside NAME.expected.yaml; default testdata/corpus) as the office files a bureau
publishes, made here without any library so that nothing of the importer's own writing is used:
- NAME.docx: each line a paragraph; a run of lines in cells (`a | b |`) a Word table, one row per line;
- NAME.xlsx (only for texts of which at least a third of the lines are such rows): each line a row, each cell a cell;
  a cell that is a plain number is stored as a number, one like `90%` or `96.50%` as the fraction under a 0% / 0.00%
  format, as Excel stores typed figures;
- with --legacy, the same converted to .doc and .xls by LibreOffice (one soffice run, private profile in the workdir).
Imports the text and each office file with `jixiao import FILE --json` and compares the headline facts document by
document (kind, unit, year, totalScore, grade, budget, executed, statedRatePercent, number of documents). Prints each
file read differently and closes with one line per format: `docx: N of M files read differently (K wrong-looking)`.
"""
import json
import os
import re
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
PARITY = __import__("pdf-parity")
ROW = re.compile(r"\|")
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
PERCENT = re.compile(r"^(-?\d+(?:\.(\d+))?)%$")
XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def cells(line):
    parts = [p.strip() for p in line.split("|")]
    if parts and parts[-1] == "":
        parts = parts[:-1]
    return parts


def is_row(line):
    return line.count("|") >= 2


def x(text):
    return escape(XML_BAD.sub("", text))


def write_docx(lines, path):
    body = []
    i = 0
    while i < len(lines):
        if is_row(lines[i]):
            rows = []
            while i < len(lines) and is_row(lines[i]):
                rows.append(cells(lines[i]))
                i += 1
            width = max(len(r) for r in rows)
            xml = ["<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"]
            xml += ["<w:gridCol w:w=\"1000\"/>"] * width
            xml.append("</w:tblGrid>")
            for r in rows:
                xml.append("<w:tr>")
                for c in r + [""] * (width - len(r)):
                    xml.append(f"<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{x(c)}</w:t></w:r></w:p></w:tc>")
                xml.append("</w:tr>")
            xml.append("</w:tbl>")
            body.append("".join(xml))
            continue
        body.append(f"<w:p><w:r><w:t xml:space=\"preserve\">{x(lines[i])}</w:t></w:r></w:p>")
        i += 1
    document = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "".join(body) + "</w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                   "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                   "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
        z.writestr("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
        z.writestr("word/document.xml", document)


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def write_xlsx(lines, path):
    rows = []
    for n, line in enumerate(lines, start=1):
        parts = cells(line) if is_row(line) else [line.strip()]
        xml = [f"<row r=\"{n}\">"]
        for i, c in enumerate(parts):
            if c == "":
                continue
            ref = f"{col_name(i)}{n}"
            p = PERCENT.match(c)
            if NUMBER.match(c) and len(c) < 16:
                xml.append(f"<c r=\"{ref}\"><v>{c}</v></c>")
            elif p and len(c) < 16:
                style = 2 if p.group(2) else 1
                value = repr(float(p.group(1)) / 100)
                xml.append(f"<c r=\"{ref}\" s=\"{style}\"><v>{value}</v></c>")
            else:
                xml.append(f"<c r=\"{ref}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{x(c)}</t></is></c>")
        xml.append("</row>")
        rows.append("".join(xml))
    sheet = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
             + "".join(rows) + "</sheetData></worksheet>")
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                   "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                   "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                   "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                   "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>")
        z.writestr("_rels/.rels", f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   f"<Relationship Id=\"rId1\" Type=\"{rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
        z.writestr("xl/workbook.xml", f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{ns}\" xmlns:r=\"{rel}\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                   f"<Relationship Id=\"rId1\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                   f"<Relationship Id=\"rId2\" Type=\"{rel}/styles\" Target=\"styles.xml\"/></Relationships>")
        z.writestr("xl/styles.xml", f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"{ns}\"><fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
                   "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                   "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"9\" applyNumberFormat=\"1\"/><xf numFmtId=\"10\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>")
        z.writestr("xl/worksheets/sheet1.xml", sheet)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    legacy = "--legacy" in sys.argv
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    jobs = int(sys.argv[sys.argv.index("--jobs") + 1]) if "--jobs" in sys.argv else 2
    if limit is not None:
        args = [a for a in args if a != str(limit)]
    args = [a for a in args if a != str(jobs)]
    jixiao = args[0]
    corpus = args[1] if len(args) > 1 else "testdata/corpus"
    work = args[2] if len(args) > 2 else "/tmp/office-parity"
    os.makedirs(work, exist_ok=True)
    texts = sorted(os.path.join(corpus, f) for f in os.listdir(corpus)
                   if f.endswith(".txt") and os.path.exists(os.path.join(corpus, f[:-4] + ".expected.yaml")))
    if limit:
        texts = texts[:limit]
    made = {"docx": [], "xlsx": []}
    for t in texts:
        lines = open(t, encoding="utf-8").read().split("\n")
        base = os.path.join(work, os.path.basename(t)[:-4])
        write_docx(lines, base + ".docx")
        made["docx"].append((t, base + ".docx"))
        if sum(1 for l in lines if is_row(l)) * 3 >= max(1, sum(1 for l in lines if l.strip())):
            write_xlsx(lines, base + ".xlsx")
            made["xlsx"].append((t, base + ".xlsx"))
    if legacy:
        for fmt, src in (("doc", "docx"), ("xls", "xlsx")):
            out = os.path.join(work, fmt)
            os.makedirs(out, exist_ok=True)
            profile = "file://" + os.path.abspath(os.path.join(work, "profile"))
            files = [o for _, o in made[src]]
            for i in range(0, len(files), 200):
                subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt, "--outdir", out] + files[i:i + 200],
                               capture_output=True)
            made[fmt] = [(t, os.path.join(out, os.path.basename(o)[:-len(src)] + fmt)) for t, o in made[src]]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        base = dict(zip(texts, pool.map(lambda t: PARITY.run_import(jixiao, t), texts)))
        for fmt, pairs in made.items():
            read = list(pool.map(lambda p: PARITY.run_import(jixiao, p[1]), pairs))
            differ = wrong = 0
            for (t, o), r in zip(pairs, read):
                a = base[t]
                if a["docs"] == r["docs"]:
                    continue
                differ += 1
                bad = any(da.get(k) is not None and db.get(k) is not None and da.get(k) != db.get(k)
                          for da, db in zip(a["docs"], r["docs"]) for k in PARITY.FIELDS)
                wrong += bad
                print(f"{fmt} {os.path.basename(t)}: txt {a['docs'] or a['refused']} | {fmt} {r['docs'] or r['refused']}")
            print(f"{fmt}: {differ} of {len(pairs)} files read differently ({wrong} wrong-looking)")


if __name__ == "__main__":
    main()
