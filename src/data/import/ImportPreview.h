// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "data/import/ImportReport.h"
#include "data/import/Importer.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dd {

class Database;

/**
 * What importing a CSV file would do, line by line, before anything is written: the
 * file's cells as read in the chosen encoding, and for each line whether it adds a
 * record, leaves one as it is, changes one (with the stored value of each changed
 * cell) or is refused (with the reason at the cell it concerns). It is the importer's
 * own dry run (one set of rules for the window and the command line), laid out for a
 * person to read.
 *
 * It also says what kind of file a header belongs to and which encoding to propose for
 * a file that is not Unicode, so that neither has to be typed.
 */
class ImportPreview
{
public:
    enum class Status { New, Unchanged, Changed, Refused };
    struct Line
    {
        int line = 0; ///< the line of the file it starts on
        QStringList cells; ///< as read, before the importer's trimming
        Status status = Status::Unchanged;
        QString change; ///< what it adds or changes, as the importer describes it
        QHash<int, QString> problems; ///< reasons by cell (index in cells); -1: the whole line
        QHash<int, QString> before; ///< the stored value of each cell a change replaces
    };

    /** The kinds of import file (Importers::kinds()) whose columns \a header fits exactly. */
    static QStringList kindsFor(Database& db, const QStringList& header);
    /**
     * The encoding to read \a bytes in: the Unicode one they are in, else the one of
     * TextEncoding::candidates() whose text looks most like the columns it is under (Chinese
     * under *_zh, Thai under *_th, no private-use characters), else empty.
     */
    static QString proposeEncoding(const QByteArray& bytes);
    /** \a bytes read as \a encoding into CSV records; false with the reason. */
    static bool read(const QByteArray& bytes, const QString& encoding, QList<CsvParser::Record>* records,
                     QString* error);

    /**
     * Runs the \a kind importer on \a bytes as a dry run with \a options (their encoding,
     * reason and progress) and lays out what it found; false when the file would be refused
     * (or the run was cancelled), with the reasons in report().
     */
    bool make(Database& db, const QByteArray& bytes, const QString& fileName, const QString& kind,
              Importer::Options options);

    const QStringList& header() const { return m_header; }
    const QList<Line>& lines() const { return m_lines; }
    const ImportReport& report() const { return m_report; }
    /** The problems that concern the whole file rather than one line (unreadable, header, permission). */
    QStringList fileProblems() const;

private:
    void fillBefore(Database& db, const QString& kind);

    QStringList m_header;
    QList<Line> m_lines;
    ImportReport m_report;
};

} // namespace dd
