#pragma once

#include <QString>

namespace paht {

// How far a report's content and result may travel.
enum class Confidentiality
{
    Public,       // public: the result is published and the process is on the public timeline
    Confidential, // confidential: the reporter asked; identity hidden outside the center, result to them only
    StateSecret,  // state_secret: nothing is published; only cleared people see the content
};

QString confidentialityName(Confidentiality value);
bool confidentialityFromName(const QString& name, Confidentiality* out);

} // namespace paht
