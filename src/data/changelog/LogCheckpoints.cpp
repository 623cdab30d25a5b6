// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/changelog/LogCheckpoints.h"

#include "data/changelog/ChangeLogReader.h"
#include "data/db/ChangeLogEntry.h"
#include "data/db/ChangeLogSchema.h"
#include "data/db/Database.h"
#include "data/db/SqlUtil.h"
#include "data/db/Transaction.h"
#include "sign/SigningKey.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace dd {

namespace {

const char kTitle[] = "DualDegree change-log checkpoint 1";

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QDateTime timeOf(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

const QString kColumns = QStringLiteral("seq, seal, made_at, made_by, institution, previous_seq, previous_seal, seals,"
                                        " signer_fingerprint, signature");

LogCheckpoint readCheckpoint(const QSqlQuery& q)
{
    LogCheckpoint c;
    c.seq = q.value(0).toLongLong();
    c.seal = q.value(1).toString();
    c.madeAt = q.value(2).toString();
    c.madeBy = q.value(3).toString();
    c.institution = q.value(4).toString();
    c.previousSeq = q.value(5).toLongLong();
    c.previousSeal = q.value(6).toString();
    c.seals = q.value(7).toByteArray();
    c.sealsSha256 = sha256Hex(c.seals);
    c.signerFingerprint = q.value(8).toString();
    c.signature = QByteArray::fromBase64(q.value(9).toString().toLatin1());
    return c;
}

} // namespace

QByteArray LogCheckpoint::statement() const
{
    const QStringList lines = {
        QString::fromLatin1(kTitle),
        QStringLiteral("institution: %1").arg(institution),
        QStringLiteral("row: %1").arg(seq),
        QStringLiteral("seal: %1").arg(seal),
        QStringLiteral("time: %1").arg(madeAt),
        QStringLiteral("by: %1").arg(madeBy),
        QStringLiteral("previous-row: %1").arg(previousSeq),
        QStringLiteral("previous-seal: %1").arg(previousSeal),
        QStringLiteral("seals: %1").arg(sealsSha256),
        QStringLiteral("certificate: %1").arg(signerFingerprint),
    };
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray LogCheckpoint::toFile(const Certificate& certificate) const
{
    return statement() + "signature: " + signature.toBase64() + '\n' + certificate.pem();
}

bool LogCheckpoint::fromFile(const QByteArray& bytes, LogCheckpoint* checkpoint, Certificate* certificate, Error* error)
{
    *checkpoint = LogCheckpoint();
    const int signatureAt = int(bytes.indexOf("\nsignature: "));
    if (!bytes.startsWith(kTitle) || signatureAt < 0) {
        *error = Error::invalid(tr("not a DualDegree change-log checkpoint"));
        return false;
    }
    const QByteArray statement = bytes.left(signatureAt + 1);
    QHash<QString, QString> fields;
    for (const QByteArray& line : statement.split('\n')) {
        const int colon = int(line.indexOf(": "));
        if (colon > 0) {
            fields.insert(QString::fromUtf8(line.left(colon)), QString::fromUtf8(line.mid(colon + 2)));
        }
    }
    const int lineEnd = int(bytes.indexOf('\n', signatureAt + 1));
    checkpoint->signature = QByteArray::fromBase64(bytes.mid(signatureAt + 12, lineEnd - signatureAt - 12));
    checkpoint->institution = fields.value(QStringLiteral("institution"));
    checkpoint->seq = fields.value(QStringLiteral("row")).toLongLong();
    checkpoint->seal = fields.value(QStringLiteral("seal"));
    checkpoint->madeAt = fields.value(QStringLiteral("time"));
    checkpoint->madeBy = fields.value(QStringLiteral("by"));
    checkpoint->previousSeq = fields.value(QStringLiteral("previous-row")).toLongLong();
    checkpoint->previousSeal = fields.value(QStringLiteral("previous-seal"));
    checkpoint->signerFingerprint = fields.value(QStringLiteral("certificate"));
    Error problem;
    const QList<Certificate> certificates = Certificate::read(bytes.mid(lineEnd + 1), &problem);
    if (checkpoint->seq <= 0 || checkpoint->seal.isEmpty() || certificates.isEmpty()) {
        *error = Error::invalid(tr("the checkpoint file is incomplete (row, seal or certificate missing)"));
        return false;
    }
    *certificate = certificates.first();
    // The seals are not in the file, only their digest as signed.
    checkpoint->sealsSha256 = fields.value(QStringLiteral("seals"));
    if (checkpoint->statement() != statement) {
        *error = Error::invalid(tr("the checkpoint file is not in the form DualDegree writes"));
        return false;
    }
    return true;
}

QByteArray LogCheckpoint::sealPrefix(const QString& seal)
{
    return QByteArray::fromHex(seal.left(kSealPrefixBytes * 2).toLatin1());
}

QByteArray LogCheckpoint::prefixOf(qint64 row) const
{
    if (row <= previousSeq || row > seq) {
        return {};
    }
    return seals.mid(int(row - previousSeq - 1) * kSealPrefixBytes, kSealPrefixBytes);
}

LogCheckpoints::LogCheckpoints(Database& db)
    : m_db(db)
{
}

bool LogCheckpoints::make(const SigningKey& key, const QString& institution, LogCheckpoint* made, Error* error)
{
    Transaction tx(m_db, Transaction::Mode::Immediate, error);
    return tx.isActive() && makeWithin(key, institution, made, error) && tx.commit(error);
}

bool LogCheckpoints::makeWithin(const SigningKey& key, const QString& institution, LogCheckpoint* made, Error* error)
{
    *error = Error();
    if (!m_db.session().permits(Permissions::Action::SignChangeLog, institution, error)) {
        return false;
    }
    const QString unfit = signerProblem(key.certificate(), institution, QDateTime::currentDateTimeUtc());
    if (!unfit.isEmpty()) {
        *error = Error::refused(unfit);
        return false;
    }
    if (!keep(key.certificate(), error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (m_db.dialect() == Database::Dialect::PostgreSQL
        && !Sql::run(q, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(ChangeLogSchema::kLogLock), {}, error)) {
        return false;
    }
    const std::optional<LogCheckpoint> previous = last(error);
    if (error->isSet()) {
        return false;
    }
    LogCheckpoint c;
    c.previousSeq = previous ? previous->seq : 0;
    c.previousSeal = previous ? previous->seal : QStringLiteral("none");
    // The rows since the previous checkpoint, sealed again one after the other: a chain
    // broken since then is refused, never signed.
    if (!Sql::run(q, ChangeLogReader::selectEntries() + QStringLiteral(" WHERE seq > ? ORDER BY seq"), {c.previousSeq},
                  error)) {
        return false;
    }
    QString previousHash = previous ? previous->seal : QString();
    qint64 expected = c.previousSeq + 1;
    while (q.next()) {
        const ChangeLogEntry e = ChangeLogReader::readEntry(q);
        if (e.seq != expected || e.hash.isEmpty() || ChangeLogEntry::chainHash(previousHash, e) != e.hash) {
            *error = Error::refused(tr("the change log is broken at row %1 (run 'log verify'); a broken log is not"
                                       " signed")
                                        .arg(expected));
            return false;
        }
        c.seals += LogCheckpoint::sealPrefix(e.hash);
        previousHash = e.hash;
        c.seq = e.seq;
        c.seal = e.hash;
        ++expected;
    }
    if (c.seq == 0) {
        *error = Error::refused(
            previous ? tr("the change log has no rows after the last checkpoint (row %1)").arg(previous->seq)
                     : tr("the change log is empty"));
        return false;
    }
    c.sealsSha256 = sha256Hex(c.seals);
    c.madeAt = Database::nowUtc();
    c.madeBy = m_db.session().username();
    c.institution = institution;
    c.signerFingerprint = key.certificate().fingerprint();
    c.signature = key.signSha256(c.statement(), error);
    if (c.signature.isEmpty()) {
        return false;
    }
    if (!Sql::run(
            q, QStringLiteral("INSERT INTO log_checkpoints (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
            {c.seq, c.seal, c.madeAt, c.madeBy, c.institution, c.previousSeq, c.previousSeal, c.seals,
             c.signerFingerprint, QString::fromLatin1(c.signature.toBase64())},
            error)) {
        *error = error->withContext(tr("cannot store the checkpoint"));
        return false;
    }
    if (made) {
        *made = c;
    }
    return true;
}

bool LogCheckpoints::all(QList<LogCheckpoint>* out, Error* error) const
{
    out->clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!Sql::run(q, QStringLiteral("SELECT %1 FROM log_checkpoints ORDER BY seq").arg(kColumns), {}, error)) {
        return false;
    }
    while (q.next()) {
        out->append(readCheckpoint(q));
    }
    return true;
}

std::optional<LogCheckpoint> LogCheckpoints::last(Error* error) const
{
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q, QStringLiteral("SELECT %1 FROM log_checkpoints ORDER BY seq DESC LIMIT 1").arg(kColumns), {},
                  error)
        || !q.next()) {
        return std::nullopt;
    }
    return readCheckpoint(q);
}

bool LogCheckpoints::lastRow(qint64* seq, Error* error) const
{
    QVariant v;
    if (!Sql::scalar(m_db.connection(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"), {}, &v,
                     error)) {
        return false;
    }
    *seq = v.toLongLong();
    return true;
}

QStringList LogCheckpoints::authorsAfter(qint64 seq, Error* error) const
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!Sql::run(q,
                  QStringLiteral("SELECT DISTINCT coalesce(username, '(set-up)') FROM change_log WHERE seq > ?"
                                 " ORDER BY 1"),
                  {seq}, error)) {
        return out;
    }
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

Certificate LogCheckpoints::certificate(const QString& fingerprint, Error* error) const
{
    QVariant pem;
    if (!Sql::scalar(m_db.connection(), QStringLiteral("SELECT certificate FROM certificates WHERE fingerprint = ?"),
                     {fingerprint}, &pem, error)
        || pem.isNull()) {
        return {};
    }
    Error unreadable;
    const QList<Certificate> read = Certificate::read(pem.toString().toLatin1(), &unreadable);
    // A stored certificate is trusted only for what its fingerprint says it is.
    return read.isEmpty() || read.first().fingerprint() != fingerprint ? Certificate() : read.first();
}

bool LogCheckpoints::keep(const Certificate& certificate, Error* error)
{
    QSqlQuery q(m_db.connection());
    return Sql::run(q,
                    QStringLiteral("INSERT INTO certificates (fingerprint, certificate, added_at) SELECT ?, ?, ?"
                                   " WHERE NOT EXISTS (SELECT 1 FROM certificates WHERE fingerprint = ?)"),
                    {certificate.fingerprint(), QString::fromLatin1(certificate.pem()), Database::nowUtc(),
                     certificate.fingerprint()},
                    error);
}

QString LogCheckpoints::signerProblem(const Certificate& certificate, const QString& institution, const QDateTime& time)
{
    if (!certificate.names(institution)) {
        return tr("the certificate (%1) does not name %2 in its CN or O").arg(certificate.subject(), institution);
    }
    if (certificate.isCertificateAuthority()) {
        return tr("the certificate (%1) is a certificate authority's, not a signer's").arg(certificate.subject());
    }
    if (certificate.jwsAlgorithm().isEmpty()) {
        return tr("a %1 key is not supported (EC P-256 or RSA)").arg(certificate.keyDescription());
    }
    return certificate.validityProblem(time);
}

QString LogCheckpoints::problemOf(const LogCheckpoint& c, const Certificate& certificate,
                                  const QList<Certificate>& anchors)
{
    if (certificate.isNull()) {
        return tr("its certificate (SHA-256 %1) is not in the database").arg(c.signerFingerprint);
    }
    if (!certificate.verifiesSha256(c.statement(), c.signature)) {
        return tr("its signature does not verify: the checkpoint or the seals it keeps were altered");
    }
    const QDateTime time = timeOf(c.madeAt);
    const QString unfit = signerProblem(certificate, c.institution, time);
    if (!unfit.isEmpty()) {
        return unfit;
    }
    QString reason;
    if (!anchors.isEmpty() && !Certificate::chainsTo(certificate, {}, anchors, time, &reason)) {
        return tr("its certificate (%1) does not chain to the trusted authority: %2")
            .arg(certificate.subject(), reason);
    }
    return QString();
}

bool LogCheckpoints::covers(qint64 seq, QString* why, Error* error) const
{
    *error = Error();
    why->clear();
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  QStringLiteral("SELECT %1 FROM log_checkpoints WHERE seq >= ? AND previous_seq < ? ORDER BY seq"
                                 " LIMIT 1")
                      .arg(kColumns),
                  {seq, seq}, error)) {
        return false;
    }
    if (!q.next()) {
        *why = tr("no signed checkpoint covers log row %1").arg(seq);
        return true;
    }
    const LogCheckpoint c = readCheckpoint(q);
    const QString problem = problemOf(c, certificate(c.signerFingerprint, error), {});
    if (error->isSet()) {
        return false;
    }
    if (!problem.isEmpty()) {
        *why = tr("the checkpoint at log row %1 does not hold: %2").arg(c.seq).arg(problem);
        return true;
    }
    // The row and the one before it, as stored.
    if (!Sql::run(q, ChangeLogReader::selectEntries() + QStringLiteral(" WHERE seq IN (?, ?) ORDER BY seq"),
                  {seq - 1, seq}, error)) {
        return false;
    }
    std::optional<ChangeLogEntry> row;
    QString before;
    while (q.next()) {
        const ChangeLogEntry e = ChangeLogReader::readEntry(q);
        if (e.seq == seq) {
            row = e;
        } else {
            before = e.hash;
        }
    }
    if (!row) {
        *why = tr("log row %1, signed at the checkpoint of row %2, is missing").arg(seq).arg(c.seq);
        return true;
    }
    if (LogCheckpoint::sealPrefix(ChangeLogEntry::chainHash(before, *row)) != c.prefixOf(seq)) {
        *why = tr("log row %1 differs from what the checkpoint of row %2 (%3, %4) signed")
                   .arg(seq)
                   .arg(c.seq)
                   .arg(c.madeAt, c.institution);
    }
    return true;
}

bool LogCheckpoints::coversRow(const QString& table, qint64 key, QString* why, Error* error) const
{
    *error = Error();
    why->clear();
    QStringList columns;
    if (m_db.dialect() == Database::Dialect::SQLite && !ChangeLogSchema::loggedColumns(m_db, table, &columns, error)) {
        return false;
    }
    QSqlQuery q(m_db.connection());
    if (!Sql::run(q,
                  QStringLiteral("SELECT c.seq, c.new_values, %1 AS current_state FROM %2 t JOIN change_log c"
                                 " ON c.table_name = ? AND c.row_key = t.id WHERE t.id = ? ORDER BY c.seq DESC LIMIT 1")
                      .arg(ChangeLogSchema::rowState(m_db, table, columns, QStringLiteral("t")), table),
                  {table, key}, error)) {
        return false;
    }
    if (!q.next()) {
        *why = tr("the row is not in the change log");
        return true;
    }
    if (q.value(1).toString() != q.value(2).toString()) {
        *why = tr("the row was changed without being logged");
        return true;
    }
    return covers(q.value(0).toLongLong(), why, error);
}

} // namespace dd
