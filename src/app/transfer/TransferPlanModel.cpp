// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/transfer/TransferPlanModel.h"

#include "core/text/Decimal.h"

#include <QBrush>
#include <QColor>

namespace dd {

namespace {

const QColor kAllowed(0x1b, 0x7f, 0x3b);
const QColor kRefused(0x9e, 0x2a, 0x2b);
const QColor kReversed(0x70, 0x70, 0x70);

} // namespace

TransferPlanModel::TransferPlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TransferPlanModel::setTransfers(const TransferService::StudentTransfers& transfers)
{
    beginResetModel();
    m_transfers = transfers;
    endResetModel();
}

void TransferPlanModel::clear()
{
    setTransfers({});
}

int TransferPlanModel::allowedCount() const
{
    return int(m_transfers.plan.allowed().size());
}

QString TransferPlanModel::reasonText(TransferCandidate::Reason reason)
{
    switch (reason) {
    case TransferCandidate::Reason::None:
        return QString();
    case TransferCandidate::Reason::SourceMissing:
        return tr("a source course is missing");
    case TransferCandidate::Reason::SourceInProgress:
        return tr("a source course is in progress");
    case TransferCandidate::Reason::SourceUsed:
        return tr("the source result is already used");
    case TransferCandidate::Reason::GradeNotTransferable:
        return tr("the grade does not transfer");
    case TransferCandidate::Reason::GradeTooLow:
        return tr("grade too low");
    case TransferCandidate::Reason::TooOld:
        return tr("too old");
    case TransferCandidate::Reason::BeforeSourceEnd:
        return tr("decision date before the source term ended");
    case TransferCandidate::Reason::CreditShortfall:
        return tr("credit shortfall");
    case TransferCandidate::Reason::TargetTaken:
        return tr("target course already passed");
    case TransferCandidate::Reason::Cap:
        return tr("over the transfer cap");
    }
    return QString();
}

int TransferPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_transfers.plan.candidates.size() + m_transfers.recorded.size());
}

int TransferPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferPlanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int candidates = int(m_transfers.plan.candidates.size());
    if (index.row() < candidates) {
        return candidateData(m_transfers.plan.candidates.at(index.row()), index.column(), role);
    }
    return recordedData(m_transfers.recorded.at(index.row() - candidates), index.column(), role);
}

QVariant TransferPlanModel::candidateData(const TransferCandidate& c, int column, int role) const
{
    if (role == TransferIdRole) {
        return 0;
    }
    if (role == KindRole) {
        return c.allowed() ? QStringLiteral("allowed") : QStringLiteral("refused");
    }
    if (role == Qt::ForegroundRole && column == StatusColumn) {
        return QBrush(c.allowed() ? kAllowed : kRefused);
    }
    if (role == Qt::ToolTipRole && column == DetailColumn) {
        return c.detail;
    }
    if (role == Qt::TextAlignmentRole && column == CreditsColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case StatusColumn:
        return c.allowed() ? tr("allowed") : tr("refused");
    case SourceColumn: {
        QStringList parts;
        for (const TransferSource& s : c.sources) {
            parts.append(tr("%1 (%2, %3)").arg(s.code, s.term, s.mark.isEmpty() ? tr("in progress") : s.mark));
        }
        return parts.isEmpty() ? c.fromSpec() : parts.join(QStringLiteral(", "));
    }
    case TargetColumn:
        return c.equivalency.toSpec();
    case GradeColumn:
        return c.convertedGrade;
    case CreditsColumn:
        return Decimal::formatHalves(c.creditsHalves);
    case TableColumn:
        return c.conversionTable.isEmpty() ? QString()
                                           : QStringLiteral("%1 %2").arg(c.conversionTable, c.conversionVersion);
    case DetailColumn:
        return c.allowed() ? tr("equivalency version %1").arg(c.equivalency.version)
                           : QStringLiteral("%1: %2").arg(reasonText(c.reason), c.detail);
    case AsOfColumn:
        return c.asOf.toString(Qt::ISODate);
    default:
        return {};
    }
}

QVariant TransferPlanModel::recordedData(const TransferCredit& t, int column, int role) const
{
    if (role == TransferIdRole) {
        return t.id;
    }
    if (role == KindRole) {
        return t.isApplied() ? QStringLiteral("recorded") : QStringLiteral("reversed");
    }
    if (role == Qt::ForegroundRole) {
        return t.isApplied() ? QVariant() : QVariant(QBrush(kReversed));
    }
    if (role == Qt::TextAlignmentRole && column == CreditsColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case StatusColumn:
        return t.isApplied() ? tr("recorded") : tr("reversed");
    case SourceColumn:
        return t.fromCodes.join(QLatin1Char('+'));
    case TargetColumn:
        return t.targetCourseCode.isEmpty() ? t.targetCategory + tr(" (block)") : t.targetCourseCode;
    case GradeColumn:
        return t.convertedGrade;
    case CreditsColumn:
        return Decimal::formatHalves(t.creditsHalves);
    case TableColumn:
        return QStringLiteral("%1 %2").arg(t.conversionTable, t.conversionVersion);
    case DetailColumn: {
        if (!t.isApplied()) {
            return tr("reversed by %1: %2").arg(t.reversedBy, t.reason);
        }
        const QString decided = tr("version %1, by %2").arg(t.equivalencyVersion).arg(t.decidedBy);
        const QString passedIn = m_transfers.passedHere.value(t.id);
        return passedIn.isEmpty()
            ? decided
            : tr("%1; %2 also passed here in %3, credits counted once").arg(decided, t.targetCourseCode, passedIn);
    }
    case AsOfColumn:
        return t.asOf.toString(Qt::ISODate);
    default:
        return {};
    }
}

QVariant TransferPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("Source (term, mark)");
    case TargetColumn:
        return tr("Target");
    case GradeColumn:
        return tr("Converted grade");
    case CreditsColumn:
        return tr("Credits");
    case TableColumn:
        return tr("Conversion table");
    case DetailColumn:
        return tr("Reason / decision");
    case AsOfColumn:
        return tr("As of");
    default:
        return {};
    }
}

} // namespace dd
