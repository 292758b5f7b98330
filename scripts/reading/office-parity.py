#!/usr/bin/env python3
"""Office parity: does the import of a DOCX, XLSX, DOC or XLS read the same headline facts as the import of the same text?

Usage: office-parity.py /path/to/jixiao [corpus dir] [workdir] [--legacy] [--html] [--limit N] [--jobs N]

Writes every corpus text (NAME.txt beside NAME.expected.yaml; default testdata/corpus) as the office files a bureau
publishes, made here without any library so that nothing of the importer's own writing is used:
- NAME.docx: each line a paragraph; a run of lines in cells (`a | b |`) a Word table, one row per line;
- NAME.xlsx (only for texts of which at least a third of the lines are such rows): each line a row, each cell a cell;
  a cell that is a plain number is stored as a number, one like `90%` or `96.50%` as the fraction under a 0% / 0.00%
  format, as Excel stores typed figures;
- with --legacy, the same converted to .doc and .xls by LibreOffice (one soffice run, private profile in the workdir);
- with --html, NAME.html as Word's "save as web page" writes it (GB2312 declared and encoded as GB18030, every
  paragraph a <p class=MsoNormal> with its text wrapped every 76 columns mid-sentence, table cells holding paragraphs,
  conditional comments with Word's XML, a hidden span), NAME.web.html as a government site's page (navigation menus,
  scripts, the article in a layout table, <br> line ends, entities), NAME.mht the Word page as an MHT web archive
  (quoted-printable in a MIME message) and, with --legacy too, LibreOffice's own HTML export of NAME.docx.
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


def blocks(lines):
    """Paragraph lines and runs of table rows, in order: ("p", text) or ("t", [cells...])."""
    i = 0
    while i < len(lines):
        if is_row(lines[i]):
            rows = []
            while i < len(lines) and is_row(lines[i]):
                rows.append(cells(lines[i]))
                i += 1
            yield "t", rows
            continue
        yield "p", lines[i]
        i += 1


def write_docx(lines, path):
    body = []
    for kind, item in blocks(lines):
        if kind == "t":
            width = max(len(r) for r in item)
            xml = ["<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"]
            xml += ["<w:gridCol w:w=\"1000\"/>"] * width
            xml.append("</w:tblGrid>")
            for r in item:
                xml.append("<w:tr>")
                for c in r + [""] * (width - len(r)):
                    xml.append(f"<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{x(c)}</w:t></w:r></w:p></w:tc>")
                xml.append("</w:tr>")
            xml.append("</w:tbl>")
            body.append("".join(xml))
            continue
        body.append(f"<w:p><w:r><w:t xml:space=\"preserve\">{x(item)}</w:t></w:r></w:p>")
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


def html_escape(text):
    return XML_BAD.sub("", text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wrap76(text):
    """Word's HTML source: a line break every 76 columns or so, at a space or between two Chinese characters (mid-sentence)."""
    out, n = [], 0
    for i, ch in enumerate(text):
        out.append(ch)
        n += 2 if ord(ch) > 0x2E80 else 1
        after = text[i + 1] if i + 1 < len(text) else ""
        if n >= 76 and after and (ch == " " or (ord(ch) > 0x2E80 and ord(after) > 0x2E80)):
            out.append("\r\n")
            n = 0
    return "".join(out)


def write_word_html(lines, path):
    body = []
    for kind, item in blocks(lines):
        if kind == "p":
            text = html_escape(item.strip()) or "&nbsp;"
            body.append(f"<p class=MsoNormal style='text-indent:21.0pt'><span lang=EN-US style='font-family:\"Times New Roman\"'>\r\n"
                        f"{wrap76(text)}<o:p></o:p></span></p>")
        else:
            width = max(len(r) for r in item)
            rows = []
            for r in item:
                tds = "".join(f"<td width=80 valign=top style='border:solid windowtext 1.0pt'>\r\n<p class=MsoNormal align=center>"
                              f"<span style='font-size:10.5pt'>{wrap76(html_escape(c)) or '&nbsp;'}</span></p>\r\n</td>"
                              for c in r + [""] * (width - len(r)))
                rows.append(f" <tr style='height:15.0pt'>\r\n{tds}\r\n </tr>")
            body.append("<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>\r\n"
                        + "\r\n".join(rows) + "\r\n</table></div>")
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\">\r\n<head>\r\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\r\n<meta name=Generator content=\"Microsoft Word 15\">\r\n"
            "<title>文档</title>\r\n<!--[if gte mso 9]><xml>\r\n <o:DocumentProperties>\r\n  <o:Author>user</o:Author>\r\n  <o:Pages>3</o:Pages>\r\n"
            "  <o:Words>2100</o:Words>\r\n </o:DocumentProperties>\r\n</xml><![endif]--><!--[if gte mso 9]><xml>\r\n <w:WordDocument>\r\n"
            "  <w:View>Print</w:View>\r\n  <w:Zoom>100</w:Zoom>\r\n </w:WordDocument>\r\n</xml><![endif]-->\r\n"
            "<style>\r\n<!--\r\np.MsoNormal {margin:0cm; font-size:10.5pt;}\r\n-->\r\n</style>\r\n</head>\r\n"
            "<body lang=ZH-CN style='text-justify-trim:punctuation'>\r\n<div class=WordSection1 style='layout-grid:15.6pt'>\r\n"
            + "\r\n".join(body)
            + "\r\n<p class=MsoNormal><span style='display:none;mso-hide:all'>隐藏的批注文字<o:p></o:p></span></p>\r\n</div>\r\n</body>\r\n</html>\r\n")
    raw = html.encode("gb18030")
    with open(path, "wb") as f:
        f.write(raw)
    return raw


