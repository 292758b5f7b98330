#!/usr/bin/env python3
"""Robustness probe: does the reader still read the development corpus when the same texts arrive in another form?

Unseen documents differ from the corpus less in what they say than in how the copy reached us: a mirror in
Traditional script, a page with more navigation chrome, digits and punctuation in full width (Word) or in ASCII
(web copies), line breaks lost, labels spaced out by PDF extraction, Windows line ends. Each perturbation below
rewrites every development text that way, keeps its expected-facts file (the facts do not change), and measures
with `jixiao vocabulary measure`. A headline fact (every field but sections) read from the original but lost,
changed or invented in the perturbed copy is a fragility of the reader, not of the document.

Usage: perturb-probe.py JIXIAO [PERTURBATION ...] [--list]
  JIXIAO        the built CLI (artifacts/bin/Jixiao.Cli/release/jixiao)
  PERTURBATION  any of the names below (default: all)
  --list        also print each fact the perturbation loses or changes
Prints one line per perturbation: headline correct/stated, wrong, invented, and the difference from the original.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, 'testdata', 'corpus')
TS_TABLE = os.path.join(ROOT, 'src', 'Jixiao.Documents', 'Import', 'Data', 'ts-characters.txt')
ROW = re.compile(r'^(错误|编造|漏读) (\S+?\.txt(?:#\d+)?) (\w+)：')
HEAD = re.compile(r'^\| (\w+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \| (\d+) \|')


def simplified_to_traditional():
    """The reverse of the reader's own Traditional -> Simplified table: the first Traditional form of each character."""
    table = {}
    with open(TS_TABLE, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or '\t' not in line:
                continue
            trad, simp = line.rstrip('\n').split('\t')[:2]
            if len(trad) == 1 and len(simp) == 1 and simp not in table:
                table[simp] = trad
    return table


S2T = None


def trad(text):
    global S2T
    S2T = S2T or simplified_to_traditional()
    return ''.join(S2T.get(c, c) for c in text)


CHROME_HEAD = ['网站首页 | 政务公开 | 政务服务 | 互动交流', '无障碍浏览  长者模式  登录  注册', '当前位置：首页 > 政务公开 > 财政信息',
               '【字体：大 中 小】 【打印本页】 【关闭窗口】', '分享到：']
CHROME_TAIL = ['相关链接', '上一篇：关于做好信息公开工作的通知', '下一篇：无', '网站地图 | 联系我们 | 隐私声明', '技术支持：某某网络科技有限公司']


def chrome(text):
    return '\n'.join(CHROME_HEAD) + '\n' + text + '\n' + '\n'.join(CHROME_TAIL)


FULL = {c: chr(ord(c) + 0xFEE0) for c in '0123456789.%'}


def fullwidth(text):
    """Word-style: digits, decimal points and percent signs in full width (１２３．４５％)."""
    return ''.join(FULL.get(c, c) for c in text)


HALF = {'，': ',', '：': ':', '（': '(', '）': ')', '；': ';', '％': '%', '．': '.'}


def halfwidth(text):
    """Web copy: Chinese punctuation replaced by ASCII."""
    return ''.join(HALF.get(c, c) for c in text)


def joined(text):
    """A page whose line breaks were lost: every line joined with a space."""
    return ' '.join(l.strip() for l in text.splitlines() if l.strip())


CJK = re.compile(r'[\u4e00-\u9fff]')


def wrapped(text):
    """A PDF's text: lines hard-wrapped at the page width (38 characters), mid-word and mid-number."""
    out = []
    for l in text.splitlines():
        while len(l) > 38:
            out.append(l[:38])
            l = l[38:]
        out.append(l)
    return '\n'.join(out)


def cells(text):
    """A web table copied as text: every cell of a bar-separated row on a line of its own, rows apart by an empty line."""
    out = []
    for l in text.splitlines():
        if l.count('|') >= 2:
            out.extend(c.strip() for c in l.strip().strip('|').split('|') if c.strip())
            out.append('')
        else:
            out.append(l)
    return '\n'.join(out)


def spaced(text):
    """PDF extraction of short label lines: a space between the characters of every line of at most 12 characters."""
    out = []
    for l in text.splitlines():
        s = l.strip()
        out.append(' '.join(s) if 0 < len(s) <= 12 and CJK.search(s) else l)
    return '\n'.join(out)


def crlf(text):
    return text.replace('\n', '\r\n')


def tabs(text):
    """Cells separated by tabs instead of bars or spaces (an XLSX pasted as text)."""
    return re.sub(r' *\| *', '\t', text)


def columns(text):
    """pdftotext -layout: cells separated by runs of spaces instead of bars."""
    return re.sub(r' *\| *', '   ', text)


def flat(text):
    """A web table copied as text with its cells run on with single spaces (document-sharing sites, search excerpts)."""
    return re.sub(r' *\| *', ' ', text).replace('\n ', '\n')


CN_DIGITS = '〇一二三四五六七八九'


def cnyear(text):
    """Years in Chinese numerals, as formal titles and signatures write them (二〇二二年度)."""
    return re.sub(r'(?<![0-9.])(20[0-9]{2})(?=年)', lambda m: ''.join(CN_DIGITS[int(c)] for c in m[1]), text)


def yuan(text):
    """Amounts in 元 with thousands separators instead of 万元 (1,234,500.00元 for 123.45万元)."""
    def to_yuan(m):
        from decimal import Decimal
        v = Decimal(m[1].replace(',', '')) * 10000
        return f'{v:,.2f}元'
    return re.sub(r'(?<![0-9.,])([0-9][0-9,]*(?:\.[0-9]+)?)万元', to_yuan, text)


# Wordings that other units use for the same thing (each seen in published documents).
SYNONYMS = [('预算执行率', '资金执行率'), ('全年执行数', '全年实际支出数'), ('年初预算数', '年初预算安排数'), ('自评得分', '自评分数'),
            ('绩效自评报告', '绩效自我评价报告'), ('绩效自评表', '绩效自我评价表'), ('实际支出', '实际使用'), ('执行率为', '执行率达')]


def synonyms(text):
    for a, b in SYNONYMS:
        text = text.replace(a, b)
    return text


PERTURBATIONS = {'trad': trad, 'chrome': chrome, 'fullwidth': fullwidth, 'halfwidth': halfwidth, 'joined': joined, 'wrapped': wrapped, 'cells': cells,
                 'spaced': spaced, 'crlf': crlf, 'tabs': tabs, 'columns': columns, 'flat': flat, 'cnyear': cnyear, 'yuan': yuan, 'synonyms': synonyms}


def measure(jixiao, folder):
    out = subprocess.run([jixiao, 'vocabulary', 'measure', folder], capture_output=True, text=True, encoding='utf-8').stdout
    rows, head = set(), [0, 0, 0, 0]
    for line in out.splitlines():
        m = HEAD.match(line)
        if m and m[1] not in ('合计', 'sections'):
            head = [head[0] + int(m[2]), head[1] + int(m[3]), head[2] + int(m[4]), head[3] + int(m[6])]
        m = ROW.match(line)
        if m and m[3] != 'sections':
            rows.add((m[1], m[2], m[3]))
    return head, rows


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    if not args:
        sys.exit(__doc__)
    jixiao, names = args[0], args[1:] or list(PERTURBATIONS)
    listing = '--list' in sys.argv
    base, base_rows = measure(jixiao, CORPUS)
    print(f'original: headline {base[1]}/{base[0]}, {base[2]} wrong, {base[3]} invented')
    for name in names:
        work = tempfile.mkdtemp(prefix=f'perturb-{name}-')
        try:
            for f in os.listdir(CORPUS):
                src = os.path.join(CORPUS, f)
                if f.endswith('.txt') and os.path.exists(src[:-4] + '.expected.yaml'):
                    with open(src, encoding='utf-8', newline='') as r:
                        text = r.read()
                    with open(os.path.join(work, f), 'w', encoding='utf-8', newline='') as w:
                        w.write(PERTURBATIONS[name](text))
                elif f.endswith('.expected.yaml'):
                    shutil.copy(src, work)
            head, rows = measure(jixiao, work)
            lost = sorted(rows - base_rows)
            print(f'{name}: headline {head[1]}/{head[0]} ({head[1] - base[1]:+d}), {head[2]} wrong ({head[2] - base[2]:+d}), '
                  f'{head[3]} invented ({head[3] - base[3]:+d}); {len(lost)} facts lost or changed')
            if listing:
                for verdict, doc, field in lost:
                    print(f'  {verdict} {doc} {field}')
        finally:
            shutil.rmtree(work)


if __name__ == '__main__':
    main()
