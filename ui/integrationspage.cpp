#include "integrationspage.h"

#include "actionbutton.h"
#include "errorbanner.h"
#include "flow.h"
#include "integrationcard.h"
#include "painting.h"
#include "skeletoncard.h"
#include "statuspill.h"
#include "textlabel.h"
#include "theme.h"
#include "welcomepanel.h"

#include <QEvent>
#include <QLabel>
#include <QPaintEvent>
#include <QPainter>

namespace aria::ui {
namespace {

constexpr int kSkeletons = 4;
constexpr int kCardGap = 16 - IntegrationCard::kLiftRoom;

int sideMargin(int width)
{
    const int minimum = width < 480 ? 16 : 32;
    return qMax(minimum, (width - grid::contentWidth) / 2);
}

} // namespace

// The cards and skeletons, and their shadows behind them. Opaque (it paints every pixel,
// or a settled card does): Qt moves an opaque widget by copying its pixels in the backing
// store, which is what makes a banner slide frame cheap.
class IntegrationsPage::CardStack : public QWidget
{
public:
    explicit CardStack(IntegrationsPage *page)
        : QWidget(page)
        , m_page(page)
    {
        setObjectName(QStringLiteral("cardStack"));
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

protected:
    void paintEvent(QPaintEvent *event) override { m_page->paintStack(event); }
    bool event(QEvent *event) override
    {
        // A card's height changed (an account row grows or collapses, a note came): the
        // page places the cards, so the request goes to it.
        if (event->type() == QEvent::LayoutRequest) {
            m_page->relayout();
            return true;
        }
        return QWidget::event(event);
    }

private:
    IntegrationsPage *m_page;
};

IntegrationsPage::IntegrationsPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new TextLabel(tr("Integrations"), this))
    , m_subtitle(new TextLabel(tr("Connect your tools to enable ARIA's full capabilities"), this))
    , m_settings(new ActionButton(ActionButton::Kind::Icon, QString(), this))
    , m_banner(new ErrorBanner(this))
    , m_welcome(new WelcomePanel(this))
    , m_stack(new CardStack(this))
    , m_empty(new QLabel(tr("No integrations are available."), m_stack))
{
    setObjectName(QStringLiteral("integrationsPage"));
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setFont(Theme::font(28, QFont::DemiBold));
    m_title->setWordWrap(true);
    m_title->setAccessibleName(m_title->text());
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setFont(Theme::font(15));
    m_subtitle->setWordWrap(true);
    m_settings->setObjectName(QStringLiteral("settingsButton"));
    m_settings->setIconResource(QStringLiteral(":/ui/icons/ui/settings.svg"));
    m_settings->setAccessibleName(tr("Settings"));
    m_settings->setToolTip(tr("Settings"));
    m_welcome->hide();
    m_empty->setFont(Theme::font(14));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();
    for (int i = 0; i < kSkeletons; ++i) {
        auto *skeleton = new SkeletonCard(m_stack);
        skeleton->hide();
        m_skeletons << skeleton;
    }
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    // The page itself paints one flat colour: on a resize only the newly exposed part needs
    // painting (the banner's reserve below, see place(), grows the page at a slide's start).
    setAttribute(Qt::WA_StaticContents);
    // A slide frame moves the card stack and resizes the banner, nothing else.
    connect(m_banner, &ErrorBanner::slid, this, [this] {
        if (isVisible())
            place(width(), true);
    });
    applyColors();
}

void IntegrationsPage::setShadowsPainted(bool painted)
{
    m_shadowsPainted = painted;
    m_stack->update();
}

void IntegrationsPage::setSandbox(bool sandbox)
{
    if (sandbox && !m_sandbox) {
        auto *badge = new StatusPill(this);
        badge->setObjectName(QStringLiteral("sandboxBadge"));
        badge->set(tr("Sandbox"), StatusPill::Tone::Warning);
        badge->setAccessibleName(tr("Sandbox: connected to local test services, not real accounts"));
        m_sandbox = badge;
    }
    if (m_sandbox)
        m_sandbox->setVisible(sandbox);
    relayout();
}

void IntegrationsPage::setAccountWidget(QWidget *widget)
{
    if (m_account)
        m_account->deleteLater();
    m_account = widget;
    if (widget) {
        widget->setParent(this);
        widget->show();
        // The chip sits before the settings button in the tab order.
        QWidget::setTabOrder(widget, m_settings);
    }
    relayout();
}

void IntegrationsPage::setCards(const QList<IntegrationCard *> &cards)
{
    qDeleteAll(m_cards);
    m_cards = cards;
    for (IntegrationCard *card : cards) {
        card->setParent(m_stack); // hidden when this page is on screen, else shown with it
        if (m_loading)
            card->hide();
        connect(card, &IntegrationCard::depthChanged, this,
            [this, card] { m_stack->update(card->geometry().adjusted(-40, -40, 40, 48)); });
    }
    relayout();
    // Placed before shown: a card shown first would size itself to its sizeHint for nothing.
    if (isVisible() && !m_loading) {
        for (IntegrationCard *card : cards)
            card->show();
    }
}

// Lays the page out now when it is on screen; otherwise when it is shown (its size then is
// the one that counts, and every width measured before it would be wasted text layout).
void IntegrationsPage::relayout()
{
    updateGeometry();
    if (isVisible())
        place(width(), true);
    else
        m_placePending = true;
}

void IntegrationsPage::setLoading(bool loading)
{
    m_loading = loading;
    // Hide, place, then show: what is shown already has its geometry.
    QList<QWidget *> shown;
    QList<QWidget *> hidden;
    for (SkeletonCard *s : std::as_const(m_skeletons))
        (loading ? shown : hidden) << s;
    for (IntegrationCard *c : std::as_const(m_cards))
        (loading ? hidden : shown) << c;
    for (QWidget *w : std::as_const(hidden))
        w->hide();
    relayout();
    for (QWidget *w : std::as_const(shown)) {
        if (w->isHidden())
            w->show();
    }
    m_stack->update();
}

void IntegrationsPage::syncMotion()
{
    for (SkeletonCard *s : std::as_const(m_skeletons))
        s->syncMotion();
    for (IntegrationCard *c : std::as_const(m_cards))
        c->syncMotion();
    m_banner->syncMotion();
}

int IntegrationsPage::place(int width, bool apply)
{
    if (apply)
        m_placePending = false;
    auto put = [apply](QWidget *w, const QRect &r) {
        if (apply)
            w->setGeometry(r);
    };
    const int side = sideMargin(width);
    const int x = side;
    const int content = qMax(200, width - 2 * side);
    int y = width < 480 ? 24 : 40;
    if (m_sandbox && m_sandbox->isVisibleTo(this)) {
        const QSize badge = m_sandbox->sizeHint();
        put(m_sandbox, QRect(QPoint(x, y), badge));
        y += badge.height() + 8;
    }

    // Header: title and subtitle on the left, settings on the right of the title; the account
    // chip left of settings when it fits there, else on its own row under the subtitle.
    const int settingsWidth = m_settings->sizeHint().width();
    const QSize chip = m_account ? m_account->sizeHint() : QSize();
    const bool chipOnTitleRow
        = m_account && naturalWidth(m_title) + 16 + chip.width() + 8 + settingsWidth <= content;
    const int rightWidth = settingsWidth + (chipOnTitleRow ? chip.width() + 8 : 0);
    const int titleWidth = content - rightWidth - 16;
    const int titleHeight = m_title->heightForWidth(titleWidth);
    put(m_title, QRect(x, y, titleWidth, titleHeight));
    const int rightTop = y + (QFontMetrics(m_title->font()).height() - 36) / 2;
    put(m_settings, QRect(x + content - settingsWidth, rightTop, settingsWidth, 36));
    if (chipOnTitleRow)
        put(m_account,
            QRect(
                x + content - rightWidth, rightTop + (36 - chip.height()) / 2, chip.width(), chip.height()));
    y += titleHeight + 4;
    const int subtitleHeight = m_subtitle->heightForWidth(content);
    put(m_subtitle, QRect(x, y, content, subtitleHeight));
    y += subtitleHeight;
    if (m_account && !chipOnTitleRow) {
        y += 16;
        put(m_account, QRect(x, y, qMin(chip.width(), content), chip.height()));
        y += chip.height();
    }
    y += 32;

    // The banner's height follows its slide, and the cards below it follow the banner. While
    // the banner is shown (sliding in, in, or sliding out) the page keeps the height it has
    // with the banner fully in (the reserve), so a slide frame never resizes the page.
    QRect bannerRect;
    int reserve = 0;
    if (m_banner->isVisibleTo(this)) {
        const int h = m_banner->heightForWidth(content);
        bannerRect = QRect(x, y, content, h);
        const int gap = h > 0 ? 16 : 0;
        y += h + gap;
        reserve = qMax(0, m_banner->fullHeightForWidth(content) + 16 - h - gap);
    }
    // The welcome (a first run) between the banner and the cards.
    if (m_welcome->isVisibleTo(this)) {
        const int h = m_welcome->heightForWidth(content);
        put(m_welcome, QRect(x, y, content, h));
        y += h + 24;
    }
    y -= IntegrationCard::kLiftRoom; // cards carry a transparent band for the hover lift

    // The stack's children, in the stack's coordinates. A moved one needs its shadow
    // painted again (the stack paints the shadows, outside the children's rectangles).
    const int stackTop = y;
    bool stackChanged = false;
    auto putInStack = [apply, &stackChanged](QWidget *w, const QRect &r) {
        if (apply && w->geometry() != r) {
            w->setGeometry(r);
            stackChanged = true;
        }
    };
    int sy = 0;
    if (m_loading) {
        for (SkeletonCard *s : std::as_const(m_skeletons)) {
            const int h = s->heightForWidth(content);
            putInStack(s, QRect(x, sy, content, h));
            sy += h + kCardGap;
        }
    } else {
        for (IntegrationCard *c : std::as_const(m_cards)) {
            const int h = c->heightForWidth(content);
            putInStack(c, QRect(x, sy, content, h));
            sy += h + kCardGap;
        }
    }
    const bool empty = !m_loading && m_cards.isEmpty();
    if (apply)
        m_empty->setVisible(empty);
    if (empty) {
        putInStack(m_empty, QRect(x, sy + 32, content, 48));
        sy += 96;
    }
    const int stackHeight = sy + 40;
    if (apply) {
        // The stack first: Qt copies a moved opaque widget's pixels only while nothing it
        // covers is waiting to be painted, and the banner's new strip would be.
        m_stack->setGeometry(0, stackTop, width, stackHeight);
        if (m_banner->isVisibleTo(this))
            m_banner->setGeometry(bannerRect);
        if (stackChanged)
            m_stack->update();
    }
    return stackTop + stackHeight + reserve;
}

int IntegrationsPage::heightForWidth(int width) const
{
    return const_cast<IntegrationsPage *>(this)->place(width, false);
}

QSize IntegrationsPage::sizeHint() const
{
    return { grid::contentWidth + 64, heightForWidth(grid::contentWidth + 64) };
}

bool IntegrationsPage::event(QEvent *event)
{
    // A child's size changed (a card got a second line, the banner slid): lay out again.
    // The page paints one flat colour and moved children repaint themselves; place()
    // repaints the card stack when a card moved.
    if (event->type() == QEvent::LayoutRequest) {
        relayout();
        return true;
    }
    if (event->type() == QEvent::Show && m_placePending)
        place(width(), true);
    return QWidget::event(event);
}

void IntegrationsPage::setWelcomeShown(bool shown)
{
    if (m_welcome->isVisibleTo(this) == shown)
        return;
    m_welcome->setVisible(shown);
    updateGeometry();
    relayout();
}

void IntegrationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColors();
    QWidget::changeEvent(event);
}

