// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"

#include <QObject>

#include <functional>

class QWidget;

namespace dd {

class DatabaseSession;

/**
 * What an administrator does to the open database file as a whole, from the File
 * menu: Backup, Restore from a copy, Verify Change Log, and Adopt Database As It Is
 * (a file whose chain head says otherwise: an older copy put back, a copy without a
 * head), and signed checkpoints of the change log (offered at the working day's end
 * and on closing while rows wait for one). The window hands over how it opens a file again and how typed work is
 * kept before the file is left.
 */
class DatabaseCare : public QObject
{
    Q_OBJECT

public:
    using Reopen = std::function<bool(const QString& path, Error* error)>;
    using MayLeave = std::function<bool(const QString& action)>;

    DatabaseCare(DatabaseSession* session, QWidget* window, Reopen reopen, MayLeave mayLeave);

    /** File › Backup: a verified copy, with its chain head, where the user chooses. */
    void backup();
    /** File › Restore from a Copy: asks for the copy and confirmation, then restoreFrom(). */
    void restore();
    /**
     * Replaces the open database by the copy \a copy (checked first; the database as it
     * is now is kept as an automatic copy), opens it again, and records the restore in
     * its change log.
     */
    [[nodiscard]] bool restoreFrom(const QString& copy, Error* error);
    /** File › Verify Change Log: the verdict in a message box. */
    void showChangeLogCheck();
    /**
     * Checks the change log (ChangeLogVerifier::verify): \a summary receives the verdict and the
     * problems found, one a line; true when the log is complete and unaltered.
     */
    bool verifyChangeLog(QString* summary);
    /** File › Adopt Database As It Is: shows what the chain head says, asks for the reason, adopts. */
    void adopt();
    /** Adopts the open database as it is (ChangeLogHead::adopt()) for \a reason. */
    [[nodiscard]] bool adoptAsItIs(const QString& reason, Error* error);

    /** The change-log rows after the last signed checkpoint (every row when there is none); -1 when unread. */
    qint64 unsignedRows() const;
    /**
     * The institution whose key the acting user signs checkpoints with: their office's,
     * when it has a key; an administrator chooses among the institutions with a key
     * (asked only when there are several). Empty when there is none.
     */
    QString checkpointInstitution();
    /** Signs a checkpoint of the change log now with \a institution's key, asking for its passphrase. */
    [[nodiscard]] bool signCheckpoint(const QString& institution, Error* error);
    /** File › Sign a Change-Log Checkpoint. */
    void signCheckpointNow();
    /**
     * Offers to sign a checkpoint when rows wait for one and the acting user can sign:
     * \a occasion says why now ("The working day ends"). Not when the user turned the
     * offers off (offersCheckpoints()).
     */
    void offerCheckpoint(const QString& occasion);
    /** Settings › Offer Checkpoints: whether the window offers them at the day's end and on closing. */
    static bool offersCheckpoints();
    static void setOffersCheckpoints(bool offer);

signals:
    /** Rows were signed, or may wait for a checkpoint: the status bar reads unsignedRows() again. */
    void checkpointStandingChanged();
    /** A sentence for the status bar, shown for \a milliseconds. */
    void statusMessage(const QString& message, int milliseconds);
    /** The database takes changes again (adopted or restored): what the window shows of it changes. */
    void standingChanged();

private:
    void showError(const QString& title, const QString& message);
    /** Once a minute: at the working day's end, one offer a day. */
    void watchTheClock();

    DatabaseSession* m_session;
    QWidget* m_window;
    Reopen m_reopen;
    MayLeave m_mayLeave;
};

} // namespace dd
