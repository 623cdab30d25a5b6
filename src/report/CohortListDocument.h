// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/policy/InstitutionPolicy.h"
#include "core/text/Error.h"
#include "data/services/CohortLists.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dd {

/**
 * A cohort's graduation or degree-committee list as a PDF the committee signs: A4
 * landscape, the institution's names and the list's title in its own language and in
 * English, one row per student (the header repeated on every page), the reasons for
 * those not eligible, the count, and lines for the chair's and the secretary's
 * signatures; page x of y.
 */
class CohortListDocument
{
    Q_DECLARE_TR_FUNCTIONS(dd::CohortListDocument)

public:
    [[nodiscard]] static bool writePdf(const CohortLists::List& list, const InstitutionPolicy& policy,
                                       const QDate& date, QByteArray* pdf, Error* error);
};

} // namespace dd
