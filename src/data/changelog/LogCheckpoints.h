// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "sign/Certificate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd {

class Database;
class SigningKey;

/**
 * A signed checkpoint of the change log: one institution's key signs the chain head
 * (the row, its seal, the time), the checkpoint before it, and the first 8 bytes of
 * the seal of every row since that one (so that a row rewritten and re-sealed later is
 * named). The exact bytes signed are statement(); docs/SIGNING.md shows how to check
 * them with OpenSSL alone.
 */
struct LogCheckpoint
{
    Q_DECLARE_TR_FUNCTIONS(dd::LogCheckpoint)

public:
    /** How many bytes of each row's seal the checkpoint keeps. */
    static constexpr int kSealPrefixBytes = 8;

    qint64 seq = 0; ///< the log row signed (the chain head then)
    QString seal; ///< that row's seal
    QString madeAt; ///< UTC, ISO 8601 with milliseconds
    QString madeBy; ///< the user who made it
    QString institution; ///< whose key signed it
    qint64 previousSeq = 0; ///< the checkpoint before it (0: none)
    QString previousSeal; ///< that row's seal ("none" when there is none)
    QByteArray seals; ///< kSealPrefixBytes of each seal of rows previousSeq + 1 … seq, in order
    QString sealsSha256; ///< the SHA-256 of seals, as signed (a file outside the database keeps only this)
    QString signerFingerprint; ///< SHA-256 of the signing certificate
    QByteArray signature; ///< DER ECDSA or PKCS#1 v1.5 over statement() with SHA-256

    /** The bytes signed: UTF-8 lines "name: value", each ended by LF. */
    QByteArray statement() const;
    /** The checkpoint kept outside the database: statement(), the signature (base64) and the certificate (PEM). */
    QByteArray toFile(const Certificate& certificate) const;
    /** Reads a file toFile() wrote (without its seals); false with the reason. */
    [[nodiscard]] static bool fromFile(const QByteArray& bytes, LogCheckpoint* checkpoint, Certificate* certificate,
                                       Error* error);

    /** The first kSealPrefixBytes bytes of a seal written in hex. */
    static QByteArray sealPrefix(const QString& seal);
    /** The prefix signed for the log row \a seq (empty when it is outside the checkpoint). */
    QByteArray prefixOf(qint64 seq) const;
};

/**
 * The checkpoints of a database's change log (the table log_checkpoints, which only
 * grows): making one under an institution's key, reading them, and checking that a
 * log row is covered by one whose signature holds.
 */
class LogCheckpoints
{
    Q_DECLARE_TR_FUNCTIONS(dd::LogCheckpoints)

public:
    explicit LogCheckpoints(Database& db);

    /**
     * Signs the chain head now with \a key for \a institution (the acting user must be
     * allowed to sign for it) and stores the checkpoint, in a transaction of its own.
     * Refused when the log has no row after the last checkpoint, or when the rows since
     * it do not follow each other (a broken chain is never signed).
     */
    [[nodiscard]] bool make(const SigningKey& key, const QString& institution, LogCheckpoint* made, Error* error);
    /** make() inside the caller's write transaction (a signed transcript issue). */
    [[nodiscard]] bool makeWithin(const SigningKey& key, const QString& institution, LogCheckpoint* made, Error* error);

    /** Every checkpoint, oldest first. */
    [[nodiscard]] bool all(QList<LogCheckpoint>* out, Error* error) const;
    /** The latest checkpoint; std::nullopt when there is none (\a error set only on failure). */
    std::optional<LogCheckpoint> last(Error* error) const;
    /** The log's last row number (0 when empty). */
    [[nodiscard]] bool lastRow(qint64* seq, Error* error) const;

    /** Who wrote the log rows after row \a seq (the user names, "(set-up)" for none), each once. */
    QStringList authorsAfter(qint64 seq, Error* error) const;

    /** The certificate stored under \a fingerprint (null when none). */
    Certificate certificate(const QString& fingerprint, Error* error) const;
    /** Stores \a certificate under its fingerprint unless it is there (certificates only grow). */
    [[nodiscard]] bool keep(const Certificate& certificate, Error* error);

    /**
     * Why \a certificate cannot sign for \a institution at \a time (empty when it can): it
     * must name the institution, be a signer's (not an authority's), have a key DualDegree
     * signs with, and be valid then.
     */
    static QString signerProblem(const Certificate& certificate, const QString& institution, const QDateTime& time);

    /**
     * Why \a checkpoint does not hold by itself (empty when it does): its signature under
     * \a certificate, the certificate naming its institution, being a signer's and valid
     * at its time, and — with \a anchors — chaining to one of them then.
     */
    static QString problemOf(const LogCheckpoint& checkpoint, const Certificate& certificate,
                             const QList<Certificate>& anchors);

    /**
     * Whether the log row \a seq is covered by a checkpoint that holds: the row, sealed
     * again from the row before it, has the seal that checkpoint signed. \a why says why
     * not (empty when covered).
     */
    [[nodiscard]] bool covers(qint64 seq, QString* why, Error* error) const;
    /**
     * Whether the row \a key of the logged \a table is as its last log row says, and that
     * log row is covered by a checkpoint that holds (covers()).
     */
    [[nodiscard]] bool coversRow(const QString& table, qint64 key, QString* why, Error* error) const;

private:
    Database& m_db;
};

} // namespace dd
