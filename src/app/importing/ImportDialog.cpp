// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/importing/ImportDialog.h"

#include "app/importing/ImportPreviewModel.h"
#include "core/text/TextEncoding.h"
#include "data/db/Database.h"
#include "data/import/Importers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dd {

namespace {

// A file larger than this is not an office's list.
constexpr qint64 kMaxFileBytes = qint64(256) << 20;

const QString kRefusedStyle = QStringLiteral("color: #a00000");

/** Shows \a label while the importer reads the lines, with Cancel; the callback for Importer::Options. */
std::function<bool(int, int)> progressIn(QProgressDialog* dialog)
{
    return [dialog](int done, int total) {
        dialog->setMaximum(std::max(total, 1));
        dialog->setValue(std::min(done, std::max(total, 1)));
        return !dialog->wasCanceled();
    };
}

} // namespace

ImportDialog::ImportDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new ImportPreviewModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_file(new QLabel(tr("No file chosen."), this))
    , m_kind(new QComboBox(this))
    , m_kindNote(new QLabel(this))
    , m_encoding(new QComboBox(this))
    , m_encodingNote(new QLabel(this))
    , m_show(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a File"));
    resize(1000, 620);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every line of the file is shown with what importing it would do. Nothing is written"
                                " until you press Import, and then the whole file or nothing; a copy of the database"
                                " is taken first."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* fileRow = new QHBoxLayout;
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileRow->addWidget(m_file, 1);
    auto* choose = new QPushButton(tr("&Choose File…"), this);
    choose->setObjectName(QStringLiteral("importChooseFile"));
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    auto* form = new QFormLayout;
    // A labelled choice with a note beside it that says what was recognised or proposed.
    const auto addChoice = [this, form](const QString& label, QComboBox* combo, const char* name, QLabel* note) {
        combo->setObjectName(QString::fromLatin1(name));
        note->setObjectName(QString::fromLatin1(name) + QStringLiteral("Note"));
        note->setWordWrap(true);
        auto* row = new QHBoxLayout;
        row->addWidget(combo);
        row->addWidget(note, 1);
        auto* title = new QLabel(label, this);
        title->setBuddy(combo);
        form->addRow(title, row);
    };
    for (const QString& kind : Importers::kinds()) {
        m_kind->addItem(kindLabel(kind), kind);
    }
    m_kind->setCurrentIndex(-1);
    addChoice(tr("The file &holds:"), m_kind, "importKind", m_kindNote);
    const QStringList encodingLabels
        = {tr("UTF-8"), tr("UTF-16 (Excel's \"Unicode text\")"), tr("GB18030 (Excel on Chinese Windows)"),
           tr("Windows-874 / TIS-620 (Excel on Thai Windows)")};
    const QStringList encodings = TextEncoding::names();
    for (int i = 0; i < encodings.size(); ++i) {
        m_encoding->addItem(encodingLabels.value(i, encodings.at(i)), encodings.at(i));
    }
    addChoice(tr("&Encoding:"), m_encoding, "importEncoding", m_encodingNote);

    m_show->setObjectName(QStringLiteral("importShow"));
    m_show->addItems({tr("All lines"), tr("Lines with problems"), tr("Lines that add or change")});
    auto* showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_show);
    form->addRow(showLabel, m_show);
    layout->addLayout(form);

    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ImportPreviewModel::StatusRole);
    m_filter->setFilterKeyColumn(ImportPreviewModel::StatusColumn);
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImportPreviewModel::LineColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto* reasonForm = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("importReason"));
    m_reason->setPlaceholderText(tr("needed where the file changes a mark already recorded"));
    m_reason->setMaxLength(500);
    reasonForm->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(reasonForm);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // After an import the dialog stays, saying what was done and where the copy is, until closed.
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importNow);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_encoding, &QComboBox::activated, this, &ImportDialog::recognise);
    connect(m_show, &QComboBox::currentIndexChanged, this, &ImportDialog::showOnly);
    // A reason may make a refused grade change acceptable: show the file again.
    connect(m_reason, &QLineEdit::editingFinished, this, [this] {
        if (!m_bytes.isEmpty() && chosenKind() == QLatin1String("results")) {
            refresh();
        }
    });
}

