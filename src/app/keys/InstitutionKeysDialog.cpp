// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/keys/InstitutionKeysDialog.h"

#include "app/common/KeySecret.h"
#include "app/common/ListTable.h"
#include "app/common/RoleNote.h"
#include "data/db/Database.h"
#include "data/files/OutputFile.h"
#include "data/services/InstitutionKeys.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {

namespace {

enum Column { Institution, Subject, ValidUntil, Key, Fingerprint, ColumnCount };

} // namespace

InstitutionKeysDialog::InstitutionKeysDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(new QTableWidget(this))
    , m_note(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("institutionKeysDialog"));
    setWindowTitle(tr("Institution Keys"));
    resize(920, 360);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Issued transcripts are signed with the issuing institution's key. The key stays in"
                                " its PKCS#12 file or on its token; the database keeps only the certificate, and the"
                                " passphrase is asked for each time a key is used."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    setUpListTable(m_table, QStringLiteral("keysTable"),
                   {tr("Institution"), tr("Certificate"), tr("Valid until"), tr("Key"), tr("SHA-256 fingerprint")});
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table);
    m_warning->setObjectName(QStringLiteral("keysWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a00000"));
    layout->addWidget(m_warning);
    m_note->setObjectName(QStringLiteral("keysRoleNote"));
    layout->addWidget(m_note);

    auto* row = new QHBoxLayout;
    auto button = [&](const QString& name, const QString& text, bool writes, void (InstitutionKeysDialog::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        if (writes) {
            m_writeButtons << b;
        }
    };
    button(QStringLiteral("useKeyFileButton"), tr("Use &Key File…"), true, &InstitutionKeysDialog::chooseKeyFile);
    button(QStringLiteral("useTokenButton"), tr("Use &Token…"), true, &InstitutionKeysDialog::chooseToken);
    button(QStringLiteral("exportCertificateButton"), tr("&Export Certificate…"), false,
           &InstitutionKeysDialog::chooseExport);
    button(QStringLiteral("trustPartnerButton"), tr("T&rust Partner Certificate…"), true,
           &InstitutionKeysDialog::chooseTrust);
    row->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(close);
    layout->addLayout(row);
    const bool mayBind = RoleNote::allows(m_db, Permissions::Action::ManageKeys);
    for (QPushButton* b : std::as_const(m_writeButtons)) {
        b->setEnabled(mayBind);
    }
    RoleNote::show(m_note,
                   mayBind ? QStringList() : QStringList {RoleNote::refusal(m_db, Permissions::Action::ManageKeys)});
    refresh();
}

void InstitutionKeysDialog::refresh()
{
    InstitutionKeys keys(m_db);
    Error error;
    const QList<InstitutionKey> bound = keys.repository().all(&error);
    QStringList institutions;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT code FROM institutions ORDER BY code"))) {
        while (q.next()) {
            institutions << q.value(0).toString();
        }
    }
    struct Row
    {
        QString institution;
        QString subject;
        QString until;
        QString key;
        QString fingerprint;
        QString tip;
        bool warn = false;
    };
    QList<Row> rows;
    QStringList warnings;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString& institution : std::as_const(institutions)) {
        auto found = std::find_if(bound.cbegin(), bound.cend(),
                                  [&](const InstitutionKey& k) { return k.institution == institution; });
        if (found == bound.cend()) {
            rows << Row {
                institution, tr("no key: transcripts are issued unsigned"), QString(), QString(), QString(), QString(),
                false};
        } else {
            const Certificate& c = found->certificate;
            const qint64 days = now.daysTo(c.notAfter());
            const QString unfit = InstitutionKeys::fitness(c, institution, now);
            Row r {institution,
                   c.subject(),
                   c.notAfter().date().toString(Qt::ISODate),
                   found->kind == QLatin1String("pkcs11") ? tr("token: %1").arg(found->location)
                                                          : tr("file: %1").arg(keys.resolve(found->location)),
                   c.fingerprint(),
                   tr("Issued by %1; valid from %2; %3 key")
                       .arg(c.issuerName(), c.notBefore().date().toString(Qt::ISODate), c.keyDescription()),
                   false};
            if (!unfit.isEmpty()) {
                warnings << tr("%1 cannot sign: %2").arg(institution, unfit);
                r.warn = true;
            } else if (days <= InstitutionKeys::kExpiryWarningDays) {
                warnings << tr("%1's certificate ends in %n day(s), on %2: ask for a new one now.", nullptr, int(days))
                                .arg(institution, r.until);
                r.warn = true;
            }
            rows << r;
        }
        for (const Certificate& partner : keys.repository().trusted(institution, &error)) {
            rows << Row {institution,
                         tr("trusted partner certificate: %1").arg(partner.subject()),
                         partner.notAfter().date().toString(Qt::ISODate),
                         QString(),
                         partner.fingerprint(),
                         QString(),
                         false};
        }
    }
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row& r = rows.at(i);
        const QStringList cells {r.institution, r.subject, r.until, r.key, r.fingerprint};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(r.tip.isEmpty() ? cells.at(c) : r.tip);
            if (r.warn && c == ValidUntil) {
                item->setForeground(QColor(0xa0, 0, 0));
            }
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0) {
        m_table->selectRow(0);
    }
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
    if (error.isSet()) {
        fail(tr("Institution Keys"), error.message());
    }
}

