import type { ColumnType, Generated } from 'kysely';
import type { Role } from '../auth/principal.ts';

/** Row types of the SQL schema in `migrations/`. Repositories use them; services never see them. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;
type DateString = ColumnType<string, string, string>;
type Numeric = ColumnType<string, string | number, string | number>;

export interface OrganisationsTable {
  id: string;
  kind: 'operator' | 'brand' | 'agent' | 'seller' | 'buyer' | 'authority';
  name: string;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: CreatedAt;
}

export interface MembershipsTable {
  user_id: string;
  org_id: string;
  role: Role;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id: string;
  token_hash: string;
  user_id: string;
  expires_at: Timestamp;
  created_at: CreatedAt;
  last_seen_at: Generated<Date>;
}

export interface LoginThrottleTable {
  key: string;
  attempts: number;
  window_started_at: Date;
  next_allowed_at: Date | null;
}

export interface MarketplacesTable {
  id: string;
  code: string;
  name: string;
  jurisdiction: string;
  webhook_url: string | null;
  secret_version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ApiKeysTable {
  id: string;
  org_id: string;
  name: string;
  role: Role;
  marketplace_id: string | null;
  key_prefix: string;
  key_hash: string;
  created_at: CreatedAt;
  revoked_at: Timestamp | null;
  expires_at: Timestamp | null;
}

export interface RepresentationsTable {
  agent_org_id: string;
  principal_org_id: string;
  authorization_sha256: string | null;
  valid_until: DateString | null;
  created_at: CreatedAt;
  revoked_at: Date | null;
  revoked_by: string | null;
}

export interface StoresTable {
  id: string;
  marketplace_id: string;
  external_id: string;
  name: string;
  seller_org_id: string | null;
  created_at: CreatedAt;
  /** Written only by the sellers module (sanctions, admission). */
  status: ColumnType<StoreStatus, StoreStatus | undefined, StoreStatus>;
  status_changed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export type StoreStatus = 'active' | 'held' | 'suspended' | 'closed';