void IntegrationsPage::applyColors()
{
    const auto &t = Theme::current().tokens();
    for (auto [label, color] : { std::pair<QLabel *, QColor> { m_title, t.text },
             { m_subtitle, t.textSecondary }, { m_empty, t.textTertiary } }) {
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, color);
        label->setPalette(pal);
    }
}

void IntegrationsPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    place(width(), true);
}

void IntegrationsPage::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QColor window = Theme::current().tokens().window;
    for (const QRect &rect : event->region())
        p.fillRect(rect, window);
}

void IntegrationsPage::paintStack(QPaintEvent *event)
{
    const auto &t = Theme::current().tokens();
    QPainter p(m_stack);
    p.setRenderHint(QPainter::Antialiasing);
    // One pass per dirty rectangle, clipped to it: under a clip of several rectangles (a few
    // spinners and pulsing dots) the raster engine draws every stretched shadow slice through
    // its slow general path, which was most of an animation frame's cost.
    const QRegion &dirty = event->region();
    if (dirty.rectCount() > 32) { // many small pieces: one pass over their bounding box
        paintStackRect(&p, dirty.boundingRect(), t);
        return;
    }
    for (const QRect &rect : dirty) {
        p.setClipRect(rect);
        paintStackRect(&p, rect, t);
    }
}

