#include "items/HoursProfileModel.h"

#include <QDate>
#include <QRegularExpression>

namespace paht {

namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

} // namespace

HoursProfileModel::HoursProfileModel(QObject* parent) : QAbstractTableModel(parent) {}

void HoursProfileModel::setProfiles(const QList<HoursProfile>& profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

QString HoursProfileModel::monthDayText(int month, int day)
{
    return QStringLiteral("%1/%2").arg(day, 2, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

QString HoursProfileModel::periodsText(const QList<WorkingPeriod>& periods)
{
    QStringList parts;
    for (const WorkingPeriod& period : periods)
        parts << period.toString();
    return parts.join(QLatin1String(", "));
}

bool HoursProfileModel::parseMonthDay(const QString& text, int* month, int* day)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    // A leap year, so that 29/02 is a day a profile may start or end on.
    const QDate date =
        match.hasMatch() ? QDate(2000, match.captured(2).toInt(), match.captured(1).toInt()) : QDate();
    if (!date.isValid())
        return false;
    *month = date.month();
    *day = date.day();
    return true;
}

bool HoursProfileModel::parsePeriods(const QString& text, QList<WorkingPeriod>* periods)
{
    static const QRegularExpression separator(QStringLiteral("[,;]"));
    static const QRegularExpression range(QStringLiteral("^(\\d{1,2}:\\d\\d)\\s*[-–]\\s*(\\d{1,2}:\\d\\d)$"));
    QList<WorkingPeriod> parsed;
    for (const QString& part : text.split(separator, Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = range.match(part.trimmed());
        if (!match.hasMatch())
            return false;
        const WorkingPeriod period{
            QTime::fromString(match.captured(1).rightJustified(5, QLatin1Char('0')), kTimeFormat),
            QTime::fromString(match.captured(2).rightJustified(5, QLatin1Char('0')), kTimeFormat)};
        if (!period.start.isValid() || !period.end.isValid())
            return false;
        parsed << period;
    }
    if (parsed.isEmpty())
        return false;
    *periods = parsed;
    return true;
}

int HoursProfileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int HoursProfileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HoursProfileModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const HoursProfile& profile = m_profiles[index.row()];
    switch (index.column()) {
    case NameColumn:
        return profile.name;
    case FromColumn:
        return monthDayText(profile.fromMonth, profile.fromDay);
    case ToColumn:
        return monthDayText(profile.toMonth, profile.toDay);
    case PeriodsColumn:
        return periodsText(profile.periods);
    }
    return {};
}

bool HoursProfileModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    HoursProfile profile = m_profiles[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case NameColumn:
        profile.name = text.trimmed();
        break;
    case FromColumn:
    case ToColumn: {
        int month = 0;
        int day = 0;
        if (!parseMonthDay(text, &month, &day)) {
            //: %1 what was typed. Vietnamese: "\"%1\" không phải là ngày/tháng (dd/MM), ví dụ 15/10."
            emit refused(tr("\"%1\" is not a day and month (dd/MM), e.g. 15/10.").arg(text));
            return false;
        }
        (index.column() == FromColumn ? profile.fromMonth : profile.toMonth) = month;
        (index.column() == FromColumn ? profile.fromDay : profile.toDay) = day;
        break;
    }
    case PeriodsColumn:
        if (!parsePeriods(text, &profile.periods)) {
            //: %1 what was typed. Vietnamese: "\"%1\" không phải là các khoảng giờ làm việc, ví dụ
            //: 07:30-11:30, 13:30-17:00."
            emit refused(
                tr("\"%1\" is not a list of office hours, e.g. 07:30-11:30, 13:30-17:00.").arg(text));
            return false;
        }
        break;
    default:
        return false;
    }
    if (profile == m_profiles[index.row()])
        return true;
    m_profiles[index.row()] = profile;
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags HoursProfileModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant HoursProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        //: Name of a season's office hours. Vietnamese: "Tên (mùa)"
        return tr("Season");
    case FromColumn:
        //: First day of the year the hours apply. Vietnamese: "Từ ngày (dd/MM)"
        return tr("From (dd/MM)");
    case ToColumn:
        //: Vietnamese: "Đến ngày (dd/MM)"
        return tr("To (dd/MM)");
    case PeriodsColumn:
        //: Glossary: Giờ làm việc → "Giờ làm việc"
        return tr("Office hours");
    }
    return {};
}

bool HoursProfileModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_profiles.size() || count < 1)
        return false;
    HoursProfile fresh;
    fresh.periods =
        row > 0 ? m_profiles[row - 1].periods : WorkingHours::standard().profiles().first().periods;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_profiles.insert(row, fresh);
    endInsertRows();
    return true;
}

bool HoursProfileModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_profiles.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_profiles.remove(row, count);
    endRemoveRows();
    return true;
}

} // namespace paht