def write_web_html(lines, path):
    body = []
    for kind, item in blocks(lines):
        if kind == "p":
            body.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{html_escape(item.strip())}<br />")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{html_escape(c)}</td>" for c in r) + "</tr>\n" for r in item)
            body.append(f"<table border=\"1\" style=\"border-collapse:collapse\"><tbody>\n{rows}</tbody></table>")
    html = ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>信息公开</title>\n"
            "<script type=\"text/javascript\">document.write('<p>不应读出</p>');</script></head>\n<body>\n"
            "<div class=\"top\"><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/xxgk\">信息公开</a></li>"
            "<li><a href=\"/hdjl\">互动交流</a></li></ul></div>\n"
            "<table width=\"1000\" align=\"center\"><tr><td width=\"200\" valign=\"top\"><div class=\"side\"><ul><li><a href=\"/tzgg\">通知公告</a></li>"
            "<li><a href=\"/zcwj\">政策文件</a></li><li><a href=\"/czzj\">财政资金</a></li></ul></div></td>"
            "<td valign=\"top\"><div class=\"article\" id=\"zoom\">\n"
            + "\n".join(body)
            + "\n</div></td></tr></table>\n<div class=\"footer\"><a href=\"/about\">关于本站</a> | <a href=\"/map\">网站地图</a><br>"
            "主办单位：某某人民政府办公室 &copy; 版权所有</div>\n"
            "<select onchange=\"location=this.value\"><option>相关链接</option><option>中国政府网</option></select>\n</body></html>\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(html)


def quoted_printable(raw):
    out, line = [], ""
    for b in raw:
        ch = chr(b) if 33 <= b <= 126 and b != 61 else f"={b:02X}"
        if b in (13, 10):
            ch = "\r\n" if b == 10 else ""
            out.append(line + ch)
            line = ""
            continue
        if len(line) + len(ch) > 75:
            out.append(line + "=\r\n")
            line = ""
        line += ch
    out.append(line)
    return "".join(out)


def write_mht(raw_html, path):
    boundary = "----=_NextPart_01DA0000.12345678"
    text = ("MIME-Version: 1.0\r\nX-Document-Type: Worksheet\r\nContent-Type: multipart/related; boundary=\"" + boundary + "\"\r\n\r\n"
            "此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n"
            f"--{boundary}\r\nContent-Location: file:///C:/D/report.htm\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Type: text/html; charset=\"gb2312\"\r\n\r\n" + quoted_printable(raw_html) + "\r\n\r\n"
            f"--{boundary}\r\nContent-Location: file:///C:/D/report.files/filelist.xml\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            "Content-Type: text/xml; charset=\"utf-8\"\r\n\r\n<xml xmlns:o=3D\"urn:schemas-microsoft-com:office:office\"></xml>\r\n\r\n"
            f"--{boundary}--\r\n")
    with open(path, "wb") as f:
        f.write(text.encode("gb18030"))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    legacy = "--legacy" in sys.argv
    html = "--html" in sys.argv
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
    if html:
        made.update({"html": [], "web.html": [], "mht": []})
    for t in texts:
        lines = open(t, encoding="utf-8").read().split("\n")
        base = os.path.join(work, os.path.basename(t)[:-4])
        write_docx(lines, base + ".docx")
        made["docx"].append((t, base + ".docx"))
        if html:
            raw = write_word_html(lines, base + ".html")
            write_web_html(lines, base + ".web.html")
            write_mht(raw, base + ".mht")
            for fmt in ("html", "web.html", "mht"):
                made[fmt].append((t, base + "." + fmt))
        if sum(1 for l in lines if is_row(l)) * 3 >= max(1, sum(1 for l in lines if l.strip())):
            write_xlsx(lines, base + ".xlsx")
            made["xlsx"].append((t, base + ".xlsx"))
    if legacy:
        for key, fmt, src in (("doc", "doc", "docx"), ("xls", "xls", "xlsx")) + ((("lo.html", "html", "docx"),) if html else ()):
            out = os.path.join(work, key)
            os.makedirs(out, exist_ok=True)
            profile = "file://" + os.path.abspath(os.path.join(work, "profile"))
            files = [o for _, o in made[src]]
            for i in range(0, len(files), 200):
                subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", fmt, "--outdir", out] + files[i:i + 200],
                               capture_output=True)
            made[key] = [(t, os.path.join(out, os.path.basename(o)[:-len(src)] + fmt)) for t, o in made[src]]
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
