#include "widgets/environmentdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include "widgets/colors.h"

namespace {
enum Column { NameColumn, ValueColumn, SecretColumn };

bool isSecretRow(const QModelIndex &index)
{
    return index.siblingAtColumn(SecretColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

QString masked(const QString &value)
{
    return value.isEmpty() ? QString() : QString(8, QChar(0x2022));
}

// The value column: a secret reads as dots and is typed into a password field.
class ValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && isSecretRow(index))
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (isSecretRow(index))
            option->text = masked(index.data().toString());
    }
};
} // namespace

EnvironmentDialog::EnvironmentDialog(const QList<Environment> &environments, const QString &warning,
                                     QWidget *parent)
    : QDialog(parent)
    , m_environments(environments)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_headers(new QTableWidget(0, 3, this))
    , m_insecure(new QCheckBox(tr("Do not verify the TLS certificate (--insecure)"), this))
    , m_problem(new QLabel(this))
    , m_editor(new QWidget(this))
{
    setWindowTitle(tr("Environments"));
    setObjectName(QStringLiteral("environmentDialog"));
    m_list->setObjectName(QStringLiteral("environmentList"));
    m_list->setAccessibleName(tr("Environments"));
    m_name->setObjectName(QStringLiteral("environmentNameEdit"));
    m_name->setPlaceholderText(tr("staging"));
    m_url->setObjectName(QStringLiteral("environmentUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8000"));
    m_headers->setObjectName(QStringLiteral("environmentHeadersTable"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value"), tr("Secret")});
    m_headers->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_headers->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_headers->horizontalHeader()->setSectionResizeMode(SecretColumn,
                                                        QHeaderView::ResizeToContents);
    m_headers->setColumnWidth(NameColumn, 160);
    m_headers->verticalHeader()->hide();
    m_headers->setItemDelegateForColumn(ValueColumn, new ValueDelegate(m_headers));
    m_headers->setToolTip(tr("Sent with every request. A secret's value is masked here and kept "
                             "in the desktop's keychain."));
    m_problem->setObjectName(QStringLiteral("environmentProblemLabel"));
    m_problem->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addEnvironmentButton"));
    auto *duplicate = new QPushButton(tr("D&uplicate"), this);
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(QStringLiteral("removeEnvironmentButton"));
    connect(add, &QPushButton::clicked, this, &EnvironmentDialog::addEnvironment);
    connect(duplicate, &QPushButton::clicked, this, &EnvironmentDialog::duplicateEnvironment);
    connect(remove, &QPushButton::clicked, this, &EnvironmentDialog::removeEnvironment);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(duplicate);
    listButtons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *addHeaderButton = new QPushButton(tr("Add &header"), m_editor);
    addHeaderButton->setObjectName(QStringLiteral("addHeaderButton"));
    auto *removeHeader = new QPushButton(tr("Remove header"), m_editor);
    connect(addHeaderButton, &QPushButton::clicked, this, &EnvironmentDialog::addHeader);
    connect(removeHeader, &QPushButton::clicked, this, [this] {
        if (m_headers->currentRow() >= 0)
            m_headers->removeRow(m_headers->currentRow());
        storeEditor();
        updateState();
    });
    auto *headerButtons = new QHBoxLayout;
    headerButtons->addWidget(addHeaderButton);
    headerButtons->addWidget(removeHeader);
    headerButtons->addStretch(1);
    auto *form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Base URL:"), m_url);
    form->addRow(tr("Headers:"), m_headers);
    form->addRow(QString(), headerButtons);
    form->addRow(QString(), m_insecure);

    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addWidget(m_editor, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (!warning.isEmpty()) {
        auto *banner = new QLabel(warning, this);
        banner->setObjectName(QStringLiteral("environmentWarningLabel"));
        banner->setWordWrap(true);
        banner->setAutoFillBackground(true);
        banner->setPalette(Colors::hintPalette(palette()));
        banner->setMargin(6);
        layout->addWidget(banner);
    }
    layout->addLayout(body, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (const Environment &e : m_environments)
        m_list->addItem(e.name);
    connect(m_list, &QListWidget::currentRowChanged, this, &EnvironmentDialog::showEnvironment);
    for (QLineEdit *edit : {m_name, m_url})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            storeEditor();
            updateState();
        });
    connect(m_insecure, &QCheckBox::toggled, this, [this] { storeEditor(); });
    connect(m_headers, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading)
            return;
        // A header that usually carries a secret starts out secret (until unticked).
        if (item->column() == NameColumn && Environment::looksSecret(item->text())) {
            QTableWidgetItem *secret = m_headers->item(item->row(), SecretColumn);
            if (secret && !secret->data(Qt::UserRole).toBool()) {
                m_loading = true;
                secret->setCheckState(Qt::Checked);
                m_loading = false;
            }
        }
        if (item->column() == SecretColumn) {
            item->setData(Qt::UserRole, true); // chosen by hand: left alone from now on
            m_headers->viewport()->update();   // the value is masked or shown
        }
        storeEditor();
        updateState();
    });
    m_list->setCurrentRow(m_environments.isEmpty() ? -1 : 0);
    showEnvironment(m_list->currentRow());
    resize(760, 420);
}

