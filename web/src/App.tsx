import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { onUnauthenticated, ProblemError } from './api/client';
import { PageLoading } from './components/states';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './pages/LoginPage';
import { homeOf, useMe } from './session/session';
import { reducedMotionTheme, theme } from './theme';

const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content || undefined;

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ProblemError && error.problem.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// Each area loads its code when first visited (route code splitting).
const Dashboard = lazy(() => import('./pages/brand/Dashboard'));
const OperatorReports = lazy(() => import('./pages/reports/OperatorReports'));
const BrandReport = lazy(() => import('./pages/reports/BrandReport'));
const PublicTransparency = lazy(() => import('./pages/reports/PublicTransparency'));
const Rights = lazy(() => import('./pages/brand/Rights'));
const NoticeList = lazy(() => import('./pages/brand/NoticeList'));
const FileNotice = lazy(() => import('./pages/brand/FileNotice'));
const CsvNotice = lazy(() => import('./pages/brand/CsvNotice'));
const NoticePage = lazy(() => import('./pages/brand/NoticePage'));
const ItemPage = lazy(() => import('./pages/item/ItemPage'));
const Notifications = lazy(() => import('./pages/Notifications'));
const ReviewQueue = lazy(() => import('./pages/review/ReviewQueue'));
const ReviewItem = lazy(() => import('./pages/review/ReviewItem'));
const CounterNoticeReview = lazy(() => import('./pages/review/CounterNoticeReview'));
const RightsVerification = lazy(() => import('./pages/review/RightsVerification'));
const Verifications = lazy(() => import('./pages/brand/Verifications'));
const JointForceQueue = lazy(() => import('./pages/joint-force/Queue'));
const JointForceCase = lazy(() => import('./pages/joint-force/CasePage'));
const JointForceFigures = lazy(() => import('./pages/joint-force/Figures'));
const BrandKnowledge = lazy(() => import('./pages/brand/BrandKnowledge'));
const Agents = lazy(() => import('./pages/brand/Agents'));
const ReferenceImages = lazy(() => import('./pages/images/ReferenceImages'));
const ListingImages = lazy(() => import('./pages/images/ListingImages'));
const Supervisor = lazy(() => import('./pages/review/Supervisor'));
const AppealsQueue = lazy(() => import('./pages/review/AppealsQueue'));
const SellerHome = lazy(() => import('./pages/seller/SellerHome'));
const StatementPage = lazy(() => import('./pages/seller/StatementPage'));
const Licences = lazy(() => import('./pages/seller/Licences'));
const LicenceReview = lazy(() => import('./pages/review/LicenceReview'));
const Organisations = lazy(() => import('./pages/admin/Organisations'));
const OrganisationPage = lazy(() => import('./pages/admin/OrganisationPage'));
const Marketplaces = lazy(() => import('./pages/admin/Marketplaces'));
const MarketplacePage = lazy(() => import('./pages/admin/MarketplacePage'));
const Policies = lazy(() => import('./pages/admin/Policies'));
const ReasonTemplates = lazy(() => import('./pages/admin/ReasonTemplates'));
const Detection = lazy(() => import('./pages/admin/Detection'));
const Stores = lazy(() => import('./pages/admin/Stores'));
const StorePage = lazy(() => import('./pages/sellers/StorePage'));
const SellerStanding = lazy(() => import('./pages/sellers/SellerStanding'));
const SellerMoney = lazy(() => import('./pages/money/SellerMoney'));
const MoneyOverview = lazy(() => import('./pages/money/MoneyOverview'));
const RecoveryClaims = lazy(() => import('./pages/money/RecoveryClaims'));
const BuyerComplaints = lazy(() => import('./pages/money/BuyerComplaints'));
const StoreLinks = lazy(() => import('./pages/admin/StoreLinks'));
const LinkedAccounts = lazy(() => import('./pages/seller/LinkedAccounts'));
const Audit = lazy(() => import('./pages/admin/Audit'));
const MisuseFindings = lazy(() => import('./pages/notifiers/MisuseFindings'));
const MyWarnings = lazy(() => import('./pages/notifiers/MyWarnings'));
const NotifierStanding = lazy(() => import('./pages/notifiers/NotifierStanding'));
const Notifiers = lazy(() => import('./pages/notifiers/Notifiers'));
const GoodFaithPolicy = lazy(() => import('./pages/notifiers/GoodFaithPolicy'));
const TestBuyPlans = lazy(() => import('./pages/test-buys/TestBuyPlans'));
const TestBuyCase = lazy(() => import('./pages/test-buys/TestBuyCase'));
const MyTestBuyRequests = lazy(() => import('./pages/test-buys/MyTestBuyRequests'));
const TestBuyOutcome = lazy(() => import('./pages/test-buys/TestBuyOutcome'));
const Referrals = lazy(() => import('./pages/referrals/Referrals'));
const ReferralPage = lazy(() => import('./pages/referrals/ReferralPage'));
const Transparency = lazy(() => import('./pages/transparency/Transparency'));

/** A 401 anywhere sends the person to login and, after it, back where they were. */
function UnauthenticatedRedirect() {
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(
    () =>
      onUnauthenticated(() => {
        if (location.pathname === '/login') return;
        queryClient.clear();
        const next = encodeURIComponent(location.pathname + location.search);
        void navigate(`/login?next=${next}&expired=1`, { replace: true });
      }),
    [navigate, location],
  );
  return null;
}

