import { AppError, type FieldError } from '../errors/app-error.ts';
import { forbiddenCharacter } from '../shared/text.ts';
import { parseCsv } from './csv.ts';
import { type EvidenceKind, MAX_ITEMS_PER_NOTICE, type NoticeItemInput } from './notice.ts';

/** Columns of a bulk notice CSV: one row per listing, one piece of evidence per row. */
export const CSV_COLUMNS = [
  'listing_id',
  'marketplace_id',
  'external_id',
  'url',
  'evidence_kind',
  'evidence_sha256',
  'evidence_url',
  'captured_at',
  'explanation',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
const EVIDENCE_KINDS: readonly EvidenceKind[] = ['screenshot', 'test_buy_report', 'cached_copy', 'other'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SHA256 = /^[0-9a-f]{64}$/;

export interface CsvItems {
  items: NoticeItemInput[];
  /** CSV line of each item, to translate intake errors back to lines. */
  lines: number[];
}

/** Reads the bulk CSV into notice items, or throws a problem naming each bad line and column. */
export function itemsFromCsv(bytes: Uint8Array): CsvItems {
  const parsed = parseCsv(bytes, MAX_ITEMS_PER_NOTICE + 1);
  if (!parsed.ok) throw AppError.validation([parsed.error]);
  const [header, ...records] = parsed.rows;
  if (!header)
    throw AppError.field(
      '/csv',
      'non-empty',
      `the file has no header row; expected columns: ${CSV_COLUMNS.join(', ')}`,
    );
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  const errors: FieldError[] = [];
  columns.forEach((c, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(c))
      errors.push({
        pointer: `/csv/line/1/${i}`,
        rule: 'known-column',
        detail: `unknown column "${c}"; expected: ${CSV_COLUMNS.join(', ')}`,
      });
  });
  // Evidence columns come together; a file without them files items without evidence, which the
  // intake's evidence burden refuses unless the filer is in good faith and policy makes it optional.
  if (columns.includes('evidence_kind') !== columns.includes('evidence_sha256'))
    errors.push({
      pointer: '/csv/line/1',
      rule: 'required-column',
      detail: `the header must include ${columns.includes('evidence_kind') ? 'evidence_sha256' : 'evidence_kind'} with ${columns.includes('evidence_kind') ? 'evidence_kind' : 'evidence_sha256'}`,
    });
  if (records.length === 0)
    errors.push({ pointer: '/csv', rule: 'min-rows', detail: 'the file has a header but no listing rows' });
  if (records.length > MAX_ITEMS_PER_NOTICE) {
    errors.push({
      pointer: '/csv',
      rule: 'max-rows',
      detail: `a notice covers at most ${MAX_ITEMS_PER_NOTICE} listings; split the file into several notices`,
    });
  }
  if (errors.length > 0) throw AppError.validation(errors);

  const items: NoticeItemInput[] = [];
  const lines: number[] = [];
  for (const record of records) {
    const badField = record.fields.findIndex((f) => forbiddenCharacter(f) !== null);
    if (badField >= 0) {
      const [position, what] = forbiddenCharacter(record.fields[badField] as string) as [number, string];
      errors.push({
        pointer: `/csv/line/${record.line}/${badField}`,
        rule: 'text-characters',
        detail: `line ${record.line}, column ${columns[badField] ?? badField + 1}: forbidden character at position ${position}: ${what}`,
      });
      continue;
    }
    if (record.fields.length !== columns.length) {
      errors.push({
        pointer: `/csv/line/${record.line}`,
        rule: 'column-count',
        detail: `line ${record.line} has ${record.fields.length} fields; the header has ${columns.length}`,
      });
      continue;
    }
    const get = (c: Column) => {
      const v = record.fields[columns.indexOf(c)]?.trim();
      return v === undefined || v === '' ? undefined : v;
    };
    const at = (c: Column) => `/csv/line/${record.line}/${c}`;
    const kind = get('evidence_kind');
    const sha = get('evidence_sha256')?.toLowerCase();
    const listingId = get('listing_id');
    const marketplaceId = get('marketplace_id');
    const capturedAt = get('captured_at');
    // A row without evidence leaves both cells empty (the intake's burden decides); half a piece is wrong.
    const hasEvidence = kind !== undefined || sha !== undefined;
    if (hasEvidence && (!kind || !EVIDENCE_KINDS.includes(kind as EvidenceKind)))
      errors.push({
        pointer: at('evidence_kind'),
        rule: 'enum',
        detail: `line ${record.line}: must be one of ${EVIDENCE_KINDS.join(', ')}`,
      });
    if (hasEvidence && (!sha || !SHA256.test(sha)))
      errors.push({
        pointer: at('evidence_sha256'),
        rule: 'sha256',
        detail: `line ${record.line}: must be the 64-hex SHA-256 of an uploaded document`,
      });
    if (listingId && !UUID.test(listingId))
      errors.push({
        pointer: at('listing_id'),
        rule: 'uuid',
        detail: `line ${record.line}: must be an OpenIPP listing id (UUID)`,
      });
    if (marketplaceId && !UUID.test(marketplaceId))
      errors.push({
        pointer: at('marketplace_id'),
        rule: 'uuid',
        detail: `line ${record.line}: must be a marketplace id (UUID)`,
      });
    if (capturedAt && Number.isNaN(Date.parse(capturedAt)))
      errors.push({
        pointer: at('captured_at'),
        rule: 'date-time',
        detail: `line ${record.line}: must be an ISO 8601 date-time such as 2026-03-01T10:00:00Z`,
      });
    const url = get('url');
    const evidenceUrl = get('evidence_url');
    const explanation = get('explanation');
    const externalId = get('external_id');
    items.push({
      ...(listingId ? { listingId } : {}),
      ...(marketplaceId ? { marketplaceId } : {}),
      ...(externalId ? { externalId } : {}),
      ...(url ? { url } : {}),
      evidence: hasEvidence
        ? [
            {
              kind: (kind ?? 'other') as EvidenceKind,
              documentSha256: sha ?? '',
              ...(evidenceUrl ? { url: evidenceUrl } : {}),
              ...(capturedAt ? { capturedAt } : {}),
            },
          ]
        : [],
      ...(explanation ? { explanation } : {}),
    });
    lines.push(record.line);
  }
  if (errors.length > 0) throw AppError.validation(errors);
  return { items, lines };
}

const ITEM_FIELD_TO_COLUMN: Record<string, Column> = {
  listingId: 'listing_id',
  marketplaceId: 'marketplace_id',
  externalId: 'external_id',
  url: 'url',
  'evidence/0/kind': 'evidence_kind',
  'evidence/0/documentSha256': 'evidence_sha256',
  'evidence/0/url': 'evidence_url',
  'evidence/0/capturedAt': 'captured_at',
  evidence: 'evidence_sha256',
};

/** Rewrites intake errors on `/items/i/...` to the CSV line and column they came from. */
export function errorsToCsvLines(error: AppError, lines: readonly number[]): AppError {
  if (error.code !== 'VALIDATION_FAILED') return error;
  const mapped = error.errors.map((e) => {
    const match = /^\/items\/(\d+)(?:\/(.*))?$/.exec(e.pointer);
    if (!match)
      return {
        ...e,
        pointer: e.pointer.startsWith('/csv')
          ? e.pointer
          : `/query${e.pointer.replace(/^\/statements/, '').replace(/^\/contact\/(\w+)/, (_m, f: string) => `/contact${f[0]!.toUpperCase()}${f.slice(1)}`)}`,
      };
    const line = lines[Number(match[1])] ?? 0;
    const column = match[2] ? (ITEM_FIELD_TO_COLUMN[match[2]] ?? match[2]) : undefined;
    return {
      ...e,
      pointer: `/csv/line/${line}${column ? `/${column}` : ''}`,
      detail: `line ${line}: ${e.detail}`,
    };
  });
  return AppError.validation(mapped, error.userMessage);
}
