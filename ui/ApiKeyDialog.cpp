#include "ApiKeyDialog.h"

#include "items/ApiKeyTableModel.h"
#include "items/DirectoryForms.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <algorithm>

namespace paht::ui {

ApiKeyDialog::ApiKeyDialog(const QList<Agency>& agencies, QWidget* parent)
    //: Window title (R-21). Vietnamese: "Tạo khóa API"
    : AdminForm(tr("New API key"), parent), m_name(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_agency(new QComboBox(this))
{
    QFormLayout* form = addForm();
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(DirectoryForms::kMaxApiKeyName);
    //: Vietnamese: "vd. smart-quang-ninh"
    m_name->setPlaceholderText(tr("e.g. smart-quang-ninh"));
    //: The name of an API key. Vietnamese: "Tên khóa:"
    form->addRow(tr("&Name:"), m_name);
    registerField(QStringLiteral("name"), m_name);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString& kind : {ApiKeyEntry::kCitizenApp, ApiKeyEntry::kAgencySystem})
        m_kind->addItem(ApiKeyTableModel::kindName(kind), kind);
    //: Vietnamese: "Dùng cho:"
    form->addRow(tr("&Used by:"), m_kind);
    registerField(QStringLiteral("kind"), m_kind);
    m_agency->setObjectName(QStringLiteral("agency"));
    QList<Agency> sorted = agencies;
    std::sort(sorted.begin(), sorted.end(), [](const Agency& a, const Agency& b) { return a.name < b.name; });
    for (const Agency& agency : std::as_const(sorted))
        m_agency->addItem(QStringLiteral("%1 (%2)").arg(agency.name, agency.code), agency.code);
    //: Glossary: Cơ quan xử lý → "Cơ quan xử lý:"
    form->addRow(tr("&Agency:"), m_agency);
    registerField(QStringLiteral("agencyCode"), m_agency);
    auto* note = new QLabel(
        //: R-21. Vietnamese: "Phần mềm của cơ quan dùng khóa này sẽ hoạt động như một chuyên viên của cơ quan
        //: đó."
        tr("The software of an agency acts with this key as a specialist of that agency."), this);
    note->setWordWrap(true);
    body()->addWidget(note);
    //: Vietnamese: "Tạo khóa"
    setSaveText(tr("Create key"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ApiKeyDialog::kindChosen);
    kindChosen();
}

void ApiKeyDialog::kindChosen()
{
    m_agency->setEnabled(kind() == ApiKeyEntry::kAgencySystem);
}

QString ApiKeyDialog::name() const
{
    return m_name->text().trimmed();
}

QString ApiKeyDialog::kind() const
{
    return m_kind->currentData().toString();
}

QString ApiKeyDialog::agencyCode() const
{
    return kind() == ApiKeyEntry::kAgencySystem ? m_agency->currentData().toString() : QString();
}

} // namespace paht::ui
