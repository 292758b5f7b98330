#!/usr/bin/env python3
"""Renders the standard self-evaluation forms (财政部项目支出绩效自评表, 转移支付绩效自评表, 山东/四川项目表 with
年初预算数(A) only, 部门整体 score table, key–value cover, amounts in 元) in the ways real tables get flattened
(spaces, |, tabs, one cell per line, header broken over lines or mid-cell, grade on the total row, 元 caption) and
prints what `jixiao import --json` reads from each against what the form states.
Usage: layout-matrix.py /path/to/jixiao [outdir]   (started from /work/scratch/layout-matrix.py)"""
import json, subprocess, sys, os

J = sys.argv[1]; out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/layouts"
os.makedirs(out, exist_ok=True)
S = lambda rows: [" ".join(c for c in r if c) for r in rows]
P = lambda rows: [" | ".join(r) for r in rows]
T = lambda rows: ["\t".join(r) for r in rows]
C = lambda rows: [c for r in rows for c in r if c]
cases = []  # (name, text, expected)


def add(name, lines, expected):
    cases.append((name, "\n".join(lines) + "\n", expected))


# ---------------------------------------------------------------- MOF project table
title = ["某某县某某局2023年度项目支出绩效自评表", "(2023年度)"]
head = [["项目名称", "某某道路维护经费"], ["主管部门", "某某县交通运输局", "实施单位", "某某县公路事务中心"],
        ["项目资金(万元)", "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
        ["年度资金总额", "120.5", "130", "117", "10", "90%", "9"],
        ["其中:本年财政拨款", "120.5", "130", "117", "-", "-", "-"],
        ["上年结转资金", "", "", "", "-", "-", "-"]]
ind = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
       ["产出指标", "数量指标", "维护道路里程", "≥50公里", "52公里", "20", "20", ""],
       ["", "质量指标", "验收合格率", "100%", "100%", "20", "20", ""],
       ["效益指标", "社会效益指标", "通行条件改善", "明显改善", "明显改善", "30", "25", "部分路段仍需改造"],
       ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20", "18", ""]]
E = dict(unit="某某县公路事务中心", year=2023, initial=120.5, adjusted=130, executed=117, rate=90, total=92)
G = dict(E, grade="优")
add("mof-space", title + S(head + ind) + ["合计 100 92"], E)
add("mof-space-grade", title + S(head + ind) + ["总分 100 92 优"], G)
add("mof-pipe", title + P(head + ind) + ["合计 | | | | | 100 | 92 |"], E)
add("mof-pipe-grade", title + P(head + ind) + ["总分 | 100 | 92 | 评价等级 | 优"], G)
add("mof-cellperline", title + C(head + ind) + ["合计", "100", "92"], E)
add("mof-cellperline-grade", title + C(head + ind) + ["总分", "100", "92", "优"], G)
# One cell per line with lines of cell bars alone between the cells (a web mirror's row and cell ends).
B = lambda rows: [x for r in rows for c in r if c for x in (c, "|")] 
add("mof-cellperline-barlines", title + B(head + ind) + ["合计", "|", "100", "|", "92", "||||"], E)
# A list of the tables on the page (清单) before the first table, one cell per line: one document, the first table's.
listing = ["某某县某某局项目绩效自评表清单", "序号", "项目名称", "备注", "1", "某某道路维护经费自评表", "2", "某某桥梁维护经费自评表"]
add("mof-list-first", ["2023年度项目支出绩效自评表"] + listing + ["项目支出绩效自评表", "2023年度)"] + C(head + ind) + ["合计", "100", "92"], E)
add("mof-tab", title + T(head + ind) + ["合计\t\t\t\t\t100\t92\t"], E)
add("mof-tab-grade", title + T(head + ind) + ["合计\t\t\t\t\t100\t92\t优"], G)
add("mof-headersplit", title + S(head[:2]) + ["项目资金", "(万元)", "年初预算数 全年预算数(A) 全年执行数(B)", "分值 执行率(B/A) 得分"] + S(head[3:] + ind) + ["合计 100 92"], E)
add("mof-headersplit-midcell", title + S(head[:2]) + ["项目资金(万元) 年初预算数 全年预算", "数(A) 全年执行数(B) 分值 执行率(B/A) 得分"] + S(head[3:] + ind) + ["合计 100 92"], E)
add("mof-headersplit-pipe", title + P(head[:2]) + ["项目资金(万元) | 年初预算数 | 全年预算数(A) | 全年执行", "数(B) | 分值 | 执行率(B/A) | 得分"] + P(head[3:] + ind) + ["合计 | | | | | 100 | 92 |"], E)
add("mof-ocr-spaces", title + S(head[:2]) + ["项目资金(万元) 年初预算数 全年预算 数(A) 全年执行 数(B) 分值 执行率(B/A) 得分"] + S(head[3:] + ind) + ["合计 100 92"], E)
add("mof-fullwidth", title + [x.replace("(", "（").replace(")", "）").replace(":", "：") for x in S(head + ind)] + ["合计 100 92"], E)
add("mof-excel-fraction", title + T(head[:3]) + ["年度资金总额\t120.5\t130\t117\t10\t0.9\t9"] + T(ind) + ["合计\t\t\t\t\t100\t92\t"], E)
add("mof-excel-decimals", title + T(head[:3]) + ["年度资金总额\t120.50\t130.00\t117.00\t10.00\t90.00%\t9.00"] + T(ind) + ["合计\t\t\t\t\t100.00\t92.00\t"], E)
add("mof-yuan-thousands", title + S(head[:2]) + ["项目资金(元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分", "年度资金总额 1,205,000.00 1,300,000.00 1,170,000.00 10 90% 9"] + S(ind) + ["合计 100 92"], E)
add("mof-yuan-header", title + S(head[:2]) + ["项目资金(元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分", "年度资金总额 1205000 1300000 1170000 10 90% 9"] + S(ind) + ["合计 100 92"], E)
add("mof-yuan-caption", title + ["金额单位:元"] + S(head[:2]) + ["项目资金 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分", "年度资金总额 1205000 1300000 1170000 10 90% 9"] + S(ind) + ["合计 100 92"], E)
add("mof-wanyuan-caption", title + ["单位:万元"] + S(head[:2]) + ["项目资金 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分"] + S(head[3:] + ind) + ["合计 100 92"], E)

# ---------------------------------------------------------------- MOF transfer table
ttitle = ["就业补助资金绩效自评表", "(2024年度)"]
thead = [["转移支付(项目)名称", "就业补助资金"], ["中央主管部门", "人力资源社会保障部"], ["地方主管部门", "某某省人力资源和社会保障厅"],
         ["资金使用单位", "某某县人力资源和社会保障局"],
         ["资金投入情况(万元)", "全年预算数(A)", "全年执行数(B)", "预算执行率(B/A)"],
         ["年度资金总额:", "808.1", "692.98", "86%"],
         ["其中:中央财政资金", "808.1", "692.98", "86%"],
         ["地方财政资金", "", "", ""], ["其他资金", "", "", ""]]
tind = [["一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"],
        ["产出指标", "数量指标", "补贴人数", "≥500人", "520人"],
        ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "95%"]]
