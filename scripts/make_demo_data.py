#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 DualDegree contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the demo data set (data/demo/*.csv) of the CQUPT-RUTS 2+2 programme.

Deterministic: the same script always writes the same files. Students spend years
1-2 at RUTS and years 3-4 at CQUPT. The catalogues add up to the demo
requirements (CQUPT 160 credits over GEN/BAS/MAJ/PRA/PRJ, RUTS 120 over
GE/SP/FE), and the approved equivalencies let each side count the other's
courses once credit transfer is applied.

Usage: scripts/make_demo_data.py [OUTPUT_DIR]   (default: data/demo)
"""

import csv
import datetime
import math
import os
import hashlib
import random
import sys

def national_id(student_id, nationality, dob):
    """A made-up national ID with a correct check digit (Thai ID, or Chinese resident
    ID carrying the date of birth), derived from the student id so that the rest of the
    data set does not move; every fourth student has none recorded."""
    h = int(hashlib.sha256(student_id.encode()).hexdigest(), 16)
    if h % 4 == 0:
        return ""
    if nationality == "TH":
        body = "1" + f"{h % 10**11:011d}"
        check = (11 - sum(int(d) * (13 - i) for i, d in enumerate(body)) % 11) % 10
        return body + str(check)
    if nationality == "CN":
        area = ["500106", "500103", "510104", "440305"][h % 4]
        body = area + dob.replace("-", "") + f"{(h >> 8) % 1000:03d}"
        weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]
    return ""


TODAY = datetime.date(2026, 11, 28)  # the demo's "now": CQUPT 2026-2027-1 is in progress
BE = 543

# ---------------------------------------------------------------- catalogues
# RUTS: (code, title_en, title_th, credits, lecture/wk, lab/wk, self/wk, category, grading)
RUTS = [
    ("GE101", "Thai Language for Communication", "ภาษาไทยเพื่อการสื่อสาร", 3, 2, 2, 5, "GE", "graded"),
    ("GE102", "English for Communication", "ภาษาอังกฤษเพื่อการสื่อสาร", 3, 3, 0, 6, "GE", "graded"),
    ("GE103", "English for Academic Purposes", "ภาษาอังกฤษเพื่อวัตถุประสงค์ทางวิชาการ", 3, 3, 0, 6, "GE", "graded"),
    ("GE104", "Chinese Language I", "ภาษาจีน 1", 3, 2, 2, 5, "GE", "graded"),
    ("GE105", "Chinese Language II", "ภาษาจีน 2", 3, 2, 2, 5, "GE", "graded"),
    ("GE106", "Life Skills and Wellness", "ทักษะชีวิตและสุขภาวะ", 3, 2, 2, 5, "GE", "graded"),
    ("GE107", "Thai Society and Culture", "สังคมและวัฒนธรรมไทย", 3, 2, 2, 5, "GE", "graded"),
    ("GE108", "Mathematics in Daily Life", "คณิตศาสตร์ในชีวิตประจำวัน", 3, 2, 2, 5, "GE", "graded"),
    ("GE109", "Digital Literacy", "การรู้ดิจิทัล", 3, 2, 2, 5, "GE", "graded"),
    ("GE110", "Entrepreneurship and Innovation", "การเป็นผู้ประกอบการและนวัตกรรม", 3, 3, 0, 6, "GE", "graded"),
    ("GE111", "Physical Education", "พลศึกษา", 1, 0, 2, 1, "GE", "pass_fail"),
    ("SP201", "Calculus I", "แคลคูลัส 1", 3, 3, 0, 6, "SP", "graded"),
    ("SP202", "Calculus II", "แคลคูลัส 2", 3, 3, 0, 6, "SP", "graded"),
    ("SP203", "Discrete Mathematics", "คณิตศาสตร์ดิสครีต", 3, 3, 0, 6, "SP", "graded"),
    ("SP204", "Linear Algebra", "พีชคณิตเชิงเส้น", 3, 3, 0, 6, "SP", "graded"),
    ("SP205", "Probability and Statistics", "ความน่าจะเป็นและสถิติ", 3, 3, 0, 6, "SP", "graded"),
    ("SP206", "Programming Fundamentals", "หลักการเขียนโปรแกรม", 3, 2, 2, 5, "SP", "graded"),
    ("SP207", "Object-Oriented Programming", "การเขียนโปรแกรมเชิงวัตถุ", 3, 2, 2, 5, "SP", "graded"),
    ("SP208", "Data Structures", "โครงสร้างข้อมูล", 3, 2, 2, 5, "SP", "graded"),
    ("SP209", "Design and Analysis of Algorithms", "การออกแบบและวิเคราะห์อัลกอริทึม", 3, 3, 0, 6, "SP", "graded"),
    ("SP210", "Digital Logic", "ตรรกะดิจิทัล", 3, 2, 2, 5, "SP", "graded"),
    ("SP211", "Computer Organization", "องค์ประกอบคอมพิวเตอร์", 3, 2, 2, 5, "SP", "graded"),
    ("SP212", "Database Systems", "ระบบฐานข้อมูล", 3, 2, 2, 5, "SP", "graded"),
    ("SP213", "Operating Systems", "ระบบปฏิบัติการ", 3, 2, 2, 5, "SP", "graded"),
    ("SP214", "Computer Networks", "เครือข่ายคอมพิวเตอร์", 3, 2, 2, 5, "SP", "graded"),
    ("SP215", "Web Programming", "การเขียนโปรแกรมเว็บ", 3, 2, 2, 5, "SP", "graded"),
    ("SP216", "Software Engineering", "วิศวกรรมซอฟต์แวร์", 3, 3, 0, 6, "SP", "graded"),
    ("SP301", "Artificial Intelligence", "ปัญญาประดิษฐ์", 3, 3, 0, 6, "SP", "graded"),
    ("SP302", "Machine Learning", "การเรียนรู้ของเครื่อง", 3, 2, 2, 5, "SP", "graded"),
    ("SP303", "Computer Graphics", "คอมพิวเตอร์กราฟิกส์", 3, 2, 2, 5, "SP", "graded"),
    ("SP304", "Information Security", "ความมั่นคงปลอดภัยสารสนเทศ", 3, 3, 0, 6, "SP", "graded"),
    ("SP305", "Distributed Systems", "ระบบกระจาย", 3, 3, 0, 6, "SP", "graded"),
    ("SP306", "Compiler Construction", "การสร้างตัวแปลภาษา", 3, 3, 0, 6, "SP", "graded"),
    ("SP307", "Mobile Application Development", "การพัฒนาแอปพลิเคชันบนอุปกรณ์เคลื่อนที่", 3, 2, 2, 5, "SP", "graded"),
    ("SP308", "Cloud Computing", "การประมวลผลแบบคลาวด์", 3, 2, 2, 5, "SP", "graded"),
    ("SP309", "Human-Computer Interaction", "ปฏิสัมพันธ์ระหว่างมนุษย์กับคอมพิวเตอร์", 3, 3, 0, 6, "SP", "graded"),
    ("SP310", "Software Testing", "การทดสอบซอฟต์แวร์", 3, 2, 2, 5, "SP", "graded"),
    ("SP311", "Advanced Computer Architecture", "สถาปัตยกรรมคอมพิวเตอร์ขั้นสูง", 3, 3, 0, 6, "SP", "graded"),
    ("SP312", "Network Programming", "การเขียนโปรแกรมเครือข่าย", 3, 2, 2, 5, "SP", "graded"),
    ("SP391", "Field Experience", "การฝึกประสบการณ์ภาคสนาม", 3, 0, 6, 3, "SP", "pass_fail"),
    ("SP392", "Senior Project", "โครงงานพิเศษ", 3, 0, 6, 3, "SP", "graded"),
    ("FE401", "Introduction to Tourism", "การท่องเที่ยวเบื้องต้น", 3, 3, 0, 6, "FE", "graded"),
    ("FE402", "Photography", "การถ่ายภาพ", 3, 2, 2, 5, "FE", "graded"),
    ("FE403", "Music Appreciation", "ดนตรีวิจักษ์", 3, 3, 0, 6, "FE", "graded"),
    ("FE404", "Thai Cuisine and Culture", "อาหารไทยและวัฒนธรรม", 3, 2, 2, 5, "FE", "graded"),
]

# CQUPT: (code, title_en, title_zh, credits, lecture hours, lab hours, self-study hours, category, grading)
CQUPT = [
    ("GEN101", "College English I", "大学英语（一）", 3, 48, 0, 48, "GEN", "graded"),
    ("GEN102", "College English II", "大学英语（二）", 3, 48, 0, 48, "GEN", "graded"),
    ("GEN103", "Chinese Language I", "汉语（一）", 3, 32, 24, 48, "GEN", "graded"),
    ("GEN104", "Chinese Language II", "汉语（二）", 3, 32, 24, 48, "GEN", "graded"),
    ("GEN105", "Physical Education", "体育", 1, 0, 24, 0, "GEN", "pass_fail"),
    ("GEN106", "Mental Health Education", "心理健康教育", 2, 32, 0, 16, "GEN", "graded"),
    ("GEN107", "Innovation and Entrepreneurship", "创新创业基础", 2, 32, 0, 16, "GEN", "graded"),
    ("GEN108", "Information Literacy", "信息素养", 2, 16, 24, 16, "GEN", "graded"),
    ("GEN201", "Chinese Language III", "汉语（三）", 3, 32, 24, 48, "GEN", "graded"),
    ("GEN202", "Chinese Language IV", "汉语（四）", 3, 32, 24, 48, "GEN", "graded"),
    ("GEN203", "Introduction to China", "中国概况", 2, 32, 0, 16, "GEN", "graded"),
    ("GEN204", "Chinese Culture and Society", "中国文化与社会", 2, 32, 0, 16, "GEN", "graded"),
    ("GEN205", "Comprehensive Chinese", "综合汉语", 2, 32, 0, 32, "GEN", "graded"),
    ("BAS101", "Advanced Mathematics", "高等数学", 5, 80, 0, 80, "BAS", "graded"),
    ("BAS102", "Discrete Mathematics", "离散数学", 3, 48, 0, 48, "BAS", "graded"),
    ("BAS103", "Linear Algebra", "线性代数", 2, 32, 0, 32, "BAS", "graded"),
    ("BAS104", "Probability Theory and Mathematical Statistics", "概率论与数理统计", 3, 48, 0, 48, "BAS", "graded"),
    ("BAS105", "C Programming", "C语言程序设计", 4, 32, 48, 48, "BAS", "graded"),
    ("BAS106", "Object-Oriented Programming (C++)", "面向对象程序设计（C++）", 3, 32, 24, 48, "BAS", "graded"),
    ("BAS107", "Data Structures", "数据结构", 4, 48, 24, 48, "BAS", "graded"),
    ("BAS108", "Digital Circuits and Logic Design", "数字电路与逻辑设计", 3, 32, 24, 48, "BAS", "graded"),
    ("BAS109", "Principles of Computer Organization", "计算机组成原理", 3, 32, 24, 48, "BAS", "graded"),
    ("BAS110", "Algorithm Design and Analysis", "算法设计与分析", 3, 48, 0, 48, "BAS", "graded"),
    ("BAS111", "Principles of Databases", "数据库原理", 3, 32, 24, 48, "BAS", "graded"),
    ("BAS112", "Operating Systems", "操作系统", 3, 32, 24, 48, "BAS", "graded"),
    ("BAS113", "Computer Networks", "计算机网络", 3, 32, 24, 48, "BAS", "graded"),
    ("MAJ301", "Artificial Intelligence", "人工智能", 3, 48, 0, 48, "MAJ", "graded"),
    ("MAJ302", "Machine Learning", "机器学习", 3, 32, 24, 48, "MAJ", "graded"),
    ("MAJ303", "Computer Graphics", "计算机图形学", 3, 32, 24, 48, "MAJ", "graded"),
    ("MAJ304", "Information Security", "信息安全", 3, 48, 0, 48, "MAJ", "graded"),
    ("MAJ305", "Distributed Systems", "分布式系统", 3, 48, 0, 48, "MAJ", "graded"),
    ("MAJ306", "Compiler Principles", "编译原理", 3, 48, 0, 48, "MAJ", "graded"),
    ("MAJ307", "Mobile Application Development", "移动应用开发", 3, 32, 24, 48, "MAJ", "graded"),
    ("MAJ308", "Cloud Computing", "云计算", 3, 32, 24, 48, "MAJ", "graded"),
    ("MAJ309", "Human-Computer Interaction", "人机交互", 3, 48, 0, 32, "MAJ", "graded"),
    ("MAJ310", "Software Testing", "软件测试", 3, 32, 24, 48, "MAJ", "graded"),
    ("MAJ311", "Computer Architecture", "计算机体系结构", 3, 48, 0, 48, "MAJ", "graded"),
    ("MAJ312", "Network Programming", "网络编程", 3, 32, 24, 48, "MAJ", "graded"),
    ("MAJ313", "Big Data Technology", "大数据技术", 3, 32, 24, 48, "MAJ", "graded"),
    ("MAJ314", "Internet of Things", "物联网技术", 3, 32, 24, 48, "MAJ", "graded"),
    ("MAJ315", "Embedded Systems", "嵌入式系统", 3, 32, 24, 48, "MAJ", "graded"),
    ("MAJ316", "Computer Vision", "计算机视觉", 3, 32, 24, 48, "MAJ", "graded"),
    ("MAJ317", "Natural Language Processing", "自然语言处理", 3, 48, 0, 48, "MAJ", "graded"),
    ("MAJ318", "Software Project Management", "软件项目管理", 2, 32, 0, 32, "MAJ", "graded"),
    ("MAJ319", "Parallel Computing", "并行计算", 3, 48, 0, 48, "MAJ", "graded"),
    ("MAJ320", "Blockchain Technology", "区块链技术", 2, 32, 0, 32, "MAJ", "graded"),
    ("MAJ321", "Digital Image Processing", "数字图像处理", 3, 32, 24, 48, "MAJ", "graded"),
    ("MAJ322", "Web Application Security", "Web应用安全", 3, 32, 24, 48, "MAJ", "graded"),
    ("PRA301", "Programming Practice", "程序设计实践", 2, 0, 48, 16, "PRA", "graded"),
    ("PRA302", "Course Project: Databases", "数据库课程设计", 2, 0, 48, 16, "PRA", "graded"),
    ("PRA303", "Course Project: Computer Networks", "计算机网络课程设计", 2, 0, 48, 16, "PRA", "graded"),
    ("PRA304", "Professional Internship", "专业实习", 4, 0, 96, 0, "PRA", "pass_fail"),
    ("PRA305", "Comprehensive Engineering Practice", "综合工程实践", 2, 0, 48, 16, "PRA", "graded"),
    ("PRA306", "Social Practice", "社会实践", 2, 0, 48, 0, "PRA", "pass_fail"),
    ("PRJ401", "Graduation Project (Thesis)", "毕业设计（论文）", 8, 0, 192, 64, "PRJ", "graded"),
]

# Words are used for the practice courses, as CQUPT records them on the five-level scale.
WORD_COURSES = {"PRA301", "PRA302", "PRA303", "PRA305"}

# ------------------------------------------------------------ equivalencies
# RUTS -> CQUPT (years 1-2 count at CQUPT). Target: codes, or CATEGORY:credits for block credit.
TO_CQUPT = [
    ("GE102", "GEN101"), ("GE103", "GEN102"), ("GE104", "GEN103"), ("GE105", "GEN104"),
    ("GE111", "GEN105"), ("GE106", "GEN106"), ("GE110", "GEN107"), ("GE109", "GEN108"),
    ("GE101", "GEN:3"), ("GE107", "GEN:3"), ("GE108", "GEN:3"),
    ("SP201+SP202", "BAS101"), ("SP203", "BAS102"), ("SP204", "BAS103"), ("SP205", "BAS104"),
    ("SP206", "BAS105"), ("SP207", "BAS106"), ("SP208", "BAS107"), ("SP210", "BAS108"),
    ("SP211", "BAS109"), ("SP209", "BAS110"), ("SP212", "BAS111"), ("SP213", "BAS112"), ("SP214", "BAS113"),
]
# CQUPT -> RUTS (years 3-4 count at RUTS).
TO_RUTS = [
    ("MAJ301", "SP301"), ("MAJ302", "SP302"), ("MAJ303", "SP303"), ("MAJ304", "SP304"), ("MAJ305", "SP305"),
    ("MAJ306", "SP306"), ("MAJ307", "SP307"), ("MAJ308", "SP308"), ("MAJ309", "SP309"), ("MAJ310", "SP310"),
    ("MAJ311", "SP311"), ("MAJ312", "SP312"), ("PRA304", "SP391"), ("PRJ401", "SP392"),
    ("GEN201", "FE:3"),
    # Major electives with no RUTS counterpart count as specialised block credit.
    ("MAJ314", "SP:3"), ("MAJ315", "SP:3"), ("MAJ316", "SP:3"), ("MAJ317", "SP:3"), ("MAJ321", "SP:3"),
]
# Decisions other than approval, so the catalogue shows a history.
OTHER_EQUIVALENCIES = [
    ("RUTS", "SP201", "CQUPT", "BAS101", "rejected", 2020, "",
     "Calculus I alone is 45 lecture hours (2.5 CQUPT credits), 2.5 short of Advanced Mathematics"),
    ("RUTS", "SP216", "CQUPT", "MAJ:3", "proposed", 2022, "", "Syllabus under review by the CQUPT software engineering group"),
    ("RUTS", "FE402", "CQUPT", "GEN:2", "retired", 2020, "2021", "Replaced when photography left the GE list"),
    ("CQUPT", "MAJ313", "RUTS", "SP215", "rejected", 2020, "", "Big data does not cover web programming outcomes"),
]

# ------------------------------------------------------------------ terms
RUTS_PLAN = [  # (year offset, semester, courses) for a cohort starting in year Y
    (0, 1, ["GE101", "GE102", "GE104", "GE108", "SP201", "SP203", "SP206", "GE111"]),
    (0, 2, ["GE103", "GE105", "GE106", "SP202", "SP204", "SP207", "SP210"]),
    (1, 1, ["GE107", "GE109", "SP205", "SP208", "SP211", "SP212", "FE"]),
    (1, 2, ["GE110", "SP209", "SP213", "SP214", "SP215", "SP216", "FE"]),
]
CQUPT_PLAN = [
    (2, 1, ["GEN201", "GEN203", "MAJ301", "MAJ302", "MAJ303", "MAJ304", "MAJ311", "MAJ312", "PRA301"]),
    (2, 2, ["GEN202", "GEN204", "MAJ305", "MAJ306", "MAJ307", "MAJ308", "MAJ313", "MAJ314", "PRA302", "PRA306"]),
    (3, 1, ["GEN205", "MAJ309", "MAJ310", "MAJ315", "MAJ316", "MAJ317", "MAJ318", "MAJ319", "PRA303", "PRA305"]),
    (3, 2, ["MAJ320", "MAJ321", "MAJ322", "PRA304", "PRJ401"]),
]
RUTS_END = {1: (10, 31, 0), 2: (3, 31, 1), 3: (5, 31, 1)}
CQUPT_END = {1: (1, 20, 1), 2: (7, 10, 1)}
CQUPT_START = {1: (9, 1, 0), 2: (2, 25, 1)}


def ruts_term(year, sem):
    return f"{sem}/{year + BE}"


def cqupt_term(year, sem):
    return f"{year}-{year + 1}-{sem}"


def term_end(inst, year, sem):
    m, d, off = (RUTS_END if inst == "RUTS" else CQUPT_END)[sem]
    return datetime.date(year + off, m, d)


def term_start_cqupt(year, sem):
    m, d, off = CQUPT_START[sem]
    return datetime.date(year + off, m, d)


# ------------------------------------------------------------------ people
THAI_GIVEN = [
    ("Somchai", "สมชาย"), ("Somsak", "สมศักดิ์"), ("Suda", "สุดา"), ("Siriporn", "ศิริพร"), ("Kittipong", "กิตติพงษ์"),
    ("Nattapong", "ณัฐพงษ์"), ("Pimchanok", "พิมพ์ชนก"), ("Warunee", "วารุณี"), ("Thanawat", "ธนวัฒน์"),
    ("Chutima", "ชุติมา"), ("Apinya", "อภิญญา"), ("Wichai", "วิชัย"), ("Kanokwan", "กนกวรรณ"),
    ("Pattarapong", "ภัทรพงศ์"), ("Sirinya", "สิรินญา"), ("Anan", "อนันต์"), ("Jiraporn", "จิราพร"),
    ("Narongrit", "ณรงค์ฤทธิ์"), ("Patcharee", "พัชรี"), ("Thitima", "ฐิติมา"), ("Phongsakorn", "พงศกร"),
    ("Rattana", "รัตนา"), ("Supachai", "ศุภชัย"), ("Wannisa", "วรรณิศา"), ("Kritsada", "กฤษดา"),
    ("Nuttakarn", "ณัฐกานต์"), ("Chakrit", "จักรกฤษณ์"), ("Duangjai", "ดวงใจ"), ("Ekkachai", "เอกชัย"),
    ("Nipaporn", "นิภาพร"), ("Yuttana", "ยุทธนา"), ("Arunee", "อรุณี"), ("Teerapat", "ธีรภัทร"),
    ("Kamonchanok", "กมลชนก"), ("Peerapol", "พีระพล"), ("Sasithorn", "ศศิธร"), ("Wuttichai", "วุฒิชัย"),
    ("Lalita", "ลลิตา"), ("Chanathip", "ชนาธิป"), ("Orathai", "อรทัย"), ("Namfon", "น้ำฝน"),
    ("Nuengruethai", "หนึ่งฤทัย"), ("Phuwadon", "ภูวดล"), ("Kwanruen", "ขวัญเรือน"),
]
THAI_FAMILY = [
    ("Saetang", "แซ่ตั้ง"), ("Srisuk", "ศรีสุข"), ("Wongsawat", "วงศ์สวัสดิ์"), ("Chaiyaporn", "ชัยพร"),
    ("Rattanakorn", "รัตนากร"), ("Thongdee", "ทองดี"), ("Kaewmanee", "แก้วมณี"), ("Sukprasert", "สุขประเสริฐ"),
    ("Boonmee", "บุญมี"), ("Jaidee", "ใจดี"), ("Phromma", "พรหมมา"), ("Suwannarat", "สุวรรณรัตน์"),
    ("Sangthong", "แสงทอง"), ("Intharasuk", "อินทรสุข"), ("Chantarasri", "จันทรศรี"), ("Pongpanich", "พงษ์พานิช"),
    ("Kongkaew", "คงแก้ว"), ("Siriwat", "ศิริวัฒน์"), ("Nakprasit", "นาคประสิทธิ์"), ("Wattanasin", "วัฒนสิน"),
    ("Khunpol", "ขุนพล"), ("Thammasak", "ธรรมศักดิ์"), ("Limpakarn", "ลิมปกาญจน์"), ("Ruangrit", "เรืองฤทธิ์"),
    ("Sombat", "สมบัติ"), ("Pinyo", "ภิญโญ"), ("Charoensuk", "เจริญสุข"), ("Yodsiri", "ยอดศิริ"),
    ("Meesuk", "มีสุข"), ("Buranasiri", "บูรณศิริ"), ("Phuengphum", "ผึ้งภูมิ"), ("Nuchnoi", "นุชน้อย"),
]
CHINESE = [
    ("Wang", "Hao", "王浩"), ("Li", "Na", "李娜"), ("Zhang", "Wei", "张伟"), ("Liu", "Yang", "刘洋"),
    ("Chen", "Jing", "陈静"), ("Yang", "Fan", "杨帆"), ("Zhao", "Lei", "赵磊"), ("Huang", "Min", "黄敏"),
]
# A Chinese name given in class to some Thai students (written as a transcription).
THAI_CHINESE_NAMES = ["宋猜", "丽达", "西丽蓬", "吉迪蓬", "娜塔", "颂萨", "美娜", "阿南", "婉妮", "塔纳"]

COHORT_SIZES = {2020: 24, 2021: 26, 2022: 22, 2023: 28}

# Named profiles for the first students of each cohort, so that the demo shows every
# audit outcome; the others are drawn at random.
PROFILES_2020 = ["excellent", "retake", "low_grade", "suspended", "average", "hsk3", "hsk_low_score", "failing"]
PROFILES_2021 = ["excellent", "chinese", "average", "withdrawn", "strong", "makeup"]
PROFILES_2022 = ["excellent", "chinese", "strong", "hsk_low_score"]
PROFILES_2023 = ["excellent", "average", "chinese"]


def ruts_letter(score):
    for limit, letter in ((80, "A"), (75, "B+"), (70, "B"), (65, "C+"), (60, "C"), (55, "D+"), (50, "D")):
        if score >= limit:
            return letter
    return "F"


WORD_MARKS = {"优秀": 95, "良好": 85, "中等": 75, "及格": 65, "不及格": 50}
# Hours per credit as in data/policies (lecture, lab), for the block-credit estimate below.
HOURS_PER_CREDIT = {"CQUPT": (16, 24), "RUTS": (15, 30)}
REQUIREMENTS = {"CQUPT": {"GEN": 40, "BAS": 40, "MAJ": 60, "PRA": 20, "total": 160},
                "RUTS": {"GE": 30, "SP": 84, "FE": 6, "total": 120}}


def credit_check(students, results, courses, equivalencies):
    """Counts, per student and institution, the credits of passed courses plus what the
    approved equivalencies would bring (CQUPT marks below 70 do not transfer to RUTS),
    and whether every demo category minimum is met. A rough stand-in for the audit, to
    keep the demo data honest: it is not the audit engine."""
    catalogue = {(c[0], c[1]): c for c in courses}

    def numeric(mark):
        return WORD_MARKS.get(mark, float(mark) if mark.replace(".", "", 1).isdigit() else None)

    def passed(inst, mark):
        if inst == "CQUPT":
            return mark in ("P", "合格") or (numeric(mark) or 0) >= 60
        return mark in ("A", "B+", "B", "C+", "C", "D+", "D", "S")

    outcome = {}
    by_student = {}
    for r in results:
        by_student.setdefault(r[0], []).append(r)
    for s in students:
        best = {(r[1], r[2]): r[4] for r in by_student.get(s[0], []) if r[4] and passed(r[1], r[4])}
        met = {}
        for inst, mins in REQUIREMENTS.items():
            cat = {}

            def add(category, credits):
                category = "PRA" if category == "PRJ" else category
                cat[category] = cat.get(category, 0) + credits
            for (i, code) in best:
                if i == inst:
                    add(catalogue[(i, code)][9], float(catalogue[(i, code)][5]))
            for e in equivalencies:
                if e[2] != inst or e[4] != "approved":
                    continue
                sources = [(e[0], c) for c in e[1].split("+")]
                if not all(k in best for k in sources):
                    continue
                if inst == "RUTS" and not all(best[k] in ("P", "合格") or (numeric(best[k]) or 0) >= 70 for k in sources):
                    continue
                if ":" in e[3]:
                    # Block credit brings the sources' hours as credits, at most the block's size.
                    category, credits = e[3].split(":")
                    lecture = sum(float(catalogue[k][6]) for k in sources)
                    lab = sum(float(catalogue[k][7]) for k in sources)
                    per_lecture, per_lab = HOURS_PER_CREDIT[inst]
                    converted = math.floor(2 * (lecture / per_lecture + lab / per_lab)) / 2
                    add(category, min(float(credits), converted))
                else:
                    for code in e[3].split("+"):
                        add(catalogue[(inst, code)][9], float(catalogue[(inst, code)][5]))
            cat["total"] = sum(cat.values())
            met[inst] = all(cat.get(k, 0) >= v for k, v in mins.items())
        outcome[s[0]] = met
    return outcome


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "data", "demo")
    os.makedirs(out_dir, exist_ok=True)
    rng = random.Random(2020)

    students, results, milestones, exceptions = [], [], [], []
    ruts_courses = {c[0]: c for c in RUTS}
    cqupt_courses = {c[0]: c for c in CQUPT}

    for cohort, size in COHORT_SIZES.items():
        profiles = {2020: PROFILES_2020, 2021: PROFILES_2021, 2022: PROFILES_2022, 2023: PROFILES_2023}[cohort]
        for n in range(1, size + 1):
            profile = profiles[n - 1] if n <= len(profiles) else "random"
            sid = f"DD{cohort}{n:03d}"
            chinese = profile == "chinese"
            if chinese:
                family, given, zh = CHINESE[(cohort + n) % len(CHINESE)]
                th, nationality = "", "CN"
                passport = f"E{rng.randint(10000000, 99999999)}"
            else:
                g = THAI_GIVEN[(cohort * 7 + n * 3) % len(THAI_GIVEN)]
                f = THAI_FAMILY[(cohort * 5 + n * 11) % len(THAI_FAMILY)]
                given, family = g[0], f[0]
                th = f"{g[1]} {f[1]}"
                zh = THAI_CHINESE_NAMES[n % len(THAI_CHINESE_NAMES)] if n % 4 == 0 else ""
                nationality = "TH"
                passport = f"AA{rng.randint(1000000, 9999999)}"
            dob = datetime.date(cohort - 18, 1, 1) + datetime.timedelta(days=rng.randint(0, 600))
            ability = {"excellent": 2.3, "strong": 1.3, "retake": 1.6, "low_grade": 1.4, "suspended": 1.5,
                       "average": 0.0, "hsk3": 0.3, "hsk_low_score": 0.2, "failing": -1.4, "chinese": 0.8,
                       "withdrawn": -0.8, "makeup": -0.3}.get(profile, rng.gauss(0.1, 0.9))

            # ---- RUTS years 1-2
            shift = 1 if profile == "suspended" else 0  # suspended one regular term after year 1
            fe_choices = rng.sample(["FE401", "FE402", "FE403", "FE404"], 2)
            last_term_done = True
            status = "active"
            for idx, (yo, sem, codes) in enumerate(RUTS_PLAN):
                if profile == "withdrawn" and idx >= 2:
                    status = "withdrawn"
                    break
                year = cohort + yo
                sem_eff, year_eff = sem, year
                if shift and idx >= 2:
                    # one regular term later: 1/Y+1 becomes 2/Y+1 and so on
                    k = (yo * 2 + sem - 1) + 1
                    year_eff, sem_eff = cohort + k // 2, k % 2 + 1
                term = ruts_term(year_eff, sem_eff)
                for code in codes:
                    if code == "FE":
                        code = fe_choices.pop()
                    course = ruts_courses[code]
                    if course[8] == "pass_fail":
                        mark = "U" if rng.random() < 0.03 and ability < 0 else "S"
                    else:
                        score = 68 + 9 * ability + rng.gauss(0, 6)
                        if profile == "excellent":
                            score = max(score, 82)
                        mark = ruts_letter(score)
                        if profile in ("excellent", "retake", "suspended", "strong", "chinese") and mark in ("D", "D+", "F", "C"):
                            mark = "C+" if profile != "excellent" else "B+"
                        if profile == "retake" and code == "SP203":
                            mark = "F"
                        if profile == "low_grade" and code == "SP204":
                            mark = "D+"
                        if profile == "withdrawn" and code == "SP206" and idx == 0:
                            mark = "W"
                    results.append([sid, "RUTS", code, term, mark, ""])
                    if mark in ("F", "U", "W"):
                        # retake in the summer term after the academic year
                        retake_term = ruts_term(year_eff, 3)
                        retake_mark = "S" if mark == "U" else ruts_letter(68 + 9 * ability + rng.gauss(3, 5))
                        if profile == "retake":
                            retake_mark = "A"
                        if retake_mark == "F":
                            retake_mark = "D"
                        results.append([sid, "RUTS", code, retake_term, retake_mark, "retake"])
            if status == "withdrawn":
                students.append([sid, "", f"{(cohort + BE) % 100}3404{n:04d}", family, given, zh, th, dob.isoformat(),
                                 nationality, passport, f"{given.lower()}.{family.lower()}{n}@students.example.edu",
                                 cohort, status])
                continue

            # ---- CQUPT years 3-4
            in_progress_reached = False
            for yo, sem, codes in CQUPT_PLAN:
                year = cohort + yo
                if shift:
                    k = (yo * 2 + sem - 1) + 1
                    year, sem = cohort + k // 2, k % 2 + 1
                term = cqupt_term(year, sem)
                start, end = term_start_cqupt(year, sem), term_end("CQUPT", year, sem)
                if start > TODAY:
                    last_term_done = False
                    break
                current = end >= TODAY
                if current:
                    in_progress_reached = True
                    last_term_done = False
                for code in codes:
                    course = cqupt_courses[code]
                    if current:
                        results.append([sid, "CQUPT", code, term, "", ""])
                        continue
                    if course[8] == "pass_fail":
                        results.append([sid, "CQUPT", code, term, "P" if code != "PRA306" else "合格", ""])
                        continue
                    score = 74 + 8 * ability + rng.gauss(0, 6)
                    if profile == "excellent":
                        score = max(score, 90 + rng.random() * 8)
                    if profile in ("retake", "low_grade", "suspended", "strong") and score < 82:
                        score = 82 + rng.random() * 6
                    if profile == "failing" and code in ("MAJ306", "MAJ319"):
                        score = 41 + rng.random() * 10
                    if profile == "makeup" and code == "MAJ305":
                        score = 52
                    score = max(0, min(100, round(score)))
                    if code in WORD_COURSES:
                        word = "优秀" if score >= 90 else "良好" if score >= 80 else "中等" if score >= 70 else "及格" if score >= 60 else "不及格"
                        results.append([sid, "CQUPT", code, term, word, ""])
                        if word == "不及格":
                            results.append([sid, "CQUPT", code, term, "及格", "makeup"])
                        continue
                    results.append([sid, "CQUPT", code, term, str(score), ""])
                    if score < 60:
                        makeup = 64 if profile == "makeup" else (max(35, score - 3) if profile == "failing" else 60 + rng.randint(0, 15))
                        results.append([sid, "CQUPT", code, term, str(makeup), "makeup"])
                        retake_year = year + 1
                        if makeup < 60 and code not in ("MAJ306", "MAJ319") and \
                                term_end("CQUPT", retake_year, sem) < TODAY:
                            # 重修: taken again with next year's class
                            results.append([sid, "CQUPT", code, cqupt_term(retake_year, sem),
                                            str(62 + rng.randint(0, 12)), "retake"])
            graduated = last_term_done and profile not in ("failing",)
            status = "graduated" if graduated and profile != "hsk3" else ("suspended" if False else "active")
            if profile == "hsk3" and last_term_done:
                status = "graduated"  # graduation without the degree
            students.append([sid, f"{cohort + 2}21{n:04d}", f"{(cohort + BE) % 100}3404{n:04d}", family, given, zh, th,
                             dob.isoformat(), nationality, passport,
                             f"{given.lower()}.{family.lower()}{n}@students.example.edu", cohort, status])

            # ---- milestones
            if chinese:
                exceptions.append([sid, "CQUPT", "waive", "hsk", "", "Native speaker of Chinese; HSK not required",
                                   "Dean, International College"])
            else:
                first_hsk = term_start_cqupt(cohort + 2, 2) + datetime.timedelta(days=40)
                if first_hsk <= TODAY:
                    if profile == "hsk3":
                        milestones.append([sid, "HSK", "3", "212", first_hsk.isoformat()])
                    elif profile == "hsk_low_score":
                        milestones.append([sid, "HSK", "4", "175", first_hsk.isoformat()])
                    elif profile == "excellent":
                        milestones.append([sid, "HSK", "5", str(230 + rng.randint(0, 40)), first_hsk.isoformat()])
                    else:
                        score = int(190 + 25 * ability + rng.gauss(0, 12))
                        if score < 180:
                            # a second sitting a semester later
                            milestones.append([sid, "HSK", "4", str(max(150, score)), first_hsk.isoformat()])
                            second = first_hsk + datetime.timedelta(days=180)
                            if second <= TODAY:
                                milestones.append([sid, "HSK", "4", str(181 + rng.randint(0, 30)), second.isoformat()])
                        else:
                            milestones.append([sid, "HSK", "4", str(min(300, score)), first_hsk.isoformat()])
            if last_term_done:
                y = cohort + 4 + shift // 2
                milestones.append([sid, "INTERNSHIP", "passed", "", datetime.date(y, 5, 20 + (n % 7)).isoformat()])
                milestones.append([sid, "THESIS", "passed", str(70 + rng.randint(0, 25)),
                                   datetime.date(y, 6, 10 + (n % 10)).isoformat()])

    courses = [["RUTS", c[0], c[1], "", c[2], c[3], c[4] * 15, c[5] * 15, c[6] * 15, c[7], c[8]] for c in RUTS]
    courses += [["CQUPT", c[0], c[1], c[2], "", c[3], c[4], c[5], c[6], c[7], c[8]] for c in CQUPT]

    equivalencies = []
    for src, dst in TO_CQUPT:
        equivalencies.append(["RUTS", src, "CQUPT", dst, "approved", 2020, "", "Approved by the joint programme committee"])
    for src, dst in TO_RUTS:
        equivalencies.append(["CQUPT", src, "RUTS", dst, "approved", 2020, "", "Approved by the joint programme committee"])
    equivalencies += [list(e) for e in OTHER_EQUIVALENCIES]

    # When each course is offered: the semesters it was taken in; a course nobody has
    # taken yet in semester 1 or 2 by its number.
    taken_in = {}
    for r in results:
        sem = r[3].split("/")[0] if r[1] == "RUTS" else r[3].rsplit("-", 1)[1]
        taken_in.setdefault((r[1], r[2]), set()).add(int(sem))
    for c in courses:
        seen = taken_in.get((c[0], c[1]))
        if not seen:
            seen = {1 if int(c[1][-1]) % 2 else 2}
        c.append("" if seen == {1, 2} else "+".join(str(n) for n in sorted(seen)))

    def write(name, header, rows):
        with open(os.path.join(out_dir, name), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    students = [row + [national_id(row[0], row[8], row[7])] for row in students]
    write("students.csv", ["student_id", "cqupt_no", "ruts_no", "family_name", "given_name", "name_zh", "name_th",
                           "date_of_birth", "nationality", "passport_no", "email", "cohort", "status", "national_id"],
          students)
    write("courses.csv", ["institution", "code", "title_en", "title_zh", "title_th", "credits", "lecture_hours",
                          "lab_hours", "self_study_hours", "category", "grading", "offered"], courses)
    write("results.csv", ["student_id", "institution", "course_code", "term", "mark", "attempt"], results)
    write("equivalencies.csv", ["from_institution", "from_codes", "to_institution", "to_codes", "status",
                                "valid_from_cohort", "valid_to_cohort", "note"], equivalencies)
    write("milestones.csv", ["student_id", "kind", "level", "score", "date"], milestones)
    write("exceptions.csv", ["student_id", "institution", "kind", "requirement", "course_code", "reason",
                             "approved_by"], exceptions)

    def total(cat_list, inst):
        return sum(c[3] for c in inst if c[7] in cat_list)

    outcome = credit_check(students, results, courses, equivalencies)
    both = sum(1 for m in outcome.values() if m["CQUPT"] and m["RUTS"])
    cqupt_only = sum(1 for m in outcome.values() if m["CQUPT"] and not m["RUTS"])
    neither = sum(1 for m in outcome.values() if not m["CQUPT"])
    for cohort in (2020, 2021, 2022):
        top = f"DD{cohort}001"
        assert outcome[top] == {"CQUPT": True, "RUTS": True}, f"{top} should meet both institutions' credits"
    assert both > 40 and cqupt_only > 0 and neither > 0, (both, cqupt_only, neither)
    print(f"credit check: {both} meet both institutions' category minimums, {cqupt_only} CQUPT only, "
          f"{neither} not CQUPT (in progress, failing or withdrawn)")
    print(f"students {len(students)}, results {len(results)}, milestones {len(milestones)}, "
          f"equivalencies {len(equivalencies)}, exceptions {len(exceptions)}")
    print("RUTS offered:", {k: total([k], RUTS) for k in ("GE", "SP", "FE")},
          "CQUPT offered:", {k: total([k], CQUPT) for k in ("GEN", "BAS", "MAJ", "PRA", "PRJ")})


if __name__ == "__main__":
    main()
