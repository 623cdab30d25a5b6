// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "core/text/FieldLimits.h"

namespace dd {
namespace FieldLimits {

QList<Column> storedColumns()
{
    auto c = [](const char* table, const char* column, int max) {
        return Column {QString::fromLatin1(table), QString::fromLatin1(column), max};
    };
    return {
        c("users", "display_name", kName),
        c("students", "family_name", kName),
        c("students", "given_name", kName),
        c("students", "name_zh", kName),
        c("students", "name_th", kName),
        c("students", "email", kEmail),
        c("students", "passport_no", kPassport),
        c("students", "national_id", kNationalId),
        c("courses", "title_en", kTitle),
        c("courses", "title_zh", kTitle),
        c("courses", "title_th", kTitle),
        c("grade_changes", "reason", kReason),
        c("equivalencies", "note", kNote),
        c("equivalencies", "reason", kReason),
        c("equivalency_evidence", "file_name", kFileName),
        c("transfer_credits", "reason", kReason),
        c("exceptions", "reason", kReason),
        c("exceptions", "approved_by", kApprover),
        c("milestones", "level", kMilestoneLevel),
        c("transcript_issues", "recipient", kRecipientPurpose),
        c("transcript_issues", "purpose", kRecipientPurpose),
        c("disclosures", "recipient", kRecipientPurpose),
        c("disclosures", "purpose", kRecipientPurpose),
        c("import_runs", "reason", kReason),
    };
}

} // namespace FieldLimits
} // namespace dd