TE = dict(unit="某某县人力资源和社会保障局", year=2024, adjusted=808.1, executed=692.98, rate=86)
add("transfer-space", ttitle + S(thead + tind), TE)
add("transfer-pipe", ttitle + P(thead + tind), TE)
add("transfer-tab", ttitle + T(thead + tind), TE)
add("transfer-cellperline", ttitle + C(thead + tind), TE)
add("transfer-headersplit", ttitle + S(thead[:4]) + ["资金投入情况", "(万元)", "全年预算数(A) 全年执行数(B)", "预算执行率(B/A)"] + S(thead[5:] + tind), TE)
add("transfer-headersplit-midcell", ttitle + S(thead[:4]) + ["资金投入情况(万元) 全年预算数(A) 全年执行", "数(B) 预算执行率(B/A)"] + S(thead[5:] + tind), TE)
add("transfer-yuan-caption", ttitle + ["单位:元"] + S(thead[:4]) + ["资金投入情况 全年预算数(A) 全年执行数(B) 预算执行率(B/A)", "年度资金总额: 8081000 6929800 86%", "其中:中央财政资金 8081000 6929800 86%"] + S(tind), TE)

# ---------------------------------------------------------------- Shandong / Sichuan project table (年初预算数(A) only)
stitle = ["区级部门预算项目支出绩效自评表", "( 2019 年度)", "主管部门(盖章): 单位:万元"]
shead = [["项目名称", "商品和服务支出", "主管部门", "某某区文化和旅游局"], ["项目实施单位", "某某区文化馆", "项目负责人", "张某"],
         ["项目预算执行情况(10分)", "年初预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分", "得分计算方法"],
         ["年度资金总额", "50", "45", "10", "90%", "9", "执行率*该指标分值,最高不得超过分值上限。"],
         ["其中:财政拨款", "50", "45", "-", "-", "-", ""], ["其他资金", "", "", "-", "-", "-", ""]]
sind = [["一级指标", "二级指标", "三级指标", "预期指标值(A)", "实际完成指标值(B)", "分值", "得分", "未完成原因"],
        ["产出指标(50分)", "数量指标", "全年免费开放", "100%", "100%", "50", "50", ""],
        ["效益指标(30分)", "社会效益指标", "群众文化权益", "有效保障", "有效保障", "30", "26", ""],
        ["满意度指标(10分)", "服务对象满意度指标", "群众满意度", "≥90%", "92%", "10", "9", ""]]
