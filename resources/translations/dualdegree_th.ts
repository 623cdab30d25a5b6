<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th">
<context>
    <name>MainWindow</name>
    <message>
        <source>Students</source>
        <translation>นักศึกษา</translation>
    </message>
    <message>
        <source>Search by id, number or name (Latin, 中文, ไทย)</source>
        <translation>ค้นหาด้วยรหัส เลขประจำตัว หรือชื่อ (ละติน, 中文, ไทย)</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>รุ่น:</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>รายวิชา</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>สถาบัน:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;แฟ้ม</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;มุมมอง</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;เปิดฐานข้อมูล…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>เปิดฐานข้อมูล&amp;ตัวอย่าง</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;สำรองข้อมูล…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;ออก</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>&amp;นักศึกษา</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>&amp;รายวิชา</translation>
    </message>
    <message>
        <source>&amp;Find Student</source>
        <translation>&amp;ค้นหานักศึกษา</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the database</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลได้</translation>
    </message>
</context>
<context>
    <name>dd::CourseListModel</name>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>graded</source>
        <translation>ให้ระดับคะแนน</translation>
    </message>
    <message>
        <source>pass/fail</source>
        <translation>ผ่าน/ไม่ผ่าน</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัสวิชา</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อวิชา</translation>
    </message>
    <message>
        <source>Title (中文 / ไทย)</source>
        <translation>ชื่อวิชา (中文 / ไทย)</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>หน่วยกิต</translation>
    </message>
    <message>
        <source>Lecture / lab / self-study hours</source>
        <translation>ชั่วโมงบรรยาย / ปฏิบัติ / ศึกษาด้วยตนเอง</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดวิชา</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>การวัดผล</translation>
    </message>
</context>
<context>
    <name>dd::MainWindow</name>
    <message>
        <source>DualDegree — %1</source>
        <translation>DualDegree — %1</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>ทุกรุ่น</translation>
    </message>
    <message>
        <source>Both institutions</source>
        <translation>ทั้งสองสถาบัน</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>การค้นหาล้มเหลว</translation>
    </message>
    <message>
        <source>Loading courses failed</source>
        <translation>โหลดรายวิชาไม่สำเร็จ</translation>
    </message>
    <message>
        <source>No database open — File › Open Database or Open Demo Database</source>
        <translation>ยังไม่ได้เปิดฐานข้อมูล — แฟ้ม › เปิดฐานข้อมูล หรือ เปิดฐานข้อมูลตัวอย่าง</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) shown</source>
        <translation><numerusform>แสดงนักศึกษา %n คน</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) shown</source>
        <translation><numerusform>แสดง %n รายวิชา</numerusform></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <source>DualDegree databases (*.db);;All files (*)</source>
        <translation>ฐานข้อมูล DualDegree (*.db);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลได้</translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation>ไม่สามารถสร้างฐานข้อมูลตัวอย่างได้</translation>
    </message>
    <message>
        <source>Cannot open the demo database</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลตัวอย่างได้</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <source>DualDegree databases (*.db)</source>
        <translation>ฐานข้อมูล DualDegree (*.db)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>สำรองข้อมูลไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Backup written to %1 and verified</source>
        <translation>สำรองข้อมูลไปที่ %1 และตรวจสอบแล้ว</translation>
    </message>
</context>
<context>
    <name>dd::StudentListModel</name>
    <message>
        <source>Student ID</source>
        <translation>รหัสนักศึกษา</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Name (中文 / ไทย)</source>
        <translation>ชื่อ (中文 / ไทย)</translation>
    </message>
    <message>
        <source>CQUPT no.</source>
        <translation>รหัส CQUPT</translation>
    </message>
    <message>
        <source>RUTS no.</source>
        <translation>รหัส มทร.ศรีวิชัย</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>สัญชาติ</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>รุ่น</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>active</source>
        <translation>กำลังศึกษา</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>พักการศึกษา</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>พ้นสภาพ/ลาออก</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>สำเร็จการศึกษา</translation>
    </message>
</context>
</TS>
