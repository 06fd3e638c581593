#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace paht {

// One run of a text difference: text both versions share, or text only the later (Inserted) or only the
// earlier (Removed) version has.
struct DiffSegment
{
    enum class Kind
    {
        Equal,
        Inserted,
        Removed
    };
    Kind kind = Kind::Equal;
    QString text;

    friend bool operator==(const DiffSegment& a, const DiffSegment& b)
    {
        return a.kind == b.kind && a.text == b.text;
    }
    friend bool operator!=(const DiffSegment& a, const DiffSegment& b) { return !(a == b); }
};

// The word-level difference between two versions of a result text, so the leader's edit shows as what
// was struck out and what was written in and stays readable in the history.
//
// Both texts are compared in Unicode NFC, so "ộ" typed as one code point or as o + two combining marks
// is the same letter. A token is a word (letters, digits and their combining marks), a run of
// whitespace, or one punctuation mark; the shortest edit between the token lists is Myers' O(ND)
// algorithm in linear space. Within a change, what was removed comes before what was inserted, and a
// lone space between two changes joins them, so "a b" → "c d" reads as one replacement.
class TextDiff
{
public:
    TextDiff() = default;
    TextDiff(const QString& before, const QString& after);

    const QList<DiffSegment>& segments() const { return m_segments; }
    bool isUnchanged() const;
    int insertedWords() const { return m_insertedWords; }
    int removedWords() const { return m_removedWords; }
    // The two versions rebuilt from the segments (in NFC).
    QString before() const;
    QString after() const;

    // The later version with removals struck through on red and insertions underlined on green; every
    // character of the texts is escaped, line breaks become <br>.
    QString toHtml() const;

    static QStringList tokenize(const QString& text);

private:
    QList<DiffSegment> m_segments;
    int m_insertedWords = 0;
    int m_removedWords = 0;
};

} // namespace paht
