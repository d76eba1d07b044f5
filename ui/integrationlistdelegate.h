#pragma once

#include <QStyledItemDelegate>

namespace aria::ui {

// Two lines per integration: name and state on the first, description or account on the second.
class IntegrationListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

}  // namespace aria::ui
