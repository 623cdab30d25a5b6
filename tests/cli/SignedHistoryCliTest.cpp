// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Signed history attacked as an insider with the file would: a Python script that
// defines the change log's functions itself (tests/tools/forge_log.py) writes logged,
// sealed rows under any name, or rewrites what the log says and seals the chain again.
// Only the signed checkpoints stop it; OpenSSL checks them without DualDegree.

#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

using namespace ddtest;

namespace {

/** One value read with a plain SQLite connection (no DualDegree functions). */
QString sqlValue(const QString& path, const QString& sql)
{
    const QString name = QUuid::createUuid().toString();
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        if (q.next()) {
            value = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

Run runOn(const QString& db, const QStringList& args)
{
    return cli(QStringList {QStringLiteral("--db"), db} + args);
}

/** The forger's script; REQUIREs that it did what it was asked. Returns the log row it wrote. */
qint64 forge(const QString& db, const QStringList& args)
{
    const Tool t
        = runTool(QStringLiteral("python3"), QStringList {toolsDir() + QStringLiteral("/forge_log.py"), db} + args);
    INFO(t.err.toStdString());
    REQUIRE(t.exitCode == 0);
    return t.out.trimmed().toLongLong();
}

QString caOf(const QString& db)
{
    return db + QStringLiteral(".keys/ca.pem");
}

void checkpoint(const QString& db, const QString& institution, const QString& out = QString())
{
    QStringList args
        = {QStringLiteral("log"), QStringLiteral("checkpoint"), QStringLiteral("--institution"), institution};
    if (!out.isEmpty()) {
        args << QStringLiteral("--out") << out;
    }
    const Run r = runOn(db, args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

QString firstStudent(const QString& db)
{
    return sqlValue(db, QStringLiteral("SELECT student_id FROM students ORDER BY id LIMIT 1"));
}

} // namespace

TEST_CASE("Attack: a script with the log's own functions forges a grade change under another user's name — after the"
          " last checkpoint it is reported unsigned, rewritten before it the row is named",
          "[cli][signedhistory]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString outside = dir.filePath(QStringLiteral("checkpoint.txt"));
    checkpoint(db, QStringLiteral("CQUPT"), outside);
    Run v = runOn(db,
                  {QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--trust"), caOf(db),
                   QStringLiteral("--checkpoint"), outside});
    INFO(v.out.toStdString() << v.err.toStdString());
    REQUIRE(v.exitCode == 0);
    CHECK(v.out.contains(QStringLiteral("every row is under a signed checkpoint")));

    // The forger appends: a mark changed, under the RUTS coordinator's name, sealed like DualDegree would.
    const QString result = sqlValue(db,
                                    QStringLiteral("SELECT r.id FROM results r JOIN courses c ON c.id ="
                                                   " r.course_ref WHERE c.institution = 'RUTS' AND r.mark = 'D'"
                                                   " ORDER BY r.id LIMIT 1"));
    REQUIRE(!result.isEmpty());
    const qint64 appended
        = forge(db,
                {QStringLiteral("--actor"), QStringLiteral("ruts.coordinator"), QStringLiteral("--reason"),
                 QStringLiteral("re-marked after review"), QStringLiteral("--sql"),
                 QStringLiteral("UPDATE results SET mark = 'A' WHERE id = %1").arg(result)});
    CHECK(sqlValue(db, QStringLiteral("SELECT username FROM change_log WHERE seq = %1").arg(appended))
          == QStringLiteral("ruts.coordinator"));
    v = runOn(db,
              {QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--trust"), caOf(db),
               QStringLiteral("--checkpoint"), outside});
    INFO(v.out.toStdString() << v.err.toStdString());
    // The chain holds: the script sealed it. What it wrote is outside every signature, and said so.
    CHECK(v.exitCode == 0);
    CHECK(v.out.contains(QStringLiteral("warning: 1 row(s) (%1–%1, by ruts.coordinator) come after the last signed"
                                        " checkpoint and are not signed")
                             .arg(appended)));

    // The forger rewrites history instead: the mark was always 'A', the log row before the checkpoint says so,
    // every row after it is sealed again and the chain head beside the file rewritten.
    const QString other = sqlValue(db,
                                   QStringLiteral("SELECT r.id FROM results r WHERE r.mark = 'C' AND r.id <> %1"
                                                  " ORDER BY r.id LIMIT 1")
                                       .arg(result));
    const qint64 rewritten = forge(db,
                                   {QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--rewrite"),
                                    QStringLiteral("results"), other, QStringLiteral("--sql"),
                                    QStringLiteral("UPDATE results SET mark = 'A' WHERE id = %1").arg(other)});
    v = runOn(db, {QStringLiteral("log"), QStringLiteral("verify")});
    INFO(v.out.toStdString() << v.err.toStdString());
    CHECK(v.exitCode == 1);
    CHECK(v.out.contains(
        QStringLiteral("log row %1, results #%2: differs from what the checkpoint of row").arg(rewritten).arg(other)));
    // Nothing else is blamed: the chain and the head were made consistent by the forger.
    CHECK(!v.out.contains(QStringLiteral("altered after it was written")));
    CHECK(!v.out.contains(QStringLiteral("chain head")));
}

TEST_CASE("A checkpoint's signature is checked by OpenSSL alone over the bytes documented", "[cli][signedhistory]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString file = dir.filePath(QStringLiteral("checkpoint.txt"));
    checkpoint(db, QStringLiteral("RUTS"), file);
    QByteArray text = readFile(file);
    // The statement is every line before "signature: "; the signature is base64 DER; the certificate follows.
    const int at = int(text.indexOf("\nsignature: "));
    REQUIRE(at > 0);
    writeFile(dir.filePath(QStringLiteral("statement")), text.left(at + 1));
    const int end = int(text.indexOf('\n', at + 1));
    writeFile(dir.filePath(QStringLiteral("signature")), QByteArray::fromBase64(text.mid(at + 12, end - at - 12)));
    REQUIRE(runTool(QStringLiteral("openssl"),
                    {QStringLiteral("x509"), QStringLiteral("-in"), file, QStringLiteral("-pubkey"),
                     QStringLiteral("-noout"), QStringLiteral("-out"), dir.filePath(QStringLiteral("pub.pem"))})
                .exitCode
            == 0);
    const QStringList dgst = {QStringLiteral("dgst"),
                              QStringLiteral("-sha256"),
                              QStringLiteral("-verify"),
                              dir.filePath(QStringLiteral("pub.pem")),
                              QStringLiteral("-signature"),
                              dir.filePath(QStringLiteral("signature")),
                              dir.filePath(QStringLiteral("statement"))};
    Tool t = runTool(QStringLiteral("openssl"), dgst);
    INFO(t.out.toStdString() << t.err.toStdString());
    CHECK(t.exitCode == 0);
    CHECK(t.out.contains(QStringLiteral("Verified OK")));
    CHECK(runTool(QStringLiteral("openssl"), {QStringLiteral("verify"), QStringLiteral("-CAfile"), caOf(db), file})
              .exitCode
          == 0);
    // The statement names the chain head the log has.
    const QString seal = sqlValue(db, QStringLiteral("SELECT hash FROM change_log ORDER BY seq DESC LIMIT 1"));
    CHECK(text.contains(QStringLiteral("\nseal: %1\n").arg(seal).toUtf8()));
    // One byte changed in the statement: OpenSSL refuses it.
    QByteArray statement = text.left(at + 1);
    statement.replace("institution: RUTS", "institution: RUTZ");
    writeFile(dir.filePath(QStringLiteral("statement")), statement);
    t = runTool(QStringLiteral("openssl"), dgst);
    CHECK(t.exitCode != 0);
}

TEST_CASE("Attack: a signed checkpoint deleted from the database is found by the one after it and by the copy kept"
          " outside",
          "[cli][signedhistory]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString first = dir.filePath(QStringLiteral("first.txt"));
    const QString second = dir.filePath(QStringLiteral("second.txt"));
    checkpoint(db, QStringLiteral("CQUPT"), first);
    const Run issued = runOn(db,
                             {QStringLiteral("transcript"), firstStudent(db), QStringLiteral("--institution"),
                              QStringLiteral("RUTS"), QStringLiteral("--unsigned"), QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("t.pdf"))});
    REQUIRE(issued.exitCode == 0);
    checkpoint(db, QStringLiteral("RUTS"), second);
    const QString firstRow = sqlValue(db, QStringLiteral("SELECT min(seq) FROM log_checkpoints"));
    const QString secondRow = sqlValue(db, QStringLiteral("SELECT max(seq) FROM log_checkpoints"));

    // The guard triggers refuse a plain delete.
    CHECK(runTool(QStringLiteral("sqlite3"), {db, QStringLiteral("DELETE FROM log_checkpoints")}).exitCode != 0);
    auto removeCheckpoint = [&](const QString& row) {
        const QString sql
            = QStringLiteral("DROP TRIGGER change_log_checkpoints_kept; DELETE FROM log_checkpoints WHERE seq = %1;"
                             " CREATE TRIGGER change_log_checkpoints_kept BEFORE DELETE ON log_checkpoints BEGIN"
                             " SELECT RAISE(ABORT, 'the change log cannot be altered'); END")
                  .arg(row);
        REQUIRE(runTool(QStringLiteral("sqlite3"), {db, sql}).exitCode == 0);
    };
    removeCheckpoint(firstRow);
    Run v = runOn(db, {QStringLiteral("log"), QStringLiteral("verify")});
    INFO(v.out.toStdString() << v.err.toStdString());
    CHECK(v.exitCode == 1);
    CHECK(v.out.contains(
        QStringLiteral("follows a signed checkpoint of row %1, which has vanished from the database").arg(firstRow)));

    // The latest vanishes too: nothing in the database tells, the file kept outside does.
    removeCheckpoint(secondRow);
    v = runOn(db, {QStringLiteral("log"), QStringLiteral("verify")});
    CHECK(v.exitCode == 0);
    CHECK(v.out.contains(QStringLiteral("come after the last signed checkpoint and are not signed")));
    v = runOn(db, {QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), second});
    INFO(v.out.toStdString() << v.err.toStdString());
    CHECK(v.exitCode == 1);
    CHECK(v.out.contains(QStringLiteral("log row %1: the signed checkpoint of this row").arg(secondRow)));
    CHECK(v.out.contains(QStringLiteral("has vanished from it")));

    // The unsigned transcript the removed checkpoint covered is no longer attested.
    const QString code = sqlValue(db, QStringLiteral("SELECT verification_code FROM transcript_issues"));
    v = runOn(db, {QStringLiteral("verify"), code});
    CHECK(v.exitCode == 1);
}

TEST_CASE("Attack: an insider's own key signs checkpoints that pass alone, but not against the authority's"
          " certificate",
          "[cli][signedhistory]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    // Another authority, with certificates naming the same universities.
    const QString own = dir.filePath(QStringLiteral("own"));
    REQUIRE(cli({QStringLiteral("keys"), QStringLiteral("demo"), QStringLiteral("--out-dir"), own}).exitCode == 0);
    const Run bound = runOn(db,
                            {QStringLiteral("keys"), QStringLiteral("use"), QStringLiteral("--institution"),
                             QStringLiteral("CQUPT"), QStringLiteral("--pkcs12"), own + QStringLiteral("/CQUPT.p12")});
    INFO(bound.err.toStdString());
    REQUIRE(bound.exitCode == 0);
    checkpoint(db, QStringLiteral("CQUPT"));
    Run v = runOn(db, {QStringLiteral("log"), QStringLiteral("verify")});
    CHECK(v.exitCode == 0);
    CHECK(v.out.contains(QStringLiteral("give --trust CA.pem")));
    v = runOn(db, {QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--trust"), caOf(db)});
    INFO(v.out.toStdString());
    CHECK(v.exitCode == 1);
    CHECK(v.out.contains(QStringLiteral("does not chain to the trusted authority")));
    // Checked against the insider's own authority, the same checkpoint holds.
    v = runOn(
        db,
        {QStringLiteral("log"), QStringLiteral("verify"), QStringLiteral("--trust"), own + QStringLiteral("/ca.pem")});
    CHECK(v.exitCode == 0);
}

TEST_CASE("Attack: a forged issue-log row does not make a forged PDF genuine", "[cli][signedhistory]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const QString student = firstStudent(db);
    const QString pdf = dir.filePath(QStringLiteral("signed.pdf"));
    Run r = runOn(db,
                  {QStringLiteral("transcript"), student, QStringLiteral("--institution"), QStringLiteral("CQUPT"),
                   QStringLiteral("--out"), pdf});
    REQUIRE(r.exitCode == 0);
    const QString code = sqlValue(db, QStringLiteral("SELECT verification_code FROM transcript_issues"));
    CHECK(runOn(db, {QStringLiteral("verify"), code}).exitCode == 0);
    CHECK(sqlValue(db, QStringLiteral("SELECT signature <> '' FROM transcript_issues")) == QStringLiteral("1"));

    // A forged PDF (any bytes) and a row for it, logged and sealed by the script, the signature copied.
    const QByteArray forged = readFile(pdf).replace("Transcript", "Transcrypt");
    const QString forgedPath = dir.filePath(QStringLiteral("forged.pdf"));
    writeFile(forgedPath, forged);
    const QString digest = QString::fromLatin1(QCryptographicHash::hash(forged, QCryptographicHash::Sha256).toHex());
    forge(db,
          {QStringLiteral("--actor"), QStringLiteral("cqupt.registrar"), QStringLiteral("--sql"),
           QStringLiteral("INSERT INTO transcript_issues (student_ref, institution, language, recipient, purpose,"
                          " issued_by, issued_at, content_digest, pdf_digest, verification_code,"
                          " canonical_content, signer_fingerprint, signature) SELECT student_ref, institution,"
                          " language, recipient, purpose, issued_by, issued_at, content_digest, '%1',"
                          " 'FAKE-CODE-0000-0001', canonical_content, signer_fingerprint, signature FROM"
                          " transcript_issues WHERE verification_code = '%2'")
               .arg(digest, code)});
    r = runOn(db, {QStringLiteral("verify"), forgedPath});
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK((r.out + r.err).contains(QStringLiteral("its signature does not verify")));
    r = runOn(db, {QStringLiteral("verify"), QStringLiteral("FAKE-CODE-0000-0001")});
    CHECK(r.exitCode == 1);

    // Without a signature, the forged row is an unsigned one no checkpoint covers.
    forge(db,
          {QStringLiteral("--actor"), QStringLiteral("cqupt.registrar"), QStringLiteral("--sql"),
           QStringLiteral("UPDATE transcript_issues SET signature = '' WHERE verification_code ="
                          " 'FAKE-CODE-0000-0001'")});
    r = runOn(db, {QStringLiteral("verify"), forgedPath});
    CHECK(r.exitCode == 1);
    CHECK((r.out + r.err).contains(QStringLiteral("no signed checkpoint covers log row")));
    // The genuine one still verifies.
    CHECK(runOn(db, {QStringLiteral("verify"), pdf}).exitCode == 0);
}

TEST_CASE("An unsigned transcript verifies against the database only once a signed checkpoint covers its row",
          "[cli][signedhistory]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    const Run r = runOn(db,
                        {QStringLiteral("transcript"), firstStudent(db), QStringLiteral("--institution"),
                         QStringLiteral("RUTS"), QStringLiteral("--unsigned"), QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("t.pdf"))});
    REQUIRE(r.exitCode == 0);
    const QString code = sqlValue(db, QStringLiteral("SELECT verification_code FROM transcript_issues"));
    Run v = runOn(db, {QStringLiteral("verify"), code});
    CHECK(v.exitCode == 1);
    CHECK((v.out + v.err).contains(QStringLiteral("is not attested: it is not signed, and no signed checkpoint")));
    checkpoint(db, QStringLiteral("RUTS"));
    v = runOn(db, {QStringLiteral("verify"), code});
    INFO(v.out.toStdString() << v.err.toStdString());
    CHECK(v.exitCode == 0);
}

TEST_CASE("Every table that shapes an outcome is under the log: a script's edit is logged, and with the triggers"
          " dropped and the chain sealed again the checkpoint catches it",
          "[cli][signedhistory]")
{
    // A base with a row in every table: a transcript (issue and disclosure), a grade change, evidence.
    QTemporaryDir baseDir;
    const QString base = demoCopy(baseDir);
    REQUIRE(runOn(base,
                  {QStringLiteral("transcript"), firstStudent(base), QStringLiteral("--institution"),
                   QStringLiteral("CQUPT"), QStringLiteral("--out"), baseDir.filePath(QStringLiteral("t.pdf"))})
                .exitCode
            == 0);
    const QString csv = baseDir.filePath(QStringLiteral("change.csv"));
    writeFile(csv,
              QByteArrayLiteral("student_id,institution,course_code,term,mark,attempt\n"
                                "DD2020001,RUTS,GE101,1/2563,B,\n"));
    Run r = runOn(base,
                  {QStringLiteral("import"), QStringLiteral("results"), csv, QStringLiteral("--reason"),
                   QStringLiteral("marking error")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString syllabus = baseDir.filePath(QStringLiteral("syllabus.pdf"));
    writeFile(syllabus, QByteArrayLiteral("%PDF-1.4 a syllabus"));
    const QString equivalency = sqlValue(base,
                                         QStringLiteral("SELECT e.id FROM equivalencies e WHERE e.status ="
                                                        " 'approved' AND e.to_institution = 'CQUPT' ORDER BY"
                                                        " e.id LIMIT 1"));
    r = runOn(base, {QStringLiteral("equivalency"), QStringLiteral("evidence"), equivalency, syllabus});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    checkpoint(base, QStringLiteral("CQUPT"));

    struct Edit
    {
        const char* table;
        const char* set; ///< the SET clause of the script's UPDATE
    };
    const Edit edits[] = {
        {"policies", "version = version || '-forged'"},
        {"programmes", "name_en = name_en || ' (forged)'"},
        {"terms", "end_date = '2031-01-31'"},
        {"grade_changes", "reason = 'forged'"},
        {"equivalency_sources", "course_ref = (SELECT max(id) FROM courses)"},
        {"equivalency_targets", "course_ref = (SELECT max(id) FROM courses)"},
        {"equivalency_evidence", "content = X'00'"},
        {"transfer_credit_sources", "result_ref = (SELECT max(id) FROM results)"},
        {"transcript_issues", "recipient = 'forged'"},
        {"disclosures", "recipient = 'nobody'"},
        {"import_runs", "rows_read = rows_read + 1"},
        // The demo's administrator has no password: the registrar's hash is copied onto the viewer.
        {"users", "password_hash = (SELECT password_hash FROM users WHERE username = 'cqupt.registrar')"},
        {"certificates", "added_at = '2020-01-01T00:00:00.000Z'"},
    };
    for (const Edit& edit : edits) {
        const QString table = QString::fromLatin1(edit.table);
        INFO(table.toStdString());
        const QString key = table == QLatin1String("users")
            ? sqlValue(base, QStringLiteral("SELECT id FROM users WHERE username = 'viewer'"))
            : sqlValue(base, QStringLiteral("SELECT max(id) FROM %1").arg(table));
        REQUIRE(!key.isEmpty());
        const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = %3").arg(table, QLatin1String(edit.set), key);

        // Through the triggers: logged, and after the checkpoint, so not signed.
        QTemporaryDir logged;
        const QString db = copyOf(base, logged);
        const qint64 row
            = forge(db, {QStringLiteral("--actor"), QStringLiteral("admin"), QStringLiteral("--sql"), sql});
        CHECK(
            sqlValue(db, QStringLiteral("SELECT table_name || ' ' || row_key FROM change_log WHERE seq = %1").arg(row))
            == table + QLatin1Char(' ') + key);
        if (table == QLatin1String("users")) {
            // The log holds a digest of the password hash, never the hash; copying it shows.
            const QString entry
                = sqlValue(db, QStringLiteral("SELECT new_values FROM change_log WHERE seq = %1").arg(row));
            CHECK(entry.contains(QStringLiteral("password_hash_sha256")));
            const QString hash = sqlValue(db, QStringLiteral("SELECT password_hash FROM users WHERE id = %1").arg(key));
            REQUIRE(hash.startsWith(QStringLiteral("$argon2id$")));
            CHECK(!entry.contains(hash));
            CHECK(!entry.contains(hash.mid(30)));
            const Run shown = runOn(
                db, {QStringLiteral("log"), QStringLiteral("show"), QStringLiteral("--limit"), QStringLiteral("1")});
            CHECK(shown.out.contains(QStringLiteral("password_hash_sha256")));
        }
        Run v = runOn(db, {QStringLiteral("log"), QStringLiteral("verify")});
        INFO(v.out.toStdString() << v.err.toStdString());
        CHECK(v.exitCode == 0);
        CHECK(v.out.contains(QStringLiteral("come after the last signed checkpoint")));

        // Triggers dropped, the log rewritten to say it was always so, the chain sealed again: the checkpoint.
        QTemporaryDir rewritten;
        const QString db2 = copyOf(base, rewritten);
        const qint64 at = forge(db2, {QStringLiteral("--rewrite"), table, key, QStringLiteral("--sql"), sql});
        v = runOn(db2, {QStringLiteral("log"), QStringLiteral("verify")});
        INFO(v.out.toStdString() << v.err.toStdString());
        CHECK(v.exitCode == 1);
        CHECK(v.out.contains(
            QStringLiteral("log row %1, %2 #%3: differs from what the checkpoint of row").arg(at).arg(table, key)));
    }
}

TEST_CASE("Attack: the search index written by the sqlite3 shell is found, never trusted, and a checkpoint with nothing"
          " new signs nothing",
          "[cli][signedhistory]")
{
    QTemporaryDir dir;
    const QString db = demoCopy(dir);
    checkpoint(db, QStringLiteral("CQUPT"));
    Run again = runOn(
        db,
        {QStringLiteral("log"), QStringLiteral("checkpoint"), QStringLiteral("--institution"), QStringLiteral("RUTS")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("nothing new to sign")));
    CHECK(sqlValue(db, QStringLiteral("SELECT count(*) FROM log_checkpoints")) == QStringLiteral("1"));

    // The index is derived: the shell may write it (no trigger guards it), so it is compared with the students.
    const QString id = sqlValue(db, QStringLiteral("SELECT id FROM students WHERE student_id = 'DD2020002'"));
    REQUIRE(
        runTool(QStringLiteral("sqlite3"),
                {db, QStringLiteral("UPDATE student_search SET text = 'DD2020001 Nuchnoi' WHERE rowid = %1").arg(id)})
            .exitCode
        == 0);
    const Run v = runOn(db, {QStringLiteral("log"), QStringLiteral("verify")});
    INFO(v.out.toStdString());
    CHECK(v.exitCode == 1);
    CHECK(v.out.contains(QStringLiteral("students #%1: the search index does not match this student").arg(id)));
}
