/** Row types of the payments tables of migrations/0038_money.sql, merged into the database interface. */

export interface MoneyEventsTable {
  marketplace_id: string;
  external_id: string;
  event: 'paid' | 'cancelled' | 'payout';
  store_id: string;
  amount: number;
  currency: string;
  movement_id: string | null;
  created_at: Date;
}

export interface OrdersTable {
  id: string;
  marketplace_id: string;
  external_id: string;
  listing_id: string;
  store_id: string;
  buyer_ref: string;
  amount: number;
  currency: string;
  status: 'paid' | 'cancelled';
  hold: 'none' | 'held' | 'released' | 'kept';
  hold_item_id: string | null;
  hold_case_id: string | null;
  released_at: Date | null;
  created_at: Date;
}

export interface DepositConfiscationsTable {
  id: string;
  store_id: string;
  decision_id: string;
  cause_decision_id: string;
  movement_id: string;
  amount: number;
  currency: string;
  returned_at: Date | null;
  return_movement_id: string | null;
  created_at: Date;
}

export interface DepositReleasesTable {
  id: string;
  store_id: string;
  requested_at: Date;
  due_at: Date;
  state: 'waiting' | 'released' | 'refused';
  outcome: string | null;
  movement_id: string | null;
  decided_at: Date | null;
}

export interface BuyerComplaintsTable {
  id: string;
  order_id: string;
  marketplace_id: string;
  store_id: string;
  listing_id: string;
  buyer_ref: string;
  buyer_org_id: string | null;
  filed_by: string;
  explanation: string;
  evidence: string[];
  status: 'refunded' | 'confirmed' | 'genuine';
  refund_amount: number;
  currency: string;
  refund_movement_id: string;
  created_at: Date;
  decided_at: Date | null;
}

export interface RecoveryClaimsTable {
  id: string;
  complaint_id: string;
  store_id: string;
  amount: number;
  currency: string;
  from_held: number;
  from_deposit: number;
  from_receivable: number;
  status: 'open' | 'counterfeit' | 'genuine';
  decision_id: string | null;
  created_at: Date;
  decided_at: Date | null;
}

declare module '../db/schema.ts' {
  interface DB {
    money_events: MoneyEventsTable;
    orders: OrdersTable;
    deposit_confiscations: DepositConfiscationsTable;
    deposit_releases: DepositReleasesTable;
    buyer_complaints: BuyerComplaintsTable;
    recovery_claims: RecoveryClaimsTable;
  }
}
