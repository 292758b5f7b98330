#!/usr/bin/env python3
"""The budget unit stated in many common ways (title, cover label, project table, signature, opening sentence,
page chrome) inside small synthetic documents, plus look-alikes that must give no unit or not the wrong one;
prints what is read.
Usage: unit-matrix.py /path/to/jixiao [outdir]"""
import json, subprocess, sys, os
J = sys.argv[1]; out = sys.argv[2] if len(sys.argv) > 2 else "/tmp/units"
os.makedirs(out, exist_ok=True)

DEPT_BODY = ("一、部门基本情况\n{open}\n二、部门整体收支情况\n2023年全年预算数1300万元，全年执行数1200万元，预算执行率92.31%。\n"
             "三、存在的问题\n预算编制的精准度有待提高。\n四、下一步改进措施\n进一步加强预算管理，提高资金使用效益。\n")
PROJ_BODY = ("一、项目基本情况\n{open}\n二、项目资金使用情况\n项目全年预算数80万元，全年执行数80万元，预算执行率100%。\n"
             "三、存在的问题\n项目前期准备不够充分。\n四、下一步改进措施\n加强项目全过程管理。\n")
T_DEPT = "2023年度部门整体支出绩效自评报告"
T_PROJ = "2023年度农村公路养护项目支出绩效自评报告"
OPEN_D = "全年共有在职人员35人，内设股室6个。"
OPEN_P = "本项目用于全县农村公路日常养护，共养护里程120公里。"
D, P = DEPT_BODY, PROJ_BODY


def case(title, unit, body=D, pre=(), cover=(), open=None, sig=(), bad=None, intro=None):
    """pre: page chrome before the title; cover: lines after it; intro: the preamble before the first heading;
    open: the overview's first sentence; sig: the last lines."""
    return dict(title=title, unit=unit, body=body, pre=list(pre), cover=list(cover) + ([intro] if intro else []),
                open=open or (OPEN_D if body is D else OPEN_P), sig=list(sig), bad=bad)


