import { createHash, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { derivedSigningKey, keyIdOf, publicKeyOf } from '../auth/signing-keys.ts';

/**
 * The referral archive, pure: a POSIX tar (ustar) of the bundle's files, a manifest naming each
 * file with its SHA-256 and size, and an Ed25519 signature over the manifest's exact bytes. The
 * verifier needs only the archive and the public key: no database, no network.
 */

export interface ArchiveFile {
  path: string;
  content: Buffer;
}

export interface Manifest {
  format: 'openipp-referral-bundle/1';
  referralId: string;
  createdAt: string;
  keyId: string;
  files: { path: string; sha256: string; size: number }[];
}

export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'manifest.sig';

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

// --- tar (ustar), enough for regular files with paths up to 255 bytes ---

function octal(value: number, length: number): string {
  return `${value.toString(8).padStart(length - 1, '0')}\0`;
}

function header(path: string, size: number, mtime: number): Buffer {
  const block = Buffer.alloc(512, 0);
  let name = path;
  let prefix = '';
  if (Buffer.byteLength(path) > 100) {
    const cut = path.lastIndexOf('/', 155);
    if (cut <= 0 || Buffer.byteLength(path.slice(cut + 1)) > 100)
      throw new Error(`path too long for tar: ${path}`);
    prefix = path.slice(0, cut);
    name = path.slice(cut + 1);
  }
  block.write(name, 0, 100, 'utf8');
  block.write(octal(0o644, 8), 100, 8, 'ascii');
  block.write(octal(0, 8), 108, 8, 'ascii');
  block.write(octal(0, 8), 116, 8, 'ascii');
  block.write(octal(size, 12), 124, 12, 'ascii');
  block.write(octal(mtime, 12), 136, 12, 'ascii');
  block.write('        ', 148, 8, 'ascii');
  block.write('0', 156, 1, 'ascii');
  block.write('ustar\0', 257, 6, 'ascii');
  block.write('00', 263, 2, 'ascii');
  block.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'ascii');
  return block;
}

export function writeTar(files: readonly ArchiveFile[], mtime: Date): Buffer {
  const parts: Buffer[] = [];
  const seconds = Math.floor(mtime.getTime() / 1000);
  for (const f of files) {
    parts.push(header(f.path, f.content.length, seconds), f.content);
    const pad = (512 - (f.content.length % 512)) % 512;
    if (pad > 0) parts.push(Buffer.alloc(pad, 0));
  }
  parts.push(Buffer.alloc(1024, 0));
  return Buffer.concat(parts);
}

export function readTar(archive: Buffer): ArchiveFile[] {
  const files: ArchiveFile[] = [];
  let offset = 0;
  while (offset + 512 <= archive.length) {
    const block = archive.subarray(offset, offset + 512);
    if (block.every((b) => b === 0)) break;
    const text = (start: number, length: number) =>
      block
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = Number.parseInt(text(124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) throw new Error(`bad tar header at ${offset}`);
    const prefix = text(345, 155);
    const name = text(0, 100);
    const path = prefix ? `${prefix}/${name}` : name;
    const start = offset + 512;
    if (start + size > archive.length) throw new Error(`truncated tar entry ${path}`);
    if (text(156, 1) === '0' || text(156, 1) === '')
      files.push({ path, content: Buffer.from(archive.subarray(start, start + size)) });
    offset = start + Math.ceil(size / 512) * 512;
  }
  return files;
}

// --- keys ---

/**
 * The platform's referral signing key, derived from the master key (HMAC with a purpose label), so
 * it is stable across restarts and processes, separate from every other key, and needs no new file.
 */
export function referralSigningKey(masterKey: Buffer): KeyObject {
  return derivedSigningKey(masterKey, 'openipp:referral-manifest-signing:v1');
}

export function publicPemOf(privateKey: KeyObject): { pem: string; keyId: string } {
  const { publicKeyPem, keyId } = publicKeyOf(privateKey);
  return { pem: publicKeyPem, keyId };
}

// --- bundle ---

/** The archive: the files, then the manifest and its signature. */
export function buildArchive(input: {
  referralId: string;
  files: readonly ArchiveFile[];
  privateKey: KeyObject;
  now: Date;
}): { archive: Buffer; manifest: Manifest; manifestSha256: string } {
  const keyId = keyIdOf(createPublicKey(input.privateKey));
  const paths = new Set<string>();
  for (const f of input.files) {
    if (paths.has(f.path) || f.path === MANIFEST_PATH || f.path === SIGNATURE_PATH)
      throw new Error(`duplicate path ${f.path}`);
    paths.add(f.path);
  }
  const manifest: Manifest = {
    format: 'openipp-referral-bundle/1',
    referralId: input.referralId,
    createdAt: input.now.toISOString(),
    keyId,
    files: input.files.map((f) => ({ path: f.path, sha256: sha256(f.content), size: f.content.length })),
  };
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  const signature = sign(null, manifestBytes, input.privateKey).toString('base64');
  const archive = writeTar(
    [
      { path: MANIFEST_PATH, content: manifestBytes },
      { path: SIGNATURE_PATH, content: Buffer.from(`${signature}\n`) },
      ...input.files,
    ],
    input.now,
  );
  return { archive, manifest, manifestSha256: sha256(manifestBytes) };
}

export interface ArchiveVerdict {
  ok: boolean;
  referralId: string | null;
  files: number;
  problems: string[];
}

/**
 * Checks an archive offline: the manifest's signature under the given public key, every file named
 * in it present with its SHA-256 and size, and no file the manifest does not name.
 */
export function verifyArchive(archive: Buffer, publicKey: KeyObject): ArchiveVerdict {
  let files: ArchiveFile[];
  try {
    files = readTar(archive);
  } catch (error) {
    return {
      ok: false,
      referralId: null,
      files: 0,
      problems: [`not a readable archive: ${(error as Error).message}`],
    };
  }
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const manifestBytes = byPath.get(MANIFEST_PATH);
  const signature = byPath.get(SIGNATURE_PATH);
  if (!manifestBytes || !signature)
    return {
      ok: false,
      referralId: null,
      files: files.length,
      problems: ['the manifest or its signature is missing'],
    };
  const problems: string[] = [];
  let signed = false;
  try {
    signed = verify(null, manifestBytes, publicKey, Buffer.from(signature.toString('utf8').trim(), 'base64'));
  } catch {
    signed = false;
  }
  if (!signed) problems.push('the manifest signature does not hold under this public key');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
  } catch {
    return {
      ok: false,
      referralId: null,
      files: files.length,
      problems: [...problems, 'the manifest is not JSON'],
    };
  }
  if (manifest.keyId !== keyIdOf(publicKey))
    problems.push(`the manifest names key ${manifest.keyId}, not this one`);
  const named = new Set<string>();
  for (const entry of manifest.files ?? []) {
    named.add(entry.path);
    const content = byPath.get(entry.path);
    if (!content) problems.push(`${entry.path}: missing`);
    else if (sha256(content) !== entry.sha256 || content.length !== entry.size)
      problems.push(`${entry.path}: SHA-256 does not match the manifest (altered)`);
  }
  for (const f of files)
    if (f.path !== MANIFEST_PATH && f.path !== SIGNATURE_PATH && !named.has(f.path))
      problems.push(`${f.path}: not named in the manifest (added)`);
  return { ok: problems.length === 0, referralId: manifest.referralId ?? null, files: named.size, problems };
}
