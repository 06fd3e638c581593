#include "approval/TextDiff.h"

#include <QHash>

#include <optional>
#include <vector>

namespace paht {

namespace {

using Kind = DiffSegment::Kind;

enum class CharClass
{
    Word,
    Space,
    Mark // punctuation and symbols: one token each
};

CharClass classOf(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return CharClass::Word; // a combining tone mark belongs to its letter
    default:
        break;
    }
    if (QChar::isLetterOrNumber(c))
        return CharClass::Word;
    return QChar::isSpace(c) ? CharClass::Space : CharClass::Mark;
}

char32_t codePointAt(const QString& text, qsizetype i, qsizetype* width)
{
    const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
    *width = pair ? 2 : 1;
    return pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
}

bool isWord(const QString& token)
{
    qsizetype width = 0;
    return !token.isEmpty() && classOf(codePointAt(token, 0, &width)) == CharClass::Word;
}

int countWords(const QString& text)
{
    int words = 0;
    for (const QString& token : TextDiff::tokenize(text))
        words += isWord(token) ? 1 : 0;
    return words;
}

// The edit script between two token lists: for each token, whether both versions have it (an index into
// `a`), or only `a` (Removed, index into `a`) or only `b` (Inserted, index into `b`), in text order.
class EditScript
{
public:
    struct Edit
    {
        Kind kind;
        int index;
    };

    EditScript(const std::vector<int>& a, const std::vector<int>& b) : m_a(a), m_b(b)
    {
        compare(0, int(a.size()), 0, int(b.size()));
    }

    const std::vector<Edit>& edits() const { return m_edits; }

private:
    void compare(int aLo, int aHi, int bLo, int bHi)
    {
        while (aLo < aHi && bLo < bHi && m_a[aLo] == m_b[bLo]) {
            m_edits.push_back({Kind::Equal, aLo});
            ++aLo;
            ++bLo;
        }
        int suffix = 0;
        while (aLo < aHi - suffix && bLo < bHi - suffix && m_a[aHi - 1 - suffix] == m_b[bHi - 1 - suffix])
            ++suffix;
        aHi -= suffix;
        bHi -= suffix;
        if (aLo == aHi || bLo == bHi)
            replace(aLo, aHi, bLo, bHi);
        else
            bisect(aLo, aHi, bLo, bHi);
        for (int i = 0; i < suffix; ++i)
            m_edits.push_back({Kind::Equal, aHi + i});
    }

    void replace(int aLo, int aHi, int bLo, int bHi)
    {
        for (int i = aLo; i < aHi; ++i)
            m_edits.push_back({Kind::Removed, i});
        for (int i = bLo; i < bHi; ++i)
            m_edits.push_back({Kind::Inserted, i});
    }

    // Myers' middle snake: walks the shortest edit path from both ends at once until they overlap, then
    // solves the two halves on each side of that point. Linear space, O((N+M)·D) time.
    void bisect(int aLo, int aHi, int bLo, int bHi)
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int maxD = (n + m + 1) / 2;
        const int offset = maxD + 1;
        const int length = 2 * maxD + 3;
        std::vector<int> forward(length, -1);
        std::vector<int> backward(length, -1);
        forward[offset + 1] = 0;
        backward[offset + 1] = 0;
        const int delta = n - m;
        // With an odd delta the forward path meets the backward one; with an even delta the reverse.
        const bool forwardMeets = delta % 2 != 0;
        int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
        for (int d = 0; d < maxD; ++d) {
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                const int at = offset + k1;
                int x1 = (k1 == -d || (k1 != d && forward[at - 1] < forward[at + 1])) ? forward[at + 1]
                                                                                      : forward[at - 1] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && m_a[aLo + x1] == m_b[bLo + y1]) {
                    ++x1;
                    ++y1;
                }
                forward[at] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (forwardMeets) {
                    const int other = offset + delta - k1;
                    if (other >= 0 && other < length && backward[other] != -1 && x1 >= n - backward[other]) {
                        split(aLo, aHi, bLo, bHi, x1, y1);
                        return;
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                const int at = offset + k2;
                int x2 = (k2 == -d || (k2 != d && backward[at - 1] < backward[at + 1]))
                             ? backward[at + 1]
                             : backward[at - 1] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && m_a[aHi - 1 - x2] == m_b[bHi - 1 - y2]) {
                    ++x2;
                    ++y2;
                }
                backward[at] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!forwardMeets) {
                    const int other = offset + delta - k2;
                    if (other >= 0 && other < length && forward[other] != -1) {
                        const int x1 = forward[other];
                        const int y1 = x1 - (other - offset);
                        if (x1 >= n - x2) {
                            split(aLo, aHi, bLo, bHi, x1, y1);
                            return;
                        }
                    }
                }
            }
        }
        replace(aLo, aHi, bLo, bHi); // nothing in common
    }

    void split(int aLo, int aHi, int bLo, int bHi, int x, int y)
    {
        compare(aLo, aLo + x, bLo, bLo + y);
        compare(aLo + x, aHi, bLo + y, bHi);
    }

    const std::vector<int>& m_a;
    const std::vector<int>& m_b;
    std::vector<Edit> m_edits;
};

