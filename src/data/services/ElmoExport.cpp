// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/services/ElmoExport.h"

#include "core/exchange/ElmoWriter.h"
#include "data/db/Database.h"
#include "data/files/OutputFile.h"
#include "data/repositories/DisclosureRepository.h"
#include "data/repositories/StudentRepository.h"
#include "data/services/DisclosedFile.h"
#include "sign/XmlSignature.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dd {

ElmoExport::ElmoExport(Database& db)
    : m_db(db)
    , m_transcripts(db)
{
}

bool ElmoExport::load(Error* error)
{
    return m_transcripts.load(error);
}

QByteArray ElmoExport::document(const QString& studentId, const QString& institution, Error* error)
{
    const InstitutionPolicy* policy = m_transcripts.policies().institution(institution);
    if (!policy) {
        *error = Error::invalid(tr("unknown institution '%1'").arg(institution));
        return QByteArray();
    }
    Transcript transcript;
    TranscriptSource source;
    if (!m_transcripts.build(studentId, institution, policy->transcript().language, QDate::currentDate(), &transcript,
                             error, &source)) {
        return QByteArray();
    }
    QByteArray pdf;
    if (m_transcriptPdf && !m_transcriptPdf(studentId, &pdf, error)) {
        return QByteArray();
    }
    const QByteArray xml = ElmoWriter::write(source, transcript, QDateTime::currentDateTimeUtc(), {}, pdf);
    if (m_key.isNull()) {
        return xml;
    }
    if (!m_key.certificate().names(institution)) {
        *error = Error::refused(tr("the key's certificate (%1) does not name %2, whose record this is")
                                    .arg(m_key.certificate().subject(), institution));
        return QByteArray();
    }
    return XmlSignature::sign(xml, m_key, error);
}

bool ElmoExport::write(const QString& studentId, const QString& institution, const QString& path,
                       const QString& recipient, const QString& purpose, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::ExportPersonalData, error)
        || !DisclosureRepository::checkRecipientAndPurpose(recipient, purpose, error)
        || !OutputFile::checkTarget(path, error)) {
        return false;
    }
    const QByteArray xml = document(studentId, institution, error);
    if (xml.isEmpty()) {
        return false;
    }
    Disclosure d;
    d.kind = QStringLiteral("elmo %1").arg(institution);
    d.recipient = recipient;
    d.purpose = purpose;
    d.records = {studentId};
    return DisclosedFile::write(m_db, d, path, xml, error);
}

bool ElmoExport::writeCohort(int cohort, const QString& institution, const QString& folder, const QString& recipient,
                             const QString& purpose, const std::function<bool(int, int)>& progress, QStringList* files,
                             QStringList* problems, Error* error)
{
    if (!QDir().mkpath(folder)) {
        *error = Error::storage(tr("cannot create the folder %1").arg(folder));
        return false;
    }
    const QList<Student> students = StudentRepository(m_db).cohort(cohort, error);
    if (error->isSet()) {
        return false;
    }
    for (int i = 0; i < students.size(); ++i) {
        const QString id = students.at(i).studentId;
        const QString path = QDir(folder).filePath(QStringLiteral("%1-%2.xml").arg(id, institution));
        Error one;
        if (write(id, institution, path, recipient, purpose, &one)) {
            files->append(path);
        } else {
            problems->append(QStringLiteral("%1: %2").arg(id, one.message()));
        }
        if (progress && !progress(i + 1, int(students.size()))) {
            break;
        }
    }
    return true;
}

} // namespace dd
