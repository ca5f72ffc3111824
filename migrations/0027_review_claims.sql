-- A reviewer claims a pending item before working on it, so two reviewers do not read the same
-- evidence and race to decide it. A claim is advisory and short-lived (it expires, see
-- CLAIM_MINUTES in src/review/review.claims.ts): an abandoned claim frees itself. One claim per item.
create table review_claims (
  item_id uuid primary key references notice_items(id),
  user_id uuid not null references users(id),
  claimed_at timestamptz not null,
  expires_at timestamptz not null
);
-- "mine" and "others" in the review queue look claims up by holder.
create index review_claims_user_idx on review_claims (user_id);
