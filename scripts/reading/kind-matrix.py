#!/usr/bin/env python3
"""Document kinds from titles (and a short body) in many forms; prints what is decided.
Usage: kind-matrix.py /path/to/jixiao [outdir]"""
import json, subprocess, sys, os
J = sys.argv[1]; out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/kinds"
os.makedirs(out, exist_ok=True)
report = "一、基本情况\n本单位主要负责全县某某工作。\n二、绩效目标完成情况\n完成了年度目标。\n三、存在的问题\n个别指标设置不够细化。\n四、改进措施\n进一步细化指标。\n"
dtable = "一级指标 分值 二级指标 分值 三级指标 分值 得分\n投入 20 预算编制 10 预算编制科学性 5 5\n合计 100 92\n"
ptable = "项目名称 某某道路维护\n主管部门 某某县交通运输局 实施单位 某某县公路事务中心\n年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n年度资金总额 130 130 117 10 90% 9\n一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 维护道路里程 50公里 52公里 20 20\n合计 100 92\n"
ttable = "转移支付(项目)名称 农业生产发展资金\n中央主管部门 农业农村部\n地方主管部门 某某省农业农村厅\n资金使用单位 某某县农业农村局\n全年预算数(A) 全年执行数(B) 预算执行率(B/A)\n年度资金总额 1300 1170 90%\n"
treport = "一、绩效目标分解下达情况\n（一）中央下达转移支付预算和绩效目标情况\n中央下达资金1300万元。\n二、绩效目标完成情况分析\n完成了年度目标。\n三、偏离绩效目标的原因和下一步改进措施\n无。\n"
third = "受某某县财政局委托，我公司成立评价组对该项目开展了绩效评价。\n一、基本情况\n项目预算1300万元。\n"
notice = "各预算单位：\n为做好2023年度绩效自评工作，现将有关事项通知如下：\n一、自评范围\n全部项目。\n"
cases = [
 ("某某县农业农村局2023年度部门整体支出绩效自评报告", report, "部门整体自评报告"),
 ("某某县农业农村局2023年度整体支出绩效自评报告", report, "部门整体自评报告"),
 ("某某县农业农村局2023年度部门整体绩效自评情况说明", report, "部门整体自评报告"),
 ("某某县农业农村局2023年度单位整体支出绩效评价报告", report, "部门整体自评报告"),
 ("关于某某县农业农村局2023年度部门整体支出绩效自评工作的报告", report, "部门整体自评报告"),
 ("某某县农业农村局2023年度部门绩效自评报告", report, "部门整体自评报告"),
 ("某某县农业农村局2023年度部门整体支出绩效自评表", dtable, "部门整体自评表"),
 ("部门整体支出绩效自评表（2023年度）", dtable, "部门整体自评表"),
 ("2023年度项目支出绩效自评表", ptable, "项目自评表"),
 ("某某道路维护项目绩效自评表", ptable, "项目自评表"),
 ("某某县公路事务中心2023年度项目支出绩效自评表", ptable, "项目自评表"),
 ("某某县交通运输局2023年度某某道路维护项目支出绩效自评报告", report, "项目自评报告"),
 ("某某道路维护项目绩效自评报告", report, "项目自评报告"),
 ("关于某某道路维护项目2023年度绩效自评情况的报告", report, "项目自评报告"),
 ("某某县2023年度中央财政农业生产发展资金绩效自评报告", treport, "转移支付自评报告"),
 ("某某县2023年度农业生产发展资金转移支付绩效自评报告", treport, "转移支付自评报告"),
 ("某某县2023年度城乡义务教育补助经费转移支付区域绩效自评报告", treport, "转移支付自评报告"),
 ("中央对地方转移支付区域绩效自评表（2023年度）", ttable, "转移支付自评表"),
 ("农业生产发展资金绩效自评表", ttable, "转移支付自评表"),
 ("某某县农业农村局2023年度部门决算", "一、部门基本情况\n本单位负责全县农业工作。\n二、收入支出决算总体情况说明\n收入合计1300万元。\n", "其他"),
 ("关于开展2023年度部门预算绩效自评工作的通知", notice, "其他"),
 ("某某县农业农村局2024年度部门预算", "一、部门基本情况\n本单位负责全县农业工作。\n二、收支预算总体情况\n收入预算1300万元。\n", "其他"),
 ("某某道路维护项目绩效目标表", "项目名称 某某道路维护\n年度绩效目标 完成道路维护\n一级指标 二级指标 三级指标 指标值\n", "其他"),
 ("某某县财政局关于2023年度部门整体支出绩效评价结果的通报", "各预算单位：\n现将评价结果通报如下。\n", "其他"),
 ("某某道路维护项目绩效评价报告", third, "其他"),
 # Central money spent below (a transfer though the title does not say 转移支付) and a goal table with a project title.
 ("某某县2023年度中央专项彩票公益金绩效自评报告", treport, "转移支付自评报告"),
 ("某某县2023年度中央财政城乡居民医疗保险补助资金绩效自评报告", treport, "转移支付自评报告"),
 ("某某县民政局2023年度项目支出绩效目标表", "项目名称 某某项目\n年度目标 完成某某工作\n一级指标 二级指标 三级指标 指标值\n", "其他"),
]
bad = 0
for i, (t, body, k) in enumerate(cases):
    f = f"{out}/k{i:02}.txt"; open(f, "w").write(t + "\n" + body)
    r = subprocess.run([J, "import", f, "--json"], capture_output=True, text=True)
    try: docs = json.loads(r.stdout)["documents"]; got = docs[0]["kind"].replace("（非自评文档）", "").replace("项目支出自评表", "项目自评表")
    except Exception: got = "（未识别）"
    ok = got == k; bad += 0 if ok else 1
    print(f"{'ok ' if ok else 'BAD'} {got:10} ← {t}  (应为 {k})")
