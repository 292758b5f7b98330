#!/usr/bin/env python3
"""Total-score and grade sentences in many wordings inside a minimal project report; prints what is read.
Usage: score-matrix.py /path/to/jixiao [outdir]"""
import json, subprocess, sys, os
J = sys.argv[1]; out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/scores"
os.makedirs(out, exist_ok=True)
tpl = "某某县某某局2023年度某某道路维护项目支出绩效自评报告\n一、项目基本情况\n本项目用于道路维护。\n二、综合评价结论\n{s}\n三、存在的问题\n无。\n"
cases = [  # (sentence, score, grade)
 ("经自评，该项目得分为92分，评价等级为优。", 92, "优"),
 ("自评得分92分，等级为“优”。", 92, "优"),
 ("综合评分92分，评价结果为优秀。", 92, "优"),
 ("自评结果：92分，优秀。", 92, "优"),
 ("本次自评总分为92分，绩效评价等级为“优”。", 92, "优"),
 ("最终得分92分，评定等级为优。", 92, "优"),
 ("自评分数为92.5分，自评等级“优秀”。", 92.5, "优"),
 ("按照评分标准，总得分92分，属于“优”等级。", 92, "优"),
 ("根据评分标准，本项目自评得分92分，绩效等级为优秀。", 92, "优"),
 ("经综合评定，项目绩效自评得分为92分，等次为优。", 92, "优"),
 ("自评结论：得分92分，等级优。", 92, "优"),
 ("绩效自评综合得分92分，达到优秀等级。", 92, "优"),
 ("项目自评得分92分（满分100分），评价等级为优秀。", 92, "优"),
 ("自评得分：92分；评价等级：优", 92, "优"),
 ("项目得分92分，为“优”等次。", 92, "优"),
 ("该项目绩效自评得分为85分，自评等级为良。", 85, "良"),
 ("自评得分78分，评价等级为“中”。", 78, "中"),
 ("经自评，2023年度该项目绩效评价得分为92分，绩效评级为“优”。", 92, "优"),
 ("自评得分为92分，自评结果为优秀。", 92, "优"),
 ("经评价，该项目总体得分92分，评价等级“优”。", 92, "优"),
 ("自评总分（100分）92分，评价等级为优。", 92, "优"),
 ("项目自评得分（92分），评价等级为优。", 92, "优"),
 ("绩效自评综合得分为95.5分，评价等级为优。", 95.5, "优"),
 ("自评得分合计95.5分，等级为优秀。", 95.5, "优"),
 ("得分：95.5，等级：优", 95.5, "优"),
 ("总分值100分，自评得分95.5分，评价等级为优。", 95.5, "优"),
 ("评价结果：优（95.5分）。", 95.5, "优"),
 ("项目自评得分95.5分（优）。", 95.5, "优"),
 ("满分100分，本项目自评得分95.5分，等级为优秀。", 95.5, "优"),
 ("经自评，本项目综合得分95.5分，自评等级为优秀。", 95.5, "优"),
 ("综合评价结论：自评得分95.5分，评价等级为优。", 95.5, "优"),
 ("总分100分，自评得分95.5分，等级为优。", 95.5, "优"),
 ("评价结论：优，得分95.5分。", 95.5, "优"),
 ("自评等级为优（95.5分）。", 95.5, "优"),
 ("本项目自评总分100分，得分96分，等级为优。", 96, "优"),
 ("自评总分（100分），得分96分，等级为优。", 96, "优"),
 ("本次自评共计得分92分，评定为“优”。", 92, "优"),
 ("按照评价指标体系打分，该项目得92分，等级为良。", 92, "良"),
]
# The score stated in words under the indicator rows of a table (no grade expected there).
table = "某某县某某局2023年度项目支出绩效自评表\n项目名称 某某道路维护\n实施单位 某某县公路事务中心\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 维护道路里程 50公里 52公里 20 20\n{s}\n"
table_cases = [("总分 100 分 自评得分 92 分", 92), ("合计 | 100.00 | 92.50", 92.5), ("得分合计：92.5", 92.5), ("综合得分（满分100分）：92", 92),
 ("自评总分（100分）92", 92), ("总得分 92", 92), ("合计得分 92分", 92), ("总计 100 92", 92), ("合计100分，得分92分", 92),
 ("绩效自评得分：92分", 92), ("自评得分(分) 92", 92), ("满分100分，自评92分", 92), ("总分：92分（满分100分）", 92),
 ("总分 | 100 | 95.5 | 优", 95.5, "优"), ("合计\t100\t95.5", 95.5), ("总分 100 95.5 优", 95.5, "优"), ("合计 | 100 | 95.5 | 优秀", 95.5, "优"),
 ("自评得分合计 95.5", 95.5), ("得分：95.5", None), ("总分值100分，自评得分95.5分", 95.5), ("绩效自评综合得分为95.5分", 95.5),
 ("评价结果：优（95.5分）", 95.5, "优"), ("自评得分：95.5分（优）", 95.5, "优"), ("总分 100.00 95.50", 95.5), ("总分（100分） 96", 96),
 # Look-alikes: nothing is the document's total (得分：95.5 alone, like 得分:20 on a cover, may be one indicator's score).
 ("服务对象满意度 满意度 ≥90% 95% 10 9.5", None), ("满意度指标分值10分，得分9.5分。", None), ("总分100分，自评得分95.5分", 95.5), ("注：满分100分", None), ("得分率95.5%", None), ("2023年12月31日", None)]
bad = 0
for i, (s, es, *eg) in enumerate(table_cases):
    f = f"{out}/t{i:02}.txt"; open(f, "w").write(table.format(s=s))
    r = subprocess.run([J, "import", f, "--json"], capture_output=True, text=True)
    try: st = json.loads(r.stdout)["documents"][0]["stated"]; got = st.get("totalScore"); grade = st.get("grade")
    except Exception: got = "REFUSED"; grade = None
    ok = got is None if es is None else got not in (None, "REFUSED") and float(got) == es
    ok = ok and grade == (eg[0] if eg else None)
    bad += 0 if ok else 1
    print(f"{'ok ' if ok else 'BAD'} {got} {grade} (table) {s}")
for i, (s, es, eg) in enumerate(cases):
    f = f"{out}/s{i:02}.txt"; open(f, "w").write(tpl.format(s=s))
    r = subprocess.run([J, "import", f, "--json"], capture_output=True, text=True)
    try: doc = json.loads(r.stdout)["documents"][0]
    except Exception: print(f"REFUSED {s}"); bad += 1; continue
    st = doc["stated"]; got = (st.get("totalScore"), st.get("grade"))
    ok = got[0] is not None and float(got[0]) == es and got[1] == eg
    bad += 0 if ok else 1
    print(f"{'ok ' if ok else 'BAD'} {got} {s}")
print(f"{bad} of {len(cases) + len(table_cases)} not read as expected")
