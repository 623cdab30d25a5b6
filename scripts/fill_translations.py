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
    # Credit transfer
    "Credit transfer": ("学分转换", "การเทียบโอนหน่วยกิต"),
    "Credit &Transfer": ("学分转换(&T)", "การเทียบ&โอนหน่วยกิต"),
    "&Edit": ("编辑(&E)", "แ&ก้ไข"),
    "&Undo": ("撤销(&U)", "เ&ลิกทำ"),
    "&Redo": ("重做(&R)", "ทำ&ซ้ำ"),
    "Equivalency catalogue": ("课程等效目录", "ทะเบียนการเทียบรายวิชา"),
    "Search codes and titles (English, 中文, ไทย)": ("按代码或名称搜索（English、中文、ไทย）",
                                                    "ค้นหารหัสหรือชื่อวิชา (English, 中文, ไทย)"),
    "From:": ("转出学校：", "จากสถาบัน:"),
    "Status:": ("状态：", "สถานะ:"),
    "Valid for cohort:": ("适用年级：", "ใช้กับรุ่น:"),
    "&Details…": ("详情(&D)…", "&รายละเอียด…"),
    "Transfers for one student": ("单个学生的学分转换", "การเทียบโอนของนักศึกษาหนึ่งคน"),
    "Student:": ("学生：", "นักศึกษา:"),
    "Student id, e.g. DD2020001": ("学号，例如 DD2020001", "รหัสนักศึกษา เช่น DD2020001"),
    "Into:": ("转入学校：", "เข้าสถาบัน:"),
    "Decision date:": ("决定日期：", "วันที่พิจารณา:"),
    "&Show": ("显示(&S)", "แ&สดง"),
    "&Apply allowed": ("记录允许的转换(&A)", "&บันทึกรายการที่อนุญาต"),
    "&Reverse…": ("撤回(&R)…", "&ยกเลิกการเทียบโอน…"),
    "Equivalency": ("课程等效", "การเทียบรายวิชา"),
    "Source": ("转出课程", "วิชาต้นทาง"),
    "Target": ("转入课程", "วิชาปลายทาง"),
    "Decision": ("决定", "การพิจารณา"),
    "Reason for the decision (required):": ("决定理由（必填）：", "เหตุผลของการพิจารณา (จำเป็น):"),
    "A&pprove": ("批准(&P)", "&อนุมัติ"),
    "Re&ject": ("驳回(&J)", "ไม่&อนุมัติ"),
    "Re&tire": ("停用(&T)", "เ&ลิกใช้"),
    "Propose &again": ("重新提议(&A)", "เสนอใหม่"),
    "Evidence": ("证明材料", "หลักฐาน"),
    "A&ttach syllabus…": ("附加教学大纲(&T)…", "แ&นบประมวลรายวิชา…"),
    "&Save a copy…": ("另存副本(&S)…", "&บันทึกสำเนา…"),
    "Version history": ("版本历史", "ประวัติรุ่นการพิจารณา"),
    "Students affected": ("受影响的学生", "นักศึกษาที่ได้รับผลกระทบ"),
    "&Find students this version treats differently": ("查找此版本处理结果不同的学生(&F)",
                                                       "&ค้นหานักศึกษาที่รุ่นนี้ให้ผลต่างไป"),
    "Apply %n transfer(s) of %1 into %2": (["记录 %1 转入 %2 的 %n 项学分转换"],
                                           ["บันทึกการเทียบโอน %n รายการของ %1 เข้า %2"]),
    "Apply undone": ("已撤销记录", "ยกเลิกการบันทึกแล้ว"),
    "Any": ("全部", "ทั้งหมด"),
    "Cannot read the equivalency catalogue": ("无法读取课程等效目录", "ไม่สามารถอ่านทะเบียนการเทียบรายวิชาได้"),
    "%n equivalenc(ies) shown": (["显示 %n 条等效规则"], ["แสดง %n รายการเทียบ"]),
    "%n in the catalogue": (["目录共 %n 条"], ["ในทะเบียน %n รายการ"]),
    "Type a student id and press Enter to see the transfers that the approved equivalencies allow.": (
        "输入学号并按回车，查看已批准的等效规则允许的学分转换。",
        "พิมพ์รหัสนักศึกษาแล้วกด Enter เพื่อดูการเทียบโอนที่การเทียบรายวิชาที่อนุมัติแล้วอนุญาต"),
    "%1 into %2 (%3): %4 allowed, %5 refused, %6 recorded.": (
        "%1 转入 %2（%3）：允许 %4 项，拒绝 %5 项，已记录 %6 项。",
        "%1 เข้า %2 (%3): อนุญาต %4 รายการ ไม่อนุญาต %5 รายการ บันทึกแล้ว %6 รายการ"),
    "Transferred credits: %1 of at most %2.": ("已转入学分：%1，上限 %2。", "หน่วยกิตที่เทียบโอนแล้ว: %1 จากไม่เกิน %2"),
    "Transfers not recorded": ("未记录学分转换", "ไม่ได้บันทึกการเทียบโอน"),
    "Transfers": ("学分转换", "การเทียบโอน"),
    "Changed by someone else": ("已被他人更改", "มีผู้อื่นแก้ไขแล้ว"),
    "Cannot reverse the transfer": ("无法撤回学分转换", "ไม่สามารถยกเลิกการเทียบโอนได้"),
    "Reverse Transfer": ("撤回学分转换", "ยกเลิกการเทียบโอน"),
    "Reverse %1 → %2? The record stays, marked reversed with your name.\nReason (required):": (
        "撤回 %1 → %2？记录将保留，并以您的名义标记为已撤回。\n理由（必填）：",
        "ยกเลิก %1 → %2 หรือไม่ รายการยังคงอยู่โดยระบุว่ายกเลิกแล้วพร้อมชื่อของท่าน\nเหตุผล (จำเป็น):"),
    "A reversal needs a reason.": ("撤回需要填写理由。", "การยกเลิกต้องระบุเหตุผล"),
    "Equivalency %1 → %2": ("课程等效 %1 → %2", "การเทียบรายวิชา %1 → %2"),
    "Version %1: %2, valid for cohorts %3": ("第 %1 版：%2，适用年级 %3", "รุ่นที่ %1: %2 ใช้กับรุ่นนักศึกษา %3"),
    "%1 onwards": ("%1 起", "ตั้งแต่ %1"),
    "; decided by %1 on %2": ("；由 %1 于 %2 决定", " พิจารณาโดย %1 เมื่อ %2"),
    ": “%1”": ("：“%1”", ": “%1”"),
    "Note: %1": ("备注：%1", "หมายเหตุ: %1"),
    "Lecture h": ("讲授学时", "ชม.บรรยาย"),
    "Lab h": ("实验学时", "ชม.ปฏิบัติ"),
    "As %1 credits": ("折合 %1 学分", "เป็นหน่วยกิต %1"),
    "(not in the catalogue)": ("（不在课程目录中）", "(ไม่มีในรายวิชา)"),
    "Source: %1": ("转出：%1", "ต้นทาง: %1"),
    "Target: %1": ("转入：%1", "ปลายทาง: %1"),
    "Block credit": ("类别学分", "หน่วยกิตแบบกลุ่ม"),
    "Credits named": ("规定学分", "หน่วยกิตที่ระบุ"),
    "category %1": ("类别 %1", "หมวด %1"),
    "Hours converted at %1's hours per credit: %2 credits. %3 brings %4 credits.": (
        "按 %1 的学时学分比折算：%2 学分。%3可得 %4 学分。",
        "คิดชั่วโมงตามเกณฑ์ชั่วโมงต่อหน่วยกิตของ %1: %2 หน่วยกิต %3ได้ %4 หน่วยกิต"),
    "The block credit": ("类别学分", "หน่วยกิตแบบกลุ่ม"),
    "The target": ("转入课程", "วิชาปลายทาง"),
    "It may be approved as a full equivalent.": ("可批准为完全等效。", "อนุมัติเป็นการเทียบเต็มรายวิชาได้"),
    "The target exceeds the converted credits by more than 1: it cannot be approved as a full equivalent (block credit can).": (
        "转入课程学分比折算学分多出 1 分以上：不能批准为完全等效（可作为类别学分）。",
        "วิชาปลายทางมีหน่วยกิตมากกว่าหน่วยกิตที่คิดได้เกิน 1: อนุมัติเป็นการเทียบเต็มรายวิชาไม่ได้ (เทียบเป็นหน่วยกิตแบบกลุ่มได้)"),
    "File": ("文件", "แฟ้ม"),
    "Version": ("版本", "รุ่น"),
    "Size": ("大小", "ขนาด"),
    "Added by": ("添加人", "เพิ่มโดย"),
    "SHA-256": ("SHA-256", "SHA-256"),
    "Evidence (%1)": ("证明材料（%1）", "หลักฐาน (%1)"),
    "Cohorts": ("适用年级", "รุ่นที่ใช้"),
    "Decided by": ("决定人", "ผู้พิจารณา"),
    "When": ("时间", "เมื่อ"),
    "Reason": ("理由", "เหตุผล"),
    "Write the reason for the decision first; it is kept with the new version.": (
        "请先填写决定理由；理由将随新版本保存。", "โปรดเขียนเหตุผลของการพิจารณาก่อน เหตุผลจะเก็บไว้กับรุ่นใหม่"),
    "This equivalency was changed after you opened it:\n\n%1\n\nYour decision (%2) was not recorded; your reason is kept. Close and reopen the equivalency to decide on the newest version.": (
        "您打开后此等效规则已被更改：\n\n%1\n\n您的决定（%2）未被记录；您的理由已保留。请关闭后重新打开，对最新版本作出决定。",
        "การเทียบรายวิชานี้ถูกแก้ไขหลังจากที่ท่านเปิด:\n\n%1\n\nการพิจารณาของท่าน (%2) ยังไม่ถูกบันทึก เหตุผลของท่านยังคงอยู่ โปรดปิดแล้วเปิดใหม่เพื่อพิจารณารุ่นล่าสุด"),
    "Recorded as version %1: %2.": ("已记录为第 %1 版：%2。", "บันทึกเป็นรุ่นที่ %1: %2"),
    "Cannot attach the file": ("无法附加文件", "ไม่สามารถแนบแฟ้มได้"),
    "%1 cannot be read: %2": ("无法读取 %1：%2", "อ่าน %1 ไม่ได้: %2"),
    "Attach Syllabus": ("附加教学大纲", "แนบประมวลรายวิชา"),
    "Documents (*.pdf *.docx *.doc *.odt *.txt);;All files (*)": ("文档 (*.pdf *.docx *.doc *.odt *.txt);;所有文件 (*)",
                                                                 "เอกสาร (*.pdf *.docx *.doc *.odt *.txt);;ทุกแฟ้ม (*)"),
    "Save a Copy": ("另存副本", "บันทึกสำเนา"),
    "Cannot save the file": ("无法保存文件", "ไม่สามารถบันทึกแฟ้มได้"),
    "Student": ("学生", "นักศึกษา"),
    "Before": ("之前", "ก่อนหน้า"),
    "With this version": ("按此版本", "ตามรุ่นนี้"),
    "Decided already": ("已作决定", "พิจารณาแล้ว"),
    "yes — kept as decided": ("是 — 保持原决定", "ใช่ — คงตามที่พิจารณาแล้ว"),
    "No student is treated differently by version %1.": ("第 %1 版对所有学生的处理结果不变。",
                                                         "รุ่นที่ %1 ไม่ทำให้ผลของนักศึกษาคนใดเปลี่ยน"),
    "%n student(s) treated differently by version %1; transfers already decided keep the version they were decided under.": (
        ["第 %1 版使 %n 名学生的处理结果不同；已作决定的学分转换保持原版本。"],
        ["รุ่นที่ %1 ทำให้ผลของนักศึกษา %n คนต่างไป การเทียบโอนที่พิจารณาแล้วคงตามรุ่นเดิม"]),
    "proposed": ("已提议", "เสนอแล้ว"),
    "approved": ("已批准", "อนุมัติแล้ว"),
    "rejected": ("已驳回", "ไม่อนุมัติ"),
    "retired": ("已停用", "เลิกใช้แล้ว"),
    "block credit in %1": ("%1 类别学分", "หน่วยกิตแบบกลุ่มในหมวด %1"),
    "Direction": ("方向", "ทิศทาง"),
    "Source title": ("转出课程名称", "ชื่อวิชาต้นทาง"),
    "Target title": ("转入课程名称", "ชื่อวิชาปลายทาง"),
    "a source course is missing": ("缺少转出课程", "ยังขาดวิชาต้นทาง"),
    "a source course is in progress": ("转出课程尚未结束", "วิชาต้นทางยังเรียนอยู่"),
    "the source result is already used": ("该成绩已用于其他转换", "ผลการเรียนนี้ใช้เทียบโอนแล้ว"),
    "the grade does not transfer": ("该成绩不可转换", "ผลการเรียนนี้เทียบโอนไม่ได้"),
    "grade too low": ("成绩过低", "ระดับคะแนนต่ำเกินไป"),
    "too old": ("超过年限", "เกินระยะเวลา"),
    "credit shortfall": ("学分不足", "หน่วยกิตไม่พอ"),
    "target course already passed": ("转入课程已通过", "ผ่านวิชาปลายทางแล้ว"),
    "over the transfer cap": ("超过转入学分上限", "เกินเพดานหน่วยกิตเทียบโอน"),
    "allowed": ("允许", "อนุญาต"),
    "refused": ("拒绝", "ไม่อนุญาต"),
    "%1 (%2, %3)": ("%1（%2，%3）", "%1 (%2, %3)"),
    "in progress": ("在修", "กำลังเรียน"),
    "equivalency version %1": ("等效规则第 %1 版", "การเทียบรุ่นที่ %1"),
    "recorded": ("已记录", "บันทึกแล้ว"),
    "reversed": ("已撤回", "ยกเลิกแล้ว"),
    " (block)": ("（类别学分）", " (กลุ่ม)"),
    "version %1, by %2": ("第 %1 版，%2 记录", "รุ่นที่ %1 โดย %2"),
    "reversed by %1: %2": ("%1 撤回：%2", "ยกเลิกโดย %1: %2"),
    "Source (term, mark)": ("转出课程（学期，成绩）", "วิชาต้นทาง (ภาคเรียน, ผลการเรียน)"),
    "Converted grade": ("转换成绩", "ระดับคะแนนที่เทียบ"),
    "Conversion table": ("转换表", "ตารางเทียบ"),
    "Reason / decision": ("理由 / 决定", "เหตุผล / การพิจารณา"),
    "As of": ("决定日期", "ณ วันที่"),
    "&New…": ("新建(&N)…", "&เพิ่มใหม่…"),
    "Propose Equivalency": ("提议课程等效", "เสนอการเทียบรายวิชา"),
    "Source institution:": ("转出学校：", "สถาบันต้นทาง:"),
    "Source course(s):": ("转出课程：", "วิชาต้นทาง:"),
    "Codes joined by +, e.g. SP201+SP202": ("用 + 连接课程代码，例如 SP201+SP202", "รหัสวิชาเชื่อมด้วย + เช่น SP201+SP202"),
    "Receiving institution:": ("转入学校：", "สถาบันที่รับโอน:"),
    "Target course(s):": ("转入课程：", "วิชาปลายทาง:"),
    "Codes joined by +, e.g. BAS101": ("用 + 连接课程代码，例如 BAS101", "รหัสวิชาเชื่อมด้วย + เช่น BAS101"),
    "Block credit in:": ("类别学分：", "หน่วยกิตแบบกลุ่มในหมวด:"),
    " credits": (" 学分", " หน่วยกิต"),
    "Valid for cohorts:": ("适用年级：", "ใช้กับรุ่น:"),
    "open-ended": ("不限", "ไม่กำหนดสิ้นสุด"),
    "Note:": ("备注：", "หมายเหตุ:"),
    "&Propose": ("提议(&P)", "&เสนอ"),
    "The source hours make %1 %2 credits.": ("转出课程学时折合 %1 个 %2 学分。", "ชั่วโมงของวิชาต้นทางคิดได้ %1 หน่วยกิตของ %2"),
    "The block credit brings %1.": ("类别学分可得 %1。", "หน่วยกิตแบบกลุ่มได้ %1"),
    "The target carries %1: it can be approved as a full equivalent.": (
        "转入课程为 %1 学分：可批准为完全等效。", "วิชาปลายทางมี %1 หน่วยกิต: อนุมัติเป็นการเทียบเต็มรายวิชาได้"),
    "The target carries %1, more than one credit beyond: it can be proposed, but only block credit could be approved.": (
        "转入课程为 %1 学分，超出 1 学分以上：可以提议，但只能批准为类别学分。",
        "วิชาปลายทางมี %1 หน่วยกิต เกินกว่า 1 หน่วยกิต: เสนอได้ แต่อนุมัติได้เฉพาะหน่วยกิตแบบกลุ่ม"),
    # Audit
    "Audit": ("学业审核", "ตรวจสอบหลักสูตร"),
    "&Audit": ("审核(&A)", "&ตรวจสอบ"),
    "Programme:": ("培养方案：", "หลักสูตร:"),
    "Audit against the student's own catalogue, or what-if against another one (nothing is saved)": (
        "按学生本人的培养方案审核，或按其他方案进行假设审核（不保存）",
        "ตรวจสอบตามหลักสูตรของนักศึกษาเอง หรือทดลองกับหลักสูตรอื่น (ไม่บันทึก)"),
    "E&xception…": ("例外(&X)…", "ข้อ&ยกเว้น…"),
    "Waive, substitute, force-complete or also-allow for the selected requirement": (
        "对所选要求进行免修、替代、强制完成或额外允许", "ยกเว้น ทดแทน ถือว่าครบ หรืออนุญาตเพิ่ม สำหรับเงื่อนไขที่เลือก"),
    "Re&voke exception": ("撤销例外(&V)", "เ&พิกถอนข้อยกเว้น"),
    "One student": ("单个学生", "นักศึกษาหนึ่งคน"),
    "Cohort overview": ("年级概览", "ภาพรวมรุ่น"),
    "Exception": ("例外", "ข้อยกเว้น"),
    "Kind:": ("类型：", "ประเภท:"),
    "Requirement:": ("要求：", "เงื่อนไข:"),
    "Course:": ("课程：", "รายวิชา:"),
    "For substitute and also-allow: the course code": ("替代和额外允许时填写课程代码", "สำหรับการทดแทนและอนุญาตเพิ่ม: รหัสวิชา"),
    "Reason:": ("理由：", "เหตุผล:"),
    "Approved by:": ("批准人：", "ผู้อนุมัติ:"),
    "%1 to %2 decimals; %3; transfers %4": ("%1，保留 %2 位小数；%3；转入成绩%4", "%1 ทศนิยม %2 ตำแหน่ง; %3; หน่วยกิตเทียบโอน%4"),
    "rounded half-up": ("四舍五入", "ปัดเศษ"),
    "truncated": ("截断", "ตัดทศนิยม"),
    "best attempt counts": ("取最好成绩", "นับครั้งที่ดีที่สุด"),
    "every attempt counts": ("每次修读均计入", "นับทุกครั้งที่ลงทะเบียน"),
    "in the GPA": ("计入绩点", "นับใน GPA"),
    "not in the GPA (TR)": ("不计入绩点（TR）", "ไม่นับใน GPA (TR)"),
    "eligible": ("符合", "ผ่านเกณฑ์"),
    "not yet": ("尚未符合", "ยังไม่ผ่าน"),
    "the student's own catalogue": ("学生本人的培养方案", "หลักสูตรของนักศึกษาเอง"),
    "what-if: %1": ("假设：%1", "ทดลอง: %1"),
    "%1%2 — GPA %3 (%4)": ("%1%2 — 绩点 %3（%4）", "%1%2 — GPA %3 (%4)"),
    " (what-if)": ("（假设）", " (ทดลอง)"),
    "none yet": ("暂无", "ยังไม่มี"),
    "%1 of %2 credits earned": ("已获 %1 / %2 学分", "ได้ %1 จาก %2 หน่วยกิต"),
    "Graduation: %1 · Degree: %2": ("毕业：%1 · 学位：%2", "สำเร็จการศึกษา: %1 · ปริญญา: %2"),
    "Honours: <b>%1 class</b>": ("荣誉：<b>%1</b>", "เกียรตินิยม: <b>อันดับ %1</b>"),
    "No honours: %1": ("无荣誉：%1", "ไม่ได้เกียรตินิยม: %1"),
    "… and %n more reason(s) (hover to see all)": (["……另有 %n 条原因（悬停查看全部）"], ["… และอีก %n เหตุผล (ชี้เพื่อดูทั้งหมด)"]),
    "No honours:": ("无荣誉：", "ไม่ได้เกียรตินิยม:"),
    "In progress: %1": ("在修：%1", "กำลังเรียน: %1"),
    "Not used by any requirement: %1": ("未计入任何要求：%1", "ไม่ได้นับในเงื่อนไขใด: %1"),
    "Exception not applied: %1": ("未应用的例外：%1", "ข้อยกเว้นที่ไม่ได้ใช้: %1"),
    "met": ("已满足", "ครบ"),
    "unmet": ("未满足", "ยังไม่ครบ"),
    "Exception (%1) approved by %2: %3": ("例外（%1），%2 批准：%3", "ข้อยกเว้น (%1) อนุมัติโดย %2: %3"),
    "%1 (%2)": ("%1（%2）", "%1 (%2)"),
    "%1 (in progress)": ("%1（在修）", "%1 (กำลังเรียน)"),
    "Requirement": ("要求", "เงื่อนไข"),
    "Progress": ("进度", "ความก้าวหน้า"),
    "Courses applied": ("计入课程", "รายวิชาที่นับ"),
    "Detail": ("详情", "รายละเอียด"),
    "Credit progress (students)": ("学分进度（人数）", "ความก้าวหน้าหน่วยกิต (คน)"),
    "GPA distribution (students)": ("绩点分布（人数）", "การกระจาย GPA (คน)"),
    "Cannot read the regulations": ("无法读取规章", "ไม่สามารถอ่านระเบียบได้"),
    "No student %1": ("无学生 %1", "ไม่มีนักศึกษา %1"),
    "%1 — %2, cohort %3, %4": ("%1 — %2，%3 级，%4", "%1 — %2 รุ่น %3 %4"),
    "%n student(s): ": (["%n 名学生："], ["นักศึกษา %n คน: "]),
    "%1 may graduate, %2 may receive the degree": ("%1 人可毕业，%2 人可获学位", "สำเร็จการศึกษาได้ %1 คน ได้รับปริญญา %2 คน"),
    "none": ("无", "ไม่มี"),
    "Revoke Exception": ("撤销例外", "เพิกถอนข้อยกเว้น"),
    "%1 has no exception in force at %2%3.": ("%1 在 %2 没有生效的例外%3。", "%1 ไม่มีข้อยกเว้นที่มีผลที่ %2%3"),
    " for %1": ("（%1）", " สำหรับ %1"),
    "Exception to revoke:": ("要撤销的例外：", "ข้อยกเว้นที่จะเพิกถอน:"),
    "Cannot revoke the exception": ("无法撤销例外", "ไม่สามารถเพิกถอนข้อยกเว้นได้"),
    "Name": ("姓名", "ชื่อ"),
    "GPA": ("绩点", "GPA"),
    "Graduation": ("毕业", "สำเร็จการศึกษา"),
    "Degree": ("学位", "ปริญญา"),
    "Honours": ("荣誉", "เกียรตินิยม"),
    "Not met yet": ("尚未满足", "ยังไม่ครบ"),
    "Exception for %1 at %2": ("%1 在 %2 的例外", "ข้อยกเว้นของ %1 ที่ %2"),
    "waive — the requirement counts as met": ("免修 — 视为已满足该要求", "ยกเว้น — ถือว่าครบเงื่อนไข"),
    "substitute — another course counts for it": ("替代 — 以其他课程计入", "ทดแทน — นับวิชาอื่นแทน"),
    "force-complete — met whatever the record says": ("强制完成 — 不论记录均视为满足", "ถือว่าครบ — ครบไม่ว่าผลการเรียนเป็นอย่างไร"),
    "also-allow — a course may count here as well": ("额外允许 — 某课程也可计入此处", "อนุญาตเพิ่ม — วิชานี้นับในเงื่อนไขนี้ได้ด้วย"),
    "Course": ("课程", "รายวิชา"),
    "Approved by": ("批准人", "ผู้อนุมัติ"),
    "Kind": ("类型", "ประเภท"),
    "%1: %2": ("%1：%2", "%1: %2"),
    # Results entry
    "Results": ("成绩录入", "บันทึกผลการเรียน"),
    "&Results Entry": ("成绩录入(&R)", "&บันทึกผลการเรียน"),
    "Term:": ("学期：", "ภาคเรียน:"),
    "Add &make-up exam": ("添加补考(&M)", "เพิ่มการ&สอบแก้ตัว"),
    "Add re&take": ("添加重修(&T)", "เพิ่มการเรียน&ซ้ำ"),
    "&Discard changes": ("放弃修改(&D)", "&ยกเลิกการแก้ไข"),
    "&Save marks": ("保存成绩(&S)", "&บันทึกผลการเรียน"),
    "Unsaved Marks": ("未保存的成绩", "ผลการเรียนที่ยังไม่บันทึก"),
    "The mark sheet has marks that are not saved. Quit and lose them?": (
        "成绩单中有未保存的成绩。退出并放弃这些成绩吗？", "มีผลการเรียนที่ยังไม่บันทึก ต้องการออกและทิ้งหรือไม่"),
    "regular": ("正常", "ปกติ"),
    "make-up exam": ("补考", "สอบแก้ตัว"),
    "retake": ("重修", "เรียนซ้ำ"),
    "new attempt": ("新增修读", "ลงทะเบียนใหม่"),
    "first mark": ("首次录入", "บันทึกครั้งแรก"),
    "grade change": ("成绩更改", "แก้ไขผลการเรียน"),
    "Attempt": ("修读类型", "ครั้งที่เรียน"),
    "Recorded": ("已录入", "บันทึกไว้"),
    "Mark": ("成绩", "ผลการเรียน"),
    "Change": ("变更", "การเปลี่ยนแปลง"),
    "Save %n mark(s)": (["保存 %n 个成绩"], ["บันทึกผลการเรียน %n รายการ"]),
    "%1: “%2” is not accepted — %3": ("%1：“%2”不被接受 — %3", "%1: “%2” ใช้ไม่ได้ — %3"),
    "Pass/fail course: type the institution's pass or fail mark (CQUPT P/F, RUTS S/U); empty = in progress.": (
        "合格/不合格课程：输入本校的合格或不合格标记（重邮 P/F，RUTS S/U）；留空表示在修。",
        "วิชาผ่าน/ไม่ผ่าน: พิมพ์ผลผ่านหรือไม่ผ่านของสถาบัน (CQUPT P/F, RUTS S/U) ว่าง = กำลังเรียน"),
    "Type marks 0–100 or a five-level word (优秀, 良好, 中等, 及格, 不及格); empty = in progress.": (
        "输入 0–100 分或五级制（优秀、良好、中等、及格、不及格）；留空表示在修。",
        "พิมพ์คะแนน 0–100 หรือระดับห้าขั้น (优秀, 良好, 中等, 及格, 不及格) ว่าง = กำลังเรียน"),
    "Type letters A, B+, B, C+, C, D+, D, F, or W, I; empty = in progress.": (
        "输入等级 A、B+、B、C+、C、D+、D、F，或 W、I；留空表示在修。",
        "พิมพ์ระดับคะแนน A, B+, B, C+, C, D+, D, F หรือ W, I ว่าง = กำลังเรียน"),
    "Choose a student first; each kind of attempt is added once per term.": (
        "请先选择学生；每种修读类型每学期只能添加一次。", "โปรดเลือกนักศึกษาก่อน แต่ละประเภทเพิ่มได้ครั้งเดียวต่อภาคเรียน"),
    "Grade Change": ("成绩更改", "แก้ไขผลการเรียน"),
    "Some recorded marks change. Reason for the grade change (required):": (
        "部分已录入成绩将被更改。成绩更改理由（必填）：", "ผลการเรียนที่บันทึกแล้วบางรายการจะเปลี่ยน เหตุผลของการแก้ไข (จำเป็น):"),
    "The %1 result of %2 was changed after you opened this sheet.\n\nYour mark: %3\nRecorded now: %4 (by %5)\n\nNothing was saved; your marks are still in the sheet. Press Discard changes to see the sheet as it is now.": (
        "打开成绩单后，%2 的%1成绩已被更改。\n\n您的成绩：%3\n当前记录：%4（%5 录入）\n\n未保存任何内容；您输入的成绩仍在成绩单中。点击“放弃修改”可查看当前记录。",
        "ผล%1ของ %2 ถูกแก้ไขหลังจากที่ท่านเปิดใบบันทึกนี้\n\nผลที่ท่านพิมพ์: %3\nที่บันทึกอยู่ตอนนี้: %4 (โดย %5)\n\nยังไม่ได้บันทึกอะไร ผลที่ท่านพิมพ์ยังอยู่ในใบบันทึก กด ยกเลิกการแก้ไข เพื่อดูข้อมูลปัจจุบัน"),
    "Marks": ("成绩", "ผลการเรียน"),
    "%n mark(s) saved.": (["已保存 %n 个成绩。"], ["บันทึกผลการเรียน %n รายการแล้ว"]),
    "&Save %n mark(s)": (["保存 %n 个成绩(&S)"], ["&บันทึก %n รายการ"]),
}
# English needs only its plural forms.
ENGLISH = {
    "%n student(s) shown": ["%n student shown", "%n students shown"],
    "%n course(s) shown": ["%n course shown", "%n courses shown"],
    "Apply %n transfer(s) of %1 into %2": ["Apply %n transfer of %1 into %2", "Apply %n transfers of %1 into %2"],
    "%n equivalenc(ies) shown": ["%n equivalency shown", "%n equivalencies shown"],
    "%n in the catalogue": ["%n in the catalogue", "%n in the catalogue"],
    "… and %n more reason(s) (hover to see all)": ["… and %n more reason (hover to see all)",
                                                   "… and %n more reasons (hover to see all)"],
    "%n student(s): ": ["%n student: ", "%n students: "],
    "Save %n mark(s)": ["Save %n mark", "Save %n marks"],
    "%n mark(s) saved.": ["%n mark saved.", "%n marks saved."],
    "&Save %n mark(s)": ["&Save %n mark", "&Save %n marks"],
    "%n student(s) treated differently by version %1; transfers already decided keep the version they were decided under.": [
        "%n student treated differently by version %1; transfers already decided keep the version they were decided under.",
        "%n students treated differently by version %1; transfers already decided keep the version they were decided under."],
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
