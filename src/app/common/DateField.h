// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

namespace dd {

/**
 * A date typed as YYYY-MM-DD, or picked from a calendar (Alt+Down or the button).
 * An impossible date (2026-02-31) is refused as typed: it is never corrected into
 * another one; the field is marked and problem() says why, and date() stays the
 * last valid one until the text is a real date again.
 */
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    QDate date() const { return m_date; }
    /** Shows \a date; dateChanged() when it differs from the one before. */
    void setDate(const QDate& date);
    /** Why the typed text is not a date, or empty. */
    QString problem() const { return m_problem; }
    bool isAcceptable() const { return m_problem.isEmpty(); }

signals:
    /** A new valid date was typed (on Enter, on leaving the field, or complete), picked or set. */
    void dateChanged(const QDate& date);
    void problemChanged(const QString& problem);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void commit();
    void showCalendar();
    void setProblem(const QString& problem);

    QDate m_date;
    QString m_problem;
    QCalendarWidget* m_calendar = nullptr;
};

} // namespace dd
