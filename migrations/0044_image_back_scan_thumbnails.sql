-- Stolen photos, the rest of issue 15: a reference image added after listing images were hashed is
-- scanned once against them (the back-scan), and every hashed image keeps a small thumbnail so a
-- brand and a reviewer see the listing's picture beside the reference (the portal loads nothing
-- from a marketplace's hosts).

-- null: not yet scanned against the listing images hashed before it; the lease lets several
-- workers share the scans.
alter table image_references add column back_scanned_at timestamptz;
alter table image_references add column back_scan_lease_until timestamptz;
create index image_references_back_scan on image_references (created_at)
  where indexed and back_scanned_at is null;

-- A thumbnail (JPEG, at most 240 px on a side) per distinct image, keyed by the SHA-256 of the
-- image's bytes: one stored copy however many listings reuse the same file.
create table image_thumbnails (
  sha256 text primary key check (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea not null,
  width int not null check (width between 1 and 240),
  height int not null check (height between 1 and 240),
  created_at timestamptz not null default now()
);

-- The back-scan reads hashed images in id order.
create index listing_images_hashed on listing_images (id) where status = 'hashed';
