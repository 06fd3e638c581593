#pragma once

#include "items/DeadlineIndicator.h"

#include <QLabel>

namespace paht::ui {

// One deadline in words where a decision is taken: "Accept by 10/03/2026 09:10 — 5 working hours left",
// coloured as the queue badges. Hidden while the indicator is invalid (the step does not concern the user).
class DeadlineLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit DeadlineLabel(QWidget* parent = nullptr);

    void setDeadline(const QString& caption, const DeadlineIndicator& indicator);
    const DeadlineIndicator& indicator() const { return m_indicator; }

    // An instant as the office reads it: Asia/Ho_Chi_Minh, the locale's short form.
    static QString localTime(const QDateTime& instant);

private:
    DeadlineIndicator m_indicator;
};

} // namespace paht::ui