void IntegrationsPage::paintStackRect(QPainter *p, const QRect &rect, const Theme::Tokens &t)
{
    // A spinner or a pulsing dot inside a settled card: the card paints every pixel of it
    // opaque (IntegrationCard::coversOpaquely), so nothing of the page shows there.
    for (IntegrationCard *c : std::as_const(m_cards)) {
        if (c->isVisible() && c->coversOpaquely(rect.translated(-c->pos())))
            return;
    }
    p->fillRect(rect, t.window);
    auto surfaceOf
        = [](QWidget *w) { return QRectF(w->geometry()).adjusted(0, IntegrationCard::kLiftRoom, 0, 0); };
    // Two layers per card: a tight contact shadow and a wide ambient one that grows on hover.
    for (IntegrationCard *c : std::as_const(m_cards)) {
        if (!c->isVisible() || !m_shadowsPainted)
            continue;
        const qreal lift = c->lift();
        const qreal reveal = c->revealProgress();
        if (reveal <= 0.0)
            continue;
        const QRectF r = c->surfaceRect().translated(c->pos()).translated(0, (1.0 - reveal) * 12.0);
        if (!rect.intersects(r.toAlignedRect().adjusted(-40, -40, 40, 48)))
            continue;
        QColor contact = t.shadow;
        contact.setAlphaF(float(t.shadow.alphaF() * 0.6 * reveal));
        const bool opaque = reveal >= 1.0; // a fading card shows the shadow through
        paintShadow(p, r, grid::cardRadius, 2, 1, contact, opaque);
        QColor ambient = t.shadow;
        ambient.setAlphaF(float(t.shadow.alphaF() * (0.7 + 0.5 * lift) * reveal));
        paintShadow(
            p, r.adjusted(4, 4, -4, 0), grid::cardRadius, 12 + 12 * lift, 4 + 6 * lift, ambient, opaque);
    }
    for (SkeletonCard *s : std::as_const(m_skeletons)) {
        if (s->isVisible() && rect.intersects(surfaceOf(s).toAlignedRect().adjusted(-8, -8, 8, 8))) {
            QColor contact = t.shadow;
            contact.setAlphaF(float(t.shadow.alphaF() * 0.5));
            paintShadow(p, surfaceOf(s), grid::cardRadius, 2, 1, contact, true);
        }
    }
}

} // namespace aria::ui
