import { createPrivateKey, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DatabaseTarget } from '../db/database.ts';
import { type OutboundSettings, parseAllowList } from '../net/index.ts';

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  database: DatabaseTarget;
  demoData: boolean;
  /**
   * Master key: per-marketplace webhook signing secrets and the key of the audit writers' MACs are
   * derived from it, never stored.
   */
  secretKey: Buffer;
  audit: AuditConfig;
  maxDocumentBytes: number;
  maxCsvBytes: number;
  webhookWorker: boolean;
  /**
   * Requests the platform makes on its own (webhooks): public https targets only, unless the
   * allow-list (development and tests) names a non-public target or plain http is allowed.
   */
  outbound: OutboundSettings;
  logLevel: string;
  /** Sessions unused for this many minutes end (they also end 12 h after login). */
  sessionIdleMinutes: number;
  /**
   * Whether to trust X-Forwarded-For/-Proto from a reverse proxy (Fastify's trustProxy: true, a
   * hop count, or addresses). Decides the client address for login throttling and whether the
   * session cookie is Secure.
   */
  trustProxy: boolean | number | string;
  /** Where listing changes go for proactive scanning: scanned in-process, or via NATS JetStream to scan workers. */
  scanBus: { kind: 'inline' } | { kind: 'nats'; url: string; stream: string };
  /** Domain events also go to a NATS JetStream stream (for consumers outside the platform). */
  eventBus: { kind: 'none' } | { kind: 'nats'; url: string; stream: string };
}

/**
 * Anchoring the audit chain outside the database: the key that signs checkpoints of the chain head
 * and the file they are appended to. Both live outside the database, so somebody who can write to
 * the database but cannot read the server's key files can neither forge nor remove a checkpoint.
 */
export interface AuditConfig {
  /** Ed25519 private key; its public key is published at GET /v1/audit/public-key. */
  signingKey: KeyObject;
  /** NDJSON file checkpoints are appended to; null only in tests that do not sign checkpoints. */
  checkpointFile: string | null;
  /** At most one checkpoint per this interval while a process seals (and one on shutdown). */
  checkpointIntervalMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = dataDirOf(env);
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be 0-65535, got ${env.PORT}`);
  const checkpointSeconds = Number(env.IPP_AUDIT_CHECKPOINT_SECONDS ?? 60);
  if (!Number.isFinite(checkpointSeconds) || checkpointSeconds <= 0)
    throw new Error(
      `IPP_AUDIT_CHECKPOINT_SECONDS must be a positive number, got ${env.IPP_AUDIT_CHECKPOINT_SECONDS}`,
    );
  return {
    host: env.HOST ?? '127.0.0.1',
    port,
    dataDir,
    database: databaseTargetOf(env),
    demoData: !['0', 'false', 'no', 'off'].includes((env.IPP_DEMO ?? '1').toLowerCase()),
    secretKey: loadSecretKey(env.IPP_SECRET_KEY, dataDir),
    audit: {
      signingKey: loadAuditSigningKey(env.IPP_AUDIT_SIGNING_KEY, dataDir),
      checkpointFile: resolve(env.IPP_AUDIT_CHECKPOINT_FILE ?? join(dataDir, 'audit-checkpoints.ndjson')),
      checkpointIntervalMs: checkpointSeconds * 1000,
    },
    maxDocumentBytes: Number(env.IPP_MAX_DOCUMENT_BYTES ?? 10 * 1024 * 1024),
    maxCsvBytes: 1024 * 1024,
    webhookWorker: env.IPP_WEBHOOK_WORKER !== '0',
    outbound: outboundFrom(env),
    logLevel: env.LOG_LEVEL ?? 'info',
    sessionIdleMinutes: positiveNumber(env.IPP_SESSION_IDLE_MINUTES, 30, 'IPP_SESSION_IDLE_MINUTES'),
    trustProxy: trustProxyFrom(env.IPP_TRUST_PROXY),
    scanBus: scanBusFrom(env),
    eventBus: eventBusFrom(env),
  };
}

function positiveNumber(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got ${text}`);
  return value;
}

function trustProxyFrom(text: string | undefined): boolean | number | string {
  if (!text || ['0', 'false', 'no', 'off'].includes(text.toLowerCase())) return false;
  if (['1', 'true', 'yes', 'on'].includes(text.toLowerCase())) return true;
  return /^\d+$/.test(text) ? Number(text) : text;
}

