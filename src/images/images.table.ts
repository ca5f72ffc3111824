/** Row types of migrations/0042_image_matching.sql and 0044_image_back_scan_thumbnails.sql, merged into the database interface. */
import type { ColumnType, Selectable } from 'kysely';
import type { ImageStatus, Transformation } from './images.ts';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Int8 = ColumnType<string, string | bigint, string | bigint>;

export interface ImageReferencesTable {
  id: string;
  org_id: string;
  right_id: string;
  document_sha256: string;
  label: string | null;
  pdq: string;
  pdq_mirrored: string;
  quality: number;
  width: number;
  height: number;
  h0: Int8;
  h1: Int8;
  h2: Int8;
  h3: Int8;
  c0: number;
  c1: number;
  c2: number;
  c3: number;
  c4: number;
  c5: number;
  c6: number;
  c7: number;
  c8: number;
  c9: number;
  c10: number;
  c11: number;
  c12: number;
  c13: number;
  c14: number;
  c15: number;
  indexed: boolean;
  back_scanned_at: Date | null;
  back_scan_lease_until: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface MarketplaceImageHostsTable {
  marketplace_id: string;
  hosts: ColumnType<string[], string, string>;
  updated_at: Timestamp;
}

export interface ListingImagesTable {
  id: string;
  listing_id: string;
  marketplace_id: string;
  position: number;
  source: 'url' | 'upload';
  url: string | null;
  status: ImageStatus;
  reason: string | null;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Date | null;
  sha256: string | null;
  pdq: string | null;
  pdq_mirrored: string | null;
  quality: number | null;
  width: number | null;
  height: number | null;
  format: string | null;
  hashed_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ImageMatchesTable {
  listing_image_id: string;
  reference_id: string;
  listing_id: string;
  right_id: string;
  org_id: string;
  distance: number;
  transformation: Transformation;
  created_at: CreatedAt;
}

export interface ImageThumbnailsTable {
  sha256: string;
  content: Buffer;
  width: number;
  height: number;
  created_at: CreatedAt;
}

export type ImageReferenceRow = Selectable<ImageReferencesTable>;
export type ListingImageRow = Selectable<ListingImagesTable>;

declare module '../db/schema.ts' {
  interface DB {
    image_references: ImageReferencesTable;
    marketplace_image_hosts: MarketplaceImageHostsTable;
    listing_images: ListingImagesTable;
    image_matches: ImageMatchesTable;
    image_thumbnails: ImageThumbnailsTable;
  }
}