print(f"{bad} of {len(cases)} not decided as expected")

# The same titles with the noise of published copies around them.
noisy = [
 ("附件1\n某某县农业农村局2023年度部门整体支出绩效自评报告", report, "部门整体自评报告"),
 ("某某县农业农村局\n2023年度部门整体支出绩效自评报告", report, "部门整体自评报告"),
 ("首页 > 信息公开 > 预算绩效\n发布时间：2024-05-20 来源：某某县农业农村局\n某某县农业农村局2023年度部门整体支出绩效自评报告\n【字体：大 中 小】", report, "部门整体自评报告"),
 ("2023年度\n项目支出绩效自评表", ptable, "项目自评表"),
 ("附件3：\n某某县2023年度中央财政农业生产发展资金绩效自评报告", treport, "转移支付自评报告"),
 ("某某县农业农村局2023年度部门整体支出绩效自评报告.docx", report, "部门整体自评报告"),
 ("某某县农业农村局2023年度部门整体支出\n绩效自评报告", report, "部门整体自评报告"),
]
bad2 = 0
for i, (t, body, k) in enumerate(noisy):
    f = f"{out}/n{i:02}.txt"; open(f, "w").write(t + "\n" + body)
    r = subprocess.run([J, "import", f, "--json"], capture_output=True, text=True)
    try: docs = json.loads(r.stdout)["documents"]; got = docs[0]["kind"].replace("（非自评文档）", "").replace("项目支出自评表", "项目自评表") + ("" if len(docs) == 1 else f" (+{len(docs)-1} 个文档)")
    except Exception: got = "（未识别）"
    ok = got == k; bad2 += 0 if ok else 1
    print(f"{'ok ' if ok else 'BAD'} {got:10} ← {t.replace(chr(10), ' / ')}  (应为 {k})")
print(f"{bad2} of {len(noisy)} noisy titles not decided as expected")
