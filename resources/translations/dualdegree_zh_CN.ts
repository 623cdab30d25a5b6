<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Search by id, number or name (Latin, 中文, ไทย)</source>
        <translation>按学号、编号或姓名搜索（拉丁字母、中文、ไทย）</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>年级：</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>打开演示数据库(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>学生(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>课程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find Student</source>
        <translation>查找学生(&amp;F)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
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
        <translation>计分</translation>
    </message>
    <message>
        <source>pass/fail</source>
        <translation>合格/不合格</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>课程代码</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <source>Title (中文 / ไทย)</source>
        <translation>名称（中文 / ไทย）</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>学分</translation>
    </message>
    <message>
        <source>Lecture / lab / self-study hours</source>
        <translation>讲授 / 实验 / 自学学时</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>评分方式</translation>
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
        <translation>全部年级</translation>
    </message>
    <message>
        <source>Both institutions</source>
        <translation>两校</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>搜索失败</translation>
    </message>
    <message>
        <source>Loading courses failed</source>
        <translation>加载课程失败</translation>
    </message>
    <message>
        <source>No database open — File › Open Database or Open Demo Database</source>
        <translation>未打开数据库 — 文件 › 打开数据库 或 打开演示数据库</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) shown</source>
        <translation><numerusform>显示 %n 名学生</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) shown</source>
        <translation><numerusform>显示 %n 门课程</numerusform></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>DualDegree databases (*.db);;All files (*)</source>
        <translation>DualDegree 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation>无法创建演示数据库</translation>
    </message>
    <message>
        <source>Cannot open the demo database</source>
        <translation>无法打开演示数据库</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>DualDegree databases (*.db)</source>
        <translation>DualDegree 数据库 (*.db)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup written to %1 and verified</source>
        <translation>已备份到 %1 并通过校验</translation>
    </message>
</context>
<context>
    <name>dd::StudentListModel</name>
    <message>
        <source>Student ID</source>
        <translation>学号</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Name (中文 / ไทย)</source>
        <translation>姓名（中文 / ไทย）</translation>
    </message>
    <message>
        <source>CQUPT no.</source>
        <translation>重邮学号</translation>
    </message>
    <message>
        <source>RUTS no.</source>
        <translation>室利佛逝学号</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在读</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>休学</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>退学</translation>
    </message>
    <message>
        <source>graduated</source>
        <translation>已毕业</translation>
    </message>
</context>
</TS>
