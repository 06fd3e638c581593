#include "RemindDialog.h"

#include "items/DisplayNames.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace paht::ui {

namespace {
constexpr int kGroupRole = Qt::UserRole;         // int: index into m_groups
constexpr int kCandidateRole = Qt::UserRole + 1; // int: index into the group's assignments
} // namespace

RemindDialog::RemindDialog(const QString& title, const QList<AgencyReminders>& groups, QWidget* parent)
    : QDialog(parent), m_groups(groups), m_tree(new QTreeWidget(this)), m_note(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    m_tree->setObjectName(QStringLiteral("reminderCandidates"));
    m_tree->setHeaderLabels({
        //: Column: agency, then its reports. Glossary: Cơ quan xử lý
        tr("Agency / report"),
        //: Column. Vietnamese: Tiêu đề
        tr("Title"),
        //: Column. Glossary: Hạn xử lý
        tr("Deadline"),
        //: Column: how many reminders were sent. Glossary: Nhắc nhở → "Đã nhắc"
        tr("Reminded"),
    });
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int g = 0; g < m_groups.size(); ++g) {
        const AgencyReminders& group = m_groups.at(g);
        auto* agency = new QTreeWidgetItem(m_tree);
        agency->setText(0, group.agencyName);
        //: An agency's late assignments; %1 overdue, %2 due soon. Glossary: Quá hạn, Sắp đến hạn → "%1 quá
        //: hạn, %2 sắp đến hạn"
        agency->setText(1, tr("%1 overdue, %2 due soon")
                               .arg(group.count(StageStatus::Overdue))
                               .arg(group.count(StageStatus::DueSoon)));
        agency->setData(0, kGroupRole, g);
        agency->setData(0, kCandidateRole, -1);
        agency->setFlags(agency->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        agency->setCheckState(0, Qt::Unchecked);
        for (int c = 0; c < group.assignments.size(); ++c) {
            const ReminderCandidate& candidate = group.assignments.at(c);
            auto* item = new QTreeWidgetItem(agency);
            item->setText(0, candidate.reportId);
            item->setText(1, candidate.title);
            item->setText(2, candidate.deadline.valid
                                 ? QStringLiteral("%1 — %2").arg(displayName(candidate.deadline.stage),
                                                                 candidate.deadline.text())
                                 : displayName(candidate.state));
            item->setForeground(2, candidate.deadline.color());
            item->setText(3, QString::number(candidate.reminders));
            item->setData(0, kGroupRole, g);
            item->setData(0, kCandidateRole, c);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Unchecked);
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_note->setObjectName(QStringLiteral("note"));

    auto* layout = new QVBoxLayout(this);
    if (m_groups.isEmpty()) {
        //: Vietnamese: "Không có phản ánh nào quá hạn hoặc sắp đến hạn."
        auto* empty = new QLabel(tr("Nothing is overdue or due soon."), this);
        empty->setObjectName(QStringLiteral("nothingLate"));
        layout->addWidget(empty);
    }
    layout->addWidget(m_tree);
    auto* form = new QFormLayout;
    //: The reminder's note to the agency (R-24). Vietnamese: "Nội dung nhắc nhở (không bắt buộc):"
    form->addRow(tr("Note to the agency (optional):"), m_note);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    //: Button (R-24). Glossary: Nhắc nhở, đôn đốc → "Nhắc nhở"
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Remind"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_tree, &QTreeWidget::itemChanged, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 480);
}

QTreeWidgetItem* RemindDialog::agencyItem(const QString& agencyCode) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (m_groups.at(item->data(0, kGroupRole).toInt()).agencyCode == agencyCode)
            return item;
    }
    return nullptr;
}

void RemindDialog::setChecked(const QString& reportId, const QString& agencyCode, bool checked)
{
    QTreeWidgetItem* agency = agencyItem(agencyCode);
    for (int i = 0; agency && i < agency->childCount(); ++i) {
        if (agency->child(i)->text(0) == reportId)
            agency->child(i)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    }
}

void RemindDialog::setAgencyChecked(const QString& agencyCode, bool checked)
{
    if (QTreeWidgetItem* agency = agencyItem(agencyCode))
        agency->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

void RemindDialog::setNote(const QString& note)
{
    m_note->setText(note);
}

QString RemindDialog::note() const
{
    return m_note->text().trimmed();
}

QList<ReminderCandidate> RemindDialog::chosen() const
{
    QList<ReminderCandidate> chosen;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* agency = m_tree->topLevelItem(i);
        for (int c = 0; c < agency->childCount(); ++c) {
            const QTreeWidgetItem* item = agency->child(c);
            if (item->checkState(0) == Qt::Checked)
                chosen << m_groups.at(item->data(0, kGroupRole).toInt())
                              .assignments.at(item->data(0, kCandidateRole).toInt());
        }
    }
    return chosen;
}

bool RemindDialog::canAccept() const
{
    return !chosen().isEmpty();
}

} // namespace paht::ui
