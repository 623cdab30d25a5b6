// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/policy/PolicySet.h"

#include <QObject>

#include <memory>

namespace dd {

class Database;

/**
 * The database the window works on, owned here, and the regulations read from it.
 * Views subscribe to its signals (follow()) instead of being handed the database:
 * aboutToClose() lets them let go of it before the connection goes, opened() gives
 * them a new one, actingUserChanged() says that what they show and offer must
 * be read again for another user, and recordsChanged() that records changed outside them.
 */
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(QObject* parent = nullptr);
    ~DatabaseSession() override;

    /** The open database, or nullptr. */
    Database* database() const { return m_db.get(); }
    bool isOpen() const { return m_db != nullptr; }
    /** The regulations of the open database (empty when none is open). */
    const PolicySet& policies() const { return m_policies; }

    /** Replaces the open database (if any) by \a db with its \a policies. */
    void open(std::unique_ptr<Database> db, const PolicySet& policies);
    /** Closes the open database (if any). */
    void close();
    /** Tells the views that the acting user changed (a login as someone else). */
    void actingUserHasChanged();
    /** Tells the views that records changed outside them (an import): read them again. */
    void recordsHaveChanged();

signals:
    /** The open database is about to go: let go of it now. */
    void aboutToClose();
    /** A database was opened (database() is it). */
    void opened();
    /** The acting user changed: read again what depends on the role. */
    void actingUserChanged();
    /** Records changed outside the views: read them again. */
    void recordsChanged();

private:
    std::unique_ptr<Database> m_db;
    PolicySet m_policies;
};

/**
 * Makes \a view follow \a session: setDatabase(nullptr) before the database goes,
 * setDatabase(database) when one is opened or another user acts.
 */
template<typename View> void followSession(DatabaseSession* session, View* view)
{
    QObject::connect(session, &DatabaseSession::aboutToClose, view, [view]() { view->setDatabase(nullptr); });
    QObject::connect(session, &DatabaseSession::opened, view,
                     [session, view]() { view->setDatabase(session->database()); });
    QObject::connect(session, &DatabaseSession::actingUserChanged, view,
                     [session, view]() { view->setDatabase(session->database()); });
    QObject::connect(session, &DatabaseSession::recordsChanged, view,
                     [session, view]() { view->setDatabase(session->database()); });
}

} // namespace dd
