// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/transcripts/TranscriptSigning.h"

#include "app/common/KeySecret.h"
#include "data/services/InstitutionKeys.h"
#include "report/verify/TranscriptVerifier.h"

#include <QFile>
#include <QMessageBox>

namespace dd {

SigningKey TranscriptSigning::open(Database& db, const QString& institution, QWidget* parent, Error* error)
{
    InstitutionKeys keys(db);
    const bool hasKey = keys.hasKey(institution, error);
    if (!hasKey || error->isSet()) {
        return SigningKey();
    }
    SigningKey key = keys.open(institution, askKeySecret(parent), error);
    if (key.isNull()) {
        *error = error->withMessage(tr("%1 (or tick Unsigned)").arg(error->message()));
    }
    return key;
}

TranscriptSigning::Signer TranscriptSigning::signer(Database& db, const QString& institution)
{
    Error error;
    const std::optional<InstitutionKey> key = InstitutionKeys(db).repository().find(institution, &error);
    if (!key) {
        return {tr("No signing key: issued unsigned"), false};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString unfit = InstitutionKeys::fitness(key->certificate, institution, now);
    if (!unfit.isEmpty()) {
        return {tr("Cannot sign: %1").arg(unfit), true};
    }
    const qint64 days = now.daysTo(key->certificate.notAfter());
    QString text = tr("Signs as %1").arg(key->certificate.commonName());
    const bool endsSoon = days <= InstitutionKeys::kExpiryWarningDays;
    if (endsSoon) {
        text += QLatin1Char(' ') + tr("(certificate ends in %n day(s))", nullptr, int(days));
    }
    return {text, endsSoon};
}

OfflineVerdict TranscriptSigning::verifyFile(const QString& pdf, const QString& trust, QWidget* parent,
                                             QString* message)
{
    QFile file(pdf);
    QFile trustFile(trust);
    Error error;
    const QList<Certificate> anchors = trustFile.open(QIODevice::ReadOnly)
        ? Certificate::read(trustFile.read(4 << 20), &error)
        : QList<Certificate>();
    TranscriptVerifier::Result r;
    if (!file.open(QIODevice::ReadOnly)) {
        r.reason = tr("Cannot read %1: %2").arg(pdf, file.errorString());
    } else if (anchors.isEmpty()) {
        r.reason = tr("Cannot read a certificate from %1").arg(trust);
    } else {
        r = TranscriptVerifier::verify(file.readAll(), anchors);
    }
    const QString verdict = r.verdict == OfflineVerdict::Valid ? tr("Genuine: signed by %1.").arg(r.signer.commonName())
        : r.verdict == OfflineVerdict::NotGenuine              ? tr("Not genuine: %1").arg(r.reason)
                                                               : tr("Could not check: %1").arg(r.reason);
    *message = verdict + QStringLiteral("\n\n") + r.findings.join(QLatin1Char('\n'));
    QMessageBox box(r.verdict == OfflineVerdict::Valid ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Verify a signed transcript"), *message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("offlineVerdict"));
    box.exec();
    return r.verdict;
}

} // namespace dd
