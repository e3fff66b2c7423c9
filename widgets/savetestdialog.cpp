#include "widgets/savetestdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include "engine/core/pyjson.h"

SaveTestDialog::SaveTestDialog(const Engine::Client::ResponseSummary &response, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(QStringLiteral("test_new"), this))
    , m_body(new QCheckBox(tr("The whole JSON body"), this))
    , m_fields(new QListWidget(this))
{
    setObjectName(QStringLiteral("saveTestDialog"));
    setWindowTitle(tr("Save as test"));
    m_name->setObjectName(QStringLiteral("testNameLineEdit"));
    m_body->setObjectName(QStringLiteral("wholeBodyCheckBox"));
    m_fields->setObjectName(QStringLiteral("assertFieldsList"));
    // A pytest function name, as the exported tests need it.
    m_name->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*")), m_name));
    const QString status = response.raised && response.error
                               ? tr("raises %1").arg(QString::fromStdString(response.error->type))
                               : tr("status %1").arg(response.status);
    auto *always = new QLabel(tr("Always asserted: %1").arg(status), this);
    m_body->setEnabled(response.json != nullptr && !response.raised);
    if (response.json && !response.raised) {
        for (const auto &pointer : Engine::Client::leafPointers(*response.json)) {
            const QString value = QString::fromStdString(Engine::PyJson::dumpLenient(
                response.json->at(Engine::Json::json_pointer(pointer))));
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 = %2").arg(QString::fromStdString(pointer), value.left(80)),
                m_fields);
            item->setData(Qt::UserRole, QString::fromStdString(pointer));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_fields->setEnabled(m_fields->count() > 0);
    // Ticking the whole body makes single fields redundant.
    connect(m_body, &QCheckBox::toggled, m_fields,
            [this](bool on) { m_fields->setEnabled(!on && m_fields->count() > 0); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveTestButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Save)->setEnabled(m_name->hasAcceptableInput());
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Test name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(always);
    layout->addWidget(m_body);
    layout->addWidget(new QLabel(tr("Or these fields of the body:"), this));
    layout->addWidget(m_fields, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString SaveTestDialog::testName() const
{
    return m_name->text();
}

bool SaveTestDialog::wholeBody() const
{
    return m_body->isEnabled() && m_body->isChecked();
}

std::vector<std::string> SaveTestDialog::fields() const
{
    std::vector<std::string> out;
    if (wholeBody())
        return out;
    for (int i = 0; i < m_fields->count(); ++i)
        if (m_fields->item(i)->checkState() == Qt::Checked)
            out.push_back(m_fields->item(i)->data(Qt::UserRole).toString().toStdString());
    return out;
}
