#include "widgets/jsonhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

#include "widgets/colors.h"

JsonHighlighter::JsonHighlighter(QTextDocument *parent)
    : QSyntaxHighlighter(parent)
    , m_string(QStringLiteral(R"("(?:[^"\\]|\\.)*")"))
    , m_key(QStringLiteral(R"("(?:[^"\\]|\\.)*"\s*:)"))
    , m_number(QStringLiteral(R"(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)"))
    , m_literal(QStringLiteral(R"(\b(?:true|false|null)\b)"))
{}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const bool dark = Colors::isDark(QGuiApplication::palette());
    QTextCharFormat number, literal, string, key;
    number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
    string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x04, 0x51, 0xa5));
    const auto apply = [&](const QRegularExpression &re, const QTextCharFormat &f) {
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), f);
        }
    };
    apply(m_number, number);
    apply(m_literal, literal);
    apply(m_string, string);
    apply(m_key, key);
}
