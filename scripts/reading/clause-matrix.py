#!/usr/bin/env python3
"""Budget sentences in many wordings inside a minimal department/project report; prints what is read.
Usage: clause-matrix.py /path/to/jixiao [outdir]"""
import json, subprocess, sys, os
J = sys.argv[1]; out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/clauses"
os.makedirs(out, exist_ok=True)
dept = "某某县某某局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n本局负责全县某某工作。\n二、部门整体收支情况\n{s}\n三、存在的问题\n无。\n"
proj = "某某县某某局2023年度某某道路维护项目支出绩效自评报告\n一、项目基本情况\n本项目用于道路维护。\n二、项目资金使用情况\n{s}\n三、存在的问题\n无。\n"
cases = [
 # (name, template, sentence, expected budget, initial, executed, rate)
 ("d-full", dept, "2023年全年预算数为1300万元，全年执行数为1170万元，预算执行率为90%。", 1300, None, 1170, 90),
 ("d-initial-adjusted", dept, "年初预算1200万元，调整后预算1300万元，实际支出1170万元，预算执行率90%。", 1300, 1200, 1170, 90),
 ("d-income-spend", dept, "2023年度收入预算1300万元，支出预算1300万元，实际支出1170万元，执行率90%。", 1300, None, 1170, 90),
 ("d-jueshuan", dept, "2023年度支出预算数1300万元，支出决算数1170万元，预算执行率90%。", 1300, None, 1170, 90),
 ("d-yuan", dept, "全年预算数13000000元，全年执行数11700000元，执行率90%。", 1300, None, 1170, 90),
 ("d-yiyuan", dept, "全年预算1.3亿元，执行1.17亿元，执行率90%。", 13000, None, 11700, 90),
 ("d-colon", dept, "全年预算数：1300万元；全年执行数：1170万元；预算执行率：90%。", 1300, None, 1170, 90),
 ("d-paren-unit", dept, "全年预算数1300（万元），全年执行数1170（万元），预算执行率90%。", 1300, None, 1170, 90),
 ("d-thousands", dept, "全年预算数1,300.00万元，全年执行数1,170.00万元，预算执行率90.00%。", 1300, None, 1170, 90),
 ("d-wanyuan-first", dept, "全年预算（万元）：1300；全年执行（万元）：1170；执行率：90%。", 1300, None, 1170, 90),
 ("d-completed", dept, "全年预算1300万元，完成支出1170万元，预算执行率达90%。", 1300, None, 1170, 90),
 ("d-spent-verb", dept, "本年度预算安排1300万元，已支出1170万元，执行率为90%。", 1300, None, 1170, 90),
 ("d-approved", dept, "年初批复预算1300万元，全年支出1170万元，预算执行率90%。", 1300, None, 1170, 90),
 ("p-arrived-paid", proj, "项目预算资金1300万元，实际到位1300万元，已支付1170万元，支付率90%。", 1300, None, 1170, 90),
 ("p-allocated", proj, "上级下达项目资金1300万元，截至2023年12月31日已使用1170万元，资金使用率90%。", 1300, None, 1170, 90),
 ("p-total-invest", proj, "项目总预算1300万元，累计支出1170万元，预算执行率90%。", 1300, None, 1170, 90),
 ("p-arrange", proj, "2023年安排项目资金1300万元，实际支出1170万元，执行率90%。", 1300, None, 1170, 90),
 ("p-execution-amount", proj, "该项目预算1300万元，执行金额1170万元，执行率90%。", 1300, None, 1170, 90),
 ("p-rate-first", proj, "预算执行率90%（预算1300万元，执行1170万元）。", 1300, None, 1170, 90),
 # The noise of copies: fields a space apart, thousands a space apart, a number broken by the line end, web markup.
 ("d-fields-spaced", dept, "全年预算数：1300.00万元 全年执行数：1170.00万元 预算执行率：90.00%", 1300, None, 1170, 90),
 ("d-thousands-space", dept, "全年预算数1 300.00万元，全年执行数1 170.00万元，预算执行率90.00%。", 1300, None, 1170, 90),
 ("d-number-wrapped", dept, "2023年度本单位认真落实预算管理要求，严格执行预算，全年预算数1300万元，全年执行数11\n70万元，预算执行率90%。", 1300, None, 1170, 90),
 ("d-html-entity", dept, "全年预算数&nbsp;1300万元，全年执行数<span>1170</span>万元，预算执行率90%。", 1300, None, 1170, 90),
 ("d-units-spaced", dept, "全年预算数（万元）：1300.00 全年执行数（万元）：1170.00 预算执行率：90.00%", 1300, None, 1170, 90),
 # Further wordings of spending and its pace (written from report conventions, not from corpus files).
 ("p-pay-pace", proj, "预算安排1300万元，实际支付1170万元，支付进度90%。", 1300, None, 1170, 90),
 ("p-spend-pace", proj, "项目资金总额为1300万元，其中已支出1170万元，支出进度90%。", 1300, None, 1170, 90),
 ("p-secured-paid", proj, "共落实资金1300万元，已支付资金1170万元，资金支付率90%。", 1300, None, 1170, 90),
 ("p-redeemed", proj, "省级下达资金1300万元，已兑付1170万元。", 1300, None, 1170, None),
 ("p-incurred", proj, "项目经费预算1300万元，实际发生支出1170万元，执行率90%。", 1300, None, 1170, 90),
 ("p-cover-lines", proj, "计划安排资金\n(万元)\n1300\n实际到位资金\n(万元)\n1300\n实际支出\n(万元)\n1170", 1300, None, 1170, None),
 ("p-keyed-row", proj, "金额单位:万元\n预算数 1300 到位数 1300 执行数 1170", 1300, None, 1170, None),
 ("p-paid-bare", proj, "2023年，财政预算项目资金1300万元，支付1170万元。", 1300, None, 1170, None),
 ("p-money-paid", proj, "项目预算1300万元，资金支付1170万元，未支130万元，支付率90%。", 1300, None, 1170, 90),
]
print(f"{'case':20} budget/initial/executed/rate  (expected)")
bad = 0
for name, tpl, s, eb, ei, ee, er in cases:
    f = f"{out}/{name}.txt"; open(f, "w").write(tpl.format(s=s))
    r = subprocess.run([J, "import", f, "--json"], capture_output=True, text=True)
    try: d = json.loads(r.stdout); doc = d["documents"][0]
    except Exception: print(f"{name:20} REFUSED"); bad += 1; continue
    b = doc["evaluation"].get("budget", {})
    got = (b.get("adjusted") if b.get("adjusted") is not None else b.get("initial"), b.get("initial") if b.get("adjusted") is not None else None, b.get("executed"), b.get("statedRatePercent"))
    exp = (eb, ei, ee, er)
    ok = all((g is None and x is None) or (g is not None and x is not None and float(g) == float(x)) for g, x in zip(got, exp))
    bad += 0 if ok else 1
    print(f"{name:20} {'ok ' if ok else 'BAD'} {got}  ({exp})")
print(f"{bad} of {len(cases)} not read as expected")
