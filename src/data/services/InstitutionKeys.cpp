// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/services/InstitutionKeys.h"

#include "data/changelog/LogCheckpoints.h"

#include "data/db/Database.h"
#include "sign/DemoAuthority.h"

#include <QDir>
#include <QFileInfo>

namespace dd {

InstitutionKeys::InstitutionKeys(Database& db)
    : m_db(db)
    , m_repository(db)
{
}

QString InstitutionKeys::fitness(const Certificate& certificate, const QString& institution, const QDateTime& time)
{
    return LogCheckpoints::signerProblem(certificate, institution, time);
}

QString InstitutionKeys::resolve(const QString& location) const
{
    if (QDir::isAbsolutePath(location) || m_db.dialect() != Database::Dialect::SQLite) {
        return location;
    }
    return QFileInfo(m_db.path()).absoluteDir().filePath(location);
}

QString InstitutionKeys::stored(const QString& path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_db.dialect() == Database::Dialect::SQLite) {
        const QDir folder = QFileInfo(m_db.path()).absoluteDir();
        const QString relative = folder.relativeFilePath(absolute);
        if (!relative.startsWith(QLatin1String(".."))) {
            return relative; // moves with the database's folder
        }
    }
    return absolute;
}

bool InstitutionKeys::bindLoaded(const QString& institution, const QString& kind, const QString& location,
                                 const SigningKey& key, InstitutionKey* bound, Error* error)
{
    const QString unfit = fitness(key.certificate(), institution, QDateTime::currentDateTimeUtc());
    if (!unfit.isEmpty()) {
        *error = Error::refused(unfit);
        return false;
    }
    InstitutionKey entry;
    entry.institution = institution;
    entry.kind = kind;
    entry.location = location;
    entry.certificate = key.certificate();
    entry.chain = key.chain();
    // Every certificate that was bound stays readable by fingerprint, for what it signed.
    if (!m_repository.bind(entry, error) || !LogCheckpoints(m_db).keep(entry.certificate, error)) {
        return false;
    }
    if (bound) {
        *bound = entry;
    }
    return true;
}

bool InstitutionKeys::usePkcs12(const QString& institution, const QString& path, const SecretSource& secret,
                                InstitutionKey* bound, Error* error)
{
    // The right is checked before a passphrase is asked for.
    if (!m_db.session().permits(Permissions::Action::ManageKeys, error)) {
        return false;
    }
    QByteArray passphrase;
    if (!secret(tr("the key file %1").arg(path), &passphrase, error)) {
        return false;
    }
    const SigningKey key = SigningKey::fromPkcs12(path, passphrase, error);
    passphrase.fill('\0');
    return !key.isNull() && bindLoaded(institution, QStringLiteral("pkcs12"), stored(path), key, bound, error);
}

bool InstitutionKeys::trustFile(const QString& institution, const QString& path, Certificate* trusted, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::ManageKeys, error)) {
        return false;
    }
    const QList<Certificate> certificates = Certificate::readFile(path, error);
    if (certificates.isEmpty()) {
        return false;
    }
    if (certificates.size() != 1) {
        *error
            = Error::invalid(tr("%1 holds %2 certificates; give the partner's one").arg(path).arg(certificates.size()));
        return false;
    }
    const QString unfit = fitness(certificates.first(), institution, QDateTime::currentDateTimeUtc());
    if (!unfit.isEmpty()) {
        *error = Error::invalid(tr("%1: %2").arg(path, unfit));
        return false;
    }
    if (!m_repository.trust(institution, certificates.first(), error)) {
        return false;
    }
    if (trusted) {
        *trusted = certificates.first();
    }
    return true;
}

bool InstitutionKeys::usePkcs11(const QString& institution, const QString& uri, const Certificate& certificate,
                                const SecretSource& secret, InstitutionKey* bound, Error* error)
{
    if (!m_db.session().permits(Permissions::Action::ManageKeys, error)) {
        return false;
    }
    QByteArray pin;
    if (!secret(tr("the token of %1").arg(uri), &pin, error)) {
        return false;
    }
    const SigningKey key = SigningKey::fromPkcs11(uri, pin, certificate, error);
    pin.fill('\0');
    return !key.isNull() && bindLoaded(institution, QStringLiteral("pkcs11"), uri, key, bound, error);
}

bool InstitutionKeys::hasKey(const QString& institution, Error* error) const
{
    return m_repository.find(institution, error).has_value();
}

SigningKey InstitutionKeys::open(const QString& institution, const SecretSource& secret, Error* error) const
{
    const std::optional<InstitutionKey> bound = m_repository.find(institution, error);
    if (!bound) {
        if (!error->isSet()) {
            *error = Error::notFound(tr("no signing key is bound to %1 (keys use)").arg(institution));
        }
        return SigningKey();
    }
    const QString unfit = fitness(bound->certificate, institution, QDateTime::currentDateTimeUtc());
    if (!unfit.isEmpty()) {
        *error = Error::refused(tr("%1 cannot sign: %2").arg(institution, unfit));
        return SigningKey();
    }
    const QString where = bound->kind == QLatin1String("pkcs11") ? bound->location : resolve(bound->location);
    QString what
        = bound->kind == QLatin1String("pkcs11") ? tr("the token of %1").arg(where) : tr("the key file %1").arg(where);
    if (DemoAuthority::isDemoSubject(bound->certificate.subject())) {
        // A first-time user of the demo is told what the README says.
        what += tr(" (a DEMO key: its passphrase is \"%1\")").arg(QString::fromLatin1(DemoAuthority::passphrase()));
    }
    QByteArray passphrase;
    if (!secret(what, &passphrase, error)) {
        return SigningKey();
    }
    SigningKey key = bound->kind == QLatin1String("pkcs11")
        ? SigningKey::fromPkcs11(where, passphrase, bound->certificate, error)
        : SigningKey::fromPkcs12(where, passphrase, error);
    passphrase.fill('\0');
    if (key.isNull()) {
        return SigningKey();
    }
    if (!(key.certificate() == bound->certificate)) {
        *error = Error::refused(tr("the key at %1 is not the one bound to %2 (its certificate %3 differs; bind it"
                                   " again with keys use)")
                                    .arg(where, institution, key.certificate().fingerprint().left(16)));
        return SigningKey();
    }
    if (key.chain().isEmpty() && !bound->chain.isEmpty()) {
        key = SigningKey::fromParts(key.handle(), key.certificate(), bound->chain);
    }
    return key;
}

} // namespace dd
