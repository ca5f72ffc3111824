/** A marketplace listing as OpenIPP knows it. */
export interface Listing {
  id: string;
  marketplaceId: string;
  externalId: string;
  storeId: string;
  url: string;
  title: string;
  description: string;
  price: { amount: number; currency: string } | null;
  quantity: number | null;
  condition: 'new' | 'used' | 'refurbished' | null;
  category: string | null;
  shipFrom: string | null;
  imageUrls: string[];
  state: 'active' | 'removed';
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What a marketplace sends for one listing. */
export interface ListingInput {
  externalId: string;
  url: string;
  store: { externalId: string; name: string };
  title: string;
  description?: string;
  price?: { amount: number; currency: string };
  quantity?: number;
  condition?: 'new' | 'used' | 'refurbished';
  category?: string;
  shipFrom?: string;
  imageUrls?: string[];
}

export const MAX_LISTINGS_PER_BATCH = 1000;
