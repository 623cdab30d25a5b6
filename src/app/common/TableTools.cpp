// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/common/TableTools.h"

#include "data/db/Database.h"
#include "data/import/ListExport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QTextDocument>
#include <QTreeView>

#include <algorithm>

namespace dd {

namespace {

/** Whether \a cell reads as a quantity (not an identifier made of digits: no leading zero, at most 6 digits before
 * the point). */
bool quantity(const QString& cell)
{
    bool ok = false;
    cell.toDouble(&ok);
    const qsizetype point = cell.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? cell : cell.left(point);
    const QString digits = whole.startsWith(QLatin1Char('-')) ? whole.mid(1) : whole;
    return ok && !digits.isEmpty() && digits.size() <= 6
        && (digits.size() == 1 || !digits.startsWith(QLatin1Char('0')));
}

/** Numbers where every cell of a column is a quantity, ISO dates where every cell is one; text otherwise. */
QList<Table::Type> typesOf(const Table& t)
{
    QList<Table::Type> types;
    for (int c = 0; c < t.headers.size(); ++c) {
        bool numbers = true;
        bool dates = true;
        bool any = false;
        for (const QStringList& row : t.rows) {
            const QString cell = row.value(c).trimmed();
            if (cell.isEmpty()) {
                continue;
            }
            any = true;
            numbers = numbers && quantity(cell);
            dates = dates && cell.size() == 10 && QDate::fromString(cell, Qt::ISODate).isValid();
        }
        types << (!any          ? Table::Type::Text
                      : dates   ? Table::Type::Date
                      : numbers ? Table::Type::Number
                                : Table::Type::Text);
    }
    return types;
}

} // namespace

TableTools* TableTools::attach(QAbstractItemView* view, const Options& options)
{
    return new TableTools(view, options);
}

TableTools::TableTools(QAbstractItemView* view, const Options& options)
    : QObject(view)
    , m_view(view)
    , m_options(options)
    , m_menu(new QMenu(view))
{
    m_menu->setObjectName(QStringLiteral("tableMenu"));
    if (m_options.open) {
        QAction* open = m_menu->addAction(tr("&Open"));
        open->setObjectName(QStringLiteral("tableOpen"));
        connect(open, &QAction::triggered, this, [this] {
            if (m_view->currentIndex().isValid()) {
                m_options.open(m_view->currentIndex().row());
            }
        });
        m_menu->addSeparator();
    }
    QAction* copy = m_menu->addAction(tr("&Copy Rows"));
    copy->setObjectName(QStringLiteral("tableCopy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(copy);
    connect(copy, &QAction::triggered, this, &TableTools::copy);
    QAction* exportSelection = m_menu->addAction(tr("Export &Selection…"));
    exportSelection->setObjectName(QStringLiteral("tableExportSelection"));
    connect(exportSelection, &QAction::triggered, this, [this] { askAndExport(true); });
    QAction* exportAll = m_menu->addAction(tr("&Export the List…"));
    exportAll->setObjectName(QStringLiteral("tableExportAll"));
    connect(exportAll, &QAction::triggered, this, [this] { askAndExport(false); });
    QAction* print = m_menu->addAction(tr("&Print Preview…"));
    print->setObjectName(QStringLiteral("tablePrint"));
    connect(print, &QAction::triggered, this, &TableTools::printPreview);

    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& at) { m_menu->popup(m_view->viewport()->mapToGlobal(at)); });
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header(), &QWidget::customContextMenuRequested, this, &TableTools::showHeaderMenu);
}

QHeaderView* TableTools::header() const
{
    if (auto* tree = qobject_cast<QTreeView*>(m_view)) {
        return tree->header();
    }
    return static_cast<QTableView*>(m_view)->horizontalHeader();
}

bool TableTools::isColumnHidden(int column) const
{
    return header()->isSectionHidden(column);
}

void TableTools::setColumnHidden(int column, bool hidden) const
{
    header()->setSectionHidden(column, hidden);
}

void TableTools::collect(const QModelIndex& parent, int level, QList<QPair<QModelIndex, int>>* rows) const
{
    QAbstractItemModel* model = m_view->model();
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        rows->append({index, level});
        collect(index, level + 1, rows);
    }
}

Table TableTools::table(bool selectedOnly) const
{
    QAbstractItemModel* model = m_view->model();
    Table t;
    t.sheet = m_options.name;
    if (!model) {
        return t;
    }
    // A paged model gives the rest of its rows first: "the list" is all of it.
    while (!selectedOnly && model->canFetchMore(QModelIndex())) {
        model->fetchMore(QModelIndex());
    }
    QList<int> columns;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (!isColumnHidden(c)) {
            columns << c;
            t.headers << model->headerData(c, Qt::Horizontal).toString();
        }
    }
    // The rows with their level (a table's are all 0).
    QList<QPair<QModelIndex, int>> rows;
    if (selectedOnly && m_view->selectionModel()) {
        QModelIndexList selected = m_view->selectionModel()->selectedRows();
        if (selected.isEmpty() && m_view->currentIndex().isValid()) {
            selected << m_view->currentIndex().siblingAtColumn(0);
        }
        // In the order shown: a tree's rows in the order of the whole walk.
        QList<QPair<QModelIndex, int>> all;
        collect(QModelIndex(), 0, &all);
        const QSet<QModelIndex> chosen(selected.cbegin(), selected.cend());
        for (const auto& [index, level] : std::as_const(all)) {
            if (chosen.contains(index)) {
                rows.append({index, level});
            }
        }
    } else {
        collect(QModelIndex(), 0, &rows);
    }
    for (const auto& [index, level] : std::as_const(rows)) {
        QStringList row;
        for (const int c : std::as_const(columns)) {
            row << index.siblingAtColumn(c).data(Qt::DisplayRole).toString();
        }
        if (level > 0 && !row.isEmpty()) {
            row.first().prepend(QString(level * 2, QLatin1Char(' ')));
        }
        t.rows << row;
    }
    t.types = typesOf(t);
    return t;
}

