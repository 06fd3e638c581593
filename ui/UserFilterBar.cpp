#include "UserFilterBar.h"

#include "items/DisplayNames.h"
#include "items/UserFilter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <algorithm>

namespace paht::ui {

UserFilterBar::UserFilterBar(UserFilter& filter, QWidget* parent)
    : QWidget(parent), m_filter(filter), m_text(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_agency(new QComboBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setObjectName(QStringLiteral("userFilter"));
    //: Placeholder of the user list's search box. Vietnamese: "Tìm theo tên đăng nhập, họ tên, cơ quan…"
    m_text->setPlaceholderText(tr("Find by username, name or agency…"));
    m_text->setClearButtonEnabled(true);
    layout->addWidget(m_text, 1);
    m_role->setObjectName(QStringLiteral("roleFilter"));
    //: Vietnamese: "Mọi vai trò"
    m_role->addItem(tr("All roles"), -1);
    for (const QString& name : roleNames()) {
        Role role = Role::IntakeOperator;
        roleFromName(name, &role);
        m_role->addItem(displayName(role), static_cast<int>(role));
    }
    layout->addWidget(m_role);
    m_agency->setObjectName(QStringLiteral("agencyFilter"));
    setAgencies({});
    layout->addWidget(m_agency);
    connect(m_text, &QLineEdit::textChanged, this, &UserFilterBar::apply);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UserFilterBar::apply);
    connect(m_agency, &QComboBox::currentIndexChanged, this, &UserFilterBar::apply);
}

void UserFilterBar::setAgencies(const QList<Agency>& agencies)
{
    const QString chosen = m_agency->currentData().toString();
    const QSignalBlocker quiet(m_agency);
    m_agency->clear();
    //: Glossary: Cơ quan xử lý → "Mọi cơ quan"
    m_agency->addItem(tr("All agencies"), QString());
    QList<Agency> sorted = agencies;
    std::sort(sorted.begin(), sorted.end(), [](const Agency& a, const Agency& b) { return a.name < b.name; });
    for (const Agency& agency : std::as_const(sorted))
        m_agency->addItem(agency.name, agency.code);
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(chosen)));
    apply();
}

void UserFilterBar::apply()
{
    m_filter.setText(m_text->text());
    const int role = m_role->currentData().toInt();
    m_filter.setRole(role < 0 ? std::nullopt : std::optional<Role>(static_cast<Role>(role)));
    m_filter.setAgency(m_agency->currentData().toString());
}

} // namespace paht::ui
