#!/usr/bin/env python3
"""Evaluated-year statements in many title and body shapes; prints what is read.
Usage: year-matrix.py /path/to/jixiao [outdir]"""
import json, subprocess, sys, os
J = sys.argv[1]; out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/years"
os.makedirs(out, exist_ok=True)
body = "一、部门基本情况\n本局负责全县某某工作。\n二、部门整体收支情况\n{b}\n三、存在的问题\n无。\n四、下一步改进措施\n2025年，我局将进一步加强预算管理。\n"
cases = [  # (title, body sentence, year)
 ("某某县某某局2023年度部门整体支出绩效自评报告", "全年预算数1300万元。", 2023),
 ("2023年度某某县某某局部门整体支出绩效自评报告", "全年预算数1300万元。", 2023),
 ("某某县某某局部门整体支出绩效自评报告（2023年度）", "全年预算数1300万元。", 2023),
 ("关于某某县某某局2023年度部门整体支出绩效自评情况的报告", "全年预算数1300万元。", 2023),
 ("某某县某某局2023年部门整体绩效自评报告", "全年预算数1300万元。", 2023),
 # Two years with the same cues (2023年 here, 2025年 in the measures): nothing tells which is evaluated, none is taken.
 ("某某县某某局部门整体支出绩效自评报告", "2023年，我局全年预算数1300万元。", 0),
 ("某某县某某局 2023 年度部门整体支出绩效自评报告", "全年预算数1300万元。", 2023),
 ("某某县某某局部门整体支出绩效自评报告", "2023年度全年预算数1300万元，2024年预算数1400万元。", 2023),
 ("某某县某某局部门整体支出绩效自评报告", "本单位2023年度部门整体支出情况如下：全年预算数1300万元。", 2023),
 ("某某县某某局二〇二三年度部门整体支出绩效自评报告", "全年预算数1300万元。", 2023),
 ("某某县某某局部门整体支出绩效自评报告", "评价年度：2023年。全年预算数1300万元。", 2023),
]
bad = 0
for i, (t, b, y) in enumerate(cases):
    f = f"{out}/y{i:02}.txt"; open(f, "w").write("发布时间：2024-05-20\n" + t + "\n" + body.format(b=b))
    r = subprocess.run([J, "import", f, "--json"], capture_output=True, text=True)
    try: doc = json.loads(r.stdout)["documents"][0]
    except Exception: print(f"REFUSED {t}"); bad += 1; continue
    got = doc["evaluation"].get("year")
    ok = got == y; bad += 0 if ok else 1
    print(f"{'ok ' if ok else 'BAD'} {got} {t} / {b}")
print(f"{bad} of {len(cases)} not read as expected")
