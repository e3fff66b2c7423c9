#include "widgets/suitefiledialog.h"

#include "widgets/colors.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBlock>
#include <QVBoxLayout>

SuiteFileDialog::SuiteFileDialog(const QString &path, int line, int column, const QString &problem,
                                 QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_editor(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("suiteFileDialog"));
    setWindowTitle(tr("%1 — line %2").arg(path).arg(line));
    m_editor->setObjectName(QStringLiteral("suiteFileEditor"));
    m_status->setObjectName(QStringLiteral("suiteFileStatusLabel"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *problemLabel = new QLabel(problem, this);
    problemLabel->setObjectName(QStringLiteral("suiteFileProblemLabel"));
    problemLabel->setWordWrap(true);
    problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        m_editor->setPlainText(QString::fromUtf8(file.readAll()));
    } else {
        m_editor->setReadOnly(true);
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    m_savedText = m_editor->toPlainText();
    // The problem's place: line and column are 1-based, columns count characters.
    const QTextBlock block = m_editor->document()->findBlockByNumber(std::max(0, line - 1));
    if (block.isValid()) {
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                            std::clamp(column - 1, 0, std::max(0, block.length() - 1)));
        m_editor->setTextCursor(cursor);
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(Colors::markBackground(Colors::Role::Danger));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(block);
        m_editor->setExtraSelections({mark});
        m_editor->centerCursor();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("suiteFileSaveButton"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(!m_editor->isReadOnly());
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(problemLabel);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 560);
    m_editor->setFocus();
}

int SuiteFileDialog::cursorLine() const
{
    return m_editor->textCursor().blockNumber() + 1;
}

int SuiteFileDialog::cursorColumn() const
{
    return m_editor->textCursor().positionInBlock() + 1;
}

bool SuiteFileDialog::save()
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->toPlainText().toUtf8()) < 0
        || !file.commit()) {
        m_status->setText(tr("Cannot save %1: %2").arg(m_path, file.errorString()));
        return false;
    }
    m_savedText = m_editor->toPlainText();
    m_status->setText(tr("Saved."));
    emit saved(m_path);
    return true;
}

void SuiteFileDialog::reject()
{
    if (m_editor->isReadOnly() || m_editor->toPlainText() == m_savedText) {
        QDialog::reject();
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Unsaved changes"),
                    tr("%1 has changes that are not saved.").arg(m_path),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("unsavedChangesBox"));
    ask.setDefaultButton(QMessageBox::Save);
    ask.setEscapeButton(QMessageBox::Cancel);
    switch (ask.exec()) {
    case QMessageBox::Save:
        if (save())
            accept(); // else not saved: the dialog stays with the text and says why
        return;
    case QMessageBox::Discard:
        QDialog::reject();
        return;
    default:
        return; // Cancel: back to the editor
    }
}
