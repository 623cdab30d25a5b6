// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/verify/SignedSummary.h"

#include "sign/Jws.h"

#include <QDate>
#include <QJsonDocument>
#include <QTimeZone>

#define ZX_USE_UTF8 // results as UTF-8 text
#include <ZXing/ReadBarcode.h>

namespace dd {

namespace {

/** Whether \a claims have DESIGN's keys with DESIGN's types (and nothing else); \a reason says which does not. */
bool wellFormed(const QJsonObject& claims, QString* reason)
{
    const auto isString = [&](const char* key) { return claims.value(QLatin1String(key)).isString(); };
    const auto isBool = [&](const char* key) { return claims.value(QLatin1String(key)).isBool(); };
    for (const char* key :
         {"code", "institution", "student_id", "name", "date_of_birth", "programme", "issued", "record_sha256"}) {
        if (!isString(key)) {
            *reason = QStringLiteral("claim '%1' is missing or not a string").arg(QLatin1String(key));
            return false;
        }
    }
    if (claims.value(QStringLiteral("v")).toInt(-1) != 1) {
        *reason = QStringLiteral("claim 'v' is not 1");
        return false;
    }
    if (!claims.value(QStringLiteral("credits_earned")).isDouble()) {
        *reason = QStringLiteral("claim 'credits_earned' is not a number");
        return false;
    }
    const QJsonValue gpa = claims.value(QStringLiteral("gpa"));
    if (!(gpa.isNull() || gpa.isString())) {
        *reason = QStringLiteral("claim 'gpa' is neither a string nor null");
        return false;
    }
    if (!isBool("graduation") || !isBool("degree")) {
        *reason = QStringLiteral("claims 'graduation' and 'degree' are booleans");
        return false;
    }
    const QJsonValue honours = claims.value(QStringLiteral("honours"));
    if (!(honours.isNull() || honours.toString() == QLatin1String("first")
          || honours.toString() == QLatin1String("second"))) {
        *reason = QStringLiteral("claim 'honours' is not null, \"first\" or \"second\"");
        return false;
    }
    if (!QDate::fromString(claims.value(QStringLiteral("issued")).toString(), Qt::ISODate).isValid()) {
        *reason = QStringLiteral("claim 'issued' is not a date");
        return false;
    }
    for (const QString& key : claims.keys()) {
        if (!SignedSummary::claimKeys().contains(key)) {
            *reason = QStringLiteral("unknown claim '%1'").arg(key);
            return false;
        }
    }
    return true;
}

QString valueText(const QJsonValue& v)
{
    if (v.isNull()) {
        return QStringLiteral("null");
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble(), 'g', 12);
    }
    return v.toString();
}

} // namespace

QStringList SignedSummary::claimKeys()
{
    return {QStringLiteral("v"),          QStringLiteral("code"),           QStringLiteral("institution"),
            QStringLiteral("student_id"), QStringLiteral("name"),           QStringLiteral("date_of_birth"),
            QStringLiteral("programme"),  QStringLiteral("credits_earned"), QStringLiteral("gpa"),
            QStringLiteral("graduation"), QStringLiteral("degree"),         QStringLiteral("honours"),
            QStringLiteral("issued"),     QStringLiteral("record_sha256")};
}

QStringList SignedSummary::Check::lines() const
{
    QStringList out;
    for (const QString& key : claimKeys()) {
        if (claims.contains(key)) {
            out << QStringLiteral("%1: %2").arg(key, valueText(claims.value(key)));
        }
    }
    return out;
}

SignedSummary::Check SignedSummary::verify(const QString& text, const QList<Certificate>& bundle, const QDateTime& time)
{
    Check check;
    QList<Certificate> anchors;
    for (const Certificate& c : bundle) {
        if (c.isCertificateAuthority()) {
            anchors << c;
        }
    }
    if (anchors.isEmpty()) {
        check.reason = tr("the trust bundle holds no certificate authority");
        return check;
    }
    Jws::Parts parts;
    Error error;
    check.verdict = OfflineVerdict::NotGenuine;
    if (!Jws::parse(text, &parts, &error)) {
        check.reason = error.message();
        return check;
    }
    const QJsonDocument payload = QJsonDocument::fromJson(parts.payload);
    check.claims = payload.object();
    for (const Certificate& c : bundle) {
        if (c.fingerprint() == parts.keyId.toLower()) {
            check.signer = c;
        }
    }
    if (check.signer.isNull()) {
        check.reason = tr("signed by a certificate that is not in the bundle (kid %1)").arg(parts.keyId.left(16));
        return check;
    }
    QString problem;
    if (!Jws::verify(parts, check.signer, &problem)) {
        check.reason = problem;
        return check;
    }
    if (!payload.isObject() || !wellFormed(check.claims, &problem)) {
        check.reason = tr("the signed claims are not a DualDegree transcript summary: %1").arg(problem);
        return check;
    }
    // The summary carries no attested time: the certificate must hold at the time the caller knows
    // (the signed document's), or at the issue date it claims.
    const QDateTime issued = time.isValid()
        ? time
        : QDateTime(QDate::fromString(check.claims.value(QStringLiteral("issued")).toString(), Qt::ISODate),
                    QTime(12, 0), QTimeZone::utc());
    if (!Certificate::chainsTo(check.signer, bundle, anchors, issued, &problem)) {
        check.reason = problem;
        return check;
    }
    const QString institution = check.claims.value(QStringLiteral("institution")).toString();
    if (!check.signer.names(institution)) {
        check.reason = tr("signed by %1, which is not %2's certificate").arg(check.signer.subject(), institution);
        return check;
    }
    check.verdict = OfflineVerdict::Valid;
    return check;
}

QStringList SignedSummary::decode(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                          int(gray.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    QStringList texts;
    for (const ZXing::Result& result : ZXing::ReadBarcodes(view, hints)) {
        if (result.isValid()) {
            texts << QString::fromStdString(result.text());
        }
    }
    return texts;
}

} // namespace dd
