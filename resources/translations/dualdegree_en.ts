<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Students</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by id, number or name (Latin, 中文, ไทย)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Students</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find Student</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::CourseListModel</name>
    <message>
        <source>%1 / %2 / %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>graded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pass/fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title (中文 / ไทย)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lecture / lab / self-study hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grading</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::MainWindow</name>
    <message>
        <source>DualDegree — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both institutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading courses failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No database open — File › Open Database or Open Demo Database</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n student(s) shown</source>
        <translation><numerusform>%n student shown</numerusform><numerusform>%n students shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) shown</source>
        <translation><numerusform>%n course shown</numerusform><numerusform>%n courses shown</numerusform></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DualDegree databases (*.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the demo database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DualDegree databases (*.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written to %1 and verified</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::StudentListModel</name>
    <message>
        <source>Student ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (中文 / ไทย)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CQUPT no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RUTS no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>graduated</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
