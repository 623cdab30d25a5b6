// SPDX-FileCopyrightText: 2026 DualDegree contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/audit/AuditPanel.h"
#include "ui_AuditPanel.h"

#include "app/audit/AuditTreeModel.h"
#include "app/common/RoleNote.h"
#include "core/policy/InstitutionPolicy.h"
#include "core/text/Decimal.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace dd {

namespace {

/** Draws the progress column as a bar. */
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        const QVariant value = index.data(AuditTreeModel::ProgressRole);
        if (!value.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 3, -2, -3);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = value.toInt();
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

QString gpaRuleText(const InstitutionPolicy* policy)
{
    if (!policy) {
        return QString();
    }
    const InstitutionPolicy::GpaRule& g = policy->gpa();
    return AuditPanel::tr("%1 to %2 decimals; %3; transfers %4")
        .arg(g.rounding == InstitutionPolicy::Rounding::HalfUp ? AuditPanel::tr("rounded half-up")
                                                               : AuditPanel::tr("truncated"))
        .arg(g.decimals)
        .arg(g.attempts == InstitutionPolicy::AttemptsInGpa::Best ? AuditPanel::tr("best attempt counts")
                                                                  : AuditPanel::tr("every attempt counts"),
             g.transfersInGpa ? AuditPanel::tr("in the GPA") : AuditPanel::tr("not in the GPA (TR)"));
}

QString outcome(bool eligible)
{
    return eligible ? QStringLiteral("<b style='color:#1b7f3b'>%1</b>").arg(AuditPanel::tr("eligible"))
                    : QStringLiteral("<b style='color:#9e2a2b'>%1</b>").arg(AuditPanel::tr("not yet"));
}

} // namespace

AuditPanel::AuditPanel(QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::AuditPanel>())
{
    m_ui->setupUi(this);
    m_model = new AuditTreeModel(this);
    m_ui->requirementTree->setModel(m_model);
    m_ui->requirementTree->setItemDelegateForColumn(AuditTreeModel::ProgressColumn, new ProgressDelegate(this));
    m_ui->requirementTree->header()->setStretchLastSection(true);
    connect(m_ui->programmeCombo, &QComboBox::currentIndexChanged, this, &AuditPanel::whatIfChanged);
    // Two panels stand side by side, so their buttons carry no mnemonic (it would be pressed
    // twice); with the focus in a panel, Ctrl+E adds an exception and Ctrl+Shift+E revokes one.
    for (const auto& [button, keys] :
         {std::pair {m_ui->addExceptionButton, QKeySequence(Qt::CTRL | Qt::Key_E)},
          std::pair {m_ui->revokeExceptionButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}}) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        QPushButton* target = button;
        connect(action, &QAction::triggered, target, [target]() {
            if (target->isEnabled()) {
                target->click();
            }
        });
    }
    connect(m_ui->addExceptionButton, &QPushButton::clicked, this,
            [this]() { emit exceptionRequested(m_institution, selectedRequirement()); });
    connect(m_ui->revokeExceptionButton, &QPushButton::clicked, this,
            [this]() { emit revokeRequested(m_institution, selectedRequirement()); });
    clear();
}

AuditPanel::~AuditPanel() = default;

void AuditPanel::setProgrammes(const QString& institution, const QString& title, const QStringList& codes)
{
    m_institution = institution;
    setObjectName(QStringLiteral("auditPanel%1").arg(institution));
    setTitle(title);
    const QSignalBlocker blocker(m_ui->programmeCombo);
    m_ui->programmeCombo->clear();
    m_ui->programmeCombo->addItem(tr("the student's own catalogue"), QString());
    for (const QString& code : codes) {
        m_ui->programmeCombo->addItem(tr("what-if: %1").arg(code), code);
    }
}

void AuditPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QString title = this->title();
        m_ui->retranslateUi(this);
        setTitle(title); // the institution's name, set from its policy
        for (int i = 0; i < m_ui->programmeCombo->count(); ++i) {
            const QString code = m_ui->programmeCombo->itemData(i).toString();
            m_ui->programmeCombo->setItemText(
                i, code.isEmpty() ? tr("the student's own catalogue") : tr("what-if: %1").arg(code));
        }
    }
    QGroupBox::changeEvent(event);
}

QString AuditPanel::whatIf() const
{
    return m_ui->programmeCombo->currentData().toString();
}

QString AuditPanel::selectedRequirement() const
{
    return m_ui->requirementTree->currentIndex().data(AuditTreeModel::IdRole).toString();
}

