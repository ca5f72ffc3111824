-- Stolen photos (issue 15, points 1-4 and 6): brands' reference images with their perceptual
-- hashes, listing images fetched or pushed with their status, the multi-index over 16-bit chunks,
-- and the matches found.

-- A brand's reference image: a document linked to one of its copyright (or other) rights.
create table image_references (
  id uuid primary key,
  org_id uuid not null references organisations(id),
  right_id uuid not null references rights(id),
  document_sha256 text not null references documents(sha256),
  label text,
  pdq text not null check (pdq ~ '^[0-9a-f]{64}$'),
  pdq_mirrored text not null check (pdq_mirrored ~ '^[0-9a-f]{64}$'),
  quality smallint not null check (quality between 0 and 100),
  width int not null,
  height int not null,
  -- The hash as four 64-bit words (h0 = bits 0..63) for the exact distance in SQL (bit_count),
  -- and as 16 chunks of 16 bits (c0 = bits 0..15) for the multi-index (pigeonhole) lookup.
  h0 bigint not null, h1 bigint not null, h2 bigint not null, h3 bigint not null,
  c0 int not null, c1 int not null, c2 int not null, c3 int not null,
  c4 int not null, c5 int not null, c6 int not null, c7 int not null,
  c8 int not null, c9 int not null, c10 int not null, c11 int not null,
  c12 int not null, c13 int not null, c14 int not null, c15 int not null,
  -- Quality under the threshold: kept and shown, never matched.
  indexed boolean not null,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  unique (right_id, document_sha256)
);
create index image_references_org on image_references (org_id);
create index image_references_sha on image_references (document_sha256);
create index image_references_c0 on image_references (c0) where indexed;
create index image_references_c1 on image_references (c1) where indexed;
create index image_references_c2 on image_references (c2) where indexed;
create index image_references_c3 on image_references (c3) where indexed;
create index image_references_c4 on image_references (c4) where indexed;
create index image_references_c5 on image_references (c5) where indexed;
create index image_references_c6 on image_references (c6) where indexed;
create index image_references_c7 on image_references (c7) where indexed;
create index image_references_c8 on image_references (c8) where indexed;
create index image_references_c9 on image_references (c9) where indexed;
create index image_references_c10 on image_references (c10) where indexed;
create index image_references_c11 on image_references (c11) where indexed;
create index image_references_c12 on image_references (c12) where indexed;
create index image_references_c13 on image_references (c13) where indexed;
create index image_references_c14 on image_references (c14) where indexed;
create index image_references_c15 on image_references (c15) where indexed;

-- The hosts a marketplace's image URLs may point at (exact names or "*.suffix").
create table marketplace_image_hosts (
  marketplace_id uuid primary key references marketplaces(id),
  hosts jsonb not null default '[]',
  updated_at timestamptz not null default now()
);

-- One image of a listing: pushed as bytes or fetched from its URL, then hashed.
create table listing_images (
  id uuid primary key,
  listing_id uuid not null references listings(id),
  marketplace_id uuid not null references marketplaces(id),
  position int not null check (position between 0 and 99),
  source text not null check (source in ('url', 'upload')),
  url text,
  status text not null check (status in ('pending', 'hashed', 'failed', 'skipped')),
  -- Why it failed or was skipped (a code from a closed vocabulary), or null.
  reason text,
  attempts int not null default 0,
  next_attempt_at timestamptz,
  sha256 text,
  pdq text,
  pdq_mirrored text,
  quality smallint,
  width int,
  height int,
  format text,
  hashed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (listing_id, position)
);
create index listing_images_due on listing_images (next_attempt_at) where status = 'pending';
create index listing_images_sha on listing_images (sha256) where sha256 is not null;

-- A listing image within the match distance of a reference image.
create table image_matches (
  listing_image_id uuid not null references listing_images(id) on delete cascade,
  reference_id uuid not null references image_references(id) on delete cascade,
  listing_id uuid not null references listings(id),
  right_id uuid not null references rights(id),
  org_id uuid not null references organisations(id),
  distance smallint not null check (distance between 0 and 256),
  transformation text not null check (transformation in ('identical', 'near_identical', 'mirrored')),
  created_at timestamptz not null default now(),
  primary key (listing_image_id, reference_id)
);
create index image_matches_listing on image_matches (listing_id);
create index image_matches_right on image_matches (right_id, created_at);
