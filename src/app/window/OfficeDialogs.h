// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QMimeData;
class QWidget;

namespace dd {

class DatabaseSession;

/**
 * The dialogs the window only opens on the open database: Settings › Institution Keys
 * and Partner Certificates, File › Exchange (export for the partner, import a partner's
 * record), File › Reports, and Help. The window hands over which student is selected
 * and how typed marks are kept before an import may change them.
 */
class OfficeDialogs : public QObject
{
    Q_OBJECT

public:
    using CurrentStudent = std::function<QString()>;
    using MayChangeMarks = std::function<bool(const QString& action)>;

    OfficeDialogs(DatabaseSession* session, QWidget* window, CurrentStudent student, MayChangeMarks mayChangeMarks);

    void institutionKeys();
    void partnerCertificates();
    /** File › Exchange › Export Records for the Partner (the selected student, if any). */
    void exportForPartner();
    /** File › Exchange › Import a Partner's Record (\a path, or one chosen); the views read again after an import. */
    void importPartnerRecord(const QString& path = QString());
    /**
     * File › Import… or a file dropped onto the window: a CSV list, or a partner's ELMO record
     * (\a path, or one chosen), shown before anything is written; the views read again after.
     */
    void importFile(const QString& path = QString());
    /** Whether \a path is a file importFile() takes (a CSV list or an ELMO record, by its name). */
    static bool importable(const QString& path);
    /** The one local file a drag carries, if it is one importFile() takes; empty otherwise. */
    static QString droppedFile(const QMimeData* mime);
    void reports();
    void userGuide();
    void about();

signals:
    /** Something to say in the status bar for a while (what an import did). */
    void statusMessage(const QString& message, int timeout);

private:
    DatabaseSession* m_session;
    QWidget* m_window;
    CurrentStudent m_student;
    MayChangeMarks m_mayChangeMarks;
};

} // namespace dd
