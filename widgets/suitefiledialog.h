#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

// A suite file opened at the line and column a problem names, the problem above it, the
// line marked; the file can be fixed and saved in place (atomically: a failed save leaves the
// old file as it was).
class SuiteFileDialog : public QDialog
{
    Q_OBJECT

public:
    SuiteFileDialog(const QString &path, int line, int column, const QString &problem,
                    QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    // 1-based, where the cursor is.
    int cursorLine() const;
    int cursorColumn() const;
    // Writes the editor's text back (atomically); true when it was written, else the status line
    // says why and the text stays in the editor.
    bool save();

    // Esc and Close with unsaved edits ask first: save, discard, or stay.
    void reject() override;

signals:
    void saved(const QString &path);

private:
    QString m_path;
    QString m_savedText; // what the file holds: the editor differs from it when edited
    QPlainTextEdit *m_editor;
    QLabel *m_status;
};
