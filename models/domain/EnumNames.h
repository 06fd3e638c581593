#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>

namespace paht {

// One table per enum gives both directions of its wire name, so a name cannot be spelled two ways.
template <typename E>
struct EnumName
{
    E value;
    const char* name; // snake_case, ASCII
};

template <typename E, std::size_t N>
QString enumToName(const std::array<EnumName<E>, N>& table, E value)
{
    for (const auto& entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

template <typename E, std::size_t N>
bool enumFromName(const std::array<EnumName<E>, N>& table, const QString& name, E* out)
{
    for (const auto& entry : table) {
        if (name == QLatin1String(entry.name)) {
            *out = entry.value;
            return true;
        }
    }
    return false;
}

template <typename E, std::size_t N>
QStringList enumNames(const std::array<EnumName<E>, N>& table)
{
    QStringList names;
    for (const auto& entry : table)
        names << QString::fromLatin1(entry.name);
    return names;
}

} // namespace paht
