// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CliRunner.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

// What the exchange tests share: two installations made once (the RUTS side is the demo,
// the CQUPT side the demo's CSV files without the RUTS results of cohort 2021, RUTS's
// certificate trusted), and files signed again by the xmlsec1 tool.
namespace ddtest::elmo {

/** The official ELMO schema's folder (DD_ELMO_DIR), and whether it is there. */
QString schemaDir();
bool haveSchema();

QProcessEnvironment withKey();
Run on(const QString& db, const QStringList& args, const QProcessEnvironment& env = withKey());
void ok(const Run& r);
QString sqlValue(const QString& path, const QString& sql);
/** What an import may have written: results, grade changes, import runs and the change log. */
QString written(const QString& db);

struct Exchange
{
    QString rutsSide; ///< the demo database: the RUTS installation
    QString cquptSide;
    QString rutsCertificate; ///< RUTS's certificate as its office sent it (PEM)
};
/** The two installations, made once; each test works on copies. */
const Exchange& exchangeMasters();

QString exportRecord(const QString& db, const QString& student, const QString& institution, const QString& out,
                     const QStringList& more = {});

/** A key and its certificate as PEM files, taken out of a PKCS#12 file by openssl. */
struct PemKey
{
    QString key;
    QString certificate;
};
PemKey pemOf(const QString& p12, const QString& folder, const QString& name);
/**
 * \a signedFile with its signature emptied, edited by \a edit, and signed again by the
 * xmlsec1 tool with \a key: a record as another program following DESIGN would sign it.
 */
QString resign(const QString& signedFile, const PemKey& key, const QString& out,
               const std::function<QString(QString)>& edit = nullptr);
/** Replaces the first \a from with \a to. */
std::function<QString(QString)> first(const QString& from, const QString& to);
Run importInto(const QString& db, const QString& file, const QStringList& more = {},
               const QProcessEnvironment& env = withKey());
void refused(const Run& r, const QString& reason);
Tool xmlsecVerify(const QString& file, const QString& ca);

} // namespace ddtest::elmo
