// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/ImportPreview.h"

#include "core/text/TextEncoding.h"
#include "data/import/Importers.h"
#include "data/import/ListExport.h"

#include <QSet>

#include <algorithm>

namespace dd {

namespace {

bool isHan(char32_t c)
{
    return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

bool isThai(char32_t c)
{
    return c >= 0x0e00 && c <= 0x0e7f;
}

bool isPrivateUse(char32_t c)
{
    return (c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000;
}

/** How much \a records look like text in this encoding: script matching the column, no private use. */
int plausibility(const QList<CsvParser::Record>& records)
{
    if (records.isEmpty()) {
        return 0;
    }
    const QStringList& header = records.first().fields;
    int score = 0;
    for (const CsvParser::Record& r : records) {
        for (int i = 0; i < r.fields.size(); ++i) {
            const QString column = i < header.size() ? header.at(i).trimmed().toLower() : QString();
            for (const char32_t c : r.fields.at(i).toUcs4()) {
                if (isPrivateUse(c)) {
                    score -= 4;
                } else if (column.endsWith(QLatin1String("_zh"))) {
                    score += isHan(c) ? 1 : (isThai(c) ? -1 : 0);
                } else if (column.endsWith(QLatin1String("_th"))) {
                    score += isThai(c) ? 1 : (isHan(c) ? -1 : 0);
                }
            }
        }
    }
    return score;
}

/** "… : old -> new" (a result's change) → old. */
QString markBefore(const QString& change)
{
    const qsizetype arrow = change.lastIndexOf(QLatin1String(" -> "));
    const qsizetype colon = arrow < 0 ? -1 : change.lastIndexOf(QLatin1String(": "), arrow);
    return colon < 0 ? QString() : change.mid(colon + 2, arrow - colon - 2);
}

/** Whether two cells say the same (3 and 3.0 are the same number). */
bool sameCell(const QString& stored, const QString& given)
{
    if (stored == given) {
        return true;
    }
    bool a = false;
    bool b = false;
    const double x = stored.toDouble(&a);
    const double y = given.toDouble(&b);
    return a && b && x == y;
}

} // namespace

QStringList ImportPreview::kindsFor(Database& db, const QStringList& header)
{
    QSet<QString> given;
    for (const QString& h : header) {
        given.insert(h.trimmed().toLower());
    }
    QStringList fits;
    for (const QString& kind : Importers::kinds()) {
        const std::unique_ptr<Importer> importer = Importers::create(kind, db);
        const QStringList required = importer->columns();
        const QStringList optional = importer->optionalColumns();
        const bool hasAll
            = std::all_of(required.cbegin(), required.cend(), [&](const QString& c) { return given.contains(c); });
        const bool nothingElse = std::all_of(given.cbegin(), given.cend(), [&](const QString& c) {
            return required.contains(c) || optional.contains(c);
        });
        if (hasAll && nothingElse) {
            fits << kind;
        }
    }
    return fits;
}

QString ImportPreview::proposeEncoding(const QByteArray& bytes)
{
    const QString unicode = TextEncoding::detectUnicode(bytes);
    if (!unicode.isEmpty()) {
        return unicode;
    }
    QString best;
    int bestScore = 0;
    for (const TextEncoding::Candidate& c : TextEncoding::candidates(bytes)) {
        QList<CsvParser::Record> records;
        QString ignored;
        if (!read(bytes, c.encoding, &records, &ignored)) {
            continue;
        }
        const int score = plausibility(records);
        if (best.isEmpty() || score > bestScore) {
            best = c.encoding;
            bestScore = score;
        }
    }
    return best;
}

bool ImportPreview::read(const QByteArray& bytes, const QString& encoding, QList<CsvParser::Record>* records,
                         QString* error)
{
    QByteArray utf8;
    return TextEncoding::toUtf8(bytes, encoding, &utf8, error) && CsvParser::parse(utf8, records, error);
}

bool ImportPreview::make(Database& db, const QByteArray& bytes, const QString& fileName, const QString& kind,
                         Importer::Options options)
{
    m_header.clear();
    m_lines.clear();
    m_report = ImportReport();
    options.dryRun = true;
    const std::unique_ptr<Importer> importer = Importers::create(kind, db);
    if (!importer) {
        m_report.errors.append({fileName, 0, QString(), QStringLiteral("unknown kind of file '%1'").arg(kind), {}});
        return false;
    }
    const bool acceptable = importer->run(bytes, fileName, options, &m_report);

    // The cells as the importer read them (an unreadable file has none to show).
    QList<CsvParser::Record> records;
    QString ignored;
    if (!read(bytes, options.encoding.isEmpty() ? TextEncoding::detectUnicode(bytes) : options.encoding, &records,
              &ignored)
        || records.isEmpty()) {
        return acceptable;
    }
    m_header = records.first().fields;
    QHash<QString, int> columnIndex;
    for (int i = 0; i < m_header.size(); ++i) {
        columnIndex.insert(m_header.at(i).trimmed().toLower(), i);
    }
    QHash<int, int> byLine;
    for (int r = 1; r < records.size(); ++r) {
        Line line;
        line.line = records.at(r).line;
        line.cells = records.at(r).fields;
        line.change = m_report.rowChanges.value(line.line);
        line.status = line.change.startsWith(QLatin1String("add ")) ? Status::New
            : line.change.isEmpty()                                 ? Status::Unchanged
                                                                    : Status::Changed;
        byLine.insert(line.line, int(m_lines.size()));
        m_lines.append(line);
    }
    for (const ImportIssue& issue : std::as_const(m_report.errors)) {
        const int at = byLine.value(issue.line, -1);
        if (at < 0) {
            continue;
        }
        Line& line = m_lines[at];
        line.status = Status::Refused;
        const int cell = issue.column.isEmpty() ? -1 : columnIndex.value(issue.column, -1);
        QString& text = line.problems[cell];
        text += (text.isEmpty() ? QString() : QStringLiteral("; ")) + issue.message;
    }
    fillBefore(db, kind);
    return acceptable;
}

void ImportPreview::fillBefore(Database& db, const QString& kind)
{
    QHash<QString, int> columnIndex;
    for (int i = 0; i < m_header.size(); ++i) {
        columnIndex.insert(m_header.at(i).trimmed().toLower(), i);
    }
    if (kind == QLatin1String("results")) {
        const int mark = columnIndex.value(QStringLiteral("mark"), -1);
        for (Line& line : m_lines) {
            if (line.status == Status::Changed && mark >= 0) {
                line.before.insert(mark, markBefore(line.change));
            }
        }
        return;
    }
    // Students and courses: the stored record in the file's own columns, cell by cell.
    const std::optional<ListExport::Kind> list = ListExport::kindOf(kind);
    if (!list || (*list != ListExport::Kind::Students && *list != ListExport::Kind::Courses)) {
        return;
    }
    const QStringList keyColumns = *list == ListExport::Kind::Students
        ? QStringList {QStringLiteral("student_id")}
        : QStringList {QStringLiteral("institution"), QStringLiteral("code")};
    const bool anyChanged
        = std::any_of(m_lines.cbegin(), m_lines.cend(), [](const Line& l) { return l.status == Status::Changed; });
    if (!anyChanged) {
        return;
    }
    ListExport::Request request;
    request.kind = *list;
    Table stored;
    QStringList ids;
    Error error;
    if (!ListExport::table(db, request, &stored, &ids, &error)) {
        return;
    }
    const auto key = [](const QStringList& row, const QList<int>& at) {
        QStringList parts;
        for (const int i : at) {
            parts << (i >= 0 && i < row.size() ? row.at(i).trimmed() : QString());
        }
        return parts.join(QLatin1Char('\x1f'));
    };
    QList<int> storedKey;
    QList<int> fileKey;
    for (const QString& c : keyColumns) {
        storedKey << int(stored.headers.indexOf(c));
        fileKey << columnIndex.value(c, -1);
    }
    QHash<QString, int> storedRow;
    for (int r = 0; r < stored.rows.size(); ++r) {
        storedRow.insert(key(stored.rows.at(r), storedKey), r);
    }
    for (Line& line : m_lines) {
        if (line.status != Status::Changed) {
            continue;
        }
        const int r = storedRow.value(key(line.cells, fileKey), -1);
        if (r < 0) {
            continue;
        }
        const QStringList& was = stored.rows.at(r);
        for (int s = 0; s < stored.headers.size(); ++s) {
            const int cell = columnIndex.value(stored.headers.at(s), -1);
            if (cell < 0 || cell >= line.cells.size()) {
                continue;
            }
            const QString given = CsvParser::unformulaText(line.cells.at(cell)).trimmed();
            if (!sameCell(was.value(s), given)) {
                line.before.insert(cell, was.value(s));
            }
        }
    }
}

QStringList ImportPreview::fileProblems() const
{
    QStringList out;
    for (const ImportIssue& issue : m_report.errors) {
        if (issue.line == 0 || (!m_lines.isEmpty() && issue.line < m_lines.first().line)) {
            out << (issue.column.isEmpty() ? issue.message
                                           : QStringLiteral("column '%1': %2").arg(issue.column, issue.message));
        }
    }
    return out;
}

} // namespace dd
