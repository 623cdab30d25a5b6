// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/window/OfficeDialogs.h"

#include "app/common/DatabaseSession.h"
#include "app/exchange/ElmoExportDialog.h"
#include "app/exchange/ElmoImportDialog.h"
#include "app/exchange/PartnerCertificatesDialog.h"
#include "app/importing/ImportDialog.h"
#include "app/keys/InstitutionKeysDialog.h"
#include "app/reports/ReportsDialog.h"
#include "app/window/HelpDialogs.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace dd {

OfficeDialogs::OfficeDialogs(DatabaseSession* session, QWidget* window, CurrentStudent student,
                             MayChangeMarks mayChangeMarks)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_student(std::move(student))
    , m_mayChangeMarks(std::move(mayChangeMarks))
{
}

void OfficeDialogs::institutionKeys()
{
    if (m_session->isOpen()) {
        InstitutionKeysDialog dialog(*m_session->database(), m_window);
        dialog.exec();
    }
}

void OfficeDialogs::partnerCertificates()
{
    if (m_session->isOpen()) {
        PartnerCertificatesDialog dialog(*m_session->database(), m_window);
        dialog.exec();
    }
}

void OfficeDialogs::exportForPartner()
{
    if (m_session->isOpen()) {
        ElmoExportDialog dialog(*m_session->database(), m_student(), m_window);
        dialog.exec();
    }
}

void OfficeDialogs::importPartnerRecord(const QString& path)
{
    // Marks typed and not saved are saved or discarded first: the import may change them.
    if (!m_session->isOpen() || !m_mayChangeMarks(tr("importing a partner's record"))) {
        return;
    }
    ElmoImportDialog dialog(*m_session->database(), m_window);
    if (!path.isEmpty()) {
        dialog.preview(path);
    }
    if (dialog.exec() == QDialog::Accepted && dialog.imported()) {
        m_session->recordsHaveChanged();
        emit statusMessage(dialog.outcome(), 15000);
    }
}

void OfficeDialogs::reports()
{
    if (m_session->isOpen()) {
        ReportsDialog dialog(*m_session->database(), m_window);
        dialog.exec();
    }
}

void OfficeDialogs::userGuide()
{
    UserGuideDialog guide(m_window);
    guide.exec();
}

void OfficeDialogs::about()
{
    AboutDialog about(m_session->database(), m_window);
    about.exec();
}

bool OfficeDialogs::importable(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("xml");
}

QString OfficeDialogs::droppedFile(const QMimeData* mime)
{
    const QList<QUrl> urls = mime ? mime->urls() : QList<QUrl>();
    if (urls.size() != 1 || !urls.first().isLocalFile()) {
        return QString();
    }
    const QString path = urls.first().toLocalFile();
    return importable(path) ? path : QString();
}

void OfficeDialogs::importFile(const QString& path)
{
    if (!m_session->isOpen()) {
        return;
    }
    QString chosen = path;
    if (chosen.isEmpty()) {
        chosen = QFileDialog::getOpenFileName(m_window, tr("Import a File"), QString(),
                                              tr("Lists and records (*.csv *.txt *.xml);;CSV files (*.csv *.txt)"
                                                 ";;A partner's ELMO record (*.xml)"));
        if (chosen.isEmpty()) {
            return;
        }
    }
    // An ELMO record is a partner's signed results: the exchange dialog checks and shows it.
    QFile file(chosen);
    QByteArray start = file.open(QIODevice::ReadOnly) ? file.peek(512) : QByteArray();
    if (start.startsWith("\xef\xbb\xbf")) {
        start.remove(0, 3);
    }
    if (start.trimmed().startsWith('<')) {
        importPartnerRecord(chosen);
        return;
    }
    if (!m_mayChangeMarks(tr("importing a file"))) {
        return;
    }
    ImportDialog dialog(*m_session->database(), m_window);
    dialog.preview(chosen);
    dialog.exec();
    if (dialog.imported()) {
        m_session->recordsHaveChanged();
        emit statusMessage(dialog.outcome(), 30000);
    }
}

} // namespace dd
