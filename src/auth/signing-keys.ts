import { createHash, createHmac, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * An Ed25519 signing key derived from the master key with a purpose label (HMAC-SHA256 of the label
 * as the seed): the same in every process of a deployment, needing no key file of its own, and
 * separate per purpose, so a signature made for one (a referral manifest, a receipt) never stands
 * for another.
 */
export function derivedSigningKey(masterKey: Buffer, purpose: string): KeyObject {
  const seed = createHmac('sha256', masterKey).update(purpose).digest();
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** A public key's id: SHA-256 (hex) of its SPKI DER bytes. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** The public half of a signing key as PEM, with its id. */
export function publicKeyOf(privateKey: KeyObject): { publicKeyPem: string; keyId: string } {
  const pub = createPublicKey(privateKey);
  return { publicKeyPem: pub.export({ type: 'spki', format: 'pem' }).toString(), keyId: keyIdOf(pub) };
}
