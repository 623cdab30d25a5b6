// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/window/HelpDialogs.h"

#include "app/common/Translations.h"

#include "data/db/Database.h"
#include "data/db/SchemaMigrator.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtGlobal>

#include <openssl/opensslv.h>
#include <sqlite3.h>
#include <xlsxwriter.h>

namespace dd {

namespace {

QDialogButtonBox* closeButton(QDialog* dialog)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("DualDegree User Guide"));
    resize(760, 720);
    auto* layout = new QVBoxLayout(this);
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setOpenLinks(true);
    // The guide in the language of the interface (English where there is none).
    const QString translated = QStringLiteral(":/help/guide_%1.html").arg(Translations::current());
    m_browser->setSource(
        QUrl(QFile::exists(translated) ? QStringLiteral("qrc") + translated : QStringLiteral("qrc:/help/guide.html")));
    layout->addWidget(m_browser);
    layout->addWidget(closeButton(this));
}

AboutDialog::AboutDialog(Database* db, QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About DualDegree"));
    resize(620, 560);
    auto* layout = new QVBoxLayout(this);
    m_browser->setObjectName(QStringLiteral("aboutText"));
    m_browser->setOpenExternalLinks(false);
    const QString database = db ? tr("%1 (%2, schema %3)")
                                      .arg(db->path().toHtmlEscaped(),
                                           db->dialect() == Database::Dialect::PostgreSQL ? QStringLiteral("PostgreSQL")
                                                                                          : QStringLiteral("SQLite"))
                                      .arg(SchemaMigrator(*db).version())
                                : tr("none open");
    // Every library the program links or loads, with its licence (as Debian ships it).
    const QList<QStringList> parts = {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("public domain")},
        {QStringLiteral("OpenSSL"), QStringLiteral(OPENSSL_VERSION_STR), QStringLiteral("Apache-2.0")},
        {QStringLiteral("libxmlsec1, libxml2"), QString(), QStringLiteral("MIT")},
        {QStringLiteral("libxlsxwriter"), QStringLiteral(LXW_VERSION), QStringLiteral("BSD-2-Clause")},
        {QStringLiteral("qpdf"), QString(), QStringLiteral("Apache-2.0")},
        {QStringLiteral("Poppler"), QString(), QStringLiteral("GPL-2.0-or-later")},
        {QStringLiteral("libqrencode"), QString(), QStringLiteral("LGPL-2.1-or-later")},
        {QStringLiteral("ZXing-C++"), QString(), QStringLiteral("Apache-2.0")},
        {QStringLiteral("libsodium"), QString(), QStringLiteral("ISC")},
        {QStringLiteral("libpq"), QString(), QStringLiteral("PostgreSQL")},
        {QStringLiteral("Noto Sans"), QString(), QStringLiteral("OFL-1.1")},
        {QStringLiteral("WenQuanYi Micro Hei"), QString(), QStringLiteral("Apache-2.0 or GPL-3.0")},
        {QStringLiteral("GNU FreeFont (FreeSerif)"), QString(), QStringLiteral("GPL-3.0-or-later with font exception")},
    };
    QString rows;
    for (const QStringList& p : parts) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(p.at(0), p.at(1), p.at(2));
    }
    m_browser->setHtml(
        QStringLiteral(
            "<h2>DualDegree %1</h2><p>%2</p><p><b>%3</b> %4</p><p>%5</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>%6</th><th>%7</th><th>%8</th></tr>"
            "%9</table>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 tr("Records, credit transfer, audits against both universities' degree requirements, signed"
                    " transcripts and signed records exchanged between CQUPT and RUTS. Free software under the GNU"
                    " General Public License, version 3 or later."),
                 tr("Database in use:"), database, tr("Built with:"), tr("Part"), tr("Version"), tr("Licence"), rows));
    layout->addWidget(m_browser);
    layout->addWidget(closeButton(this));
}

QString AboutDialog::text() const
{
    return m_browser->toPlainText();
}

} // namespace dd
