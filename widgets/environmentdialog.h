#pragma once

#include <QDialog>

#include "widgets/environments.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

// File → Environments…: add, rename, duplicate and remove environments, each a base URL and
// the headers sent with every request. A secret header's value is masked (and kept in the
// keychain when saved); headers that usually carry secrets start out secret.
class EnvironmentDialog : public QDialog
{
    Q_OBJECT

public:
    // warning: shown at the top (secrets kept unencrypted), empty for none.
    EnvironmentDialog(const QList<Environment> &environments, const QString &warning,
                      QWidget *parent = nullptr);

    // The list as edited.
    QList<Environment> environments() const;
    // The first environment that cannot be used, and why; empty when all can.
    QString problem() const;

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QTableWidget *headersTable() const { return m_headers; }
    QCheckBox *insecureBox() const { return m_insecure; }
    QLabel *problemLabel() const { return m_problem; }
    void addEnvironment();
    void duplicateEnvironment();
    void removeEnvironment();
    void addHeader();
    // The value column as it reads on screen (masked for a secret).
    QString shownValue(int row) const;

private:
    void showEnvironment(int index);
    void storeEditor(); // the editor's fields into m_environments[m_current]
    void updateState();

    QList<Environment> m_environments;
    int m_current = -1;
    bool m_loading = false;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QTableWidget *m_headers;
    QCheckBox *m_insecure;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
    QWidget *m_editor;
};
