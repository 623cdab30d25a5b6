// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/reports/ReportsDialog.h"

#include "app/common/ListTable.h"
#include "app/common/RoleNote.h"
#include "data/db/Database.h"
#include "data/repositories/StudentRepository.h"
#include "data/services/PlanService.h"
#include "report/CohortListFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd {

ReportsDialog::ReportsDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_kind(new QComboBox(this))
    , m_institution(new QComboBox(this))
    , m_cohort(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_recipient(new QLineEdit(this))
    , m_purpose(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("reportsDialog"));
    setWindowTitle(tr("Reports"));
    resize(1100, 640);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Graduation list"), QStringLiteral("graduation"));
    m_kind->addItem(tr("Degree-committee list"), QStringLiteral("degree"));
    m_kind->addItem(tr("Plans to both degrees"), QStringLiteral("plans"));
    // A cohort's plans are about both universities, and are written as workbook or CSV.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const bool plans = m_kind->currentData() == QStringLiteral("plans");
        m_institution->setEnabled(!plans);
        if (plans && m_format->currentData() == QStringLiteral("pdf")) {
            m_format->setCurrentIndex(m_format->findData(QStringLiteral("xlsx")));
        }
        qobject_cast<QStandardItemModel*>(m_format->model())->item(0)->setEnabled(!plans);
    });
    m_institution->setObjectName(QStringLiteral("reportInstitution"));
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT code FROM institutions ORDER BY code"))) {
        while (q.next()) {
            m_institution->addItem(q.value(0).toString());
        }
    }
    m_cohort->setObjectName(QStringLiteral("reportCohort"));
    Error error;
    for (const int year : StudentRepository(m_db).cohorts(&error)) {
        m_cohort->addItem(QString::number(year), year);
    }
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF"), QStringLiteral("pdf"));
    m_format->addItem(tr("Excel workbook"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV"), QStringLiteral("csv"));
    m_recipient->setObjectName(QStringLiteral("reportRecipient"));
    m_recipient->setPlaceholderText(tr("the institution's committee or graduation office"));
    m_purpose->setObjectName(QStringLiteral("reportPurpose"));
    m_purpose->setPlaceholderText(tr("the list of the cohort"));
    form->addRow(tr("&List:"), m_kind);
    form->addRow(tr("&Institution:"), m_institution);
    form->addRow(tr("C&ohort:"), m_cohort);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Recipient:"), m_recipient);
    form->addRow(tr("&Purpose:"), m_purpose);
    layout->addLayout(form);
    setUpListTable(m_table, QStringLiteral("reportTable"), {});
    layout->addWidget(m_table, 1);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* note = new QLabel(this);
    note->setObjectName(QStringLiteral("reportRoleNote"));
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* showButton = buttons->addButton(tr("S&how"), QDialogButtonBox::ActionRole);
    showButton->setObjectName(QStringLiteral("reportShow"));
    QPushButton* save = buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("reportSave"));
    connect(showButton, &QPushButton::clicked, this, [this] { showList(); });
    connect(save, &QPushButton::clicked, this, &ReportsDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // The list names every student of the cohort: it leaves as personal data does.
    const bool may = RoleNote::allows(m_db, Permissions::Action::ExportPersonalData);
    save->setEnabled(may);
    RoleNote::show(
        note, may ? QStringList() : QStringList {RoleNote::refusal(m_db, Permissions::Action::ExportPersonalData)});
}

void ReportsDialog::fail(const QString& message)
{
    QMessageBox box(QMessageBox::Warning, windowTitle(), message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("reportMessage"));
    box.exec();
}

bool ReportsDialog::showPlans()
{
    PlanService service(m_db);
    Table t;
    Error error;
    QProgressDialog progress(tr("Planning cohort %1…").arg(m_cohort->currentText()), tr("Cancel"), 0, 1, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto told = [&progress](int done, int of) {
        progress.setMaximum(of);
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    if (!service.load(&error) || !service.cohortReport(m_cohort->currentData().toInt(), {}, &t, &error, told)) {
        fail(error.message());
        return false;
    }
    const QHash<QString, QString> outcome = {{QStringLiteral("met"), tr("met already")},
                                             {QStringLiteral("on_time"), tr("on time")},
                                             {QStringLiteral("summer"), tr("on time with a summer term")},
                                             {QStringLiteral("late"), tr("late")},
                                             {QStringLiteral("cannot"), tr("cannot")}};
    m_table->clear();
    m_table->setColumnCount(int(t.headers.size()));
    m_table->setHorizontalHeaderLabels({tr("Student ID"), tr("Family name"), tr("Given name"), tr("Status"),
                                        tr("Outcome"), tr("Both degrees after"), tr("Terms"), tr("Summer terms"),
                                        tr("Credits"), tr("Milestones"), tr("Why not")});
    m_table->setRowCount(int(t.rows.size()));
    for (int r = 0; r < t.rows.size(); ++r) {
        for (int c = 0; c < t.rows.at(r).size(); ++c) {
            const QString cell = c == 4 ? outcome.value(t.rows.at(r).at(c)) : t.rows.at(r).at(c);
            auto* item = new QTableWidgetItem(cell);
            item->setToolTip(cell);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%1 students: %2 met already, %3 on time, %4 with a summer term, %5 late, %6 cannot.")
                           .arg(t.rows.size())
                           .arg(PlanService::countOutcome(t, QStringLiteral("met")))
                           .arg(PlanService::countOutcome(t, QStringLiteral("on_time")))
                           .arg(PlanService::countOutcome(t, QStringLiteral("summer")))
                           .arg(PlanService::countOutcome(t, QStringLiteral("late")))
                           .arg(PlanService::countOutcome(t, QStringLiteral("cannot"))));
    return true;
}

bool ReportsDialog::showList()
{
    if (m_kind->currentData() == QStringLiteral("plans")) {
        return showPlans();
    }
    CohortLists::List list;
    Error error;
    const std::optional<CohortLists::Kind> kind = CohortLists::kindOf(m_kind->currentData().toString());
    if (!CohortLists::build(m_db, kind.value_or(CohortLists::Kind::Graduation), m_cohort->currentData().toInt(),
                            m_institution->currentText(), &list, &error)) {
        fail(error.message());
        return false;
    }
    const Table t = CohortLists::table(list);
    m_table->clear();
    m_table->setColumnCount(int(t.headers.size()));
    // The file's columns are DESIGN's; here they are said in the reader's language.
    m_table->setHorizontalHeaderLabels({tr("Student ID"), tr("Family name"), tr("Given name"), tr("Native name"),
                                        tr("GPA"), tr("Credits earned"), tr("Credits required"), tr("Graduation"),
                                        tr("Degree"), tr("Honours"), tr("HSK"), tr("Requirements not met")});
    m_table->setRowCount(int(t.rows.size()));
    for (int r = 0; r < t.rows.size(); ++r) {
        for (int c = 0; c < t.rows.at(r).size(); ++c) {
            QString cell = t.rows.at(r).at(c);
            if (c == 7 || c == 8) {
                cell = cell == QLatin1String("true") ? tr("yes") : tr("no");
            }
            auto* item = new QTableWidgetItem(cell);
            item->setToolTip(cell);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%1 students, %2 eligible, %3 not eligible.")
                           .arg(list.lines.size())
                           .arg(list.eligible())
                           .arg(list.lines.size() - list.eligible()));
    return true;
}

bool ReportsDialog::saveTo(const QString& path)
{
    if (m_kind->currentData() == QStringLiteral("plans")) {
        PlanService service(m_db);
        Table t;
        Error error;
        if (!service.load(&error)
            || !service.writeReport(m_cohort->currentData().toInt(), {}, path, m_recipient->text(), m_purpose->text(),
                                    &t, &error)) {
            fail(tr("The list was not written: %1").arg(error.message()));
            return false;
        }
        m_summary->setText(tr("%1 written: plans of %2 students; recorded in the disclosure log.")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(t.rows.size()));
        return true;
    }
    CohortListFile::Request request;
    request.kind = CohortLists::kindOf(m_kind->currentData().toString()).value_or(CohortLists::Kind::Graduation);
    request.cohort = m_cohort->currentData().toInt();
    request.institution = m_institution->currentText();
    request.format = m_format->currentData().toString();
    request.recipient = m_recipient->text();
    request.purpose = m_purpose->text();
    CohortLists::List list;
    Error error;
    if (!CohortListFile::write(m_db, request, path, &list, &error)) {
        fail(tr("The list was not written: %1").arg(error.message()));
        return false;
    }
    m_summary->setText(tr("%1 written: %2 students, %3 eligible; recorded in the disclosure log.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(list.lines.size())
                           .arg(list.eligible()));
    return true;
}

void ReportsDialog::chooseFile()
{
    const QString format = m_format->currentData().toString();
    const QString suggested = m_kind->currentData() == QStringLiteral("plans")
        ? QStringLiteral("plans-%1.%2").arg(m_cohort->currentText(), format)
        : QStringLiteral("%1-%2-%3.%4")
              .arg(m_kind->currentData().toString(), m_institution->currentText(), m_cohort->currentText(), format);
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the List"), suggested, QStringLiteral("*.%1").arg(format));
    if (!path.isEmpty()) {
        saveTo(path);
    }
}

} // namespace dd
