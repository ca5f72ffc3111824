import { type Static, Type } from 'typebox';

/**
 * The audit API's shapes: one schema each is the TypeScript type of what the verifier and the
 * checkpointer produce and the response contract, so they cannot drift apart.
 */
const Hash = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256, lowercase hex' });

export const CheckpointSchema = Type.Object(
  {
    seq: Type.Integer({ minimum: 1, description: 'The last record the checkpoint covers' }),
    hash: Hash,
    at: Type.String({ description: 'When it was signed (ISO 8601)' }),
    keyId: Type.String({ description: "The signing key's SHA-256 fingerprint (see /v1/audit/public-key)" }),
    signature: Type.String({
      description:
        'Ed25519 signature, base64, over the canonical JSON (sorted keys) of {seq, hash, at, keyId}',
    }),
  },
  { additionalProperties: false },
);

export const PublicKeySchema = Type.Object(
  {
    algorithm: Type.Literal('Ed25519'),
    publicKeyPem: Type.String({ description: 'SubjectPublicKeyInfo, PEM' }),
    fingerprint: Type.String({
      description: 'SHA-256 of the DER public key, lowercase hex; checkpoints name it as keyId',
    }),
  },
  { additionalProperties: false },
);

export const CheckpointPageSchema = Type.Object(
  {
    items: Type.Array(CheckpointSchema),
    nextAfter: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Pass as `after` for the next page; null on the last page',
    }),
  },
  { additionalProperties: false },
);

export const FindingKind = Type.Union([
  Type.Literal('broken_link'),
  Type.Literal('record_mac'),
  Type.Literal('truncated'),
  Type.Literal('rewritten'),
  Type.Literal('forged_pending'),
  Type.Literal('bad_checkpoint'),
]);

export const FindingSchema = Type.Object(
  {
    kind: FindingKind,
    message: Type.String({ description: 'What is wrong, in one sentence' }),
    seq: Type.Optional(Type.Integer({ description: 'The record (or the checkpoint) concerned' })),
    fromSeq: Type.Optional(Type.Integer({ description: 'First seq of the range concerned' })),
    toSeq: Type.Optional(Type.Integer({ description: 'Last seq of the range concerned' })),
    checkpoint: Type.Optional(CheckpointSchema),
    source: Type.Optional(
      Type.String({ description: 'Where a checkpoint came from: a file (and line) or the database' }),
    ),
    entryId: Type.Optional(Type.Integer({ description: 'The quarantined pending entry' })),
  },
  { additionalProperties: false },
);

export const VerdictSchema = Type.Object(
  {
    ok: Type.Boolean({ description: 'True when there is no finding' }),
    checked: Type.Integer({ description: 'The last record whose link holds' }),
    head: Type.Integer({ description: 'The chain head (last sealed seq) as verification read it' }),
    sealed: Type.Integer({ description: 'Pending entries chained before the walk' }),
    pending: Type.Integer({ description: 'Entries still pending after it (not verified)' }),
    checkpoints: Type.Integer({
      description: 'Trusted (signature-checked) checkpoints the chain was compared with',
    }),
    latestCheckpoint: Type.Union([CheckpointSchema, Type.Null()]),
    signed: Type.Optional(
      Type.Union([CheckpointSchema, Type.Null()], {
        description: 'The checkpoint this verification signed after sealing into a chain that verified',
      }),
    ),
    firstBroken: Type.Optional(Type.Object({ seq: Type.Integer(), reason: Type.String() })),
    findings: Type.Array(FindingSchema),
  },
  { additionalProperties: false },
);

export type AuditFinding = Static<typeof FindingSchema>;
export type AuditVerdict = Static<typeof VerdictSchema>;