QString TableTools::selectedText() const
{
    const Table t = table(true);
    QStringList lines;
    for (const QStringList& row : t.rows) {
        QStringList cells;
        for (QString cell : row) {
            cells << cell.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void TableTools::copy() const
{
    QApplication::clipboard()->setText(selectedText());
}

bool TableTools::exportTo(const QString& path, bool selectedOnly, const QString& recipient, const QString& purpose,
                          Error* error) const
{
    Database* db = m_options.database ? m_options.database() : nullptr;
    if (!db) {
        *error = Error::invalid(tr("no database is open"));
        return false;
    }
    const Table t = table(selectedOnly);
    QStringList students;
    if (m_options.student && !t.rows.isEmpty() && !m_options.student().isEmpty()) {
        students << m_options.student();
    }
    if (m_options.studentColumn >= 0) {
        const QString header = m_view->model()->headerData(m_options.studentColumn, Qt::Horizontal).toString();
        const int at = int(t.headers.indexOf(header));
        for (const QStringList& row : t.rows) {
            const QString id = at >= 0 ? row.value(at) : QString();
            if (!id.isEmpty() && !students.contains(id)) {
                students << id;
            }
        }
        if (at < 0 && !t.rows.isEmpty()) {
            *error = Error::invalid(tr("show the student column before exporting: the disclosure log names the"
                                       " students a file carries"));
            return false;
        }
    }
    return ListExport::writeTable(*db, t, m_options.name, path, students, recipient, purpose, error);
}

void TableTools::askAndExport(bool selectedOnly)
{
    QString recipient;
    QString purpose;
    if (m_options.studentColumn >= 0 || m_options.student) {
        QDialog ask(m_view);
        ask.setObjectName(QStringLiteral("disclosureDialog"));
        ask.setWindowTitle(tr("Export Personal Data"));
        auto* form = new QFormLayout(&ask);
        auto* note = new QLabel(tr("The list names students. It leaves only for a named recipient and purpose, which"
                                   " the disclosure log records with the file."),
                                &ask);
        note->setWordWrap(true);
        form->addRow(note);
        auto* to = new QLineEdit(&ask);
        to->setObjectName(QStringLiteral("disclosureRecipient"));
        auto* why = new QLineEdit(&ask);
        why->setObjectName(QStringLiteral("disclosurePurpose"));
        form->addRow(tr("&Recipient:"), to);
        form->addRow(tr("&Purpose:"), why);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
        connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        form->addRow(buttons);
        if (ask.exec() != QDialog::Accepted) {
            return;
        }
        recipient = to->text();
        purpose = why->text();
    }
    const QString path = QFileDialog::getSaveFileName(m_view, tr("Export"), m_options.name + QStringLiteral(".xlsx"),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    Error error;
    if (!exportTo(path, selectedOnly, recipient, purpose, &error)) {
        QMessageBox::warning(m_view, tr("Export"), tr("Nothing was exported: %1").arg(error.message()));
    }
}

QString TableTools::html() const
{
    const Table t = table(false);
    // A list about one student (transfers, an audit) names the student in its title.
    QString title = m_options.title.isEmpty() ? m_options.name : m_options.title;
    const QString student = m_options.student ? m_options.student() : QString();
    if (!student.isEmpty()) {
        title = QStringLiteral("%1 — %2").arg(title, student);
    }
    QString out
        = QStringLiteral("<h3>%1</h3><p>%2</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>")
              .arg(title.toHtmlEscaped(), QDate::currentDate().toString(Qt::ISODate));
    for (const QString& h : t.headers) {
        out += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    }
    out += QStringLiteral("</tr></thead>");
    for (const QStringList& row : t.rows) {
        out += QStringLiteral("<tr>");
        for (const QString& cell : row) {
            // A tree's level (leading spaces) stays visible; HTML would fold the spaces away.
            const qsizetype indent
                = cell.size() - QString(cell).remove(QRegularExpression(QStringLiteral("^ +"))).size();
            const QString text = QStringLiteral("&nbsp;").repeated(indent * 2) + cell.mid(indent).toHtmlEscaped();
            // Codes, numbers and dates are never broken across lines; longer text wraps.
            out += cell.size() <= 16 ? QStringLiteral("<td style=\"white-space: nowrap\">%1</td>").arg(text)
                                     : QStringLiteral("<td>%1</td>").arg(text);
        }
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</table>");
}

void TableTools::print(QPrinter* printer) const
{
    QTextDocument doc;
    QFont font = doc.defaultFont();
    font.setPointSizeF(8);
    doc.setDefaultFont(font);
    doc.setHtml(html());
    // Laid out on the printer's page, in points: what fits the preview fits the paper.
    doc.setPageSize(printer->pageLayout().paintRectPoints().size());
    doc.print(printer);
}

void TableTools::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog preview(&printer, m_view);
    preview.setObjectName(QStringLiteral("tablePrintPreview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { print(p); });
    preview.exec();
}

void TableTools::showHeaderMenu(const QPoint& at)
{
    QMenu columns(m_view);
    columns.setObjectName(QStringLiteral("columnChooser"));
    QAbstractItemModel* model = m_view->model();
    for (int c = 0; model && c < model->columnCount(); ++c) {
        QAction* a = columns.addAction(model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool shown) { setColumnHidden(c, !shown); });
    }
    columns.exec(header()->mapToGlobal(at));
}

} // namespace dd
