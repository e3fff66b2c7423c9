#pragma once

#include <memory>
#include <unordered_map>

#include <QAbstractItemModel>

#include "engine/core/json.h"

// A JSON document as a tree to fold and unfold: key (or index), value (a scalar, or a preview
// such as "{3 keys}" / "[120 items]") and type. Children are only visited when the view asks
// for them, so a 10 MiB body opens at once with its first level.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };

    explicit JsonTreeModel(QObject *parent = nullptr);

    void setDocument(std::shared_ptr<const Engine::Json> document);
    // The JSON pointer of an index ("/detail/0/loc"), for the status bar and tests.
    QString pointer(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Place
    {
        const Engine::Json *parent;
        int row;
    };
    const Engine::Json *node(const QModelIndex &index) const;
    const Engine::Json *child(const Engine::Json *parent, int row) const;
    QString key(const Engine::Json *parent, int row) const;

    std::shared_ptr<const Engine::Json> m_document;
    // Where each node handed out sits; filled as the view walks the tree.
    mutable std::unordered_map<const Engine::Json *, Place> m_places;
};
