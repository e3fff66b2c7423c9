#include "widgets/models/jsontreemodel.h"

#include "engine/core/pyjson.h"

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void JsonTreeModel::setDocument(std::shared_ptr<const Engine::Json> document)
{
    beginResetModel();
    m_document = std::move(document);
    m_places.clear();
    endResetModel();
}

const Engine::Json *JsonTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_document.get();
    return static_cast<const Engine::Json *>(index.internalPointer());
}

const Engine::Json *JsonTreeModel::child(const Engine::Json *parent, int row) const
{
    if (!parent || row < 0)
        return nullptr;
    if (parent->is_object()) {
        const auto &object = parent->get_ref<const Engine::Json::object_t &>();
        return std::size_t(row) < object.size() ? &(object.begin() + row)->second : nullptr;
    }
    if (parent->is_array()) {
        const auto &array = parent->get_ref<const Engine::Json::array_t &>();
        return std::size_t(row) < array.size() ? &array[std::size_t(row)] : nullptr;
    }
    return nullptr;
}

QString JsonTreeModel::key(const Engine::Json *parent, int row) const
{
    if (parent && parent->is_object())
        return QString::fromStdString(
            (parent->get_ref<const Engine::Json::object_t &>().begin() + row)->first);
    return QString::number(row);
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Engine::Json *p = node(parent);
    const Engine::Json *c = child(p, row);
    if (!c || column < 0 || column >= ColumnCount)
        return {};
    m_places.try_emplace(c, Place{p, row});
    return createIndex(row, column, c);
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const auto it = m_places.find(node(child));
    if (it == m_places.end() || it->second.parent == m_document.get())
        return {};
    const auto up = m_places.find(it->second.parent);
    if (up == m_places.end())
        return {};
    return createIndex(up->second.row, 0, it->second.parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Engine::Json *n = node(parent);
    return n && n->is_structured() ? int(n->size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Engine::Json *n = node(index);
    const auto place = m_places.find(n);
    switch (index.column()) {
    case KeyColumn:
        return place == m_places.end() ? QString() : key(place->second.parent, place->second.row);
    case ValueColumn:
        if (n->is_object())
            return tr("{%n key(s)}", nullptr, int(n->size()));
        if (n->is_array())
            return tr("[%n item(s)]", nullptr, int(n->size()));
        if (role == Qt::DisplayRole && n->is_string()
            && n->get_ref<const std::string &>().size() > 200)
            return QString::fromStdString(Engine::PyJson::dumpLenient(Engine::Json(
                                              n->get_ref<const std::string &>().substr(0, 200)))
                                          + "…");
        return QString::fromStdString(Engine::PyJson::dumpLenient(*n));
    case TypeColumn:
        return QString::fromLatin1(n->type_name());
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

QString JsonTreeModel::pointer(const QModelIndex &index) const
{
    QStringList parts;
    for (const Engine::Json *n = node(index); n && n != m_document.get();) {
        const auto it = m_places.find(n);
        if (it == m_places.end())
            break;
        parts.prepend(key(it->second.parent, it->second.row)
                          .replace(QLatin1Char('~'), QStringLiteral("~0"))
                          .replace(QLatin1Char('/'), QStringLiteral("~1")));
        n = it->second.parent;
    }
    return parts.isEmpty() ? QStringLiteral("/") : QLatin1Char('/') + parts.join(QLatin1Char('/'));
}
