#pragma once

#include <QAbstractTableModel>

// Name/value pairs from the engine (response headers, recorded mails).
class KeyValueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    KeyValueModel(QString keyTitle, QString valueTitle, QObject *parent = nullptr);
    void setPairs(const std::vector<std::pair<std::string, std::string>> &pairs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString m_keyTitle, m_valueTitle;
    std::vector<std::pair<QString, QString>> m_pairs;
};
