<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditPanel</name>
    <message>
        <source>Programme:</source>
        <translation>培养方案：</translation>
    </message>
    <message>
        <source>Audit against the student's own catalogue, or what-if against another one (nothing is saved)</source>
        <translation>按学生本人的培养方案审核，或按其他方案进行模拟审核（不保存）</translation>
    </message>
    <message>
        <source>Waive, substitute, force-complete or also-allow for the selected requirement</source>
        <translation>对所选要求进行豁免、替代、认定完成或追加计入</translation>
    </message>
    <message>
        <source>Exception…</source>
        <translation>特殊处理…</translation>
    </message>
    <message>
        <source>Revoke exception</source>
        <translation>撤销特殊处理</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>One student</source>
        <translation>单个学生</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>Student id, e.g. DD2020001</source>
        <translation>项目学号，例如 DD2020001</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>审核(&amp;A)</translation>
    </message>
    <message>
        <source>Cohort overview</source>
        <translation>年级概览</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>年级：</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>学校：</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>Both offices work on one database on a PostgreSQL server. Your IT staff give you these details.</source>
        <translation>两校办公室在 PostgreSQL 服务器上的同一个数据库中工作。以下信息由贵单位的 IT 人员提供。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>empty: from your password file (PGPASSFILE)</source>
        <translation>留空：使用密码文件（PGPASSFILE）</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>加密（TLS）(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>CA 证书(&amp;A)：</translation>
    </message>
    <message>
        <source>the system's certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>课程代码：</translation>
    </message>
    <message>
        <source>Title in English:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Title in Chinese:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>Title in Thai:</source>
        <translation>泰文名称：</translation>
    </message>
    <message>
        <source>Credits:</source>
        <translation>学分：</translation>
    </message>
    <message>
        <source>Lecture hours a term:</source>
        <translation>每学期讲授学时：</translation>
    </message>
    <message>
        <source>Lab hours a term:</source>
        <translation>每学期实验学时：</translation>
    </message>
    <message>
        <source>Self-study hours a term:</source>
        <translation>每学期自学学时：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Grading:</source>
        <translation>评分方式：</translation>
    </message>
    <message>
        <source>Offered in semesters:</source>
        <translation>开设学期：</translation>
    </message>
    <message>
        <source>every regular semester</source>
        <translation>每个正常学期</translation>
    </message>
    <message>
        <source>Semester numbers joined by +, as 1, 2, 1+2 or 1+2+3 (3: summer); empty: every regular semester</source>
        <translation>用 + 连接的学期编号，如 1、2、1+2 或 1+2+3（3 为暑期）；留空表示每个正常学期</translation>
    </message>
</context>
<context>
    <name>CoursesView</name>
    <message>
        <source>Institution:</source>
        <translation>学校：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>E&amp;dit Course…</source>
        <translation>编辑课程(&amp;D)…</translation>
    </message>
    <message>
        <source>New &amp;Course…</source>
        <translation>新建课程(&amp;C)…</translation>
    </message>
    <message>
        <source>De&amp;lete Course</source>
        <translation>删除课程(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected course (only one no result, equivalency, transfer or exception refers to) (Del)</source>
        <translation>删除所选课程（仅限没有成绩、课程等效、学分转换或特殊处理引用的课程）(Del)</translation>
    </message>
</context>
<context>
    <name>CreditTransferView</name>
    <message>
        <source>Equivalency catalogue</source>
        <translation>课程等效目录</translation>
    </message>
    <message>
        <source>Search codes and titles (English, 中文, ไทย)</source>
        <translation>按代码或名称搜索（English、中文、ไทย）</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>转出学校：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Valid for cohort:</source>
        <translation>适用年级：</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Transfers for one student</source>
        <translation>单个学生的学分转换</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>Student id, e.g. DD2020001</source>
        <translation>项目学号，例如 DD2020001</translation>
    </message>
    <message>
        <source>Into:</source>
        <translation>转入学校：</translation>
    </message>
    <message>
        <source>Decision date:</source>
        <translation>决定日期：</translation>
    </message>
    <message>
        <source>&amp;Apply allowed</source>
        <translation>记录允许的转换(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>撤回(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
</context>
<context>
    <name>EquivalencyDialog</name>
    <message>
        <source>Equivalency</source>
        <translation>课程等效</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>转出课程</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>转入课程</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Reason for the decision (required):</source>
        <translation>审批意见（必填）：</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>批准(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>停用(&amp;T)</translation>
    </message>
    <message>
        <source>Propose &amp;again</source>
        <translation>重新提议(&amp;A)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>A&amp;ttach syllabus…</source>
        <translation>附加教学大纲(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>另存副本(&amp;S)…</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <source>Students affected</source>
        <translation>受影响的学生</translation>
    </message>
    <message>
        <source>&amp;Find students this version treats differently</source>
        <translation>查找此版本处理结果不同的学生(&amp;F)</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Exception</source>
        <translation>特殊处理</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Requirement:</source>
        <translation>要求：</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <source>For substitute and also-allow: the course code</source>
        <translation>替代或追加计入时填写课程代码</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>批准人：</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
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
    <message>
        <source>Credit transfer</source>
        <translation>学分转换</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Credit &amp;Transfer</source>
        <translation>学分转换(&amp;T)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>学业审核</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>审核(&amp;A)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>成绩录入</translation>
    </message>
    <message>
        <source>&amp;Results Entry</source>
        <translation>成绩录入(&amp;R)</translation>
    </message>
    <message>
        <source>Welcome to DualDegree</source>
        <translation>欢迎使用 DualDegree</translation>
    </message>
    <message>
        <source>Records, credit transfer, audits and transcripts of the CQUPT–RUTS dual-degree programme. Start with a database:</source>
        <translation>重庆邮电大学–室利佛逝皇家理工大学双学位项目的学籍、学分转换、学业审核与成绩单。请先选择数据库：</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>打开演示数据库(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>成绩单</translation>
    </message>
    <message>
        <source>&amp;Log In As…</source>
        <translation>以其他用户登录(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Verify the Change Log</source>
        <translation>验证变更日志(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a &amp;new, empty database…</source>
        <translation>新建空数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from a Copy…</source>
        <translation>从副本恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Transcri&amp;pts</source>
        <translation>成绩单(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Adopt Database As It Is…</source>
        <translation>按现状接受数据库(&amp;A)…</translation>
    </message>
    <message>
        <source>Accept a database whose chain head says otherwise (an older copy put back, a copy without a head); the change log records it</source>
        <translation>接受链头记录与之不符的数据库（放回的旧副本、没有链头的副本）；变更日志会记录此操作</translation>
    </message>
    <message>
        <source>Institution &amp;Keys…</source>
        <translation>机构密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>The institutions' signing certificates and keys, and the partners' trusted certificates</source>
        <translation>各机构的签名证书与密钥，以及信任的合作方证书</translation>
    </message>
    <message>
        <source>&amp;Sign a Change-Log Checkpoint…</source>
        <translation>签署变更日志检查点(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign the change log as it stands with your institution's key, so that no row up to here can be rewritten unnoticed</source>
        <translation>用本校密钥签署当前的变更日志,使此前的任何一行都无法被悄然改写</translation>
    </message>
    <message>
        <source>Offer Checkpoints at Day's End and on Closing</source>
        <translation>在下班时和关闭时提示签署检查点</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>交换(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Partner Certificates…</source>
        <translation>合作院校证书(&amp;P)…</translation>
    </message>
    <message>
        <source>The certificates under which partner institutions' signed records are imported</source>
        <translation>据以导入合作院校签名记录的证书</translation>
    </message>
    <message>
        <source>&amp;Export Records for the Partner…</source>
        <translation>为合作院校导出记录(&amp;E)…</translation>
    </message>
    <message>
        <source>A student's or a cohort's record as signed ELMO files for the partner's office</source>
        <translation>将一名学生或一个年级的记录导出为签名的 ELMO 文件，交合作院校办公室</translation>
    </message>
    <message>
        <source>&amp;Import a Partner's Record…</source>
        <translation>导入合作院校的记录(&amp;I)…</translation>
    </message>
    <message>
        <source>A partner's signed ELMO record into its results here, shown before anything is written</source>
        <translation>将合作院校签名的 ELMO 记录导入本处该院校的成绩，写入前先预览</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About DualDegree</source>
        <translation>关于 DualDegree(&amp;A)</translation>
    </message>
    <message>
        <source>A cohort's graduation list or degree-committee list, as PDF, Excel or CSV</source>
        <translation>一个年级的毕业名单或学位评定委员会名单，PDF、Excel 或 CSV</translation>
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation>报表(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Students, courses, marks or equivalencies from a CSV file (or a partner's ELMO record), shown line by line before anything is written; a file may also be dropped onto the window</source>
        <translation>从 CSV 文件(或合作方的 ELMO 记录)导入学生、课程、成绩或等效关系,写入前逐行显示;也可以把文件拖到窗口上</translation>
    </message>
</context>
<context>
    <name>NewEquivalencyDialog</name>
    <message>
        <source>Propose Equivalency</source>
        <translation>提议课程等效</translation>
    </message>
    <message>
        <source>Source institution:</source>
        <translation>转出学校：</translation>
    </message>
    <message>
        <source>Source course(s):</source>
        <translation>转出课程：</translation>
    </message>
    <message>
        <source>Codes joined by +, e.g. SP201+SP202</source>
        <translation>用 + 连接课程代码，例如 SP201+SP202</translation>
    </message>
    <message>
        <source>Receiving institution:</source>
        <translation>转入学校：</translation>
    </message>
    <message>
        <source>Target course(s):</source>
        <translation>转入课程：</translation>
    </message>
    <message>
        <source>Codes joined by +, e.g. BAS101</source>
        <translation>用 + 连接课程代码，例如 BAS101</translation>
    </message>
    <message>
        <source>Block credit in:</source>
        <translation>类别学分：</translation>
    </message>
    <message>
        <source> credits</source>
        <translation> 学分</translation>
    </message>
    <message>
        <source>Valid for cohorts:</source>
        <translation>适用年级：</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>Student id, e.g. DD2023001</source>
        <translation>学号，例如 DD2023001</translation>
    </message>
    <message>
        <source>Assumed grades:</source>
        <translation>假定成绩：</translation>
    </message>
    <message>
        <source>The grade assumed for every course still to be taken, as CQUPT=85, RUTS=B+; empty: each policy's own</source>
        <translation>为每门尚待修读的课程假定的成绩，如 CQUPT=85, RUTS=B+；留空则用各校政策的设定</translation>
    </message>
    <message>
        <source>Pla&amp;n</source>
        <translation>规划(&amp;N)</translation>
    </message>
    <message>
        <source>Plan again from the record: the fewest terms, then the fewest credits</source>
        <translation>按现有记录重新规划：学期最少，其次学分最少</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
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
    <name>ResultsEntryView</name>
    <message>
        <source>Add re&amp;take</source>
        <translation>添加重修(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>学校(&amp;I)：</translation>
    </message>
    <message>
        <source>Te&amp;rm:</source>
        <translation>学期(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>课程(&amp;O)：</translation>
    </message>
    <message>
        <source>Add ma&amp;ke-up exam</source>
        <translation>添加补考(&amp;K)</translation>
    </message>
    <message>
        <source>Save &amp;marks</source>
        <translation>保存成绩(&amp;M)</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Student ID:</source>
        <translation>项目学号：</translation>
    </message>
    <message>
        <source>CQUPT number:</source>
        <translation>重邮学号：</translation>
    </message>
    <message>
        <source>RUTS number:</source>
        <translation>RUTS 学号：</translation>
    </message>
    <message>
        <source>Family name (Latin):</source>
        <translation>姓（英文/拼音）：</translation>
    </message>
    <message>
        <source>Given name (Latin):</source>
        <translation>名（英文/拼音）：</translation>
    </message>
    <message>
        <source>Name in Chinese:</source>
        <translation>中文姓名：</translation>
    </message>
    <message>
        <source>Name in Thai:</source>
        <translation>泰文姓名：</translation>
    </message>
    <message>
        <source>Date of birth (YYYY-MM-DD):</source>
        <translation>出生日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <source>Nationality (TH, CN, …):</source>
        <translation>国籍（TH、CN……）：</translation>
    </message>
    <message>
        <source>Passport number:</source>
        <translation>护照号码：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>Cohort (year):</source>
        <translation>年级（入学年份）：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Institution / term / course</source>
        <translation>学校 / 学期 / 课程</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>学分转换</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>非课程考核</translation>
    </message>
    <message>
        <source>Audit summary</source>
        <translation>审核摘要</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Grade changes, newest first:</source>
        <translation>成绩更改（最新在前）：</translation>
    </message>
    <message>
        <source>Every change to this student's records (change log), newest first:</source>
        <translation>此学生记录的每一次更改（变更日志），最新的在前：</translation>
    </message>
    <message>
        <source>National ID (TH, CN):</source>
        <translation>身份证件号码（泰国、中国）：</translation>
    </message>
    <message>
        <source>13 digits (TH) or 18 characters (CN); optional</source>
        <translation>13 位（泰国）或 18 位（中国）；可不填</translation>
    </message>
    <message>
        <source>Results</source>
        <comment>student's results</comment>
        <translation>成绩</translation>
    </message>
</context>
<context>
    <name>StudentsView</name>
    <message>
        <source>Search by id, number or name (Latin, 中文, ไทย)</source>
        <translation>按项目学号、两校学号或姓名搜索（英文/拼音、中文、ไทย）</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>年级：</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>详情(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New Student…</source>
        <translation>新建学生(&amp;N)…</translation>
    </message>
    <message>
        <source>De&amp;lete Student</source>
        <translation>删除学生(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected student (only one without results, transfers, exceptions, milestones or transcripts) (Del)</source>
        <translation>删除所选学生（仅限没有成绩、学分转换、特殊处理、非课程考核或成绩单的学生）(Del)</translation>
    </message>
</context>
<context>
    <name>TranscriptsView</name>
    <message>
        <source>Search by id, number or name (Latin, 中文, ไทย)</source>
        <translation>按项目学号、两校学号或姓名搜索（英文/拼音、中文、ไทย）</translation>
    </message>
    <message>
        <source>Transcripts issued to this student:</source>
        <translation>已向该学生签发的成绩单：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>致(&amp;T)：</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. visa, graduate admission</source>
        <translation>如：签证、研究生申请</translation>
    </message>
    <message>
        <source>&amp;Issue PDF…</source>
        <translation>签发 PDF(&amp;I)…</translation>
    </message>
    <message>
        <source>Issue this transcript as a PDF with a verification code; recorded in the issue log</source>
        <translation>签发带验证码的 PDF 成绩单；记入签发日志</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Issue this transcript on paper; recorded in the issue log</source>
        <translation>以纸质形式签发本成绩单；记入签发日志</translation>
    </message>
    <message>
        <source>Issue &amp;Cohort…</source>
        <translation>按年级批量签发(&amp;C)…</translation>
    </message>
    <message>
        <source>Issue a transcript to every student of the cohort into a folder</source>
        <translation>为该年级每位学生签发成绩单到一个文件夹</translation>
    </message>
    <message>
        <source>Check a transcript file or verification code against the issue log and the record</source>
        <translation>对照签发日志和学籍记录核验成绩单文件或验证码</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一页 (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一页 (Page Down)</translation>
    </message>
    <message>
        <source>I&amp;nstitution:</source>
        <translation>学校(&amp;N)：</translation>
    </message>
    <message>
        <source>Verif&amp;y…</source>
        <translation>核验(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Unsigned</source>
        <translation>不签名(&amp;U)</translation>
    </message>
    <message>
        <source>Issue without the institution's digital signature: recorded as unsigned, and the page says so</source>
        <translation>不加机构数字签名签发：记录为未签名，页面上亦注明</translation>
    </message>
    <message>
        <source>The certificate issued transcripts are signed with (Settings › Institution Keys)</source>
        <translation>签发成绩单所用的签名证书（设置 › 机构密钥）</translation>
    </message>
</context>
<context>
    <name>dd::AboutDialog</name>
    <message>
        <source>About DualDegree</source>
        <translation>关于 DualDegree</translation>
    </message>
    <message>
        <source>%1 (%2, schema %3)</source>
        <translation>%1（%2，数据结构版本 %3）</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>Records, credit transfer, audits against both universities' degree requirements, signed transcripts and signed records exchanged between CQUPT and RUTS. Free software under the GNU General Public License, version 3 or later.</source>
        <translation>学籍记录、学分转换、按两校学位要求的学业审核、签名成绩单，以及重庆邮电大学与 RUTS 之间交换的签名记录。自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。</translation>
    </message>
    <message>
        <source>Database in use:</source>
        <translation>当前数据库：</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>构建所用：</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>dd::Accounts</name>
    <message>
        <source>the password library cannot start</source>
        <translation>无法启动密码库</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>内存不足，无法计算密码哈希</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>%1 failed logins in a row for %2: try again in %3 s</source>
        <translation>%2 已连续 %1 次登录失败：请在 %3 秒后重试</translation>
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation>账户 %1 已停用</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>'%1' is not a role (%2)</source>
        <translation>“%1”不是角色（%2）</translation>
    </message>
    <message>
        <source>no user %1</source>
        <translation>没有用户 %1</translation>
    </message>
    <message>
        <source>you cannot disable your own account</source>
        <translation>不能停用自己的账户</translation>
    </message>
    <message>
        <source>no administrator has a password yet: set one first, or no one could manage the users afterwards</source>
        <translation>尚无管理员设置密码：请先设置，否则之后无人能管理用户</translation>
    </message>
    <message>
        <source>this database requires logging in</source>
        <translation>此数据库要求登录</translation>
    </message>
    <message>
        <source>%1 has a password: log in with it</source>
        <translation>%1 设有密码：请用密码登录</translation>
    </message>
    <message>
        <source>the user name %1</source>
        <translation>用户名%1</translation>
    </message>
    <message>
        <source>the name %1</source>
        <translation>姓名%1</translation>
    </message>
</context>
<context>
    <name>dd::AuditEngine</name>
    <message>
        <source>%1 of %2 courses</source>
        <translation>%1 / %2 门课程</translation>
    </message>
    <message>
        <source>at most %1 of %2 credits transferred</source>
        <translation>转入学分不超过 %2 学分中的 %1 学分</translation>
    </message>
    <message>
        <source>GPA %1, at least %2 needed</source>
        <translation>平均学分绩点 %1，至少需 %2</translation>
    </message>
    <message>
        <source>no graded course yet</source>
        <translation>尚无计分课程</translation>
    </message>
    <message>
        <source>%1 %2 (%3) on %4</source>
        <translation>%1 %2（%3 分），%4</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2，%3</translation>
    </message>
    <message>
        <source>needs HSK %1 with at least %2 points in one sitting</source>
        <translation>需一次考试达到 HSK %1 级且不低于 %2 分</translation>
    </message>
    <message>
        <source>%1 regular semesters, at most %2</source>
        <translation>%1 个正常学期，最多 %2 个</translation>
    </message>
    <message>
        <source>%1 of '%2' not applied: %3 has no such requirement</source>
        <translation>“%2”的%1未生效：%3 没有该要求</translation>
    </message>
    <message>
        <source>not eligible to graduate</source>
        <translation>不符合毕业条件</translation>
    </message>
    <message>
        <source>GPA %1 is below %2</source>
        <translation>平均学分绩点 %1 低于 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>grade below %1: %2 %3 in %4</source>
        <translation>成绩低于 %1：%2 %3（%4）</translation>
    </message>
    <message>
        <source>retake: %1 in %2</source>
        <translation>重修：%1（%2）</translation>
    </message>
    <message>
        <source>%1 regular semesters, more than %2</source>
        <translation>%1 个正常学期，超过 %2 个</translation>
    </message>
</context>
<context>
    <name>dd::AuditLoader</name>
    <message>
        <source>unknown student %1</source>
        <translation>未知学生 %1</translation>
    </message>
    <message>
        <source>unknown programme %1 (see 'programmes')</source>
        <translation>未知培养方案 %1（见“programmes”）</translation>
    </message>
</context>
<context>
    <name>dd::AuditPanel</name>
    <message>
        <source>%1 to %2 decimals; %3; transfers %4</source>
        <translation>%1，保留 %2 位小数；%3；转入成绩%4</translation>
    </message>
    <message>
        <source>rounded half-up</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>best attempt counts</source>
        <translation>取最好成绩</translation>
    </message>
    <message>
        <source>every attempt counts</source>
        <translation>每次修读均计入</translation>
    </message>
    <message>
        <source>in the GPA</source>
        <translation>计入平均学分绩点</translation>
    </message>
    <message>
        <source>not in the GPA (TR)</source>
        <translation>不计入平均学分绩点（TR）</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未符合条件</translation>
    </message>
    <message>
        <source>the student's own catalogue</source>
        <translation>学生本人的培养方案</translation>
    </message>
    <message>
        <source>what-if: %1</source>
        <translation>模拟：%1</translation>
    </message>
    <message>
        <source>%1%2 — GPA %3 (%4)</source>
        <translation>%1%2 — 平均学分绩点 %3（%4）</translation>
    </message>
    <message>
        <source> (what-if)</source>
        <translation>（模拟）</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>%1 of %2 credits earned</source>
        <translation>已获 %1 / %2 学分</translation>
    </message>
    <message>
        <source>Graduation: %1 · Degree: %2</source>
        <translation>毕业资格：%1 · 学位资格：%2</translation>
    </message>
    <message>
        <source>No honours: %1</source>
        <translation>不授予荣誉学位：%1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more reason(s) (hover to see all)</source>
        <translation><numerusform>……另有 %n 条原因（悬停查看全部）</numerusform></translation>
    </message>
    <message>
        <source>No honours:</source>
        <translation>不授予荣誉学位：</translation>
    </message>
    <message>
        <source>In progress: %1</source>
        <translation>在修：%1</translation>
    </message>
    <message>
        <source>Not used by any requirement: %1</source>
        <translation>未计入任何要求：%1</translation>
    </message>
    <message>
        <source>Exception not applied: %1</source>
        <translation>未生效的特殊处理：%1</translation>
    </message>
    <message>
        <source>Honours: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>荣誉学位：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>first class</source>
        <translation>一等</translation>
    </message>
    <message>
        <source>second class</source>
        <translation>二等</translation>
    </message>
</context>
<context>
    <name>dd::AuditService</name>
    <message>
        <source>unknown institution '%1' (expected %2)</source>
        <translation>未知学校“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>no %1 programme for catalogue year %2 (student %3)</source>
        <translation>%2 年级没有 %1 的培养方案（学生 %3）</translation>
    </message>
    <message>
        <source>%1 is a programme of %2, not %3</source>
        <translation>%1 是 %2 的培养方案，不是 %3 的</translation>
    </message>
</context>
<context>
    <name>dd::AuditTreeModel</name>
    <message>
        <source>met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>在修</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>Exception (%1) approved by %2: %3</source>
        <translation>特殊处理（%1），批准人 %2：%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1（在修）</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>学分</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Courses applied</source>
        <translation>计入课程</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>已豁免</translation>
    </message>
    <message>
        <source>substituted</source>
        <translation>已替代</translation>
    </message>
    <message>
        <source>completed by exception</source>
        <translation>认定完成</translation>
    </message>
    <message>
        <source>also allowed</source>
        <translation>追加计入</translation>
    </message>
</context>
<context>
    <name>dd::AuditView</name>
    <message>
        <source>Credit progress (students)</source>
        <translation>学分进度（人数）</translation>
    </message>
    <message>
        <source>GPA distribution (students)</source>
        <translation>平均学分绩点分布（人数）</translation>
    </message>
    <message>
        <source>Cannot read the regulations</source>
        <translation>无法读取规章</translation>
    </message>
    <message>
        <source>No student %1</source>
        <translation>无学生 %1</translation>
    </message>
    <message>
        <source>%1 — %2, cohort %3, %4</source>
        <translation>%1 — %2，%3 级，%4</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s): </source>
        <translation><numerusform>%n 名学生：</numerusform></translation>
    </message>
    <message>
        <source>%1 may graduate, %2 may receive the degree</source>
        <translation>%1 人符合毕业条件，%2 人符合学位授予条件</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Revoke Exception</source>
        <translation>撤销特殊处理</translation>
    </message>
    <message>
        <source>%1 has no exception in force at %2%3.</source>
        <translation>%1 在 %2 没有生效的特殊处理%3。</translation>
    </message>
    <message>
        <source> for %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Exception to revoke:</source>
        <translation>要撤销的特殊处理：</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>Cannot revoke the exception</source>
        <translation>无法撤销特殊处理</translation>
    </message>
    <message>
        <source>Cohort audit</source>
        <translation>年级审核</translation>
    </message>
    <message>
        <source>Audit at %1</source>
        <translation>%1 学业审核</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
</context>
<context>
    <name>dd::ChangeLogHead</name>
    <message>
        <source>%1 is not a chain head</source>
        <translation>%1 不是链头文件</translation>
    </message>
    <message>
        <source>cannot write the chain head %1: %2</source>
        <translation>无法写入链头文件 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the chain head %1: its folder cannot be written (read-only, full, or the lock's name is taken)</source>
        <translation>无法写入链头文件 %1：其文件夹无法写入（只读、已满，或锁文件名已被占用）</translation>
    </message>
    <message>
        <source>the chain head %1 is locked by another program (%2, process %3)</source>
        <translation>链头文件 %1 被另一个程序锁定（%2，进程 %3）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Changes are refused until an administrator restores its newest backup, or adopts it as it is with 'dualdegree-cli --db FILE log adopt --reason TEXT' (in the window: File › Adopt Database As It Is…), which the change log records.</source>
        <translation>在管理员恢复最新备份，或用 'dualdegree-cli --db FILE log adopt --reason TEXT'（窗口中：文件 › 按现状接受数据库…）按现状接受它之前，拒绝一切更改；变更日志会记录该操作。</translation>
    </message>
    <message>
        <source>%1 has no chain head beside it (%2): it is a copy made without one, or its head was deleted, and rows cut from the end of its change log could not be noticed. %3</source>
        <translation>%1 旁没有链头（%2）：它是未带链头的副本，或链头已被删除，从其变更日志末尾删去的行将无法被发现。%3</translation>
    </message>
    <message>
        <source>the chain head beside %1 (%2) cannot be read (edited or damaged: %3). %4</source>
        <translation>无法读取 %1 旁的链头（%2）（已被编辑或损坏：%3）。%4</translation>
    </message>
    <message>
        <source>the change log of %1 ends at row %2, but its chain head (%3) records row %4: an older copy was put in its place, or rows at the end of its log were deleted. %5</source>
        <translation>%1 的变更日志止于第 %2 行，但其链头（%3）记录的是第 %4 行：有旧副本被放回原处，或其日志末尾的行被删除。%5</translation>
    </message>
    <message>
        <source>row %1 of the change log of %2 differs from the row its chain head (%3) records: an older copy was put in its place and written to since, or the log was rewritten. %4</source>
        <translation>%2 变更日志的第 %1 行与其链头（%3）记录的不同：有旧副本被放回原处并在此后被写入，或日志被改写。%4</translation>
    </message>
    <message>
        <source>a database on a server keeps no chain head to adopt</source>
        <translation>服务器上的数据库没有可接受的链头</translation>
    </message>
    <message>
        <source>say why this state of the database is the right one</source>
        <translation>请说明为什么数据库的这个状态是正确的</translation>
    </message>
    <message>
        <source>the reason cannot be stored: %1</source>
        <translation>无法保存该理由：%1</translation>
    </message>
    <message>
        <source>nothing to adopt: the change log of %1 follows its chain head</source>
        <translation>无需接受：%1 的变更日志与其链头一致</translation>
    </message>
</context>
<context>
    <name>dd::ChangeLogSchema</name>
    <message>
        <source>setting up the change log failed: %1</source>
        <translation>建立变更日志失败：%1</translation>
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation>缺少数据表 %1</translation>
    </message>
</context>
<context>
    <name>dd::CohortAuditModel</name>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未符合条件</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>GPA</source>
        <translation>平均学分绩点</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>学分</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>毕业</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>学位</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉学位</translation>
    </message>
    <message>
        <source>Not met yet</source>
        <translation>尚未满足</translation>
    </message>
</context>
<context>
    <name>dd::CohortLists</name>
    <message>
        <source>unknown institution '%1'</source>
        <translation>未知院校“%1”</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>in progress: %1</source>
        <translation>在读：%1</translation>
    </message>
</context>
<context>
    <name>dd::ConnectDialog</name>
    <message>
        <source>Prefer (encrypt when the server offers it)</source>
        <translation>优先（服务器支持时加密）</translation>
    </message>
    <message>
        <source>Require (always encrypt)</source>
        <translation>必须（始终加密）</translation>
    </message>
    <message>
        <source>Verify the server's certificate</source>
        <translation>验证服务器证书</translation>
    </message>
    <message>
        <source>Verify the certificate and the server name</source>
        <translation>验证证书和服务器名称</translation>
    </message>
    <message>
        <source>Off (trusted network only)</source>
        <translation>关闭（仅限可信网络）</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>证书 (*.crt *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Give the server, the database and your user name.</source>
        <translation>请填写服务器、数据库和用户名。</translation>
    </message>
</context>
<context>
    <name>dd::CourseChecks</name>
    <message>
        <source>is required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>unknown institution '%1' (expected %2)</source>
        <translation>未知学校“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>'%1' is not a %2 category (expected %3)</source>
        <translation>“%1”不是 %2 的课程类别（应为 %3）</translation>
    </message>
    <message>
        <source>'%1' is not a grading mode (expected graded or pass_fail)</source>
        <translation>“%1”不是评分方式（应为 graded 或 pass_fail）</translation>
    </message>
    <message>
        <source>'%1' is not a list of %2 semesters joined by + (expected numbers of %3)</source>
        <translation>“%1”不是用 + 连接的 %2 学期编号（应为 %3 中的数字）</translation>
    </message>
</context>
<context>
    <name>dd::CourseDialog</name>
    <message>
        <source>Save course %1 %2</source>
        <translation>保存课程 %1 %2</translation>
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
        <source>New Course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>Course %1 %2</source>
        <translation>课程 %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 exists already</source>
        <translation>%1 %2 已存在</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation><numerusform>有 %n 项需要修改；未保存任何内容。</numerusform></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it. Nothing was saved; your input is kept. Save again to replace what is stored now.

%2</source>
        <translation>您打开后 %1 已被他人更改。未保存任何内容；您的输入已保留。再次保存将替换当前记录。

%2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>the new course</source>
        <translation>新课程</translation>
    </message>
    <message>
        <source>changes to %1</source>
        <translation>对 %1 的修改</translation>
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
    <message>
        <source>all regular</source>
        <translation>所有正常学期</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>开设学期</translation>
    </message>
</context>
<context>
    <name>dd::CourseRepository</name>
    <message>
        <source>cannot add course %1 %2: %3</source>
        <translation>无法添加课程 %1 %2：%3</translation>
    </message>
    <message>
        <source>cannot add the courses: %1</source>
        <translation>无法添加课程：%1</translation>
    </message>
    <message>
        <source>cannot save course %1 %2: %3</source>
        <translation>无法保存课程 %1 %2：%3</translation>
    </message>
    <message>
        <source>cannot delete course %1 %2: %3 results, %4 equivalency versions, %5 transfers and %6 exceptions refer to it</source>
        <translation>无法删除课程 %1 %2：有 %3 条成绩、%4 个等效版本、%5 条学分转换和 %6 条特批引用它</translation>
    </message>
    <message>
        <source>cannot delete course %1 %2: %3</source>
        <translation>无法删除课程 %1 %2：%3</translation>
    </message>
</context>
<context>
    <name>dd::CoursesView</name>
    <message>
        <source>Both institutions</source>
        <translation>两校</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Loading courses failed</source>
        <translation>加载课程失败</translation>
    </message>
    <message>
        <source>No such course</source>
        <translation>无此课程</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>删除课程</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 results, %3 equivalency versions, %4 transfers and %5 exceptions refer to it.</source>
        <translation>无法删除 %1：有 %2 条成绩、%3 个课程等效版本、%4 条学分转换和 %5 条特殊处理引用该课程。</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Edit › Undo brings it back.</source>
        <translation>删除 %1（%2）？可用“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete course %1</source>
        <translation>删除课程 %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>dd::CreditTransferView</name>
    <message numerus="yes">
        <source>Apply %n transfer(s) of %1 into %2</source>
        <translation><numerusform>记录 %1 转入 %2 的 %n 项学分转换</numerusform></translation>
    </message>
    <message>
        <source>Apply undone</source>
        <translation>已撤销记录</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Both institutions</source>
        <translation>两校</translation>
    </message>
    <message>
        <source>Cannot read the equivalency catalogue</source>
        <translation>无法读取课程等效目录</translation>
    </message>
    <message numerus="yes">
        <source>%n equivalenc(ies) shown</source>
        <translation><numerusform>显示 %n 条课程等效</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in the catalogue</source>
        <translation><numerusform>目录共 %n 条</numerusform></translation>
    </message>
    <message>
        <source>Type a student id and press Enter to see the transfers that the approved equivalencies allow.</source>
        <translation>输入项目学号并按回车，查看已批准的课程等效所允许的学分转换。</translation>
    </message>
    <message>
        <source>%1 into %2 (%3): %4 allowed, %5 refused, %6 recorded.</source>
        <translation>%1 转入 %2（%3）：允许 %4 项，拒绝 %5 项，已记录 %6 项。</translation>
    </message>
    <message>
        <source>Transferred credits: %1 of at most %2.</source>
        <translation>已转入学分：%1，上限 %2。</translation>
    </message>
    <message>
        <source>Transfers not recorded</source>
        <translation>未记录学分转换</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>学分转换</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>Cannot reverse the transfer</source>
        <translation>无法撤回学分转换</translation>
    </message>
    <message>
        <source>Reverse Transfer</source>
        <translation>撤回学分转换</translation>
    </message>
    <message>
        <source>Reverse %1 → %2? The record stays, marked reversed with your name.
Reason (required):</source>
        <translation>撤回 %1 → %2？记录将保留，并以您的名义标记为已撤回。
理由（必填）：</translation>
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation>撤回需要填写理由。</translation>
    </message>
    <message>
        <source>Decision date: %1</source>
        <translation>决定日期：%1</translation>
    </message>
    <message>
        <source>%1 → %2, reversed by %3 on %4: %5</source>
        <translation>%1 → %2，已由 %3 于 %4 撤销：%5</translation>
    </message>
    <message>
        <source>Apply Reversed Transfers Again</source>
        <translation>重新应用已撤销的学分转换</translation>
    </message>
    <message>
        <source>These transfers were reversed before:

%1

Apply them again?</source>
        <translation>以下学分转换此前已被撤销：

%1

要重新应用吗？</translation>
    </message>
    <message>
        <source>Equivalency catalogue</source>
        <translation>课程等效目录</translation>
    </message>
    <message>
        <source>Transfers of the student</source>
        <translation>该学生的学分转换</translation>
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>%1 is not a server address (postgresql://user@host:port/dbname)</source>
        <translation>%1 不是服务器地址（postgresql://user@host:port/dbname）</translation>
    </message>
    <message>
        <source>the password does not belong in the server address: give it in PGPASSWORD, a PGPASSFILE or at the prompt</source>
        <translation>密码不应写在服务器地址中：请通过 PGPASSWORD、PGPASSFILE 或在提示时输入</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>unknown server option '%1' (%2)</source>
        <translation>未知服务器选项“%1”（%2）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an empty database, not a DualDegree database (create one with 'init')</source>
        <translation>%1 是空数据库，不是 DualDegree 数据库（请用“init”创建）</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>there is no database at %1 (create one with 'init')</source>
        <translation>%1 处没有数据库（请用“init”创建）</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2): SQLite cannot lock a database there reliably, and two offices writing to it would corrupt it. Copy it to a local disk, or use the shared server.</source>
        <translation>%1 位于网络文件系统（%2）上：SQLite 无法在其上可靠地锁定数据库，两个办公室同时写入会损坏它。请复制到本地磁盘，或使用共享服务器。</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1: the SQLite driver gave no connection handle</source>
        <translation>%1：SQLite 驱动未提供连接句柄</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the database cannot use write-ahead logging (journal mode is %2)</source>
        <translation>%1：数据库无法使用预写日志（日志模式为 %2）</translation>
    </message>
    <message>
        <source>could not prepare a statement: %1</source>
        <translation>无法准备语句：%1</translation>
    </message>
    <message>
        <source>cannot start a transaction: one is already open</source>
        <translation>无法开始事务：已有一个事务在进行</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>无法开始事务</translation>
    </message>
    <message>
        <source>another user has been saving to this database for more than %1 seconds; try again when they have finished</source>
        <translation>另一个用户向此数据库保存已超过 %1 秒；请在其完成后重试</translation>
    </message>
    <message>
        <source>the changes could not be saved: %1</source>
        <translation>更改未能保存：%1</translation>
    </message>
    <message>
        <source>another user or program is saving to this database; try again when it has finished</source>
        <translation>另一个用户或程序正在向此数据库保存；请在其完成后重试</translation>
    </message>
    <message>
        <source>%1 is read-only here and was made by an older version (schema %2 of %3): copy it to a folder you can write to, and open the copy</source>
        <translation>%1 在此处为只读，且由旧版本创建（架构 %2，当前为 %3）：请将其复制到您可写入的文件夹，然后打开副本</translation>
    </message>
    <message>
        <source>cannot create a database in %1: the folder or disk is read-only</source>
        <translation>无法在 %1 中创建数据库：文件夹或磁盘为只读</translation>
    </message>
    <message>
        <source>%1 is read-only here and its latest changes are still in %2 beside it: copy both to a folder you can write to, and open the copy</source>
        <translation>%1 在此处为只读，且其最新更改仍在旁边的 %2 中：请将两者复制到您可写入的文件夹，然后打开副本</translation>
    </message>
    <message>
        <source>%1 is open read-only (its folder, the file or the disk cannot be written here): nothing was saved</source>
        <translation>%1 以只读方式打开（此处无法写入其文件夹、文件或磁盘）：未保存任何内容</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseBackup</name>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>not restoring: %1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <source>not restoring: %1 fails its checks: %2</source>
        <translation>未恢复：%1 未通过检查：%2</translation>
    </message>
    <message>
        <source>not restoring: the copy of the current database failed: %1</source>
        <translation>未恢复：当前数据库的副本创建失败：%1</translation>
    </message>
    <message>
        <source>cannot copy %1 beside %2</source>
        <translation>无法将 %1 复制到 %2 旁边</translation>
    </message>
    <message>
        <source>cannot put the restored copy in place as %1 (it is at %2)</source>
        <translation>无法将恢复的副本放置为 %1（它位于 %2）</translation>
    </message>
    <message>
        <source>no free name for a copy in %1</source>
        <translation>%1 中没有可用的副本名称</translation>
    </message>
    <message>
        <source>the backup %1 was not kept: its chain head could not be written: %2</source>
        <translation>未保留备份 %1：无法写入其链头：%2</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseCare</name>
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
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>restoring from a copy</source>
        <translation>从副本恢复</translation>
    </message>
    <message>
        <source>Save or discard the marks being entered first.</source>
        <translation>请先保存或放弃正在录入的成绩。</translation>
    </message>
    <message>
        <source>The copy is in place, but the restore could not be recorded in its change log, so it takes no changes yet: %1</source>
        <translation>副本已放回原处，但恢复操作未能记入其变更日志，因此暂不接受任何更改：%1</translation>
    </message>
    <message>
        <source>Restored from %1; the database as it was is kept as %2</source>
        <translation>已从 %1 恢复；原数据库保存为 %2</translation>
    </message>
    <message>
        <source>Restore from a copy</source>
        <translation>从副本恢复</translation>
    </message>
    <message>
        <source>Replace %1 by the copy %2? The database as it is now is kept as a copy first.</source>
        <translation>用副本 %2 替换 %1？当前数据库会先保存一份副本。</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>变更日志</translation>
    </message>
    <message>
        <source>The change log could not be checked: %1</source>
        <translation>无法检查变更日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>The change log is complete and unaltered: %n row(s).</source>
        <translation><numerusform>变更日志完整且未被篡改：共 %n 行。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The change log fails its check: %n problem(s). The first: %1</source>
        <translation><numerusform>变更日志未通过检查：%n 个问题。第一个：%1</numerusform></translation>
    </message>
    <message>
        <source>Last row %1, sealed %2</source>
        <translation>最后一行 %1，链尾哈希 %2</translation>
    </message>
    <message>
        <source>Adopt Database As It Is</source>
        <translation>按现状接受数据库</translation>
    </message>
    <message>
        <source>%1

Adopting accepts this database as it is now; the change log records it, with your name and this reason. Why is this state the right one?</source>
        <translation>%1

接受即认可数据库的当前状态；变更日志会记录此操作、您的姓名和此理由。为什么这个状态是正确的？</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>未接受</translation>
    </message>
    <message>
        <source>The database was adopted as it is; it takes changes again</source>
        <translation>已按现状接受数据库；它重新接受更改</translation>
    </message>
    <message>
        <source>Last signed checkpoint: row %1, %2, with %3's key (%4), made by %5.</source>
        <translation>最近的已签署检查点:第 %1 行,%2,使用 %3 的密钥(%4),由 %5 签署。</translation>
    </message>
    <message>
        <source>Every row is under a signed checkpoint.</source>
        <translation>每一行都在已签署的检查点之内。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) after the last signed checkpoint are not signed yet (rows %1–%2): anyone who can write the file and knows how the log is sealed could have written them.</source>
        <translation><numerusform>最近的已签署检查点之后有 %n 行尚未签署(第 %1–%2 行):任何能写入该文件并了解日志封印方式的人都可能写入它们。</numerusform></translation>
    </message>
    <message>
        <source>Sign a Change-Log Checkpoint</source>
        <translation>签署变更日志检查点</translation>
    </message>
    <message>
        <source>Sign with the key of:</source>
        <translation>使用以下机构的密钥签署:</translation>
    </message>
    <message>
        <source>The change log is signed up to row %1 with %2's key</source>
        <translation>变更日志已用 %2 的密钥签署至第 %1 行</translation>
    </message>
    <message>
        <source>No checkpoint signed</source>
        <translation>未签署检查点</translation>
    </message>
    <message>
        <source>You cannot sign the change log: your role signs for no institution with a key bound (Settings › Institution Keys).</source>
        <translation>您无法签署变更日志:您的角色不代表任何已绑定密钥的机构签署(设置 › 机构密钥)。</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n change(s) in the change log are not yet under a signed checkpoint. Sign one now with %2's key? Until then, anyone who can write the file could rewrite them unnoticed.</source>
        <translation><numerusform>%1。变更日志中有 %n 项更改尚未纳入已签署的检查点。现在用 %2 的密钥签署一个吗?在此之前,任何能写入该文件的人都可能悄然改写它们。</numerusform></translation>
    </message>
    <message>
        <source>Signing vouches for these changes as they stand. They were made by: %1.</source>
        <translation>签署即为这些更改的现状作保。它们由以下用户做出:%1。</translation>
    </message>
    <message>
        <source>Sign Now</source>
        <translation>立即签署</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>The working day ends</source>
        <translation>工作日即将结束</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseCopy</name>
    <message>
        <source>the tables %1 refer to each other in a circle</source>
        <translation>数据表 %1 相互循环引用</translation>
    </message>
    <message>
        <source>both are files: a file is copied with 'backup', which keeps its change log</source>
        <translation>两者都是文件：文件请用“backup”复制，它会保留变更日志</translation>
    </message>
    <message>
        <source>the two databases are at different schema versions (%1 and %2); open both with this version of DualDegree first</source>
        <translation>两个数据库的结构版本不同（%1 和 %2）；请先用此版本的 DualDegree 打开两者</translation>
    </message>
    <message>
        <source>%1 holds data already (table %2): the target of a move must be a new database</source>
        <translation>%1 已有数据（数据表 %2）：迁移的目标必须是新数据库</translation>
    </message>
    <message>
        <source>table %1 has other columns in %2 than in %3</source>
        <translation>数据表 %1 在 %2 中的列与在 %3 中的不同</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a DualDegree database (it is not an SQLite file); it was left untouched</source>
        <translation>%1 不是 DualDegree 数据库（不是 SQLite 文件）；未做任何改动</translation>
    </message>
</context>
<context>
    <name>dd::DatabaseSetup</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>unknown user '%1'</source>
        <translation>未知用户“%1”</translation>
    </message>
    <message>
        <source>user '%1' is disabled</source>
        <translation>用户“%1”已停用</translation>
    </message>
    <message>
        <source>no policy files in %1/policies</source>
        <translation>%1/policies 中没有规则文件</translation>
    </message>
    <message>
        <source>%1: the header must be %2</source>
        <translation>%1：表头必须是 %2</translation>
    </message>
    <message>
        <source>%1:%2: expected %3 fields</source>
        <translation>%1:%2：应有 %3 个字段</translation>
    </message>
    <message>
        <source>%1:%2: '%3' is not a role</source>
        <translation>%1:%2：“%3”不是角色</translation>
    </message>
    <message>
        <source>importing %1 failed</source>
        <translation>导入 %1 失败</translation>
    </message>
    <message>
        <source>%1 exists already; 'init' only creates new databases</source>
        <translation>%1 已存在；“init”只创建新数据库</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 holds a DualDegree database already; 'init' only creates new databases</source>
        <translation>%1 已有 DualDegree 数据库；“init”只创建新数据库</translation>
    </message>
    <message>
        <source>%1 (the server database is left as far as it got: drop it and create it again)</source>
        <translation>%1（服务器数据库停留在中途状态：请删除后重新创建）</translation>
    </message>
</context>
<context>
    <name>dd::DateField</name>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>从日历中选择 (Alt+Down)</translation>
    </message>
    <message>
        <source>A date is needed (YYYY-MM-DD).</source>
        <translation>请填写日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>'%1' is not a date: write it as YYYY-MM-DD, e.g. %2.</source>
        <translation>“%1”不是有效日期：请按 YYYY-MM-DD 填写，例如 %2。</translation>
    </message>
</context>
<context>
    <name>dd::DegreePlanner</name>
    <message numerus="yes">
        <source>no plan was found within the search's limit of %n step(s) per number of terms</source>
        <translation><numerusform>在每种学期数 %n 步的搜索上限内未找到方案</numerusform></translation>
    </message>
</context>
<context>
    <name>dd::DisclosureRepository</name>
    <message>
        <source>cannot record the disclosure: %1</source>
        <translation>无法记录此次披露：%1</translation>
    </message>
    <message>
        <source>the recipient %1</source>
        <translation>接收方%1</translation>
    </message>
    <message>
        <source>the purpose %1</source>
        <translation>用途%1</translation>
    </message>
</context>
<context>
    <name>dd::ElmoExport</name>
    <message>
        <source>unknown institution '%1'</source>
        <translation>未知院校“%1”</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>the key's certificate (%1) does not name %2, whose record this is</source>
        <translation>密钥的证书（%1）未载明 %2，而这是 %2 的记录</translation>
    </message>
</context>
<context>
    <name>dd::ElmoExportDialog</name>
    <message>
        <source>One &amp;student:</source>
        <translation>一名学生(&amp;S)：</translation>
    </message>
    <message>
        <source>Attach the &amp;transcript (issued now, in the issue log)</source>
        <translation>附上成绩单(&amp;T)（现在签发，记入签发记录）</translation>
    </message>
    <message>
        <source>Export Records for the Partner</source>
        <translation>为合作院校导出记录</translation>
    </message>
    <message>
        <source>Writes the institution's own results of a student (never the credit transferred into it) as an ELMO file for the partner's office, signed with the institution's key. The partner imports it with File › Exchange › Import a Partner's Record.</source>
        <translation>将学生在本院校自己取得的成绩（不含转入的学分）写成 ELMO 文件，交合作院校办公室，并以本院校的密钥签名。对方用 文件 › 交换 › 导入合作院校的记录 导入。</translation>
    </message>
    <message>
        <source>Whose record:</source>
        <translation>哪所院校的记录：</translation>
    </message>
    <message>
        <source>student ID, e.g. DD2021001</source>
        <translation>学号，例如 DD2021001</translation>
    </message>
    <message>
        <source>e.g. RUTS programme coordinator</source>
        <translation>例如 RUTS 项目协调员</translation>
    </message>
    <message>
        <source>e.g. credit transfer for the dual degree</source>
        <translation>例如 双学位学分转换</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>接收方(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Signed with %1's key: %2</source>
        <translation>以 %1 的密钥签名：%2</translation>
    </message>
    <message>
        <source>%1 has no signing key (Settings › Institution Keys): the file would not be signed, and the partner's import refuses an unsigned record.</source>
        <translation>%1 没有签名密钥（设置 › 院校密钥）：文件将不带签名，而合作院校的导入会拒绝未签名的记录。</translation>
    </message>
    <message>
        <source>Export the Record</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <source>ELMO records (*.xml)</source>
        <translation>ELMO 记录 (*.xml)</translation>
    </message>
    <message>
        <source>Folder for the Cohort's Records</source>
        <translation>存放该年级记录的文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written, each in the disclosure log.</source>
        <translation><numerusform>已写入 %n 份记录，每份均记入披露记录。</numerusform></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
    <message>
        <source>Exporting the %1 records of cohort %2…</source>
        <translation>正在导出 %2 级的 %1 记录…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written; these were not:</source>
        <translation><numerusform>已写入 %n 份记录；以下未写入：</numerusform></translation>
    </message>
    <message>
        <source>A c&amp;ohort:</source>
        <translation>一个年级(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>dd::ElmoImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import a Partner's Record</source>
        <translation>导入合作院校的记录</translation>
    </message>
    <message>
        <source>A partner's record is imported only as the partner signed it, under a certificate trusted here (Settings › Partner Certificates). Nothing is written until you press Import, and then all of it or nothing.</source>
        <translation>合作院校的记录只按对方签名的原样、并以本处信任的证书验证后导入（设置 › 合作院校证书）。按下“导入”之前不写入任何内容，导入时要么全部写入，要么全部不写。</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Learner:</source>
        <translation>学习者：</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>考试性质</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>What importing does</source>
        <translation>导入后的结果</translation>
    </message>
    <message>
        <source>needed where the record changes a mark already recorded</source>
        <translation>记录将更改已登记的成绩时必须填写</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>A Partner's Record</source>
        <translation>合作院校的记录</translation>
    </message>
    <message>
        <source>ELMO records (*.xml)</source>
        <translation>ELMO 记录 (*.xml)</translation>
    </message>
    <message>
        <source>larger than %1 MB: not a record</source>
        <translation>大于 %1 MB：不是记录</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>verified: signed by %1 (%2's certificate trusted here, SHA-256 %3…)</source>
        <translation>已验证：由 %1 签名（本处信任的 %2 证书，SHA-256 %3…）</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒绝：%1</translation>
    </message>
    <message>
        <source>%1, %2 (born %3) is %4 (%5) here</source>
        <translation>%1, %2（生于 %3）即本处的 %4（%5）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changes the mark recorded here: %1 → %2</source>
        <translation>更改本处已登记的成绩：%1 → %2</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>在修</translation>
    </message>
    <message>
        <source>%1 course(s): %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1 门课程：新增 %2，更改 %3，不变 %4。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing would be imported: %n problem(s). The whole record is imported or none of it.</source>
        <translation><numerusform>不会导入任何内容：%n 个问题。记录要么整份导入，要么全部不导入。</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>the import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>%1; the database as it was before: %2</source>
        <translation>%1；导入前的数据库：%2</translation>
    </message>
</context>
<context>
    <name>dd::ElmoImporter</name>
    <message>
        <source>%1; a partner's record is imported only as its institution signed it</source>
        <translation>%1；合作院校的记录只按该院校签名的原样导入</translation>
    </message>
    <message>
        <source>signed by %1 (SHA-256 %2), which is not a partner certificate trusted here; an administrator trusts the partner's certificate with keys trust --institution CODE FILE.pem</source>
        <translation>由 %1（SHA-256 %2）签名，而它不是本处信任的合作院校证书；管理员可用 keys trust --institution CODE FILE.pem 信任对方证书</translation>
    </message>
    <message>
        <source>the signature is not acceptable: %1</source>
        <translation>签名不可接受：%1</translation>
    </message>
    <message>
        <source>%1 (signer %2)</source>
        <translation>%1（签名者 %2）</translation>
    </message>
    <message>
        <source>the signature does not verify under any partner certificate trusted here (keys trust), and the file names no certificate</source>
        <translation>签名无法用本处信任的任何合作院校证书验证（keys trust），文件也未注明证书</translation>
    </message>
    <message>
        <source>the learner has no family name, given names or birth date to be matched by</source>
        <translation>学习者缺少可用于匹配的姓、名或出生日期</translation>
    </message>
    <message>
        <source>the learner %1 matches %2 students (%3); the record is not imported until one of them has the student numbers the file gives</source>
        <translation>学习者 %1 与 %2 名学生相符（%3）；须待其中一人登记了文件所给的学号后才能导入</translation>
    </message>
    <message>
        <source>no student here is the learner %1 (family name, given names and birth date)</source>
        <translation>本处没有学生是学习者 %1（按姓、名和出生日期）</translation>
    </message>
    <message>
        <source>the learner %1 has other student numbers than %2 here (file: CQUPT %3, RUTS %4)</source>
        <translation>学习者 %1 的学号与本处的 %2 不同（文件：CQUPT %3，RUTS %4）</translation>
    </message>
    <message>
        <source>a record whose signature was not checked is never imported</source>
        <translation>未经签名验证的记录绝不导入</translation>
    </message>
    <message>
        <source>not an ELMO record: %1</source>
        <translation>不是 ELMO 记录：%1</translation>
    </message>
    <message>
        <source>the issuer (%1) is not an institution of this programme</source>
        <translation>签发方（%1）不是本项目的院校</translation>
    </message>
    <message>
        <source>the record says it is %1's, but %2's certificate signed it (%3)</source>
        <translation>记录声称属于 %1，但签名的是 %2 的证书（%3）</translation>
    </message>
    <message>
        <source>the signer's certificate was not valid when the record was made: %1</source>
        <translation>记录生成时签名者的证书无效：%1</translation>
    </message>
    <message>
        <source>the record holds no course results</source>
        <translation>记录中没有课程成绩</translation>
    </message>
    <message>
        <source>course '%1'</source>
        <translation>课程“%1”</translation>
    </message>
    <message>
        <source>the record gives %1 credits, the %2 catalogue here %3: bring the catalogue up to date first</source>
        <translation>记录给出 %1 学分，而本处的 %2 课程目录为 %3：请先更新课程目录</translation>
    </message>
    <message>
        <source>the credits are in the scheme '%1', not %2's</source>
        <translation>学分采用的是“%1”体系，而不是 %2 的</translation>
    </message>
    <message>
        <source>the record says %1, but %2 is %3 on %4's scale</source>
        <translation>记录写的是 %1，但 %2 在 %4 的评分标准中为 %3</translation>
    </message>
    <message>
        <source>the record says %1 but gives no mark</source>
        <translation>记录写的是 %1，却没有给出成绩</translation>
    </message>
    <message>
        <source>the record says in progress but gives the mark %1</source>
        <translation>记录写的是“在读”，却给出了成绩 %1</translation>
    </message>
    <message>
        <source>the signer's certificate is not valid now: %1</source>
        <translation>签名者的证书现在无效：%1</translation>
    </message>
    <message>
        <source>the record says it was made on %1, which is still to come</source>
        <translation>记录声称生成于 %1，而这一时间尚未到来</translation>
    </message>
</context>
<context>
    <name>dd::EquivalencyDialog</name>
    <message>
        <source>Equivalency %1 → %2</source>
        <translation>课程等效 %1 → %2</translation>
    </message>
    <message>
        <source>Version %1: %2, valid for cohorts %3</source>
        <translation>第 %1 版：%2，适用年级 %3</translation>
    </message>
    <message>
        <source>%1 onwards</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>; decided by %1 on %2</source>
        <translation>；%1 于 %2 审批</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>：“%1”</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
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
        <source>Credits</source>
        <translation>学分</translation>
    </message>
    <message>
        <source>Lecture h</source>
        <translation>讲授学时</translation>
    </message>
    <message>
        <source>Lab h</source>
        <translation>实验学时</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>As %1 credits</source>
        <translation>折合 %1 学分</translation>
    </message>
    <message>
        <source>(not in the catalogue)</source>
        <translation>（不在课程目录中）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>转出：%1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>转入：%1</translation>
    </message>
    <message>
        <source>Block credit</source>
        <translation>类别学分</translation>
    </message>
    <message>
        <source>Credits named</source>
        <translation>规定学分</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>Hours converted at %1's hours per credit: %2 credits. %3 brings %4 credits.</source>
        <translation>按 %1 的学时学分比折算：%2 学分。%3可得 %4 学分。</translation>
    </message>
    <message>
        <source>The block credit</source>
        <translation>类别学分</translation>
    </message>
    <message>
        <source>The target</source>
        <translation>转入课程</translation>
    </message>
    <message>
        <source>It may be approved as a full equivalent.</source>
        <translation>可批准为完全等效。</translation>
    </message>
    <message>
        <source>The target exceeds the converted credits by more than 1: it cannot be approved as a full equivalent (block credit can).</source>
        <translation>转入课程学分比折算学分多出 1 分以上：不能批准为完全等效（可作为类别学分）。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>证明材料（%1）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>适用年级</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>转入课程</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Write the reason for the decision first; it is kept with the new version.</source>
        <translation>请先填写决定理由；理由将随新版本保存。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>This equivalency was changed after you opened it:

%1

Your decision (%2) was not recorded; your reason is kept. Close and reopen the equivalency to decide on the newest version.</source>
        <translation>您打开后此课程等效已被更改：

%1

您的审批（%2）未被记录；您的理由已保留。请关闭后重新打开，对最新版本进行审批。</translation>
    </message>
    <message>
        <source>Recorded as version %1: %2.</source>
        <translation>已记录为第 %1 版：%2。</translation>
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation>无法附加文件</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Attach Syllabus</source>
        <translation>附加教学大纲</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt);;All files (*)</source>
        <translation>文档 (*.pdf *.docx *.doc *.odt *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>With this version</source>
        <translation>按此版本</translation>
    </message>
    <message>
        <source>Decided already</source>
        <translation>已作决定</translation>
    </message>
    <message>
        <source>yes — kept as decided</source>
        <translation>是 — 保持原决定</translation>
    </message>
    <message>
        <source>No student is treated differently by version %1.</source>
        <translation>第 %1 版对所有学生的处理结果不变。</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) treated differently by version %1; transfers already decided keep the version they were decided under.</source>
        <translation><numerusform>第 %1 版使 %n 名学生的处理结果不同；已作决定的学分转换保持原版本。</numerusform></translation>
    </message>
    <message>
        <source>closing</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>the reason typed for a decision</source>
        <translation>已填写的审批意见</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证明材料</translation>
    </message>
    <message>
        <source>The evidence cannot be read: %1</source>
        <translation>无法读取证明材料：%1</translation>
    </message>
    <message>
        <source>Version history</source>
        <translation>版本历史</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
</context>
<context>
    <name>dd::EquivalencyModel</name>
    <message>
        <source>proposed</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>block credit in %1</source>
        <translation>%1 类别学分</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>转出课程</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>转出课程名称</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>转入课程</translation>
    </message>
    <message>
        <source>Target title</source>
        <translation>转入课程名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>适用年级</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
</context>
<context>
    <name>dd::EquivalencyRepository</name>
    <message>
        <source>cannot store equivalency %1: %2</source>
        <translation>无法保存等效关系 %1：%2</translation>
    </message>
    <message>
        <source>cannot store equivalency %1: unknown course %2 %3</source>
        <translation>无法保存等效关系 %1：未知课程 %2 %3</translation>
    </message>
    <message>
        <source>evidence file %1 is empty</source>
        <translation>证明材料文件 %1 为空</translation>
    </message>
    <message>
        <source>cannot store evidence %1: %2</source>
        <translation>无法保存证明材料 %1：%2</translation>
    </message>
    <message>
        <source>no evidence with id %1</source>
        <translation>没有编号为 %1 的证明材料</translation>
    </message>
    <message>
        <source>no equivalency with the ID %1</source>
        <translation>没有编号为 %1 的等效关系</translation>
    </message>
</context>
<context>
    <name>dd::ExceptionDialog</name>
    <message>
        <source>Exception for %1 at %2</source>
        <translation>%1 在 %2 的特殊处理</translation>
    </message>
    <message>
        <source>waive — the requirement counts as met</source>
        <translation>豁免 — 视为已满足该要求</translation>
    </message>
    <message>
        <source>substitute — another course counts for it</source>
        <translation>替代 — 以其他课程计入</translation>
    </message>
    <message>
        <source>force-complete — met whatever the record says</source>
        <translation>认定完成 — 不论记录如何均视为满足</translation>
    </message>
    <message>
        <source>also-allow — a course may count here as well</source>
        <translation>追加计入 — 该课程也可计入此项</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the exception</source>
        <translation>特殊处理</translation>
    </message>
</context>
<context>
    <name>dd::ExceptionRepository</name>
    <message>
        <source>cannot record the exception for %1: %2</source>
        <translation>无法记录 %1 的特批：%2</translation>
    </message>
    <message>
        <source>cannot record the exception for %1: unknown student</source>
        <translation>无法记录 %1 的特批：未知学生</translation>
    </message>
</context>
<context>
    <name>dd::FieldRules</name>
    <message>
        <source>'%1' is not a valid date (YYYY-MM-DD)</source>
        <translation>“%1”不是有效日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>'%1' is not an ISO 3166-1 alpha-2 country code (e.g. TH, CN)</source>
        <translation>“%1”不是 ISO 3166-1 两字母国家代码（如 TH、CN）</translation>
    </message>
    <message>
        <source>'%1' is not an e-mail address</source>
        <translation>“%1”不是电子邮件地址</translation>
    </message>
    <message>
        <source>'%1' is not a year between 1990 and 2100</source>
        <translation>“%1”不是 1990 至 2100 之间的年份</translation>
    </message>
    <message>
        <source>'%1' is not a number of credits (0 to 100 in steps of 0.5)</source>
        <translation>“%1”不是学分数（0 至 100，以 0.5 为单位）</translation>
    </message>
    <message>
        <source>'%1' is not a whole number of hours</source>
        <translation>“%1”不是整数学时</translation>
    </message>
    <message>
        <source>'%1' is not a valid code (letters, digits, '-', '_', '.'; at most 32)</source>
        <translation>“%1”不是有效代码（字母、数字、'-'、'_'、'.'，最多 32 个）</translation>
    </message>
    <message>
        <source>'%1' is not a Thai national ID (13 digits)</source>
        <translation>“%1”不是泰国身份证号（13 位数字）</translation>
    </message>
    <message>
        <source>'%1' is not a Thai national ID: its check digit should be %2</source>
        <translation>“%1”不是泰国身份证号：校验位应为 %2</translation>
    </message>
    <message>
        <source>'%1' is not a Chinese resident ID (17 digits and a check character 0-9 or X)</source>
        <translation>“%1”不是中国居民身份证号（17 位数字加一位校验码 0-9 或 X）</translation>
    </message>
    <message>
        <source>'%1' is not a Chinese resident ID: its check character should be %2</source>
        <translation>“%1”不是中国居民身份证号：校验码应为 %2</translation>
    </message>
    <message>
        <source>'%1' is not a Chinese resident ID: %2 is not a birth date</source>
        <translation>“%1”不是中国居民身份证号：%2 不是出生日期</translation>
    </message>
    <message>
        <source>the resident ID gives the birth date %1, not the date of birth %2</source>
        <translation>身份证号中的出生日期为 %1，与出生日期 %2 不符</translation>
    </message>
    <message>
        <source>a national ID is recorded for nationality TH or CN only, not %1</source>
        <translation>仅记录泰国或中国国籍的身份证件号码，不适用于 %1</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>长 %1 个字符；最多允许 %2 个</translation>
    </message>
    <message>
        <source>has a broken character (half of a surrogate pair) at position %1</source>
        <translation>第 %1 个字符已损坏（代理对不完整）</translation>
    </message>
    <message>
        <source>has a control character (%1) at position %2</source>
        <translation>第 %2 个字符是控制字符（%1）</translation>
    </message>
    <message>
        <source>has a bidirectional control (%1) at position %2, which can make the text read differently from how it is stored</source>
        <translation>第 %2 个字符是双向控制符（%1），会使显示的文字与存储的不同</translation>
    </message>
    <message>
        <source>has an invisible or non-text character (%1) at position %2</source>
        <translation>第 %2 个字符是不可见或非文字字符（%1）</translation>
    </message>
</context>
<context>
    <name>dd::ImportDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Every line of the file is shown with what importing it would do. Nothing is written until you press Import, and then the whole file or nothing; a copy of the database is taken first.</source>
        <translation>文件的每一行都显示导入后会发生什么。按下“导入”之前不会写入任何内容;导入时要么整个文件全部写入,要么什么都不写;写入前先备份数据库。</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>文件内容(&amp;H):</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (Excel's "Unicode text")</source>
        <translation>UTF-16(Excel 的“Unicode 文本”)</translation>
    </message>
    <message>
        <source>GB18030 (Excel on Chinese Windows)</source>
        <translation>GB18030(中文 Windows 上的 Excel)</translation>
    </message>
    <message>
        <source>Windows-874 / TIS-620 (Excel on Thai Windows)</source>
        <translation>Windows-874 / TIS-620(泰文 Windows 上的 Excel)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E):</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>Lines with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <source>Lines that add or change</source>
        <translation>新增或修改的行</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S):</translation>
    </message>
    <message>
        <source>needed where the file changes a mark already recorded</source>
        <translation>文件修改已记录的成绩时必须填写</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Courses (the catalogue)</source>
        <translation>课程(课程目录)</translation>
    </message>
    <message>
        <source>Results (marks)</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Equivalencies</source>
        <translation>等效关系</translation>
    </message>
    <message>
        <source>Milestones (HSK, thesis)</source>
        <translation>里程碑(HSK、论文)</translation>
    </message>
    <message>
        <source>Audit exceptions</source>
        <translation>审核例外</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: not a list to import.</source>
        <translation>文件大于 %1 MB:不是可导入的名单。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件:%1</translation>
    </message>
    <message>
        <source>The file is not UTF-8, UTF-16, GB18030 or Windows-874: save it as "CSV UTF-8" and choose it again.</source>
        <translation>文件不是 UTF-8、UTF-16、GB18030 或 Windows-874:请另存为“CSV UTF-8”后重新选择。</translation>
    </message>
    <message>
        <source>Not Unicode: it reads as %1. %2 is proposed; check the names in the lines below, and choose the other encoding if they are wrong.</source>
        <translation>不是 Unicode:可按 %1 读取。建议使用 %2;请检查下面各行中的姓名,如有错误请选择另一种编码。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>按 %1 读取</translation>
    </message>
    <message>
        <source>recognised from the header</source>
        <translation>已根据表头识别</translation>
    </message>
    <message>
        <source>The header names the columns of no kind of file: choose what it holds to see what is wrong.</source>
        <translation>表头与任何文件类型的列都不符:请选择文件内容以查看问题所在。</translation>
    </message>
    <message>
        <source>The header fits more than one kind of file: choose one.</source>
        <translation>表头符合多种文件类型:请选择一种。</translation>
    </message>
    <message>
        <source>Choose what the file holds.</source>
        <translation>请选择文件内容。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): %1 new, %2 changed, %3 unchanged.</source>
        <translation><numerusform>%n 行:新增 %1,修改 %2,不变 %3。</numerusform></translation>
    </message>
    <message>
        <source> Nothing to import.</source>
        <translation> 没有需要导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing would be imported: %n line(s) refused. The whole file is imported or none of it.</source>
        <translation><numerusform>不会导入任何内容:%n 行被拒绝。整个文件要么全部导入,要么都不导入。</numerusform></translation>
    </message>
    <message>
        <source>Nothing would be imported: %1</source>
        <translation>不会导入任何内容:%1</translation>
    </message>
    <message>
        <source> Only the first 200 problems are shown.</source>
        <translation> 只显示前 200 个问题。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>the import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>%1. The database as it was before the import: %2</source>
        <translation>%1。导入前的数据库副本:%2</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入:%1</translation>
    </message>
    <message>
        <source>The file cannot be read as %1: %2</source>
        <translation>无法按 %1 读取文件:%2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>文件为空</translation>
    </message>
</context>
<context>
    <name>dd::ImportPreviewModel</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changes the stored record</source>
        <translation>修改已存记录</translation>
    </message>
    <message numerus="yes">
        <source>changes %n field(s)</source>
        <translation><numerusform>修改 %n 个字段</numerusform></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒绝：%1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>stored now: %1</source>
        <translation>当前存储:%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What importing does</source>
        <translation>导入后的结果</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>在修</translation>
    </message>
</context>
<context>
    <name>dd::InstitutionKeyRepository</name>
    <message>
        <source>the certificate stored for %1 cannot be read</source>
        <translation>无法读取为 %1 保存的证书</translation>
    </message>
    <message>
        <source>no certificate with the SHA-256 fingerprint %1 is trusted as %2's</source>
        <translation>没有 SHA-256 指纹为 %1 的证书被信任为 %2 的证书</translation>
    </message>
</context>
<context>
    <name>dd::InstitutionKeys</name>
    <message>
        <source>the key file %1</source>
        <translation>密钥文件 %1</translation>
    </message>
    <message>
        <source>the token of %1</source>
        <translation>%1 的令牌</translation>
    </message>
    <message>
        <source>no signing key is bound to %1 (keys use)</source>
        <translation>%1 未绑定签名密钥（keys use）</translation>
    </message>
    <message>
        <source>%1 cannot sign: %2</source>
        <translation>%1 无法签名：%2</translation>
    </message>
    <message>
        <source>the key at %1 is not the one bound to %2 (its certificate %3 differs; bind it again with keys use)</source>
        <translation>%1 处的密钥不是绑定给 %2 的那把（其证书 %3 不同；请用 keys use 重新绑定）</translation>
    </message>
    <message>
        <source> (a DEMO key: its passphrase is "%1")</source>
        <translation>（演示密钥：口令为“%1”）</translation>
    </message>
    <message>
        <source>%1 holds %2 certificates; give the partner's one</source>
        <translation>%1 含有 %2 个证书；请只提供合作院校的那一个</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>dd::InstitutionKeysDialog</name>
    <message>
        <source>Institution Keys</source>
        <translation>机构密钥</translation>
    </message>
    <message>
        <source>Issued transcripts are signed with the issuing institution's key. The key stays in its PKCS#12 file or on its token; the database keeps only the certificate, and the passphrase is asked for each time a key is used.</source>
        <translation>签发的成绩单以签发机构的密钥签名。密钥保存在其 PKCS#12 文件或令牌中；数据库只保存证书，每次使用密钥时都会询问口令。</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Use &amp;Key File…</source>
        <translation>使用密钥文件(&amp;K)…</translation>
    </message>
    <message>
        <source>Use &amp;Token…</source>
        <translation>使用令牌(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Export Certificate…</source>
        <translation>导出证书(&amp;E)…</translation>
    </message>
    <message>
        <source>T&amp;rust Partner Certificate…</source>
        <translation>信任合作方证书(&amp;R)…</translation>
    </message>
    <message>
        <source>no key: transcripts are issued unsigned</source>
        <translation>无密钥：成绩单以未签名方式签发</translation>
    </message>
    <message>
        <source>token: %1</source>
        <translation>令牌：%1</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Issued by %1; valid from %2; %3 key</source>
        <translation>颁发者 %1；自 %2 起有效；%3 密钥</translation>
    </message>
    <message>
        <source>%1 cannot sign: %2</source>
        <translation>%1 无法签名：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1's certificate ends in %n day(s), on %2: ask for a new one now.</source>
        <translation><numerusform>%1 的证书将在 %n 天后（%2）到期：请立即申请新证书。</numerusform></translation>
    </message>
    <message>
        <source>trusted partner certificate: %1</source>
        <translation>信任的合作方证书：%1</translation>
    </message>
    <message>
        <source>Use Key File</source>
        <translation>使用密钥文件</translation>
    </message>
    <message>
        <source>The key was not bound to %1: %2</source>
        <translation>密钥未绑定到 %1：%2</translation>
    </message>
    <message>
        <source>Trust Partner Certificate</source>
        <translation>信任合作方证书</translation>
    </message>
    <message>
        <source>%1 was not trusted: %2</source>
        <translation>未信任 %1：%2</translation>
    </message>
    <message>
        <source>Export Certificate</source>
        <translation>导出证书</translation>
    </message>
    <message>
        <source>%1 has no signing certificate</source>
        <translation>%1 没有签名证书</translation>
    </message>
    <message>
        <source>Key File of %1</source>
        <translation>%1 的密钥文件</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx)</source>
        <translation>PKCS#12 密钥文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>%1 的令牌</translation>
    </message>
    <message>
        <source>PKCS#11 URI of the key (pkcs11:token=…;object=…):</source>
        <translation>密钥的 PKCS#11 URI（pkcs11:token=…;object=…）：</translation>
    </message>
    <message>
        <source>Certificate of the key (only when the token holds the key alone)</source>
        <translation>密钥的证书（仅当令牌中只有密钥时）</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>证书 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Use Token</source>
        <translation>使用令牌</translation>
    </message>
    <message>
        <source>Export the Certificate of %1</source>
        <translation>导出 %1 的证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>证书 (*.pem)</translation>
    </message>
    <message>
        <source>Certificate of %1 to Trust</source>
        <translation>要信任的 %1 证书</translation>
    </message>
</context>
<context>
    <name>dd::Integrity</name>
    <message>
        <source>a database on a server is copied by the server's administrator (pg_dump), not to %1</source>
        <translation>服务器上的数据库由服务器管理员复制（pg_dump），不能复制到 %1</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file name</source>
        <translation>%1 已存在；请选择其他文件名</translation>
    </message>
    <message>
        <source>backup to %1 failed: %2</source>
        <translation>备份到 %1 失败：%2</translation>
    </message>
    <message>
        <source>the backup %1 cannot be opened: %2</source>
        <translation>无法打开备份 %1：%2</translation>
    </message>
    <message>
        <source>the backup %1 failed its integrity check: %2</source>
        <translation>备份 %1 未通过完整性检查：%2</translation>
    </message>
    <message>
        <source>cannot name the backup %1: %2</source>
        <translation>无法为备份 %1 命名：%2</translation>
    </message>
</context>
<context>
    <name>dd::KeySecret</name>
    <message>
        <source>Signing Key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Passphrase or PIN for %1:</source>
        <translation>%1 的口令或 PIN：</translation>
    </message>
    <message>
        <source>no passphrase was given</source>
        <translation>未输入口令</translation>
    </message>
</context>
<context>
    <name>dd::ListExport</name>
    <message>
        <source>personal data leaves only for a named recipient and purpose, recorded in the disclosure log</source>
        <translation>个人数据只能提供给指明的接收方和用途，并记入披露日志</translation>
    </message>
</context>
<context>
    <name>dd::LogCheckpoint</name>
    <message>
        <source>not a DualDegree change-log checkpoint</source>
        <translation>不是 DualDegree 变更日志检查点</translation>
    </message>
    <message>
        <source>the checkpoint file is incomplete (row, seal or certificate missing)</source>
        <translation>检查点文件不完整(缺少行号、封印或证书)</translation>
    </message>
    <message>
        <source>the checkpoint file is not in the form DualDegree writes</source>
        <translation>检查点文件不是 DualDegree 写入的格式</translation>
    </message>
</context>
<context>
    <name>dd::LogCheckpoints</name>
    <message>
        <source>the change log is broken at row %1 (run 'log verify'); a broken log is not signed</source>
        <translation>变更日志在第 %1 行断开(请运行 'log verify');断开的日志不予签署</translation>
    </message>
    <message>
        <source>the change log has no rows after the last checkpoint (row %1)</source>
        <translation>变更日志在最近的检查点(第 %1 行)之后没有新行</translation>
    </message>
    <message>
        <source>the change log is empty</source>
        <translation>变更日志为空</translation>
    </message>
    <message>
        <source>cannot store the checkpoint</source>
        <translation>无法保存检查点</translation>
    </message>
    <message>
        <source>the certificate (%1) does not name %2 in its CN or O</source>
        <translation>证书（%1）的 CN 或 O 中未写明 %2</translation>
    </message>
    <message>
        <source>the certificate (%1) is a certificate authority's, not a signer's</source>
        <translation>证书（%1）属于证书颁发机构，不是签名者证书</translation>
    </message>
    <message>
        <source>a %1 key is not supported (EC P-256 or RSA)</source>
        <translation>不支持 %1 密钥（须为 EC P-256 或 RSA）</translation>
    </message>
    <message>
        <source>its certificate (SHA-256 %1) is not in the database</source>
        <translation>其证书(SHA-256 %1)不在数据库中</translation>
    </message>
    <message>
        <source>its signature does not verify: the checkpoint or the seals it keeps were altered</source>
        <translation>其签名验证失败:检查点或其保存的封印已被改动</translation>
    </message>
    <message>
        <source>its certificate (%1) does not chain to the trusted authority: %2</source>
        <translation>其证书(%1)无法链接到受信任的机构:%2</translation>
    </message>
    <message>
        <source>no signed checkpoint covers log row %1</source>
        <translation>没有已签署的检查点覆盖日志第 %1 行</translation>
    </message>
    <message>
        <source>the checkpoint at log row %1 does not hold: %2</source>
        <translation>日志第 %1 行的检查点不成立:%2</translation>
    </message>
    <message>
        <source>log row %1, signed at the checkpoint of row %2, is missing</source>
        <translation>在第 %2 行检查点签署的日志第 %1 行已缺失</translation>
    </message>
    <message>
        <source>log row %1 differs from what the checkpoint of row %2 (%3, %4) signed</source>
        <translation>日志第 %1 行与第 %2 行检查点(%3,%4)所签署的内容不同</translation>
    </message>
    <message>
        <source>the row is not in the change log</source>
        <translation>该行不在变更日志中</translation>
    </message>
    <message>
        <source>the row was changed without being logged</source>
        <translation>该行被更改但未记入日志</translation>
    </message>
</context>
<context>
    <name>dd::LoginDialog</name>
    <message>
        <source>%1 requires logging in.</source>
        <translation>%1 需要登录。</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>%1 was not opened: it requires logging in</source>
        <translation>未打开 %1：需要登录</translation>
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
        <source>DualDegree databases (*.db)</source>
        <translation>DualDegree 数据库 (*.db)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>DualDegree — %1 on %2</source>
        <translation>DualDegree — %2 上的 %1</translation>
    </message>
    <message>
        <source>logging in as another user</source>
        <translation>以其他用户登录</translation>
    </message>
    <message>
        <source>connecting to a server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>opening another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <source>opening the demo database</source>
        <translation>打开演示数据库</translation>
    </message>
    <message>
        <source>quitting</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>creating a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>%1 (%2, single-user database: no password)</source>
        <translation>%1（%2，单用户数据库：无密码）</translation>
    </message>
    <message>
        <source>DualDegree — %1 (read-only)</source>
        <translation>DualDegree — %1（只读）</translation>
    </message>
    <message>
        <source>DualDegree — %1 (behind its chain head: changes refused)</source>
        <translation>DualDegree — %1（落后于链头：拒绝更改）</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>changes refused: behind its chain head</source>
        <translation>拒绝更改：落后于链头</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for a signed checkpoint</source>
        <translation><numerusform>%n 项更改等待签署检查点</numerusform></translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>在%1之前</translation>
    </message>
</context>
<context>
    <name>dd::MarkEntryService</name>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2（%3）：%4</translation>
    </message>
    <message>
        <source>%1: the recorded mark %2 becomes %3; a grade change needs a reason</source>
        <translation>%1：已记录的成绩 %2 将变为 %3；更改成绩需要填写原因</translation>
    </message>
    <message>
        <source>%1 (the row as stored now cannot be read: %2)</source>
        <translation>%1（无法读取当前存储的记录：%2）</translation>
    </message>
</context>
<context>
    <name>dd::MarkSheetModel</name>
    <message>
        <source>regular</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>make-up exam</source>
        <translation>补考</translation>
    </message>
    <message>
        <source>retake</source>
        <translation>重修</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>在修</translation>
    </message>
    <message>
        <source>new attempt</source>
        <translation>新增修读</translation>
    </message>
    <message>
        <source>first mark</source>
        <translation>首次录入</translation>
    </message>
    <message>
        <source>grade change</source>
        <translation>成绩更改</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>考试性质</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已录入</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>dd::MilestoneRepository</name>
    <message>
        <source>cannot record %1 of %2: %3</source>
        <translation>无法记录 %2 的 %1：%3</translation>
    </message>
    <message>
        <source>cannot record %1 of %2: unknown student</source>
        <translation>无法记录 %2 的 %1：未知学生</translation>
    </message>
</context>
<context>
    <name>dd::NewEquivalencyDialog</name>
    <message>
        <source>&amp;Propose</source>
        <translation>提议(&amp;P)</translation>
    </message>
    <message>
        <source>The source hours make %1 %2 credits.</source>
        <translation>转出课程学时按 %2 标准折合 %1 学分。</translation>
    </message>
    <message>
        <source>The block credit brings %1.</source>
        <translation>类别学分可得 %1 学分。</translation>
    </message>
    <message>
        <source>The target carries %1: it can be approved as a full equivalent.</source>
        <translation>转入课程为 %1 学分：可批准为完全等效。</translation>
    </message>
    <message>
        <source>The target carries %1, more than one credit beyond: it can be proposed, but only block credit could be approved.</source>
        <translation>转入课程为 %1 学分，超出 1 学分以上：可以提议，但只能批准为类别学分。</translation>
    </message>
    <message>
        <source>the proposed equivalency</source>
        <translation>提议的课程等效</translation>
    </message>
</context>
<context>
    <name>dd::OfficeDialogs</name>
    <message>
        <source>importing a partner's record</source>
        <translation>导入合作院校的记录</translation>
    </message>
    <message>
        <source>Import a File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Lists and records (*.csv *.txt *.xml);;CSV files (*.csv *.txt);;A partner's ELMO record (*.xml)</source>
        <translation>名单和记录 (*.csv *.txt *.xml);;CSV 文件 (*.csv *.txt);;合作方的 ELMO 记录 (*.xml)</translation>
    </message>
    <message>
        <source>importing a file</source>
        <translation>导入文件</translation>
    </message>
</context>
<context>
    <name>dd::OutputFile</name>
    <message>
        <source>no file was named</source>
        <translation>未指定文件</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; name the file itself</source>
        <translation>%1 是符号链接；请指定文件本身</translation>
    </message>
    <message>
        <source>%1 is a named pipe, not a file</source>
        <translation>%1 是命名管道，不是文件</translation>
    </message>
    <message>
        <source>%1 is a device, not a file</source>
        <translation>%1 是设备，不是文件</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file in it</source>
        <translation>%1 是文件夹；请指定其中的文件</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是普通文件</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full</source>
        <translation>无法写入 %1：磁盘已满</translation>
    </message>
    <message>
        <source>cannot write %1: the file would be larger than this system allows</source>
        <translation>无法写入 %1：文件将超过系统允许的大小</translation>
    </message>
    <message>
        <source>cannot write %1: the disk or medium is read-only</source>
        <translation>无法写入 %1：磁盘或介质为只读</translation>
    </message>
    <message>
        <source>cannot write %1: the folder is read-only for you</source>
        <translation>无法写入 %1：该文件夹对您只读</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>dd::PartnerCertificatesDialog</name>
    <message>
        <source>&amp;Trust a Certificate…</source>
        <translation>信任证书(&amp;T)…</translation>
    </message>
    <message>
        <source>Partner Certificates</source>
        <translation>合作院校证书</translation>
    </message>
    <message>
        <source>A partner's record (File › Exchange › Import a Partner's Record) is imported only when its signature verifies under a certificate trusted here as that institution's. Take the certificate from the partner's office and compare its SHA-256 fingerprint with theirs by another channel (a call, a letter) before trusting it.</source>
        <translation>合作院校的记录（文件 › 交换 › 导入合作院校的记录）只有在其签名能用本处信任的该院校证书验证时才会导入。请从合作院校办公室取得证书，并在信任前通过其他渠道（电话、信函）核对其 SHA-256 指纹。</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Issued by %1; %2 key</source>
        <translation>由 %1 签发；%2 密钥</translation>
    </message>
    <message>
        <source>%1 was not trusted: %2</source>
        <translation>未信任 %1：%2</translation>
    </message>
    <message>
        <source>Trust a Certificate</source>
        <translation>信任证书</translation>
    </message>
    <message>
        <source>Whose certificate is it (the partner institution)?</source>
        <translation>这是哪所院校（合作院校）的证书？</translation>
    </message>
    <message>
        <source>Certificate of %1 to Trust</source>
        <translation>要信任的 %1 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>证书 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>&amp;Withdraw Trust…</source>
        <translation>撤销信任(&amp;W)…</translation>
    </message>
    <message>
        <source>A renewed or compromised certificate: the partner's records signed with it are refused from now on</source>
        <translation>已更新或已泄露的证书：今后以它签名的合作院校记录都将被拒绝</translation>
    </message>
    <message>
        <source>Stop trusting %1 as %2's? Records signed with it will be refused from now on; what was imported stays.</source>
        <translation>不再将 %1 信任为 %2 的证书？今后以它签名的记录都将被拒绝；已导入的内容保留。</translation>
    </message>
</context>
<context>
    <name>dd::Permissions</name>
    <message>
        <source>read records</source>
        <translation>查看记录</translation>
    </message>
    <message>
        <source>see passport numbers and dates of birth</source>
        <translation>查看护照号码和出生日期</translation>
    </message>
    <message>
        <source>add or change students</source>
        <translation>添加或修改学生</translation>
    </message>
    <message>
        <source>delete students</source>
        <translation>删除学生</translation>
    </message>
    <message>
        <source>change courses</source>
        <translation>修改课程</translation>
    </message>
    <message>
        <source>enter or change results</source>
        <translation>录入或修改成绩</translation>
    </message>
    <message>
        <source>decide transfer credit and equivalencies</source>
        <translation>审批学分转换和课程等效</translation>
    </message>
    <message>
        <source>grant or revoke exceptions</source>
        <translation>批准或撤销特殊处理</translation>
    </message>
    <message>
        <source>record milestones</source>
        <translation>记录非课程考核</translation>
    </message>
    <message>
        <source>issue transcripts</source>
        <translation>签发成绩单</translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>load regulations</source>
        <translation>载入规章</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>备份或恢复数据库</translation>
    </message>
    <message>
        <source>no one is logged in; log in to %1</source>
        <translation>尚未登录；请登录后%1</translation>
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation>账户 %1 已停用</translation>
    </message>
    <message>
        <source>%1 may not %2 for %3</source>
        <translation>%1 无权为 %3 %2</translation>
    </message>
    <message>
        <source>%1 may not %2</source>
        <translation>%1 无权%2</translation>
    </message>
    <message>
        <source>bind signing keys or trust certificates</source>
        <translation>绑定签名密钥或信任证书</translation>
    </message>
    <message>
        <source>sign the change log with the institution's key</source>
        <translation>用本机构密钥签署变更日志</translation>
    </message>
    <message>
        <source>import a partner institution's signed records</source>
        <translation>导入合作院校的签名记录</translation>
    </message>
</context>
<context>
    <name>dd::PlanModel</name>
    <message>
        <source>%1 %2 (%3): %4 now; with %5 assumed on every remaining course it cannot reach %6</source>
        <translation>%1 %2（%3）：目前 %4；即使其余课程均按 %5 计，也无法达到 %6</translation>
    </message>
    <message>
        <source>no GPA</source>
        <translation>无绩点</translation>
    </message>
    <message>
        <source>with %1 assumed at %2 a course converts to %3 at %4, which %4 does not accept: no credit transfers from %2 in this plan</source>
        <translation>%2 假定 %1 时，课程在 %4 换算为 %3，%4 不予接受：本方案中 %2 的课程不转换学分</translation>
    </message>
    <message>
        <source>%1 assumed at %2 has no conversion to %3: no credit transfers from %2 in this plan</source>
        <translation>%2 假定的 %1 无法换算到 %3：本方案中 %2 的课程不转换学分</translation>
    </message>
    <message>
        <source>%1 needs %2, which is not in the %3 catalogue</source>
        <translation>%1 需要 %2，但它不在 %3 课程目录中</translation>
    </message>
    <message>
        <source>%1 needs %2, offered in %3; no such term at %4 is left before the time limit ends with %5</source>
        <translation>%1 需要 %2（开设于 %3）；在修业年限于 %5 结束前，%4 已无这样的学期</translation>
    </message>
    <message>
        <source>every regular semester</source>
        <translation>每个正常学期</translation>
    </message>
    <message>
        <source>semester %1</source>
        <translation>第 %1 学期</translation>
    </message>
    <message>
        <source> (the programme path has the student at %1 in no term before then)</source>
        <translation>（按培养路径，此前该生不会在 %1 学习任何学期）</translation>
    </message>
    <message>
        <source>%1: %2 more credits needed; the courses still open before the time limit (%3) bring %4</source>
        <translation>%1：还需 %2 学分；修业年限（%3）前可修的课程只能提供 %4 学分</translation>
    </message>
    <message>
        <source>%1: %2 more courses needed; the courses still open before the time limit (%3) bring %4</source>
        <translation>%1：还需 %2 门课；修业年限（%3）前可修的课程只能提供 %4 门</translation>
    </message>
    <message>
        <source>%1, even with every course still open before the time limit (%2) passed at %3</source>
        <translation>%1，即使修业年限（%2）前可修的课程全部按 %3 通过也是如此</translation>
    </message>
    <message>
        <source>%1 at most %2 credits a regular term</source>
        <translation>%1 每个正常学期至多 %2 学分</translation>
    </message>
    <message numerus="yes">
        <source>what both programmes still need does not fit in the %n term(s) left before the time limit (the last: %1) at the loads allowed (%2)</source>
        <translation><numerusform>两个培养方案尚缺的课程，按允许的学分量（%2）排不进修业年限前剩余的 %n 个学期（最后一个：%1）</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation>%1 / %2 学分</translation>
    </message>
    <message>
        <source>%1 %2 (%3) is not met: %4</source>
        <translation>%1 %2（%3）未满足：%4</translation>
    </message>
</context>
<context>
    <name>dd::PlanRunner</name>
    <message>
        <source>the programme %1 does not say in which years of study its students are at %2 (study.years in its rule file)</source>
        <translation>培养方案 %1 未说明学生哪几年在 %2 学习（规则文件中的 study.years）</translation>
    </message>
    <message>
        <source>the %1 policy sets no credit load per term (load in its policy file)</source>
        <translation>%1 政策未规定每学期学分量（政策文件中的 load）</translation>
    </message>
    <message>
        <source>year %1 of study is at both %2 and %3</source>
        <translation>第 %1 学年同时在 %2 和 %3</translation>
    </message>
    <message numerus="yes">
        <source>no term is left before the time limit of %n year(s) from the cohort's first (%1)</source>
        <translation><numerusform>自入学年（%1）起 %n 年的修业年限内已无剩余学期</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2): %3 is not in the %2 catalogue</source>
        <translation>%1（%2）：%3 不在 %2 课程目录中</translation>
    </message>
    <message>
        <source>%1 (%2): %3 cannot be added, the term is under way</source>
        <translation>%1（%2）：学期已开始，不能再加入 %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3 is not offered in semester %4 (offered in %5)</source>
        <translation>%1（%2）：%3 不在第 %4 学期开设（开设于 %5）</translation>
    </message>
    <message>
        <source>every regular semester</source>
        <translation>每个正常学期</translation>
    </message>
    <message>
        <source>%1 (%2): %3 is passed already</source>
        <translation>%1（%2）：%3 已通过</translation>
    </message>
    <message>
        <source>%1 (%2): %3 credits, above the most a term may carry (%4)</source>
        <translation>%1（%2）：%3 学分，超过每学期上限（%4）</translation>
    </message>
    <message>
        <source>%1 (%2): %3 credits, below the least a regular term carries (%4)</source>
        <translation>%1（%2）：%3 学分，低于正常学期下限（%4）</translation>
    </message>
</context>
<context>
    <name>dd::PlanService</name>
    <message>
        <source>--assume: '%1' is not INSTITUTION=GRADE with one of %2</source>
        <translation>--assume：“%1”不是 学校=成绩 的形式（学校为 %2 之一）</translation>
    </message>
    <message>
        <source>--assume: '%1' is not a passing graded mark at %2 (%3)</source>
        <translation>--assume：“%1”不是 %2 的及格计分成绩（%3）</translation>
    </message>
    <message>
        <source>no %1 programme for catalogue year %2</source>
        <translation>没有 %2 年级的 %1 培养方案</translation>
    </message>
    <message>
        <source>the %1 policy names no grade to assume (planning.assumed_grade): give --assume %1=GRADE</source>
        <translation>%1 政策未规定假定成绩（planning.assumed_grade）：请给出 --assume %1=成绩</translation>
    </message>
    <message>
        <source>--from: '%1' is not a term of either institution (for example %2)</source>
        <translation>--from：“%1”不是任一学校的学期（例如 %2）</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>dd::PlanView</name>
    <message>
        <source>Plan to both degrees</source>
        <translation>双学位规划</translation>
    </message>
    <message>
        <source>semester %1</source>
        <translation>第 %1 学期</translation>
    </message>
    <message>
        <source>summer term</source>
        <translation>暑期学期</translation>
    </message>
    <message>
        <source>%1 %2 (%3, year %4)
%5 of at most %6 credits</source>
        <translation>%1 %2（%3，第 %4 学年）
%5 学分，上限 %6 学分</translation>
    </message>
    <message>
        <source>Type a student's id and press Plan: the terms and courses that give both degrees soonest.</source>
        <translation>输入学号并按“规划”：最快获得两个学位的学期与课程。</translation>
    </message>
    <message>
        <source>%1 meets both programmes already.</source>
        <translation>%1 已满足两个培养方案。</translation>
    </message>
    <message numerus="yes">
        <source>%1: both degrees after %2 — %3 credits in %n term(s).</source>
        <translation><numerusform>%1：%2 后获得两个学位——%n 个学期共 %3 学分。</numerusform></translation>
    </message>
    <message>
        <source>%1: no plan gives both degrees before the time limit as it stands.</source>
        <translation>%1：按现状，修业年限内没有能获得两个学位的方案。</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 学分</translation>
    </message>
    <message>
        <source>%1 credits · %2</source>
        <translation>%1 学分 · %2</translation>
    </message>
    <message>
        <source>In progress: the term is under way</source>
        <translation>修读中：学期已开始</translation>
    </message>
    <message>
        <source>Drag to another %1 term to move it</source>
        <translation>拖到 %1 的另一学期即可移动</translation>
    </message>
    <message>
        <source>%1 at %2 needed by %3 (%4)</source>
        <translation>%2 的 %1 须在 %3 前完成（%4）</translation>
    </message>
    <message>
        <source>Every term within its load, every course offered when planned, both programmes met.</source>
        <translation>每学期均在学分上限内，每门课都在开设学期，两个培养方案均满足。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>课程名称</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>学分</translation>
    </message>
    <message>
        <source>Requirements filled</source>
        <translation>满足的要求</translation>
    </message>
</context>
<context>
    <name>dd::PolicyRepository</name>
    <message>
        <source>cannot store %1 policy %2: %3</source>
        <translation>无法保存 %1 规则 %2：%3</translation>
    </message>
</context>
<context>
    <name>dd::ProgrammeRepository</name>
    <message>
        <source>cannot store programme %1: %2</source>
        <translation>无法保存培养方案 %1：%2</translation>
    </message>
</context>
<context>
    <name>dd::ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Graduation list</source>
        <translation>毕业名单</translation>
    </message>
    <message>
        <source>Degree-committee list</source>
        <translation>学位评定委员会名单</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>the institution's committee or graduation office</source>
        <translation>学校的委员会或毕业办公室</translation>
    </message>
    <message>
        <source>the list of the cohort</source>
        <translation>该年级的名单</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>名单(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>学校(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>接收方(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 students, %2 eligible, %3 not eligible.</source>
        <translation>共 %1 名学生，符合条件 %2 名，不符合 %3 名。</translation>
    </message>
    <message>
        <source>The list was not written: %1</source>
        <translation>名单未写入：%1</translation>
    </message>
    <message>
        <source>%1 written: %2 students, %3 eligible; recorded in the disclosure log.</source>
        <translation>已写入 %1：%2 名学生，符合条件 %3 名；已记入披露记录。</translation>
    </message>
    <message>
        <source>Save the List</source>
        <translation>保存名单</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>项目学号</translation>
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
        <source>Native name</source>
        <translation>本族文字姓名</translation>
    </message>
    <message>
        <source>GPA</source>
        <translation>平均学分绩点</translation>
    </message>
    <message>
        <source>Credits earned</source>
        <translation>已获学分</translation>
    </message>
    <message>
        <source>Credits required</source>
        <translation>要求学分</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>毕业</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>学位</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉学位</translation>
    </message>
    <message>
        <source>HSK</source>
        <translation>汉语水平考试</translation>
    </message>
    <message>
        <source>Requirements not met</source>
        <translation>未达要求</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>年级(&amp;O)：</translation>
    </message>
    <message>
        <source>Plans to both degrees</source>
        <translation>双学位规划</translation>
    </message>
    <message>
        <source>Planning cohort %1…</source>
        <translation>正在规划 %1 级…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>met already</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>on time with a summer term</source>
        <translation>按时（需暑期学期）</translation>
    </message>
    <message>
        <source>late</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>cannot</source>
        <translation>无法完成</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Both degrees after</source>
        <translation>获得两个学位于</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>学期数</translation>
    </message>
    <message>
        <source>Summer terms</source>
        <translation>暑期学期</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>学分</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>非课程考核</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 students: %2 met already, %3 on time, %4 with a summer term, %5 late, %6 cannot.</source>
        <translation>%1 名学生：已满足 %2，按时 %3，需暑期学期 %4，延期 %5，无法完成 %6。</translation>
    </message>
    <message>
        <source>%1 written: plans of %2 students; recorded in the disclosure log.</source>
        <translation>已写入 %1：%2 名学生的规划；已记入披露日志。</translation>
    </message>
</context>
<context>
    <name>dd::ResultRepository</name>
    <message>
        <source>cannot record the result of %1 in %2 %3: %4</source>
        <translation>无法记录 %1 在 %2 %3 的成绩：%4</translation>
    </message>
    <message>
        <source>cannot record the result of %1 in %2 %3 (%4): unknown student, course or term</source>
        <translation>无法记录 %1 在 %2 %3（%4）的成绩：学生、课程或学期未知</translation>
    </message>
    <message>
        <source>a grade change needs a reason</source>
        <translation>更改成绩需要填写原因</translation>
    </message>
</context>
<context>
    <name>dd::ResultsEntryView</name>
    <message numerus="yes">
        <source>Save %n mark(s)</source>
        <translation><numerusform>保存 %n 条成绩</numerusform></translation>
    </message>
    <message>
        <source>%1: “%2” is not accepted — %3</source>
        <translation>%1：“%2”不被接受 — %3</translation>
    </message>
    <message>
        <source>Pass/fail course: type the institution's pass or fail mark (CQUPT P/F, RUTS S/U); empty = in progress.</source>
        <translation>合格/不合格课程：输入本校的合格或不合格标记（重邮 P/F，RUTS S/U）；留空表示在修。</translation>
    </message>
    <message>
        <source>Type marks 0–100 or a five-level word (优秀, 良好, 中等, 及格, 不及格); empty = in progress.</source>
        <translation>输入 0–100 分或五级制（优秀、良好、中等、及格、不及格）；留空表示在修。</translation>
    </message>
    <message>
        <source>Type letters A, B+, B, C+, C, D+, D, F, or W, I; empty = in progress.</source>
        <translation>输入等级 A、B+、B、C+、C、D+、D、F，或 W、I；留空表示在修。</translation>
    </message>
    <message>
        <source>Choose a student first; each kind of attempt is added once per term.</source>
        <translation>请先选择学生；每种修读类型每学期只能添加一次。</translation>
    </message>
    <message>
        <source>Grade Change</source>
        <translation>成绩更改</translation>
    </message>
    <message>
        <source>Some recorded marks change. Reason for the grade change (required):</source>
        <translation>部分已录入成绩将被更改。成绩更改理由（必填）：</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>The %1 result of %2 was changed after you opened this sheet.

Your mark: %3
Recorded now: %4 (by %5)

Nothing was saved; your marks are still in the sheet. Press Discard changes to see the sheet as it is now.</source>
        <translation>打开成绩录入表后，%2 的%1成绩已被更改。

您的成绩：%3
当前记录：%4（%5 录入）

未保存任何内容；您输入的成绩仍在成绩录入表中。点击“放弃修改”可查看当前记录。</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>在修</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>成绩</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) saved.</source>
        <translation><numerusform>已保存 %n 条成绩。</numerusform></translation>
    </message>
    <message>
        <source>showing another sheet</source>
        <translation>显示其他成绩录入表</translation>
    </message>
    <message numerus="yes">
        <source>Save %n &amp;mark(s)</source>
        <translation><numerusform>保存 %n 条成绩(&amp;M)</numerusform></translation>
    </message>
    <message>
        <source>Save &amp;marks</source>
        <translation>保存成绩(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%n typed mark(s) of %1 %2 (%3)</source>
        <translation><numerusform>%1 %2（%3）中已输入的 %n 条成绩</numerusform></translation>
    </message>
    <message>
        <source>The marks cannot be read: %1</source>
        <translation>无法读取成绩：%1</translation>
    </message>
    <message>
        <source>(name cannot be read: %1)</source>
        <translation>（无法读取姓名：%1）</translation>
    </message>
    <message>
        <source>The sheet cannot be read: %1</source>
        <translation>无法读取成绩单：%1</translation>
    </message>
    <message>
        <source>Mark sheet</source>
        <translation>成绩登记表</translation>
    </message>
</context>
<context>
    <name>dd::RoleNote</name>
    <message>
        <source>Not available to you: %1.</source>
        <translation>您不能使用：%1。</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>CQUPT registrar</source>
        <translation>重邮教务员</translation>
    </message>
    <message>
        <source>RUTS coordinator</source>
        <translation>RUTS 项目协调员</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>只读用户</translation>
    </message>
    <message>
        <source>this database is open read-only: its folder, the file or the disk cannot be written here</source>
        <translation>此数据库以只读方式打开：此处无法写入其文件夹、文件或磁盘</translation>
    </message>
    <message>
        <source>this database takes no changes until an administrator restores its newest backup or adopts it as it is (File › Adopt Database As It Is…)</source>
        <translation>在管理员恢复其最新备份或按现状接受它之前，此数据库不接受任何更改（文件 › 按现状接受数据库…）</translation>
    </message>
</context>
<context>
    <name>dd::SaveRecordCommand</name>
    <message>
        <source>%1 — yours: “%2”, saved meanwhile: “%3”</source>
        <translation>%1 — 您的：“%2”，期间已保存：“%3”</translation>
    </message>
</context>
<context>
    <name>dd::SchemaMigrator</name>
    <message>
        <source>%1 is not a DualDegree database (%2); it was left untouched</source>
        <translation>%1 不是 DualDegree 数据库（%2）；未做任何改动</translation>
    </message>
    <message>
        <source>%1 is %2 database of another application, not a DualDegree database; it was left untouched</source>
        <translation>%1 是其他应用程序的 %2 数据库，不是 DualDegree 数据库；未做任何改动</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of DualDegree (schema %2; this version reads up to %3); it was left untouched</source>
        <translation>%1 由更新版本的 DualDegree 写入（结构版本 %2；此版本最多读取 %3）；未做任何改动</translation>
    </message>
    <message>
        <source>not upgrading %1: the backup before the upgrade failed: %2</source>
        <translation>未升级 %1：升级前的备份失败：%2</translation>
    </message>
    <message>
        <source>internal error: migration %1 does not follow %2</source>
        <translation>内部错误：迁移步骤 %1 未接续 %2</translation>
    </message>
    <message>
        <source>upgrading %1 to schema %2 (%3) failed, nothing was changed: %4</source>
        <translation>将 %1 升级到结构版本 %2（%3）失败，未做任何更改：%4</translation>
    </message>
    <message>
        <source>upgrading %1 failed, nothing was changed: %2</source>
        <translation>升级 %1 失败，未做任何更改：%2</translation>
    </message>
</context>
<context>
    <name>dd::Sql</name>
    <message>
        <source>the connection to the database server was lost, so this was not saved (%1); the next step connects again</source>
        <translation>与数据库服务器的连接已断开，因此未保存（%1）；下一步操作将重新连接</translation>
    </message>
    <message>
        <source>another user's save crossed this one, so this was not saved; try again (%1)</source>
        <translation>另一个用户的保存与此次冲突，因此未保存；请重试（%1）</translation>
    </message>
    <message>
        <source>could not prepare a statement: %1</source>
        <translation>无法准备语句：%1</translation>
    </message>
    <message>
        <source>the %1 row was changed or deleted by someone else since it was read; reload it and try again</source>
        <translation>%1 记录在读取后已被他人更改或删除；请重新加载后再试</translation>
    </message>
    <message>
        <source>the %1 row was changed or deleted by someone else since it was read</source>
        <translation>%1 记录在读取后已被他人更改或删除</translation>
    </message>
    <message>
        <source>cannot add rows to %1: %2</source>
        <translation>无法向 %1 添加记录：%2</translation>
    </message>
    <message>
        <source>the text “%1” %2; nothing was saved</source>
        <translation>文本“%1”%2；未保存任何内容</translation>
    </message>
    <message>
        <source>the database is read-only here (its folder, the file or the disk cannot be written): nothing was saved</source>
        <translation>数据库在此处为只读（无法写入其文件夹、文件或磁盘）：未保存任何内容</translation>
    </message>
    <message>
        <source>this database may not be changed until an administrator restores its newest backup or adopts it as it is (see 'log verify'): nothing was saved</source>
        <translation>在管理员恢复其最新备份或按现状接受它之前，此数据库不得更改（见 'log verify'）：未保存任何内容</translation>
    </message>
    <message>
        <source>the disk is full: nothing was saved</source>
        <translation>磁盘已满：未保存任何内容</translation>
    </message>
    <message>
        <source>the database file has reached the largest size this program may write (a file size limit): nothing was saved</source>
        <translation>数据库文件已达到本程序可写入的最大大小（文件大小限制）：未保存任何内容</translation>
    </message>
    <message>
        <source>the disk has become read-only: nothing was saved</source>
        <translation>磁盘已变为只读：未保存任何内容</translation>
    </message>
    <message>
        <source>the disk failed while writing (removed, or failing): nothing was saved</source>
        <translation>写入时磁盘出错（已被移除或正在损坏）：未保存任何内容</translation>
    </message>
    <message>
        <source>the disk could not be written (%1): nothing was saved</source>
        <translation>无法写入磁盘（%1）：未保存任何内容</translation>
    </message>
</context>
<context>
    <name>dd::StudentChecks</name>
    <message>
        <source>is required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>could not be checked against other students: %1</source>
        <translation>无法与其他学生核对：%1</translation>
    </message>
    <message>
        <source>%1 belongs to student %2 already</source>
        <translation>%1 已属于学生 %2</translation>
    </message>
    <message>
        <source>%1 is not a plausible date of birth</source>
        <translation>%1 不是合理的出生日期</translation>
    </message>
    <message>
        <source>belongs to student %1 already</source>
        <translation>已属于学生 %1</translation>
    </message>
    <message>
        <source>'%1' is not a status (expected %2)</source>
        <translation>“%1”不是学籍状态（应为 %2）</translation>
    </message>
</context>
<context>
    <name>dd::StudentDialog</name>
    <message>
        <source>Edit student %1</source>
        <translation>编辑学生 %1</translation>
    </message>
    <message>
        <source>Add student %1</source>
        <translation>添加学生 %1</translation>
    </message>
    <message>
        <source>New Student</source>
        <translation>新建学生</translation>
    </message>
    <message>
        <source>Student %1</source>
        <translation>学生 %1</translation>
    </message>
    <message>
        <source>%1 exists already</source>
        <translation>%1 已存在</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation><numerusform>有 %n 项需要修改；未保存任何内容。</numerusform></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it. Nothing was saved; your input is kept. Save again to replace what is stored now.

%2</source>
        <translation>您打开后 %1 已被他人更改。未保存任何内容；您的输入已保留。再次保存将替换当前记录。

%2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Institution / term / course</source>
        <translation>学校 / 学期 / 课程</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>考试性质</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>在修</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>From</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>转入课程</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>成绩</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>学分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): GPA %3, %4 of %5 credits; graduation %6, degree %7%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）：平均学分绩点 %3，%4 / %5 学分；毕业资格：%6，学位资格：%7%8</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未符合条件</translation>
    </message>
    <message>
        <source>, honours: %1</source>
        <translation>，荣誉学位：%1</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原为</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现为</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>历史 (%1)</translation>
    </message>
    <message>
        <source>result %1</source>
        <translation>成绩 %1</translation>
    </message>
    <message>
        <source>transfer into %1</source>
        <translation>转入 %1</translation>
    </message>
    <message>
        <source>exception: %1 %2</source>
        <translation>特殊处理：%1 %2</translation>
    </message>
    <message>
        <source>milestone %1</source>
        <translation>非课程考核 %1</translation>
    </message>
    <message>
        <source>student record</source>
        <translation>学生记录</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>as found when the log began</source>
        <translation>日志开始时的状态</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Log row</source>
        <translation>日志序号</translation>
    </message>
    <message>
        <source>the new student</source>
        <translation>新学生</translation>
    </message>
    <message>
        <source>By</source>
        <comment>changed by</comment>
        <translation>操作人</translation>
    </message>
    <message>
        <source>changes to %1</source>
        <translation>对 %1 的修改</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
</context>
<context>
    <name>dd::StudentListModel</name>
    <message>
        <source>Student ID</source>
        <translation>项目学号</translation>
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
        <translation>RUTS 学号</translation>
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
<context>
    <name>dd::StudentRepository</name>
    <message>
        <source>cannot add student %1: %2</source>
        <translation>无法添加学生 %1：%2</translation>
    </message>
    <message>
        <source>cannot add the students: %1</source>
        <translation>无法添加学生：%1</translation>
    </message>
    <message>
        <source>cannot save student %1: %2</source>
        <translation>无法保存学生 %1：%2</translation>
    </message>
    <message>
        <source>cannot delete student %1: %2 results, %3 transfers, %4 exceptions, %5 milestones and %6 transcripts refer to it</source>
        <translation>无法删除学生 %1：有 %2 条成绩、%3 条学分转换、%4 条特批、%5 项里程碑和 %6 份成绩单引用该学生</translation>
    </message>
    <message>
        <source>cannot delete student %1: %2</source>
        <translation>无法删除学生 %1：%2</translation>
    </message>
    <message>
        <source>no students in cohort %1</source>
        <translation>%1 级没有学生</translation>
    </message>
</context>
<context>
    <name>dd::StudentsView</name>
    <message>
        <source>Reading the students failed</source>
        <translation>无法读取学生列表</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>全部年级</translation>
    </message>
    <message>
        <source>Loading the cohorts failed</source>
        <translation>无法加载年级列表</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>搜索失败</translation>
    </message>
    <message>
        <source>No such student</source>
        <translation>无此学生</translation>
    </message>
    <message>
        <source>Delete student</source>
        <translation>删除学生</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 results, %3 transfers, %4 exceptions, %5 milestones and %6 transcripts refer to the student. A student who has left keeps the record: set the status instead.</source>
        <translation>无法删除 %1：有 %2 条成绩、%3 条学分转换、%4 条特殊处理、%5 条非课程考核记录和 %6 份成绩单引用该学生。离校学生的记录应保留：请改为修改学籍状态。</translation>
    </message>
    <message>
        <source>Delete %1 (%2)? Edit › Undo brings it back.</source>
        <translation>删除 %1（%2）？可用“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Delete student %1</source>
        <translation>删除学生 %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
</context>
<context>
    <name>dd::TableFile</name>
    <message>
        <source>%1: name the file .csv or .xlsx, which says what it will be</source>
        <translation>%1：文件名请以 .csv 或 .xlsx 结尾，以表明文件格式</translation>
    </message>
    <message>
        <source>cannot make the workbook in a temporary folder</source>
        <translation>无法在临时文件夹中创建工作簿</translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation>无法写入工作簿：%1</translation>
    </message>
    <message>
        <source>the workbook could not be read back: %1</source>
        <translation>无法读回工作簿：%1</translation>
    </message>
</context>
<context>
    <name>dd::TableTools</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Export &amp;Selection…</source>
        <translation>导出所选(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export the List…</source>
        <translation>导出整个列表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print Preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>没有打开数据库</translation>
    </message>
    <message>
        <source>show the student column before exporting: the disclosure log names the students a file carries</source>
        <translation>导出前请显示学号列：披露记录要写明文件中包含的学生</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <source>The list names students. It leaves only for a named recipient and purpose, which the disclosure log records with the file.</source>
        <translation>此列表包含学生信息，只能提供给指明的接收方并用于指明的目的，披露记录会连同文件一并记下。</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>接收方(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
</context>
<context>
    <name>dd::TermRepository</name>
    <message>
        <source>cannot add term %1 %2: %3</source>
        <translation>无法添加学期 %1 %2：%3</translation>
    </message>
</context>
<context>
    <name>dd::TextEncoding</name>
    <message>
        <source>the file says it is UTF-16 but is not: an odd number of bytes or a broken pair</source>
        <translation>文件标明为 UTF-16，但并不是：字节数为奇数或代理对不完整</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>文件不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the file has no UTF-16 byte-order mark (Excel's "Unicode text" has one)</source>
        <translation>文件没有 UTF-16 字节顺序标记（Excel 的“Unicode 文本”带有该标记）</translation>
    </message>
    <message>
        <source>unknown encoding '%1' (expected %2)</source>
        <translation>未知编码“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>this system cannot read %1 (iconv)</source>
        <translation>本系统无法读取 %1（iconv）</translation>
    </message>
    <message>
        <source>the file ends inside a %1 character</source>
        <translation>文件在一个 %1 字符中间结束</translation>
    </message>
    <message>
        <source>line %1: byte 0x%2 is not %3</source>
        <translation>第 %1 行：字节 0x%2 不是 %3</translation>
    </message>
</context>
<context>
    <name>dd::Transaction</name>
    <message>
        <source>internal error: commit without a transaction</source>
        <translation>内部错误：没有事务却要提交</translation>
    </message>
</context>
<context>
    <name>dd::TranscriptIssueRepository</name>
    <message>
        <source>cannot record the transcript of %1: %2</source>
        <translation>无法记录 %1 的成绩单：%2</translation>
    </message>
    <message>
        <source>cannot record the transcript of %1: unknown student</source>
        <translation>无法记录 %1 的成绩单：未知学生</translation>
    </message>
</context>
<context>
    <name>dd::TranscriptService</name>
    <message>
        <source>unknown institution '%1'</source>
        <translation>未知院校“%1”</translation>
    </message>
    <message>
        <source>%1 transcripts are written in %2, not '%3'</source>
        <translation>%1 的成绩单使用 %2 书写，而不是“%3”</translation>
    </message>
    <message>
        <source>unknown student '%1'</source>
        <translation>未知学生“%1”</translation>
    </message>
    <message>
        <source>programme %1 is not stored</source>
        <translation>未存储培养方案 %1</translation>
    </message>
</context>
<context>
    <name>dd::TranscriptSigning</name>
    <message>
        <source>%1 (or tick Unsigned)</source>
        <translation>%1（或勾选“不签名”）</translation>
    </message>
    <message>
        <source>No signing key: issued unsigned</source>
        <translation>无签名密钥：以未签名方式签发</translation>
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation>无法签名：%1</translation>
    </message>
    <message>
        <source>Signs as %1</source>
        <translation>以 %1 签名</translation>
    </message>
    <message numerus="yes">
        <source>(certificate ends in %n day(s))</source>
        <translation><numerusform>（证书 %n 天后到期）</numerusform></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read a certificate from %1</source>
        <translation>无法从 %1 读取证书</translation>
    </message>
    <message>
        <source>Genuine: signed by %1.</source>
        <translation>真实：由 %1 签名。</translation>
    </message>
    <message>
        <source>Not genuine: %1</source>
        <translation>非真实：%1</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>无法验证：%1</translation>
    </message>
    <message>
        <source>Verify a signed transcript</source>
        <translation>验证已签名的成绩单</translation>
    </message>
</context>
<context>
    <name>dd::TranscriptsView</name>
    <message>
        <source>Issue transcript</source>
        <translation>签发成绩单</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Print transcript</source>
        <translation>打印成绩单</translation>
    </message>
    <message>
        <source>Folder for the transcripts of %1</source>
        <translation>%1 级成绩单的文件夹</translation>
    </message>
    <message>
        <source>Verify a &amp;file…</source>
        <translation>验证文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Verify transcript</source>
        <translation>验证成绩单</translation>
    </message>
    <message>
        <source>Verify a &amp;code…</source>
        <translation>按验证码核验(&amp;C)…</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>验证码：</translation>
    </message>
    <message>
        <source>No student %1.</source>
        <translation>没有学生 %1。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>English + 中文</source>
        <translation>英文 + 中文</translation>
    </message>
    <message>
        <source>English + ไทย</source>
        <translation>英文 + ไทย</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Cohort %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>No transcript of %1 at %2: %3</source>
        <translation>无法生成 %1 在 %2 的成绩单：%3</translation>
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation>签发时间 (UTC)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>By</source>
        <translation>签发人</translation>
    </message>
    <message>
        <source>Not issued: %1</source>
        <translation>未签发：%1</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <source>Printed with verification code %1.</source>
        <translation>已打印，验证码 %1。</translation>
    </message>
    <message>
        <source>Issuing the transcripts of cohort %1…</source>
        <translation>正在签发 %1 级成绩单…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Issue cohort</source>
        <translation>按年级批量签发</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 transcripts of cohort %3 issued into %4.</source>
        <translation>已取消：%3 级 %2 份成绩单中已有 %1 份签发到 %4。</translation>
    </message>
    <message>
        <source>%1 of %2 transcripts of cohort %3 issued into %4.</source>
        <translation>%3 级 %2 份成绩单中已有 %1 份签发到 %4。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Genuine and current.</source>
        <translation>真实有效，且与当前记录一致。</translation>
    </message>
    <message>
        <source>Genuine, but the record has changed since it was issued.</source>
        <translation>真实，但签发后记录已更改。</translation>
    </message>
    <message>
        <source>Not genuine.</source>
        <translation>非真实文件。</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>verification code</comment>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Issue the transcripts of cohort %1</source>
        <translation>签发 %1 级成绩单</translation>
    </message>
    <message>
        <source>Every transcript of the cohort is recorded as issued to this recipient for this purpose.</source>
        <translation>该年级的每份成绩单都将登记为按此用途签发给此接收方。</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>致(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>用途(&amp;P)：</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>成绩单</translation>
    </message>
    <message>
        <source>The cohorts cannot be read: %1</source>
        <translation>无法读取年级列表：%1</translation>
    </message>
    <message>
        <source>The transcripts issued to %1 cannot be read: %2</source>
        <translation>无法读取发给 %1 的成绩单：%2</translation>
    </message>
    <message>
        <source>Verify a file &amp;offline (signature, no database)…</source>
        <translation>离线验证文件(&amp;O)（签名，无需数据库）…</translation>
    </message>
    <message>
        <source>Verify a signed transcript</source>
        <translation>验证已签名的成绩单</translation>
    </message>
    <message>
        <source>The certificate authority to trust</source>
        <translation>要信任的证书颁发机构</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>证书 (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>已签名</translation>
    </message>
    <message>
        <source>Signed by the certificate with SHA-256 %1</source>
        <translation>由 SHA-256 为 %1 的证书签名</translation>
    </message>
    <message>
        <source>Issued %1 with verification code %2, not signed.</source>
        <translation>已签发 %1，验证码 %2，未签名。</translation>
    </message>
    <message>
        <source>Issued %1 with verification code %2, signed.</source>
        <translation>已签发 %1，验证码 %2，已签名。</translation>
    </message>
</context>
<context>
    <name>dd::TransferCreditRepository</name>
    <message>
        <source>cannot record the transfer for %1: %2</source>
        <translation>无法记录 %1 的学分转换：%2</translation>
    </message>
    <message>
        <source>cannot record the transfer for %1: unknown student</source>
        <translation>无法记录 %1 的学分转换：未知学生</translation>
    </message>
    <message>
        <source>reversing a transfer needs a reason</source>
        <translation>撤销学分转换需要填写原因</translation>
    </message>
    <message>
        <source>transfer %1 is already reversed</source>
        <translation>学分转换 %1 已被撤销</translation>
    </message>
</context>
<context>
    <name>dd::TransferPlanModel</name>
    <message>
        <source>a source course is missing</source>
        <translation>缺少转出课程</translation>
    </message>
    <message>
        <source>a source course is in progress</source>
        <translation>转出课程尚未结束</translation>
    </message>
    <message>
        <source>the source result is already used</source>
        <translation>该成绩已用于其他转换</translation>
    </message>
    <message>
        <source>the grade does not transfer</source>
        <translation>该成绩不可转换</translation>
    </message>
    <message>
        <source>grade too low</source>
        <translation>成绩过低</translation>
    </message>
    <message>
        <source>too old</source>
        <translation>超过年限</translation>
    </message>
    <message>
        <source>credit shortfall</source>
        <translation>学分不足</translation>
    </message>
    <message>
        <source>target course already passed</source>
        <translation>转入课程已通过</translation>
    </message>
    <message>
        <source>over the transfer cap</source>
        <translation>超过转入学分上限</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>在修</translation>
    </message>
    <message>
        <source>equivalency version %1</source>
        <translation>课程等效第 %1 版</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source> (block)</source>
        <translation>（类别学分）</translation>
    </message>
    <message>
        <source>version %1, by %2</source>
        <translation>第 %1 版，%2 记录</translation>
    </message>
    <message>
        <source>reversed by %1: %2</source>
        <translation>%1 撤回：%2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source (term, mark)</source>
        <translation>转出课程（学期，成绩）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>转入课程</translation>
    </message>
    <message>
        <source>Converted grade</source>
        <translation>转换成绩</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>学分</translation>
    </message>
    <message>
        <source>Conversion table</source>
        <translation>转换表</translation>
    </message>
    <message>
        <source>Reason / decision</source>
        <translation>理由 / 决定</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>decision date before the source term ended</source>
        <translation>决定日期早于来源学期结束</translation>
    </message>
    <message>
        <source>%1; %2 also passed here in %3, credits counted once</source>
        <translation>%1；%2 另于 %3 在本校通过，学分只计一次</translation>
    </message>
</context>
<context>
    <name>dd::TransferPlanner</name>
    <message>
        <source>%1 is still in progress</source>
        <translation>%1 尚在修读</translation>
    </message>
    <message>
        <source>%1 has not been taken</source>
        <translation>%1 尚未修读</translation>
    </message>
    <message>
        <source>%1 %2 has no conversion in table %3 %4</source>
        <translation>%1 %2 在转换表 %3 %4 中没有对应</translation>
    </message>
    <message>
        <source>no conversion table from %1 to %2</source>
        <translation>没有从 %1 到 %2 的转换表</translation>
    </message>
    <message>
        <source>, below the minimum %1</source>
        <translation>，低于最低要求 %1</translation>
    </message>
    <message>
        <source>, not a pass</source>
        <translation>，未通过</translation>
    </message>
    <message>
        <source>%1 %2 converts to %3%4</source>
        <translation>%1 %2 折合为 %3%4</translation>
    </message>
    <message>
        <source>the decision date %1 is before the source term %2 ended (%3)</source>
        <translation>决定日期 %1 早于来源学期 %2 的结束日期（%3）</translation>
    </message>
    <message>
        <source>the source term ended %1, more than %2 years before %3</source>
        <translation>来源学期于 %1 结束，距 %3 已超过 %2 年</translation>
    </message>
    <message>
        <source>%1 is already passed at %2</source>
        <translation>%1 已在 %2 通过</translation>
    </message>
    <message>
        <source>the %1 result of %2 already backs the transfer to %3</source>
        <translation>%2 在 %1 的成绩已用于转入 %3</translation>
    </message>
    <message>
        <source>%1 transferred credits already; %2 more would cross the cap of %3</source>
        <translation>已转入 %1 学分；再转入 %2 学分将超过上限 %3</translation>
    </message>
</context>
<context>
    <name>dd::TransferService</name>
    <message>
        <source>this equivalency exists already (version %1, %2)</source>
        <translation>该等效关系已存在（第 %1 版，%2）</translation>
    </message>
    <message>
        <source>a decision on an equivalency needs a reason</source>
        <translation>对等效关系的决定需要填写原因</translation>
    </message>
    <message>
        <source>the equivalency changed since it was opened: version %1 is %2 (by %3)</source>
        <translation>该等效关系在打开后已被更改：第 %1 版为 %2（%3）</translation>
    </message>
    <message>
        <source>unknown equivalency %1</source>
        <translation>未知等效关系 %1</translation>
    </message>
    <message>
        <source>unknown institution '%1' (expected %2)</source>
        <translation>未知学校“%1”（应为 %2）</translation>
    </message>
    <message>
        <source>%1 (%2) cannot record transfers into %3</source>
        <translation>%1（%2）不能记录转入 %3 的学分</translation>
    </message>
    <message>
        <source>no transfer with id %1</source>
        <translation>没有编号为 %1 的学分转换</translation>
    </message>
    <message>
        <source>%1 (%2) cannot reverse transfers into %3</source>
        <translation>%1（%2）不能撤销转入 %3 的学分</translation>
    </message>
    <message>
        <source>transfer %1 is already reversed (%2)</source>
        <translation>学分转换 %1 已被撤销（%2）</translation>
    </message>
    <message>
        <source>who proposed this equivalency cannot be read, so it cannot be approved now: %1</source>
        <translation>无法读取该等效关系的提议人，因此目前不能批准：%1</translation>
    </message>
</context>
<context>
    <name>dd::UnsavedChanges</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Not saved yet: %1.

Save it before %2?</source>
        <translation>尚未保存：%1。

%2前先保存吗？</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>dd::UserGuideDialog</name>
    <message>
        <source>DualDegree User Guide</source>
        <translation>DualDegree 用户指南</translation>
    </message>
</context>
<context>
    <name>dd::UserRepository</name>
    <message>
        <source>cannot add user '%1': %2</source>
        <translation>无法添加用户“%1”：%2</translation>
    </message>
</context>
</TS>
