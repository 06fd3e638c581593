#pragma once

#include "items/SlaPolicyDraft.h"
#include "workflow/Directory.h"

#include <QDialog>
#include <QList>
#include <QMap>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace paht {
class SlaOverrideModel;
}

namespace paht::ui {

// The administrator's SLA policy editor (issue [5/6] item 4): each stage's time limit and "due soon"
// threshold (R-8 … R-14; R-10: handling in working days, at most 5), the overrides per handling agency
// and per category, and whether intake pauses while the center clarifies with the reporter. Every
// edit goes through the draft, whose refusal shows next to its field; saving waits until none is left.
// Saving is the controller's (TimeRulesScreen): the dialog asks for it.
class SlaPolicyEditor final : public QDialog
{
    Q_OBJECT

public:
    // `directory` names the agencies and categories an override may apply to.
    SlaPolicyEditor(const SlaPolicy& current, const Directory& directory, QWidget* parent = nullptr);
    ~SlaPolicyEditor() override;

    const SlaPolicyDraft& draft() const { return m_draft; }

    // The controller's answers to saveRequested.
    void setSaving();
    void saved(const QString& message);
    void saveFailed(const QString& message);

signals:
    void saveRequested();

private:
    struct StageRow
    {
        SlaStage stage;
        QSpinBox* amount;
        QComboBox* unit;
        QSpinBox* dueSoon;
        QLabel* problem;
    };

    QWidget* buildStages();
    QWidget* buildOverrides();
    void editDuration(const StageRow& row);
    void editDueSoon(const StageRow& row);
    void fillCodes();
    void addOverride();
    void removeOverride();
    // Shows the outcome of an edit next to its field; a field with a problem holds saving back.
    void note(const RuleProblem& problem, QLabel* label);
    void updateSaveButton();
    void setStatus(const QString& message, bool isProblem);

    SlaPolicyDraft m_draft;
    Directory m_directory;
    QList<StageRow> m_stages;
    QMap<QString, QString> m_problems; // field → message, while refused
    QCheckBox* m_pauses = nullptr;
    SlaOverrideModel* m_overrides = nullptr;
    QTableView* m_overrideTable = nullptr;
    QComboBox* m_scope = nullptr;
    QComboBox* m_code = nullptr;
    QComboBox* m_overrideStage = nullptr;
    QSpinBox* m_overrideAmount = nullptr;
    QComboBox* m_overrideUnit = nullptr;
    QLabel* m_overrideProblem = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    bool m_saving = false;
};

} // namespace paht::ui
