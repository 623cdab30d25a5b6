// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QListWidget>

namespace dd {

/**
 * One term of a plan in the Plan tab: its courses, each dragged out as
 * "INSTITUTION, CODE, term index"; a course dropped from another term of the same
 * institution is handed to the view (courseDropped), which moves it and checks the
 * plan again. Courses of the other institution, and any course on a term already
 * under way, are not taken.
 */
class PlanTermList : public QListWidget
{
    Q_OBJECT

public:
    static constexpr const char* kMimeType = "application/x-dualdegree-plan-course";
    /** Item data roles. */
    enum Role { CodeRole = Qt::UserRole + 1, InstitutionRole };

    PlanTermList(int index, const QString& institution, bool underway, QWidget* parent = nullptr);

    int termIndex() const { return m_index; }
    QString institution() const { return m_institution; }

signals:
    void courseDropped(const QString& code, int fromTerm, int toTerm);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    bool takes(const QMimeData* mime, QString* code, int* from) const;

    int m_index;
    QString m_institution;
    bool m_underway;
};

} // namespace dd