ImportDialog::~ImportDialog() = default;

QString ImportDialog::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("students")) {
        return tr("Students");
    }
    if (kind == QLatin1String("courses")) {
        return tr("Courses (the catalogue)");
    }
    if (kind == QLatin1String("results")) {
        return tr("Results (marks)");
    }
    if (kind == QLatin1String("equivalencies")) {
        return tr("Equivalencies");
    }
    if (kind == QLatin1String("milestones")) {
        return tr("Milestones (HSK, thesis)");
    }
    if (kind == QLatin1String("exceptions")) {
        return tr("Audit exceptions");
    }
    return kind;
}

Importer::Options ImportDialog::runOptions(QProgressDialog* progress) const
{
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    Importer::Options options;
    options.encoding = chosenEncoding();
    options.reason = m_reason->text().trimmed();
    options.progress = progressIn(progress);
    return options;
}

QString ImportDialog::chosenKind() const
{
    return m_kind->currentData().toString();
}

QString ImportDialog::chosenEncoding() const
{
    return m_encoding->currentData().toString();
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a File"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        preview(path);
    }
}

bool ImportDialog::preview(const QString& path)
{
    m_path = path;
    m_bytes.clear();
    m_import->setEnabled(false);
    m_model->setPreview(ImportPreview());
    m_file->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes) {
        m_summary->setText(file.isOpen()
                               ? tr("The file is larger than %1 MB: not a list to import.").arg(kMaxFileBytes >> 20)
                               : tr("The file cannot be read: %1").arg(file.errorString()));
        m_summary->setStyleSheet(kRefusedStyle);
        return false;
    }
    m_bytes = file.readAll();

    // Unicode is read as it is; otherwise the encoding whose names look right is proposed.
    const QString proposed = ImportPreview::proposeEncoding(m_bytes);
    const QList<TextEncoding::Candidate> candidates = TextEncoding::detectUnicode(m_bytes).isEmpty()
        ? TextEncoding::candidates(m_bytes)
        : QList<TextEncoding::Candidate>();
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(proposed)));
    if (proposed.isEmpty()) {
        m_encodingNote->setText(tr("The file is not UTF-8, UTF-16, GB18030 or Windows-874: save it as"
                                   " \"CSV UTF-8\" and choose it again."));
        m_encodingNote->setStyleSheet(kRefusedStyle);
    } else if (!candidates.isEmpty()) {
        QStringList could;
        for (const TextEncoding::Candidate& c : candidates) {
            could << m_encoding->itemText(m_encoding->findData(c.encoding));
        }
        m_encodingNote->setText(tr("Not Unicode: it reads as %1. %2 is proposed; check the names in the lines"
                                   " below, and choose the other encoding if they are wrong.")
                                    .arg(could.join(tr(" or ")), m_encoding->currentText()));
        m_encodingNote->setStyleSheet(QStringLiteral("color: #805000"));
    } else {
        m_encodingNote->setText(tr("read as %1").arg(m_encoding->currentText()));
        m_encodingNote->setStyleSheet(QString());
    }
    m_kind->setCurrentIndex(-1);
    return recognise();
}

bool ImportDialog::recognise()
{
    if (m_bytes.isEmpty()) {
        return false;
    }
    QList<CsvParser::Record> records;
    QString error;
    QStringList kinds;
    if (!ImportPreview::read(m_bytes, chosenEncoding(), &records, &error) || records.isEmpty()) {
        // Not readable as chosen: the reason, and nothing to recognise.
        m_model->setPreview(ImportPreview());
        m_import->setEnabled(false);
        m_summary->setText(tr("The file cannot be read as %1: %2")
                               .arg(m_encoding->currentText(), error.isEmpty() ? tr("it is empty") : error));
        m_summary->setStyleSheet(kRefusedStyle);
        return false;
    }
    kinds = ImportPreview::kindsFor(m_db, records.first().fields);
    const QString before = chosenKind();
    if (kinds.size() == 1) {
        m_kind->setCurrentIndex(m_kind->findData(kinds.first()));
        m_kindNote->setText(tr("recognised from the header"));
        m_kindNote->setStyleSheet(QString());
    } else if (before.isEmpty()) {
        m_kindNote->setText(kinds.isEmpty() ? tr("The header names the columns of no kind of file: choose what it"
                                                 " holds to see what is wrong.")
                                            : tr("The header fits more than one kind of file: choose one."));
        m_kindNote->setStyleSheet(QStringLiteral("color: #805000"));
    }
    return refresh();
}