void AuditPanel::clear()
{
    m_model->setResult(AuditResult());
    m_ui->gpaLabel->clear();
    m_ui->outcomeLabel->clear();
    m_ui->notesLabel->clear();
    m_ui->creditsBar->setRange(0, 1);
    m_ui->creditsBar->setValue(0);
    m_ui->creditsBar->setFormat(QString());
    m_ui->addExceptionButton->setEnabled(false);
    m_ui->revokeExceptionButton->setEnabled(false);
}

void AuditPanel::showProblem(const QString& message)
{
    clear();
    m_ui->outcomeLabel->setText(message.toHtmlEscaped());
}

void AuditPanel::showResult(const AuditResult& result, const InstitutionPolicy* policy)
{
    m_model->setResult(result);
    m_ui->requirementTree->expandAll();
    for (int c = 0; c < AuditTreeModel::DetailColumn; ++c) {
        m_ui->requirementTree->resizeColumnToContents(c);
    }
    m_ui->requirementTree->setColumnWidth(AuditTreeModel::ProgressColumn, 110);

    m_ui->gpaLabel->setText(tr("%1%2 — GPA %3 (%4)")
                                .arg(result.programme, result.whatIf ? tr(" (what-if)") : QString(),
                                     result.gpa.isEmpty() ? tr("none yet") : result.gpa, gpaRuleText(policy)));
    m_ui->creditsBar->setRange(0, std::max(1, result.creditsRequiredHalves));
    m_ui->creditsBar->setValue(std::min(result.creditsEarnedHalves, std::max(1, result.creditsRequiredHalves)));
    m_ui->creditsBar->setFormat(tr("%1 of %2 credits earned")
                                    .arg(Decimal::formatHalves(result.creditsEarnedHalves),
                                         Decimal::formatHalves(result.creditsRequiredHalves)));

    QString outcomes
        = tr("Graduation: %1 · Degree: %2").arg(outcome(result.graduationEligible), outcome(result.degreeEligible));
    if (!result.honours.isEmpty()) {
        outcomes += QStringLiteral(" · ") + tr("Honours: <b>%1</b>").arg(honoursText(result.honours).toHtmlEscaped());
    }
    // Every disqualifier is kept; the first few are shown, all of them in the tooltip.
    const int shown = 3;
    for (int i = 0; i < result.honoursReasons.size() && i < shown; ++i) {
        outcomes += QStringLiteral("<br>") + tr("No honours: %1").arg(result.honoursReasons.at(i).toHtmlEscaped());
    }
    if (result.honoursReasons.size() > shown) {
        outcomes += QStringLiteral("<br>")
            + tr("… and %n more reason(s) (hover to see all)", nullptr, int(result.honoursReasons.size() - shown));
    }
    m_ui->outcomeLabel->setText(outcomes);
    m_ui->outcomeLabel->setToolTip(result.honoursReasons.isEmpty() ? QString()
                                                                   : tr("No honours:") + QStringLiteral("\n")
                                           + result.honoursReasons.join(QLatin1Char('\n')));

    QStringList notes;
    if (!result.inProgress.isEmpty()) {
        notes << tr("In progress: %1").arg(result.inProgress.join(QStringLiteral(", ")));
    }
    if (!result.fallthrough.isEmpty()) {
        notes << tr("Not used by any requirement: %1").arg(result.fallthrough.join(QStringLiteral(", ")));
    }
    for (const QString& n : result.exceptionNotes) {
        notes << tr("Exception not applied: %1").arg(n);
    }
    m_ui->notesLabel->setText(notes.join(QLatin1Char('\n')));
    m_ui->addExceptionButton->setEnabled(!result.whatIf && m_exceptionRefusal.isEmpty());
    m_ui->revokeExceptionButton->setEnabled(!result.whatIf && m_exceptionRefusal.isEmpty());
}

QString AuditPanel::honoursText(const QString& honours)
{
    if (honours == QLatin1String("first")) {
        return tr("first class");
    }
    if (honours == QLatin1String("second")) {
        return tr("second class");
    }
    return honours;
}

void AuditPanel::setExceptionRefusal(const QString& refusal)
{
    m_exceptionRefusal = refusal;
    RoleNote::show(m_ui->exceptionRoleNote, refusal.isEmpty() ? QStringList() : QStringList {refusal});
    if (!refusal.isEmpty()) {
        m_ui->addExceptionButton->setEnabled(false);
        m_ui->revokeExceptionButton->setEnabled(false);
    }
}

} // namespace dd