function Home() {
  const me = useMe();
  if (me.isPending) return <PageLoading />;
  return <Navigate to={homeOf(me.data)} replace />;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Whether the user's system asks for less motion, followed as it changes. */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(REDUCED_MOTION);
      query.addEventListener('change', changed);
      return () => query.removeEventListener('change', changed);
    },
    () => window.matchMedia(REDUCED_MOTION).matches,
  );
}

/** antd's placeholder for a form field's label in its validation messages. */
const LABEL = '$' + '{label}';

export function App() {
  const { i18n, t } = useTranslation();
  const reducedMotion = usePrefersReducedMotion();
  return (
    <ConfigProvider
      locale={i18n.language === 'zh-CN' ? zhCN : enUS}
      {...(nonce ? { csp: { nonce } } : {})}
      theme={reducedMotion ? reducedMotionTheme : theme}
      // antd's default says "Please enter" even for a drop-down; ${label} is antd's placeholder
      form={{ validateMessages: { required: t('common.fieldRequired', { label: LABEL }) } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <UnauthenticatedRedirect />
            <Suspense fallback={<PageLoading />}>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route path="/transparency" element={<PublicTransparency />} />
                <Route element={<AppLayout />}>
                  <Route index element={<Home />} />
                  <Route path="dashboard" element={<Dashboard />} />
                  <Route path="rights" element={<Rights />} />
                  <Route path="notices" element={<NoticeList />} />
                  <Route path="notices/new" element={<FileNotice />} />
                  <Route path="notices/csv" element={<CsvNotice />} />
                  <Route path="notices/:id" element={<NoticePage />} />
                  <Route path="verifications" element={<Verifications />} />
                  <Route path="joint-force" element={<JointForceQueue />} />
                  <Route path="joint-force/figures" element={<JointForceFigures />} />
                  <Route path="joint-force/:id" element={<JointForceCase />} />
                  <Route path="review/joint-force" element={<JointForceFigures />} />
                  <Route path="brand-knowledge" element={<BrandKnowledge />} />
                  <Route path="agents" element={<Agents />} />
                  <Route path="reference-images" element={<ReferenceImages />} />
                  <Route path="admin/listing-images" element={<ListingImages />} />
                  <Route path="items/:id" element={<ItemPage />} />
                  <Route path="notifications" element={<Notifications />} />
                  <Route path="review" element={<ReviewQueue />} />
                  <Route path="review/items/:id" element={<ReviewItem />} />
                  <Route path="review/counter-notices/:id" element={<CounterNoticeReview />} />
                  <Route path="review/rights" element={<RightsVerification />} />
                  <Route path="review/supervisor" element={<Supervisor />} />
                  <Route path="review/appeals" element={<AppealsQueue />} />
                  <Route path="seller" element={<SellerHome />} />
                  <Route path="seller/standing" element={<SellerStanding />} />
                  <Route path="seller/money" element={<SellerMoney />} />
                  <Route path="admin/money" element={<MoneyOverview />} />
                  <Route path="review/recovery-claims" element={<RecoveryClaims />} />
                  <Route path="buyer/complaints" element={<BuyerComplaints />} />
                  <Route path="seller/licences" element={<Licences />} />
                  <Route path="review/licences" element={<LicenceReview />} />
                  <Route path="seller/links" element={<LinkedAccounts />} />
                  <Route path="statements/:id" element={<StatementPage />} />
                  <Route path="admin/organisations" element={<Organisations />} />
                  <Route path="admin/organisations/:id" element={<OrganisationPage />} />
                  <Route path="admin/marketplaces" element={<Marketplaces />} />
                  <Route path="admin/marketplaces/:id" element={<MarketplacePage />} />
                  <Route path="admin/policies" element={<Policies />} />
                  <Route path="admin/reason-templates" element={<ReasonTemplates />} />
                  <Route path="admin/detection" element={<Detection />} />
                  <Route path="admin/stores" element={<Stores />} />
                  <Route path="admin/stores/:id" element={<StorePage />} />
                  <Route path="admin/stores/:id/links" element={<StoreLinks />} />
                  <Route path="admin/audit" element={<Audit />} />
                  <Route path="review/misuse" element={<MisuseFindings />} />
                  <Route path="warnings" element={<MyWarnings />} />
                  <Route path="standing" element={<NotifierStanding />} />
                  <Route path="notifiers/:orgId" element={<NotifierStanding />} />
                  <Route path="admin/notifiers" element={<Notifiers />} />
                  <Route path="admin/good-faith" element={<GoodFaithPolicy />} />
                  <Route path="review/test-buys" element={<TestBuyPlans />} />
                  <Route path="test-buys/:id" element={<TestBuyCase />} />
                  <Route path="test-buy-requests" element={<MyTestBuyRequests />} />
                  <Route path="test-buy-requests/:id" element={<TestBuyOutcome />} />
                  <Route path="referrals" element={<Referrals />} />
                  <Route path="referrals/:id" element={<ReferralPage />} />
                  <Route path="admin/transparency" element={<Transparency />} />
                  <Route path="review/reports" element={<OperatorReports />} />
                  <Route path="reports/brand" element={<BrandReport />} />
                  <Route path="*" element={<Home />} />
                </Route>
              </Routes>
            </Suspense>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
