// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "data/import/Importers.h"

#include "data/import/CourseImporter.h"
#include "data/import/EquivalencyImporter.h"
#include "data/import/ExceptionImporter.h"
#include "data/import/MilestoneImporter.h"
#include "data/import/ResultImporter.h"
#include "data/import/StudentImporter.h"

namespace dd {
namespace Importers {

QStringList kinds()
{
    return {QStringLiteral("students"),      QStringLiteral("courses"),    QStringLiteral("results"),
            QStringLiteral("equivalencies"), QStringLiteral("milestones"), QStringLiteral("exceptions")};
}

std::unique_ptr<Importer> create(const QString& kind, Database& db)
{
    if (kind == QLatin1String("students")) {
        return std::make_unique<StudentImporter>(db);
    }
    if (kind == QLatin1String("courses")) {
        return std::make_unique<CourseImporter>(db);
    }
    if (kind == QLatin1String("results")) {
        return std::make_unique<ResultImporter>(db);
    }
    if (kind == QLatin1String("equivalencies")) {
        return std::make_unique<EquivalencyImporter>(db);
    }
    if (kind == QLatin1String("milestones")) {
        return std::make_unique<MilestoneImporter>(db);
    }
    if (kind == QLatin1String("exceptions")) {
        return std::make_unique<ExceptionImporter>(db);
    }
    return nullptr;
}

} // namespace Importers
} // namespace dd
