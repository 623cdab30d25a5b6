// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/window/DatabaseCare.h"

#include "app/common/DatabaseSession.h"
#include "app/common/KeySecret.h"
#include "core/policy/Permissions.h"
#include "data/backup/DatabaseBackup.h"
#include "data/changelog/ChangeLogVerifier.h"
#include "data/changelog/LogCheckpoints.h"
#include "data/db/ChangeLogHead.h"
#include "data/db/Database.h"
#include "data/repositories/InstitutionKeyRepository.h"
#include "data/services/InstitutionKeys.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace dd {

DatabaseCare::DatabaseCare(DatabaseSession* session, QWidget* window, Reopen reopen, MayLeave mayLeave)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_reopen(std::move(reopen))
    , m_mayLeave(std::move(mayLeave))
{
    auto* clock = new QTimer(this);
    clock->setInterval(60 * 1000);
    connect(clock, &QTimer::timeout, this, &DatabaseCare::watchTheClock);
    clock->start();
}

void DatabaseCare::backup()
{
    if (!m_session->isOpen()) {
        return;
    }
    const QString path = m_session->database()->path();
    const QString suggested = QStringLiteral("%1-%2.db")
                                  .arg(QFileInfo(path).completeBaseName(),
                                       QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString target = QFileDialog::getSaveFileName(
        m_window, tr("Backup"), QFileInfo(path).absoluteDir().filePath(suggested), tr("DualDegree databases (*.db)"));
    if (target.isEmpty()) {
        return;
    }
    Error error;
    if (!DatabaseBackup::backupTo(*m_session->database(), target, &error)) {
        showError(tr("Backup failed"), error.message());
        return;
    }
    emit statusMessage(tr("Backup written to %1 and verified").arg(QDir::toNativeSeparators(target)), 8000);
}

bool DatabaseCare::restoreFrom(const QString& copy, Error* error)
{
    if (!m_session->isOpen()) {
        *error = Error::invalid(tr("No database is open."));
        return false;
    }
    if (!m_session->database()->session().permits(Permissions::Action::BackupRestore, error)) {
        return false;
    }
    if (!m_mayLeave(tr("restoring from a copy"))) {
        *error = Error::refused(tr("Save or discard the marks being entered first."));
        return false;
    }
    const QString target = m_session->database()->path();
    // The file is replaced: every view lets go of it first, and it is opened again afterwards.
    m_session->close();
    QString previous;
    const bool restored = DatabaseBackup::restore(copy, target, &previous, error);
    Error reopenError;
    if (!m_reopen(target, &reopenError)) {
        *error
            = restored ? reopenError : error->withMessage(error->message() + QLatin1Char('\n') + reopenError.message());
        return false;
    }
    if (!restored) {
        return false;
    }
    // Who logged in to the restored file records the restore in its log; it takes changes after that.
    if (!DatabaseBackup::recordRestore(*m_session->database(), copy, previous, error)) {
        *error = error->withMessage(tr("The copy is in place, but the restore could not be recorded in its change log,"
                                       " so it takes no changes yet: %1")
                                        .arg(error->message()));
        emit standingChanged();
        return false;
    }
    emit standingChanged();
    emit statusMessage(tr("Restored from %1; the database as it was is kept as %2")
                           .arg(QDir::toNativeSeparators(copy), QDir::toNativeSeparators(previous)),
                       10000);
    return true;
}

void DatabaseCare::restore()
{
    if (!m_session->isOpen()) {
        return;
    }
    const QString copy = QFileDialog::getOpenFileName(m_window, tr("Restore from a copy"),
                                                      DatabaseBackup::folder(m_session->database()->path()),
                                                      tr("DualDegree databases (*.db)"));
    if (copy.isEmpty()) {
        return;
    }
    if (QMessageBox::question(
            m_window, tr("Restore from a copy"),
            tr("Replace %1 by the copy %2? The database as it is now is kept as a copy first.")
                .arg(QDir::toNativeSeparators(m_session->database()->path()), QDir::toNativeSeparators(copy)))
        != QMessageBox::Yes) {
        return;
    }
    Error error;
    if (!restoreFrom(copy, &error)) {
        showError(tr("Restore failed"), error.message());
    }
}

void DatabaseCare::showChangeLogCheck()
{
    QString summary;
    const bool intact = verifyChangeLog(&summary);
    QMessageBox box(intact ? QMessageBox::Information : QMessageBox::Warning, tr("Change log"),
                    summary.section(QLatin1Char('\n'), 0, 0), QMessageBox::Ok, m_window);
    box.setDetailedText(summary.section(QLatin1Char('\n'), 1));
    box.setWindowModality(Qt::WindowModal);
    box.exec();
}

bool DatabaseCare::verifyChangeLog(QString* summary)
{
    if (!m_session->isOpen()) {
        *summary = tr("No database is open.");
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ChangeLogReport report;
    Error error;
    const bool checked = ChangeLogVerifier::verify(*m_session->database(), &report, &error);
    QApplication::restoreOverrideCursor();
    if (!checked) {
        *summary = tr("The change log could not be checked: %1").arg(error.message());
        return false;
    }
    QStringList lines;
    if (report.intact()) {
        lines << tr("The change log is complete and unaltered: %n row(s).", nullptr, int(report.rows));
    } else {
        lines << tr("The change log fails its check: %n problem(s). The first: %1", nullptr,
                    int(report.problems.size()))
                     .arg(report.problems.first().toString());
    }
    for (const ChangeLogProblem& p : std::as_const(report.problems)) {
        lines << p.toString();
    }
    if (report.lastCheckpoint) {
        const LogCheckpoint& c = *report.lastCheckpoint;
        lines.insert(1,
                     tr("Last signed checkpoint: row %1, %2, with %3's key (%4), made by %5.")
                         .arg(c.seq)
                         .arg(QDateTime::fromString(c.madeAt, Qt::ISODateWithMs)
                                  .toLocalTime()
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              c.institution, report.lastSigner, c.madeBy));
    }
    lines.insert(report.lastCheckpoint ? 2 : 1,
                 report.unsignedRows == 0
                     ? tr("Every row is under a signed checkpoint.")
                     : tr("%n row(s) after the last signed checkpoint are not signed yet (rows %1–%2): anyone who"
                          " can write the file and knows how the log is sealed could have written them.",
                          nullptr, int(report.unsignedRows))
                           .arg(report.lastSeq - report.unsignedRows + 1)
                           .arg(report.lastSeq));
    lines << report.notes;
    if (report.intact()) {
        lines << tr("Last row %1, sealed %2").arg(report.lastSeq).arg(report.lastHash);
    }
    *summary = lines.join(QLatin1Char('\n'));
    return report.intact();
}

qint64 DatabaseCare::unsignedRows() const
{
    if (!m_session->isOpen()) {
        return -1;
    }
    LogCheckpoints checkpoints(*m_session->database());
    Error error;
    qint64 last = 0;
    const std::optional<LogCheckpoint> checkpoint = checkpoints.last(&error);
    if (error.isSet() || !checkpoints.lastRow(&last, &error)) {
        return -1;
    }
    return last - (checkpoint ? checkpoint->seq : 0);
}

QString DatabaseCare::checkpointInstitution()
{
    Database& db = *m_session->database();
    const User& user = db.session().user();
    Error error;
    QStringList keyed; // the institutions with a key bound that this user signs for
    for (const InstitutionKey& key : InstitutionKeyRepository(db).all(&error)) {
        if (Permissions::allows(user, Permissions::Action::SignChangeLog, key.institution)) {
            keyed << key.institution;
        }
    }
    keyed.sort();
    if (keyed.size() <= 1) {
        return keyed.value(0);
    }
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("checkpointInstitution"));
    dialog.setWindowTitle(tr("Sign a Change-Log Checkpoint"));
    dialog.setLabelText(tr("Sign with the key of:"));
    dialog.setComboBoxItems(keyed);
    return dialog.exec() == QDialog::Accepted ? dialog.textValue() : QString();
}

bool DatabaseCare::signCheckpoint(const QString& institution, Error* error)
{
    if (!m_session->isOpen()) {
        *error = Error::invalid(tr("No database is open."));
        return false;
    }
    Database& db = *m_session->database();
    const SigningKey key = InstitutionKeys(db).open(institution, askKeySecret(m_window), error);
    LogCheckpoint made;
    if (key.isNull() || !LogCheckpoints(db).make(key, institution, &made, error)) {
        return false;
    }
    emit checkpointStandingChanged();
    emit statusMessage(tr("The change log is signed up to row %1 with %2's key").arg(made.seq).arg(institution), 8000);
    return true;
}

void DatabaseCare::signCheckpointNow()
{
    if (!m_session->isOpen()) {
        return;
    }
    const QString institution = checkpointInstitution();
    if (institution.isEmpty()) {
        showError(tr("No checkpoint signed"),
                  tr("You cannot sign the change log: your role signs for no institution with a key bound"
                     " (Settings › Institution Keys)."));
        return;
    }
    Error error;
    if (!signCheckpoint(institution, &error)) {
        showError(tr("No checkpoint signed"), error.message());
    }
}

void DatabaseCare::offerCheckpoint(const QString& occasion)
{
    if (!offersCheckpoints() || !m_session->isOpen() || m_session->database()->isReadOnly()) {
        return;
    }
    const qint64 waiting = unsignedRows();
    if (waiting <= 0) {
        return;
    }
    const QString institution = checkpointInstitution();
    if (institution.isEmpty()) {
        return;
    }
    Error error;
    qint64 last = 0;
    LogCheckpoints checkpoints(*m_session->database());
    if (!checkpoints.lastRow(&last, &error)) {
        return;
    }
    const QStringList authors = checkpoints.authorsAfter(last - waiting, &error);
    QMessageBox box(QMessageBox::Question, tr("Sign a Change-Log Checkpoint"),
                    tr("%1. %n change(s) in the change log are not yet under a signed checkpoint. Sign one now with"
                       " %2's key? Until then, anyone who can write the file could rewrite them unnoticed.",
                       nullptr, int(waiting))
                        .arg(occasion, institution),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("Signing vouches for these changes as they stand. They were made by: %1.")
                               .arg(authors.join(QStringLiteral(", "))));
    box.setObjectName(QStringLiteral("checkpointOffer"));
    QPushButton* sign = box.addButton(tr("Sign Now"), QMessageBox::AcceptRole);
    box.addButton(tr("Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(sign);
    box.exec();
    if (box.clickedButton() != sign) {
        return;
    }
    if (!signCheckpoint(institution, &error)) {
        showError(tr("No checkpoint signed"), error.message());
    }
}

bool DatabaseCare::offersCheckpoints()
{
    return QSettings().value(QStringLiteral("checkpoints/offer"), true).toBool();
}

void DatabaseCare::setOffersCheckpoints(bool offer)
{
    QSettings().setValue(QStringLiteral("checkpoints/offer"), offer);
}

void DatabaseCare::watchTheClock()
{
    emit checkpointStandingChanged();
    QSettings settings;
    const QTime endOfDay
        = QTime::fromString(settings.value(QStringLiteral("checkpoints/endOfDay"), QStringLiteral("17:00")).toString(),
                            QStringLiteral("HH:mm"));
    const QDate today = QDate::currentDate();
    if (!endOfDay.isValid() || QTime::currentTime() < endOfDay
        || settings.value(QStringLiteral("checkpoints/offeredOn")).toDate() == today
        || QApplication::activeModalWidget() != nullptr) {
        return;
    }
    settings.setValue(QStringLiteral("checkpoints/offeredOn"), today);
    offerCheckpoint(tr("The working day ends"));
}

void DatabaseCare::adopt()
{
    if (!m_session->isOpen() || m_session->database()->headProblem().isEmpty()) {
        return;
    }
    bool ok = false;
    const QString reason
        = QInputDialog::getMultiLineText(m_window, tr("Adopt Database As It Is"),
                                         tr("%1\n\nAdopting accepts this database as it is now; the change log records"
                                            " it, with your name and this reason. Why is this state the right one?")
                                             .arg(m_session->database()->headProblem()),
                                         QString(), &ok);
    if (!ok) {
        return;
    }
    Error error;
    if (!adoptAsItIs(reason, &error)) {
        showError(tr("Not adopted"), error.message());
    }
}

bool DatabaseCare::adoptAsItIs(const QString& reason, Error* error)
{
    if (!m_session->isOpen()) {
        *error = Error::invalid(tr("No database is open."));
        return false;
    }
    QString detail;
    if (!ChangeLogHead::adoptAsItIs(*m_session->database(), reason, &detail, error)) {
        return false;
    }
    emit standingChanged();
    emit statusMessage(tr("The database was adopted as it is; it takes changes again"), 8000);
    return true;
}

void DatabaseCare::showError(const QString& title, const QString& message)
{
    QMessageBox::warning(m_window, title, message);
}

} // namespace dd