function outboundFrom(env: NodeJS.ProcessEnv): OutboundSettings {
  try {
    return {
      allow: parseAllowList(env.IPP_OUTBOUND_ALLOW ?? ''),
      allowHttp: ['1', 'true', 'yes', 'on'].includes((env.IPP_OUTBOUND_ALLOW_HTTP ?? '').toLowerCase()),
    };
  } catch (error) {
    throw new Error(`IPP_OUTBOUND_ALLOW: ${(error as Error).message}`);
  }
}

function dataDirOf(env: NodeJS.ProcessEnv): string {
  return resolve(env.IPP_DATA_DIR ?? './data');
}

/** The database alone, for tools that must not create key files (an outsider verifying the audit log). */
export function databaseTargetOf(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  return env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: join(dataDirOf(env), 'pglite') };
}

function eventBusFrom(env: NodeJS.ProcessEnv): Config['eventBus'] {
  if (env.IPP_EVENT_BUS !== 'nats') return { kind: 'none' };
  if (!env.NATS_URL) throw new Error('IPP_EVENT_BUS=nats needs NATS_URL (e.g. nats://127.0.0.1:4222)');
  return { kind: 'nats', url: env.NATS_URL, stream: env.IPP_EVENT_STREAM ?? 'IPP_EVENTS' };
}

function scanBusFrom(env: NodeJS.ProcessEnv): Config['scanBus'] {
  if (env.IPP_SCAN_BUS !== 'nats') return { kind: 'inline' };
  if (!env.NATS_URL) throw new Error('IPP_SCAN_BUS=nats needs NATS_URL (e.g. nats://127.0.0.1:4222)');
  return { kind: 'nats', url: env.NATS_URL, stream: env.IPP_SCAN_STREAM ?? 'IPP_SCAN' };
}

function loadSecretKey(fromEnv: string | undefined, dataDir: string): Buffer {
  if (fromEnv) return Buffer.from(fromEnv, 'utf8');
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  return key;
}

/**
 * The audit signing key: IPP_AUDIT_SIGNING_KEY (PKCS#8 as PEM, or base64 of its DER), else
 * `audit-signing.key` in the data folder, generated on first use with mode 600 like the master key.
 */
function loadAuditSigningKey(fromEnv: string | undefined, dataDir: string): KeyObject {
  const key = fromEnv ? parsePrivateKey(fromEnv) : keyFromFile(join(dataDir, 'audit-signing.key'));
  if (key.asymmetricKeyType !== 'ed25519')
    throw new Error(`the audit signing key must be Ed25519, got ${key.asymmetricKeyType}`);
  return key;
}

function parsePrivateKey(text: string): KeyObject {
  const trimmed = text.trim();
  return trimmed.includes('-----BEGIN')
    ? createPrivateKey(trimmed)
    : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
}

function keyFromFile(file: string): KeyObject {
  if (existsSync(file)) return parsePrivateKey(readFileSync(file, 'utf8'));
  mkdirSync(dirname(file), { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  try {
    // 'wx': two processes starting at once on one data folder keep the first one's key.
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return parsePrivateKey(readFileSync(file, 'utf8'));
  }
  return privateKey;
}

/** Configuration for tests and tools: in-memory PGlite unless a database URL is given. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    host: '127.0.0.1',
    port: 0,
    dataDir: '',
    database: { kind: 'pglite', dataDir: undefined },
    demoData: false,
    secretKey: Buffer.from('test-secret-key-0123456789abcdef'),
    audit: {
      signingKey: generateKeyPairSync('ed25519').privateKey,
      checkpointFile: null,
      checkpointIntervalMs: 60_000,
    },
    maxDocumentBytes: 1024 * 1024,
    maxCsvBytes: 1024 * 1024,
    webhookWorker: false,
    // As in production: tests that reach a local server allow it explicitly.
    outbound: { allow: [], allowHttp: false },
    logLevel: 'silent',
    sessionIdleMinutes: 30,
    trustProxy: false,
    scanBus: { kind: 'inline' },
    eventBus: { kind: 'none' },
    ...overrides,
  };
}
