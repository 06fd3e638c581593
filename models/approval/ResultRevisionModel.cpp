#include "approval/ResultRevisionModel.h"

#include "calendar/WorkingCalendar.h"

namespace paht {

ResultRevisionModel::ResultRevisionModel(QObject* parent) : QAbstractListModel(parent) {}

void ResultRevisionModel::setUsers(const QList<User>& users)
{
    m_displayNames.clear();
    for (const User& user : users) {
        if (!user.displayName.isEmpty())
            m_displayNames.insert(user.username, user.displayName);
    }
    if (!m_revisions.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

void ResultRevisionModel::setDisplayLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_revisions.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

// Revisions are only ever appended to a result, so a longer history of the same result inserts rows.
void ResultRevisionModel::setRevisions(const QList<ResultRevision>& revisions)
{
    if (revisions == m_revisions)
        return;
    const bool appended = revisions.size() > m_revisions.size() &&
                          std::equal(m_revisions.cbegin(), m_revisions.cend(), revisions.cbegin());
    const auto diffOf = [&revisions](qsizetype row) {
        return TextDiff(row == 0 ? QString() : revisions.at(row - 1).text, revisions.at(row).text);
    };
    if (appended) {
        beginInsertRows({}, int(m_revisions.size()), int(revisions.size()) - 1);
        for (qsizetype row = m_revisions.size(); row < revisions.size(); ++row)
            m_diffs.append(diffOf(row));
        m_revisions = revisions;
        endInsertRows();
        return;
    }
    beginResetModel();
    m_revisions = revisions;
    m_diffs.clear();
    for (qsizetype row = 0; row < revisions.size(); ++row)
        m_diffs.append(diffOf(row));
    endResetModel();
}

QString ResultRevisionModel::author(const ResultRevision& revision) const
{
    return m_displayNames.value(revision.by, revision.by);
}

QString ResultRevisionModel::describe(int row) const
{
    const ResultRevision& revision = m_revisions.at(row);
    const QString when =
        m_locale.toString(revision.at.toTimeZone(WorkingCalendar::timeZone()), QLocale::ShortFormat);
    const QString kind = revision.kind == ResultRevision::Kind::Submitted
                             //: A revision of the result. Glossary: Chuyên viên → "Chuyên viên trình"
                             ? tr("submitted by the specialist")
                             //: A revision of the result. Glossary: Lãnh đạo → "Lãnh đạo sửa"
                             : tr("edited by the leader");
    if (row == 0)
        //: One revision of a result: when, who, what, e.g. "10/03/2026 09:10 · Nguyễn Văn A · submitted by
        //: the specialist"
        return tr("%1 · %2 · %3").arg(when, author(revision), kind);
    const TextDiff& diff = m_diffs.at(row);
    //: A later revision: when, who, what, and how many words it added and removed, e.g. "… · +3 −2 words"
    return tr("%1 · %2 · %3 · +%4 −%5 words")
        .arg(when, author(revision), kind)
        .arg(diff.insertedWords())
        .arg(diff.removedWords());
}

int ResultRevisionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_revisions.size());
}

QVariant ResultRevisionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResultRevision& revision = m_revisions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return describe(index.row());
    case KindRole:
        return static_cast<int>(revision.kind);
    case AuthorRole:
        return author(revision);
    case AtRole:
        return revision.at;
    case TextRole:
        return revision.text;
    case DiffHtmlRole:
        return index.row() == 0
                   ? revision.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                   : m_diffs.at(index.row()).toHtml();
    default:
        return {};
    }
}

QHash<int, QByteArray> ResultRevisionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(AuthorRole, "author");
    names.insert(AtRole, "at");
    names.insert(TextRole, "text");
    names.insert(DiffHtmlRole, "diffHtml");
    return names;
}

} // namespace paht
