// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include "core/text/FieldRules.h"

#include "core/policy/Permissions.h"
#include "core/policy/PolicySet.h"
#include "core/text/CsvParser.h"
#include "data/db/SqlUtil.h"
#include "data/import/ImportReport.h"
#include "data/import/RecordPlan.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace dd {

class Database;
class Transaction;

/**
 * Base of the CSV importers: reads the file (RFC 4180), checks the header,
 * validates every row against the contract, the policies and the database, and
 * then writes all changes in one transaction, or none. A re-imported row that is
 * already stored as it is changes nothing.
 *
 * A subclass names its columns, validates one row at a time (planning the
 * change it would make) and applies the plan.
 */
class Importer
{
public:
    struct Options
    {
        bool dryRun = false;
        QString reason; ///< required for changes that need one (grade changes)
        /** Take an automatic copy of the database before writing (the newest keepBackups are kept). */
        bool backup = true;
        int keepBackups = 10;
        /**
         * What the file is in (TextEncoding::names()); empty: UTF-8, or UTF-16 by its mark, and
         * anything else refused with the encodings it could be.
         */
        QString encoding;
        /**
         * Told how many of the file's lines are checked (every few hundred, and before writing);
         * returning false cancels the import, which then writes nothing.
         */
        std::function<bool(int done, int total)> progress;
    };

    virtual ~Importer();

    /**
     * Imports \a bytes (the content of \a fileName). Returns true when every row
     * was valid and (unless a dry run) the changes were committed; otherwise
     * false, with the reasons in \a report and the database unchanged.
     */
    bool run(const QByteArray& bytes, const QString& fileName, const Options& options, ImportReport* report);

    /** The columns of this kind of file, in the documented order. */
    virtual QStringList columns() const = 0;
    /** Columns a file may have besides columns(); a file without one leaves that field as it is. */
    virtual QStringList optionalColumns() const { return {}; }
    QString kind() const { return m_kind; }

protected:
    /** A validated CSV row, with its fields by column name. */
    class Row
    {
    public:
        Row(const CsvParser::Record& record, const QHash<QString, int>& index);
        QString value(const QString& column) const;
        int line() const { return m_line; }
        /** Whether the file has \a column at all (an optional column may be left out). */
        bool has(const QString& column) const { return m_index->contains(column); }

    private:
        int m_line;
        QStringList m_fields;
        const QHash<QString, int>* m_index;
    };

    Importer(QString kind, Database& db);

    bool validateAndWrite(const QByteArray& bytes, const Options& options, Transaction& tx, ImportReport* report);

    /**
     * The records of \a bytes, the first naming the columns (default: RFC 4180 CSV); false
     * with the reason for a file that cannot be read at all.
     */
    virtual bool parse(const QByteArray& bytes, QList<CsvParser::Record>* records, QString* error);
    /** What line \a line is called in a file that is not CSV (empty: "line N"). */
    virtual QString place(int line) const
    {
        Q_UNUSED(line)
        return QString();
    }
    /** More of the import's record in import_runs (default: nothing more). */
    virtual Sql::Assignments runDetails() const { return {}; }

    /** Validates one row; reports problems with error() and plans the change. */
    virtual void validateRow(const Row& row) = 0;
    /** Checks that need every row (default: none). */
    virtual void validateAll() { }
    /** Writes the planned changes; called inside the transaction. */
    [[nodiscard]] virtual bool apply(Error* error) = 0;

    void error(const Row& row, const QString& column, const QString& message);
    void error(int line, const QString& column, const QString& message);
    /** Errors reported so far in this run (also those past the report's limit). */
    int errorCount() const { return m_errorCount; }
    void planInsert(const QString& description);
    void planUpdate(const QString& description);
    void planUnchanged();

    /**
     * Plans \a value against the stored record \a existing: an addition when
     * there is none, nothing when \a same, otherwise a change of the stored row
     * (keeping its key and row version, so a concurrent change is detected).
     */
    template<typename T>
    void plan(RecordPlan<T>& plan, const std::optional<T>& existing, T value, bool same, const QString& what)
    {
        if (!existing) {
            plan.inserts.append(value);
            planInsert(what);
        } else if (same) {
            planUnchanged();
        } else {
            value.id = existing->id;
            value.rowVersion = existing->rowVersion;
            plan.updates.append(value);
            planUpdate(what);
        }
    }

    /**
     * Whether the acting user may make the change \a row plans (\a action, at \a institution
     * where the action is one institution's); otherwise the refusal is reported at \a column,
     * so that a dry run (the window's preview) says so before anything would be written.
     */
    bool permitted(const Row& row, Permissions::Action action, const QString& institution, const QString& column);
    /** Reads a required field; reports it when empty. */
    QString required(const Row& row, const QString& column);
    /** The value of \a column checked as typed text (length, invisible characters); the reason is reported. */
    QString typedText(const Row& row, const QString& column, int maxChars, FieldRules::TextKind kind);
    /** The policy of the institution in \a column, reporting an unknown one. */
    const InstitutionPolicy* institution(const Row& row, const QString& column);

    Database& m_db;
    PolicySet m_policies;
    Options m_options;

private:
    QString m_kind;
    ImportReport* m_report = nullptr;
    int m_errorCount = 0;
    int m_line = 0; ///< the line being validated
};

} // namespace dd
