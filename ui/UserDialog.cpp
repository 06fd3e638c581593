#include "UserDialog.h"

#include "items/DisplayNames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <algorithm>

namespace paht::ui {

UserDialog::UserDialog(const QList<Agency>& agencies, QWidget* parent)
    //: Window title. Vietnamese: "Tạo tài khoản"
    : AdminForm(tr("New account"), parent), m_new(true)
{
    build(agencies);
}

UserDialog::UserDialog(const User& user, const QList<Agency>& agencies, QWidget* parent)
    //: Window title; %1 a username. Vietnamese: "Sửa tài khoản %1"
    : AdminForm(tr("Account %1").arg(user.username), parent), m_new(false), m_original(user)
{
    build(agencies);
    m_username->setText(user.username);
    m_username->setReadOnly(true);
    m_name->setText(user.displayName);
    m_role->setCurrentIndex(m_role->findData(roleName(user.role)));
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(user.agencyCode)));
    m_clearance->setChecked(user.stateSecretClearance);
    roleChosen();
}

void UserDialog::build(const QList<Agency>& agencies)
{
    QFormLayout* form = addForm();
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(32);
    //: Vietnamese: "Tên đăng nhập:"
    form->addRow(tr("&Username:"), m_username);
    registerField(QStringLiteral("username"), m_username);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("displayName"));
    //: Vietnamese: "Họ và tên:"
    form->addRow(tr("Full &name:"), m_name);
    registerField(QStringLiteral("displayName"), m_name);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (const QString& name : roleNames()) {
        Role role = Role::IntakeOperator;
        roleFromName(name, &role);
        m_role->addItem(displayName(role), name);
    }
    //: Vietnamese: "Vai trò:"
    form->addRow(tr("&Role:"), m_role);
    registerField(QStringLiteral("role"), m_role);

    m_agency = new QComboBox(this);
    m_agency->setObjectName(QStringLiteral("agency"));
    //: No agency: an account of the Operations Center. Vietnamese: "(Không: tài khoản của Trung tâm)"
    m_agency->addItem(tr("(none: an account of the center)"), QString());
    QList<Agency> sorted = agencies;
    std::sort(sorted.begin(), sorted.end(), [](const Agency& a, const Agency& b) { return a.name < b.name; });
    for (const Agency& agency : std::as_const(sorted))
        m_agency->addItem(QStringLiteral("%1 (%2)").arg(agency.name, agency.code), agency.code);
    //: Glossary: Cơ quan xử lý → "Cơ quan xử lý:"
    form->addRow(tr("&Agency:"), m_agency);
    registerField(QStringLiteral("agencyCode"), m_agency);

    //: R-17. Glossary: Bí mật nhà nước → "Được xem phản ánh có nội dung bí mật nhà nước"
    m_clearance = new QCheckBox(tr("May see reports holding state secrets"), this);
    m_clearance->setObjectName(QStringLiteral("clearance"));
    form->addRow(QString(), m_clearance);
    registerField(QStringLiteral("stateSecretClearance"), m_clearance);

    if (m_new) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("password"));
        m_password->setEchoMode(QLineEdit::Password);
        //: Vietnamese: "Mật khẩu ban đầu:"
        form->addRow(tr("First &password:"), m_password);
        registerField(QStringLiteral("password"), m_password);
        m_repeated = new QLineEdit(this);
        m_repeated->setObjectName(QStringLiteral("passwordRepeated"));
        m_repeated->setEchoMode(QLineEdit::Password);
        //: Vietnamese: "Nhập lại mật khẩu:"
        form->addRow(tr("Password &again:"), m_repeated);
        registerField(QStringLiteral("passwordRepeated"), m_repeated);
    }
    connect(m_role, &QComboBox::currentIndexChanged, this, &UserDialog::roleChosen);
    roleChosen();
}

// Only an agency role belongs to an agency (User::fromJson's rule).
void UserDialog::roleChosen()
{
    Role role = Role::IntakeOperator;
    roleFromName(m_role->currentData().toString(), &role);
    m_agency->setEnabled(isAgencyRole(role));
    if (!isAgencyRole(role))
        m_agency->setCurrentIndex(0);
}

User UserDialog::user() const
{
    User user = m_original;
    user.username = m_username->text().trimmed();
    user.displayName = m_name->text().trimmed();
    roleFromName(m_role->currentData().toString(), &user.role);
    user.agencyCode = m_agency->currentData().toString();
    user.stateSecretClearance = m_clearance->isChecked();
    return user;
}

QString UserDialog::password() const
{
    return m_password ? m_password->text() : QString();
}

QString UserDialog::repeatedPassword() const
{
    return m_repeated ? m_repeated->text() : QString();
}

} // namespace paht::ui
