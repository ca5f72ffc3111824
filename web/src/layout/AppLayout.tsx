import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout, Menu, Result, Select, Space, Tooltip, Typography } from 'antd';
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { selectedOrg, selectOrg } from '../api/client';
import { PageLoading, ProblemAlert } from '../components/states';
import {
  type Area,
  areasOf,
  homeOf,
  logout,
  sessionInfo,
  useMe,
  useRefreshMe,
  useSessionEnd,
} from '../session/session';
import { LanguageSwitch } from './LanguageSwitch';

const { Header, Content } = Layout;

/** `brandOnly`: pages for a brand organisation itself (not an agent firm acting for one). */
const MENU: Array<{ area: Area; path: string; labelKey: string; brandOnly?: boolean }> = [
  { area: 'brand', path: '/dashboard', labelKey: 'nav.dashboard' },
  { area: 'brand', path: '/rights', labelKey: 'nav.rights' },
  { area: 'brand', path: '/notices', labelKey: 'nav.notices' },
  { area: 'brand', path: '/notices/new', labelKey: 'nav.fileNotice' },
  { area: 'brand', path: '/notices/csv', labelKey: 'nav.csvNotice' },
  { area: 'brand', path: '/joint-force', labelKey: 'jointForce.nav' },
  { area: 'brand', path: '/joint-force/figures', labelKey: 'jointForce.navFigures' },
  { area: 'brand', path: '/brand-knowledge', labelKey: 'nav.brandKnowledge', brandOnly: true },
  { area: 'brand', path: '/reference-images', labelKey: 'nav.referenceImages' },
  { area: 'brand', path: '/agents', labelKey: 'nav.agents', brandOnly: true },
  { area: 'reviewer', path: '/review', labelKey: 'nav.reviewQueue' },
  { area: 'reviewer', path: '/review/appeals', labelKey: 'nav.appeals' },
  { area: 'admin', path: '/review/supervisor', labelKey: 'nav.supervisor' },
  { area: 'seller', path: '/seller', labelKey: 'nav.seller' },
  { area: 'seller', path: '/seller/standing', labelKey: 'nav.standing' },
  { area: 'seller', path: '/seller/money', labelKey: 'money.navSeller' },
  { area: 'buyer', path: '/buyer/complaints', labelKey: 'money.navBuyer' },
  { area: 'reviewer', path: '/review/recovery-claims', labelKey: 'money.navClaims' },
  { area: 'reviewer', path: '/admin/money', labelKey: 'money.navOverview' },
  { area: 'seller', path: '/seller/licences', labelKey: 'licences.navSeller' },
  { area: 'reviewer', path: '/review/licences', labelKey: 'licences.navReview' },
  { area: 'seller', path: '/seller/links', labelKey: 'traders.nav' },
  { area: 'admin', path: '/admin/organisations', labelKey: 'nav.organisations' },
  { area: 'admin', path: '/admin/marketplaces', labelKey: 'nav.marketplaces' },
  { area: 'admin', path: '/admin/policies', labelKey: 'nav.policies' },
  { area: 'admin', path: '/admin/reason-templates', labelKey: 'nav.reasonTemplates' },
  { area: 'admin', path: '/admin/detection', labelKey: 'nav.detection' },
  { area: 'admin', path: '/admin/audit', labelKey: 'nav.audit' },
  { area: 'reviewer', path: '/review/rights', labelKey: 'nav.rightsVerification' },
  { area: 'admin', path: '/admin/stores', labelKey: 'nav.stores' },
  { area: 'reviewer', path: '/admin/listing-images', labelKey: 'nav.listingImages' },
  { area: 'reviewer', path: '/review/misuse', labelKey: 'misuse.nav' },
  { area: 'brand', path: '/warnings', labelKey: 'misuse.navMine' },
  { area: 'brand', path: '/standing', labelKey: 'notifiers.navStanding' },
  { area: 'reviewer', path: '/admin/notifiers', labelKey: 'notifiers.navList' },
  { area: 'admin', path: '/admin/good-faith', labelKey: 'notifiers.navPolicy' },
  { area: 'reviewer', path: '/review/test-buys', labelKey: 'testBuys.navPlans' },
  { area: 'brand', path: '/test-buy-requests', labelKey: 'testBuys.navRequests' },
  { area: 'liaison', path: '/referrals', labelKey: 'referrals.nav' },
  { area: 'reviewer', path: '/review/joint-force', labelKey: 'jointForce.navOperator' },
  { area: 'reviewer', path: '/admin/transparency', labelKey: 'dsa.nav' },
  { area: 'reviewer', path: '/review/reports', labelKey: 'reports.nav' },
  { area: 'reviewer', path: '/reports/brand', labelKey: 'reports.navBrands' },
  { area: 'brand', path: '/reports/brand', labelKey: 'reports.navBrand', brandOnly: true },
];

/** Below this width the horizontal menu and the header's controls collide: the menu moves to a drawer. */
const NARROW = '(max-width: 767.98px)';

