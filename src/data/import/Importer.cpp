// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/Importer.h"

#include "data/backup/DatabaseBackup.h"

#include "core/text/FieldLimits.h"
#include "core/text/TextEncoding.h"

#include "data/db/Database.h"
#include "data/db/SqlUtil.h"
#include "data/repositories/PolicyRepository.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

namespace dd {

namespace {

// Past this many errors the rest of a broken file is not worth reading.
constexpr int kMaxErrors = 200;
// How many lines are checked between two reports of progress.
constexpr int kProgressEvery = 250;

} // namespace

Importer::Importer(QString kind, Database& db)
    : m_db(db)
    , m_kind(std::move(kind))
{
}

Importer::~Importer() = default;

Importer::Row::Row(const CsvParser::Record& record, const QHash<QString, int>& index)
    : m_line(record.line)
    , m_fields(record.fields)
    , m_index(&index)
{
}

QString Importer::Row::value(const QString& column) const
{
    const int i = m_index->value(column, -1);
    // An export neutralised formulas with one apostrophe: exactly that one is taken off.
    return i >= 0 && i < m_fields.size() ? CsvParser::unformulaText(m_fields.at(i)).trimmed() : QString();
}

void Importer::error(int line, const QString& column, const QString& message)
{
    ++m_errorCount;
    if (m_report->errors.size() < kMaxErrors) {
        m_report->errors.append({m_report->file, line, column, message, place(line)});
    }
}

QString Importer::typedText(const Row& row, const QString& column, int maxChars, FieldRules::TextKind kind)
{
    const QString value = row.value(column);
    QString reason;
    if (!FieldRules::text(value, maxChars, kind, &reason)) {
        error(row, column, reason);
    }
    return value;
}

void Importer::error(const Row& row, const QString& column, const QString& message)
{
    error(row.line(), column, message);
}

void Importer::planInsert(const QString& description)
{
    ++m_report->inserted;
    m_report->changes.append(QStringLiteral("add %1").arg(description));
    m_report->rowChanges.insert(m_line, m_report->changes.last());
}

void Importer::planUpdate(const QString& description)
{
    ++m_report->updated;
    m_report->changes.append(QStringLiteral("change %1").arg(description));
    m_report->rowChanges.insert(m_line, m_report->changes.last());
}

void Importer::planUnchanged()
{
    ++m_report->unchanged;
}

bool Importer::permitted(const Row& row, Permissions::Action action, const QString& institution, const QString& column)
{
    Error refusal;
    if (m_db.session().permits(action, institution, &refusal)) {
        return true;
    }
    error(row, column, refusal.message());
    return false;
}

QString Importer::required(const Row& row, const QString& column)
{
    const QString v = row.value(column);
    if (v.isEmpty()) {
        error(row, column, QStringLiteral("is required"));
    }
    return v;
}

const InstitutionPolicy* Importer::institution(const Row& row, const QString& column)
{
    const QString code = required(row, column);
    if (code.isEmpty()) {
        return nullptr;
    }
    const InstitutionPolicy* policy = m_policies.institution(code);
    if (!policy) {
        error(row, column,
              QStringLiteral("unknown institution '%1' (expected %2)")
                  .arg(code, m_policies.institutionCodes().join(QStringLiteral(" or "))));
    }
    return policy;
}

bool Importer::run(const QByteArray& bytes, const QString& fileName, const Options& options, ImportReport* report)
{
    *report = ImportReport();
    report->kind = m_kind;
    report->file = QFileInfo(fileName).fileName();
    report->dryRun = options.dryRun;
    m_report = report;
    m_errorCount = 0;
    m_options = options;
    const ChangeReason why(m_db,
                           options.reason.trimmed().isEmpty() ? QStringLiteral("import of %1").arg(report->file)
                                                              : options.reason.trimmed());

    Error loadError;
    PolicyRepository policyRepo(m_db);
    if (!policyRepo.load(&m_policies, &loadError) || m_policies.isEmpty()) {
        error(0, QString(),
              !loadError.isSet() ? QStringLiteral("the database has no institution policies (was it made with 'init'?)")
                                 : loadError.message());
        return false;
    }

    if (!options.dryRun && m_db.writesRefused()) {
        error(0, QString(), m_db.refusalReason());
        return false;
    }
    // A copy of the database as it was, before anything is written.
    if (!options.dryRun && options.backup) {
        // Copies of imports that were killed before they could prune stand beyond the newest
        // ones kept: they go first, so that the folder never holds more than one copy over.
        DatabaseBackup::prune(m_db.path(), options.keepBackups);
        Error backupError;
        if (!DatabaseBackup::take(m_db, QStringLiteral("before-import-") + m_kind, &report->backup, &backupError)) {
            error(0, QString(),
                  QStringLiteral("not importing: the backup before the import failed: %1").arg(backupError.message()));
            return false;
        }
    }

    // Validation and writing happen in one transaction, so what was checked is what
    // gets written; an immediate one keeps other writers out until the end.
    Error txError;
    Transaction tx(m_db, options.dryRun ? Transaction::Mode::Deferred : Transaction::Mode::Immediate, &txError);
    if (!tx.isActive()) {
        error(0, QString(), txError.message());
        return false;
    }
    // A dry run, a refused file and a file that changes nothing end with the rollback of tx.
    const bool imported = validateAndWrite(bytes, options, tx, report);
    if (!report->backup.isEmpty()) {
        if (imported && report->written) {
            // Only now may the oldest copies go: a refused import pushes none out.
            DatabaseBackup::prune(m_db.path(), options.keepBackups);
        } else {
            // Nothing was written: the copy is of the database as it still is.
            QFile::remove(report->backup);
            report->backup.clear();
        }
    }
    return imported;
}

bool Importer::parse(const QByteArray& bytes, QList<CsvParser::Record>* records, QString* error)
{
    const QString encoding = m_options.encoding.isEmpty() ? TextEncoding::detectUnicode(bytes)
                                                          : TextEncoding::canonical(m_options.encoding);
    if (encoding.isEmpty() && !m_options.encoding.isEmpty()) {
        *error = QStringLiteral("unknown encoding '%1' (expected %2)")
                     .arg(m_options.encoding, TextEncoding::names().join(QStringLiteral(", ")));
        return false;
    }
    if (encoding.isEmpty()) {
        // Never guessed: GB18030 and Windows-874 read many of the same bytes.
        QStringList could;
        for (const TextEncoding::Candidate& c : TextEncoding::candidates(bytes)) {
            could << (c.sample.isEmpty() ? QStringLiteral("--encoding %1").arg(c.encoding)
                                         : QStringLiteral("--encoding %1 (\"%2\")").arg(c.encoding, c.sample));
        }
        *error = could.isEmpty() ? QStringLiteral("the file is not valid UTF-8, nor UTF-16, GB18030 or Windows-874")
                                 : QStringLiteral("the file is not valid UTF-8; it reads as %1: name its encoding")
                                       .arg(could.join(QStringLiteral(" or ")));
        return false;
    }
    QByteArray utf8;
    if (!TextEncoding::toUtf8(bytes, encoding, &utf8, error)) {
        return false;
    }
    return CsvParser::parse(utf8, records, error);
}

bool Importer::validateAndWrite(const QByteArray& bytes, const Options& options, Transaction& tx, ImportReport* report)
{
    QString reasonProblem;
    if (!FieldRules::text(options.reason, FieldLimits::kReason, FieldRules::TextKind::Paragraph, &reasonProblem)) {
        error(0, QString(), QStringLiteral("the reason %1").arg(reasonProblem));
        return false;
    }
    QList<CsvParser::Record> records;
    QString parseError;
    if (!parse(bytes, &records, &parseError)) {
        error(0, QString(), parseError);
        return false;
    }
    if (records.isEmpty()) {
        error(0, QString(),
              QStringLiteral("the file is empty; the first line must name the columns: %1")
                  .arg(columns().join(QLatin1Char(','))));
        return false;
    }

    // Header: every documented column exactly once, in any order, and nothing else.
    QHash<QString, int> index;
    const CsvParser::Record& header = records.first();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!columns().contains(name) && !optionalColumns().contains(name)) {
            error(header.line, name,
                  QStringLiteral("unknown column (the columns of a %1 file are %2)")
                      .arg(m_kind, (columns() + optionalColumns()).join(QLatin1Char(','))));
        } else if (index.contains(name)) {
            error(header.line, name, QStringLiteral("the column is named twice"));
        }
        index.insert(name, i);
    }
    for (const QString& c : columns()) {
        if (!index.contains(c)) {
            error(header.line, c, QStringLiteral("the column is missing from the header"));
        }
    }
    if (!report->errors.isEmpty()) {
        return false;
    }

    const int total = int(records.size()) - 1;
    const auto cancelled = [&](int done) {
        if (options.progress && !options.progress(done, total)) {
            error(0, QString(), QStringLiteral("cancelled: nothing was imported"));
            return true;
        }
        return false;
    };
    for (int r = 1; r < records.size(); ++r) {
        if (r % kProgressEvery == 0 && cancelled(r - 1)) {
            return false;
        }
        const CsvParser::Record& record = records.at(r);
        ++report->rows;
        if (record.fields.size() != header.fields.size()) {
            error(record.line, QString(),
                  QStringLiteral("expected %1 fields, found %2").arg(header.fields.size()).arg(record.fields.size()));
            continue;
        }
        m_line = record.line;
        validateRow(Row(record, index));
    }
    if (report->errors.isEmpty()) {
        validateAll();
    }
    if (!report->errors.isEmpty()) {
        report->inserted = report->updated = report->unchanged = 0;
        report->changes.clear();
        return false;
    }
    if (cancelled(total)) {
        report->inserted = report->updated = report->unchanged = 0;
        report->changes.clear();
        return false;
    }
    if (options.dryRun || (report->inserted == 0 && report->updated == 0)) {
        return true;
    }

    Error writeError;
    Sql::Assignments run = {
        {QStringLiteral("kind"), m_kind},
        {QStringLiteral("file_name"), report->file},
        {QStringLiteral("file_sha256"),
         QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("rows_read"), report->rows},
        {QStringLiteral("inserted"), report->inserted},
        {QStringLiteral("updated"), report->updated},
        {QStringLiteral("unchanged"), report->unchanged},
        {QStringLiteral("reason"), options.reason},
        {QStringLiteral("imported_by"), m_db.session().userId()},
        {QStringLiteral("imported_at"), Database::nowUtc()},
    };
    run += runDetails();
    if (!apply(&writeError) || !Sql::insert(m_db.connection(), QStringLiteral("import_runs"), run, nullptr, &writeError)
        || !tx.commit(&writeError)) {
        error(0, QString(), QStringLiteral("nothing was imported: %1").arg(writeError.message()));
        return false;
    }
    report->written = true;
    return true;
}

} // namespace dd
