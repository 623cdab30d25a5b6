// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/db/Migration.h"

#include "core/text/FieldLimits.h"

namespace dd {

namespace {

// Version 1: every entity of the product, with row_version on each editable table
// and the acting user on every write. Kept to SQL that PostgreSQL also accepts; the
// placeholders are expanded by Database for its dialect.
Migration initialSchema()
{
    Migration m;
    m.version = 1;
    m.description = QStringLiteral("initial schema");
    m.statements = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', 'DualDegree')"),

        QStringLiteral(
            "CREATE TABLE users ("
            " id {{pk}},"
            " username TEXT NOT NULL UNIQUE,"
            " display_name TEXT NOT NULL DEFAULT '',"
            " role TEXT NOT NULL CHECK (role IN ('administrator', 'cqupt_registrar', 'ruts_coordinator', 'viewer')),"
            " password_hash TEXT,"
            " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
            " created_at {{timestamp}} NOT NULL,"
            " row_version INTEGER NOT NULL DEFAULT 1)"),

        QStringLiteral("CREATE TABLE policies ("
                       " id {{pk}},"
                       " kind TEXT NOT NULL CHECK (kind IN ('institution', 'conversions', 'programme')),"
                       " name TEXT NOT NULL,"
                       " version TEXT NOT NULL,"
                       " content TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " loaded_by INTEGER NOT NULL REFERENCES users(id),"
                       " loaded_at {{timestamp}} NOT NULL,"
                       " UNIQUE (kind, name, sha256))"),

        QStringLiteral("CREATE TABLE institutions ("
                       " code TEXT PRIMARY KEY,"
                       " name_en TEXT NOT NULL,"
                       " name_zh TEXT NOT NULL DEFAULT '',"
                       " name_th TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1)"),

        QStringLiteral("CREATE TABLE programmes ("
                       " id {{pk}},"
                       " code TEXT NOT NULL UNIQUE,"
                       " institution TEXT NOT NULL REFERENCES institutions(code),"
                       " catalogue_year INTEGER NOT NULL,"
                       " name_en TEXT NOT NULL,"
                       " name_zh TEXT NOT NULL DEFAULT '',"
                       " name_th TEXT NOT NULL DEFAULT '',"
                       " degree_en TEXT NOT NULL DEFAULT '',"
                       " degree_zh TEXT NOT NULL DEFAULT '',"
                       " degree_th TEXT NOT NULL DEFAULT '',"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (institution, catalogue_year))"),

        QStringLiteral("CREATE TABLE terms ("
                       " id {{pk}},"
                       " institution TEXT NOT NULL REFERENCES institutions(code),"
                       " code TEXT NOT NULL,"
                       " academic_year INTEGER NOT NULL,"
                       " semester INTEGER NOT NULL,"
                       " regular INTEGER NOT NULL CHECK (regular IN (0, 1)),"
                       " start_date TEXT NOT NULL,"
                       " end_date TEXT NOT NULL,"
                       " UNIQUE (institution, code))"),

        QStringLiteral("CREATE TABLE students ("
                       " id {{pk}},"
                       " student_id TEXT NOT NULL UNIQUE,"
                       " cqupt_no TEXT UNIQUE,"
                       " ruts_no TEXT UNIQUE,"
                       " family_name TEXT NOT NULL,"
                       " given_name TEXT NOT NULL,"
                       " name_zh TEXT NOT NULL DEFAULT '',"
                       " name_th TEXT NOT NULL DEFAULT '',"
                       " date_of_birth TEXT NOT NULL,"
                       " nationality TEXT NOT NULL,"
                       " passport_no TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " cohort INTEGER NOT NULL,"
                       " status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'withdrawn', 'graduated')),"
                       " created_by INTEGER NOT NULL REFERENCES users(id),"
                       " created_at {{timestamp}} NOT NULL,"
                       " updated_by INTEGER NOT NULL REFERENCES users(id),"
                       " updated_at {{timestamp}} NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX students_cohort ON students (cohort)"),

        QStringLiteral("CREATE TABLE courses ("
                       " id {{pk}},"
                       " institution TEXT NOT NULL REFERENCES institutions(code),"
                       " code TEXT NOT NULL,"
                       " title_en TEXT NOT NULL,"
                       " title_zh TEXT NOT NULL DEFAULT '',"
                       " title_th TEXT NOT NULL DEFAULT '',"
                       " credits NUMERIC NOT NULL CHECK (credits >= 0),"
                       " lecture_hours INTEGER NOT NULL DEFAULT 0 CHECK (lecture_hours >= 0),"
                       " lab_hours INTEGER NOT NULL DEFAULT 0 CHECK (lab_hours >= 0),"
                       " self_study_hours INTEGER NOT NULL DEFAULT 0 CHECK (self_study_hours >= 0),"
                       " category TEXT NOT NULL,"
                       " grading TEXT NOT NULL CHECK (grading IN ('graded', 'pass_fail')),"
                       " created_by INTEGER NOT NULL REFERENCES users(id),"
                       " created_at {{timestamp}} NOT NULL,"
                       " updated_by INTEGER NOT NULL REFERENCES users(id),"
                       " updated_at {{timestamp}} NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (institution, code))"),

        QStringLiteral("CREATE TABLE results ("
                       " id {{pk}},"
                       " student_ref INTEGER NOT NULL REFERENCES students(id),"
                       " course_ref INTEGER NOT NULL REFERENCES courses(id),"
                       " term_ref INTEGER NOT NULL REFERENCES terms(id),"
                       " attempt TEXT NOT NULL CHECK (attempt IN ('regular', 'makeup', 'retake')),"
                       " mark TEXT NOT NULL DEFAULT '',"
                       " recorded_by INTEGER NOT NULL REFERENCES users(id),"
                       " recorded_at {{timestamp}} NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (student_ref, course_ref, term_ref, attempt))"),
        QStringLiteral("CREATE INDEX results_course ON results (course_ref)"),
        QStringLiteral("CREATE INDEX results_term ON results (term_ref)"),

        QStringLiteral("CREATE TABLE grade_changes ("
                       " id {{pk}},"
                       " result_ref INTEGER NOT NULL REFERENCES results(id),"
                       " old_mark TEXT NOT NULL,"
                       " new_mark TEXT NOT NULL,"
                       " reason TEXT NOT NULL CHECK (reason <> ''),"
                       " changed_by INTEGER NOT NULL REFERENCES users(id),"
                       " changed_at {{timestamp}} NOT NULL)"),
        QStringLiteral("CREATE INDEX grade_changes_result ON grade_changes (result_ref)"),

        QStringLiteral("CREATE TABLE equivalencies ("
                       " id {{pk}},"
                       " lineage_id INTEGER REFERENCES equivalencies(id),"
                       " version INTEGER NOT NULL CHECK (version >= 1),"
                       " rule_key TEXT NOT NULL,"
                       " from_institution TEXT NOT NULL REFERENCES institutions(code),"
                       " to_institution TEXT NOT NULL REFERENCES institutions(code),"
                       " block_category TEXT,"
                       " block_credits NUMERIC,"
                       " status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected', 'retired')),"
                       " valid_from_cohort INTEGER NOT NULL,"
                       " valid_to_cohort INTEGER,"
                       " note TEXT NOT NULL DEFAULT '',"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " decided_by INTEGER REFERENCES users(id),"
                       " decided_at {{timestamp}},"
                       " created_by INTEGER NOT NULL REFERENCES users(id),"
                       " created_at {{timestamp}} NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (rule_key, version),"
                       " CHECK (from_institution <> to_institution))"),
        QStringLiteral("CREATE TABLE equivalency_sources ("
                       " equivalency_ref INTEGER NOT NULL REFERENCES equivalencies(id),"
                       " course_ref INTEGER NOT NULL REFERENCES courses(id),"
                       " PRIMARY KEY (equivalency_ref, course_ref))"),
        QStringLiteral("CREATE TABLE equivalency_targets ("
                       " equivalency_ref INTEGER NOT NULL REFERENCES equivalencies(id),"
                       " course_ref INTEGER NOT NULL REFERENCES courses(id),"
                       " PRIMARY KEY (equivalency_ref, course_ref))"),
        QStringLiteral("CREATE TABLE equivalency_evidence ("
                       " id {{pk}},"
                       " equivalency_ref INTEGER NOT NULL REFERENCES equivalencies(id),"
                       " file_name TEXT NOT NULL,"
                       " content {{blob}} NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " added_by INTEGER NOT NULL REFERENCES users(id),"
                       " added_at {{timestamp}} NOT NULL)"),

        QStringLiteral("CREATE TABLE transfer_credits ("
                       " id {{pk}},"
                       " student_ref INTEGER NOT NULL REFERENCES students(id),"
                       " equivalency_ref INTEGER NOT NULL REFERENCES equivalencies(id),"
                       " to_institution TEXT NOT NULL REFERENCES institutions(code),"
                       " target_course_ref INTEGER REFERENCES courses(id),"
                       " target_category TEXT,"
                       " credits NUMERIC NOT NULL CHECK (credits >= 0),"
                       " converted_grade TEXT NOT NULL,"
                       " conversion_table TEXT NOT NULL,"
                       " conversion_version TEXT NOT NULL,"
                       " status TEXT NOT NULL CHECK (status IN ('applied', 'reversed')),"
                       " as_of TEXT NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " decided_by INTEGER NOT NULL REFERENCES users(id),"
                       " decided_at {{timestamp}} NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX transfer_credits_student ON transfer_credits (student_ref)"),
        QStringLiteral("CREATE TABLE transfer_credit_sources ("
                       " transfer_ref INTEGER NOT NULL REFERENCES transfer_credits(id),"
                       " result_ref INTEGER NOT NULL REFERENCES results(id),"
                       " PRIMARY KEY (transfer_ref, result_ref))"),

        QStringLiteral("CREATE TABLE exceptions ("
                       " id {{pk}},"
                       " student_ref INTEGER NOT NULL REFERENCES students(id),"
                       " institution TEXT NOT NULL REFERENCES institutions(code),"
                       " kind TEXT NOT NULL CHECK (kind IN ('waive', 'substitute', 'force-complete', 'also-allow')),"
                       " requirement TEXT NOT NULL,"
                       " course_ref INTEGER REFERENCES courses(id),"
                       " reason TEXT NOT NULL CHECK (reason <> ''),"
                       " approved_by TEXT NOT NULL CHECK (approved_by <> ''),"
                       " created_by INTEGER NOT NULL REFERENCES users(id),"
                       " created_at {{timestamp}} NOT NULL,"
                       " revoked_by INTEGER REFERENCES users(id),"
                       " revoked_at {{timestamp}},"
                       " row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX exceptions_student ON exceptions (student_ref)"),

        QStringLiteral("CREATE TABLE milestones ("
                       " id {{pk}},"
                       " student_ref INTEGER NOT NULL REFERENCES students(id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('HSK', 'THESIS', 'INTERNSHIP')),"
                       " level TEXT NOT NULL,"
                       " score INTEGER,"
                       " date TEXT NOT NULL,"
                       " recorded_by INTEGER NOT NULL REFERENCES users(id),"
                       " recorded_at {{timestamp}} NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1,"
                       " UNIQUE (student_ref, kind, date))"),

        QStringLiteral("CREATE TABLE transcript_issues ("
                       " id {{pk}},"
                       " student_ref INTEGER NOT NULL REFERENCES students(id),"
                       " institution TEXT NOT NULL REFERENCES institutions(code),"
                       " language TEXT NOT NULL CHECK (language IN ('en', 'en-zh', 'en-th')),"
                       " recipient TEXT NOT NULL DEFAULT '',"
                       " purpose TEXT NOT NULL DEFAULT '',"
                       " issued_by INTEGER NOT NULL REFERENCES users(id),"
                       " issued_at {{timestamp}} NOT NULL,"
                       " content_digest TEXT NOT NULL,"
                       " pdf_digest TEXT NOT NULL DEFAULT '',"
                       " verification_code TEXT NOT NULL UNIQUE,"
                       " canonical_content TEXT NOT NULL)"),

        QStringLiteral("CREATE TABLE import_runs ("
                       " id {{pk}},"
                       " kind TEXT NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " file_sha256 TEXT NOT NULL,"
                       " rows_read INTEGER NOT NULL,"
                       " inserted INTEGER NOT NULL,"
                       " updated INTEGER NOT NULL,"
                       " unchanged INTEGER NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " imported_by INTEGER NOT NULL REFERENCES users(id),"
                       " imported_at {{timestamp}} NOT NULL)"),
    };
    return m;
}

// Version 2: a reversed transfer records who reversed it and when; finding the
// transfers a result backs is indexed.
Migration transferReversals()
{
    Migration m;
    m.version = 2;
    m.description = QStringLiteral("transfer reversals");
    m.statements = {
        QStringLiteral("ALTER TABLE transfer_credits ADD COLUMN reversed_by INTEGER REFERENCES users(id)"),
        QStringLiteral("ALTER TABLE transfer_credits ADD COLUMN reversed_at {{timestamp}}"),
        QStringLiteral("CREATE INDEX transfer_credit_sources_result ON transfer_credit_sources (result_ref)"),
    };
    return m;
}

// Version 3: finding students by any part of an id, number or name in any script
// without reading every row: a trigram full-text index kept by triggers.
Migration studentSearchIndex()
{
    const QString text = studentSearchText(QStringLiteral("%1"));
    Migration m;
    m.version = 3;
    m.description = QStringLiteral("student search index");
    m.sqliteStatements = {
        QStringLiteral("CREATE VIRTUAL TABLE student_search USING fts5(text, tokenize = 'trigram')"),
        QStringLiteral("INSERT INTO student_search (rowid, text) SELECT s.id, %1 FROM students s")
            .arg(text.arg(QStringLiteral("s"))),
        QStringLiteral("CREATE TRIGGER students_search_insert AFTER INSERT ON students BEGIN"
                       " INSERT INTO student_search (rowid, text) VALUES (new.id, %1); END")
            .arg(text.arg(QStringLiteral("new"))),
        QStringLiteral("CREATE TRIGGER students_search_update AFTER UPDATE ON students BEGIN"
                       " UPDATE student_search SET text = %1 WHERE rowid = new.id; END")
            .arg(text.arg(QStringLiteral("new"))),
        QStringLiteral("CREATE TRIGGER students_search_delete AFTER DELETE ON students BEGIN"
                       " DELETE FROM student_search WHERE rowid = old.id; END"),
    };
    return m;
}

// Version 4: users log in (failed attempts counted for the back-off), a database
// may require it, exports of personal data are recorded, and every change of the
// logged tables goes to the hash-chained change log (see ChangeLog).
Migration accountability()
{
    Migration m;
    m.version = 4;
    m.description = QStringLiteral("logins, change log, disclosure log");
    m.statements = {
        QStringLiteral("ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE users ADD COLUMN last_failed_at {{timestamp}}"),
        QStringLiteral("ALTER TABLE users ADD COLUMN password_changed_at {{timestamp}}"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('login_required', '0')"),
        QStringLiteral("CREATE TABLE disclosures ("
                       " id {{pk}},"
                       " kind TEXT NOT NULL,"
                       " recipient TEXT NOT NULL,"
                       " purpose TEXT NOT NULL,"
                       " records TEXT NOT NULL,"
                       " record_count INTEGER NOT NULL,"
                       " file_name TEXT NOT NULL DEFAULT '',"
                       " disclosed_by INTEGER NOT NULL REFERENCES users(id),"
                       " disclosed_at {{timestamp}} NOT NULL)"),
    };
    // Its triggers are made by Database after the migrations (ChangeLogSchema::install).
    m.sqliteStatements = {
        QStringLiteral("CREATE TABLE change_log ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " at TEXT NOT NULL,"
                       " username TEXT,"
                       " reason TEXT,"
                       " table_name TEXT NOT NULL,"
                       " row_key INTEGER NOT NULL,"
                       " operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'baseline')),"
                       " old_values TEXT,"
                       " new_values TEXT,"
                       " hash TEXT)"),
        QStringLiteral("CREATE INDEX change_log_row ON change_log (table_name, row_key, seq)"),
    };
    return m;
}

// Version 5: the change log on a server too. Its functions and triggers are made
// by Database after the migrations (ChangeLogSchema::install), as in a file.
Migration serverChangeLog()
{
    Migration m;
    m.version = 5;
    m.description = QStringLiteral("change log on PostgreSQL");
    m.postgresStatements = {
        QStringLiteral("CREATE TABLE change_log ("
                       " seq BIGINT PRIMARY KEY,"
                       " at TEXT NOT NULL,"
                       " username TEXT,"
                       " reason TEXT,"
                       " table_name TEXT NOT NULL,"
                       " row_key BIGINT NOT NULL,"
                       " operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete', 'baseline')),"
                       " old_values TEXT,"
                       " new_values TEXT,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX change_log_row ON change_log (table_name, row_key, seq)"),
    };
    return m;
}

// Version 6: an optional national ID per student (unique where given), and every
// column a person types into bounded in length, as the forms and import files are
// (FieldLimits): CHECK constraints on a server, triggers in a file (SQLite cannot
// add a CHECK to an existing table).
Migration nationalIdAndLimits()
{
    Migration m;
    m.version = 6;
    m.description = QStringLiteral("national ID, text limits");
    m.statements = {
        QStringLiteral("ALTER TABLE students ADD COLUMN national_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE UNIQUE INDEX students_national_id ON students (national_id) WHERE national_id <> ''"),
    };
    m.sqliteStatements = fieldLimitTriggers();
    for (const FieldLimits::Column& c : FieldLimits::storedColumns()) {
        m.postgresStatements << QStringLiteral(
                                    "ALTER TABLE %1 ADD CONSTRAINT %1_%2_length CHECK (char_length(%2) <= %3)")
                                    .arg(c.table, c.column)
                                    .arg(c.maxChars);
    }
    return m;
}

// Version 7: what an administrator did to the database as a whole that its change log
// must show (a copy adopted as it is, a backup put back), logged like every record.
Migration databaseEvents()
{
    Migration m;
    m.version = 7;
    m.description = QStringLiteral("database events");
    m.statements = {
        QStringLiteral("CREATE TABLE database_events (id {{pk}}, kind TEXT NOT NULL CHECK (kind IN ('adopted',"
                       " 'restored')), detail TEXT NOT NULL, at {{timestamp}} NOT NULL)"),
    };
    return m;
}

// Version 8: the institutions' signing certificates (never a private key: only where
// the key is kept, a file path or a PKCS#11 URI), partners' certificates trusted for
// exchange, and which certificate signed each issued transcript.
Migration institutionKeys()
{
    Migration m;
    m.version = 8;
    m.description = QStringLiteral("institution keys");
    m.statements = {
        QStringLiteral("CREATE TABLE institution_keys (id {{pk}},"
                       " institution TEXT NOT NULL UNIQUE REFERENCES institutions(code),"
                       " key_kind TEXT NOT NULL CHECK (key_kind IN ('pkcs12', 'pkcs11')),"
                       " key_location TEXT NOT NULL,"
                       " certificate TEXT NOT NULL,"
                       " chain TEXT NOT NULL DEFAULT '',"
                       " fingerprint TEXT NOT NULL,"
                       " bound_at {{timestamp}} NOT NULL,"
                       " row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE partner_certificates (id {{pk}},"
                       " institution TEXT NOT NULL REFERENCES institutions(code),"
                       " certificate TEXT NOT NULL,"
                       " fingerprint TEXT NOT NULL,"
                       " trusted_at {{timestamp}} NOT NULL,"
                       " UNIQUE (institution, fingerprint))"),
        QStringLiteral("ALTER TABLE transcript_issues ADD COLUMN signer_fingerprint TEXT NOT NULL DEFAULT ''"),
    };
    return m;
}

// Version 9: signed history. Every table that can alter an outcome is under the change
// log, which needs a row key: the link tables get one. Checkpoints sign the log's chain
// head; each certificate that signed something is kept once, by fingerprint; an issued
// transcript's log row carries the institution's signature.
Migration signedHistory()
{
    // A link table again, with a key of its own (SQLite cannot add a primary key in place).
    auto rebuilt = [](const QString& table, const QString& parent, const QString& parentTable, const QString& child,
                      const QString& childTable) {
        return QStringList {
            QStringLiteral("CREATE TABLE %1_keyed (id INTEGER PRIMARY KEY, %2 INTEGER NOT NULL REFERENCES %3(id),"
                           " %4 INTEGER NOT NULL REFERENCES %5(id), UNIQUE (%2, %4))")
                .arg(table, parent, parentTable, child, childTable),
            QStringLiteral("INSERT INTO %1_keyed (%2, %3) SELECT %2, %3 FROM %1 ORDER BY %2, %3")
                .arg(table, parent, child),
            QStringLiteral("DROP TABLE %1").arg(table),
            QStringLiteral("ALTER TABLE %1_keyed RENAME TO %1").arg(table),
        };
    };
    auto keyed = [](const QString& table, const QString& parent, const QString& child) {
        return QStringList {
            QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %1_pkey").arg(table),
            QStringLiteral("ALTER TABLE %1 ADD COLUMN id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                .arg(table),
            QStringLiteral("ALTER TABLE %1 ADD UNIQUE (%2, %3)").arg(table, parent, child),
        };
    };
    Migration m;
    m.version = 9;
    m.description = QStringLiteral("signed history");
    m.statements = {
        QStringLiteral("CREATE TABLE certificates (id {{pk}}, fingerprint TEXT NOT NULL UNIQUE,"
                       " certificate TEXT NOT NULL, added_at {{timestamp}} NOT NULL)"),
        QStringLiteral("INSERT INTO certificates (fingerprint, certificate, added_at)"
                       " SELECT fingerprint, certificate, bound_at FROM institution_keys ORDER BY id"),
        QStringLiteral("CREATE TABLE log_checkpoints (id {{pk}},"
                       " seq BIGINT NOT NULL UNIQUE,"
                       " seal TEXT NOT NULL,"
                       " made_at TEXT NOT NULL,"
                       " made_by TEXT NOT NULL DEFAULT '',"
                       " institution TEXT NOT NULL,"
                       " previous_seq BIGINT NOT NULL,"
                       " previous_seal TEXT NOT NULL,"
                       " seals {{blob}} NOT NULL,"
                       " signer_fingerprint TEXT NOT NULL,"
                       " signature TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE transcript_issues ADD COLUMN signature TEXT NOT NULL DEFAULT ''"),
    };
    m.sqliteStatements
        = rebuilt(QStringLiteral("equivalency_sources"), QStringLiteral("equivalency_ref"),
                  QStringLiteral("equivalencies"), QStringLiteral("course_ref"), QStringLiteral("courses"))
        + rebuilt(QStringLiteral("equivalency_targets"), QStringLiteral("equivalency_ref"),
                  QStringLiteral("equivalencies"), QStringLiteral("course_ref"), QStringLiteral("courses"))
        + rebuilt(QStringLiteral("transfer_credit_sources"), QStringLiteral("transfer_ref"),
                  QStringLiteral("transfer_credits"), QStringLiteral("result_ref"), QStringLiteral("results"))
        + QStringList {
            QStringLiteral("CREATE INDEX transfer_credit_sources_result ON transfer_credit_sources (result_ref)")};
    m.postgresStatements
        = keyed(QStringLiteral("equivalency_sources"), QStringLiteral("equivalency_ref"), QStringLiteral("course_ref"))
        + keyed(QStringLiteral("equivalency_targets"), QStringLiteral("equivalency_ref"), QStringLiteral("course_ref"))
        + keyed(QStringLiteral("transfer_credit_sources"), QStringLiteral("transfer_ref"),
                QStringLiteral("result_ref"));
    return m;
}

} // namespace

// Version 10: a partner's signed record imported (ELMO) names the certificate that signed it.
Migration partnerRecords()
{
    Migration m;
    m.version = 10;
    m.description = QStringLiteral("partner records");
    m.statements = {
        QStringLiteral("ALTER TABLE import_runs ADD COLUMN signer_fingerprint TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE import_runs ADD COLUMN signer_subject TEXT NOT NULL DEFAULT ''"),
    };
    return m;
}

// Version 11: planning. A course says in which semesters it is offered (empty: every regular one).
Migration courseOfferings()
{
    Migration m;
    m.version = 11;
    m.description = QStringLiteral("course offerings");
    m.statements = {QStringLiteral("ALTER TABLE courses ADD COLUMN offered TEXT NOT NULL DEFAULT ''")};
    return m;
}

QString studentSearchText(const QString& alias)
{
    return QStringLiteral("%1.student_id || ' ' || coalesce(%1.cqupt_no, '') || ' ' || coalesce(%1.ruts_no, '') || ' '"
                          " || %1.family_name || ' ' || %1.given_name || ' ' || %1.name_zh || ' ' || %1.name_th")
        .arg(alias);
}

QStringList fieldLimitTriggers()
{
    QStringList tables;
    for (const FieldLimits::Column& c : FieldLimits::storedColumns()) {
        if (!tables.contains(c.table)) {
            tables << c.table;
        }
    }
    QStringList out;
    for (const QString& table : std::as_const(tables)) {
        QString body;
        for (const FieldLimits::Column& c : FieldLimits::storedColumns()) {
            if (c.table == table) {
                body += QStringLiteral(" SELECT RAISE(ABORT, '%1.%2 is longer than %3 characters')"
                                       " WHERE length(new.%2) > %3;")
                            .arg(c.table, c.column)
                            .arg(c.maxChars);
            }
        }
        for (const char* event : {"insert", "update"}) {
            out << QStringLiteral("CREATE TRIGGER field_limits_%1_%2 BEFORE %3 ON %1 BEGIN%4 END")
                       .arg(table, QLatin1String(event), QString::fromLatin1(event).toUpper(), body);
        }
    }
    return out;
}

QList<Migration> allMigrations()
{
    return {initialSchema(),   transferReversals(),   studentSearchIndex(), accountability(),
            serverChangeLog(), nationalIdAndLimits(), databaseEvents(),     institutionKeys(),
            signedHistory(),   partnerRecords(),      courseOfferings()};
}

} // namespace dd
