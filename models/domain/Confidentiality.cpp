#include "domain/Confidentiality.h"

#include "domain/EnumNames.h"

namespace paht {

namespace {

constexpr std::array<EnumName<Confidentiality>, 3> kConfidentiality{{
    {Confidentiality::Public, "public"},
    {Confidentiality::Confidential, "confidential"},
    {Confidentiality::StateSecret, "state_secret"},
}};

} // namespace

QString confidentialityName(Confidentiality value)
{
    return enumToName(kConfidentiality, value);
}

bool confidentialityFromName(const QString& name, Confidentiality* out)
{
    return enumFromName(kConfidentiality, name, out);
}

} // namespace paht
