<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AuditPanel</name>
    <message>
        <source>Programme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit against the student's own catalogue, or what-if against another one (nothing is saved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waive, substitute, force-complete or also-allow for the selected requirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exception…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke exception</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>One student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student id, e.g. DD2020001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both offices work on one database on a PostgreSQL server. Your IT staff give you these details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: from your password file (PGPASSFILE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the system's certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title in English:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title in Chinese:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title in Thai:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credits:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lecture hours a term:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab hours a term:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Self-study hours a term:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grading:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offered in semesters:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every regular semester</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semester numbers joined by +, as 1, 2, 1+2 or 1+2+3 (3: summer); empty: every regular semester</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoursesView</name>
    <message>
        <source>Institution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;dit Course…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;Course…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;lete Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected course (only one no result, equivalency, transfer or exception refers to) (Del)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CreditTransferView</name>
    <message>
        <source>Equivalency catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search codes and titles (English, 中文, ไทย)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid for cohort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfers for one student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student id, e.g. DD2020001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Into:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EquivalencyDialog</name>
    <message>
        <source>Equivalency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the decision (required):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Propose &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;ttach syllabus…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Students affected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find students this version treats differently</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Exception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requirement:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For substitute and also-allow: the course code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved by:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Students</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Courses</source>
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
    <message>
        <source>Credit transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credit &amp;Transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Results Entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to DualDegree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records, credit transfer, audits and transcripts of the CQUPT–RUTS dual-degree programme. Start with a database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Log In As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verify the Change Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a &amp;new, empty database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Res&amp;tore from a Copy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcri&amp;pts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution &amp;Keys…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The institutions' signing certificates and keys, and the partners' trusted certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Adopt Database As It Is…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept a database whose chain head says otherwise (an older copy put back, a copy without a head); the change log records it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign a Change-Log Checkpoint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign the change log as it stands with your institution's key, so that no row up to here can be rewritten unnoticed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offer Checkpoints at Day's End and on Closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Partner Certificates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificates under which partner institutions' signed records are imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Records for the Partner…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A student's or a cohort's record as signed ELMO files for the partner's office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import a Partner's Record…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A partner's signed ELMO record into its results here, shown before anything is written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About DualDegree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A cohort's graduation list or degree-committee list, as PDF, Excel or CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Students, courses, marks or equivalencies from a CSV file (or a partner's ELMO record), shown line by line before anything is written; a file may also be dropped onto the window</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewEquivalencyDialog</name>
    <message>
        <source>Propose Equivalency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source institution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source course(s):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes joined by +, e.g. SP201+SP202</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receiving institution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target course(s):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Codes joined by +, e.g. BAS101</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block credit in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid for cohorts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Student:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student id, e.g. DD2023001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assumed grades:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The grade assumed for every course still to be taken, as CQUPT=85, RUTS=B+; empty: each policy's own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pla&amp;n</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan again from the record: the fewest terms, then the fewest credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
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
    <name>ResultsEntryView</name>
    <message>
        <source>Add re&amp;take</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Te&amp;rm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add ma&amp;ke-up exam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save &amp;marks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CQUPT number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RUTS number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family name (Latin):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given name (Latin):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name in Chinese:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name in Thai:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth (YYYY-MM-DD):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nationality (TH, CN, …):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passport number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort (year):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution / term / course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade changes, newest first:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every change to this student's records (change log), newest first:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National ID (TH, CN):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>13 digits (TH) or 18 characters (CN); optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <comment>student's results</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StudentsView</name>
    <message>
        <source>Search by id, number or name (Latin, 中文, ไทย)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Student…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;lete Student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected student (only one without results, transfers, exceptions, milestones or transcripts) (Del)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TranscriptsView</name>
    <message>
        <source>Search by id, number or name (Latin, 中文, ไทย)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcripts issued to this student:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. visa, graduate admission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Issue PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue this transcript as a PDF with a verification code; recorded in the issue log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue this transcript on paper; recorded in the issue log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue &amp;Cohort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue a transcript to every student of the cohort into a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a transcript file or verification code against the issue log and the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I&amp;nstitution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verif&amp;y…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unsigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue without the institution's digital signature: recorded as unsigned, and the page says so</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate issued transcripts are signed with (Settings › Institution Keys)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::AboutDialog</name>
    <message>
        <source>About DualDegree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, schema %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records, credit transfer, audits against both universities' degree requirements, signed transcripts and signed records exchanged between CQUPT and RUTS. Free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database in use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::Accounts</name>
    <message>
        <source>the password library cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed logins in a row for %2: try again in %3 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this database requires logging in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a password: log in with it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a role (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the user name %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no user %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>you cannot disable your own account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no administrator has a password yet: set one first, or no one could manage the users afterwards</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::AuditEngine</name>
    <message>
        <source>%1 of %2 courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at most %1 of %2 credits transferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPA %1, at least %2 needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no graded course yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 (%3) on %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs HSK %1 with at least %2 points in one sitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 regular semesters, at most %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of '%2' not applied: %3 has no such requirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not eligible to graduate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPA %1 is below %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grade below %1: %2 %3 in %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retake: %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 regular semesters, more than %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::AuditLoader</name>
    <message>
        <source>unknown student %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown programme %1 (see 'programmes')</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::AuditPanel</name>
    <message>
        <source>%1 to %2 decimals; %3; transfers %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rounded half-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>best attempt counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every attempt counts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in the GPA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not in the GPA (TR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>eligible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the student's own catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what-if: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%2 — GPA %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (what-if)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 credits earned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graduation: %1 · Degree: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No honours: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more reason(s) (hover to see all)</source>
        <translation><numerusform>… and %n more reason (hover to see all)</numerusform><numerusform>… and %n more reasons (hover to see all)</numerusform></translation>
    </message>
    <message>
        <source>No honours:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not used by any requirement: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exception not applied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Honours: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>second class</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::AuditService</name>
    <message>
        <source>unknown institution '%1' (expected %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no %1 programme for catalogue year %2 (student %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a programme of %2, not %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::AuditTreeModel</name>
    <message>
        <source>met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unmet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exception (%1) approved by %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Courses applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>substituted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>completed by exception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also allowed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::AuditView</name>
    <message>
        <source>Credit progress (students)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPA distribution (students)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the regulations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No student %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2, cohort %3, %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n student(s): </source>
        <translation><numerusform>%n student: </numerusform><numerusform>%n students: </numerusform></translation>
    </message>
    <message>
        <source>%1 may graduate, %2 may receive the degree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke Exception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no exception in force at %2%3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exception to revoke:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot revoke the exception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ChangeLogHead</name>
    <message>
        <source>%1 is not a chain head</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the chain head %1 is locked by another program (%2, process %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the chain head %1: its folder cannot be written (read-only, full, or the lock's name is taken)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the chain head %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes are refused until an administrator restores its newest backup, or adopts it as it is with 'dualdegree-cli --db FILE log adopt --reason TEXT' (in the window: File › Adopt Database As It Is…), which the change log records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no chain head beside it (%2): it is a copy made without one, or its head was deleted, and rows cut from the end of its change log could not be noticed. %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the chain head beside %1 (%2) cannot be read (edited or damaged: %3). %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the change log of %1 ends at row %2, but its chain head (%3) records row %4: an older copy was put in its place, or rows at the end of its log were deleted. %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 of the change log of %2 differs from the row its chain head (%3) records: an older copy was put in its place and written to since, or the log was rewritten. %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a database on a server keeps no chain head to adopt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>say why this state of the database is the right one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reason cannot be stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing to adopt: the change log of %1 follows its chain head</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ChangeLogSchema</name>
    <message>
        <source>setting up the change log failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the table %1 is missing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::CohortAuditModel</name>
    <message>
        <source>eligible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graduation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Degree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Honours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not met yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::CohortLists</name>
    <message>
        <source>unknown institution '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not eligible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ConnectDialog</name>
    <message>
        <source>Prefer (encrypt when the server offers it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Require (always encrypt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify the server's certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify the certificate and the server name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off (trusted network only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the server, the database and your user name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::CourseChecks</name>
    <message>
        <source>is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown institution '%1' (expected %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a %2 category (expected %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a grading mode (expected graded or pass_fail)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a list of %2 semesters joined by + (expected numbers of %3)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::CourseDialog</name>
    <message>
        <source>Save course %1 %2</source>
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
        <source>New Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 exists already</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation><numerusform>%n field needs attention; nothing was saved.</numerusform><numerusform>%n fields need attention; nothing was saved.</numerusform></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it. Nothing was saved; your input is kept. Save again to replace what is stored now.

%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the new course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changes to %1</source>
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
    <message>
        <source>all regular</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::CourseRepository</name>
    <message>
        <source>cannot add course %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot add the courses: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot save course %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot delete course %1 %2: %3 results, %4 equivalency versions, %5 transfers and %6 exceptions refer to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot delete course %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::CoursesView</name>
    <message>
        <source>Both institutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading courses failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be deleted: %2 results, %3 equivalency versions, %4 transfers and %5 exceptions refer to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1 (%2)? Edit › Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete course %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::CreditTransferView</name>
    <message numerus="yes">
        <source>Apply %n transfer(s) of %1 into %2</source>
        <translation><numerusform>Apply %n transfer of %1 into %2</numerusform><numerusform>Apply %n transfers of %1 into %2</numerusform></translation>
    </message>
    <message>
        <source>Apply undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both institutions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the equivalency catalogue</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n equivalenc(ies) shown</source>
        <translation><numerusform>%n equivalency shown</numerusform><numerusform>%n equivalencies shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n in the catalogue</source>
        <translation><numerusform>%n in the catalogue</numerusform><numerusform>%n in the catalogue</numerusform></translation>
    </message>
    <message>
        <source>Type a student id and press Enter to see the transfers that the approved equivalencies allow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 into %2 (%3): %4 allowed, %5 refused, %6 recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transferred credits: %1 of at most %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfers not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reverse the transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reverse Transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reverse %1 → %2? The record stays, marked reversed with your name.
Reason (required):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reversal needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2, reversed by %3 on %4: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply Reversed Transfers Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These transfers were reversed before:

%1

Apply them again?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equivalency catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfers of the student</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>%1 is not a server address (postgresql://user@host:port/dbname)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the password does not belong in the server address: give it in PGPASSWORD, a PGPASSFILE or at the prompt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown server option '%1' (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is an empty database, not a DualDegree database (create one with 'init')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is read-only here and was made by an older version (schema %2 of %3): copy it to a folder you can write to, and open the copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no database at %1 (create one with 'init')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is on a network file system (%2): SQLite cannot lock a database there reliably, and two offices writing to it would corrupt it. Copy it to a local disk, or use the shared server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create a database in %1: the folder or disk is read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is read-only here and its latest changes are still in %2 beside it: copy both to a folder you can write to, and open the copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is open read-only (its folder, the file or the disk cannot be written here): nothing was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the database cannot use write-ahead logging (journal mode is %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not prepare a statement: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start a transaction: one is already open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another user or program is saving to this database; try again when it has finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another user has been saving to this database for more than %1 seconds; try again when they have finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the changes could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the SQLite driver gave no connection handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::DatabaseBackup</name>
    <message>
        <source>the backup %1 was not kept: its chain head could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no free name for a copy in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not restoring: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not restoring: %1 fails its checks: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not restoring: the copy of the current database failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot copy %1 beside %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot put the restored copy in place as %1 (it is at %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::DatabaseCare</name>
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
    <message>
        <source>No database is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restoring from a copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save or discard the marks being entered first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The copy is in place, but the restore could not be recorded in its change log, so it takes no changes yet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored from %1; the database as it was is kept as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from a copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace %1 by the copy %2? The database as it is now is kept as a copy first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change log could not be checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The change log is complete and unaltered: %n row(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>The change log fails its check: %n problem(s). The first: %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Last signed checkpoint: row %1, %2, with %3's key (%4), made by %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every row is under a signed checkpoint.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) after the last signed checkpoint are not signed yet (rows %1–%2): anyone who can write the file and knows how the log is sealed could have written them.</source>
        <translation><numerusform>%n row after the last signed checkpoint is not signed yet (rows %1–%2): anyone who can write the file and knows how the log is sealed could have written it.</numerusform><numerusform>%n rows after the last signed checkpoint are not signed yet (rows %1–%2): anyone who can write the file and knows how the log is sealed could have written them.</numerusform></translation>
    </message>
    <message>
        <source>Last row %1, sealed %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign a Change-Log Checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign with the key of:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change log is signed up to row %1 with %2's key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No checkpoint signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You cannot sign the change log: your role signs for no institution with a key bound (Settings › Institution Keys).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1. %n change(s) in the change log are not yet under a signed checkpoint. Sign one now with %2's key? Until then, anyone who can write the file could rewrite them unnoticed.</source>
        <translation><numerusform>%1. %n change in the change log is not yet under a signed checkpoint. Sign one now with %2's key? Until then, anyone who can write the file could rewrite it unnoticed.</numerusform><numerusform>%1. %n changes in the change log are not yet under a signed checkpoint. Sign one now with %2's key? Until then, anyone who can write the file could rewrite them unnoticed.</numerusform></translation>
    </message>
    <message>
        <source>Signing vouches for these changes as they stand. They were made by: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The working day ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adopt Database As It Is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Adopting accepts this database as it is now; the change log records it, with your name and this reason. Why is this state the right one?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not adopted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database was adopted as it is; it takes changes again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::DatabaseCopy</name>
    <message>
        <source>the tables %1 refer to each other in a circle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>both are files: a file is copied with 'backup', which keeps its change log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the two databases are at different schema versions (%1 and %2); open both with this version of DualDegree first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds data already (table %2): the target of a move must be a new database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table %1 has other columns in %2 than in %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::DatabaseFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a DualDegree database (it is not an SQLite file); it was left untouched</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::DatabaseSetup</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown user '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user '%1' is disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no policy files in %1/policies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the header must be %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: expected %3 fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2: '%3' is not a role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>importing %1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists already; 'init' only creates new databases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds a DualDegree database already; 'init' only creates new databases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (the server database is left as far as it got: drop it and create it again)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::DateField</name>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A date is needed (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a date: write it as YYYY-MM-DD, e.g. %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::DegreePlanner</name>
    <message numerus="yes">
        <source>no plan was found within the search's limit of %n step(s) per number of terms</source>
        <translation><numerusform>no plan was found within the search's limit of %n step per number of terms</numerusform><numerusform>no plan was found within the search's limit of %n steps per number of terms</numerusform></translation>
    </message>
</context>
<context>
    <name>dd::DisclosureRepository</name>
    <message>
        <source>the recipient %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the purpose %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot record the disclosure: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ElmoExport</name>
    <message>
        <source>unknown institution '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key's certificate (%1) does not name %2, whose record this is</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ElmoExportDialog</name>
    <message>
        <source>One &amp;student:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach the &amp;transcript (issued now, in the issue log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Records for the Partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes the institution's own results of a student (never the credit transferred into it) as an ELMO file for the partner's office, signed with the institution's key. The partner imports it with File › Exchange › Import a Partner's Record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whose record:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>student ID, e.g. DD2021001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. RUTS programme coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. credit transfer for the dual degree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed with %1's key: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no signing key (Settings › Institution Keys): the file would not be signed, and the partner's import refuses an unsigned record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ELMO records (*.xml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for the Cohort's Records</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s) written, each in the disclosure log.</source>
        <translation><numerusform>%n record written, in the disclosure log.</numerusform><numerusform>%n records written, each in the disclosure log.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting the %1 records of cohort %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s) written; these were not:</source>
        <translation><numerusform>%n record written; these were not:</numerusform><numerusform>%n records written; these were not:</numerusform></translation>
    </message>
    <message>
        <source>A c&amp;ohort:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ElmoImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a Partner's Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A partner's record is imported only as the partner signed it, under a certificate trusted here (Settings › Partner Certificates). Nothing is written until you press Import, and then all of it or nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learner:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What importing does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needed where the record changes a mark already recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A Partner's Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ELMO records (*.xml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>larger than %1 MB: not a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verified: signed by %1 (%2's certificate trusted here, SHA-256 %3…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 (born %3) is %4 (%5) here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changes the mark recorded here: %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 course(s): %2 new, %3 changed, %4 unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing would be imported: %n problem(s). The whole record is imported or none of it.</source>
        <translation><numerusform>Nothing would be imported: %n problem. The whole record is imported or none of it.</numerusform><numerusform>Nothing would be imported: %n problems. The whole record is imported or none of it.</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the import failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; the database as it was before: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ElmoImporter</name>
    <message>
        <source>%1; a partner's record is imported only as its institution signed it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed by %1 (SHA-256 %2), which is not a partner certificate trusted here; an administrator trusts the partner's certificate with keys trust --institution CODE FILE.pem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the signature is not acceptable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (signer %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the signature does not verify under any partner certificate trusted here (keys trust), and the file names no certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the learner has no family name, given names or birth date to be matched by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the learner %1 matches %2 students (%3); the record is not imported until one of them has the student numbers the file gives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no student here is the learner %1 (family name, given names and birth date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the learner %1 has other student numbers than %2 here (file: CQUPT %3, RUTS %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a record whose signature was not checked is never imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an ELMO record: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the issuer (%1) is not an institution of this programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record says it is %1's, but %2's certificate signed it (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the signer's certificate was not valid when the record was made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record holds no course results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>course '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record gives %1 credits, the %2 catalogue here %3: bring the catalogue up to date first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the credits are in the scheme '%1', not %2's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record says %1, but %2 is %3 on %4's scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record says %1 but gives no mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record says in progress but gives the mark %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the signer's certificate is not valid now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the record says it was made on %1, which is still to come</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::EquivalencyDialog</name>
    <message>
        <source>Equivalency %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1: %2, valid for cohorts %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 onwards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; decided by %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>: “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1</source>
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
        <source>Credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lecture h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As %1 credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not in the catalogue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Block credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credits named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>category %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hours converted at %1's hours per credit: %2 credits. %3 brings %4 credits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The block credit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It may be approved as a full equivalent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target exceeds the converted credits by more than 1: it cannot be approved as a full equivalent (block credit can).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the reason for the decision first; it is kept with the new version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This equivalency was changed after you opened it:

%1

Your decision (%2) was not recorded; your reason is kept. Close and reopen the equivalency to decide on the newest version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded as version %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot attach the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach Syllabus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes — kept as decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No student is treated differently by version %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n student(s) treated differently by version %1; transfers already decided keep the version they were decided under.</source>
        <translation><numerusform>%n student treated differently by version %1; transfers already decided keep the version they were decided under.</numerusform><numerusform>%n students treated differently by version %1; transfers already decided keep the version they were decided under.</numerusform></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reason typed for a decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The evidence cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::EquivalencyModel</name>
    <message>
        <source>proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>block credit in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::EquivalencyRepository</name>
    <message>
        <source>cannot store equivalency %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot store equivalency %1: unknown course %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no equivalency with the ID %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence file %1 is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot store evidence %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no evidence with id %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ExceptionDialog</name>
    <message>
        <source>Exception for %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waive — the requirement counts as met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>substitute — another course counts for it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>force-complete — met whatever the record says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also-allow — a course may count here as well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the exception</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ExceptionRepository</name>
    <message>
        <source>cannot record the exception for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot record the exception for %1: unknown student</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::FieldRules</name>
    <message>
        <source>'%1' is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an ISO 3166-1 alpha-2 country code (e.g. TH, CN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a year between 1990 and 2100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a number of credits (0 to 100 in steps of 0.5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a whole number of hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid code (letters, digits, '-', '_', '.'; at most 32)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a Thai national ID (13 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a Thai national ID: its check digit should be %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a Chinese resident ID (17 digits and a check character 0-9 or X)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a Chinese resident ID: its check character should be %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a Chinese resident ID: %2 is not a birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the resident ID gives the birth date %1, not the date of birth %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a national ID is recorded for nationality TH or CN only, not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has a broken character (half of a surrogate pair) at position %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has a control character (%1) at position %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has a bidirectional control (%1) at position %2, which can make the text read differently from how it is stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has an invisible or non-text character (%1) at position %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ImportDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every line of the file is shown with what importing it would do. Nothing is written until you press Import, and then the whole file or nothing; a copy of the database is taken first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UTF-16 (Excel's "Unicode text")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GB18030 (Excel on Chinese Windows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Windows-874 / TIS-620 (Excel on Thai Windows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines with problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines that add or change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needed where the file changes a mark already recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Courses (the catalogue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results (marks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Equivalencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milestones (HSK, thesis)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit exceptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is larger than %1 MB: not a list to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not UTF-8, UTF-16, GB18030 or Windows-874: save it as "CSV UTF-8" and choose it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not Unicode: it reads as %1. %2 is proposed; check the names in the lines below, and choose the other encoding if they are wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recognised from the header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header names the columns of no kind of file: choose what it holds to see what is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header fits more than one kind of file: choose one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose what the file holds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n line(s): %1 new, %2 changed, %3 unchanged.</source>
        <translation><numerusform>%n line: %1 new, %2 changed, %3 unchanged.</numerusform><numerusform>%n lines: %1 new, %2 changed, %3 unchanged.</numerusform></translation>
    </message>
    <message>
        <source> Nothing to import.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing would be imported: %n line(s) refused. The whole file is imported or none of it.</source>
        <translation><numerusform>Nothing would be imported: %n line refused. The whole file is imported or none of it.</numerusform><numerusform>Nothing would be imported: %n lines refused. The whole file is imported or none of it.</numerusform></translation>
    </message>
    <message>
        <source>Nothing would be imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Only the first 200 problems are shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the import failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1. The database as it was before the import: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file cannot be read as %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ImportPreviewModel</name>
    <message>
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changes the stored record</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>changes %n field(s)</source>
        <translation><numerusform>changes %n field</numerusform><numerusform>changes %n fields</numerusform></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stored now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What importing does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changes %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::InstitutionKeyRepository</name>
    <message>
        <source>the certificate stored for %1 cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no certificate with the SHA-256 fingerprint %1 is trusted as %2's</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::InstitutionKeys</name>
    <message>
        <source>the key file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the token of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no signing key is bound to %1 (keys use)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot sign: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (a DEMO key: its passphrase is "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key at %1 is not the one bound to %2 (its certificate %3 differs; bind it again with keys use)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds %2 certificates; give the partner's one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::InstitutionKeysDialog</name>
    <message>
        <source>Institution Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued transcripts are signed with the issuing institution's key. The key stays in its PKCS#12 file or on its token; the database keeps only the certificate, and the passphrase is asked for each time a key is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use &amp;Key File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use &amp;Token…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;rust Partner Certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no key: transcripts are issued unsigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>token: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued by %1; valid from %2; %3 key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot sign: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1's certificate ends in %n day(s), on %2: ask for a new one now.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>trusted partner certificate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use Key File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key was not bound to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust Partner Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not trusted: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no signing certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key File of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PKCS#11 URI of the key (pkcs11:token=…;object=…):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate of the key (only when the token holds the key alone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use Token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the Certificate of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate of %1 to Trust</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::Integrity</name>
    <message>
        <source>a database on a server is copied by the server's administrator (pg_dump), not to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists already; choose another file name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup %1 cannot be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup %1 failed its integrity check: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot name the backup %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::KeySecret</name>
    <message>
        <source>Signing Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase or PIN for %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no passphrase was given</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ListExport</name>
    <message>
        <source>personal data leaves only for a named recipient and purpose, recorded in the disclosure log</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::LogCheckpoint</name>
    <message>
        <source>not a DualDegree change-log checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the checkpoint file is incomplete (row, seal or certificate missing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the checkpoint file is not in the form DualDegree writes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::LogCheckpoints</name>
    <message>
        <source>the change log is broken at row %1 (run 'log verify'); a broken log is not signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the change log has no rows after the last checkpoint (row %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the change log is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot store the checkpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the certificate (%1) does not name %2 in its CN or O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the certificate (%1) is a certificate authority's, not a signer's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 key is not supported (EC P-256 or RSA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its certificate (SHA-256 %1) is not in the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its signature does not verify: the checkpoint or the seals it keeps were altered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its certificate (%1) does not chain to the trusted authority: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no signed checkpoint covers log row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the checkpoint at log row %1 does not hold: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log row %1, signed at the checkpoint of row %2, is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log row %1 differs from what the checkpoint of row %2 (%3, %4) signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the row is not in the change log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the row was changed without being logged</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::LoginDialog</name>
    <message>
        <source>%1 requires logging in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not opened: it requires logging in</source>
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
        <source>DualDegree databases (*.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DualDegree — %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>logging in as another user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connecting to a server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opening another database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opening the demo database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>creating a new database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, single-user database: no password)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changes refused: behind its chain head</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for a signed checkpoint</source>
        <translation><numerusform>%n change waits for a signed checkpoint</numerusform><numerusform>%n changes wait for a signed checkpoint</numerusform></translation>
    </message>
    <message>
        <source>DualDegree — %1 (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DualDegree — %1 (behind its chain head: changes refused)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::MarkEntryService</name>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the recorded mark %2 becomes %3; a grade change needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (the row as stored now cannot be read: %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::MarkSheetModel</name>
    <message>
        <source>regular</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>make-up exam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grade change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::MilestoneRepository</name>
    <message>
        <source>cannot record %1 of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot record %1 of %2: unknown student</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::NewEquivalencyDialog</name>
    <message>
        <source>&amp;Propose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The source hours make %1 %2 credits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The block credit brings %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target carries %1: it can be approved as a full equivalent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The target carries %1, more than one credit beyond: it can be proposed, but only block credit could be approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the proposed equivalency</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::OfficeDialogs</name>
    <message>
        <source>importing a partner's record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lists and records (*.csv *.txt *.xml);;CSV files (*.csv *.txt);;A partner's ELMO record (*.xml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>importing a file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::OutputFile</name>
    <message>
        <source>no file was named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a symbolic link; name the file itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a named pipe, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a device, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder; name a file in it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: the disk is full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: the file would be larger than this system allows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: the disk or medium is read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: the folder is read-only for you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::PartnerCertificatesDialog</name>
    <message>
        <source>&amp;Trust a Certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner Certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A partner's record (File › Exchange › Import a Partner's Record) is imported only when its signature verifies under a certificate trusted here as that institution's. Take the certificate from the partner's office and compare its SHA-256 fingerprint with theirs by another channel (a call, a letter) before trusting it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued by %1; %2 key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not trusted: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust a Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whose certificate is it (the partner institution)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate of %1 to Trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withdraw Trust…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A renewed or compromised certificate: the partner's records signed with it are refused from now on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop trusting %1 as %2's? Records signed with it will be refused from now on; what was imported stays.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::Permissions</name>
    <message>
        <source>read records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>see passport numbers and dates of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>add or change students</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete students</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change courses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>enter or change results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decide transfer credit and equivalencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grant or revoke exceptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record milestones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issue transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>load regulations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no one is logged in; log in to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not %2 for %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bind signing keys or trust certificates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign the change log with the institution's key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import a partner institution's signed records</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::PlanModel</name>
    <message>
        <source>%1 %2 (%3): %4 now; with %5 assumed on every remaining course it cannot reach %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no GPA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with %1 assumed at %2 a course converts to %3 at %4, which %4 does not accept: no credit transfers from %2 in this plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 assumed at %2 has no conversion to %3: no credit transfers from %2 in this plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs %2, which is not in the %3 catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs %2, offered in %3; no such term at %4 is left before the time limit ends with %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every regular semester</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>semester %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (the programme path has the student at %1 in no term before then)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 more credits needed; the courses still open before the time limit (%3) bring %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 more courses needed; the courses still open before the time limit (%3) bring %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, even with every course still open before the time limit (%2) passed at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at most %2 credits a regular term</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>what both programmes still need does not fit in the %n term(s) left before the time limit (the last: %1) at the loads allowed (%2)</source>
        <translation><numerusform>what both programmes still need does not fit in the %n term left before the time limit (the last: %1) at the loads allowed (%2)</numerusform><numerusform>what both programmes still need does not fit in the %n terms left before the time limit (the last: %1) at the loads allowed (%2)</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 (%3) is not met: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::PlanRunner</name>
    <message>
        <source>the programme %1 does not say in which years of study its students are at %2 (study.years in its rule file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 policy sets no credit load per term (load in its policy file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>year %1 of study is at both %2 and %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>no term is left before the time limit of %n year(s) from the cohort's first (%1)</source>
        <translation><numerusform>no term is left before the time limit of %n year from the cohort's first (%1)</numerusform><numerusform>no term is left before the time limit of %n years from the cohort's first (%1)</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2): %3 is not in the %2 catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): %3 cannot be added, the term is under way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): %3 is not offered in semester %4 (offered in %5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every regular semester</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): %3 is passed already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): %3 credits, above the most a term may carry (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): %3 credits, below the least a regular term carries (%4)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::PlanService</name>
    <message>
        <source>--assume: '%1' is not INSTITUTION=GRADE with one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--assume: '%1' is not a passing graded mark at %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no %1 programme for catalogue year %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 policy names no grade to assume (planning.assumed_grade): give --assume %1=GRADE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from: '%1' is not a term of either institution (for example %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::PlanView</name>
    <message>
        <source>Plan to both degrees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>semester %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>summer term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 (%3, year %4)
%5 of at most %6 credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a student's id and press Plan: the terms and courses that give both degrees soonest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 meets both programmes already.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: both degrees after %2 — %3 credits in %n term(s).</source>
        <translation><numerusform>%1: both degrees after %2 — %3 credits in %n term.</numerusform><numerusform>%1: both degrees after %2 — %3 credits in %n terms.</numerusform></translation>
    </message>
    <message>
        <source>%1: no plan gives both degrees before the time limit as it stands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 credits · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress: the term is under way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag to another %1 term to move it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2 needed by %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every term within its load, every course offered when planned, both programmes met.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requirements filled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::PolicyRepository</name>
    <message>
        <source>cannot store %1 policy %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ProgrammeRepository</name>
    <message>
        <source>cannot store programme %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graduation list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Degree-committee list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the institution's committee or graduation office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the list of the cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 students, %2 eligible, %3 not eligible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list was not written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 written: %2 students, %3 eligible; recorded in the disclosure log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the List</source>
        <translation type="unfinished" />
    </message>
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
        <source>Native name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credits earned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credits required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Graduation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Degree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Honours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HSK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requirements not met</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plans to both degrees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planning cohort %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>met already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on time with a summer term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Both degrees after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summer terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 students: %2 met already, %3 on time, %4 with a summer term, %5 late, %6 cannot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 written: plans of %2 students; recorded in the disclosure log.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ResultRepository</name>
    <message>
        <source>cannot record the result of %1 in %2 %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot record the result of %1 in %2 %3 (%4): unknown student, course or term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a grade change needs a reason</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::ResultsEntryView</name>
    <message numerus="yes">
        <source>Save %n mark(s)</source>
        <translation><numerusform>Save %n mark</numerusform><numerusform>Save %n marks</numerusform></translation>
    </message>
    <message>
        <source>%1: “%2” is not accepted — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass/fail course: type the institution's pass or fail mark (CQUPT P/F, RUTS S/U); empty = in progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type marks 0–100 or a five-level word (优秀, 良好, 中等, 及格, 不及格); empty = in progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type letters A, B+, B, C+, C, D+, D, F, or W, I; empty = in progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a student first; each kind of attempt is added once per term.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some recorded marks change. Reason for the grade change (required):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 result of %2 was changed after you opened this sheet.

Your mark: %3
Recorded now: %4 (by %5)

Nothing was saved; your marks are still in the sheet. Press Discard changes to see the sheet as it is now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n mark(s) saved.</source>
        <translation><numerusform>%n mark saved.</numerusform><numerusform>%n marks saved.</numerusform></translation>
    </message>
    <message>
        <source>showing another sheet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Save %n &amp;mark(s)</source>
        <translation><numerusform>Save %n &amp;mark</numerusform><numerusform>Save %n &amp;marks</numerusform></translation>
    </message>
    <message>
        <source>Save &amp;marks</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n typed mark(s) of %1 %2 (%3)</source>
        <translation><numerusform>%n typed mark of %1 %2 (%3)</numerusform><numerusform>%n typed marks of %1 %2 (%3)</numerusform></translation>
    </message>
    <message>
        <source>The marks cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(name cannot be read: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sheet cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark sheet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::RoleNote</name>
    <message>
        <source>Not available to you: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CQUPT registrar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RUTS coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>viewer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this database is open read-only: its folder, the file or the disk cannot be written here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this database takes no changes until an administrator restores its newest backup or adopts it as it is (File › Adopt Database As It Is…)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::SaveRecordCommand</name>
    <message>
        <source>%1 — yours: “%2”, saved meanwhile: “%3”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::SchemaMigrator</name>
    <message>
        <source>%1 is not a DualDegree database (%2); it was left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 database of another application, not a DualDegree database; it was left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer version of DualDegree (schema %2; this version reads up to %3); it was left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not upgrading %1: the backup before the upgrade failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>internal error: migration %1 does not follow %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>upgrading %1 to schema %2 (%3) failed, nothing was changed: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>upgrading %1 failed, nothing was changed: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::Sql</name>
    <message>
        <source>the text “%1” %2; nothing was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk is full: nothing was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database file has reached the largest size this program may write (a file size limit): nothing was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk has become read-only: nothing was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk failed while writing (removed, or failing): nothing was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the disk could not be written (%1): nothing was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database is read-only here (its folder, the file or the disk cannot be written): nothing was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this database may not be changed until an administrator restores its newest backup or adopts it as it is (see 'log verify'): nothing was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the connection to the database server was lost, so this was not saved (%1); the next step connects again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another user's save crossed this one, so this was not saved; try again (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not prepare a statement: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 row was changed or deleted by someone else since it was read; reload it and try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 row was changed or deleted by someone else since it was read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot add rows to %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::StudentChecks</name>
    <message>
        <source>is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not be checked against other students: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 belongs to student %2 already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a plausible date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>belongs to student %1 already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a status (expected %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::StudentDialog</name>
    <message>
        <source>Edit student %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add student %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists already</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation><numerusform>%n field needs attention; nothing was saved.</numerusform><numerusform>%n fields need attention; nothing was saved.</numerusform></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was changed by someone else after you opened it. Nothing was saved; your input is kept. Save again to replace what is stored now.

%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution / term / course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): GPA %3, %4 of %5 credits; graduation %6, degree %7%8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>eligible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, honours: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>result %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transfer into %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exception: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>milestone %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>student record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as found when the log began</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the new student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <comment>changed by</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changes to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The history cannot be read: %1</source>
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
<context>
    <name>dd::StudentRepository</name>
    <message>
        <source>cannot add student %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot add the students: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot save student %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot delete student %1: %2 results, %3 transfers, %4 exceptions, %5 milestones and %6 transcripts refer to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot delete student %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no students in cohort %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::StudentsView</name>
    <message>
        <source>Reading the students failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All cohorts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the cohorts failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No such student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be deleted: %2 results, %3 transfers, %4 exceptions, %5 milestones and %6 transcripts refer to the student. A student who has left keeps the record: set the status instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1 (%2)? Edit › Undo brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete student %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::TableFile</name>
    <message>
        <source>%1: name the file .csv or .xlsx, which says what it will be</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot make the workbook in a temporary folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workbook could not be read back: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::TableTools</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Selection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export the List…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print Preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no database is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show the student column before exporting: the disclosure log names the students a file carries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list names students. It leaves only for a named recipient and purpose, which the disclosure log records with the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::TermRepository</name>
    <message>
        <source>cannot add term %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::TextEncoding</name>
    <message>
        <source>the file says it is UTF-16 but is not: an odd number of bytes or a broken pair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has no UTF-16 byte-order mark (Excel's "Unicode text" has one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown encoding '%1' (expected %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this system cannot read %1 (iconv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file ends inside a %1 character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: byte 0x%2 is not %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::Transaction</name>
    <message>
        <source>internal error: commit without a transaction</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::TranscriptIssueRepository</name>
    <message>
        <source>cannot record the transcript of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot record the transcript of %1: unknown student</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::TranscriptService</name>
    <message>
        <source>unknown institution '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 transcripts are written in %2, not '%3'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown student '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>programme %1 is not stored</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::TranscriptSigning</name>
    <message>
        <source>%1 (or tick Unsigned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No signing key: issued unsigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot sign: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signs as %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>(certificate ends in %n day(s))</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read a certificate from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Genuine: signed by %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not genuine: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify a signed transcript</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::TranscriptsView</name>
    <message>
        <source>Issue transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder for the transcripts of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify a &amp;file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify a &amp;code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No student %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English + 中文</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English + ไทย</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cohort %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No transcript of %1 at %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not issued: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed with verification code %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuing the transcripts of cohort %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue cohort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: %1 of %2 transcripts of cohort %3 issued into %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 transcripts of cohort %3 issued into %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Genuine and current.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Genuine, but the record has changed since it was issued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not genuine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <comment>verification code</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue the transcripts of cohort %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every transcript of the cohort is recorded as issued to this recipient for this purpose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify a file &amp;offline (signature, no database)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify a signed transcript</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate authority to trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transcripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cohorts cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The transcripts issued to %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed by the certificate with SHA-256 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued %1 with verification code %2, not signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued %1 with verification code %2, signed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::TransferCreditRepository</name>
    <message>
        <source>cannot record the transfer for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot record the transfer for %1: unknown student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reversing a transfer needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transfer %1 is already reversed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::TransferPlanModel</name>
    <message>
        <source>a source course is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a source course is in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the source result is already used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the grade does not transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grade too low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>credit shortfall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target course already passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over the transfer cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>equivalency version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reversed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (block)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1, by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reversed by %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source (term, mark)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Converted grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conversion table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason / decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decision date before the source term ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; %2 also passed here in %3, credits counted once</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::TransferPlanner</name>
    <message>
        <source>%1 is still in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has not been taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 has no conversion in table %3 %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no conversion table from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, below the minimum %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, not a pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 converts to %3%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the decision date %1 is before the source term %2 ended (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the source term ended %1, more than %2 years before %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already passed at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 result of %2 already backs the transfer to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 transferred credits already; %2 more would cross the cap of %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::TransferService</name>
    <message>
        <source>who proposed this equivalency cannot be read, so it cannot be approved now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this equivalency exists already (version %1, %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a decision on an equivalency needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the equivalency changed since it was opened: version %1 is %2 (by %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown equivalency %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown institution '%1' (expected %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) cannot record transfers into %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no transfer with id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) cannot reverse transfers into %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>transfer %1 is already reversed (%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::UnsavedChanges</name>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved yet: %1.

Save it before %2?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::UserGuideDialog</name>
    <message>
        <source>DualDegree User Guide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dd::UserRepository</name>
    <message>
        <source>cannot add user '%1': %2</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
