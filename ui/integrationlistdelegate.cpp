#include "integrationlistdelegate.h"

#include "model/connectionsmodel.h"
#include "statustext.h"

#include <QApplication>
#include <QPainter>

namespace aria::ui {

void IntegrationListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto status = ConnectionStatus(index.data(ConnectionsModel::StatusRole).toInt());
    const QString account = index.data(ConnectionsModel::DisplayNameRole).toString();
    const QString second = account.isEmpty() ? index.data(ConnectionsModel::DescriptionRole).toString()
                                             : account;
    const QRect r = option.rect.adjusted(16, 8, -16, -8);
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, option.state & QStyle::State_Selected
                                                        ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    const int line = QFontMetrics(bold).height();
    painter->setFont(bold);
    painter->setPen(text);
    const QString state = statusLabel(status);
    const int stateWidth = QFontMetrics(option.font).horizontalAdvance(state);
    painter->drawText(QRect(r.left(), r.top(), r.width() - stateWidth - 16, line), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(ConnectionsModel::NameRole).toString(),
                                                    Qt::ElideRight, r.width() - stateWidth - 16));
    painter->setFont(option.font);
    painter->drawText(QRect(r.right() - stateWidth, r.top(), stateWidth, line), Qt::AlignRight | Qt::AlignVCenter, state);
    QColor muted = text;
    muted.setAlphaF(0.7f);
    painter->setPen(muted);
    painter->drawText(QRect(r.left(), r.top() + line + 4, r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(second, Qt::ElideRight, r.width()));
    painter->restore();
}

QSize IntegrationListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {320, 2 * option.fontMetrics.height() + 28};
}

}  // namespace aria::ui