QString InstitutionKeysDialog::selectedInstitution() const
{
    const int row = m_table->currentRow();
    return row >= 0 ? m_table->item(row, Institution)->text() : QString();
}

void InstitutionKeysDialog::fail(const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("keysMessage"));
    box.exec();
}

bool InstitutionKeysDialog::useKeyFile(const QString& institution, const QString& path)
{
    Error error;
    InstitutionKey bound;
    if (!InstitutionKeys(m_db).usePkcs12(institution, path, askKeySecret(this), &bound, &error)) {
        fail(tr("Use Key File"), tr("The key was not bound to %1: %2").arg(institution, error.message()));
        return false;
    }
    refresh();
    return true;
}

bool InstitutionKeysDialog::trustCertificate(const QString& institution, const QString& path)
{
    Error error;
    if (!InstitutionKeys(m_db).trustFile(institution, path, nullptr, &error)) {
        fail(tr("Trust Partner Certificate"), tr("%1 was not trusted: %2").arg(path, error.message()));
        return false;
    }
    refresh();
    return true;
}

bool InstitutionKeysDialog::exportCertificate(const QString& institution, const QString& path)
{
    Error error;
    const std::optional<InstitutionKey> key = InstitutionKeys(m_db).repository().find(institution, &error);
    if (!key || !OutputFile::write(path, key->certificate.pem(), &error)) {
        fail(tr("Export Certificate"),
             error.isSet() ? error.message() : tr("%1 has no signing certificate").arg(institution));
        return false;
    }
    return true;
}

void InstitutionKeysDialog::chooseKeyFile()
{
    const QString institution = selectedInstitution();
    const QString path = QFileDialog::getOpenFileName(this, tr("Key File of %1").arg(institution), QString(),
                                                      tr("PKCS#12 key files (*.p12 *.pfx)"));
    if (!institution.isEmpty() && !path.isEmpty()) {
        useKeyFile(institution, path);
    }
}

void InstitutionKeysDialog::chooseToken()
{
    const QString institution = selectedInstitution();
    bool ok = false;
    const QString uri = QInputDialog::getText(this, tr("Token of %1").arg(institution),
                                              tr("PKCS#11 URI of the key (pkcs11:token=…;object=…):"),
                                              QLineEdit::Normal, QStringLiteral("pkcs11:"), &ok);
    if (!ok || uri.isEmpty() || institution.isEmpty()) {
        return;
    }
    const QString certPath
        = QFileDialog::getOpenFileName(this, tr("Certificate of the key (only when the token holds the key alone)"),
                                       QString(), tr("Certificates (*.pem *.crt *.cer)"));
    Certificate certificate;
    if (!certPath.isEmpty()) {
        QFile file(certPath);
        Error error;
        certificate
            = file.open(QIODevice::ReadOnly) ? Certificate::read(file.read(1 << 20), &error).value(0) : Certificate();
    }
    Error error;
    if (!InstitutionKeys(m_db).usePkcs11(institution, uri, certificate, askKeySecret(this), nullptr, &error)) {
        fail(tr("Use Token"), tr("The key was not bound to %1: %2").arg(institution, error.message()));
        return;
    }
    refresh();
}

void InstitutionKeysDialog::chooseExport()
{
    const QString institution = selectedInstitution();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Certificate of %1").arg(institution),
                                                      institution + QStringLiteral(".pem"), tr("Certificates (*.pem)"));
    if (!institution.isEmpty() && !path.isEmpty()) {
        exportCertificate(institution, path);
    }
}

void InstitutionKeysDialog::chooseTrust()
{
    const QString institution = selectedInstitution();
    const QString path = QFileDialog::getOpenFileName(this, tr("Certificate of %1 to Trust").arg(institution),
                                                      QString(), tr("Certificates (*.pem *.crt *.cer)"));
    if (!institution.isEmpty() && !path.isEmpty()) {
        trustCertificate(institution, path);
    }
}

} // namespace dd