export interface ListingsTable {
  id: string;
  marketplace_id: string;
  external_id: string;
  store_id: string;
  url: string;
  title: string;
  description: string;
  price: Numeric | null;
  currency: string | null;
  quantity: number | null;
  condition: string | null;
  category: string | null;
  ship_from: string | null;
  image_urls: Json<string[]>;
  state: ColumnType<'active' | 'removed', 'active' | 'removed' | undefined, 'active' | 'removed'>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DocumentsTable {
  sha256: string;
  size: number;
  media_type: string;
  content: Uint8Array;
  created_at: CreatedAt;
}

export interface DocumentOwnersTable {
  sha256: string;
  org_id: string;
  filename: string | null;
  created_at: CreatedAt;
}

export interface RightsTable {
  id: string;
  org_id: string;
  type: 'trademark' | 'patent' | 'copyright';
  status: Generated<'pending' | 'verified' | 'rejected'>;
  name: string;
  owner_name: string;
  registration_number: string | null;
  office: string | null;
  jurisdiction: string | null;
  nice_classes: Json<number[]>;
  patent_kind: 'invention' | 'utility' | 'design' | null;
  work_description: string | null;
  valid_from: DateString | null;
  valid_until: DateString | null;
  document_shas: Json<string[]>;
  reference_image_shas: Json<string[]>;
  review_note: string | null;
  verified_by: string | null;
  verified_at: Timestamp | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface NoticesTable {
  id: string;
  principal_org_id: string;
  filer_org_id: string;
  filed_by_user: string | null;
  filed_by_key: string | null;
  right_id: string;
  infringement_type: 'counterfeit' | 'trademark_misuse' | 'patent' | 'copyright';
  statements: Json<{ goodFaith: boolean; accuracy: boolean; authority: boolean }>;
  contact: Json<{ name: string; email: string; phone?: string; address?: string }>;
  explanation: string | null;
  source: 'api' | 'csv';
  item_count: number;
  created_at: CreatedAt;
}

export interface EvidenceRow {
  kind: 'screenshot' | 'test_buy_report' | 'cached_copy' | 'other';
  documentSha256: string;
  url?: string;
  capturedAt?: string;
  note?: string;
}

export type ItemState = 'pending' | 'info_requested' | 'removed' | 'rejected' | 'withdrawn' | 'reinstated';

export interface NoticeItemsTable {
  id: string;
  notice_id: string;
  position: number;
  listing_id: string;
  right_id: string;
  state: ColumnType<ItemState, ItemState | undefined, ItemState>;
  evidence: Json<EvidenceRow[]>;
  sla_due_at: Timestamp;
  paused_at: Timestamp | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  reason_code: string | null;
  reason_text: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface InfoRequestsTable {
  id: string;
  item_id: string;
  question: string;
  asked_by: string | null;
  asked_at: CreatedAt;
  answer: ColumnType<string | null, string | null | undefined, string | null>;
  answer_document_shas: ColumnType<string[], string | undefined, string>;
  answered_by: ColumnType<string | null, string | null | undefined, string | null>;
  answered_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface ReviewClaimsTable {
  item_id: string;
  user_id: string;
  claimed_at: Date;
  expires_at: Date;
}

export interface ListingSnapshotsTable {
  id: string;
  listing_id: string;
  item_id: string | null;
  snapshot: Json<Record<string, unknown>>;
  sha256: string;
  created_at: CreatedAt;
}

export interface StatementsOfReasonsTable {
  id: string;
  item_id: string;
  listing_id: string;
  store_id: string;
  body: Json<Record<string, unknown>>;
  created_at: CreatedAt;
}

export interface WebhookDeliveriesTable {
  id: string;
  marketplace_id: string;
  event_type: string;
  payload: Json<Record<string, unknown>>;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  /** Why the last attempt did not deliver: a standard HTTP reason phrase or an outbound failure category. */
  last_reason: string | null;
  created_at: CreatedAt;
  delivered_at: Timestamp | null;
}

export interface WebhookAttemptsTable {
  id: string;
  delivery_id: string;
  attempt_no: number;
  attempted_at: CreatedAt;
  request_timestamp: number;
  signature: string;
  response_status: number | null;
  /** A standard HTTP reason phrase or an outbound failure category; never text from the receiver. */
  reason: string | null;
  duration_ms: number;
}

export interface IdempotencyKeysTable {
  principal: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: Json<unknown>;
  created_at: CreatedAt;
}

export interface PoliciesTable {
  key: string;
  version: number;
  body: Json<Record<string, unknown>>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface AuditLogTable {
  seq: number;
  at: Timestamp;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  data: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface DB {
  organisations: OrganisationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  marketplaces: MarketplacesTable;
  api_keys: ApiKeysTable;
  representations: RepresentationsTable;
  stores: StoresTable;
  listings: ListingsTable;
  documents: DocumentsTable;
  document_owners: DocumentOwnersTable;
  rights: RightsTable;
  notices: NoticesTable;
  notice_items: NoticeItemsTable;
  info_requests: InfoRequestsTable;
  review_claims: ReviewClaimsTable;
  listing_snapshots: ListingSnapshotsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  idempotency_keys: IdempotencyKeysTable;
  policies: PoliciesTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  counter_notices: CounterNoticesTable;
  counter_notice_answers: CounterNoticeAnswersTable;
  deadlines: DeadlinesTable;
  appeals: AppealsTable;
  outcomes: OutcomesTable;
  notifications: NotificationsTable;
}

export type CounterNoticeProcedure = 'statutory_putback' | 'respond_or_restore' | 'evidence_review';
export type CounterNoticeStatus = 'open' | 'awaiting_review' | 'reinstated' | 'upheld' | 'withdrawn';

export interface CounterEvidenceRow {
  kind: string;
  documentSha256: string;
  note?: string;
}

export interface CounterNoticesTable {
  id: string;
  item_id: string;
  seller_org_id: string;
  filed_by_user: string | null;
  filed_by_key: string | null;
  statements: Json<Record<string, boolean>>;
  identification: string;
  grounds: Json<string[]>;
  explanation: string;
  evidence: Json<CounterEvidenceRow[]>;
  contact: Json<Record<string, string>>;
  signature: string;
  procedure: CounterNoticeProcedure;
  policy_version: number;
  status: ColumnType<CounterNoticeStatus, CounterNoticeStatus | undefined, CounterNoticeStatus>;
  decided_by: string | null;
  decided_at: Timestamp | null;
  reason_code: string | null;
  reason_text: string | null;
  created_at: CreatedAt;
}

export interface CounterNoticeAnswersTable {
  id: string;
  counter_notice_id: string;
  kind: 'action_filed' | 'response';
  text: string;
  case_reference: string | null;
  court: string | null;
  document_shas: Json<string[]>;
  answered_by_org: string;
  answered_by_user: string | null;
  created_at: CreatedAt;
}

/** Registered in code by the module that owns the clock (src/deadlines/deadline.kinds.ts). */
export type DeadlineKind = string;
export type DeadlineParty = 'seller' | 'rights_holder' | 'reviewer';

export interface DeadlinesTable {
  id: string;
  item_id: string | null;
  target_type: string;
  target_id: string;
  kind: DeadlineKind;
  subject_id: string | null;
  party: DeadlineParty;
  due_at: Timestamp;
  data: Json<Record<string, unknown>>;
  created_at: CreatedAt;
  fired_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  result: string | null;
  failures: Generated<number>;
  last_error: string | null;
  retry_at: Timestamp | null;
}

export type AppealDecisionKind =
  | 'notice_removal'
  | 'notice_rejection'
  | 'proactive_removal'
  | 'reinstatement'
  | 'takedown_upheld'
  | 'appeal_upheld'
  | 'appeal_reversed'
  | 'store_sanction'
  | 'store_restoration'
  | 'store_admission'
  | 'licence_verification'
  | 'licence_restriction'
  | 'notifier_sanction'
  | 'notifier_restoration'
  | 'notifier_admission'
  | 'notifier_removal'
  | 'test_buy_violation'
  | 'deposit_confiscation'
  | 'recovery_decision';

export interface AppealsTable {
  id: string;
  item_id: string | null;
  decision_id: string | null;
  appellant_org_id: string;
  appellant_party: 'seller' | 'rights_holder';
  filed_by_user: string | null;
  decision_kind: AppealDecisionKind;
  decision_at: Timestamp;
  decision_by: string | null;
  grounds: string;
  document_shas: Json<string[]>;
  status: ColumnType<
    'open' | 'upheld' | 'reversed',
    'open' | 'upheld' | 'reversed' | undefined,
    'open' | 'upheld' | 'reversed'
  >;
  decided_by: string | null;
  decided_at: Timestamp | null;
  reason_text: string | null;
  created_at: CreatedAt;
}

export const OUTCOME_KINDS = [
  'reinstated',
  'upheld',
  'withdrawn',
  'appeal_upheld',
  'appeal_reversed',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export interface OutcomesTable {
  id: string;
  item_id: string;
  kind: OutcomeKind;
  cause: string;
  counter_notice_id: string | null;
  appeal_id: string | null;
  principal_org_id: string;
  filer_org_id: string;
  seller_org_id: string | null;
  original_reason_code: string | null;
  reason_code: string | null;
  reason_text: string;
  counter_notice_succeeded: Generated<boolean>;
  listing_restored: Generated<boolean>;
  decided_by: string | null;
  decision_id: string | null;
  created_at: CreatedAt;
}

export interface NotificationsTable {
  id: string;
  org_id: string;
  item_id: string | null;
  kind: string;
  body: Json<Record<string, unknown>>;
  created_at: CreatedAt;
}
