#pragma once

#include <QDialog>

#include "engine/client/presentation.h"

class QCheckBox;
class QLineEdit;
class QListWidget;

// "Save as test": the test's name and what it asserts about the response the user got. The
// status (or the raised exception) always; the whole JSON body when ticked; and any of the
// body's fields, listed by JSON pointer with the value seen, that the user ticks.
class SaveTestDialog : public QDialog
{
    Q_OBJECT

public:
    SaveTestDialog(const Engine::Client::ResponseSummary &response, QWidget *parent = nullptr);

    QString testName() const;
    bool wholeBody() const;
    std::vector<std::string> fields() const; // the ticked JSON pointers

    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *wholeBodyCheckBox() const { return m_body; }
    QListWidget *fieldList() const { return m_fields; }

private:
    QLineEdit *m_name;
    QCheckBox *m_body;
    QListWidget *m_fields;
};
