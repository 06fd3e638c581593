#include "items/CommuneNames.h"

using namespace Qt::StringLiterals;

namespace paht {

QHash<QString, QString> communeNamesFrom(const Directory& directory)
{
    const QString codePrefix = u"UBND-"_s;
    const QString namePrefix = u"UBND "_s;
    QHash<QString, QString> names;
    for (const Agency& agency : directory.agencies) {
        if (agency.kind != AgencyKind::CommunePeopleCommittee || !agency.code.startsWith(codePrefix))
            continue;
        const QString name =
            agency.name.startsWith(namePrefix) ? agency.name.mid(namePrefix.size()).trimmed() : agency.name;
        names.insert(agency.code.mid(codePrefix.size()), name);
    }
    return names;
}

} // namespace paht