QList<Environment> EnvironmentDialog::environments() const
{
    return m_environments;
}

QString EnvironmentDialog::problem() const
{
    for (int i = 0; i < m_environments.size(); ++i) {
        QList<Environment> others = m_environments;
        others.removeAt(i);
        const QString why = m_environments[i].problem(others);
        if (!why.isEmpty())
            return m_environments[i].name.trimmed().isEmpty()
                       ? why
                       : tr("%1: %2").arg(m_environments[i].name.trimmed(), why);
    }
    return {};
}

void EnvironmentDialog::addEnvironment()
{
    Environment e;
    QStringList names;
    for (const Environment &other : m_environments)
        names << other.name;
    e.name = tr("local");
    for (int n = 2; names.contains(e.name); ++n)
        e.name = tr("local %1").arg(n);
    e.baseUrl = QStringLiteral("http://127.0.0.1:8000");
    m_environments << e;
    m_list->addItem(e.name);
    m_list->setCurrentRow(int(m_environments.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void EnvironmentDialog::duplicateEnvironment()
{
    if (m_current < 0)
        return;
    Environment e = m_environments[m_current];
    e.name = tr("%1 (copy)").arg(e.name);
    m_environments << e;
    m_list->addItem(e.name);
    m_list->setCurrentRow(int(m_environments.size()) - 1);
}

void EnvironmentDialog::removeEnvironment()
{
    const int row = m_current;
    if (row < 0)
        return;
    m_current = -1; // the editor's fields belong to the one removed
    m_environments.removeAt(row);
    delete m_list->takeItem(row);
    showEnvironment(m_list->currentRow());
    updateState();
}

void EnvironmentDialog::addHeader()
{
    if (m_current < 0)
        return;
    m_loading = true;
    const int row = m_headers->rowCount();
    m_headers->insertRow(row);
    m_headers->setItem(row, NameColumn, new QTableWidgetItem);
    m_headers->setItem(row, ValueColumn, new QTableWidgetItem);
    auto *secret = new QTableWidgetItem;
    secret->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    secret->setCheckState(Qt::Unchecked);
    m_headers->setItem(row, SecretColumn, secret);
    m_loading = false;
    m_headers->setCurrentCell(row, NameColumn);
    m_headers->editItem(m_headers->item(row, NameColumn));
    storeEditor();
}

QString EnvironmentDialog::shownValue(int row) const
{
    const QModelIndex index = m_headers->model()->index(row, ValueColumn);
    return isSecretRow(index) ? masked(index.data().toString()) : index.data().toString();
}

void EnvironmentDialog::showEnvironment(int index)
{
    m_current = index;
    m_loading = true;
    const bool any = index >= 0 && index < m_environments.size();
    m_editor->setEnabled(any);
    const Environment e = any ? m_environments[index] : Environment{};
    m_name->setText(e.name);
    m_url->setText(e.baseUrl);
    m_insecure->setChecked(e.insecure);
    m_headers->setRowCount(0);
    for (const Environment::Header &h : e.headers) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, NameColumn, new QTableWidgetItem(h.name));
        m_headers->setItem(row, ValueColumn, new QTableWidgetItem(h.value));
        auto *secret = new QTableWidgetItem;
        secret->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        secret->setCheckState(h.secret ? Qt::Checked : Qt::Unchecked);
        secret->setData(Qt::UserRole, true); // saved that way: not changed by its name
        m_headers->setItem(row, SecretColumn, secret);
    }
    m_loading = false;
    updateState();
}

void EnvironmentDialog::storeEditor()
{
    if (m_loading || m_current < 0 || m_current >= m_environments.size())
        return;
    Environment &e = m_environments[m_current];
    e.name = m_name->text();
    e.baseUrl = m_url->text();
    e.insecure = m_insecure->isChecked();
    e.headers.clear();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        Environment::Header h;
        h.name = m_headers->item(row, NameColumn) ? m_headers->item(row, NameColumn)->text()
                                                  : QString();
        h.value = m_headers->item(row, ValueColumn) ? m_headers->item(row, ValueColumn)->text()
                                                    : QString();
        h.secret = m_headers->item(row, SecretColumn)
                   && m_headers->item(row, SecretColumn)->checkState() == Qt::Checked;
        e.headers << h;
    }
    if (QListWidgetItem *item = m_list->item(m_current))
        item->setText(e.name);
}

void EnvironmentDialog::updateState()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_ok->setEnabled(why.isEmpty());
}
