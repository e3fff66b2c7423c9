#pragma once

#include <QTableView>

// A table that says why it is empty ("No suite is open") instead of showing a blank grid,
// as QLineEdit's placeholder does for an empty field.
class PlaceholderTableView : public QTableView
{
    Q_OBJECT

public:
    explicit PlaceholderTableView(QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    // True when the placeholder is what the view shows now (no rows, some text).
    bool showsPlaceholder() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};
