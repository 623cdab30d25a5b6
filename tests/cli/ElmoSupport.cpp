// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ElmoSupport.h"

#include "TestSupport.h"
#include "data/db/Database.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace ddtest::elmo {

QString schemaDir()
{
    return QStringLiteral(DD_ELMO_DIR);
}

bool haveSchema()
{
    return QFileInfo::exists(schemaDir() + QStringLiteral("/schema.xsd"));
}

QProcessEnvironment withKey()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUALDEGREE_KEY_PASSPHRASE"), QStringLiteral("demo"));
    return env;
}

Run on(const QString& db, const QStringList& args, const QProcessEnvironment& env)
{
    return cli(QStringList {QStringLiteral("--db"), db} + args, env);
}

void ok(const Run& r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

QString sqlValue(const QString& path, const QString& sql)
{
    dd::Database db;
    dd::Error error;
    REQUIRE(db.open(path, dd::Database::OpenMode::OpenExisting, &error));
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

/** What an import may have written: results, grade changes, import runs and the change log. */
QString written(const QString& db)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(countRows(db, QStringLiteral("results")))
        .arg(countRows(db, QStringLiteral("grade_changes")))
        .arg(countRows(db, QStringLiteral("import_runs")))
        .arg(countRows(db, QStringLiteral("change_log")));
}

const Exchange& exchangeMasters()
{
    static QTemporaryDir dir;
    static Exchange e;
    if (!e.cquptSide.isEmpty()) {
        return e;
    }
    QTemporaryDir scratch;
    e.rutsSide = copyOf(demoCopy(scratch), dir);
    e.cquptSide = dir.filePath(QStringLiteral("cqupt.db"));
    e.rutsCertificate = dir.filePath(QStringLiteral("ruts.pem"));
    ok(on(e.cquptSide, {QStringLiteral("init")}));
    const QString demo = sourceDataDir() + QStringLiteral("/demo/");
    for (const QString& kind :
         {QStringLiteral("students"), QStringLiteral("courses"), QStringLiteral("equivalencies")}) {
        ok(on(e.cquptSide, {QStringLiteral("import"), kind, demo + kind + QStringLiteral(".csv")}));
    }
    QStringList results;
    for (const QString& line :
         QString::fromUtf8(readFile(demo + QStringLiteral("results.csv"))).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("DD2021")) || !line.contains(QLatin1String(",RUTS,"))) {
            results << line;
        }
    }
    const QString resultsCsv = dir.filePath(QStringLiteral("results-without-ruts-2021.csv"));
    writeFile(resultsCsv, results.join(QLatin1Char('\n')).toUtf8());
    ok(on(e.cquptSide, {QStringLiteral("import"), QStringLiteral("results"), resultsCsv}));
    for (const QString& kind : {QStringLiteral("exceptions"), QStringLiteral("milestones")}) {
        ok(on(e.cquptSide, {QStringLiteral("import"), kind, demo + kind + QStringLiteral(".csv")}));
    }
    ok(on(e.rutsSide,
          {QStringLiteral("keys"), QStringLiteral("export-cert"), QStringLiteral("--institution"),
           QStringLiteral("RUTS"), QStringLiteral("--out"), e.rutsCertificate}));
    ok(on(e.cquptSide,
          {QStringLiteral("keys"), QStringLiteral("trust"), QStringLiteral("--institution"), QStringLiteral("RUTS"),
           e.rutsCertificate}));
    return e;
}

QString exportRecord(const QString& db, const QString& student, const QString& institution, const QString& out,
                     const QStringList& more)
{
    ok(on(db,
          QStringList {QStringLiteral("elmo"), QStringLiteral("export"), student, QStringLiteral("--institution"),
                       institution, QStringLiteral("--out"), out}
              + more));
    return out;
}

PemKey pemOf(const QString& p12, const QString& folder, const QString& name)
{
    PemKey k {folder + QLatin1Char('/') + name + QStringLiteral("-key.pem"),
              folder + QLatin1Char('/') + name + QStringLiteral("-cert.pem")};
    for (const auto& [what, out] :
         {std::pair {QStringLiteral("-nocerts"), k.key}, std::pair {QStringLiteral("-nokeys"), k.certificate}}) {
        const Tool t = runTool(QStringLiteral("openssl"),
                               {QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-passin"),
                                QStringLiteral("pass:demo"), QStringLiteral("-nodes"), what, QStringLiteral("-clcerts"),
                                QStringLiteral("-out"), out});
        INFO(t.err.toStdString());
        REQUIRE(t.exitCode == 0);
    }
    return k;
}

/**
 * \a signedFile with its signature emptied, edited by \a edit, and signed again by the
 * xmlsec1 tool with \a key: a record as another program following DESIGN would sign it.
 */
QString resign(const QString& signedFile, const PemKey& key, const QString& out,
               const std::function<QString(QString)>& edit)
{
    QString xml = QString::fromUtf8(readFile(signedFile));
    for (const char* element : {"DigestValue", "SignatureValue", "X509Certificate"}) {
        const QString name = QString::fromLatin1(element);
        xml.replace(QRegularExpression(QStringLiteral("<%1>[^<]*</%1>").arg(name)),
                    QStringLiteral("<%1></%1>").arg(name));
    }
    if (edit) {
        const QString before = xml;
        xml = edit(xml);
        REQUIRE(xml != before);
    }
    const QString templateFile = out + QStringLiteral(".template.xml");
    writeFile(templateFile, xml.toUtf8());
    const Tool t
        = runTool(QStringLiteral("xmlsec1"),
                  {QStringLiteral("--sign"), QStringLiteral("--privkey-pem"),
                   key.key + QLatin1Char(',') + key.certificate, QStringLiteral("--output"), out, templateFile});
    INFO(t.err.toStdString());
    REQUIRE(t.exitCode == 0);
    return out;
}

/** Replaces the first \a from with \a to. */
std::function<QString(QString)> first(const QString& from, const QString& to)
{
    return [from, to](QString xml) {
        const qsizetype at = xml.indexOf(from);
        REQUIRE(at >= 0);
        return xml.replace(at, from.size(), to);
    };
}

Run importInto(const QString& db, const QString& file, const QStringList& more, const QProcessEnvironment& env)
{
    return on(db, QStringList {QStringLiteral("elmo"), QStringLiteral("import"), file} + more, env);
}

void refused(const Run& r, const QString& reason)
{
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(reason));
    CHECK(r.err.contains(QStringLiteral("nothing was imported")));
}

Tool xmlsecVerify(const QString& file, const QString& ca)
{
    return runTool(QStringLiteral("xmlsec1"), {QStringLiteral("--verify"), QStringLiteral("--trusted-pem"), ca, file});
}

} // namespace ddtest::elmo
