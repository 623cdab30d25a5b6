<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th">
<context>
    <name>AuditPanel</name>
    <message>
        <source>Programme:</source>
        <translation>หลักสูตร:</translation>
    </message>
    <message>
        <source>Audit against the student's own catalogue, or what-if against another one (nothing is saved)</source>
        <translation>ตรวจสอบตามหลักสูตรของนักศึกษาเอง หรือจำลองการตรวจสอบกับหลักสูตรอื่น (ไม่บันทึก)</translation>
    </message>
    <message>
        <source>Waive, substitute, force-complete or also-allow for the selected requirement</source>
        <translation>ยกเว้น ใช้วิชาอื่นแทน ถือว่าผ่าน หรืออนุญาตให้นับเพิ่ม สำหรับเกณฑ์ที่เลือก</translation>
    </message>
    <message>
        <source>Exception…</source>
        <translation>ข้อยกเว้น…</translation>
    </message>
    <message>
        <source>Revoke exception</source>
        <translation>เพิกถอนข้อยกเว้น</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>One student</source>
        <translation>รายบุคคล</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>นักศึกษา:</translation>
    </message>
    <message>
        <source>Student id, e.g. DD2020001</source>
        <translation>รหัสนักศึกษาโครงการ เช่น DD2020001</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>ตรวจสอบ(&amp;A)</translation>
    </message>
    <message>
        <source>Cohort overview</source>
        <translation>ภาพรวมรุ่น</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>รุ่น:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>สถาบัน:</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Both offices work on one database on a PostgreSQL server. Your IT staff give you these details.</source>
        <translation>ทั้งสองสำนักงานทำงานบนฐานข้อมูลเดียวกันในเซิร์ฟเวอร์ PostgreSQL เจ้าหน้าที่ไอทีของท่านจะให้ข้อมูลเหล่านี้</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>เซิร์ฟเวอร์(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>พอร์ต(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>ฐานข้อมูล(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ชื่อผู้ใช้(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน(&amp;P):</translation>
    </message>
    <message>
        <source>empty: from your password file (PGPASSFILE)</source>
        <translation>เว้นว่าง: ใช้แฟ้มรหัสผ่าน (PGPASSFILE)</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>การเข้ารหัส (TLS)(&amp;E):</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>ใบรับรอง CA(&amp;A):</translation>
    </message>
    <message>
        <source>the system's certificates</source>
        <translation>ใบรับรองของระบบ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>เลือกแฟ้ม(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Course</source>
        <translation>รายวิชา</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>สถาบัน:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>รหัสวิชา:</translation>
    </message>
    <message>
        <source>Title in English:</source>
        <translation>ชื่อวิชาภาษาอังกฤษ:</translation>
    </message>
    <message>
        <source>Title in Chinese:</source>
        <translation>ชื่อวิชาภาษาจีน:</translation>
    </message>
    <message>
        <source>Title in Thai:</source>
        <translation>ชื่อวิชาภาษาไทย:</translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation>หน่วยกิต:</translation>
    </message>
    <message>
        <source>Lecture hours a term:</source>
        <translation>ชั่วโมงบรรยายต่อภาค:</translation>
    </message>
    <message>
        <source>Lab hours a term:</source>
        <translation>ชั่วโมงปฏิบัติต่อภาค:</translation>
    </message>
    <message>
        <source>Self-study hours a term:</source>
        <translation>ชั่วโมงศึกษาด้วยตนเองต่อภาค:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>หมวดวิชา:</translation>
    </message>
    <message>
        <source>Grading:</source>
        <translation>การวัดผล:</translation>
    </message>
    <message>
        <source>Offered in semesters:</source>
        <translation>ภาคการศึกษาที่เปิด:</translation>
    </message>
    <message>
        <source>every regular semester</source>
        <translation>ทุกภาคการศึกษาปกติ</translation>
    </message>
    <message>
        <source>Semester numbers joined by +, as 1, 2, 1+2 or 1+2+3 (3: summer); empty: every regular semester</source>
        <translation>เลขภาคการศึกษาเชื่อมด้วย + เช่น 1, 2, 1+2 หรือ 1+2+3 (3: ภาคฤดูร้อน) ว่างไว้: ทุกภาคการศึกษาปกติ</translation>
    </message>
</context>
<context>
    <name>CoursesView</name>
    <message>
        <source>Institution:</source>
        <translation>สถาบัน:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>หมวดวิชา:</translation>
    </message>
    <message>
        <source>E&amp;dit Course…</source>
        <translation>แก้ไขรายวิชา(&amp;D)…</translation>
    </message>
    <message>
        <source>New &amp;Course…</source>
        <translation>รายวิชาใหม่(&amp;C)…</translation>
    </message>
    <message>
        <source>De&amp;lete Course</source>
        <translation>ลบรายวิชา(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected course (only one no result, equivalency, transfer or exception refers to) (Del)</source>
        <translation>ลบรายวิชาที่เลือก (เฉพาะวิชาที่ไม่มีผลการเรียน การเทียบรายวิชา การเทียบโอน หรือข้อยกเว้นอ้างถึง) (Del)</translation>
    </message>
</context>
<context>
    <name>CreditTransferView</name>
    <message>
        <source>Equivalency catalogue</source>
        <translation>ทะเบียนการเทียบรายวิชา</translation>
    </message>
    <message>
        <source>Search codes and titles (English, 中文, ไทย)</source>
        <translation>ค้นหารหัสหรือชื่อวิชา (English, 中文, ไทย)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>จากสถาบัน:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <source>Valid for cohort:</source>
        <translation>ใช้กับรุ่น:</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>รายละเอียด(&amp;D)…</translation>
    </message>
    <message>
        <source>Transfers for one student</source>
        <translation>การเทียบโอนรายบุคคล</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>นักศึกษา:</translation>
    </message>
    <message>
        <source>Student id, e.g. DD2020001</source>
        <translation>รหัสนักศึกษาโครงการ เช่น DD2020001</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>สถาบันที่รับโอน:</translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation>วันที่พิจารณา:</translation>
    </message>
    <message>
        <source>&amp;Apply allowed</source>
        <translation>บันทึกรายการที่อนุญาต(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>ยกเลิกการเทียบโอน(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>เพิ่มใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>แสดง(&amp;W)</translation>
    </message>
</context>
<context>
    <name>EquivalencyDialog</name>
    <message>
        <source>Equivalency</source>
        <translation>การเทียบรายวิชา</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>วิชาต้นทาง</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>วิชาปลายทาง</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>การพิจารณา</translation>
    </message>
    <message>
        <source>Reason for the decision (required):</source>
        <translation>เหตุผลของการพิจารณา (จำเป็น):</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>อนุมัติ(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>ไม่อนุมัติ(&amp;J)</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>เลิกใช้(&amp;T)</translation>
    </message>
    <message>
        <source>Propose &amp;again</source>
        <translation>เสนอใหม่(&amp;A)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>A&amp;ttach syllabus…</source>
        <translation>แนบประมวลรายวิชา(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>บันทึกสำเนา(&amp;S)…</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>ประวัติฉบับการพิจารณา</translation>
    </message>
    <message>
        <source>Students affected</source>
        <translation>นักศึกษาที่ได้รับผลกระทบ</translation>
    </message>
    <message>
        <source>&amp;Find students this version treats differently</source>
        <translation>ค้นหานักศึกษาที่ได้ผลต่างไปตามฉบับนี้(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Exception</source>
        <translation>ข้อยกเว้น</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <source>Requirement:</source>
        <translation>เกณฑ์:</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>รายวิชา:</translation>
    </message>
    <message>
        <source>For substitute and also-allow: the course code</source>
        <translation>สำหรับการทดแทนและอนุญาตเพิ่ม: รหัสวิชา</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>เหตุผล:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>ผู้อนุมัติ:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log In</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ชื่อผู้ใช้(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน(&amp;P):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Students</source>
        <translation>นักศึกษา</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>รายวิชา</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>แฟ้ม(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>เปิดฐานข้อมูล(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>เปิดฐานข้อมูลตัวอย่าง(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>สำรองข้อมูล(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>นักศึกษา(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>รายวิชา(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find Student</source>
        <translation>ค้นหานักศึกษา(&amp;F)</translation>
    </message>
    <message>
        <source>Credit transfer</source>
        <translation>การเทียบโอนหน่วยกิต</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>Credit &amp;Transfer</source>
        <translation>การเทียบโอนหน่วยกิต(&amp;T)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>ตรวจสอบการสำเร็จการศึกษา</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>ตรวจสอบ(&amp;A)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>บันทึกผลการเรียน</translation>
    </message>
    <message>
        <source>&amp;Results Entry</source>
        <translation>บันทึกผลการเรียน(&amp;R)</translation>
    </message>
    <message>
        <source>Welcome to DualDegree</source>
        <translation>ยินดีต้อนรับสู่ DualDegree</translation>
    </message>
    <message>
        <source>Records, credit transfer, audits and transcripts of the CQUPT–RUTS dual-degree programme. Start with a database:</source>
        <translation>ระเบียนนักศึกษา การเทียบโอนหน่วยกิต การตรวจสอบการสำเร็จการศึกษา และใบแสดงผลการศึกษาของหลักสูตรสองปริญญา CQUPT–มทร.ศรีวิชัย เริ่มจากเลือกฐานข้อมูล:</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>เปิดฐานข้อมูล(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>เปิดฐานข้อมูลตัวอย่าง(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>เปิดล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>ตั้งค่า(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>ฐานข้อมูลใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>ใบแสดงผลการศึกษา</translation>
    </message>
    <message>
        <source>&amp;Log In As…</source>
        <translation>เข้าสู่ระบบด้วยผู้ใช้อื่น(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Verify the Change Log</source>
        <translation>ตรวจสอบบันทึกการเปลี่ยนแปลง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a &amp;new, empty database…</source>
        <translation>สร้างฐานข้อมูลใหม่ที่ว่างเปล่า(&amp;N)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a Copy…</source>
        <translation>กู้คืนจากสำเนา(&amp;T)…</translation>
    </message>
    <message>
        <source>Transcri&amp;pts</source>
        <translation>ใบแสดงผลการศึกษา(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Adopt Database As It Is…</source>
        <translation>รับฐานข้อมูลตามสภาพปัจจุบัน(&amp;A)…</translation>
    </message>
    <message>
        <source>Accept a database whose chain head says otherwise (an older copy put back, a copy without a head); the change log records it</source>
        <translation>ยอมรับฐานข้อมูลที่หัวโซ่ระบุไว้ต่างออกไป (สำเนาเก่าที่นำกลับมาวาง หรือสำเนาที่ไม่มีหัวโซ่) บันทึกการเปลี่ยนแปลงจะบันทึกการกระทำนี้</translation>
    </message>
    <message>
        <source>Institution &amp;Keys…</source>
        <translation>กุญแจของสถาบัน(&amp;K)…</translation>
    </message>
    <message>
        <source>The institutions' signing certificates and keys, and the partners' trusted certificates</source>
        <translation>ใบรับรองและกุญแจลงนามของสถาบัน และใบรับรองของคู่ความร่วมมือที่เชื่อถือ</translation>
    </message>
    <message>
        <source>&amp;Sign a Change-Log Checkpoint…</source>
        <translation>&amp;ลงนามจุดตรวจสอบของบันทึกการเปลี่ยนแปลง…</translation>
    </message>
    <message>
        <source>Sign the change log as it stands with your institution's key, so that no row up to here can be rewritten unnoticed</source>
        <translation>ลงนามบันทึกการเปลี่ยนแปลงตามที่เป็นอยู่ด้วยกุญแจของสถาบัน เพื่อไม่ให้แถวใดจนถึงตรงนี้ถูกเขียนใหม่โดยไม่มีใครรู้</translation>
    </message>
    <message>
        <source>Offer Checkpoints at Day's End and on Closing</source>
        <translation>เสนอให้ลงนามจุดตรวจสอบเมื่อสิ้นวันทำงานและเมื่อปิด</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>แลกเปลี่ยน(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Partner Certificates…</source>
        <translation>ใบรับรองของสถาบันคู่ความร่วมมือ(&amp;P)…</translation>
    </message>
    <message>
        <source>The certificates under which partner institutions' signed records are imported</source>
        <translation>ใบรับรองที่ใช้ตรวจระเบียนที่สถาบันคู่ความร่วมมือลงนามก่อนนำเข้า</translation>
    </message>
    <message>
        <source>&amp;Export Records for the Partner…</source>
        <translation>ส่งออกระเบียนให้สถาบันคู่ความร่วมมือ(&amp;E)…</translation>
    </message>
    <message>
        <source>A student's or a cohort's record as signed ELMO files for the partner's office</source>
        <translation>ระเบียนของนักศึกษาหนึ่งคนหรือทั้งรุ่นเป็นไฟล์ ELMO ที่ลงนามแล้ว สำหรับสำนักงานของสถาบันคู่ความร่วมมือ</translation>
    </message>
    <message>
        <source>&amp;Import a Partner's Record…</source>
        <translation>นำเข้าระเบียนจากสถาบันคู่ความร่วมมือ(&amp;I)…</translation>
    </message>
    <message>
        <source>A partner's signed ELMO record into its results here, shown before anything is written</source>
        <translation>นำระเบียน ELMO ที่สถาบันคู่ความร่วมมือลงนามเข้าเป็นผลการเรียนของสถาบันนั้นที่นี่ โดยแสดงก่อนบันทึก</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>คู่มือผู้ใช้(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About DualDegree</source>
        <translation>เกี่ยวกับ DualDegree(&amp;A)</translation>
    </message>
    <message>
        <source>A cohort's graduation list or degree-committee list, as PDF, Excel or CSV</source>
        <translation>รายชื่อผู้สำเร็จการศึกษาหรือรายชื่อเสนอสภามหาวิทยาลัยของทั้งรุ่น เป็น PDF, Excel หรือ CSV</translation>
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation>รายงาน(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>นำเข้า(&amp;I)…</translation>
    </message>
    <message>
        <source>Students, courses, marks or equivalencies from a CSV file (or a partner's ELMO record), shown line by line before anything is written; a file may also be dropped onto the window</source>
        <translation>นำเข้านักศึกษา รายวิชา คะแนน หรือการเทียบโอนจากไฟล์ CSV (หรือระเบียน ELMO ของคู่ความร่วมมือ) แสดงทีละบรรทัดก่อนบันทึก; ลากไฟล์มาวางบนหน้าต่างก็ได้</translation>
    </message>
</context>
<context>
    <name>NewEquivalencyDialog</name>
    <message>
        <source>Propose Equivalency</source>
        <translation>เสนอการเทียบรายวิชา</translation>
    </message>
    <message>
        <source>Source institution:</source>
        <translation>สถาบันต้นทาง:</translation>
    </message>
    <message>
        <source>Source course(s):</source>
        <translation>วิชาต้นทาง:</translation>
    </message>
    <message>
        <source>Codes joined by +, e.g. SP201+SP202</source>
        <translation>รหัสวิชาเชื่อมด้วย + เช่น SP201+SP202</translation>
    </message>
    <message>
        <source>Receiving institution:</source>
        <translation>สถาบันที่รับโอน:</translation>
    </message>
    <message>
        <source>Target course(s):</source>
        <translation>วิชาปลายทาง:</translation>
    </message>
    <message>
        <source>Codes joined by +, e.g. BAS101</source>
        <translation>รหัสวิชาเชื่อมด้วย + เช่น BAS101</translation>
    </message>
    <message>
        <source>Block credit in:</source>
        <translation>หน่วยกิตแบบกลุ่มในหมวด:</translation>
    </message>
    <message>
        <source> credits</source>
        <translation> หน่วยกิต</translation>
    </message>
    <message>
        <source>Valid for cohorts:</source>
        <translation>ใช้กับรุ่น:</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>ไม่กำหนดรุ่นสุดท้าย</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>หมายเหตุ:</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Student:</source>
        <translation>นักศึกษา:</translation>
    </message>
    <message>
        <source>Student id, e.g. DD2023001</source>
        <translation>รหัสนักศึกษา เช่น DD2023001</translation>
    </message>
    <message>
        <source>Assumed grades:</source>
        <translation>ผลการเรียนที่สมมุติ:</translation>
    </message>
    <message>
        <source>The grade assumed for every course still to be taken, as CQUPT=85, RUTS=B+; empty: each policy's own</source>
        <translation>ผลการเรียนที่สมมุติสำหรับทุกวิชาที่ยังต้องเรียน เช่น CQUPT=85, RUTS=B+ ว่างไว้: ใช้ค่าตามนโยบายของแต่ละสถาบัน</translation>
    </message>
    <message>
        <source>Pla&amp;n</source>
        <translation>วางแผน(&amp;N)</translation>
    </message>
    <message>
        <source>Plan again from the record: the fewest terms, then the fewest credits</source>
        <translation>วางแผนใหม่จากประวัติ: จำนวนภาคการศึกษาน้อยที่สุด แล้วหน่วยกิตน้อยที่สุด</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ส่งออก(&amp;X)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>ตัวอย่างก่อนพิมพ์(&amp;V)…</translation>
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
    <name>ResultsEntryView</name>
    <message>
        <source>Add re&amp;take</source>
        <translation>เพิ่มการเรียนซ้ำ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>ยกเลิกการแก้ไข(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>สถาบัน(&amp;I):</translation>
    </message>
    <message>
        <source>Te&amp;rm:</source>
        <translation>ภาคการศึกษา(&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>รายวิชา(&amp;O):</translation>
    </message>
    <message>
        <source>Add ma&amp;ke-up exam</source>
        <translation>เพิ่มการสอบแก้ตัว(&amp;K)</translation>
    </message>
    <message>
        <source>Save &amp;marks</source>
        <translation>บันทึกผลการเรียน(&amp;M)</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Student</source>
        <translation>นักศึกษา</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>ข้อมูลส่วนตัว</translation>
    </message>
    <message>
        <source>Student ID:</source>
        <translation>รหัสนักศึกษาโครงการ:</translation>
    </message>
    <message>
        <source>CQUPT number:</source>
        <translation>รหัส CQUPT:</translation>
    </message>
    <message>
        <source>RUTS number:</source>
        <translation>รหัส มทร.ศรีวิชัย:</translation>
    </message>
    <message>
        <source>Family name (Latin):</source>
        <translation>นามสกุล (อักษรละติน):</translation>
    </message>
    <message>
        <source>Given name (Latin):</source>
        <translation>ชื่อ (อักษรละติน):</translation>
    </message>
    <message>
        <source>Name in Chinese:</source>
        <translation>ชื่อภาษาจีน:</translation>
    </message>
    <message>
        <source>Name in Thai:</source>
        <translation>ชื่อภาษาไทย:</translation>
    </message>
    <message>
        <source>Date of birth (YYYY-MM-DD):</source>
        <translation>วันเกิด (ค.ศ. ปปปป-ดด-วว):</translation>
    </message>
    <message>
        <source>Nationality (TH, CN, …):</source>
        <translation>สัญชาติ (TH, CN, …):</translation>
    </message>
    <message>
        <source>Passport number:</source>
        <translation>เลขหนังสือเดินทาง:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>อีเมล:</translation>
    </message>
    <message>
        <source>Cohort (year):</source>
        <translation>รุ่น (ปี ค.ศ.):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <source>Institution / term / course</source>
        <translation>สถาบัน / ภาคการศึกษา / รายวิชา</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>การเทียบโอน</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>ผลการประเมินนอกรายวิชา</translation>
    </message>
    <message>
        <source>Audit summary</source>
        <translation>สรุปการตรวจสอบ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Grade changes, newest first:</source>
        <translation>การแก้ไขผลการเรียน (ล่าสุดก่อน):</translation>
    </message>
    <message>
        <source>Every change to this student's records (change log), newest first:</source>
        <translation>ทุกการเปลี่ยนแปลงในระเบียนของนักศึกษาคนนี้ (บันทึกการเปลี่ยนแปลง) ล่าสุดก่อน:</translation>
    </message>
    <message>
        <source>National ID (TH, CN):</source>
        <translation>เลขประจำตัวประชาชน (ไทย, จีน):</translation>
    </message>
    <message>
        <source>13 digits (TH) or 18 characters (CN); optional</source>
        <translation>13 หลัก (ไทย) หรือ 18 หลัก (จีน) ไม่บังคับ</translation>
    </message>
    <message>
        <source>Results</source>
        <comment>student's results</comment>
        <translation>ผลการเรียน</translation>
    </message>
</context>
<context>
    <name>StudentsView</name>
    <message>
        <source>Search by id, number or name (Latin, 中文, ไทย)</source>
        <translation>ค้นหาด้วยรหัสนักศึกษาโครงการ รหัสนักศึกษาของสองสถาบัน หรือชื่อ (อักษรโรมัน, 中文, ไทย)</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>รุ่น:</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>รายละเอียด(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New Student…</source>
        <translation>นักศึกษาใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>De&amp;lete Student</source>
        <translation>ลบนักศึกษา(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected student (only one without results, transfers, exceptions, milestones or transcripts) (Del)</source>
        <translation>ลบนักศึกษาที่เลือก (เฉพาะผู้ที่ไม่มีผลการเรียน การเทียบโอน ข้อยกเว้น ผลการประเมินนอกรายวิชา หรือใบแสดงผลการศึกษา) (Del)</translation>
    </message>
</context>
<context>
    <name>TranscriptsView</name>
    <message>
        <source>Search by id, number or name (Latin, 中文, ไทย)</source>
        <translation>ค้นหาด้วยรหัสนักศึกษาโครงการ รหัสนักศึกษาของสองสถาบัน หรือชื่อ (อักษรโรมัน, 中文, ไทย)</translation>
    </message>
    <message>
        <source>Transcripts issued to this student:</source>
        <translation>ใบแสดงผลการศึกษาที่ออกให้นักศึกษานี้แล้ว:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>ถึง(&amp;T):</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>วัตถุประสงค์(&amp;P):</translation>
    </message>
    <message>
        <source>e.g. visa, graduate admission</source>
        <translation>เช่น วีซ่า การสมัครเรียนต่อ</translation>
    </message>
    <message>
        <source>&amp;Issue PDF…</source>
        <translation>ออกเป็น PDF(&amp;I)…</translation>
    </message>
    <message>
        <source>Issue this transcript as a PDF with a verification code; recorded in the issue log</source>
        <translation>ออกใบแสดงผลการศึกษานี้เป็น PDF พร้อมรหัสตรวจสอบ และลงทะเบียนคุมการออกเอกสาร</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>พิมพ์(&amp;R)…</translation>
    </message>
    <message>
        <source>Issue this transcript on paper; recorded in the issue log</source>
        <translation>ออกใบแสดงผลการศึกษานี้เป็นฉบับพิมพ์ และลงทะเบียนคุมการออกเอกสาร</translation>
    </message>
    <message>
        <source>Issue &amp;Cohort…</source>
        <translation>ออกทั้งรุ่น(&amp;C)…</translation>
    </message>
    <message>
        <source>Issue a transcript to every student of the cohort into a folder</source>
        <translation>ออกใบแสดงผลการศึกษาให้นักศึกษาทุกคนในรุ่นลงในโฟลเดอร์</translation>
    </message>
    <message>
        <source>Check a transcript file or verification code against the issue log and the record</source>
        <translation>ตรวจสอบแฟ้มใบแสดงผลการศึกษาหรือรหัสตรวจสอบกับทะเบียนคุมการออกเอกสารและระเบียนนักศึกษา</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>หน้าก่อน (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>หน้าถัดไป (Page Down)</translation>
    </message>
    <message>
        <source>I&amp;nstitution:</source>
        <translation>สถาบัน(&amp;N):</translation>
    </message>
    <message>
        <source>Verif&amp;y…</source>
        <translation>ตรวจสอบ(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Unsigned</source>
        <translation>ไม่ลงนาม(&amp;U)</translation>
    </message>
    <message>
        <source>Issue without the institution's digital signature: recorded as unsigned, and the page says so</source>
        <translation>ออกเอกสารโดยไม่มีลายมือชื่อดิจิทัลของสถาบัน: บันทึกว่าไม่ได้ลงนาม และระบุไว้บนหน้าเอกสาร</translation>
    </message>
    <message>
        <source>The certificate issued transcripts are signed with (Settings › Institution Keys)</source>
        <translation>ใบรับรองที่ใช้ลงนามใบแสดงผลการศึกษา (การตั้งค่า › กุญแจของสถาบัน)</translation>
    </message>
</context>
<context>
    <name>dd::AboutDialog</name>
    <message>
        <source>About DualDegree</source>
        <translation>เกี่ยวกับ DualDegree</translation>
    </message>
    <message>
        <source>%1 (%2, schema %3)</source>
        <translation>%1 (%2, โครงสร้างรุ่น %3)</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ไม่ได้เปิด</translation>
    </message>
    <message>
        <source>Records, credit transfer, audits against both universities' degree requirements, signed transcripts and signed records exchanged between CQUPT and RUTS. Free software under the GNU General Public License, version 3 or later.</source>
        <translation>ระเบียน การเทียบโอนหน่วยกิต การตรวจสอบตามเกณฑ์ปริญญาของทั้งสองมหาวิทยาลัย ใบแสดงผลการเรียนที่ลงนาม และระเบียนที่ลงนามซึ่งแลกเปลี่ยนระหว่าง CQUPT และ RUTS ซอฟต์แวร์เสรีภายใต้ GNU General Public License รุ่น 3 หรือใหม่กว่า</translation>
    </message>
    <message>
        <source>Database in use:</source>
        <translation>ฐานข้อมูลที่ใช้:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>สร้างด้วย:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>ส่วนประกอบ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ฉบับ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>สัญญาอนุญาต</translation>
    </message>
</context>
<context>
    <name>dd::Accounts</name>
    <message>
        <source>the password library cannot start</source>
        <translation>ไม่สามารถเริ่มไลบรารีรหัสผ่านได้</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>หน่วยความจำไม่พอสำหรับแฮชรหัสผ่าน</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>%1 failed logins in a row for %2: try again in %3 s</source>
        <translation>%2 เข้าสู่ระบบไม่สำเร็จติดต่อกัน %1 ครั้ง: ลองใหม่ใน %3 วินาที</translation>
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation>บัญชี %1 ถูกระงับ</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>รหัสผ่านต้องมีอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>'%1' is not a role (%2)</source>
        <translation>'%1' ไม่ใช่บทบาท (%2)</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>ไม่มีผู้ใช้ %1</translation>
    </message>
    <message>
        <source>you cannot disable your own account</source>
        <translation>ไม่สามารถปิดใช้งานบัญชีของตนเองได้</translation>
    </message>
    <message>
        <source>no administrator has a password yet: set one first, or no one could manage the users afterwards</source>
        <translation>ยังไม่มีผู้ดูแลระบบคนใดมีรหัสผ่าน: ตั้งก่อน มิฉะนั้นจะไม่มีใครจัดการผู้ใช้ได้อีก</translation>
    </message>
    <message>
        <source>this database requires logging in</source>
        <translation>ฐานข้อมูลนี้ต้องเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>%1 has a password: log in with it</source>
        <translation>%1 มีรหัสผ่าน: เข้าสู่ระบบด้วยรหัสผ่านนั้น</translation>
    </message>
    <message>
        <source>the user name %1</source>
        <translation>ชื่อผู้ใช้ %1</translation>
    </message>
    <message>
        <source>the name %1</source>
        <translation>ชื่อ %1</translation>
    </message>
</context>
<context>
    <name>dd::AuditEngine</name>
    <message>
        <source>%1 of %2 courses</source>
        <translation>%1 จาก %2 รายวิชา</translation>
    </message>
    <message>
        <source>at most %1 of %2 credits transferred</source>
        <translation>เทียบโอนได้ไม่เกิน %1 จาก %2 หน่วยกิต</translation>
    </message>
    <message>
        <source>GPA %1, at least %2 needed</source>
        <translation>GPA %1 ต้องไม่ต่ำกว่า %2</translation>
    </message>
    <message>
        <source>no graded course yet</source>
        <translation>ยังไม่มีรายวิชาที่มีระดับคะแนน</translation>
    </message>
    <message>
        <source>%1 %2 (%3) on %4</source>
        <translation>%1 %2 (%3 คะแนน) เมื่อ %4</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 เมื่อ %3</translation>
    </message>
    <message>
        <source>needs HSK %1 with at least %2 points in one sitting</source>
        <translation>ต้องได้ HSK ระดับ %1 อย่างน้อย %2 คะแนนในการสอบครั้งเดียว</translation>
    </message>
    <message>
        <source>%1 regular semesters, at most %2</source>
        <translation>%1 ภาคการศึกษาปกติ ไม่เกิน %2</translation>
    </message>
    <message>
        <source>%1 of '%2' not applied: %3 has no such requirement</source>
        <translation>%1 ของ '%2' ไม่มีผล: %3 ไม่มีเกณฑ์นี้</translation>
    </message>
    <message>
        <source>not eligible to graduate</source>
        <translation>ยังไม่มีสิทธิ์สำเร็จการศึกษา</translation>
    </message>
    <message>
        <source>GPA %1 is below %2</source>
        <translation>GPA %1 ต่ำกว่า %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>grade below %1: %2 %3 in %4</source>
        <translation>ระดับคะแนนต่ำกว่า %1: %2 %3 ใน %4</translation>
    </message>
    <message>
        <source>retake: %1 in %2</source>
        <translation>เรียนซ้ำ: %1 ใน %2</translation>
    </message>
    <message>
        <source>%1 regular semesters, more than %2</source>
        <translation>%1 ภาคการศึกษาปกติ เกิน %2</translation>
    </message>
</context>
<context>
    <name>dd::AuditLoader</name>
    <message>
        <source>unknown student %1</source>
        <translation>ไม่รู้จักนักศึกษา %1</translation>
    </message>
    <message>
        <source>unknown programme %1 (see 'programmes')</source>
        <translation>ไม่รู้จักหลักสูตร %1 (ดู 'programmes')</translation>
    </message>
</context>
<context>
    <name>dd::AuditPanel</name>
    <message>
        <source>%1 to %2 decimals; %3; transfers %4</source>
        <translation>%1 ทศนิยม %2 ตำแหน่ง; %3; หน่วยกิตเทียบโอน%4</translation>
    </message>
    <message>
        <source>rounded half-up</source>
        <translation>ปัดเศษครึ่งขึ้น</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>ตัดทศนิยม</translation>
    </message>
    <message>
        <source>best attempt counts</source>
        <translation>นับครั้งที่ดีที่สุด</translation>
    </message>
    <message>
        <source>every attempt counts</source>
        <translation>นับทุกครั้งที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>in the GPA</source>
        <translation>นับใน GPA</translation>
    </message>
    <message>
        <source>not in the GPA (TR)</source>
        <translation>ไม่นับใน GPA (TR)</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>ผ่านเกณฑ์</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ยังไม่ผ่านเกณฑ์</translation>
    </message>
    <message>
        <source>the student's own catalogue</source>
        <translation>หลักสูตรของนักศึกษาเอง</translation>
    </message>
    <message>
        <source>what-if: %1</source>
        <translation>จำลอง: %1</translation>
    </message>
    <message>
        <source>%1%2 — GPA %3 (%4)</source>
        <translation>%1%2 — GPA %3 (%4)</translation>
    </message>
    <message>
        <source> (what-if)</source>
        <translation> (จำลอง)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <source>%1 of %2 credits earned</source>
        <translation>ได้ %1 จาก %2 หน่วยกิต</translation>
    </message>
    <message>
        <source>Graduation: %1 · Degree: %2</source>
        <translation>การสำเร็จการศึกษา: %1 · การได้รับปริญญา: %2</translation>
    </message>
    <message>
        <source>No honours: %1</source>
        <translation>ไม่ได้รับเกียรตินิยม: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more reason(s) (hover to see all)</source>
        <translation><numerusform>… และอีก %n เหตุผล (วางเมาส์เพื่อดูทั้งหมด)</numerusform></translation>
    </message>
    <message>
        <source>No honours:</source>
        <translation>ไม่ได้รับเกียรตินิยม:</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>กำลังเรียน: %1</translation>
    </message>
    <message>
        <source>Not used by any requirement: %1</source>
        <translation>รายวิชาที่ไม่ได้นับในเกณฑ์ใด: %1</translation>
    </message>
    <message>
        <source>Exception not applied: %1</source>
        <translation>ข้อยกเว้นที่ไม่ได้ใช้: %1</translation>
    </message>
    <message>
        <source>Honours: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>เกียรตินิยม: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>first class</source>
        <translation>อันดับหนึ่ง</translation>
    </message>
    <message>
        <source>second class</source>
        <translation>อันดับสอง</translation>
    </message>
</context>
<context>
    <name>dd::AuditService</name>
    <message>
        <source>unknown institution '%1' (expected %2)</source>
        <translation>ไม่รู้จักสถาบัน '%1' (ต้องเป็น %2)</translation>
    </message>
    <message>
        <source>no %1 programme for catalogue year %2 (student %3)</source>
        <translation>ไม่มีหลักสูตรของ %1 สำหรับปีหลักสูตร %2 (นักศึกษา %3)</translation>
    </message>
    <message>
        <source>%1 is a programme of %2, not %3</source>
        <translation>%1 เป็นหลักสูตรของ %2 ไม่ใช่ของ %3</translation>
    </message>
</context>
<context>
    <name>dd::AuditTreeModel</name>
    <message>
        <source>met</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>กำลังเรียน</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>ยังไม่ผ่าน</translation>
    </message>
    <message>
        <source>Exception (%1) approved by %2: %3</source>
        <translation>ข้อยกเว้น (%1) อนุมัติโดย %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1 (กำลังเรียน)</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>หน่วยกิต</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความก้าวหน้า</translation>
    </message>
    <message>
        <source>Courses applied</source>
        <translation>รายวิชาที่นับ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>ยกเว้นแล้ว</translation>
    </message>
    <message>
        <source>substituted</source>
        <translation>ใช้วิชาอื่นแทน</translation>
    </message>
    <message>
        <source>completed by exception</source>
        <translation>ถือว่าผ่าน</translation>
    </message>
    <message>
        <source>also allowed</source>
        <translation>อนุญาตให้นับเพิ่ม</translation>
    </message>
</context>
<context>
    <name>dd::AuditView</name>
    <message>
        <source>Credit progress (students)</source>
        <translation>ความก้าวหน้าหน่วยกิต (คน)</translation>
    </message>
    <message>
        <source>GPA distribution (students)</source>
        <translation>การกระจาย GPA (คน)</translation>
    </message>
    <message>
        <source>Cannot read the regulations</source>
        <translation>ไม่สามารถอ่านระเบียบได้</translation>
    </message>
    <message>
        <source>No student %1</source>
        <translation>ไม่มีนักศึกษา %1</translation>
    </message>
    <message>
        <source>%1 — %2, cohort %3, %4</source>
        <translation>%1 — %2 รุ่น %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s): </source>
        <translation><numerusform>นักศึกษา %n คน: </numerusform></translation>
    </message>
    <message>
        <source>%1 may graduate, %2 may receive the degree</source>
        <translation>มีสิทธิ์สำเร็จการศึกษา %1 คน มีสิทธิ์ได้รับปริญญา %2 คน</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Revoke Exception</source>
        <translation>เพิกถอนข้อยกเว้น</translation>
    </message>
    <message>
        <source>%1 has no exception in force at %2%3.</source>
        <translation>%1 ไม่มีข้อยกเว้นที่มีผลที่ %2%3</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation> สำหรับ %1</translation>
    </message>
    <message>
        <source>Exception to revoke:</source>
        <translation>ข้อยกเว้นที่จะเพิกถอน:</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>มีผู้อื่นแก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Cannot revoke the exception</source>
        <translation>ไม่สามารถเพิกถอนข้อยกเว้นได้</translation>
    </message>
    <message>
        <source>Cohort audit</source>
        <translation>การตรวจสอบทั้งรุ่น</translation>
    </message>
    <message>
        <source>Audit at %1</source>
        <translation>การตรวจสอบที่ %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>วางแผน</translation>
    </message>
</context>
<context>
    <name>dd::ChangeLogHead</name>
    <message>
        <source>%1 is not a chain head</source>
        <translation>%1 ไม่ใช่ไฟล์หัวสายโซ่</translation>
    </message>
    <message>
        <source>cannot write the chain head %1: %2</source>
        <translation>เขียนไฟล์หัวสายโซ่ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot write the chain head %1: its folder cannot be written (read-only, full, or the lock's name is taken)</source>
        <translation>เขียนไฟล์หัวสายโซ่ %1 ไม่ได้: เขียนโฟลเดอร์ของไฟล์ไม่ได้ (อ่านอย่างเดียว เต็ม หรือชื่อไฟล์ล็อกถูกใช้อยู่)</translation>
    </message>
    <message>
        <source>the chain head %1 is locked by another program (%2, process %3)</source>
        <translation>ไฟล์หัวสายโซ่ %1 ถูกโปรแกรมอื่นล็อกอยู่ (%2, โพรเซส %3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>เปิด %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Changes are refused until an administrator restores its newest backup, or adopts it as it is with 'dualdegree-cli --db FILE log adopt --reason TEXT' (in the window: File › Adopt Database As It Is…), which the change log records.</source>
        <translation>การเปลี่ยนแปลงทั้งหมดจะถูกปฏิเสธจนกว่าผู้ดูแลระบบจะกู้คืนสำเนาสำรองล่าสุด หรือรับฐานข้อมูลตามสภาพด้วย 'dualdegree-cli --db FILE log adopt --reason TEXT' (ในหน้าต่าง: ไฟล์ › รับฐานข้อมูลตามสภาพปัจจุบัน…) ซึ่งบันทึกการเปลี่ยนแปลงจะบันทึกไว้</translation>
    </message>
    <message>
        <source>%1 has no chain head beside it (%2): it is a copy made without one, or its head was deleted, and rows cut from the end of its change log could not be noticed. %3</source>
        <translation>%1 ไม่มีหัวโซ่อยู่ข้างไฟล์ (%2): เป็นสำเนาที่ทำโดยไม่มีหัวโซ่ หรือหัวโซ่ถูกลบ จึงไม่อาจตรวจพบแถวที่ถูกตัดออกจากท้ายบันทึกการเปลี่ยนแปลง %3</translation>
    </message>
    <message>
        <source>the chain head beside %1 (%2) cannot be read (edited or damaged: %3). %4</source>
        <translation>อ่านหัวโซ่ข้าง %1 (%2) ไม่ได้ (ถูกแก้ไขหรือเสียหาย: %3) %4</translation>
    </message>
    <message>
        <source>the change log of %1 ends at row %2, but its chain head (%3) records row %4: an older copy was put in its place, or rows at the end of its log were deleted. %5</source>
        <translation>บันทึกการเปลี่ยนแปลงของ %1 จบที่แถว %2 แต่หัวโซ่ (%3) บันทึกแถว %4: มีสำเนาเก่าถูกนำมาวางแทน หรือแถวท้ายบันทึกถูกลบ %5</translation>
    </message>
    <message>
        <source>row %1 of the change log of %2 differs from the row its chain head (%3) records: an older copy was put in its place and written to since, or the log was rewritten. %4</source>
        <translation>แถว %1 ของบันทึกการเปลี่ยนแปลงของ %2 ต่างจากแถวที่หัวโซ่ (%3) บันทึกไว้: มีสำเนาเก่าถูกนำมาวางแทนแล้วถูกเขียนต่อ หรือบันทึกถูกเขียนใหม่ %4</translation>
    </message>
    <message>
        <source>a database on a server keeps no chain head to adopt</source>
        <translation>ฐานข้อมูลบนเซิร์ฟเวอร์ไม่มีหัวโซ่ให้รับ</translation>
    </message>
    <message>
        <source>say why this state of the database is the right one</source>
        <translation>โปรดระบุเหตุผลว่าเหตุใดสภาพนี้ของฐานข้อมูลจึงถูกต้อง</translation>
    </message>
    <message>
        <source>the reason cannot be stored: %1</source>
        <translation>ไม่สามารถบันทึกเหตุผลได้: %1</translation>
    </message>
    <message>
        <source>nothing to adopt: the change log of %1 follows its chain head</source>
        <translation>ไม่มีสิ่งใดต้องรับ: บันทึกการเปลี่ยนแปลงของ %1 ตรงกับหัวโซ่</translation>
    </message>
</context>
<context>
    <name>dd::ChangeLogSchema</name>
    <message>
        <source>setting up the change log failed: %1</source>
        <translation>การตั้งค่าบันทึกการเปลี่ยนแปลงล้มเหลว: %1</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>ไม่มีตาราง %1</translation>
    </message>
</context>
<context>
    <name>dd::CohortAuditModel</name>
    <message>
        <source>eligible</source>
        <translation>ผ่านเกณฑ์</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ยังไม่ผ่านเกณฑ์</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>นักศึกษา</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>GPA</source>
        <translation>GPA</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>หน่วยกิต</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>ความก้าวหน้า</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>สำเร็จการศึกษา</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>ปริญญา</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>เกียรตินิยม</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>เกณฑ์ที่ยังไม่ผ่าน</translation>
    </message>
</context>
<context>
    <name>dd::CohortLists</name>
    <message>
        <source>unknown institution '%1'</source>
        <translation>ไม่รู้จักสถาบัน '%1'</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>ไม่มีคุณสมบัติ</translation>
    </message>
    <message>
        <source>in progress: %1</source>
        <translation>กำลังเรียน: %1</translation>
    </message>
</context>
<context>
    <name>dd::ConnectDialog</name>
    <message>
        <source>Prefer (encrypt when the server offers it)</source>
        <translation>ถ้าทำได้ (เข้ารหัสเมื่อเซิร์ฟเวอร์รองรับ)</translation>
    </message>
    <message>
        <source>Require (always encrypt)</source>
        <translation>บังคับ (เข้ารหัสเสมอ)</translation>
    </message>
    <message>
        <source>Verify the server's certificate</source>
        <translation>ตรวจสอบใบรับรองของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Verify the certificate and the server name</source>
        <translation>ตรวจสอบใบรับรองและชื่อเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Off (trusted network only)</source>
        <translation>ปิด (เฉพาะเครือข่ายที่เชื่อถือได้)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>เชื่อมต่อ(&amp;O)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>ใบรับรอง CA</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>ใบรับรอง (*.crt *.pem);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>ที่อยู่: %1</translation>
    </message>
    <message>
        <source>Give the server, the database and your user name.</source>
        <translation>กรุณาระบุเซิร์ฟเวอร์ ฐานข้อมูล และชื่อผู้ใช้</translation>
    </message>
</context>
<context>
    <name>dd::CourseChecks</name>
    <message>
        <source>is required</source>
        <translation>ต้องกรอก</translation>
    </message>
    <message>
        <source>unknown institution '%1' (expected %2)</source>
        <translation>ไม่รู้จักสถาบัน '%1' (ต้องเป็น %2)</translation>
    </message>
    <message>
        <source>'%1' is not a %2 category (expected %3)</source>
        <translation>'%1' ไม่ใช่หมวดวิชาของ %2 (ต้องเป็น %3)</translation>
    </message>
    <message>
        <source>'%1' is not a grading mode (expected graded or pass_fail)</source>
        <translation>'%1' ไม่ใช่วิธีการวัดผล (ต้องเป็น graded หรือ pass_fail)</translation>
    </message>
    <message>
        <source>'%1' is not a list of %2 semesters joined by + (expected numbers of %3)</source>
        <translation>'%1' ไม่ใช่รายการภาคการศึกษาของ %2 ที่เชื่อมด้วย + (ต้องเป็นเลขใน %3)</translation>
    </message>
</context>
<context>
    <name>dd::CourseDialog</name>
    <message>
        <source>Save course %1 %2</source>
        <translation>บันทึกรายวิชา %1 %2</translation>
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
        <source>New Course</source>
        <translation>รายวิชาใหม่</translation>
    </message>
    <message>
        <source>Course %1 %2</source>
        <translation>รายวิชา %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 exists already</source>
        <translation>%1 %2 มีอยู่แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation><numerusform>มี %n ช่องที่ต้องแก้ไข ยังไม่ได้บันทึก</numerusform></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>มีผู้อื่นแก้ไขแล้ว</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it. Nothing was saved; your input is kept. Save again to replace what is stored now.

%2</source>
        <translation>%1 ถูกผู้อื่นแก้ไขหลังจากที่ท่านเปิด ยังไม่ได้บันทึก ข้อมูลที่ท่านพิมพ์ยังอยู่ บันทึกอีกครั้งเพื่อแทนที่ข้อมูลปัจจุบัน

%2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>the new course</source>
        <translation>รายวิชาใหม่</translation>
    </message>
    <message>
        <source>changes to %1</source>
        <translation>การแก้ไข %1</translation>
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
    <message>
        <source>all regular</source>
        <translation>ทุกภาคปกติ</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>ภาคที่เปิด</translation>
    </message>
</context>
<context>
    <name>dd::CourseRepository</name>
    <message>
        <source>cannot add course %1 %2: %3</source>
        <translation>เพิ่มรายวิชา %1 %2 ไม่ได้: %3</translation>
    </message>
    <message>
        <source>cannot add the courses: %1</source>
        <translation>เพิ่มรายวิชาไม่ได้: %1</translation>
    </message>
    <message>
        <source>cannot save course %1 %2: %3</source>
        <translation>บันทึกรายวิชา %1 %2 ไม่ได้: %3</translation>
    </message>
    <message>
        <source>cannot delete course %1 %2: %3 results, %4 equivalency versions, %5 transfers and %6 exceptions refer to it</source>
        <translation>ลบรายวิชา %1 %2 ไม่ได้: มีผลการเรียน %3 รายการ ฉบับการเทียบเท่า %4 ฉบับ การเทียบโอน %5 รายการ และข้อยกเว้น %6 รายการอ้างถึง</translation>
    </message>
    <message>
        <source>cannot delete course %1 %2: %3</source>
        <translation>ลบรายวิชา %1 %2 ไม่ได้: %3</translation>
    </message>
</context>
<context>
    <name>dd::CoursesView</name>
    <message>
        <source>Both institutions</source>
        <translation>ทั้งสองสถาบัน</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Loading courses failed</source>
        <translation>โหลดรายวิชาไม่สำเร็จ</translation>
    </message>
    <message>
        <source>No such course</source>
        <translation>ไม่มีรายวิชานี้</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>ลบรายวิชา</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 results, %3 equivalency versions, %4 transfers and %5 exceptions refer to it.</source>
        <translation>ไม่สามารถลบ %1 ได้: มีผลการเรียน %2 รายการ ฉบับการเทียบรายวิชา %3 ฉบับ การเทียบโอน %4 รายการ และข้อยกเว้น %5 รายการอ้างถึง</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Edit › Undo brings it back.</source>
        <translation>ลบ %1 (%2) หรือไม่? แก้ไข › เลิกทำ จะนำกลับมา</translation>
    </message>
    <message>
        <source>Delete course %1</source>
        <translation>ลบรายวิชา %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>ลบ %1 แล้ว</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>รายวิชา</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>รายวิชา</translation>
    </message>
</context>
<context>
    <name>dd::CreditTransferView</name>
    <message numerus="yes">
        <source>Apply %n transfer(s) of %1 into %2</source>
        <translation><numerusform>บันทึกการเทียบโอน %n รายการของ %1 เข้า %2</numerusform></translation>
    </message>
    <message>
        <source>Apply undone</source>
        <translation>ยกเลิกการบันทึกแล้ว</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Both institutions</source>
        <translation>ทั้งสองสถาบัน</translation>
    </message>
    <message>
        <source>Cannot read the equivalency catalogue</source>
        <translation>ไม่สามารถอ่านทะเบียนการเทียบรายวิชาได้</translation>
    </message>
    <message numerus="yes">
        <source>%n equivalenc(ies) shown</source>
        <translation><numerusform>แสดง %n รายการเทียบ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in the catalogue</source>
        <translation><numerusform>ในทะเบียน %n รายการ</numerusform></translation>
    </message>
    <message>
        <source>Type a student id and press Enter to see the transfers that the approved equivalencies allow.</source>
        <translation>พิมพ์รหัสนักศึกษาโครงการแล้วกด Enter เพื่อดูรายการที่เทียบโอนได้ตามการเทียบรายวิชาที่อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>%1 into %2 (%3): %4 allowed, %5 refused, %6 recorded.</source>
        <translation>%1 เทียบโอนเข้า %2 (%3): อนุญาต %4 รายการ ไม่อนุญาต %5 รายการ บันทึกแล้ว %6 รายการ</translation>
    </message>
    <message>
        <source>Transferred credits: %1 of at most %2.</source>
        <translation>หน่วยกิตที่เทียบโอนแล้ว: %1 (ไม่เกิน %2)</translation>
    </message>
    <message>
        <source>Transfers not recorded</source>
        <translation>ไม่ได้บันทึกการเทียบโอน</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>การเทียบโอน</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>มีผู้อื่นแก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Cannot reverse the transfer</source>
        <translation>ไม่สามารถยกเลิกการเทียบโอนได้</translation>
    </message>
    <message>
        <source>Reverse Transfer</source>
        <translation>ยกเลิกการเทียบโอน</translation>
    </message>
    <message>
        <source>Reverse %1 → %2? The record stays, marked reversed with your name.
Reason (required):</source>
        <translation>ยกเลิก %1 → %2 หรือไม่ รายการยังคงอยู่โดยระบุว่ายกเลิกแล้วพร้อมชื่อของท่าน
เหตุผล (จำเป็น):</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>การยกเลิกต้องระบุเหตุผล</translation>
    </message>
    <message>
        <source>Decision date: %1</source>
        <translation>วันที่พิจารณา: %1</translation>
    </message>
    <message>
        <source>%1 → %2, reversed by %3 on %4: %5</source>
        <translation>%1 → %2 ยกเลิกโดย %3 เมื่อ %4: %5</translation>
    </message>
    <message>
        <source>Apply Reversed Transfers Again</source>
        <translation>ใช้การเทียบโอนที่ยกเลิกแล้วอีกครั้ง</translation>
    </message>
    <message>
        <source>These transfers were reversed before:

%1

Apply them again?</source>
        <translation>การเทียบโอนต่อไปนี้เคยถูกยกเลิก:

%1

ต้องการใช้อีกครั้งหรือไม่</translation>
    </message>
    <message>
        <source>Equivalency catalogue</source>
        <translation>ทะเบียนการเทียบรายวิชา</translation>
    </message>
    <message>
        <source>Transfers of the student</source>
        <translation>การเทียบโอนของนักศึกษา</translation>
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>%1 is not a server address (postgresql://user@host:port/dbname)</source>
        <translation>%1 ไม่ใช่ที่อยู่เซิร์ฟเวอร์ (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <source>the password does not belong in the server address: give it in PGPASSWORD, a PGPASSFILE or at the prompt</source>
        <translation>ไม่ควรใส่รหัสผ่านในที่อยู่เซิร์ฟเวอร์: ให้ระบุใน PGPASSWORD, PGPASSFILE หรือพิมพ์เมื่อถูกถาม</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)</source>
        <translation>ยังไม่ได้ติดตั้งไดรเวอร์ PostgreSQL ของ Qt (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>unknown server option '%1' (%2)</source>
        <translation>ไม่รู้จักตัวเลือกเซิร์ฟเวอร์ '%1' (%2)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>เชื่อมต่อ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is an empty database, not a DualDegree database (create one with 'init')</source>
        <translation>%1 เป็นฐานข้อมูลว่าง ไม่ใช่ฐานข้อมูล DualDegree (สร้างด้วย 'init')</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <source>there is no database at %1 (create one with 'init')</source>
        <translation>ไม่มีฐานข้อมูลที่ %1 (สร้างด้วย 'init')</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2): SQLite cannot lock a database there reliably, and two offices writing to it would corrupt it. Copy it to a local disk, or use the shared server.</source>
        <translation>%1 อยู่บนระบบไฟล์เครือข่าย (%2): SQLite ล็อกฐานข้อมูลบนนั้นได้ไม่แน่นอน และหากสองสำนักงานเขียนพร้อมกันฐานข้อมูลจะเสียหาย ให้คัดลอกไปไว้ในดิสก์ของเครื่อง หรือใช้เซิร์ฟเวอร์กลาง</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>เปิด %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1: the SQLite driver gave no connection handle</source>
        <translation>%1: ไดรเวอร์ SQLite ไม่ได้ให้ตัวจัดการการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the database cannot use write-ahead logging (journal mode is %2)</source>
        <translation>%1: ฐานข้อมูลใช้การบันทึกล่วงหน้า (write-ahead logging) ไม่ได้ (โหมดบันทึกคือ %2)</translation>
    </message>
    <message>
        <source>could not prepare a statement: %1</source>
        <translation>เตรียมคำสั่งไม่ได้: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: one is already open</source>
        <translation>เริ่มธุรกรรมไม่ได้: มีธุรกรรมเปิดอยู่แล้ว</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>เริ่มธุรกรรมไม่ได้</translation>
    </message>
    <message>
        <source>another user has been saving to this database for more than %1 seconds; try again when they have finished</source>
        <translation>ผู้ใช้อื่นกำลังบันทึกลงฐานข้อมูลนี้นานกว่า %1 วินาทีแล้ว ลองใหม่เมื่อเขาบันทึกเสร็จ</translation>
    </message>
    <message>
        <source>the changes could not be saved: %1</source>
        <translation>บันทึกการเปลี่ยนแปลงไม่ได้: %1</translation>
    </message>
    <message>
        <source>another user or program is saving to this database; try again when it has finished</source>
        <translation>ผู้ใช้หรือโปรแกรมอื่นกำลังบันทึกลงฐานข้อมูลนี้ ลองใหม่เมื่อบันทึกเสร็จแล้ว</translation>
    </message>
    <message>
        <source>%1 is read-only here and was made by an older version (schema %2 of %3): copy it to a folder you can write to, and open the copy</source>
        <translation>%1 เป็นแบบอ่านอย่างเดียวที่นี่ และสร้างด้วยรุ่นเก่า (สคีมา %2 จาก %3): คัดลอกไปยังโฟลเดอร์ที่คุณเขียนได้ แล้วเปิดสำเนานั้น</translation>
    </message>
    <message>
        <source>cannot create a database in %1: the folder or disk is read-only</source>
        <translation>สร้างฐานข้อมูลใน %1 ไม่ได้: โฟลเดอร์หรือดิสก์เป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>%1 is read-only here and its latest changes are still in %2 beside it: copy both to a folder you can write to, and open the copy</source>
        <translation>%1 เป็นแบบอ่านอย่างเดียวที่นี่ และการเปลี่ยนแปลงล่าสุดยังอยู่ใน %2 ข้าง ๆ: คัดลอกทั้งสองไฟล์ไปยังโฟลเดอร์ที่คุณเขียนได้ แล้วเปิดสำเนานั้น</translation>
    </message>
    <message>
        <source>%1 is open read-only (its folder, the file or the disk cannot be written here): nothing was saved</source>
        <translation>%1 เปิดแบบอ่านอย่างเดียว (เขียนโฟลเดอร์ ไฟล์ หรือดิสก์ที่นี่ไม่ได้): จึงไม่ได้บันทึกสิ่งใด</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseBackup</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>สร้างโฟลเดอร์สำรองข้อมูล %1 ไม่ได้</translation>
    </message>
    <message>
        <source>not restoring: %1</source>
        <translation>ไม่ได้กู้คืน: %1</translation>
    </message>
    <message>
        <source>not restoring: %1 fails its checks: %2</source>
        <translation>ไม่ได้กู้คืน: %1 ไม่ผ่านการตรวจสอบ: %2</translation>
    </message>
    <message>
        <source>not restoring: the copy of the current database failed: %1</source>
        <translation>ไม่ได้กู้คืน: การทำสำเนาฐานข้อมูลปัจจุบันล้มเหลว: %1</translation>
    </message>
    <message>
        <source>cannot copy %1 beside %2</source>
        <translation>คัดลอก %1 ไปไว้ข้าง %2 ไม่ได้</translation>
    </message>
    <message>
        <source>cannot put the restored copy in place as %1 (it is at %2)</source>
        <translation>นำสำเนาที่กู้คืนไปแทนที่เป็น %1 ไม่ได้ (สำเนาอยู่ที่ %2)</translation>
    </message>
    <message>
        <source>no free name for a copy in %1</source>
        <translation>ไม่มีชื่อว่างสำหรับสำเนาใน %1</translation>
    </message>
    <message>
        <source>the backup %1 was not kept: its chain head could not be written: %2</source>
        <translation>ไม่ได้เก็บสำเนาสำรอง %1: เขียนหัวโซ่ของสำเนาไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseCare</name>
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
    <message>
        <source>No database is open.</source>
        <translation>ยังไม่ได้เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <source>restoring from a copy</source>
        <translation>กู้คืนจากสำเนา</translation>
    </message>
    <message>
        <source>Save or discard the marks being entered first.</source>
        <translation>กรุณาบันทึกหรือยกเลิกผลการเรียนที่กำลังป้อนก่อน</translation>
    </message>
    <message>
        <source>The copy is in place, but the restore could not be recorded in its change log, so it takes no changes yet: %1</source>
        <translation>วางสำเนาแล้ว แต่บันทึกการกู้คืนลงในบันทึกการเปลี่ยนแปลงไม่ได้ จึงยังไม่รับการเปลี่ยนแปลง: %1</translation>
    </message>
    <message>
        <source>Restored from %1; the database as it was is kept as %2</source>
        <translation>กู้คืนจาก %1 แล้ว ฐานข้อมูลเดิมเก็บไว้เป็น %2</translation>
    </message>
    <message>
        <source>Restore from a copy</source>
        <translation>กู้คืนจากสำเนา</translation>
    </message>
    <message>
        <source>Replace %1 by the copy %2? The database as it is now is kept as a copy first.</source>
        <translation>แทนที่ %1 ด้วยสำเนา %2 หรือไม่? ฐานข้อมูลปัจจุบันจะถูกเก็บสำเนาไว้ก่อน</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>กู้คืนไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>บันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The change log could not be checked: %1</source>
        <translation>ตรวจสอบบันทึกการเปลี่ยนแปลงไม่ได้: %1</translation>
    </message>
    <message numerus="yes">
        <source>The change log is complete and unaltered: %n row(s).</source>
        <translation><numerusform>บันทึกการเปลี่ยนแปลงครบถ้วนและไม่ถูกแก้ไข: %n แถว</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The change log fails its check: %n problem(s). The first: %1</source>
        <translation><numerusform>บันทึกการเปลี่ยนแปลงไม่ผ่านการตรวจสอบ: %n ปัญหา ปัญหาแรก: %1</numerusform></translation>
    </message>
    <message>
        <source>Last row %1, sealed %2</source>
        <translation>แถวสุดท้าย %1 ค่าแฮชผนึก %2</translation>
    </message>
    <message>
        <source>Adopt Database As It Is</source>
        <translation>รับฐานข้อมูลตามสภาพปัจจุบัน</translation>
    </message>
    <message>
        <source>%1

Adopting accepts this database as it is now; the change log records it, with your name and this reason. Why is this state the right one?</source>
        <translation>%1

การรับคือยอมรับฐานข้อมูลตามสภาพปัจจุบัน บันทึกการเปลี่ยนแปลงจะบันทึกการกระทำนี้พร้อมชื่อของคุณและเหตุผลนี้ เหตุใดสภาพนี้จึงถูกต้อง?</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>ไม่ได้รับ</translation>
    </message>
    <message>
        <source>The database was adopted as it is; it takes changes again</source>
        <translation>รับฐานข้อมูลตามสภาพแล้ว สามารถแก้ไขได้อีกครั้ง</translation>
    </message>
    <message>
        <source>Last signed checkpoint: row %1, %2, with %3's key (%4), made by %5.</source>
        <translation>จุดตรวจสอบที่ลงนามล่าสุด: แถว %1, %2, ด้วยกุญแจของ %3 (%4), ทำโดย %5</translation>
    </message>
    <message>
        <source>Every row is under a signed checkpoint.</source>
        <translation>ทุกแถวอยู่ภายใต้จุดตรวจสอบที่ลงนามแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) after the last signed checkpoint are not signed yet (rows %1–%2): anyone who can write the file and knows how the log is sealed could have written them.</source>
        <translation><numerusform>มี %n แถวหลังจุดตรวจสอบที่ลงนามล่าสุดที่ยังไม่ได้ลงนาม (แถว %1–%2): ผู้ที่เขียนแฟ้มได้และรู้วิธีผนึกบันทึกอาจเขียนแถวเหล่านี้ได้</numerusform></translation>
    </message>
    <message>
        <source>Sign a Change-Log Checkpoint</source>
        <translation>ลงนามจุดตรวจสอบของบันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Sign with the key of:</source>
        <translation>ลงนามด้วยกุญแจของ:</translation>
    </message>
    <message>
        <source>The change log is signed up to row %1 with %2's key</source>
        <translation>บันทึกการเปลี่ยนแปลงลงนามถึงแถว %1 ด้วยกุญแจของ %2 แล้ว</translation>
    </message>
    <message>
        <source>No checkpoint signed</source>
        <translation>ไม่ได้ลงนามจุดตรวจสอบ</translation>
    </message>
    <message>
        <source>You cannot sign the change log: your role signs for no institution with a key bound (Settings › Institution Keys).</source>
        <translation>คุณลงนามบันทึกการเปลี่ยนแปลงไม่ได้: บทบาทของคุณไม่ได้ลงนามแทนสถาบันใดที่ผูกกุญแจไว้ (ตั้งค่า › กุญแจของสถาบัน)</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n change(s) in the change log are not yet under a signed checkpoint. Sign one now with %2's key? Until then, anyone who can write the file could rewrite them unnoticed.</source>
        <translation><numerusform>%1 มี %n รายการในบันทึกการเปลี่ยนแปลงที่ยังไม่อยู่ภายใต้จุดตรวจสอบที่ลงนาม จะลงนามตอนนี้ด้วยกุญแจของ %2 หรือไม่? ก่อนหน้านั้น ผู้ที่เขียนแฟ้มได้อาจเขียนรายการเหล่านี้ใหม่โดยไม่มีใครรู้</numerusform></translation>
    </message>
    <message>
        <source>Signing vouches for these changes as they stand. They were made by: %1.</source>
        <translation>การลงนามคือการรับรองรายการเหล่านี้ตามที่เป็นอยู่ ผู้ที่ทำ: %1</translation>
    </message>
    <message>
        <source>Sign Now</source>
        <translation>ลงนามตอนนี้</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>ไว้ภายหลัง</translation>
    </message>
    <message>
        <source>The working day ends</source>
        <translation>สิ้นวันทำงานแล้ว</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseCopy</name>
    <message>
        <source>the tables %1 refer to each other in a circle</source>
        <translation>ตาราง %1 อ้างอิงกันเป็นวง</translation>
    </message>
    <message>
        <source>both are files: a file is copied with 'backup', which keeps its change log</source>
        <translation>ทั้งสองเป็นไฟล์: คัดลอกไฟล์ด้วย 'backup' ซึ่งเก็บบันทึกการเปลี่ยนแปลงไว้</translation>
    </message>
    <message>
        <source>the two databases are at different schema versions (%1 and %2); open both with this version of DualDegree first</source>
        <translation>ฐานข้อมูลทั้งสองมีรุ่นโครงสร้างต่างกัน (%1 และ %2) ให้เปิดทั้งสองด้วย DualDegree รุ่นนี้ก่อน</translation>
    </message>
    <message>
        <source>%1 holds data already (table %2): the target of a move must be a new database</source>
        <translation>%1 มีข้อมูลอยู่แล้ว (ตาราง %2): ปลายทางของการย้ายต้องเป็นฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <source>table %1 has other columns in %2 than in %3</source>
        <translation>ตาราง %1 ใน %2 มีคอลัมน์ต่างจากใน %3</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is not a DualDegree database (it is not an SQLite file); it was left untouched</source>
        <translation>%1 ไม่ใช่ฐานข้อมูล DualDegree (ไม่ใช่ไฟล์ SQLite) จึงไม่ได้แตะต้องไฟล์</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseSetup</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>unknown user '%1'</source>
        <translation>ไม่รู้จักผู้ใช้ '%1'</translation>
    </message>
    <message>
        <source>user '%1' is disabled</source>
        <translation>ผู้ใช้ '%1' ถูกปิดใช้งาน</translation>
    </message>
    <message>
        <source>no policy files in %1/policies</source>
        <translation>ไม่มีไฟล์ระเบียบใน %1/policies</translation>
    </message>
    <message>
        <source>%1: the header must be %2</source>
        <translation>%1: หัวตารางต้องเป็น %2</translation>
    </message>
    <message>
        <source>%1:%2: expected %3 fields</source>
        <translation>%1:%2: ควรมี %3 ช่อง</translation>
    </message>
    <message>
        <source>%1:%2: '%3' is not a role</source>
        <translation>%1:%2: '%3' ไม่ใช่บทบาท</translation>
    </message>
    <message>
        <source>importing %1 failed</source>
        <translation>นำเข้า %1 ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>%1 exists already; 'init' only creates new databases</source>
        <translation>%1 มีอยู่แล้ว 'init' สร้างได้เฉพาะฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>%1 holds a DualDegree database already; 'init' only creates new databases</source>
        <translation>%1 มีฐานข้อมูล DualDegree อยู่แล้ว 'init' สร้างได้เฉพาะฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <source>%1 (the server database is left as far as it got: drop it and create it again)</source>
        <translation>%1 (ฐานข้อมูลบนเซิร์ฟเวอร์ค้างอยู่ที่จุดที่ทำได้: ให้ลบแล้วสร้างใหม่)</translation>
    </message>
</context>
<context>
    <name>dd::DateField</name>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>เลือกจากปฏิทิน (Alt+Down)</translation>
    </message>
    <message>
        <source>A date is needed (YYYY-MM-DD).</source>
        <translation>ต้องระบุวันที่ (ค.ศ. ปปปป-ดด-วว)</translation>
    </message>
    <message>
        <source>'%1' is not a date: write it as YYYY-MM-DD, e.g. %2.</source>
        <translation>'%1' ไม่ใช่วันที่: เขียนแบบ ค.ศ. ปปปป-ดด-วว เช่น %2</translation>
    </message>
</context>
<context>
    <name>dd::DegreePlanner</name>
    <message numerus="yes">
        <source>no plan was found within the search's limit of %n step(s) per number of terms</source>
        <translation><numerusform>ไม่พบแผนภายในขีดจำกัดการค้นหา %n ขั้นต่อจำนวนภาคการศึกษา</numerusform></translation>
    </message>
</context>
<context>
    <name>dd::DisclosureRepository</name>
    <message>
        <source>cannot record the disclosure: %1</source>
        <translation>บันทึกการเปิดเผยข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <source>the recipient %1</source>
        <translation>ผู้รับ %1</translation>
    </message>
    <message>
        <source>the purpose %1</source>
        <translation>วัตถุประสงค์ %1</translation>
    </message>
</context>
<context>
    <name>dd::ElmoExport</name>
    <message>
        <source>unknown institution '%1'</source>
        <translation>ไม่รู้จักสถาบัน '%1'</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>the key's certificate (%1) does not name %2, whose record this is</source>
        <translation>ใบรับรองของกุญแจ (%1) ไม่ได้ระบุ %2 ซึ่งเป็นเจ้าของระเบียนนี้</translation>
    </message>
</context>
<context>
    <name>dd::ElmoExportDialog</name>
    <message>
        <source>One &amp;student:</source>
        <translation>นักศึกษาหนึ่งคน(&amp;S):</translation>
    </message>
    <message>
        <source>Attach the &amp;transcript (issued now, in the issue log)</source>
        <translation>แนบใบแสดงผลการเรียน(&amp;T) (ออกตอนนี้ และบันทึกในทะเบียนการออก)</translation>
    </message>
    <message>
        <source>Export Records for the Partner</source>
        <translation>ส่งออกระเบียนให้สถาบันคู่ความร่วมมือ</translation>
    </message>
    <message>
        <source>Writes the institution's own results of a student (never the credit transferred into it) as an ELMO file for the partner's office, signed with the institution's key. The partner imports it with File › Exchange › Import a Partner's Record.</source>
        <translation>เขียนผลการเรียนของนักศึกษาที่สถาบันนี้เอง (ไม่รวมหน่วยกิตที่เทียบโอนเข้ามา) เป็นไฟล์ ELMO สำหรับสำนักงานของสถาบันคู่ความร่วมมือ ลงนามด้วยกุญแจของสถาบัน สถาบันคู่ความร่วมมือนำเข้าด้วย ไฟล์ › แลกเปลี่ยน › นำเข้าระเบียนจากสถาบันคู่ความร่วมมือ</translation>
    </message>
    <message>
        <source>Whose record:</source>
        <translation>ระเบียนของ:</translation>
    </message>
    <message>
        <source>student ID, e.g. DD2021001</source>
        <translation>รหัสนักศึกษา เช่น DD2021001</translation>
    </message>
    <message>
        <source>e.g. RUTS programme coordinator</source>
        <translation>เช่น ผู้ประสานงานหลักสูตร RUTS</translation>
    </message>
    <message>
        <source>e.g. credit transfer for the dual degree</source>
        <translation>เช่น การเทียบโอนหน่วยกิตสำหรับปริญญาสองสถาบัน</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>ผู้รับ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>วัตถุประสงค์(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ส่งออก(&amp;E)…</translation>
    </message>
    <message>
        <source>Signed with %1's key: %2</source>
        <translation>ลงนามด้วยกุญแจของ %1: %2</translation>
    </message>
    <message>
        <source>%1 has no signing key (Settings › Institution Keys): the file would not be signed, and the partner's import refuses an unsigned record.</source>
        <translation>%1 ไม่มีกุญแจลงนาม (ตั้งค่า › กุญแจของสถาบัน): ไฟล์จะไม่ได้ลงนาม และการนำเข้าของสถาบันคู่ความร่วมมือจะปฏิเสธระเบียนที่ไม่ได้ลงนาม</translation>
    </message>
    <message>
        <source>Export the Record</source>
        <translation>ส่งออกระเบียน</translation>
    </message>
    <message>
        <source>ELMO records (*.xml)</source>
        <translation>ระเบียน ELMO (*.xml)</translation>
    </message>
    <message>
        <source>Folder for the Cohort's Records</source>
        <translation>โฟลเดอร์สำหรับระเบียนของทั้งรุ่น</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written, each in the disclosure log.</source>
        <translation><numerusform>เขียนระเบียนแล้ว %n ฉบับ แต่ละฉบับบันทึกในทะเบียนการเปิดเผยข้อมูล</numerusform></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>ไม่ได้ส่งออกสิ่งใด: %1</translation>
    </message>
    <message>
        <source>Exporting the %1 records of cohort %2…</source>
        <translation>กำลังส่งออกระเบียน %1 ของรุ่น %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written; these were not:</source>
        <translation><numerusform>เขียนระเบียนแล้ว %n ฉบับ; รายการต่อไปนี้ไม่ได้เขียน:</numerusform></translation>
    </message>
    <message>
        <source>A c&amp;ohort:</source>
        <translation>ทั้งรุ่น(&amp;O):</translation>
    </message>
</context>
<context>
    <name>dd::ElmoImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message>
        <source>Import a Partner's Record</source>
        <translation>นำเข้าระเบียนจากสถาบันคู่ความร่วมมือ</translation>
    </message>
    <message>
        <source>A partner's record is imported only as the partner signed it, under a certificate trusted here (Settings › Partner Certificates). Nothing is written until you press Import, and then all of it or nothing.</source>
        <translation>ระเบียนของสถาบันคู่ความร่วมมือจะนำเข้าได้เฉพาะตามที่สถาบันนั้นลงนาม และตรวจด้วยใบรับรองที่เชื่อถือที่นี่ (ตั้งค่า › ใบรับรองของสถาบันคู่ความร่วมมือ) จะไม่มีการบันทึกสิ่งใดจนกว่าจะกดนำเข้า และจะบันทึกทั้งหมดหรือไม่บันทึกเลย</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>ยังไม่ได้เลือกไฟล์</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>เลือกไฟล์(&amp;C)…</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>ลายมือชื่อ:</translation>
    </message>
    <message>
        <source>Learner:</source>
        <translation>ผู้เรียน:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>รายวิชา</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อวิชา</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>ภาคการศึกษา</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>ประเภทการลงทะเบียน</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>ผลการเรียน</translation>
    </message>
    <message>
        <source>What importing does</source>
        <translation>ผลของการนำเข้า</translation>
    </message>
    <message>
        <source>needed where the record changes a mark already recorded</source>
        <translation>จำเป็นเมื่อระเบียนเปลี่ยนผลการเรียนที่บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>เหตุผล(&amp;R):</translation>
    </message>
    <message>
        <source>A Partner's Record</source>
        <translation>ระเบียนจากสถาบันคู่ความร่วมมือ</translation>
    </message>
    <message>
        <source>ELMO records (*.xml)</source>
        <translation>ระเบียน ELMO (*.xml)</translation>
    </message>
    <message>
        <source>larger than %1 MB: not a record</source>
        <translation>ใหญ่กว่า %1 MB: ไม่ใช่ระเบียน</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>อ่านไม่ได้: %1</translation>
    </message>
    <message>
        <source>verified: signed by %1 (%2's certificate trusted here, SHA-256 %3…)</source>
        <translation>ตรวจแล้ว: ลงนามโดย %1 (ใบรับรองของ %2 ที่เชื่อถือที่นี่, SHA-256 %3…)</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>ปฏิเสธ: %1</translation>
    </message>
    <message>
        <source>%1, %2 (born %3) is %4 (%5) here</source>
        <translation>%1, %2 (เกิด %3) คือ %4 (%5) ที่นี่</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>changes the mark recorded here: %1 → %2</source>
        <translation>เปลี่ยนผลการเรียนที่บันทึกไว้ที่นี่: %1 → %2</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ไม่เปลี่ยน</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>กำลังเรียน</translation>
    </message>
    <message>
        <source>%1 course(s): %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1 รายวิชา: ใหม่ %2, เปลี่ยน %3, ไม่เปลี่ยน %4</translation>
    </message>
    <message numerus="yes">
        <source>Nothing would be imported: %n problem(s). The whole record is imported or none of it.</source>
        <translation><numerusform>จะไม่นำเข้าสิ่งใด: มีปัญหา %n ข้อ ระเบียนนำเข้าทั้งฉบับหรือไม่นำเข้าเลย</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>ไม่ได้นำเข้าสิ่งใด: %1</translation>
    </message>
    <message>
        <source>the import failed</source>
        <translation>การนำเข้าล้มเหลว</translation>
    </message>
    <message>
        <source>%1; the database as it was before: %2</source>
        <translation>%1; ฐานข้อมูลก่อนนำเข้า: %2</translation>
    </message>
</context>
<context>
    <name>dd::ElmoImporter</name>
    <message>
        <source>%1; a partner's record is imported only as its institution signed it</source>
        <translation>%1; ระเบียนของสถาบันคู่ความร่วมมือนำเข้าได้เฉพาะตามที่สถาบันนั้นลงนาม</translation>
    </message>
    <message>
        <source>signed by %1 (SHA-256 %2), which is not a partner certificate trusted here; an administrator trusts the partner's certificate with keys trust --institution CODE FILE.pem</source>
        <translation>ลงนามโดย %1 (SHA-256 %2) ซึ่งไม่ใช่ใบรับรองของสถาบันคู่ความร่วมมือที่เชื่อถือที่นี่; ผู้ดูแลระบบเชื่อถือใบรับรองได้ด้วย keys trust --institution CODE FILE.pem</translation>
    </message>
    <message>
        <source>the signature is not acceptable: %1</source>
        <translation>ลายมือชื่อยอมรับไม่ได้: %1</translation>
    </message>
    <message>
        <source>%1 (signer %2)</source>
        <translation>%1 (ผู้ลงนาม %2)</translation>
    </message>
    <message>
        <source>the signature does not verify under any partner certificate trusted here (keys trust), and the file names no certificate</source>
        <translation>ลายมือชื่อตรวจไม่ผ่านด้วยใบรับรองของสถาบันคู่ความร่วมมือใดที่เชื่อถือที่นี่ (keys trust) และไฟล์ไม่ได้ระบุใบรับรอง</translation>
    </message>
    <message>
        <source>the learner has no family name, given names or birth date to be matched by</source>
        <translation>ผู้เรียนไม่มีนามสกุล ชื่อ หรือวันเกิดที่ใช้จับคู่ได้</translation>
    </message>
    <message>
        <source>the learner %1 matches %2 students (%3); the record is not imported until one of them has the student numbers the file gives</source>
        <translation>ผู้เรียน %1 ตรงกับนักศึกษา %2 คน (%3); จะไม่นำเข้าจนกว่าหนึ่งในนั้นจะมีรหัสนักศึกษาตามที่ไฟล์ระบุ</translation>
    </message>
    <message>
        <source>no student here is the learner %1 (family name, given names and birth date)</source>
        <translation>ไม่มีนักศึกษาที่นี่ที่เป็นผู้เรียน %1 (ตามนามสกุล ชื่อ และวันเกิด)</translation>
    </message>
    <message>
        <source>the learner %1 has other student numbers than %2 here (file: CQUPT %3, RUTS %4)</source>
        <translation>ผู้เรียน %1 มีรหัสนักศึกษาต่างจาก %2 ที่นี่ (ไฟล์: CQUPT %3, RUTS %4)</translation>
    </message>
    <message>
        <source>a record whose signature was not checked is never imported</source>
        <translation>ระเบียนที่ไม่ได้ตรวจลายมือชื่อจะไม่ถูกนำเข้าเด็ดขาด</translation>
    </message>
    <message>
        <source>not an ELMO record: %1</source>
        <translation>ไม่ใช่ระเบียน ELMO: %1</translation>
    </message>
    <message>
        <source>the issuer (%1) is not an institution of this programme</source>
        <translation>ผู้ออก (%1) ไม่ใช่สถาบันในหลักสูตรนี้</translation>
    </message>
    <message>
        <source>the record says it is %1's, but %2's certificate signed it (%3)</source>
        <translation>ระเบียนระบุว่าเป็นของ %1 แต่ใบรับรองของ %2 เป็นผู้ลงนาม (%3)</translation>
    </message>
    <message>
        <source>the signer's certificate was not valid when the record was made: %1</source>
        <translation>ใบรับรองของผู้ลงนามไม่มีผลในเวลาที่สร้างระเบียน: %1</translation>
    </message>
    <message>
        <source>the record holds no course results</source>
        <translation>ระเบียนไม่มีผลการเรียนรายวิชา</translation>
    </message>
    <message>
        <source>course '%1'</source>
        <translation>รายวิชา '%1'</translation>
    </message>
    <message>
        <source>the record gives %1 credits, the %2 catalogue here %3: bring the catalogue up to date first</source>
        <translation>ระเบียนระบุ %1 หน่วยกิต แต่ทะเบียนรายวิชา %2 ที่นี่ระบุ %3: ปรับทะเบียนรายวิชาให้เป็นปัจจุบันก่อน</translation>
    </message>
    <message>
        <source>the credits are in the scheme '%1', not %2's</source>
        <translation>หน่วยกิตอยู่ในระบบ '%1' ไม่ใช่ของ %2</translation>
    </message>
    <message>
        <source>the record says %1, but %2 is %3 on %4's scale</source>
        <translation>ระเบียนระบุ %1 แต่ %2 เป็น %3 ตามเกณฑ์ของ %4</translation>
    </message>
    <message>
        <source>the record says %1 but gives no mark</source>
        <translation>ระเบียนระบุ %1 แต่ไม่มีผลการเรียน</translation>
    </message>
    <message>
        <source>the record says in progress but gives the mark %1</source>
        <translation>ระเบียนระบุว่ากำลังเรียน แต่ให้ผลการเรียน %1</translation>
    </message>
    <message>
        <source>the signer's certificate is not valid now: %1</source>
        <translation>ใบรับรองของผู้ลงนามไม่มีผลในขณะนี้: %1</translation>
    </message>
    <message>
        <source>the record says it was made on %1, which is still to come</source>
        <translation>ระเบียนระบุว่าสร้างเมื่อ %1 ซึ่งยังมาไม่ถึง</translation>
    </message>
</context>
<context>
    <name>dd::EquivalencyDialog</name>
    <message>
        <source>Equivalency %1 → %2</source>
        <translation>การเทียบรายวิชา %1 → %2</translation>
    </message>
    <message>
        <source>Version %1: %2, valid for cohorts %3</source>
        <translation>ฉบับที่ %1: %2 ใช้กับรุ่น %3</translation>
    </message>
    <message>
        <source>%1 onwards</source>
        <translation>ตั้งแต่ %1</translation>
    </message>
    <message>
        <source>; decided by %1 on %2</source>
        <translation> พิจารณาโดย %1 เมื่อ %2</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>: “%1”</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>หมายเหตุ: %1</translation>
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
        <source>Credits</source>
        <translation>หน่วยกิต</translation>
    </message>
    <message>
        <source>Lecture h</source>
        <translation>ชม.บรรยาย</translation>
    </message>
    <message>
        <source>Lab h</source>
        <translation>ชม.ปฏิบัติ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดวิชา</translation>
    </message>
    <message>
        <source>As %1 credits</source>
        <translation>คิดเป็นหน่วยกิตของ %1</translation>
    </message>
    <message>
        <source>(not in the catalogue)</source>
        <translation>(ไม่มีในทะเบียนรายวิชา)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>ต้นทาง: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>ปลายทาง: %1</translation>
    </message>
    <message>
        <source>Block credit</source>
        <translation>หน่วยกิตแบบกลุ่ม</translation>
    </message>
    <message>
        <source>Credits named</source>
        <translation>หน่วยกิตที่ระบุ</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>หมวด %1</translation>
    </message>
    <message>
        <source>Hours converted at %1's hours per credit: %2 credits. %3 brings %4 credits.</source>
        <translation>คิดชั่วโมงตามเกณฑ์ชั่วโมงต่อหน่วยกิตของ %1: %2 หน่วยกิต %3ได้ %4 หน่วยกิต</translation>
    </message>
    <message>
        <source>The block credit</source>
        <translation>หน่วยกิตแบบกลุ่ม</translation>
    </message>
    <message>
        <source>The target</source>
        <translation>วิชาปลายทาง</translation>
    </message>
    <message>
        <source>It may be approved as a full equivalent.</source>
        <translation>อนุมัติเป็นการเทียบเต็มรายวิชาได้</translation>
    </message>
    <message>
        <source>The target exceeds the converted credits by more than 1: it cannot be approved as a full equivalent (block credit can).</source>
        <translation>วิชาปลายทางมีหน่วยกิตมากกว่าหน่วยกิตที่คิดได้เกิน 1: อนุมัติเป็นการเทียบเต็มรายวิชาไม่ได้ (เทียบเป็นหน่วยกิตแบบกลุ่มได้)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>แฟ้ม</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ฉบับ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>เพิ่มโดย</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>หลักฐาน (%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>รุ่นที่ใช้</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>วิชาปลายทาง</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>ผู้พิจารณา</translation>
    </message>
    <message>
        <source>When</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Write the reason for the decision first; it is kept with the new version.</source>
        <translation>โปรดเขียนเหตุผลของการพิจารณาก่อน เหตุผลจะเก็บไว้กับฉบับใหม่</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>มีผู้อื่นแก้ไขแล้ว</translation>
    </message>
    <message>
        <source>This equivalency was changed after you opened it:

%1

Your decision (%2) was not recorded; your reason is kept. Close and reopen the equivalency to decide on the newest version.</source>
        <translation>การเทียบรายวิชานี้ถูกแก้ไขหลังจากที่ท่านเปิด:

%1

การพิจารณาของท่าน (%2) ยังไม่ถูกบันทึก เหตุผลของท่านยังคงอยู่ โปรดปิดแล้วเปิดใหม่เพื่อพิจารณาฉบับล่าสุด</translation>
    </message>
    <message>
        <source>Recorded as version %1: %2.</source>
        <translation>บันทึกเป็นฉบับที่ %1: %2</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>ไม่สามารถแนบแฟ้มได้</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Attach Syllabus</source>
        <translation>แนบประมวลรายวิชา</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt);;All files (*)</source>
        <translation>เอกสาร (*.pdf *.docx *.doc *.odt *.txt);;ทุกแฟ้ม (*)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>บันทึกสำเนา</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>ไม่สามารถบันทึกแฟ้มได้</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>นักศึกษา</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ก่อนหน้า</translation>
    </message>
    <message>
        <source>With this version</source>
        <translation>ตามฉบับนี้</translation>
    </message>
    <message>
        <source>Decided already</source>
        <translation>พิจารณาแล้ว</translation>
    </message>
    <message>
        <source>yes — kept as decided</source>
        <translation>ใช่ — คงตามที่พิจารณาแล้ว</translation>
    </message>
    <message>
        <source>No student is treated differently by version %1.</source>
        <translation>ฉบับที่ %1 ไม่ทำให้ผลของนักศึกษาคนใดเปลี่ยน</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) treated differently by version %1; transfers already decided keep the version they were decided under.</source>
        <translation><numerusform>ฉบับที่ %1 ทำให้ผลของนักศึกษา %n คนต่างไป การเทียบโอนที่พิจารณาแล้วคงตามฉบับเดิม</numerusform></translation>
    </message>
    <message>
        <source>closing</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>the reason typed for a decision</source>
        <translation>เหตุผลการพิจารณาที่พิมพ์ไว้</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>The evidence cannot be read: %1</source>
        <translation>อ่านหลักฐานไม่ได้: %1</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>ประวัติฉบับการพิจารณา</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>อ่านประวัติไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>dd::EquivalencyModel</name>
    <message>
        <source>proposed</source>
        <translation>รอพิจารณา</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ไม่อนุมัติ</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>block credit in %1</source>
        <translation>หน่วยกิตแบบกลุ่มในหมวด %1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>วิชาต้นทาง</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>ชื่อวิชาต้นทาง</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>วิชาปลายทาง</translation>
    </message>
    <message>
        <source>Target title</source>
        <translation>ชื่อวิชาปลายทาง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>รุ่นที่ใช้</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ฉบับ</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>ผู้พิจารณา</translation>
    </message>
</context>
<context>
    <name>dd::EquivalencyRepository</name>
    <message>
        <source>cannot store equivalency %1: %2</source>
        <translation>บันทึกการเทียบเท่า %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot store equivalency %1: unknown course %2 %3</source>
        <translation>บันทึกการเทียบเท่า %1 ไม่ได้: ไม่รู้จักรายวิชา %2 %3</translation>
    </message>
    <message>
        <source>evidence file %1 is empty</source>
        <translation>ไฟล์หลักฐาน %1 ว่างเปล่า</translation>
    </message>
    <message>
        <source>cannot store evidence %1: %2</source>
        <translation>บันทึกหลักฐาน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>no evidence with id %1</source>
        <translation>ไม่มีหลักฐานรหัส %1</translation>
    </message>
    <message>
        <source>no equivalency with the ID %1</source>
        <translation>ไม่มีการเทียบเท่ารหัส %1</translation>
    </message>
</context>
<context>
    <name>dd::ExceptionDialog</name>
    <message>
        <source>Exception for %1 at %2</source>
        <translation>ข้อยกเว้นของ %1 ที่ %2</translation>
    </message>
    <message>
        <source>waive — the requirement counts as met</source>
        <translation>ยกเว้น — ถือว่าผ่านเกณฑ์นี้</translation>
    </message>
    <message>
        <source>substitute — another course counts for it</source>
        <translation>ทดแทน — นับวิชาอื่นแทน</translation>
    </message>
    <message>
        <source>force-complete — met whatever the record says</source>
        <translation>ถือว่าผ่าน — ผ่านโดยไม่คำนึงถึงผลการเรียน</translation>
    </message>
    <message>
        <source>also-allow — a course may count here as well</source>
        <translation>อนุญาตเพิ่ม — นับวิชานี้ในเกณฑ์นี้ได้ด้วย</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>รายวิชา</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>ผู้อนุมัติ</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the exception</source>
        <translation>ข้อยกเว้น</translation>
    </message>
</context>
<context>
    <name>dd::ExceptionRepository</name>
    <message>
        <source>cannot record the exception for %1: %2</source>
        <translation>บันทึกข้อยกเว้นของ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot record the exception for %1: unknown student</source>
        <translation>บันทึกข้อยกเว้นของ %1 ไม่ได้: ไม่รู้จักนักศึกษา</translation>
    </message>
</context>
<context>
    <name>dd::FieldRules</name>
    <message>
        <source>'%1' is not a valid date (YYYY-MM-DD)</source>
        <translation>'%1' ไม่ใช่วันที่ที่ถูกต้อง (ค.ศ. ปปปป-ดด-วว)</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 3166-1 alpha-2 country code (e.g. TH, CN)</source>
        <translation>'%1' ไม่ใช่รหัสประเทศ ISO 3166-1 สองตัวอักษร (เช่น TH, CN)</translation>
    </message>
    <message>
        <source>'%1' is not an e-mail address</source>
        <translation>'%1' ไม่ใช่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>'%1' is not a year between 1990 and 2100</source>
        <translation>'%1' ไม่ใช่ปี ค.ศ. ระหว่าง 1990 ถึง 2100</translation>
    </message>
    <message>
        <source>'%1' is not a number of credits (0 to 100 in steps of 0.5)</source>
        <translation>'%1' ไม่ใช่จำนวนหน่วยกิต (0 ถึง 100 ทีละ 0.5)</translation>
    </message>
    <message>
        <source>'%1' is not a whole number of hours</source>
        <translation>'%1' ไม่ใช่จำนวนชั่วโมงเต็ม</translation>
    </message>
    <message>
        <source>'%1' is not a valid code (letters, digits, '-', '_', '.'; at most 32)</source>
        <translation>'%1' ไม่ใช่รหัสที่ถูกต้อง (ตัวอักษร ตัวเลข '-', '_', '.' ไม่เกิน 32 ตัว)</translation>
    </message>
    <message>
        <source>'%1' is not a Thai national ID (13 digits)</source>
        <translation>'%1' ไม่ใช่เลขประจำตัวประชาชนไทย (13 หลัก)</translation>
    </message>
    <message>
        <source>'%1' is not a Thai national ID: its check digit should be %2</source>
        <translation>'%1' ไม่ใช่เลขประจำตัวประชาชนไทย: หลักตรวจสอบควรเป็น %2</translation>
    </message>
    <message>
        <source>'%1' is not a Chinese resident ID (17 digits and a check character 0-9 or X)</source>
        <translation>'%1' ไม่ใช่เลขบัตรประจำตัวผู้มีถิ่นที่อยู่ของจีน (17 หลักและอักขระตรวจสอบ 0-9 หรือ X)</translation>
    </message>
    <message>
        <source>'%1' is not a Chinese resident ID: its check character should be %2</source>
        <translation>'%1' ไม่ใช่เลขบัตรประจำตัวของจีน: อักขระตรวจสอบควรเป็น %2</translation>
    </message>
    <message>
        <source>'%1' is not a Chinese resident ID: %2 is not a birth date</source>
        <translation>'%1' ไม่ใช่เลขบัตรประจำตัวของจีน: %2 ไม่ใช่วันเกิด</translation>
    </message>
    <message>
        <source>the resident ID gives the birth date %1, not the date of birth %2</source>
        <translation>เลขบัตรระบุวันเกิด %1 ไม่ตรงกับวันเกิด %2</translation>
    </message>
    <message>
        <source>a national ID is recorded for nationality TH or CN only, not %1</source>
        <translation>บันทึกเลขประจำตัวได้เฉพาะสัญชาติ TH หรือ CN ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ยาว %1 ตัวอักษร ได้ไม่เกิน %2 ตัว</translation>
    </message>
    <message>
        <source>has a broken character (half of a surrogate pair) at position %1</source>
        <translation>มีอักขระเสียหาย (ครึ่งหนึ่งของคู่ surrogate) ที่ตำแหน่ง %1</translation>
    </message>
    <message>
        <source>has a control character (%1) at position %2</source>
        <translation>มีอักขระควบคุม (%1) ที่ตำแหน่ง %2</translation>
    </message>
    <message>
        <source>has a bidirectional control (%1) at position %2, which can make the text read differently from how it is stored</source>
        <translation>มีอักขระควบคุมทิศทาง (%1) ที่ตำแหน่ง %2 ซึ่งทำให้ข้อความแสดงต่างจากที่บันทึกไว้</translation>
    </message>
    <message>
        <source>has an invisible or non-text character (%1) at position %2</source>
        <translation>มีอักขระที่มองไม่เห็นหรือไม่ใช่ตัวอักษร (%1) ที่ตำแหน่ง %2</translation>
    </message>
</context>
<context>
    <name>dd::ImportDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation>ยังไม่ได้เลือกไฟล์</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>นำเข้าไฟล์</translation>
    </message>
    <message>
        <source>Every line of the file is shown with what importing it would do. Nothing is written until you press Import, and then the whole file or nothing; a copy of the database is taken first.</source>
        <translation>แต่ละบรรทัดของไฟล์แสดงว่าการนำเข้าจะทำอะไร ไม่มีการบันทึกจนกว่าจะกด นำเข้า และจะบันทึกทั้งไฟล์หรือไม่บันทึกเลย; สำรองฐานข้อมูลไว้ก่อนเสมอ</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>เลือกไฟล์(&amp;C)…</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>ไฟล์นี้&amp;มี:</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (Excel's "Unicode text")</source>
        <translation>UTF-16 ("Unicode text" ของ Excel)</translation>
    </message>
    <message>
        <source>GB18030 (Excel on Chinese Windows)</source>
        <translation>GB18030 (Excel บน Windows ภาษาจีน)</translation>
    </message>
    <message>
        <source>Windows-874 / TIS-620 (Excel on Thai Windows)</source>
        <translation>Windows-874 / TIS-620 (Excel บน Windows ภาษาไทย)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>การเข้า&amp;รหัส:</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>ทุกบรรทัด</translation>
    </message>
    <message>
        <source>Lines with problems</source>
        <translation>บรรทัดที่มีปัญหา</translation>
    </message>
    <message>
        <source>Lines that add or change</source>
        <translation>บรรทัดที่เพิ่มหรือเปลี่ยน</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;แสดง:</translation>
    </message>
    <message>
        <source>needed where the file changes a mark already recorded</source>
        <translation>จำเป็นเมื่อไฟล์เปลี่ยนคะแนนที่บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>เหตุผล(&amp;R):</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>นักศึกษา</translation>
    </message>
    <message>
        <source>Courses (the catalogue)</source>
        <translation>รายวิชา (แคตตาล็อก)</translation>
    </message>
    <message>
        <source>Results (marks)</source>
        <translation>ผลการเรียน (คะแนน)</translation>
    </message>
    <message>
        <source>Equivalencies</source>
        <translation>การเทียบโอน</translation>
    </message>
    <message>
        <source>Milestones (HSK, thesis)</source>
        <translation>เหตุการณ์สำคัญ (HSK, วิทยานิพนธ์)</translation>
    </message>
    <message>
        <source>Audit exceptions</source>
        <translation>ข้อยกเว้นการตรวจสอบ</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ไฟล์ CSV (*.csv *.txt);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: not a list to import.</source>
        <translation>ไฟล์ใหญ่กว่า %1 MB: ไม่ใช่รายการที่นำเข้าได้</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>อ่านไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>The file is not UTF-8, UTF-16, GB18030 or Windows-874: save it as "CSV UTF-8" and choose it again.</source>
        <translation>ไฟล์ไม่ใช่ UTF-8, UTF-16, GB18030 หรือ Windows-874: บันทึกเป็น "CSV UTF-8" แล้วเลือกใหม่</translation>
    </message>
    <message>
        <source>Not Unicode: it reads as %1. %2 is proposed; check the names in the lines below, and choose the other encoding if they are wrong.</source>
        <translation>ไม่ใช่ Unicode: อ่านได้เป็น %1 เสนอให้ใช้ %2; ตรวจชื่อในบรรทัดด้านล่าง หากผิดให้เลือกการเข้ารหัสอื่น</translation>
    </message>
    <message>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>อ่านเป็น %1</translation>
    </message>
    <message>
        <source>recognised from the header</source>
        <translation>รู้จากหัวตาราง</translation>
    </message>
    <message>
        <source>The header names the columns of no kind of file: choose what it holds to see what is wrong.</source>
        <translation>หัวตารางไม่ตรงกับคอลัมน์ของไฟล์ประเภทใด: เลือกว่าไฟล์มีอะไรเพื่อดูว่าผิดตรงไหน</translation>
    </message>
    <message>
        <source>The header fits more than one kind of file: choose one.</source>
        <translation>หัวตารางตรงกับไฟล์หลายประเภท: เลือกหนึ่งประเภท</translation>
    </message>
    <message>
        <source>Choose what the file holds.</source>
        <translation>เลือกว่าไฟล์มีอะไร</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>กำลังอ่าน %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): %1 new, %2 changed, %3 unchanged.</source>
        <translation><numerusform>%n บรรทัด: ใหม่ %1, เปลี่ยน %2, ไม่เปลี่ยน %3</numerusform></translation>
    </message>
    <message>
        <source> Nothing to import.</source>
        <translation> ไม่มีอะไรต้องนำเข้า</translation>
    </message>
    <message numerus="yes">
        <source>Nothing would be imported: %n line(s) refused. The whole file is imported or none of it.</source>
        <translation><numerusform>จะไม่นำเข้าสิ่งใด: ถูกปฏิเสธ %n บรรทัด ไฟล์จะนำเข้าทั้งหมดหรือไม่นำเข้าเลย</numerusform></translation>
    </message>
    <message>
        <source>Nothing would be imported: %1</source>
        <translation>จะไม่นำเข้าสิ่งใด: %1</translation>
    </message>
    <message>
        <source> Only the first 200 problems are shown.</source>
        <translation> แสดงเฉพาะ 200 ปัญหาแรก</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>กำลังนำเข้า %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>ไม่ได้นำเข้าสิ่งใด: %1</translation>
    </message>
    <message>
        <source>the import failed</source>
        <translation>การนำเข้าล้มเหลว</translation>
    </message>
    <message>
        <source>%1. The database as it was before the import: %2</source>
        <translation>%1 ฐานข้อมูลก่อนการนำเข้า: %2</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>นำเข้าแล้ว: %1</translation>
    </message>
    <message>
        <source>The file cannot be read as %1: %2</source>
        <translation>อ่านไฟล์เป็น %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
</context>
<context>
    <name>dd::ImportPreviewModel</name>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>changes the stored record</source>
        <translation>เปลี่ยนระเบียนที่บันทึกไว้</translation>
    </message>
    <message numerus="yes">
        <source>changes %n field(s)</source>
        <translation><numerusform>เปลี่ยน %n ช่อง</numerusform></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>ปฏิเสธ: %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ไม่เปลี่ยน</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>stored now: %1</source>
        <translation>ที่บันทึกอยู่: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>บรรทัด</translation>
    </message>
    <message>
        <source>What importing does</source>
        <translation>ผลของการนำเข้า</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>เปลี่ยน %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>กำลังเรียน</translation>
    </message>
</context>
<context>
    <name>dd::InstitutionKeyRepository</name>
    <message>
        <source>the certificate stored for %1 cannot be read</source>
        <translation>อ่านใบรับรองที่เก็บไว้ของ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>no certificate with the SHA-256 fingerprint %1 is trusted as %2's</source>
        <translation>ไม่มีใบรับรองที่มีลายนิ้วมือ SHA-256 %1 ที่เชื่อถือว่าเป็นของ %2</translation>
    </message>
</context>
<context>
    <name>dd::InstitutionKeys</name>
    <message>
        <source>the key file %1</source>
        <translation>ไฟล์กุญแจ %1</translation>
    </message>
    <message>
        <source>the token of %1</source>
        <translation>โทเค็นของ %1</translation>
    </message>
    <message>
        <source>no signing key is bound to %1 (keys use)</source>
        <translation>ยังไม่ได้ผูกกุญแจลงนามกับ %1 (keys use)</translation>
    </message>
    <message>
        <source>%1 cannot sign: %2</source>
        <translation>%1 ลงนามไม่ได้: %2</translation>
    </message>
    <message>
        <source>the key at %1 is not the one bound to %2 (its certificate %3 differs; bind it again with keys use)</source>
        <translation>กุญแจที่ %1 ไม่ใช่กุญแจที่ผูกกับ %2 (ใบรับรอง %3 ต่างกัน; ผูกใหม่ด้วย keys use)</translation>
    </message>
    <message>
        <source> (a DEMO key: its passphrase is "%1")</source>
        <translation> (กุญแจสาธิต: รหัสผ่านคือ "%1")</translation>
    </message>
    <message>
        <source>%1 holds %2 certificates; give the partner's one</source>
        <translation>%1 มีใบรับรอง %2 ฉบับ; ให้เฉพาะฉบับของสถาบันคู่ความร่วมมือ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dd::InstitutionKeysDialog</name>
    <message>
        <source>Institution Keys</source>
        <translation>กุญแจของสถาบัน</translation>
    </message>
    <message>
        <source>Issued transcripts are signed with the issuing institution's key. The key stays in its PKCS#12 file or on its token; the database keeps only the certificate, and the passphrase is asked for each time a key is used.</source>
        <translation>ใบแสดงผลการศึกษาที่ออกจะลงนามด้วยกุญแจของสถาบันผู้ออก กุญแจอยู่ในไฟล์ PKCS#12 หรือบนโทเค็น ฐานข้อมูลเก็บเฉพาะใบรับรอง และจะถามรหัสผ่านทุกครั้งที่ใช้กุญแจ</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>ใบรับรอง</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>ใช้ได้ถึง</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>กุญแจ</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>ลายนิ้วมือ SHA-256</translation>
    </message>
    <message>
        <source>Use &amp;Key File…</source>
        <translation>ใช้ไฟล์กุญแจ(&amp;K)…</translation>
    </message>
    <message>
        <source>Use &amp;Token…</source>
        <translation>ใช้โทเค็น(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Export Certificate…</source>
        <translation>ส่งออกใบรับรอง(&amp;E)…</translation>
    </message>
    <message>
        <source>T&amp;rust Partner Certificate…</source>
        <translation>เชื่อถือใบรับรองของคู่ความร่วมมือ(&amp;R)…</translation>
    </message>
    <message>
        <source>no key: transcripts are issued unsigned</source>
        <translation>ไม่มีกุญแจ: ออกใบแสดงผลการศึกษาแบบไม่ลงนาม</translation>
    </message>
    <message>
        <source>token: %1</source>
        <translation>โทเค็น: %1</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>ไฟล์: %1</translation>
    </message>
    <message>
        <source>Issued by %1; valid from %2; %3 key</source>
        <translation>ออกโดย %1; ใช้ได้ตั้งแต่ %2; กุญแจ %3</translation>
    </message>
    <message>
        <source>%1 cannot sign: %2</source>
        <translation>%1 ลงนามไม่ได้: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1's certificate ends in %n day(s), on %2: ask for a new one now.</source>
        <translation><numerusform>ใบรับรองของ %1 จะหมดอายุใน %n วัน (%2): ขอใบใหม่ตอนนี้</numerusform></translation>
    </message>
    <message>
        <source>trusted partner certificate: %1</source>
        <translation>ใบรับรองของคู่ความร่วมมือที่เชื่อถือ: %1</translation>
    </message>
    <message>
        <source>Use Key File</source>
        <translation>ใช้ไฟล์กุญแจ</translation>
    </message>
    <message>
        <source>The key was not bound to %1: %2</source>
        <translation>ไม่ได้ผูกกุญแจกับ %1: %2</translation>
    </message>
    <message>
        <source>Trust Partner Certificate</source>
        <translation>เชื่อถือใบรับรองของคู่ความร่วมมือ</translation>
    </message>
    <message>
        <source>%1 was not trusted: %2</source>
        <translation>ไม่ได้เชื่อถือ %1: %2</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>ส่งออกใบรับรอง</translation>
    </message>
    <message>
        <source>%1 has no signing certificate</source>
        <translation>%1 ไม่มีใบรับรองสำหรับลงนาม</translation>
    </message>
    <message>
        <source>Key File of %1</source>
        <translation>ไฟล์กุญแจของ %1</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx)</source>
        <translation>ไฟล์กุญแจ PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>โทเค็นของ %1</translation>
    </message>
    <message>
        <source>PKCS#11 URI of the key (pkcs11:token=…;object=…):</source>
        <translation>PKCS#11 URI ของกุญแจ (pkcs11:token=…;object=…):</translation>
    </message>
    <message>
        <source>Certificate of the key (only when the token holds the key alone)</source>
        <translation>ใบรับรองของกุญแจ (เฉพาะเมื่อโทเค็นมีแต่กุญแจ)</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>ใบรับรอง (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Use Token</source>
        <translation>ใช้โทเค็น</translation>
    </message>
    <message>
        <source>Export the Certificate of %1</source>
        <translation>ส่งออกใบรับรองของ %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>ใบรับรอง (*.pem)</translation>
    </message>
    <message>
        <source>Certificate of %1 to Trust</source>
        <translation>ใบรับรองของ %1 ที่จะเชื่อถือ</translation>
    </message>
</context>
<context>
    <name>dd::Integrity</name>
    <message>
        <source>a database on a server is copied by the server's administrator (pg_dump), not to %1</source>
        <translation>ฐานข้อมูลบนเซิร์ฟเวอร์ให้ผู้ดูแลเซิร์ฟเวอร์เป็นผู้คัดลอก (pg_dump) ไม่ใช่คัดลอกไปที่ %1</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file name</source>
        <translation>%1 มีอยู่แล้ว เลือกชื่อไฟล์อื่น</translation>
    </message>
    <message>
        <source>backup to %1 failed: %2</source>
        <translation>สำรองข้อมูลไปที่ %1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <source>the backup %1 cannot be opened: %2</source>
        <translation>เปิดไฟล์สำรอง %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>the backup %1 failed its integrity check: %2</source>
        <translation>ไฟล์สำรอง %1 ไม่ผ่านการตรวจความสมบูรณ์: %2</translation>
    </message>
    <message>
        <source>cannot name the backup %1: %2</source>
        <translation>ตั้งชื่อสำเนาสำรอง %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>dd::KeySecret</name>
    <message>
        <source>Signing Key</source>
        <translation>กุญแจลงนาม</translation>
    </message>
    <message>
        <source>Passphrase or PIN for %1:</source>
        <translation>รหัสผ่านหรือ PIN ของ %1:</translation>
    </message>
    <message>
        <source>no passphrase was given</source>
        <translation>ไม่ได้ใส่รหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>dd::ListExport</name>
    <message>
        <source>personal data leaves only for a named recipient and purpose, recorded in the disclosure log</source>
        <translation>ข้อมูลส่วนบุคคลออกไปได้เฉพาะเมื่อระบุผู้รับและวัตถุประสงค์ และบันทึกไว้ในบันทึกการเปิดเผยข้อมูล</translation>
    </message>
</context>
<context>
    <name>dd::LogCheckpoint</name>
    <message>
        <source>not a DualDegree change-log checkpoint</source>
        <translation>ไม่ใช่จุดตรวจสอบบันทึกการเปลี่ยนแปลงของ DualDegree</translation>
    </message>
    <message>
        <source>the checkpoint file is incomplete (row, seal or certificate missing)</source>
        <translation>แฟ้มจุดตรวจสอบไม่ครบ (ไม่มีแถว ผนึก หรือใบรับรอง)</translation>
    </message>
    <message>
        <source>the checkpoint file is not in the form DualDegree writes</source>
        <translation>แฟ้มจุดตรวจสอบไม่อยู่ในรูปแบบที่ DualDegree เขียน</translation>
    </message>
</context>
<context>
    <name>dd::LogCheckpoints</name>
    <message>
        <source>the change log is broken at row %1 (run 'log verify'); a broken log is not signed</source>
        <translation>บันทึกการเปลี่ยนแปลงขาดที่แถว %1 (เรียก 'log verify'); จะไม่ลงนามบันทึกที่ขาด</translation>
    </message>
    <message>
        <source>the change log has no rows after the last checkpoint (row %1)</source>
        <translation>บันทึกการเปลี่ยนแปลงไม่มีแถวหลังจุดตรวจสอบล่าสุด (แถว %1)</translation>
    </message>
    <message>
        <source>the change log is empty</source>
        <translation>บันทึกการเปลี่ยนแปลงว่างเปล่า</translation>
    </message>
    <message>
        <source>cannot store the checkpoint</source>
        <translation>บันทึกจุดตรวจสอบไม่ได้</translation>
    </message>
    <message>
        <source>the certificate (%1) does not name %2 in its CN or O</source>
        <translation>ใบรับรอง (%1) ไม่ได้ระบุ %2 ใน CN หรือ O</translation>
    </message>
    <message>
        <source>the certificate (%1) is a certificate authority's, not a signer's</source>
        <translation>ใบรับรอง (%1) เป็นของผู้ออกใบรับรอง ไม่ใช่ของผู้ลงนาม</translation>
    </message>
    <message>
        <source>a %1 key is not supported (EC P-256 or RSA)</source>
        <translation>ไม่รองรับกุญแจ %1 (ต้องเป็น EC P-256 หรือ RSA)</translation>
    </message>
    <message>
        <source>its certificate (SHA-256 %1) is not in the database</source>
        <translation>ใบรับรองของจุดนี้ (SHA-256 %1) ไม่อยู่ในฐานข้อมูล</translation>
    </message>
    <message>
        <source>its signature does not verify: the checkpoint or the seals it keeps were altered</source>
        <translation>ลายมือชื่อตรวจสอบไม่ผ่าน: จุดตรวจสอบหรือผนึกที่เก็บไว้ถูกแก้ไข</translation>
    </message>
    <message>
        <source>its certificate (%1) does not chain to the trusted authority: %2</source>
        <translation>ใบรับรอง (%1) ไม่เชื่อมโยงถึงผู้ออกใบรับรองที่เชื่อถือ: %2</translation>
    </message>
    <message>
        <source>no signed checkpoint covers log row %1</source>
        <translation>ไม่มีจุดตรวจสอบที่ลงนามครอบคลุมแถวบันทึก %1</translation>
    </message>
    <message>
        <source>the checkpoint at log row %1 does not hold: %2</source>
        <translation>จุดตรวจสอบที่แถวบันทึก %1 ไม่ถูกต้อง: %2</translation>
    </message>
    <message>
        <source>log row %1, signed at the checkpoint of row %2, is missing</source>
        <translation>แถวบันทึก %1 ซึ่งลงนามในจุดตรวจสอบของแถว %2 หายไป</translation>
    </message>
    <message>
        <source>log row %1 differs from what the checkpoint of row %2 (%3, %4) signed</source>
        <translation>แถวบันทึก %1 ต่างจากที่จุดตรวจสอบของแถว %2 (%3, %4) ลงนามไว้</translation>
    </message>
    <message>
        <source>the row is not in the change log</source>
        <translation>แถวนี้ไม่อยู่ในบันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>the row was changed without being logged</source>
        <translation>แถวนี้ถูกแก้ไขโดยไม่ได้บันทึก</translation>
    </message>
</context>
<context>
    <name>dd::LoginDialog</name>
    <message>
        <source>%1 requires logging in.</source>
        <translation>%1 ต้องเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>%1 was not opened: it requires logging in</source>
        <translation>ไม่ได้เปิด %1: ต้องเข้าสู่ระบบ</translation>
    </message>
</context>
<context>
    <name>dd::MainWindow</name>
    <message>
        <source>DualDegree — %1</source>
        <translation>DualDegree — %1</translation>
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
        <source>DualDegree databases (*.db)</source>
        <translation>ฐานข้อมูล DualDegree (*.db)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>ฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>ไม่สามารถสร้างฐานข้อมูลได้</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>DualDegree — %1 on %2</source>
        <translation>DualDegree — %1 บน %2</translation>
    </message>
    <message>
        <source>logging in as another user</source>
        <translation>เข้าสู่ระบบด้วยผู้ใช้อื่น</translation>
    </message>
    <message>
        <source>connecting to a server</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>เลิกทำ %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>ทำซ้ำ %1(&amp;R)</translation>
    </message>
    <message>
        <source>opening another database</source>
        <translation>เปิดฐานข้อมูลอื่น</translation>
    </message>
    <message>
        <source>opening the demo database</source>
        <translation>เปิดฐานข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <source>quitting</source>
        <translation>ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>creating a new database</source>
        <translation>สร้างฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <source>%1 (%2, single-user database: no password)</source>
        <translation>%1 (%2, ฐานข้อมูลผู้ใช้คนเดียว: ไม่มีรหัสผ่าน)</translation>
    </message>
    <message>
        <source>DualDegree — %1 (read-only)</source>
        <translation>DualDegree — %1 (อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>DualDegree — %1 (behind its chain head: changes refused)</source>
        <translation>DualDegree — %1 (ตามหลังหัวโซ่: ปฏิเสธการเปลี่ยนแปลง)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>อ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>changes refused: behind its chain head</source>
        <translation>ปฏิเสธการเปลี่ยนแปลง: ตามหลังหัวโซ่</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for a signed checkpoint</source>
        <translation><numerusform>%n รายการรอจุดตรวจสอบที่ลงนาม</numerusform></translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>ก่อน%1</translation>
    </message>
</context>
<context>
    <name>dd::MarkEntryService</name>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1: the recorded mark %2 becomes %3; a grade change needs a reason</source>
        <translation>%1: คะแนนที่บันทึกไว้ %2 จะเปลี่ยนเป็น %3 การเปลี่ยนเกรดต้องมีเหตุผล</translation>
    </message>
    <message>
        <source>%1 (the row as stored now cannot be read: %2)</source>
        <translation>%1 (อ่านแถวที่บันทึกอยู่ขณะนี้ไม่ได้: %2)</translation>
    </message>
</context>
<context>
    <name>dd::MarkSheetModel</name>
    <message>
        <source>regular</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>make-up exam</source>
        <translation>สอบแก้ตัว</translation>
    </message>
    <message>
        <source>retake</source>
        <translation>เรียนซ้ำ</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>กำลังเรียน</translation>
    </message>
    <message>
        <source>new attempt</source>
        <translation>ลงทะเบียนใหม่</translation>
    </message>
    <message>
        <source>first mark</source>
        <translation>บันทึกครั้งแรก</translation>
    </message>
    <message>
        <source>grade change</source>
        <translation>แก้ไขผลการเรียน</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>นักศึกษา</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>ประเภทการลงทะเบียน</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>บันทึกไว้</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>ผลการเรียน</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>dd::MilestoneRepository</name>
    <message>
        <source>cannot record %1 of %2: %3</source>
        <translation>บันทึก %1 ของ %2 ไม่ได้: %3</translation>
    </message>
    <message>
        <source>cannot record %1 of %2: unknown student</source>
        <translation>บันทึก %1 ของ %2 ไม่ได้: ไม่รู้จักนักศึกษา</translation>
    </message>
</context>
<context>
    <name>dd::NewEquivalencyDialog</name>
    <message>
        <source>&amp;Propose</source>
        <translation>เสนอ(&amp;P)</translation>
    </message>
    <message>
        <source>The source hours make %1 %2 credits.</source>
        <translation>ชั่วโมงของวิชาต้นทางคิดได้ %1 หน่วยกิตของ %2</translation>
    </message>
    <message>
        <source>The block credit brings %1.</source>
        <translation>หน่วยกิตแบบกลุ่มได้ %1</translation>
    </message>
    <message>
        <source>The target carries %1: it can be approved as a full equivalent.</source>
        <translation>วิชาปลายทางมี %1 หน่วยกิต: อนุมัติเป็นการเทียบเต็มรายวิชาได้</translation>
    </message>
    <message>
        <source>The target carries %1, more than one credit beyond: it can be proposed, but only block credit could be approved.</source>
        <translation>วิชาปลายทางมี %1 หน่วยกิต เกินกว่า 1 หน่วยกิต: เสนอได้ แต่อนุมัติได้เฉพาะหน่วยกิตแบบกลุ่ม</translation>
    </message>
    <message>
        <source>the proposed equivalency</source>
        <translation>การเทียบรายวิชาที่เสนอ</translation>
    </message>
</context>
<context>
    <name>dd::OfficeDialogs</name>
    <message>
        <source>importing a partner's record</source>
        <translation>การนำเข้าระเบียนจากสถาบันคู่ความร่วมมือ</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>นำเข้าไฟล์</translation>
    </message>
    <message>
        <source>Lists and records (*.csv *.txt *.xml);;CSV files (*.csv *.txt);;A partner's ELMO record (*.xml)</source>
        <translation>รายการและระเบียน (*.csv *.txt *.xml);;ไฟล์ CSV (*.csv *.txt);;ระเบียน ELMO ของคู่ความร่วมมือ (*.xml)</translation>
    </message>
    <message>
        <source>importing a file</source>
        <translation>การนำเข้าไฟล์</translation>
    </message>
</context>
<context>
    <name>dd::OutputFile</name>
    <message>
        <source>no file was named</source>
        <translation>ไม่ได้ระบุไฟล์</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; name the file itself</source>
        <translation>%1 เป็นลิงก์สัญลักษณ์ โปรดระบุไฟล์จริง</translation>
    </message>
    <message>
        <source>%1 is a named pipe, not a file</source>
        <translation>%1 เป็นไปป์ที่มีชื่อ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>%1 is a device, not a file</source>
        <translation>%1 เป็นอุปกรณ์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file in it</source>
        <translation>%1 เป็นโฟลเดอร์ โปรดระบุไฟล์ในโฟลเดอร์นั้น</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ไม่ใช่ไฟล์ธรรมดา</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>ไม่มีโฟลเดอร์ %1</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full</source>
        <translation>เขียน %1 ไม่ได้: ดิสก์เต็ม</translation>
    </message>
    <message>
        <source>cannot write %1: the file would be larger than this system allows</source>
        <translation>เขียน %1 ไม่ได้: ไฟล์จะใหญ่เกินกว่าที่ระบบอนุญาต</translation>
    </message>
    <message>
        <source>cannot write %1: the disk or medium is read-only</source>
        <translation>เขียน %1 ไม่ได้: ดิสก์หรือสื่อเป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>cannot write %1: the folder is read-only for you</source>
        <translation>เขียน %1 ไม่ได้: โฟลเดอร์นี้อ่านได้อย่างเดียวสำหรับคุณ</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>dd::PartnerCertificatesDialog</name>
    <message>
        <source>&amp;Trust a Certificate…</source>
        <translation>เชื่อถือใบรับรอง(&amp;T)…</translation>
    </message>
    <message>
        <source>Partner Certificates</source>
        <translation>ใบรับรองของสถาบันคู่ความร่วมมือ</translation>
    </message>
    <message>
        <source>A partner's record (File › Exchange › Import a Partner's Record) is imported only when its signature verifies under a certificate trusted here as that institution's. Take the certificate from the partner's office and compare its SHA-256 fingerprint with theirs by another channel (a call, a letter) before trusting it.</source>
        <translation>ระเบียนของสถาบันคู่ความร่วมมือ (ไฟล์ › แลกเปลี่ยน › นำเข้าระเบียนจากสถาบันคู่ความร่วมมือ) จะนำเข้าได้เมื่อลายมือชื่อตรวจผ่านด้วยใบรับรองที่เชื่อถือที่นี่ว่าเป็นของสถาบันนั้นเท่านั้น รับใบรับรองจากสำนักงานของสถาบันคู่ความร่วมมือ และเทียบลายนิ้วมือ SHA-256 กับของเขาผ่านช่องทางอื่น (โทรศัพท์ จดหมาย) ก่อนเชื่อถือ</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>ใบรับรอง</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>มีผลตั้งแต่</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>ใช้ได้ถึง</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>ลายนิ้วมือ SHA-256</translation>
    </message>
    <message>
        <source>Issued by %1; %2 key</source>
        <translation>ออกโดย %1; กุญแจ %2</translation>
    </message>
    <message>
        <source>%1 was not trusted: %2</source>
        <translation>ไม่ได้เชื่อถือ %1: %2</translation>
    </message>
    <message>
        <source>Trust a Certificate</source>
        <translation>เชื่อถือใบรับรอง</translation>
    </message>
    <message>
        <source>Whose certificate is it (the partner institution)?</source>
        <translation>ใบรับรองนี้เป็นของสถาบันใด (สถาบันคู่ความร่วมมือ)?</translation>
    </message>
    <message>
        <source>Certificate of %1 to Trust</source>
        <translation>ใบรับรองของ %1 ที่จะเชื่อถือ</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>ใบรับรอง (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>&amp;Withdraw Trust…</source>
        <translation>ยกเลิกความเชื่อถือ(&amp;W)…</translation>
    </message>
    <message>
        <source>A renewed or compromised certificate: the partner's records signed with it are refused from now on</source>
        <translation>ใบรับรองที่ต่ออายุแล้วหรือถูกเปิดเผย: ระเบียนของสถาบันคู่ความร่วมมือที่ลงนามด้วยใบรับรองนี้จะถูกปฏิเสธตั้งแต่นี้ไป</translation>
    </message>
    <message>
        <source>Stop trusting %1 as %2's? Records signed with it will be refused from now on; what was imported stays.</source>
        <translation>เลิกเชื่อถือ %1 ว่าเป็นของ %2 หรือไม่? ระเบียนที่ลงนามด้วยใบรับรองนี้จะถูกปฏิเสธตั้งแต่นี้ไป; สิ่งที่นำเข้าแล้วยังคงอยู่</translation>
    </message>
</context>
<context>
    <name>dd::Permissions</name>
    <message>
        <source>read records</source>
        <translation>ดูระเบียน</translation>
    </message>
    <message>
        <source>see passport numbers and dates of birth</source>
        <translation>ดูเลขหนังสือเดินทางและวันเกิด</translation>
    </message>
    <message>
        <source>add or change students</source>
        <translation>เพิ่มหรือแก้ไขนักศึกษา</translation>
    </message>
    <message>
        <source>delete students</source>
        <translation>ลบนักศึกษา</translation>
    </message>
    <message>
        <source>change courses</source>
        <translation>แก้ไขรายวิชา</translation>
    </message>
    <message>
        <source>enter or change results</source>
        <translation>บันทึกหรือแก้ไขผลการเรียน</translation>
    </message>
    <message>
        <source>decide transfer credit and equivalencies</source>
        <translation>พิจารณาการเทียบโอนหน่วยกิตและการเทียบรายวิชา</translation>
    </message>
    <message>
        <source>grant or revoke exceptions</source>
        <translation>อนุมัติหรือเพิกถอนข้อยกเว้น</translation>
    </message>
    <message>
        <source>record milestones</source>
        <translation>บันทึกผลการประเมินนอกรายวิชา</translation>
    </message>
    <message>
        <source>issue transcripts</source>
        <translation>ออกใบแสดงผลการศึกษา</translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation>ส่งออกข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>จัดการผู้ใช้</translation>
    </message>
    <message>
        <source>load regulations</source>
        <translation>นำเข้าระเบียบ</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>สำรองหรือกู้คืนฐานข้อมูล</translation>
    </message>
    <message>
        <source>no one is logged in; log in to %1</source>
        <translation>ยังไม่ได้เข้าสู่ระบบ กรุณาเข้าสู่ระบบเพื่อ%1</translation>
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation>บัญชี %1 ถูกระงับ</translation>
    </message>
    <message>
        <source>%1 may not %2 for %3</source>
        <translation>%1 ไม่มีสิทธิ์%2ของ %3</translation>
    </message>
    <message>
        <source>%1 may not %2</source>
        <translation>%1 ไม่มีสิทธิ์%2</translation>
    </message>
    <message>
        <source>bind signing keys or trust certificates</source>
        <translation>ผูกกุญแจลงนามหรือเชื่อถือใบรับรอง</translation>
    </message>
    <message>
        <source>sign the change log with the institution's key</source>
        <translation>ลงนามบันทึกการเปลี่ยนแปลงด้วยกุญแจของสถาบัน</translation>
    </message>
    <message>
        <source>import a partner institution's signed records</source>
        <translation>นำเข้าระเบียนที่สถาบันคู่ความร่วมมือลงนาม</translation>
    </message>
</context>
<context>
    <name>dd::PlanModel</name>
    <message>
        <source>%1 %2 (%3): %4 now; with %5 assumed on every remaining course it cannot reach %6</source>
        <translation>%1 %2 (%3): ขณะนี้ %4 แม้สมมุติ %5 ทุกวิชาที่เหลือก็ไม่ถึง %6</translation>
    </message>
    <message>
        <source>no GPA</source>
        <translation>ไม่มีเกรดเฉลี่ย</translation>
    </message>
    <message>
        <source>with %1 assumed at %2 a course converts to %3 at %4, which %4 does not accept: no credit transfers from %2 in this plan</source>
        <translation>เมื่อสมมุติ %1 ที่ %2 วิชาจะเทียบเป็น %3 ที่ %4 ซึ่ง %4 ไม่รับ: แผนนี้ไม่มีการเทียบโอนจาก %2</translation>
    </message>
    <message>
        <source>%1 assumed at %2 has no conversion to %3: no credit transfers from %2 in this plan</source>
        <translation>%1 ที่สมมุติของ %2 ไม่มีตารางเทียบไป %3: แผนนี้ไม่มีการเทียบโอนจาก %2</translation>
    </message>
    <message>
        <source>%1 needs %2, which is not in the %3 catalogue</source>
        <translation>%1 ต้องมี %2 ซึ่งไม่อยู่ในรายวิชาของ %3</translation>
    </message>
    <message>
        <source>%1 needs %2, offered in %3; no such term at %4 is left before the time limit ends with %5</source>
        <translation>%1 ต้องมี %2 ซึ่งเปิดใน %3 แต่ไม่เหลือภาคการศึกษาเช่นนั้นที่ %4 ก่อนครบระยะเวลาศึกษาใน %5</translation>
    </message>
    <message>
        <source>every regular semester</source>
        <translation>ทุกภาคการศึกษาปกติ</translation>
    </message>
    <message>
        <source>semester %1</source>
        <translation>ภาคการศึกษาที่ %1</translation>
    </message>
    <message>
        <source> (the programme path has the student at %1 in no term before then)</source>
        <translation> (ตามเส้นทางหลักสูตร นักศึกษาไม่ได้เรียนที่ %1 ในภาคการศึกษาใดก่อนหน้านั้น)</translation>
    </message>
    <message>
        <source>%1: %2 more credits needed; the courses still open before the time limit (%3) bring %4</source>
        <translation>%1: ต้องการอีก %2 หน่วยกิต วิชาที่ยังเรียนได้ก่อนครบระยะเวลาศึกษา (%3) ให้ได้ %4</translation>
    </message>
    <message>
        <source>%1: %2 more courses needed; the courses still open before the time limit (%3) bring %4</source>
        <translation>%1: ต้องการอีก %2 วิชา วิชาที่ยังเรียนได้ก่อนครบระยะเวลาศึกษา (%3) ให้ได้ %4</translation>
    </message>
    <message>
        <source>%1, even with every course still open before the time limit (%2) passed at %3</source>
        <translation>%1 แม้ผ่านทุกวิชาที่ยังเรียนได้ก่อนครบระยะเวลาศึกษา (%2) ด้วย %3</translation>
    </message>
    <message>
        <source>%1 at most %2 credits a regular term</source>
        <translation>%1 ไม่เกิน %2 หน่วยกิตต่อภาคการศึกษาปกติ</translation>
    </message>
    <message numerus="yes">
        <source>what both programmes still need does not fit in the %n term(s) left before the time limit (the last: %1) at the loads allowed (%2)</source>
        <translation><numerusform>สิ่งที่ทั้งสองหลักสูตรยังต้องการไม่พอดีกับ %n ภาคการศึกษาที่เหลือก่อนครบระยะเวลาศึกษา (ภาคสุดท้าย: %1) ตามภาระหน่วยกิตที่อนุญาต (%2)</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation>%1 จาก %2 หน่วยกิต</translation>
    </message>
    <message>
        <source>%1 %2 (%3) is not met: %4</source>
        <translation>%1 %2 (%3) ยังไม่ครบ: %4</translation>
    </message>
</context>
<context>
    <name>dd::PlanRunner</name>
    <message>
        <source>the programme %1 does not say in which years of study its students are at %2 (study.years in its rule file)</source>
        <translation>หลักสูตร %1 ไม่ได้ระบุว่านักศึกษาเรียนที่ %2 ในปีใด (study.years ในไฟล์เกณฑ์)</translation>
    </message>
    <message>
        <source>the %1 policy sets no credit load per term (load in its policy file)</source>
        <translation>นโยบายของ %1 ไม่ได้กำหนดภาระหน่วยกิตต่อภาค (load ในไฟล์นโยบาย)</translation>
    </message>
    <message>
        <source>year %1 of study is at both %2 and %3</source>
        <translation>ปีที่ %1 อยู่ทั้งที่ %2 และ %3</translation>
    </message>
    <message numerus="yes">
        <source>no term is left before the time limit of %n year(s) from the cohort's first (%1)</source>
        <translation><numerusform>ไม่เหลือภาคการศึกษาก่อนครบระยะเวลาศึกษา %n ปีนับจากปีแรกของรุ่น (%1)</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2): %3 is not in the %2 catalogue</source>
        <translation>%1 (%2): %3 ไม่อยู่ในรายวิชาของ %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 cannot be added, the term is under way</source>
        <translation>%1 (%2): เพิ่ม %3 ไม่ได้ ภาคการศึกษาเริ่มแล้ว</translation>
    </message>
    <message>
        <source>%1 (%2): %3 is not offered in semester %4 (offered in %5)</source>
        <translation>%1 (%2): %3 ไม่เปิดในภาคการศึกษาที่ %4 (เปิดใน %5)</translation>
    </message>
    <message>
        <source>every regular semester</source>
        <translation>ทุกภาคการศึกษาปกติ</translation>
    </message>
    <message>
        <source>%1 (%2): %3 is passed already</source>
        <translation>%1 (%2): %3 ผ่านแล้ว</translation>
    </message>
    <message>
        <source>%1 (%2): %3 credits, above the most a term may carry (%4)</source>
        <translation>%1 (%2): %3 หน่วยกิต เกินที่ภาคการศึกษาหนึ่งลงได้ (%4)</translation>
    </message>
    <message>
        <source>%1 (%2): %3 credits, below the least a regular term carries (%4)</source>
        <translation>%1 (%2): %3 หน่วยกิต ต่ำกว่าขั้นต่ำของภาคการศึกษาปกติ (%4)</translation>
    </message>
</context>
<context>
    <name>dd::PlanService</name>
    <message>
        <source>--assume: '%1' is not INSTITUTION=GRADE with one of %2</source>
        <translation>--assume: '%1' ไม่อยู่ในรูป สถาบัน=ผลการเรียน (สถาบันหนึ่งใน %2)</translation>
    </message>
    <message>
        <source>--assume: '%1' is not a passing graded mark at %2 (%3)</source>
        <translation>--assume: '%1' ไม่ใช่ผลการเรียนแบบมีระดับคะแนนที่ผ่านของ %2 (%3)</translation>
    </message>
    <message>
        <source>no %1 programme for catalogue year %2</source>
        <translation>ไม่มีหลักสูตรของ %1 สำหรับปีหลักสูตร %2</translation>
    </message>
    <message>
        <source>the %1 policy names no grade to assume (planning.assumed_grade): give --assume %1=GRADE</source>
        <translation>นโยบายของ %1 ไม่ได้กำหนดผลการเรียนที่สมมุติ (planning.assumed_grade): ให้ระบุ --assume %1=ผลการเรียน</translation>
    </message>
    <message>
        <source>--from: '%1' is not a term of either institution (for example %2)</source>
        <translation>--from: '%1' ไม่ใช่ภาคการศึกษาของสถาบันใด (เช่น %2)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> หรือ </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
</context>
<context>
    <name>dd::PlanView</name>
    <message>
        <source>Plan to both degrees</source>
        <translation>แผนสู่สองปริญญา</translation>
    </message>
    <message>
        <source>semester %1</source>
        <translation>ภาคการศึกษาที่ %1</translation>
    </message>
    <message>
        <source>summer term</source>
        <translation>ภาคฤดูร้อน</translation>
    </message>
    <message>
        <source>%1 %2 (%3, year %4)
%5 of at most %6 credits</source>
        <translation>%1 %2 (%3, ปีที่ %4)
%5 จากไม่เกิน %6 หน่วยกิต</translation>
    </message>
    <message>
        <source>Type a student's id and press Plan: the terms and courses that give both degrees soonest.</source>
        <translation>พิมพ์รหัสนักศึกษาแล้วกด วางแผน: ภาคการศึกษาและรายวิชาที่ได้ทั้งสองปริญญาเร็วที่สุด</translation>
    </message>
    <message>
        <source>%1 meets both programmes already.</source>
        <translation>%1 ผ่านเกณฑ์ทั้งสองหลักสูตรแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%1: both degrees after %2 — %3 credits in %n term(s).</source>
        <translation><numerusform>%1: ได้ทั้งสองปริญญาหลัง %2 — %3 หน่วยกิตใน %n ภาคการศึกษา</numerusform></translation>
    </message>
    <message>
        <source>%1: no plan gives both degrees before the time limit as it stands.</source>
        <translation>%1: ตามสภาพปัจจุบันไม่มีแผนที่ได้ทั้งสองปริญญาก่อนครบระยะเวลาศึกษา</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 หน่วยกิต</translation>
    </message>
    <message>
        <source>%1 credits · %2</source>
        <translation>%1 หน่วยกิต · %2</translation>
    </message>
    <message>
        <source>In progress: the term is under way</source>
        <translation>กำลังเรียน: ภาคการศึกษาเริ่มแล้ว</translation>
    </message>
    <message>
        <source>Drag to another %1 term to move it</source>
        <translation>ลากไปภาคการศึกษาอื่นของ %1 เพื่อย้าย</translation>
    </message>
    <message>
        <source>%1 at %2 needed by %3 (%4)</source>
        <translation>%1 ของ %2 ต้องมีภายใน %3 (%4)</translation>
    </message>
    <message>
        <source>Every term within its load, every course offered when planned, both programmes met.</source>
        <translation>ทุกภาคการศึกษาอยู่ในภาระหน่วยกิต ทุกวิชาเปิดในภาคที่วางแผน ผ่านเกณฑ์ทั้งสองหลักสูตร</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>ภาคการศึกษา</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>รายวิชา</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อวิชา</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>หน่วยกิต</translation>
    </message>
    <message>
        <source>Requirements filled</source>
        <translation>เกณฑ์ที่ได้</translation>
    </message>
</context>
<context>
    <name>dd::PolicyRepository</name>
    <message>
        <source>cannot store %1 policy %2: %3</source>
        <translation>บันทึกระเบียบ %1 %2 ไม่ได้: %3</translation>
    </message>
</context>
<context>
    <name>dd::ProgrammeRepository</name>
    <message>
        <source>cannot store programme %1: %2</source>
        <translation>บันทึกหลักสูตร %1 ไม่ได้: %2</translation>
    </message>
</context>
<context>
    <name>dd::ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Graduation list</source>
        <translation>รายชื่อผู้สำเร็จการศึกษา</translation>
    </message>
    <message>
        <source>Degree-committee list</source>
        <translation>รายชื่อผู้สมควรได้รับปริญญา</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>สมุดงาน Excel</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>the institution's committee or graduation office</source>
        <translation>คณะกรรมการหรือสำนักงานสำเร็จการศึกษาของสถาบัน</translation>
    </message>
    <message>
        <source>the list of the cohort</source>
        <translation>รายชื่อของทั้งรุ่น</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>รายชื่อ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>สถาบัน(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>รูปแบบ(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>ผู้รับ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>วัตถุประสงค์(&amp;P):</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>แสดง(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>บันทึก(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 students, %2 eligible, %3 not eligible.</source>
        <translation>นักศึกษา %1 คน มีคุณสมบัติ %2 คน ไม่มีคุณสมบัติ %3 คน</translation>
    </message>
    <message>
        <source>The list was not written: %1</source>
        <translation>ไม่ได้เขียนรายชื่อ: %1</translation>
    </message>
    <message>
        <source>%1 written: %2 students, %3 eligible; recorded in the disclosure log.</source>
        <translation>เขียน %1 แล้ว: นักศึกษา %2 คน มีคุณสมบัติ %3 คน; บันทึกในทะเบียนการเปิดเผยข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>Save the List</source>
        <translation>บันทึกรายชื่อ</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>รหัสนักศึกษาโครงการ</translation>
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
        <source>Native name</source>
        <translation>ชื่อภาษาเดิม</translation>
    </message>
    <message>
        <source>GPA</source>
        <translation>GPA</translation>
    </message>
    <message>
        <source>Credits earned</source>
        <translation>หน่วยกิตที่ได้</translation>
    </message>
    <message>
        <source>Credits required</source>
        <translation>หน่วยกิตตามหลักสูตร</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>สำเร็จการศึกษา</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>ปริญญา</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>เกียรตินิยม</translation>
    </message>
    <message>
        <source>HSK</source>
        <translation>HSK</translation>
    </message>
    <message>
        <source>Requirements not met</source>
        <translation>ข้อกำหนดที่ยังไม่ครบ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>รุ่น(&amp;O):</translation>
    </message>
    <message>
        <source>Plans to both degrees</source>
        <translation>แผนสู่สองปริญญา</translation>
    </message>
    <message>
        <source>Planning cohort %1…</source>
        <translation>กำลังวางแผนรุ่น %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>met already</source>
        <translation>ผ่านแล้ว</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>ตามกำหนด</translation>
    </message>
    <message>
        <source>on time with a summer term</source>
        <translation>ตามกำหนด (ต้องเรียนภาคฤดูร้อน)</translation>
    </message>
    <message>
        <source>late</source>
        <translation>ล่าช้า</translation>
    </message>
    <message>
        <source>cannot</source>
        <translation>ไม่ได้</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผล</translation>
    </message>
    <message>
        <source>Both degrees after</source>
        <translation>ได้สองปริญญาหลัง</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>จำนวนภาค</translation>
    </message>
    <message>
        <source>Summer terms</source>
        <translation>ภาคฤดูร้อน</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>หน่วยกิต</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>ผลการประเมินนอกรายวิชา</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>เหตุที่ไม่ได้</translation>
    </message>
    <message>
        <source>%1 students: %2 met already, %3 on time, %4 with a summer term, %5 late, %6 cannot.</source>
        <translation>นักศึกษา %1 คน: ผ่านแล้ว %2 ตามกำหนด %3 ต้องเรียนภาคฤดูร้อน %4 ล่าช้า %5 ไม่ได้ %6</translation>
    </message>
    <message>
        <source>%1 written: plans of %2 students; recorded in the disclosure log.</source>
        <translation>บันทึก %1 แล้ว: แผนของนักศึกษา %2 คน บันทึกในบันทึกการเปิดเผยข้อมูลแล้ว</translation>
    </message>
</context>
<context>
    <name>dd::ResultRepository</name>
    <message>
        <source>cannot record the result of %1 in %2 %3: %4</source>
        <translation>บันทึกผลการเรียนของ %1 ใน %2 %3 ไม่ได้: %4</translation>
    </message>
    <message>
        <source>cannot record the result of %1 in %2 %3 (%4): unknown student, course or term</source>
        <translation>บันทึกผลการเรียนของ %1 ใน %2 %3 (%4) ไม่ได้: ไม่รู้จักนักศึกษา รายวิชา หรือภาคการศึกษา</translation>
    </message>
    <message>
        <source>a grade change needs a reason</source>
        <translation>การเปลี่ยนเกรดต้องมีเหตุผล</translation>
    </message>
</context>
<context>
    <name>dd::ResultsEntryView</name>
    <message numerus="yes">
        <source>Save %n mark(s)</source>
        <translation><numerusform>บันทึกผลการเรียน %n รายการ</numerusform></translation>
    </message>
    <message>
        <source>%1: “%2” is not accepted — %3</source>
        <translation>%1: “%2” ใช้ไม่ได้ — %3</translation>
    </message>
    <message>
        <source>Pass/fail course: type the institution's pass or fail mark (CQUPT P/F, RUTS S/U); empty = in progress.</source>
        <translation>วิชาผ่าน/ไม่ผ่าน: พิมพ์ผลผ่านหรือไม่ผ่านของสถาบัน (CQUPT P/F, RUTS S/U) ว่าง = กำลังเรียน</translation>
    </message>
    <message>
        <source>Type marks 0–100 or a five-level word (优秀, 良好, 中等, 及格, 不及格); empty = in progress.</source>
        <translation>พิมพ์คะแนน 0–100 หรือระดับห้าขั้น (优秀, 良好, 中等, 及格, 不及格) ว่าง = กำลังเรียน</translation>
    </message>
    <message>
        <source>Type letters A, B+, B, C+, C, D+, D, F, or W, I; empty = in progress.</source>
        <translation>พิมพ์ระดับคะแนน A, B+, B, C+, C, D+, D, F หรือ W, I ว่าง = กำลังเรียน</translation>
    </message>
    <message>
        <source>Choose a student first; each kind of attempt is added once per term.</source>
        <translation>โปรดเลือกนักศึกษาก่อน แต่ละประเภทเพิ่มได้ครั้งเดียวต่อภาคการศึกษา</translation>
    </message>
    <message>
        <source>Grade Change</source>
        <translation>แก้ไขผลการเรียน</translation>
    </message>
    <message>
        <source>Some recorded marks change. Reason for the grade change (required):</source>
        <translation>ผลการเรียนที่บันทึกแล้วบางรายการจะเปลี่ยน เหตุผลของการแก้ไข (จำเป็น):</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>มีผู้อื่นแก้ไขแล้ว</translation>
    </message>
    <message>
        <source>The %1 result of %2 was changed after you opened this sheet.

Your mark: %3
Recorded now: %4 (by %5)

Nothing was saved; your marks are still in the sheet. Press Discard changes to see the sheet as it is now.</source>
        <translation>ผล%1ของ %2 ถูกแก้ไขหลังจากที่ท่านเปิดใบบันทึกนี้

ผลที่ท่านพิมพ์: %3
ที่บันทึกอยู่ตอนนี้: %4 (โดย %5)

ยังไม่ได้บันทึกอะไร ผลที่ท่านพิมพ์ยังอยู่ในใบบันทึก กด ยกเลิกการแก้ไข เพื่อดูข้อมูลปัจจุบัน</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>กำลังเรียน</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>ผลการเรียน</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) saved.</source>
        <translation><numerusform>บันทึกผลการเรียน %n รายการแล้ว</numerusform></translation>
    </message>
    <message>
        <source>showing another sheet</source>
        <translation>แสดงตารางผลการเรียนอื่น</translation>
    </message>
    <message numerus="yes">
        <source>Save %n &amp;mark(s)</source>
        <translation><numerusform>บันทึกผลการเรียน %n รายการ(&amp;M)</numerusform></translation>
    </message>
    <message>
        <source>Save &amp;marks</source>
        <translation>บันทึกผลการเรียน(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%n typed mark(s) of %1 %2 (%3)</source>
        <translation><numerusform>ผลการเรียนที่ป้อนไว้ %n รายการของ %1 %2 (%3)</numerusform></translation>
    </message>
    <message>
        <source>The marks cannot be read: %1</source>
        <translation>อ่านคะแนนไม่ได้: %1</translation>
    </message>
    <message>
        <source>(name cannot be read: %1)</source>
        <translation>(อ่านชื่อไม่ได้: %1)</translation>
    </message>
    <message>
        <source>The sheet cannot be read: %1</source>
        <translation>อ่านใบบันทึกผลการเรียนไม่ได้: %1</translation>
    </message>
    <message>
        <source>Mark sheet</source>
        <translation>ใบบันทึกผลการเรียน</translation>
    </message>
</context>
<context>
    <name>dd::RoleNote</name>
    <message>
        <source>Not available to you: %1.</source>
        <translation>ท่านใช้ไม่ได้: %1</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>CQUPT registrar</source>
        <translation>นายทะเบียน CQUPT</translation>
    </message>
    <message>
        <source>RUTS coordinator</source>
        <translation>ผู้ประสานงานหลักสูตร มทร.ศรีวิชัย</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>ผู้ดูข้อมูล</translation>
    </message>
    <message>
        <source>this database is open read-only: its folder, the file or the disk cannot be written here</source>
        <translation>ฐานข้อมูลนี้เปิดแบบอ่านอย่างเดียว: เขียนโฟลเดอร์ ไฟล์ หรือดิสก์ที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>this database takes no changes until an administrator restores its newest backup or adopts it as it is (File › Adopt Database As It Is…)</source>
        <translation>ฐานข้อมูลนี้ไม่รับการเปลี่ยนแปลงจนกว่าผู้ดูแลระบบจะกู้คืนสำเนาสำรองล่าสุดหรือรับตามสภาพปัจจุบัน (ไฟล์ › รับฐานข้อมูลตามสภาพปัจจุบัน…)</translation>
    </message>
</context>
<context>
    <name>dd::SaveRecordCommand</name>
    <message>
        <source>%1 — yours: “%2”, saved meanwhile: “%3”</source>
        <translation>%1 — ของท่าน: “%2” ที่บันทึกไปแล้ว: “%3”</translation>
    </message>
</context>
<context>
    <name>dd::SchemaMigrator</name>
    <message>
        <source>%1 is not a DualDegree database (%2); it was left untouched</source>
        <translation>%1 ไม่ใช่ฐานข้อมูล DualDegree (%2) จึงไม่ได้แตะต้อง</translation>
    </message>
    <message>
        <source>%1 is %2 database of another application, not a DualDegree database; it was left untouched</source>
        <translation>%1 เป็นฐานข้อมูล %2 ของโปรแกรมอื่น ไม่ใช่ฐานข้อมูล DualDegree จึงไม่ได้แตะต้อง</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of DualDegree (schema %2; this version reads up to %3); it was left untouched</source>
        <translation>%1 ถูกเขียนโดย DualDegree รุ่นที่ใหม่กว่า (โครงสร้าง %2 รุ่นนี้อ่านได้ถึง %3) จึงไม่ได้แตะต้อง</translation>
    </message>
    <message>
        <source>not upgrading %1: the backup before the upgrade failed: %2</source>
        <translation>ไม่ได้ปรับรุ่น %1: การสำรองข้อมูลก่อนปรับรุ่นล้มเหลว: %2</translation>
    </message>
    <message>
        <source>internal error: migration %1 does not follow %2</source>
        <translation>ข้อผิดพลาดภายใน: ขั้นปรับโครงสร้าง %1 ไม่ได้ต่อจาก %2</translation>
    </message>
    <message>
        <source>upgrading %1 to schema %2 (%3) failed, nothing was changed: %4</source>
        <translation>การปรับรุ่น %1 เป็นโครงสร้าง %2 (%3) ล้มเหลว ไม่มีสิ่งใดเปลี่ยน: %4</translation>
    </message>
    <message>
        <source>upgrading %1 failed, nothing was changed: %2</source>
        <translation>การปรับรุ่น %1 ล้มเหลว ไม่มีสิ่งใดเปลี่ยน: %2</translation>
    </message>
</context>
<context>
    <name>dd::Sql</name>
    <message>
        <source>the connection to the database server was lost, so this was not saved (%1); the next step connects again</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ฐานข้อมูลขาดหาย จึงไม่ได้บันทึก (%1) ขั้นตอนถัดไปจะเชื่อมต่อใหม่</translation>
    </message>
    <message>
        <source>another user's save crossed this one, so this was not saved; try again (%1)</source>
        <translation>การบันทึกของผู้ใช้อื่นซ้อนกับครั้งนี้ จึงไม่ได้บันทึก ลองใหม่ (%1)</translation>
    </message>
    <message>
        <source>could not prepare a statement: %1</source>
        <translation>เตรียมคำสั่งไม่ได้: %1</translation>
    </message>
    <message>
        <source>the %1 row was changed or deleted by someone else since it was read; reload it and try again</source>
        <translation>แถว %1 ถูกผู้อื่นแก้ไขหรือลบหลังจากที่อ่านมา ให้โหลดใหม่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>the %1 row was changed or deleted by someone else since it was read</source>
        <translation>แถว %1 ถูกผู้อื่นแก้ไขหรือลบหลังจากที่อ่านมา</translation>
    </message>
    <message>
        <source>cannot add rows to %1: %2</source>
        <translation>เพิ่มแถวใน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>the text “%1” %2; nothing was saved</source>
        <translation>ข้อความ “%1” %2 จึงไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>the database is read-only here (its folder, the file or the disk cannot be written): nothing was saved</source>
        <translation>ฐานข้อมูลเป็นแบบอ่านอย่างเดียวที่นี่ (เขียนโฟลเดอร์ ไฟล์ หรือดิสก์ไม่ได้): จึงไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>this database may not be changed until an administrator restores its newest backup or adopts it as it is (see 'log verify'): nothing was saved</source>
        <translation>ฐานข้อมูลนี้แก้ไขไม่ได้จนกว่าผู้ดูแลระบบจะกู้คืนสำเนาสำรองล่าสุดหรือรับตามสภาพปัจจุบัน (ดู 'log verify'): ไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>the disk is full: nothing was saved</source>
        <translation>ดิสก์เต็ม: ไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>the database file has reached the largest size this program may write (a file size limit): nothing was saved</source>
        <translation>ไฟล์ฐานข้อมูลมีขนาดถึงขีดสูงสุดที่โปรแกรมนี้เขียนได้ (ขีดจำกัดขนาดไฟล์): ไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>the disk has become read-only: nothing was saved</source>
        <translation>ดิสก์กลายเป็นแบบอ่านอย่างเดียว: ไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>the disk failed while writing (removed, or failing): nothing was saved</source>
        <translation>ดิสก์ขัดข้องระหว่างเขียน (ถูกถอดออกหรือกำลังเสีย): ไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>the disk could not be written (%1): nothing was saved</source>
        <translation>เขียนดิสก์ไม่ได้ (%1): ไม่ได้บันทึกสิ่งใด</translation>
    </message>
</context>
<context>
    <name>dd::StudentChecks</name>
    <message>
        <source>is required</source>
        <translation>ต้องกรอก</translation>
    </message>
    <message>
        <source>could not be checked against other students: %1</source>
        <translation>ตรวจสอบกับนักศึกษาคนอื่นไม่ได้: %1</translation>
    </message>
    <message>
        <source>%1 belongs to student %2 already</source>
        <translation>%1 เป็นของนักศึกษา %2 แล้ว</translation>
    </message>
    <message>
        <source>%1 is not a plausible date of birth</source>
        <translation>%1 ไม่ใช่วันเกิดที่เป็นไปได้</translation>
    </message>
    <message>
        <source>belongs to student %1 already</source>
        <translation>เป็นของนักศึกษา %1 แล้ว</translation>
    </message>
    <message>
        <source>'%1' is not a status (expected %2)</source>
        <translation>'%1' ไม่ใช่สถานะ (ต้องเป็น %2)</translation>
    </message>
</context>
<context>
    <name>dd::StudentDialog</name>
    <message>
        <source>Edit student %1</source>
        <translation>แก้ไขนักศึกษา %1</translation>
    </message>
    <message>
        <source>Add student %1</source>
        <translation>เพิ่มนักศึกษา %1</translation>
    </message>
    <message>
        <source>New Student</source>
        <translation>นักศึกษาใหม่</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>นักศึกษา %1</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 มีอยู่แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation><numerusform>มี %n ช่องที่ต้องแก้ไข ยังไม่ได้บันทึก</numerusform></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>มีผู้อื่นแก้ไขแล้ว</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it. Nothing was saved; your input is kept. Save again to replace what is stored now.

%2</source>
        <translation>%1 ถูกผู้อื่นแก้ไขหลังจากที่ท่านเปิด ยังไม่ได้บันทึก ข้อมูลที่ท่านพิมพ์ยังอยู่ บันทึกอีกครั้งเพื่อแทนที่ข้อมูลปัจจุบัน

%2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Institution / term / course</source>
        <translation>สถาบัน / ภาคการศึกษา / รายวิชา</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>ผลการเรียน</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>ประเภทการลงทะเบียน</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>กำลังเรียน</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>สถาบันที่รับโอน</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>วิชาปลายทาง</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>ระดับคะแนน</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>หน่วยกิต</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>คะแนน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): GPA %3, %4 of %5 credits; graduation %6, degree %7%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): GPA %3, %4 จาก %5 หน่วยกิต; การสำเร็จการศึกษา: %6, การได้รับปริญญา: %7%8</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>ผ่านเกณฑ์</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ยังไม่ผ่านเกณฑ์</translation>
    </message>
    <message>
        <source>, honours: %1</source>
        <translation>, เกียรตินิยม: %1</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>วันเวลา (UTC)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>รายวิชา</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>ภาคการศึกษา</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>เดิม</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>ประวัติ (%1)</translation>
    </message>
    <message>
        <source>result %1</source>
        <translation>ผลการเรียน %1</translation>
    </message>
    <message>
        <source>transfer into %1</source>
        <translation>เทียบโอนเข้า %1</translation>
    </message>
    <message>
        <source>exception: %1 %2</source>
        <translation>ข้อยกเว้น: %1 %2</translation>
    </message>
    <message>
        <source>milestone %1</source>
        <translation>ผลการประเมินนอกรายวิชา %1</translation>
    </message>
    <message>
        <source>student record</source>
        <translation>ระเบียนนักศึกษา</translation>
    </message>
    <message>
        <source>added</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>as found when the log began</source>
        <translation>สภาพเมื่อเริ่มบันทึก</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Log row</source>
        <translation>ลำดับบันทึก</translation>
    </message>
    <message>
        <source>the new student</source>
        <translation>นักศึกษาใหม่</translation>
    </message>
    <message>
        <source>By</source>
        <comment>changed by</comment>
        <translation>ผู้แก้ไข</translation>
    </message>
    <message>
        <source>changes to %1</source>
        <translation>การแก้ไข %1</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>อ่านประวัติไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>dd::StudentListModel</name>
    <message>
        <source>Student ID</source>
        <translation>รหัสนักศึกษาโครงการ</translation>
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
        <translation>ชื่อ-สกุล (中文 / ไทย)</translation>
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
        <translation>ลาออก</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>สำเร็จการศึกษา</translation>
    </message>
</context>
<context>
    <name>dd::StudentRepository</name>
    <message>
        <source>cannot add student %1: %2</source>
        <translation>เพิ่มนักศึกษา %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot add the students: %1</source>
        <translation>เพิ่มนักศึกษาไม่ได้: %1</translation>
    </message>
    <message>
        <source>cannot save student %1: %2</source>
        <translation>บันทึกนักศึกษา %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot delete student %1: %2 results, %3 transfers, %4 exceptions, %5 milestones and %6 transcripts refer to it</source>
        <translation>ลบนักศึกษา %1 ไม่ได้: มีผลการเรียน %2 รายการ การเทียบโอน %3 รายการ ข้อยกเว้น %4 รายการ เกณฑ์สำคัญ %5 รายการ และใบแสดงผลการเรียน %6 ฉบับอ้างถึง</translation>
    </message>
    <message>
        <source>cannot delete student %1: %2</source>
        <translation>ลบนักศึกษา %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>no students in cohort %1</source>
        <translation>ไม่มีนักศึกษาในรุ่น %1</translation>
    </message>
</context>
<context>
    <name>dd::StudentsView</name>
    <message>
        <source>Reading the students failed</source>
        <translation>อ่านรายชื่อนักศึกษาไม่สำเร็จ</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>ทุกรุ่น</translation>
    </message>
    <message>
        <source>Loading the cohorts failed</source>
        <translation>โหลดรายการรุ่นไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>ค้นหาไม่สำเร็จ</translation>
    </message>
    <message>
        <source>No such student</source>
        <translation>ไม่มีนักศึกษานี้</translation>
    </message>
    <message>
        <source>Delete student</source>
        <translation>ลบนักศึกษา</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 results, %3 transfers, %4 exceptions, %5 milestones and %6 transcripts refer to the student. A student who has left keeps the record: set the status instead.</source>
        <translation>ไม่สามารถลบ %1 ได้: มีผลการเรียน %2 รายการ การเทียบโอน %3 รายการ ข้อยกเว้น %4 รายการ ผลการประเมินนอกรายวิชา %5 รายการ และใบแสดงผลการศึกษา %6 ฉบับอ้างถึงนักศึกษานี้ นักศึกษาที่ออกไปแล้วยังคงเก็บประวัติไว้: ให้เปลี่ยนสถานะแทน</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Edit › Undo brings it back.</source>
        <translation>ลบ %1 (%2) หรือไม่? แก้ไข › เลิกทำ จะนำกลับมา</translation>
    </message>
    <message>
        <source>Delete student %1</source>
        <translation>ลบนักศึกษา %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>ลบ %1 แล้ว</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>นักศึกษา</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>นักศึกษา</translation>
    </message>
</context>
<context>
    <name>dd::TableFile</name>
    <message>
        <source>%1: name the file .csv or .xlsx, which says what it will be</source>
        <translation>%1: ตั้งชื่อไฟล์ลงท้ายด้วย .csv หรือ .xlsx ซึ่งบอกรูปแบบของไฟล์</translation>
    </message>
    <message>
        <source>cannot make the workbook in a temporary folder</source>
        <translation>สร้างสมุดงานในโฟลเดอร์ชั่วคราวไม่ได้</translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation>เขียนสมุดงานไม่ได้: %1</translation>
    </message>
    <message>
        <source>the workbook could not be read back: %1</source>
        <translation>อ่านสมุดงานกลับไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>dd::TableTools</name>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>คัดลอกแถว(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;Selection…</source>
        <translation>ส่งออกรายการที่เลือก(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export the List…</source>
        <translation>ส่งออกทั้งรายการ(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print Preview…</source>
        <translation>ดูตัวอย่างก่อนพิมพ์(&amp;P)…</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>ไม่ได้เปิดฐานข้อมูล</translation>
    </message>
    <message>
        <source>show the student column before exporting: the disclosure log names the students a file carries</source>
        <translation>แสดงคอลัมน์รหัสนักศึกษาก่อนส่งออก: ทะเบียนการเปิดเผยข้อมูลต้องระบุนักศึกษาที่อยู่ในไฟล์</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>ส่งออกข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>The list names students. It leaves only for a named recipient and purpose, which the disclosure log records with the file.</source>
        <translation>รายการนี้ระบุชื่อนักศึกษา จะส่งออกได้เฉพาะเมื่อระบุผู้รับและวัตถุประสงค์ ซึ่งทะเบียนการเปิดเผยข้อมูลบันทึกไว้พร้อมไฟล์</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>ผู้รับ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>วัตถุประสงค์(&amp;P):</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>สมุดงาน Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>ไม่ได้ส่งออกสิ่งใด: %1</translation>
    </message>
</context>
<context>
    <name>dd::TermRepository</name>
    <message>
        <source>cannot add term %1 %2: %3</source>
        <translation>เพิ่มภาคการศึกษา %1 %2 ไม่ได้: %3</translation>
    </message>
</context>
<context>
    <name>dd::TextEncoding</name>
    <message>
        <source>the file says it is UTF-16 but is not: an odd number of bytes or a broken pair</source>
        <translation>ไฟล์ระบุว่าเป็น UTF-16 แต่ไม่ใช่: จำนวนไบต์เป็นเลขคี่หรือคู่อักขระขาด</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>ไฟล์ไม่ใช่ UTF-8 ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>the file has no UTF-16 byte-order mark (Excel's "Unicode text" has one)</source>
        <translation>ไฟล์ไม่มีเครื่องหมายลำดับไบต์ของ UTF-16 ("Unicode text" ของ Excel มี)</translation>
    </message>
    <message>
        <source>unknown encoding '%1' (expected %2)</source>
        <translation>ไม่รู้จักการเข้ารหัส '%1' (ควรเป็น %2)</translation>
    </message>
    <message>
        <source>this system cannot read %1 (iconv)</source>
        <translation>ระบบนี้อ่าน %1 ไม่ได้ (iconv)</translation>
    </message>
    <message>
        <source>the file ends inside a %1 character</source>
        <translation>ไฟล์จบกลางอักขระ %1</translation>
    </message>
    <message>
        <source>line %1: byte 0x%2 is not %3</source>
        <translation>บรรทัด %1: ไบต์ 0x%2 ไม่ใช่ %3</translation>
    </message>
</context>
<context>
    <name>dd::Transaction</name>
    <message>
        <source>internal error: commit without a transaction</source>
        <translation>ข้อผิดพลาดภายใน: ยืนยันโดยไม่มีธุรกรรม</translation>
    </message>
</context>
<context>
    <name>dd::TranscriptIssueRepository</name>
    <message>
        <source>cannot record the transcript of %1: %2</source>
        <translation>บันทึกใบแสดงผลการเรียนของ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot record the transcript of %1: unknown student</source>
        <translation>บันทึกใบแสดงผลการเรียนของ %1 ไม่ได้: ไม่รู้จักนักศึกษา</translation>
    </message>
</context>
<context>
    <name>dd::TranscriptService</name>
    <message>
        <source>unknown institution '%1'</source>
        <translation>ไม่รู้จักสถาบัน '%1'</translation>
    </message>
    <message>
        <source>%1 transcripts are written in %2, not '%3'</source>
        <translation>ใบแสดงผลการเรียนของ %1 เขียนเป็น %2 ไม่ใช่ '%3'</translation>
    </message>
    <message>
        <source>unknown student '%1'</source>
        <translation>ไม่รู้จักนักศึกษา '%1'</translation>
    </message>
    <message>
        <source>programme %1 is not stored</source>
        <translation>ไม่มีหลักสูตร %1 ในฐานข้อมูล</translation>
    </message>
</context>
<context>
    <name>dd::TranscriptSigning</name>
    <message>
        <source>%1 (or tick Unsigned)</source>
        <translation>%1 (หรือเลือก ไม่ลงนาม)</translation>
    </message>
    <message>
        <source>No signing key: issued unsigned</source>
        <translation>ไม่มีกุญแจลงนาม: ออกแบบไม่ลงนาม</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>ลงนามไม่ได้: %1</translation>
    </message>
    <message>
        <source>Signs as %1</source>
        <translation>ลงนามในนาม %1</translation>
    </message>
    <message numerus="yes">
        <source>(certificate ends in %n day(s))</source>
        <translation><numerusform>(ใบรับรองหมดอายุใน %n วัน)</numerusform></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>ไม่สามารถอ่าน %1: %2</translation>
    </message>
    <message>
        <source>Cannot read a certificate from %1</source>
        <translation>อ่านใบรับรองจาก %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Genuine: signed by %1.</source>
        <translation>ของจริง: ลงนามโดย %1</translation>
    </message>
    <message>
        <source>Not genuine: %1</source>
        <translation>ไม่ใช่ของจริง: %1</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>ตรวจสอบไม่ได้: %1</translation>
    </message>
    <message>
        <source>Verify a signed transcript</source>
        <translation>ตรวจใบแสดงผลการศึกษาที่ลงนามแล้ว</translation>
    </message>
</context>
<context>
    <name>dd::TranscriptsView</name>
    <message>
        <source>Issue transcript</source>
        <translation>ออกใบแสดงผลการศึกษา</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>เอกสาร PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print transcript</source>
        <translation>พิมพ์ใบแสดงผลการศึกษา</translation>
    </message>
    <message>
        <source>Folder for the transcripts of %1</source>
        <translation>โฟลเดอร์สำหรับใบแสดงผลการศึกษารุ่น %1</translation>
    </message>
    <message>
        <source>Verify a &amp;file…</source>
        <translation>ตรวจสอบแฟ้ม(&amp;F)…</translation>
    </message>
    <message>
        <source>Verify transcript</source>
        <translation>ตรวจสอบใบแสดงผลการศึกษา</translation>
    </message>
    <message>
        <source>Verify a &amp;code…</source>
        <translation>ตรวจสอบรหัส(&amp;C)…</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>รหัสตรวจสอบ:</translation>
    </message>
    <message>
        <source>No student %1.</source>
        <translation>ไม่มีนักศึกษา %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
    <message>
        <source>English + 中文</source>
        <translation>อังกฤษ + 中文</translation>
    </message>
    <message>
        <source>English + ไทย</source>
        <translation>อังกฤษ + ไทย</translation>
    </message>
    <message>
        <source>English</source>
        <translation>อังกฤษ</translation>
    </message>
    <message>
        <source>Cohort %1</source>
        <translation>รุ่น %1</translation>
    </message>
    <message>
        <source>No transcript of %1 at %2: %3</source>
        <translation>ไม่สามารถจัดทำใบแสดงผลการศึกษาของ %1 ที่ %2: %3</translation>
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation>ออกเมื่อ (UTC)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>สถาบัน</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ผู้ออก</translation>
    </message>
    <message>
        <source>Not issued: %1</source>
        <translation>ไม่ได้ออกเอกสาร: %1</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>ไม่ได้พิมพ์: %1</translation>
    </message>
    <message>
        <source>Printed with verification code %1.</source>
        <translation>พิมพ์แล้ว รหัสตรวจสอบ %1</translation>
    </message>
    <message>
        <source>Issuing the transcripts of cohort %1…</source>
        <translation>กำลังออกใบแสดงผลการศึกษารุ่น %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Issue cohort</source>
        <translation>ออกทั้งรุ่น</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 transcripts of cohort %3 issued into %4.</source>
        <translation>ยกเลิกแล้ว: ออกใบแสดงผลการศึกษารุ่น %3 แล้ว %1 จาก %2 ฉบับ ลงใน %4</translation>
    </message>
    <message>
        <source>%1 of %2 transcripts of cohort %3 issued into %4.</source>
        <translation>ออกใบแสดงผลการศึกษารุ่น %3 แล้ว %1 จาก %2 ฉบับ ลงใน %4</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>ไม่สามารถอ่าน %1: %2</translation>
    </message>
    <message>
        <source>Genuine and current.</source>
        <translation>เป็นเอกสารจริงและตรงกับระเบียนปัจจุบัน</translation>
    </message>
    <message>
        <source>Genuine, but the record has changed since it was issued.</source>
        <translation>เป็นเอกสารจริง แต่ระเบียนเปลี่ยนไปหลังจากออกเอกสาร</translation>
    </message>
    <message>
        <source>Not genuine.</source>
        <translation>ไม่ใช่เอกสารจริง</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>verification code</comment>
        <translation>รหัสตรวจสอบ</translation>
    </message>
    <message>
        <source>Issue the transcripts of cohort %1</source>
        <translation>ออกใบแสดงผลการศึกษาของรุ่น %1</translation>
    </message>
    <message>
        <source>Every transcript of the cohort is recorded as issued to this recipient for this purpose.</source>
        <translation>ใบแสดงผลการศึกษาทุกฉบับของรุ่นจะลงทะเบียนว่าออกให้ผู้รับนี้เพื่อวัตถุประสงค์นี้</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>ถึง(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>วัตถุประสงค์(&amp;P):</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>ใบแสดงผลการศึกษา</translation>
    </message>
    <message>
        <source>The cohorts cannot be read: %1</source>
        <translation>อ่านรายการรุ่นไม่ได้: %1</translation>
    </message>
    <message>
        <source>The transcripts issued to %1 cannot be read: %2</source>
        <translation>อ่านใบแสดงผลการเรียนที่ออกให้ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Verify a file &amp;offline (signature, no database)…</source>
        <translation>ตรวจไฟล์แบบออฟไลน์(&amp;O) (ลายมือชื่อ ไม่ใช้ฐานข้อมูล)…</translation>
    </message>
    <message>
        <source>Verify a signed transcript</source>
        <translation>ตรวจใบแสดงผลการศึกษาที่ลงนามแล้ว</translation>
    </message>
    <message>
        <source>The certificate authority to trust</source>
        <translation>ผู้ออกใบรับรองที่จะเชื่อถือ</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>ใบรับรอง (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>ลงนาม</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>ไม่ได้ลงนาม</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>ลงนามแล้ว</translation>
    </message>
    <message>
        <source>Signed by the certificate with SHA-256 %1</source>
        <translation>ลงนามด้วยใบรับรองที่มี SHA-256 %1</translation>
    </message>
    <message>
        <source>Issued %1 with verification code %2, not signed.</source>
        <translation>ออก %1 แล้ว รหัสตรวจสอบ %2 ไม่ได้ลงนาม</translation>
    </message>
    <message>
        <source>Issued %1 with verification code %2, signed.</source>
        <translation>ออก %1 แล้ว รหัสตรวจสอบ %2 ลงนามแล้ว</translation>
    </message>
</context>
<context>
    <name>dd::TransferCreditRepository</name>
    <message>
        <source>cannot record the transfer for %1: %2</source>
        <translation>บันทึกการเทียบโอนของ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>cannot record the transfer for %1: unknown student</source>
        <translation>บันทึกการเทียบโอนของ %1 ไม่ได้: ไม่รู้จักนักศึกษา</translation>
    </message>
    <message>
        <source>reversing a transfer needs a reason</source>
        <translation>การยกเลิกการเทียบโอนต้องมีเหตุผล</translation>
    </message>
    <message>
        <source>transfer %1 is already reversed</source>
        <translation>การเทียบโอน %1 ถูกยกเลิกไปแล้ว</translation>
    </message>
</context>
<context>
    <name>dd::TransferPlanModel</name>
    <message>
        <source>a source course is missing</source>
        <translation>ยังขาดวิชาต้นทาง</translation>
    </message>
    <message>
        <source>a source course is in progress</source>
        <translation>วิชาต้นทางยังเรียนอยู่</translation>
    </message>
    <message>
        <source>the source result is already used</source>
        <translation>ผลการเรียนนี้ใช้เทียบโอนแล้ว</translation>
    </message>
    <message>
        <source>the grade does not transfer</source>
        <translation>ผลการเรียนนี้เทียบโอนไม่ได้</translation>
    </message>
    <message>
        <source>grade too low</source>
        <translation>ระดับคะแนนต่ำเกินไป</translation>
    </message>
    <message>
        <source>too old</source>
        <translation>เกินระยะเวลา</translation>
    </message>
    <message>
        <source>credit shortfall</source>
        <translation>หน่วยกิตไม่พอ</translation>
    </message>
    <message>
        <source>target course already passed</source>
        <translation>ผ่านวิชาปลายทางแล้ว</translation>
    </message>
    <message>
        <source>over the transfer cap</source>
        <translation>เกินจำนวนหน่วยกิตเทียบโอนสูงสุด</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>อนุญาต</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ไม่อนุญาต</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>กำลังเรียน</translation>
    </message>
    <message>
        <source>equivalency version %1</source>
        <translation>การเทียบรายวิชาฉบับที่ %1</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source> (block)</source>
        <translation> (กลุ่ม)</translation>
    </message>
    <message>
        <source>version %1, by %2</source>
        <translation>ฉบับที่ %1 โดย %2</translation>
    </message>
    <message>
        <source>reversed by %1: %2</source>
        <translation>ยกเลิกโดย %1: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Source (term, mark)</source>
        <translation>วิชาต้นทาง (ภาคการศึกษา, ผลการเรียน)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>วิชาปลายทาง</translation>
    </message>
    <message>
        <source>Converted grade</source>
        <translation>ระดับคะแนนที่เทียบ</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>หน่วยกิต</translation>
    </message>
    <message>
        <source>Conversion table</source>
        <translation>ตารางเทียบ</translation>
    </message>
    <message>
        <source>Reason / decision</source>
        <translation>เหตุผล / การพิจารณา</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>ณ วันที่</translation>
    </message>
    <message>
        <source>decision date before the source term ended</source>
        <translation>วันที่พิจารณาก่อนภาคการศึกษาต้นทางสิ้นสุด</translation>
    </message>
    <message>
        <source>%1; %2 also passed here in %3, credits counted once</source>
        <translation>%1 ; %2 ผ่านที่นี่ด้วยใน %3 นับหน่วยกิตครั้งเดียว</translation>
    </message>
</context>
<context>
    <name>dd::TransferPlanner</name>
    <message>
        <source>%1 is still in progress</source>
        <translation>%1 ยังกำลังเรียน</translation>
    </message>
    <message>
        <source>%1 has not been taken</source>
        <translation>%1 ยังไม่ได้เรียน</translation>
    </message>
    <message>
        <source>%1 %2 has no conversion in table %3 %4</source>
        <translation>%1 %2 ไม่มีการแปลงในตาราง %3 %4</translation>
    </message>
    <message>
        <source>no conversion table from %1 to %2</source>
        <translation>ไม่มีตารางแปลงจาก %1 ไป %2</translation>
    </message>
    <message>
        <source>, below the minimum %1</source>
        <translation> ต่ำกว่าขั้นต่ำ %1</translation>
    </message>
    <message>
        <source>, not a pass</source>
        <translation> ไม่ผ่าน</translation>
    </message>
    <message>
        <source>%1 %2 converts to %3%4</source>
        <translation>%1 %2 แปลงเป็น %3%4</translation>
    </message>
    <message>
        <source>the decision date %1 is before the source term %2 ended (%3)</source>
        <translation>วันที่พิจารณา %1 ก่อนภาคการศึกษาต้นทาง %2 สิ้นสุด (%3)</translation>
    </message>
    <message>
        <source>the source term ended %1, more than %2 years before %3</source>
        <translation>ภาคการศึกษาต้นทางสิ้นสุด %1 เกิน %2 ปีก่อน %3</translation>
    </message>
    <message>
        <source>%1 is already passed at %2</source>
        <translation>%1 ผ่านแล้วที่ %2</translation>
    </message>
    <message>
        <source>the %1 result of %2 already backs the transfer to %3</source>
        <translation>ผลการเรียน %2 ภาค %1 ใช้เทียบโอนไป %3 แล้ว</translation>
    </message>
    <message>
        <source>%1 transferred credits already; %2 more would cross the cap of %3</source>
        <translation>เทียบโอนแล้ว %1 หน่วยกิต อีก %2 จะเกินขีดจำกัด %3</translation>
    </message>
</context>
<context>
    <name>dd::TransferService</name>
    <message>
        <source>this equivalency exists already (version %1, %2)</source>
        <translation>การเทียบเท่านี้มีอยู่แล้ว (ฉบับที่ %1, %2)</translation>
    </message>
    <message>
        <source>a decision on an equivalency needs a reason</source>
        <translation>การพิจารณาการเทียบเท่าต้องมีเหตุผล</translation>
    </message>
    <message>
        <source>the equivalency changed since it was opened: version %1 is %2 (by %3)</source>
        <translation>การเทียบเท่านี้เปลี่ยนไปหลังจากเปิดดู: ฉบับที่ %1 เป็น %2 (โดย %3)</translation>
    </message>
    <message>
        <source>unknown equivalency %1</source>
        <translation>ไม่รู้จักการเทียบเท่า %1</translation>
    </message>
    <message>
        <source>unknown institution '%1' (expected %2)</source>
        <translation>ไม่รู้จักสถาบัน '%1' (ต้องเป็น %2)</translation>
    </message>
    <message>
        <source>%1 (%2) cannot record transfers into %3</source>
        <translation>%1 (%2) ไม่สามารถบันทึกการเทียบโอนเข้า %3 ได้</translation>
    </message>
    <message>
        <source>no transfer with id %1</source>
        <translation>ไม่มีการเทียบโอนรหัส %1</translation>
    </message>
    <message>
        <source>%1 (%2) cannot reverse transfers into %3</source>
        <translation>%1 (%2) ไม่สามารถยกเลิกการเทียบโอนเข้า %3 ได้</translation>
    </message>
    <message>
        <source>transfer %1 is already reversed (%2)</source>
        <translation>การเทียบโอน %1 ถูกยกเลิกไปแล้ว (%2)</translation>
    </message>
    <message>
        <source>who proposed this equivalency cannot be read, so it cannot be approved now: %1</source>
        <translation>อ่านไม่ได้ว่าใครเสนอการเทียบเท่านี้ จึงยังอนุมัติไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>dd::UnsavedChanges</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>การแก้ไขที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <source>Not saved yet: %1.

Save it before %2?</source>
        <translation>ยังไม่ได้บันทึก: %1

บันทึกก่อน%2หรือไม่</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>dd::UserGuideDialog</name>
    <message>
        <source>DualDegree User Guide</source>
        <translation>คู่มือผู้ใช้ DualDegree</translation>
    </message>
</context>
<context>
    <name>dd::UserRepository</name>
    <message>
        <source>cannot add user '%1': %2</source>
        <translation>เพิ่มผู้ใช้ '%1' ไม่ได้: %2</translation>
    </message>
</context>
</TS>
