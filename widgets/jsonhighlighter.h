#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

// Colours JSON text: keys, strings, numbers, literals. Lexical only; it decides nothing.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *parent);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_string, m_key, m_number, m_literal;
};
