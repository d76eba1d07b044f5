#pragma once

#include <QWidget>

namespace aria::ui {

class StatusDot;

// The provider's icon in a rounded gradient tile with the status dot on its corner. The
// icon is an SVG rendered at the screen's pixel density, so it stays crisp at any scale.
class IconTile : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTile = 48; // the visible tile
    static constexpr int kInset = 6; // room left and above for the tile's own shadow

    IconTile(const QString &integrationId, const QString &iconId, QWidget *parent = nullptr);
    StatusDot *dot() const { return m_dot; }
    // The resource used: ":/ui/icons/providers/<integration id or icon id or generic>.svg".
    QString iconResource() const { return m_icon; }

    QSize sizeHint() const override { return { kTile + 2 * kInset, kTile + 2 * kInset }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_integrationId;
    QString m_icon;
    StatusDot *m_dot;
};

} // namespace aria::ui
