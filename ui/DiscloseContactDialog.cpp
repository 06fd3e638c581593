#include "DiscloseContactDialog.h"

#include "calendar/WorkingCalendar.h"
#include "items/ActionSet.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paht::ui {

DiscloseContactDialog::DiscloseContactDialog(const Report& report, const QList<ContactRequest>& pending,
                                             const QStringList& agencies, const Directory& directory,
                                             QWidget* parent)
    : QDialog(parent), m_requests(new QListWidget(this)), m_agency(new QComboBox(this)),
      m_reason(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(ActionSet::label(QStringLiteral("disclose_contact")));
    const auto nameOf = [&directory](const QString& code) {
        const auto agency = directory.agencies.constFind(code);
        return agency == directory.agencies.constEnd() ? code : agency->name;
    };
    auto* layout = new QVBoxLayout(this);
    //: %1 a report number, %2 its title. Vietnamese: "Phản ánh %1: %2"
    layout->addWidget(new QLabel(tr("Report %1: %2").arg(report.id, report.title), this));
    if (report.confidentiality != Confidentiality::Public) {
        auto* warning = new QLabel(
            //: R-4: a confidential reporter's identity never leaves the center. Glossary: Giữ bí mật
            tr("The reporter asked for confidentiality: the agency will still not see the contact (R-4). "
               "Give it only by other means and only if the reporter agrees."),
            this);
        warning->setObjectName(QStringLiteral("confidentialWarning"));
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: #8a1f11"));
        layout->addWidget(warning);
    }
    //: Heading (R-27). Vietnamese: "Cơ quan đề nghị cung cấp thông tin liên hệ:"
    layout->addWidget(new QLabel(tr("Requests from the agencies:"), this));
    m_requests->setObjectName(QStringLiteral("contactRequests"));
    const QLocale locale;
    for (const ContactRequest& request : pending) {
        //: A request; %1 agency, %2 reason, %3 when. Vietnamese: "%1: %2 (%3)"
        auto* item =
            new QListWidgetItem(tr("%1: %2 (%3)")
                                    .arg(nameOf(request.agencyCode), request.reason,
                                         locale.toString(request.at.toTimeZone(WorkingCalendar::timeZone()),
                                                         QLocale::ShortFormat)),
                                m_requests);
        item->setData(Qt::UserRole, request.agencyCode);
    }
    if (pending.isEmpty())
        //: Vietnamese: "(chưa có đề nghị)"
        m_requests->addItem(tr("(no request)"));
    m_requests->setMaximumHeight(110);
    layout->addWidget(m_requests);

    m_agency->setObjectName(QStringLiteral("agency"));
    for (const QString& code : agencies)
        m_agency->addItem(nameOf(code), code);
    m_agency->setCurrentIndex(-1);
    //: Vietnamese: "Cung cấp cho cơ quan:"
    layout->addWidget(new QLabel(tr("Give the contact to:"), this));
    layout->addWidget(m_agency);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    layout->addWidget(new QLabel(
        //: R-27: each disclosure is recorded. Vietnamese: "Lý do cung cấp (được ghi lại):"
        tr("Reason for the disclosure (recorded):"), this));
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);

    connect(m_requests, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item && !item->data(Qt::UserRole).toString().isEmpty())
            chooseAgency(item->data(Qt::UserRole).toString());
    });
    connect(m_agency, &QComboBox::currentIndexChanged, this, &DiscloseContactDialog::updateOk);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DiscloseContactDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The oldest request the center may still answer comes first.
    for (const ContactRequest& request : pending) {
        if (agencies.contains(request.agencyCode)) {
            chooseAgency(request.agencyCode);
            break;
        }
    }
    if (agencies.size() == 1)
        chooseAgency(agencies.first());
    updateOk();
    resize(540, 420);
}

QString DiscloseContactDialog::agencyCode() const
{
    return m_agency->currentData().toString();
}

void DiscloseContactDialog::chooseAgency(const QString& agencyCode)
{
    m_agency->setCurrentIndex(m_agency->findData(agencyCode));
}

void DiscloseContactDialog::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

bool DiscloseContactDialog::canAccept() const
{
    return !agencyCode().isEmpty() && !m_reason->toPlainText().trimmed().isEmpty();
}

void DiscloseContactDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

QJsonObject DiscloseContactDialog::payload() const
{
    return {{QStringLiteral("agencyCode"), agencyCode()},
            {QStringLiteral("reason"), m_reason->toPlainText().trimmed()}};
}

} // namespace paht::ui
