#include "AgencyDialog.h"

#include "items/DisplayNames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace paht::ui {

AgencyDialog::AgencyDialog(QWidget* parent)
    //: Window title. Glossary: Cơ quan xử lý → "Thêm cơ quan xử lý"
    : AdminForm(tr("New agency"), parent), m_new(true)
{
    build();
}

AgencyDialog::AgencyDialog(const Agency& agency, QWidget* parent)
    //: Window title; %1 an agency's name. Vietnamese: "Cơ quan xử lý: %1"
    : AdminForm(tr("Agency: %1").arg(agency.name), parent), m_new(false)
{
    build();
    m_code->setText(agency.code);
    m_code->setReadOnly(true);
    m_name->setText(agency.name);
    m_kind->setCurrentIndex(m_kind->findData(agencyKindName(agency.kind)));
    m_limit->setValue(agency.processingLimitDays);
    fill(m_leader, agency.leader);
    fill(m_focal, agency.focalPerson);
}

void AgencyDialog::build()
{
    QFormLayout* form = addForm();
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(32);
    //: Vietnamese: "Mã cơ quan:"
    form->addRow(tr("&Code:"), m_code);
    registerField(QStringLiteral("code"), m_code);
    // Codes are capitals (ADMIN_API.md); typing them so saves a refusal.
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int cursor = m_code->cursorPosition();
        m_code->setText(text.toUpper());
        m_code->setCursorPosition(cursor);
    });

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    //: Vietnamese: "Tên cơ quan:"
    form->addRow(tr("&Name:"), m_name);
    registerField(QStringLiteral("name"), m_name);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (AgencyKind kind : {AgencyKind::ProvincialDepartment, AgencyKind::CommunePeopleCommittee,
                            AgencyKind::CentralAgency, AgencyKind::PublicServiceCompany})
        m_kind->addItem(displayName(kind), agencyKindName(kind));
    //: Vietnamese: "Loại cơ quan:"
    form->addRow(tr("&Kind:"), m_kind);
    registerField(QStringLiteral("kind"), m_kind);

    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("processingLimitDays"));
    m_limit->setRange(1, Agency::kMaxProcessingDays);
    m_limit->setValue(Agency::kMaxProcessingDays);
    //: R-10: a number of working days follows. Glossary: Hạn xử lý, Ngày làm việc → "Thời hạn xử lý (ngày
    //: làm việc):"
    form->addRow(tr("&Processing limit (working days):"), m_limit);
    registerField(QStringLiteral("processingLimitDays"), m_limit);

    //: R-25. Glossary: Lãnh đạo → "Lãnh đạo phụ trách"
    m_leader = addContact(tr("Leader in charge"), QStringLiteral("leader"));
    //: R-25. Vietnamese: "Đầu mối"
    m_focal = addContact(tr("Focal person"), QStringLiteral("focalPerson"));
}

AgencyDialog::ContactFields AgencyDialog::addContact(const QString& heading, const QString& field)
{
    auto* group = new QGroupBox(heading, this);
    group->setObjectName(field);
    auto* form = new QFormLayout(group);
    ContactFields fields{new QLineEdit(group), new QLineEdit(group), new QLineEdit(group),
                         new QLineEdit(group)};
    const std::pair<QLineEdit*, QString> parts[] = {
        {fields.name, QStringLiteral("name")},
        {fields.title, QStringLiteral("title")},
        {fields.phone, QStringLiteral("phone")},
        {fields.email, QStringLiteral("email")},
    };
    for (const auto& [edit, part] : parts) {
        edit->setObjectName(field + QLatin1Char('.') + part);
        registerField(edit->objectName(), edit);
    }
    //: A contact person's full name. Vietnamese: "Họ và tên:"
    form->addRow(tr("Full name:"), fields.name);
    //: A contact person's position. Vietnamese: "Chức vụ:"
    form->addRow(tr("Title:"), fields.title);
    //: Vietnamese: "Điện thoại:"
    form->addRow(tr("Phone:"), fields.phone);
    //: Vietnamese: "Thư điện tử:"
    form->addRow(tr("E-mail:"), fields.email);
    body()->addWidget(group);
    return fields;
}

AgencyContact AgencyDialog::contactOf(const ContactFields& fields)
{
    return {fields.name->text().trimmed(), fields.title->text().trimmed(), fields.phone->text().trimmed(),
            fields.email->text().trimmed()};
}

void AgencyDialog::fill(const ContactFields& fields, const AgencyContact& contact)
{
    fields.name->setText(contact.name);
    fields.title->setText(contact.title);
    fields.phone->setText(contact.phone);
    fields.email->setText(contact.email);
}

Agency AgencyDialog::agency() const
{
    Agency agency;
    agency.code = m_code->text().trimmed();
    agency.name = m_name->text().trimmed();
    agencyKindFromName(m_kind->currentData().toString(), &agency.kind);
    agency.processingLimitDays = m_limit->value();
    agency.leader = contactOf(m_leader);
    agency.focalPerson = contactOf(m_focal);
    return agency;
}

} // namespace paht::ui
