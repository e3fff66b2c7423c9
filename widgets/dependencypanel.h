#pragma once

#include <QHash>
#include <QWidget>

#include "widgets/engine/engineclient.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTreeView;
class DependencyTreeModel;

// One dropdown per dependency ("real" and each double) and the selected route's dependency
// tree with the provider active now. Choosing a double asks the engine to set the override.
class DependencyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DependencyPanel(EngineClient *engine, QWidget *parent = nullptr);

    void setRoute(int routeIndex);
    QComboBox *comboFor(const QString &dependency) const;
    DependencyTreeModel *treeModel() const { return m_treeModel; }
    // The overrides a pytest run left set ("get_user → fake_admin, set by NODEID"), shown under
    // the doubles until the next run; empty hides them.
    void setLeakedOverrides(const QStringList &lines);
    QString leakedOverridesText() const;
    // The controls in the order Tab visits them: the doubles as listed, Clear, the tree.
    QList<QWidget *> tabOrder() const;

private:
    void rebuild();
    void refresh();

    EngineClient *m_engine;
    int m_route = -1;
    QFormLayout *m_form;
    QLabel *m_overrides;
    QLabel *m_leaks;
    QPushButton *m_clear;
    QTreeView *m_tree;
    DependencyTreeModel *m_treeModel;
    QHash<QString, QComboBox *> m_combos;
    bool m_updating = false;
};
