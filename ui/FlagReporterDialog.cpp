#include "FlagReporterDialog.h"

#include "items/ActionSet.h"
#include "items/DisplayNames.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace paht::ui {

FlagReporterDialog::FlagReporterDialog(const Report& report, QWidget* parent)
    : QDialog(parent), m_current(report.reporterFlag), m_flags(new QButtonGroup(this)),
      m_note(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(ActionSet::label(QStringLiteral("flag_reporter")));
    auto* layout = new QVBoxLayout(this);
    //: %1 a report number, %2 the reporter's name. Vietnamese: "Phản ánh %1 của %2"
    layout->addWidget(new QLabel(tr("Report %1 from %2").arg(report.id, report.reporter.name), this));
    auto* current = new QLabel(
        //: R-28; %1 the current flag. Vietnamese: "Hiện tại: %1"
        tr("Now: %1").arg(displayName(m_current)), this);
    current->setObjectName(QStringLiteral("currentFlag"));
    layout->addWidget(current);
    for (const auto& [flag, name] : {std::pair{ReporterFlag::Valuable, "flag_valuable"},
                                     std::pair{ReporterFlag::FalseAbusive, "flag_false_abusive"},
                                     std::pair{ReporterFlag::None, "flag_none"}}) {
        auto* button = new QRadioButton(displayName(flag), this);
        button->setObjectName(QString::fromLatin1(name));
        m_flags->addButton(button, static_cast<int>(flag));
        layout->addWidget(button);
    }
    m_flags->button(static_cast<int>(m_current))->setChecked(true);
    m_note->setObjectName(QStringLiteral("note"));
    auto* form = new QFormLayout;
    //: Optional note with the flag (R-28). Vietnamese: "Ghi chú (không bắt buộc):"
    form->addRow(tr("Note (optional):"), m_note);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_flags, &QButtonGroup::idToggled, this,
            [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
}

ReporterFlag FlagReporterDialog::chosen() const
{
    return static_cast<ReporterFlag>(m_flags->checkedId());
}

void FlagReporterDialog::choose(ReporterFlag flag)
{
    m_flags->button(static_cast<int>(flag))->setChecked(true);
}

void FlagReporterDialog::setNote(const QString& note)
{
    m_note->setText(note);
}

bool FlagReporterDialog::canAccept() const
{
    return chosen() != m_current;
}

QJsonObject FlagReporterDialog::payload() const
{
    QJsonObject payload{{QStringLiteral("flag"), reporterFlagName(chosen())}};
    if (!m_note->text().trimmed().isEmpty())
        payload.insert(QStringLiteral("note"), m_note->text().trimmed());
    return payload;
}

} // namespace paht::ui
