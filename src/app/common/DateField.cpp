// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/common/DateField.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QStyle>

namespace dd {

namespace {

const char* const kFormat = "yyyy-MM-dd";

} // namespace

DateField::DateField(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    setMaxLength(10);
    QAction* pick = addAction(style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    pick->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    connect(pick, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::editingFinished, this, &DateField::commit);
    connect(this, &QLineEdit::textEdited, this, [this](const QString& text) {
        // Marked while typing only once the text is complete; a half-typed date is not wrong yet.
        if (text.size() == 10 || text.isEmpty()) {
            commit();
        } else {
            setProblem(QString());
        }
    });
}

void DateField::setDate(const QDate& date)
{
    const bool changed = date != m_date;
    m_date = date;
    setText(date.isValid() ? date.toString(QLatin1String(kFormat)) : QString());
    setProblem(QString());
    if (changed) {
        emit dateChanged(date);
    }
}

void DateField::commit()
{
    const QString typed = text().trimmed();
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(typed, QLatin1String(kFormat));
    if (!shape.match(typed).hasMatch() || !date.isValid()) {
        setProblem(typed.isEmpty() ? tr("A date is needed (YYYY-MM-DD).")
                                   : tr("'%1' is not a date: write it as YYYY-MM-DD, e.g. %2.")
                                         .arg(typed, QDate::currentDate().toString(QLatin1String(kFormat))));
        return;
    }
    setProblem(QString());
    if (date != m_date) {
        m_date = date;
        emit dateChanged(date);
    }
}

void DateField::setProblem(const QString& problem)
{
    if (problem == m_problem) {
        return;
    }
    m_problem = problem;
    setToolTip(problem);
    // A red frame, as the other fields that refuse a value.
    setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #c62828; }"));
    emit problemChanged(problem);
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier)) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::showCalendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setObjectName(QStringLiteral("dateFieldCalendar"));
        connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate& date) {
            m_calendar->hide();
            setDate(date);
            setFocus();
        });
        connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
    }
    m_calendar->setSelectedDate(m_date.isValid() ? m_date : QDate::currentDate());
    m_calendar->move(mapToGlobal(QPoint(0, height())));
    m_calendar->show();
    m_calendar->setFocus();
}

} // namespace dd