bool ImportDialog::refresh()
{
    m_import->setEnabled(false);
    if (m_bytes.isEmpty() || chosenKind().isEmpty()) {
        m_model->setPreview(ImportPreview());
        if (!m_bytes.isEmpty()) {
            m_summary->setText(tr("Choose what the file holds."));
            m_summary->setStyleSheet(QString());
        }
        return false;
    }
    QProgressDialog progress(tr("Reading %1…").arg(QFileInfo(m_path).fileName()), tr("Cancel"), 0, 1, this);
    const Importer::Options options = runOptions(&progress);
    ImportPreview preview;
    const bool acceptable = preview.make(m_db, m_bytes, m_path, chosenKind(), options);
    progress.reset();
    m_model->setPreview(preview);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 360));
    }
    m_reason->setEnabled(chosenKind() == QLatin1String("results"));

    const ImportReport& report = preview.report();
    const QStringList whole = preview.fileProblems();
    if (acceptable) {
        m_summary->setText(tr("%n line(s): %1 new, %2 changed, %3 unchanged.", nullptr, report.rows)
                               .arg(report.inserted)
                               .arg(report.updated)
                               .arg(report.unchanged)
                           + (report.inserted + report.updated == 0 ? tr(" Nothing to import.") : QString()));
        m_summary->setStyleSheet(QString());
    } else {
        const int refused
            = int(std::count_if(preview.lines().cbegin(), preview.lines().cend(), [](const ImportPreview::Line& l) {
                  return l.status == ImportPreview::Status::Refused;
              }));
        QString text = tr("Nothing would be imported: %n line(s) refused. The whole file is imported or none of it.",
                          nullptr, refused);
        if (!whole.isEmpty()) {
            text = tr("Nothing would be imported: %1").arg(whole.join(QStringLiteral("; ")));
        }
        if (report.errors.size() >= 200) {
            text += tr(" Only the first 200 problems are shown.");
        }
        m_summary->setText(text);
        m_summary->setStyleSheet(kRefusedStyle);
        // The first refused line is where the reader's eye should go.
        if (m_show->currentIndex() == 0 && refused > 0) {
            m_show->setCurrentIndex(1);
        }
    }
    m_import->setEnabled(acceptable && report.inserted + report.updated > 0);
    return acceptable;
}

void ImportDialog::showOnly(int which)
{
    static const QStringList patterns = {QString(), QStringLiteral("^refused$"), QStringLiteral("^(new|changed)$")};
    m_filter->setFilterRegularExpression(QRegularExpression(patterns.value(which)));
}

bool ImportDialog::importNow()
{
    if (m_bytes.isEmpty() || chosenKind().isEmpty()) {
        return false;
    }
    const std::unique_ptr<Importer> importer = Importers::create(chosenKind(), m_db);
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(m_path).fileName()), tr("Cancel"), 0, 1, this);
    const Importer::Options options = runOptions(&progress);
    ImportReport report;
    // The bytes that were shown, not the file as it may be now.
    const bool done = importer->run(m_bytes, m_path, options, &report);
    progress.reset();
    if (!done) {
        QMessageBox box(QMessageBox::Warning, windowTitle(),
                        tr("Nothing was imported: %1")
                            .arg(report.errors.isEmpty() ? tr("the import failed") : report.errors.first().toString()),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("importMessage"));
        box.exec();
        refresh();
        return false;
    }
    m_imported = report.written;
    m_outcome = report.backup.isEmpty() ? report.summary()
                                        : tr("%1. The database as it was before the import: %2")
                                              .arg(report.summary(), QDir::toNativeSeparators(report.backup));
    m_summary->setText(tr("Imported: %1").arg(m_outcome));
    m_summary->setStyleSheet(QStringLiteral("color: #006000"));
    m_import->setEnabled(false);
    return true;
}

} // namespace dd
