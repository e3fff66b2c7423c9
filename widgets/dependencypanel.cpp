#include "widgets/dependencypanel.h"

#include "widgets/colors.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeView>

#include "widgets/models/dependencytreemodel.h"
#include <QVBoxLayout>

DependencyPanel::DependencyPanel(EngineClient *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_form(new QFormLayout)
    , m_overrides(new QLabel(this))
    , m_leaks(new QLabel(this))
    , m_clear(new QPushButton(tr("Clear overrides"), this))
    , m_tree(new QTreeView(this))
    , m_treeModel(new DependencyTreeModel(this))
{
    setObjectName(QStringLiteral("dependencyPanel"));
    m_clear->setObjectName(QStringLiteral("clearOverridesButton"));
    m_overrides->setObjectName(QStringLiteral("overridesLabel"));
    m_overrides->setWordWrap(true);
    m_leaks->setObjectName(QStringLiteral("leakedOverridesLabel"));
    m_leaks->setWordWrap(true);
    m_leaks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_leaks->setFrameShape(QFrame::StyledPanel);
    m_leaks->hide();
    m_tree->setObjectName(QStringLiteral("dependencyTreeView"));
    m_tree->setModel(m_treeModel);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Dependency doubles</b>"), this);
    layout->addWidget(title);
    layout->addLayout(m_form);
    layout->addWidget(m_clear);
    layout->addWidget(m_overrides);
    layout->addWidget(m_leaks);
    layout->addWidget(new QLabel(tr("<b>Dependencies of the selected route</b>"), this));
    layout->addWidget(m_tree, 1);
    connect(m_clear, &QPushButton::clicked, m_engine, &EngineClient::clearOverrides);
    connect(m_engine, &EngineClient::snapshotChanged, this, &DependencyPanel::refresh);
    rebuild();
}

QComboBox *DependencyPanel::comboFor(const QString &dependency) const
{
    return m_combos.value(dependency);
}

void DependencyPanel::rebuild()
{
    for (const auto &dep : m_engine->snapshot().dependencies) {
        if (dep.providers.size() < 2)
            continue;
        const QString name = QString::fromStdString(dep.name);
        auto *combo = new QComboBox(this);
        combo->setObjectName(name + QStringLiteral("ComboBox"));
        combo->addItem(tr("real"), QStringLiteral("real"));
        for (std::size_t i = 1; i < dep.providers.size(); ++i) {
            const QString provider = QString::fromStdString(dep.providers[i].first);
            combo->addItem(provider, provider);
            combo->setItemData(combo->count() - 1, QString::fromStdString(dep.providers[i].second),
                               Qt::ToolTipRole);
        }
        combo->setToolTip(QString::fromStdString(dep.description));
        m_form->addRow(name, combo);
        m_combos.insert(name, combo);
        connect(combo, &QComboBox::activated, this, [this, name, combo](int) {
            if (!m_updating)
                m_engine->setOverride(name, combo->currentData().toString());
        });
    }
    refresh();
}

void DependencyPanel::setRoute(int routeIndex)
{
    m_route = routeIndex;
    refresh();
}

void DependencyPanel::refresh()
{
    const EngineSnapshot &s = m_engine->snapshot();
    // Another target opened: its dependencies get their own rows.
    QSet<QString> names;
    for (const auto &dep : s.dependencies)
        if (dep.providers.size() >= 2)
            names.insert(QString::fromStdString(dep.name));
    if (names != QSet<QString>(m_combos.keyBegin(), m_combos.keyEnd())) {
        for (auto *combo : std::as_const(m_combos))
            m_form->removeRow(combo);
        m_combos.clear();
        rebuild(); // refreshes again, with rows that match
        return;
    }
    m_updating = true;
    for (const auto &dep : s.dependencies) {
        if (auto *combo = m_combos.value(QString::fromStdString(dep.name))) {
            const int i = combo->findData(QString::fromStdString(dep.active));
            combo->setCurrentIndex(i < 0 ? 0 : i);
            const bool overridden = i > 0;
            QFont f = combo->font();
            f.setBold(overridden);
            combo->setFont(f);
        }
    }
    m_updating = false;
    QStringList lines;
    for (const auto &o : s.overrides)
        lines << tr("%1 → %2, set by %3 at %4")
                     .arg(QString::fromStdString(o.dependency), QString::fromStdString(o.provider),
                          QString::fromStdString(o.setBy),
                          QLocale().toString(
                              QDateTime::fromMSecsSinceEpoch(o.sinceMicros / 1000).time(),
                              QLocale::ShortFormat));
    m_overrides->setText(lines.isEmpty() ? tr("No overrides are active.")
                                         : tr("Active overrides (they stay until cleared):\n%1")
                                               .arg(lines.join(QLatin1Char('\n'))));
    m_clear->setEnabled(!s.overrides.empty());
    m_treeModel->setTree(m_route >= 0 && m_route < int(s.routes.size())
                             ? s.routes[std::size_t(m_route)].dependencyTree
                             : Engine::Json::array());
    m_tree->expandAll();
}

void DependencyPanel::setLeakedOverrides(const QStringList &lines)
{
    m_leaks->setVisible(!lines.isEmpty());
    m_leaks->setText(lines.isEmpty()
                         ? QString()
                         : tr("Left set by the pytest run (dependency_overrides never cleared; "
                              "a test after it sees the double):\n%1")
                               .arg(lines.join(QLatin1Char('\n'))));
}

QString DependencyPanel::leakedOverridesText() const
{
    return m_leaks->text();
}

QList<QWidget *> DependencyPanel::tabOrder() const
{
    QList<QWidget *> order;
    for (int row = 0; row < m_form->rowCount(); ++row)
        if (auto *field = m_form->itemAt(row, QFormLayout::FieldRole))
            if (field->widget())
                order << field->widget();
    order << m_clear << m_tree;
    return order;
}