function watchNarrow(notify: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', notify);
  return () => query.removeEventListener('change', notify);
}
const isNarrow = () => window.matchMedia(NARROW).matches;

/** Read while rendering, so a phone never draws the desktop header first. */
function useNarrowScreen(): boolean {
  return useSyncExternalStore(watchNarrow, isNarrow);
}

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const refresh = useRefreshMe();
  const sessionEnd = useSessionEnd();
  const info = sessionInfo();
  const narrow = useNarrowScreen();
  const [menuOpen, setMenuOpen] = useState(false);

  if (me.isPending) return <PageLoading />;
  if (me.error)
    return (
      <div className="ipp-content">
        <ProblemAlert error={me.error} />
      </div>
    );
  const areas = areasOf(me.data);
  const isBrandOrg = me.data?.organisation?.kind === 'brand';
  const items = MENU.filter((m) => areas.has(m.area) && (!m.brandOnly || isBrandOrg)).map((m) => ({
    key: m.path,
    label: <Link to={m.path}>{t(m.labelKey)}</Link>,
  }));
  items.push({ key: '/notifications', label: <Link to="/notifications">{t('nav.notifications')}</Link> });
  // A page of the menu that the account's menu does not offer (reached by typing its address) is not
  // shown to a brand, seller, buyer, liaison or inspector: its forms could only fail (the API refuses
  // them). Operator staff move across areas (a brand's queue opened from the operator's figures), and
  // pages outside the menu (items, statements, cases) decide for themselves what the account sees.
  const menuEntries = MENU.filter((m) => m.path === location.pathname);
  const pageAllowed =
    areas.has('admin') ||
    areas.has('reviewer') ||
    menuEntries.length === 0 ||
    menuEntries.some((m) => areas.has(m.area) && (!m.brandOnly || isBrandOrg));
  const selected = MENU.map((m) => m.path)
    .filter((p) => location.pathname === p || location.pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
  const memberships = info?.memberships ?? [];

  return (
    <Layout style={{ minHeight: '100%' }}>
      <a className="ipp-skip" href="#main">
        {t('common.skipToContent')}
      </a>
      <Header
        className={narrow ? 'ipp-header-narrow' : undefined}
        style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: 16 }}
      >
        {narrow ? (
          <Button
            type="text"
            className="ipp-menu-button"
            icon={<MenuOutlined />}
            aria-label={t('layout.menu')}
            aria-expanded={menuOpen}
            aria-controls="ipp-nav-drawer"
            onClick={() => setMenuOpen(true)}
          />
        ) : null}
        <Link to="/" className="ipp-brand">
          OpenIPP
        </Link>
        {narrow ? (
          <Drawer
            id="ipp-nav-drawer"
            placement="left"
            size={280}
            title="OpenIPP"
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            closable={{ 'aria-label': t('layout.closeMenu') }}
            styles={{ body: { padding: 0 } }}
          >
            <nav aria-label={t('nav.main')}>
              <Menu
                mode="inline"
                selectedKeys={selected ? [selected] : []}
                items={items}
                onClick={() => setMenuOpen(false)}
              />
            </nav>
          </Drawer>
        ) : (
          <nav aria-label={t('nav.main')} style={{ flex: 1, minWidth: 0 }}>
            {/* Staff see many pages: the menu wraps onto further lines instead of hiding them behind "…". */}
            <Menu
              theme="dark"
              mode="horizontal"
              disabledOverflow
              className="ipp-nav-menu"
              selectedKeys={selected ? [selected] : []}
              items={items}
            />
          </nav>
        )}
        <Space size="small" wrap={narrow} {...(narrow ? { style: { marginInlineStart: 'auto' } } : {})}>
          {memberships.length > 1 ? (
            <Select
              aria-label={t('layout.organisation')}
              size="small"
              style={{ minWidth: 160 }}
              value={selectedOrg() ?? memberships[0]?.orgId ?? null}
              options={memberships.map((m) => ({ value: m.orgId, label: m.orgName }))}
              onChange={(orgId: string) => {
                selectOrg(orgId);
                void refresh();
              }}
            />
          ) : null}
          <LanguageSwitch />
          {sessionEnd ? (
            <Tooltip title={t('layout.sessionHint')}>
              <Typography.Text style={{ color: '#fff' }} data-testid="session-end">
                {t('layout.sessionEnds', {
                  time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(sessionEnd),
                })}
              </Typography.Text>
            </Tooltip>
          ) : null}
          <Typography.Text style={{ color: '#fff' }} data-testid="user-name">
            {info?.name ?? me.data?.organisation?.name}
          </Typography.Text>
          <Button
            size="small"
            onClick={async () => {
              await logout();
              await navigate('/login');
            }}
          >
            {t('layout.logout')}
          </Button>
        </Space>
      </Header>
      <Content id="main" tabIndex={-1} className="ipp-content">
        {pageAllowed ? (
          <Outlet />
        ) : (
          <Result
            status="403"
            title={t('common.notAllowedPage')}
            extra={<Link to={homeOf(me.data)}>{t('common.goHome')}</Link>}
          />
        )}
      </Content>
    </Layout>
  );
}
