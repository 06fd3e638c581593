#pragma once

#include "domain/Event.h"
#include "workflow/Directory.h"

#include <QCoreApplication>
#include <QString>

namespace paht {

// One sentence per step of a report's timeline, translated: "Dispatched to Sở Xây dựng",
// "Returned to the center by Sở Xây dựng: <reason>". Agency and category codes become names through the
// directory. An event type this build does not know still reads as a step, by its wire name.
class EventDescription
{
    Q_DECLARE_TR_FUNCTIONS(paht::EventDescription)

public:
    // Keeps a reference: the directory must outlive the description.
    explicit EventDescription(const Directory& directory) : m_directory(directory) {}

    QString describe(const Event& event) const;

private:
    QString agencyName(const QString& code) const;
    QString categoryName(const QString& code) const;
    QString intakeStep(const Event& event) const;
    QString agencyStep(const Event& event) const;
    QString closingStep(const Event& event) const;
    QString oversightStep(const Event& event) const;

    const Directory& m_directory;
};

} // namespace paht
