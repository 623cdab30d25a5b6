#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills resources/translations/*.ts from the glossary below after lupdate.

The glossary is the single place where the Chinese and Thai wording of the user
interface is kept; run lupdate first (see resources/translations/README.md).
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
TS_DIR = os.path.join(HERE, "..", "resources", "translations")

# source: (zh_CN, th). Plural forms: lists.
GLOSSARY = {
    "Students": ("学生", "นักศึกษา"),
    "Search by id, number or name (Latin, 中文, ไทย)": ("按学号、编号或姓名搜索（拉丁字母、中文、ไทย）",
                                                     "ค้นหาด้วยรหัส เลขประจำตัว หรือชื่อ (ละติน, 中文, ไทย)"),
    "Cohort:": ("年级：", "รุ่น:"),
    "Courses": ("课程", "รายวิชา"),
    "Institution:": ("学校：", "สถาบัน:"),
    "&File": ("文件(&F)", "&แฟ้ม"),
    "&View": ("视图(&V)", "&มุมมอง"),
    "&Open Database…": ("打开数据库(&O)…", "&เปิดฐานข้อมูล…"),
    "Open &Demo Database": ("打开演示数据库(&D)", "เปิดฐานข้อมูล&ตัวอย่าง"),
    "&Backup…": ("备份(&B)…", "&สำรองข้อมูล…"),
    "&Quit": ("退出(&Q)", "&ออก"),
    "&Students": ("学生(&S)", "&นักศึกษา"),
    "&Courses": ("课程(&C)", "&รายวิชา"),
    "&Find Student": ("查找学生(&F)", "&ค้นหานักศึกษา"),
    "Cannot open the database": ("无法打开数据库", "ไม่สามารถเปิดฐานข้อมูลได้"),
    "%1 / %2 / %3": ("%1 / %2 / %3", "%1 / %2 / %3"),
    "graded": ("计分", "ให้ระดับคะแนน"),
    "pass/fail": ("合格/不合格", "ผ่าน/ไม่ผ่าน"),
    "Institution": ("学校", "สถาบัน"),
    "Code": ("课程代码", "รหัสวิชา"),
    "Title": ("课程名称", "ชื่อวิชา"),
    "Title (中文 / ไทย)": ("名称（中文 / ไทย）", "ชื่อวิชา (中文 / ไทย)"),
    "Credits": ("学分", "หน่วยกิต"),
    "Lecture / lab / self-study hours": ("讲授 / 实验 / 自学学时", "ชั่วโมงบรรยาย / ปฏิบัติ / ศึกษาด้วยตนเอง"),
    "Category": ("类别", "หมวดวิชา"),
    "Grading": ("评分方式", "การวัดผล"),
    "DualDegree — %1": ("DualDegree — %1", "DualDegree — %1"),
    "All cohorts": ("全部年级", "ทุกรุ่น"),
    "Both institutions": ("两校", "ทั้งสองสถาบัน"),
    "Search failed": ("搜索失败", "การค้นหาล้มเหลว"),
    "Loading courses failed": ("加载课程失败", "โหลดรายวิชาไม่สำเร็จ"),
    "No database open — File › Open Database or Open Demo Database": (
        "未打开数据库 — 文件 › 打开数据库 或 打开演示数据库",
        "ยังไม่ได้เปิดฐานข้อมูล — แฟ้ม › เปิดฐานข้อมูล หรือ เปิดฐานข้อมูลตัวอย่าง"),
    "%n student(s) shown": (["显示 %n 名学生"], ["แสดงนักศึกษา %n คน"]),
    "%n course(s) shown": (["显示 %n 门课程"], ["แสดง %n รายวิชา"]),
    "Open Database": ("打开数据库", "เปิดฐานข้อมูล"),
    "DualDegree databases (*.db);;All files (*)": ("DualDegree 数据库 (*.db);;所有文件 (*)",
                                                   "ฐานข้อมูล DualDegree (*.db);;ทุกแฟ้ม (*)"),
    "Cannot create the demo database": ("无法创建演示数据库", "ไม่สามารถสร้างฐานข้อมูลตัวอย่างได้"),
    "Cannot open the demo database": ("无法打开演示数据库", "ไม่สามารถเปิดฐานข้อมูลตัวอย่างได้"),
    "Backup": ("备份", "สำรองข้อมูล"),
    "DualDegree databases (*.db)": ("DualDegree 数据库 (*.db)", "ฐานข้อมูล DualDegree (*.db)"),
    "Backup failed": ("备份失败", "สำรองข้อมูลไม่สำเร็จ"),
    "Backup written to %1 and verified": ("已备份到 %1 并通过校验", "สำรองข้อมูลไปที่ %1 และตรวจสอบแล้ว"),
    "Student ID": ("学号", "รหัสนักศึกษา"),
    "Family name": ("姓", "นามสกุล"),
    "Given name": ("名", "ชื่อ"),
    "Name (中文 / ไทย)": ("姓名（中文 / ไทย）", "ชื่อ (中文 / ไทย)"),
    "CQUPT no.": ("重邮学号", "รหัส CQUPT"),
    "RUTS no.": ("室利佛逝学号", "รหัส มทร.ศรีวิชัย"),
    "Nationality": ("国籍", "สัญชาติ"),
    "Cohort": ("年级", "รุ่น"),
    "Status": ("状态", "สถานะ"),
    "active": ("在读", "กำลังศึกษา"),
    "suspended": ("休学", "พักการศึกษา"),
    "withdrawn": ("退学", "พ้นสภาพ/ลาออก"),
    "graduated": ("已毕业", "สำเร็จการศึกษา"),
}
# English needs only its plural forms.
ENGLISH = {
    "%n student(s) shown": ["%n student shown", "%n students shown"],
    "%n course(s) shown": ["%n course shown", "%n courses shown"],
}


def fill(path, table):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        value = table(source)
        if value is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if isinstance(value, list):
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n")
    return missing


def main():
    problems = 0
    for lang, index in (("zh_CN", 0), ("th", 1)):
        missing = fill(os.path.join(TS_DIR, f"dualdegree_{lang}.ts"),
                       lambda s, i=index: GLOSSARY[s][i] if s in GLOSSARY else None)
        for s in missing:
            print(f"{lang}: no translation for {s!r}", file=sys.stderr)
        problems += len(missing)
    fill(os.path.join(TS_DIR, "dualdegree_en.ts"), lambda s: ENGLISH.get(s))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
