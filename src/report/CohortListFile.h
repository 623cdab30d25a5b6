// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/text/Error.h"
#include "data/services/CohortLists.h"

#include <QCoreApplication>
#include <QString>

namespace dd {

class Database;

/**
 * Writes a cohort's graduation or degree-committee list as PDF, xlsx or CSV (the
 * command line's `report` and the window's Reports): the list names every student of
 * the cohort, so the file and its entry in the disclosure log are written together or
 * neither, by a role that may export personal data.
 */
class CohortListFile
{
    Q_DECLARE_TR_FUNCTIONS(dd::CohortListFile)

public:
    struct Request
    {
        CohortLists::Kind kind = CohortLists::Kind::Graduation;
        int cohort = 0;
        QString institution;
        QString format; ///< pdf, xlsx or csv
        QString recipient; ///< empty: the institution's committee or graduation office
        QString purpose; ///< empty: "<kind> list of cohort <year>"
    };

    [[nodiscard]] static bool write(Database& db, const Request& request, const QString& path, CohortLists::List* list,
                                    Error* error);
};

} // namespace dd