cases = [
    # --- the title
    case("某某县农业农村局2023年度部门整体支出绩效自评报告", "某某县农业农村局"),
    case("2023年度某某县农业农村局部门整体支出绩效自评报告", "某某县农业农村局"),
    case("关于某某县农业农村局2023年度部门整体支出绩效自评情况的报告", "某某县农业农村局"),
    case("某某县农业农村局部门整体支出绩效自评报告（2023年度）", "某某县农业农村局"),
    case("某某县农业农村局\n2023年度部门整体支出绩效自评报告", "某某县农业农村局"),
    case("某某县发展和改革委员会2023年度部门整体支出绩效自评报告", "某某县发展和改革委员会"),
    case("某某县疾病预防控制中心2023年度部门整体支出绩效自评报告", "某某县疾病预防控制中心"),
    case("某某县人民医院2023年度部门整体支出绩效自评报告", "某某县人民医院"),
    case("某某县特殊教育学校2023年度部门整体支出绩效自评报告", "某某县特殊教育学校"),
    case("某某县城关第一小学2023年度部门整体支出绩效自评报告", "某某县城关第一小学"),
    case("某某县实验幼儿园2023年度部门整体支出绩效自评报告", "某某县实验幼儿园"),
    case("某某县青石镇人民政府2023年度部门整体支出绩效自评报告", "某某县青石镇人民政府"),
    case("某某县东城街道办事处2023年度部门整体支出绩效自评报告", "某某县东城街道办事处"),
    case("某某县水库管理处2023年度部门整体支出绩效自评报告", "某某县水库管理处"),
    case("某某县畜牧兽医服务站2023年度部门整体支出绩效自评报告", "某某县畜牧兽医服务站"),
    case("某某县农业科学研究所2023年度部门整体支出绩效自评报告", "某某县农业科学研究所"),
    case("某某县计划生育协会2023年度部门整体支出绩效自评报告", "某某县计划生育协会"),
    case("中共某某县委组织部2023年度部门整体支出绩效自评报告", "中共某某县委组织部"),
    case("某某县人民政府办公室（县外事办）2023年度部门整体支出绩效自评报告", "某某县人民政府办公室(县外事办)"),
    # --- cover lines
    case(T_DEPT, "某某县卫生健康委员会", cover=["单位名称：某某县卫生健康委员会"]),
    case(T_DEPT, "某某县市场监督管理局", cover=["部门（单位）名称：某某县市场监督管理局"]),
    case(T_DEPT, "某某县第一中学", cover=["预算单位：某某县第一中学"]),
    case(T_DEPT, "某某县疾病预防控制中心", cover=["填报单位（盖章）：某某县疾病预防控制中心", "填报日期：2024年3月15日"]),
    case(T_DEPT, "某某县中医医院", cover=["评价单位：某某县中医医院"]),
    case(T_PROJ, "某某县公路养护中心", body=P, cover=["项目实施单位：某某县公路养护中心"]),
    case(T_PROJ, "某某县公路养护中心", body=P, cover=["项目名称：农村公路养护", "主管部门：某某县交通运输局", "实施单位：某某县公路养护中心"]),
    case(T_PROJ, "某某县公路养护中心", body=P, cover=["| 项目名称 | 农村公路养护 |", "| 主管部门 | 某某县交通运输局 | 实施单位 | 某某县公路养护中心 |"]),
    case("2023年度中央财政衔接推进乡村振兴补助资金绩效自评报告", "某某县乡村振兴局", body=P, cover=["资金使用单位：某某县乡村振兴局"],
         open="本资金用于全县产业发展。"),
    # --- signature, opening sentence, page chrome
    case(T_DEPT, "某某县林业局", sig=["某某县林业局", "2024年3月15日"]),
    case(T_DEPT, "某某县文化和旅游局", open="我局（某某县文化和旅游局）是县人民政府工作部门，内设股室6个。"),
    case(T_DEPT, "某某县统计局", open="某某县统计局是县人民政府主管全县统计工作的政府工作部门。"),
    case(T_DEPT, "某某县民政局", pre=["发布机构：某某县民政局", "发布日期：2024-05-20"]),
    case(T_DEPT, "某某县司法局", pre=["来源：某某县司法局", "发布时间：2024-05-20"]),
    case(T_DEPT, "某某县审计局", pre=["信息来源：某某县审计局", "发布时间：2024-05-20"]),
    # --- harder but common shapes
    case("某某县农业农村局关于2023年度部门整体支出绩效自评的报告", "某某县农业农村局"),
    case("某某县农业农村局 2023年度 部门整体支出绩效自评报告", "某某县农业农村局"),
    case("某某县农业农村局2023年度高标准农田建设项目绩效自评报告", "某某县农业农村局", body=P),
    case("某某县供销合作社联合社2023年度部门整体支出绩效自评报告", "某某县供销合作社联合社"),
    case("共青团某某县委员会2023年度部门整体支出绩效自评报告", "共青团某某县委员会"),
    case("某某县融媒体中心\n2023年度部门整体支出\n绩效自评报告", "某某县融媒体中心"),
    case(T_DEPT, "某某县林业局", sig=["某某县林业局（盖章）", "2024年3月15日"]),
    case(T_DEPT, "某某县林业局", sig=["                                   某某县林业局", "                                   2024年3月15日"]),
    case(T_DEPT, "某某县林业局", sig=["某某县林业局", "二〇二四年三月十五日"]),
    case(T_DEPT, "某某县林业局", sig=["某某县林业局", "", "2024年3月"]),
    case(T_DEPT, "某某县林业局", sig=["某某县林业局", "2024 年 3 月 15 日"]),
    case(T_DEPT, "某某县林业局", sig=["某某县林业局", "2024-03-15"]),
    case(T_DEPT, "某某县林业局", cover=["单位：某某县林业局"]),
    case(T_DEPT, "某某县林业局", cover=["编制单位：某某县林业局"]),
    case(T_DEPT, "某某县林业局", cover=["报送单位：某某县林业局"]),
    case(T_DEPT, "某某县林业局", cover=["| 部门名称 | 某某县林业局 | 联系人 | 张三 |"]),
    case(T_DEPT, "某某县林业局", cover=["预算部门（盖章）：某某县林业局"]),
    case(T_DEPT, "某某县林业局", cover=["填报单位：某某县林业局（盖章）"]),
    case("2023年度中央财政农业相关转移支付资金绩效自评表", "某某县农业农村局", body=P, open="本资金用于耕地地力保护。",
         cover=["| 中央主管部门 | 农业农村部 |", "| 地方主管部门 | 某某省农业农村厅 | 资金使用单位 | 某某县农业农村局 |"]),
    case(T_DEPT, "某某县统计局", open="某某县统计局为县人民政府工作部门，主管全县统计工作。"),
    case(T_DEPT, "某某县统计局", open="某某县统计局（以下简称县统计局）是县人民政府工作部门。"),
    case(T_DEPT, "某某县统计局", intro="根据县财政局要求，某某县统计局对2023年度部门整体支出开展了绩效自评，现将自评情况报告如下："),
    case(T_DEPT, "某某县民政局", pre=["[ 发布机构 ] 某某县民政局 [ 发布日期 ] 2024-05-20"]),
    case(T_DEPT, "某某县民政局", pre=["来源：某某县民政局  发布时间：2024-05-20  浏览次数：35"]),
    case(T_DEPT, "某某县民政局", pre=["发布单位：某某县民政局"]),
    case(T_DEPT, "某某县民政局", pre=["文章来源：某某县民政局"]),
    case(T_DEPT, "某某县民政局", pre=["发布时间：2024-05-20 来源：某某县民政局"]),
    case(T_DEPT, "某某县林业局", sig=["某某县林业局      2024年3月15日"]),
    case(T_DEPT, "某某县林业局", sig=["某某县林业局", "2024年3月15日", "附件：部门整体支出绩效自评表"]),
    case(T_DEPT, "某某县统计局", intro="按照县财政局统一部署，某某县统计局组织开展了2023年度部门整体支出绩效自评工作，现将自评情况报告如下："),
    case(T_DEPT, "某某县统计局", intro="我单位（某某县统计局）对2023年度部门整体支出开展了绩效自评。"),
    case(T_DEPT, "某某县统计局", intro="某某县统计局（以下简称“我局”）根据县财政局要求，开展了2023年度部门整体支出绩效自评。"),
    case(T_PROJ, "某某县公路养护中心", body=P, cover=["项目名称：农村公路养护", "项目主管部门：某某县交通运输局", "项目执行单位：某某县公路养护中心"]),
    case(T_PROJ, "某某县公路养护中心", body=P, cover=["项目名称：农村公路养护", "主管部门：某某县交通运输局", "项目承担单位：某某县公路养护中心"]),
    case(T_PROJ, "某某县公路养护中心", body=P, cover=["项目名称 农村公路养护", "主管部门 [101]某某县交通运输局 实施单位 [101001]某某县公路养护中心"]),
    case(T_DEPT, "某某县政协", cover=["预算部门：某某县政协"]),
    # --- look-alikes: no unit, or not the wrong one
    case(T_DEPT, None, open="现将本局2023年度部门整体支出绩效自评情况向某某县财政局报送如下。", bad="某某县财政局"),
    case(T_DEPT, None, open="本次自评涉及某某县教育局、某某县卫生健康委员会、某某县民政局三个部门。"),
    case(T_DEPT, None, open="本局内设股室6个，我单位在职人员35人。"),
    case("某某县2023年度部门整体支出绩效自评报告", None, bad="某某县"),
    case(T_PROJ, None, body=P, open="根据某某县财政局《关于开展2023年度预算绩效自评工作的通知》要求，我单位开展了自评。", bad="某某县财政局"),
    case(T_PROJ, "某某县水利局", body=P, pre=["发布机构：某某县财政局"], cover=["实施单位：某某县水利局"], bad="某某县财政局"),
    case(T_DEPT, None, sig=["抄送：某某县财政局", "2024年3月15日"], bad="某某县财政局"),
    case(T_DEPT, None, intro="某某县财政局：\n根据贵局要求，我局开展了2023年度部门整体支出绩效自评。", bad="某某县财政局"),
    case(T_DEPT, None, pre=["发布单位：林业局"], bad="林业局"),
    case(T_DEPT, None, intro="根据县财政局组织开展的2023年度绩效自评工作要求，我局开展了自评。", bad="根据县财政局"),
    case(T_DEPT, None, cover=["单位：万元"]),
]


def render(c):
    text = "\n".join(c["pre"] + [c["title"]] + c["cover"]) + "\n" + c["body"].format(open=c["open"])
    return text + ("\n".join(c["sig"]) + "\n" if c["sig"] else "")


if __name__ == "__main__":
    bad = 0
    for i, c in enumerate(cases):
        f = f"{out}/u{i:02}.txt"; open(f, "w").write(render(c))
        r = subprocess.run([J, "import", f, "--json"], capture_output=True, text=True)
        label = c["title"].replace("\n", "/") + " | " + " / ".join(c["pre"] + c["cover"] + c["sig"] + ([c["open"]] if c["open"] not in (OPEN_D, OPEN_P) else []))
        try: doc = json.loads(r.stdout)["documents"][0]
        except Exception: print(f"REFUSED {label}"); bad += 1; continue
        got = (doc["evaluation"].get("unit") or "").replace("（", "(").replace("）", ")") or None  # brackets folded as the corpus measure does
        ok = got == c["unit"] and (c["bad"] is None or got != c["bad"]); bad += 0 if ok else 1
        print(f"{'ok ' if ok else 'BAD'} {got} <- {label}")
    print(f"{bad} of {len(cases)} not read as expected")