SE = dict(unit="某某区文化馆", year=2019, initial=50, executed=45, rate=90, total=94)
add("sd-space", stitle + S(shead + sind) + ["总分 100 94"], SE)
add("sd-pipe", stitle + P(shead + sind) + ["总分 | 100 | 94"], SE)
add("sd-tab", stitle + T(shead + sind) + ["总分\t\t\t\t\t100\t94\t"], SE)
add("sd-cellperline", stitle + C(shead + sind) + ["总分", "100", "94"], SE)
add("sd-headersplit", stitle + S(shead[:2]) + ["项目预算", "执行情况", "(10分)", "年初预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分 得分计算方法"] + S(shead[3:] + sind) + ["总分 100 94"], SE)
add("sd-headersplit2", stitle + S(shead[:2]) + ["项目预算执行情况(10分) 年初预算数(A) 全年执行数(B)", "分值 执行率(B/A) 得分 得分计算方法"] + S(shead[3:] + sind) + ["总分 100 94"], SE)

# ---------------------------------------------------------------- 部门整体 score table
dtitle = ["2023年度部门整体支出绩效自评表", "预算部门、单位名称 某某县某某乡人民政府"]
dhead = [["年度预算申请(万元)", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分"],
         ["年度资金总额", "861.10", "2030.12", "2030.12", "10", "100%", "10"]]
dind = [["一级指标", "二级指标", "三级指标", "指标分值", "评分标准", "自评得分"],
        ["产出指标", "数量指标", "重点工作完成率", "40", "完成得满分", "38"],
        ["效益指标", "社会效益指标", "群众办事便利度", "30", "明显提升得满分", "28"],
        ["满意度指标", "服务对象满意度", "群众满意度", "20", "≥90%得满分", "16"]]
DE = dict(unit="某某县某某乡人民政府", year=2023, initial=861.10, adjusted=2030.12, executed=2030.12, rate=100, total=92)
add("dept-space", dtitle + S(dhead + dind) + ["合计 100 92"], DE)
add("dept-pipe", dtitle + P(dhead + dind) + ["合计 | 100 | | 92"], DE)
add("dept-tab", dtitle + T(dhead + dind) + ["合计\t\t\t100\t\t92"], DE)
add("dept-cellperline", dtitle + C(dhead + dind) + ["总分", "100", "92"], DE)
add("dept-headersplit", dtitle + ["年度预算申请", "(万元) 年初预算数 全年预算数 全年执行数", "分值 执行率 自评得分"] + S(dhead[1:] + dind) + ["总分 100 92 优"], dict(DE, grade="优"))

# ---------------------------------------------------------------- key–value cover
cover = ["项目支出绩效自评报告", "项目名称:某某道路维护经费", "实施单位:某某县公路事务中心", "主管部门:某某县交通运输局",
         "评价年度:2023", "自评得分:92", "评价等级:优", "填报日期:2024年3月1日"]
KE = dict(unit="某某县公路事务中心", year=2023, total=92, grade="优")
add("cover-colon", cover, KE)
add("cover-pipe", [cover[0]] + [" | ".join(c.split(":", 1)) for c in cover[1:]], KE)
add("cover-tab", [cover[0]] + ["\t".join(c.split(":", 1)) for c in cover[1:]], KE)
add("cover-cellperline", [cover[0]] + [x for c in cover[1:] for x in c.split(":", 1)], KE)

KEYS = ["kind", "unit", "year", "initial", "adjusted", "executed", "rate", "total", "grade"]


def read(path):
    r = subprocess.run([J, "import", path, "--json"], capture_output=True, text=True)
    try:
        d = json.loads(r.stdout)
    except Exception:
        return None
    doc = d["documents"][0]
    e = doc["evaluation"]; b = e.get("budget", {}) or {}; s = doc["stated"]
    return dict(kind=doc["kind"], unit=e.get("unit"), year=e.get("year") or None, initial=b.get("initial"), adjusted=b.get("adjusted"),
                executed=b.get("executed"), rate=b.get("statedRatePercent"), total=s.get("totalScore"), grade=s.get("grade"))


def same(a, b):
    if b is None:
        return a is None
    try:
        return float(a) == float(b)
    except (TypeError, ValueError):
        return str(a) == str(b)


ok = 0
for name, text, expected in cases:
    path = f"{out}/{name}.txt"
    open(path, "w").write(text)
    got = read(path)
    if got is None:
        print(f"{name:30} REFUSED"); continue
    wrong = [k for k in KEYS if k != "kind" and k in expected and not same(got[k], expected[k])]
    extra = [k for k in KEYS if k not in ("kind", "unit", "year") and k not in expected and got[k] is not None]
    status = "ok" if not wrong and not extra else "FAIL"
    ok += status == "ok"
    detail = " ".join(f"{k}={got[k]}(≠{expected[k]})" for k in wrong) + " ".join(f" {k}={got[k]}(invented)" for k in extra)
    print(f"{name:30} {status:4} {got['kind']} {detail}")
print(f"{ok}/{len(cases)} variants read as stated")
