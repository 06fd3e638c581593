#pragma once

#include "AdminForm.h"

#include "domain/Agency.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace paht::ui {

// A handling agency to create or change: code (fixed once made), name, kind, processing limit of 1 to 5
// working days, and its leader in charge and focal person, each with a title, phone and e-mail
//
class AgencyDialog final : public AdminForm
{
    Q_OBJECT

public:
    explicit AgencyDialog(QWidget* parent = nullptr); // a new agency
    explicit AgencyDialog(const Agency& agency, QWidget* parent = nullptr);

    bool isNew() const { return m_new; }
    Agency agency() const;

private:
    struct ContactFields
    {
        QLineEdit* name;
        QLineEdit* title;
        QLineEdit* phone;
        QLineEdit* email;
    };

    void build();
    ContactFields addContact(const QString& heading, const QString& field);
    static AgencyContact contactOf(const ContactFields& fields);
    static void fill(const ContactFields& fields, const AgencyContact& contact);

    bool m_new;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_limit = nullptr;
    ContactFields m_leader{};
    ContactFields m_focal{};
};

} // namespace paht::ui
