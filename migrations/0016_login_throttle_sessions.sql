-- Login throttling by account, by address and by the pair (src/accounts/login-throttle.ts), idle
-- timeouts for sessions, and expiry dates for API keys.
create table login_throttle (
  key text primary key,
  attempts int not null,
  window_started_at timestamptz not null,
  next_allowed_at timestamptz
);
create index login_throttle_window_idx on login_throttle (window_started_at);

alter table sessions add column last_seen_at timestamptz not null default now();
create index sessions_expires_idx on sessions (expires_at);
create index sessions_last_seen_idx on sessions (last_seen_at);

alter table api_keys add column expires_at timestamptz;