// A run of shared text, or one change: what it removed and what it inserted.
struct Piece
{
    bool equal = true;
    QString text; // equal pieces
    QString removed;
    QString inserted;

    bool isReplacement() const { return !equal && !removed.isEmpty() && !inserted.isEmpty(); }
};

bool isJoiningSpace(const Piece& piece)
{
    if (!piece.equal || piece.text.contains(QLatin1Char('\n')))
        return false;
    for (const QChar c : piece.text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

QList<Piece> piecesOf(const QStringList& before, const QStringList& after,
                      const std::vector<EditScript::Edit>& edits)
{
    QList<Piece> pieces;
    for (const EditScript::Edit& edit : edits) {
        const bool equal = edit.kind == Kind::Equal;
        if (pieces.isEmpty() || pieces.last().equal != equal)
            pieces.append(Piece{equal, {}, {}, {}});
        Piece& piece = pieces.last();
        if (edit.kind == Kind::Equal)
            piece.text += before.at(edit.index);
        else if (edit.kind == Kind::Removed)
            piece.removed += before.at(edit.index);
        else
            piece.inserted += after.at(edit.index);
    }
    // "a b" → "c d" is one replacement, not two with a kept space between them.
    for (int i = 1; i + 1 < pieces.size();) {
        if (isJoiningSpace(pieces.at(i)) && pieces.at(i - 1).isReplacement() &&
            pieces.at(i + 1).isReplacement()) {
            Piece& into = pieces[i - 1];
            into.removed += pieces.at(i).text + pieces.at(i + 1).removed;
            into.inserted += pieces.at(i).text + pieces.at(i + 1).inserted;
            pieces.remove(i, 2);
        } else {
            ++i;
        }
    }
    return pieces;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

QStringList TextDiff::tokenize(const QString& text)
{
    QStringList tokens;
    qsizetype i = 0;
    std::optional<CharClass> current;
    while (i < text.size()) {
        qsizetype width = 0;
        const CharClass kind = classOf(codePointAt(text, i, &width));
        if (current == kind && kind != CharClass::Mark)
            tokens.last() += text.mid(i, width);
        else
            tokens.append(text.mid(i, width));
        current = kind;
        i += width;
    }
    return tokens;
}

TextDiff::TextDiff(const QString& before, const QString& after)
{
    const QStringList a = tokenize(before.normalized(QString::NormalizationForm_C));
    const QStringList b = tokenize(after.normalized(QString::NormalizationForm_C));
    QHash<QString, int> ids;
    const auto intern = [&ids](const QStringList& tokens) {
        std::vector<int> out;
        out.reserve(size_t(tokens.size()));
        for (const QString& token : tokens) {
            auto known = ids.constFind(token);
            if (known == ids.cend())
                known = ids.insert(token, int(ids.size()));
            out.push_back(known.value());
        }
        return out;
    };
    const std::vector<int> aIds = intern(a);
    const std::vector<int> bIds = intern(b);
    const EditScript script(aIds, bIds);
    for (const Piece& piece : piecesOf(a, b, script.edits())) {
        if (piece.equal) {
            m_segments.append({Kind::Equal, piece.text});
            continue;
        }
        if (!piece.removed.isEmpty())
            m_segments.append({Kind::Removed, piece.removed});
        if (!piece.inserted.isEmpty())
            m_segments.append({Kind::Inserted, piece.inserted});
        m_removedWords += countWords(piece.removed);
        m_insertedWords += countWords(piece.inserted);
    }
}

bool TextDiff::isUnchanged() const
{
    for (const DiffSegment& segment : m_segments) {
        if (segment.kind != Kind::Equal)
            return false;
    }
    return true;
}

QString TextDiff::before() const
{
    QString text;
    for (const DiffSegment& segment : m_segments) {
        if (segment.kind != Kind::Inserted)
            text += segment.text;
    }
    return text;
}

QString TextDiff::after() const
{
    QString text;
    for (const DiffSegment& segment : m_segments) {
        if (segment.kind != Kind::Removed)
            text += segment.text;
    }
    return text;
}

QString TextDiff::toHtml() const
{
    QString html;
    for (const DiffSegment& segment : m_segments) {
        switch (segment.kind) {
        case Kind::Equal:
            html += escaped(segment.text);
            break;
        case Kind::Removed:
            html += QStringLiteral("<span style=\"background-color:#f9d0d0; color:#8a1010; "
                                   "text-decoration:line-through\">%1</span>")
                        .arg(escaped(segment.text));
            break;
        case Kind::Inserted:
            html += QStringLiteral("<span style=\"background-color:#c9efc9; color:#0b5a0b; "
                                   "text-decoration:underline\">%1</span>")
                        .arg(escaped(segment.text));
            break;
        }
    }
    return html;
}

} // namespace paht
