/**
 * The thin decoding edge around `sharp`: sniff the format from the bytes, refuse what is not a
 * still image or is too big, decode to at most 512x512 RGB (the reference hasher's own first step),
 * and hand luminance to the pure PDQ in `src/detection/pdq.ts`. Every refusal is a reason code.
 */

import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { type PdqResult, pdqFromPixels } from '../detection/pdq.ts';

sharp.cache(false);
sharp.concurrency(1);

export const IMAGE_LIMITS = {
  /** bytes accepted from a marketplace or an upload */
  maxBytes: 10 * 1024 * 1024,
  /** decoded pixels; a 100-megapixel file or a decompression bomb is refused before decoding */
  maxPixels: 30_000_000,
  /** the reference hasher's working size */
  workingSize: 512,
} as const;

export type ImageFormat = 'jpeg' | 'png' | 'gif' | 'webp';

export const IMAGE_REFUSALS = {
  'not-an-image': 'the bytes are not a JPEG, PNG, GIF or WebP image',
  'too-large': 'the file is larger than the size limit',
  'too-many-pixels': 'the image has more pixels than the limit (a decompression bomb or a huge file)',
  animated: 'animated images are not hashed',
  'broken-image': 'the image could not be decoded (truncated or corrupt)',
  'too-small': 'the image is smaller than 5 pixels on a side',
  'low-quality': 'the image is too featureless for its perceptual hash to mean anything',
} as const;
export type ImageRefusal = keyof typeof IMAGE_REFUSALS;

export class ImageRefused extends Error {
  readonly reason: ImageRefusal;
  constructor(reason: ImageRefusal, detail?: string) {
    super(detail ? `${IMAGE_REFUSALS[reason]}: ${detail}` : IMAGE_REFUSALS[reason]);
    this.reason = reason;
  }
}

/** The format from the first bytes, never from a declared content type or file name. */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | null {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (
    b.length >= 8 &&
    b[0] === 0x89 &&
    b[1] === 0x50 &&
    b[2] === 0x4e &&
    b[3] === 0x47 &&
    b[4] === 0x0d &&
    b[5] === 0x0a &&
    b[6] === 0x1a &&
    b[7] === 0x0a
  ) {
    return 'png';
  }
  if (b.length >= 6 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return 'gif';
  if (
    b.length >= 12 &&
    b[0] === 0x52 &&
    b[1] === 0x49 &&
    b[2] === 0x46 &&
    b[3] === 0x46 &&
    b[8] === 0x57 &&
    b[9] === 0x45 &&
    b[10] === 0x42 &&
    b[11] === 0x50
  ) {
    return 'webp';
  }
  return null;
}

export interface ImageHashes extends PdqResult {
  sha256: string;
  format: ImageFormat;
  width: number;
  height: number;
  /** The decoded working raster (at most 512x512 RGB), from which `thumbnailOf` draws. */
  raster: { data: Buffer; width: number; height: number; channels: number };
}

/** Thumbnails fit in this square, keeping the picture's proportions. */
export const THUMBNAIL_SIZE = 240;

export interface Thumbnail {
  content: Buffer;
  width: number;
  height: number;
}

/**
 * A small JPEG of the hashed image, drawn from the raster already decoded for the hash (no second
 * decode), restored to the picture's own proportions.
 */
export async function thumbnailOf(hashes: ImageHashes): Promise<Thumbnail> {
  const scale = Math.min(1, THUMBNAIL_SIZE / Math.max(hashes.width, hashes.height));
  const width = Math.max(1, Math.round(hashes.width * scale));
  const height = Math.max(1, Math.round(hashes.height * scale));
  const { data, width: w, height: h, channels } = hashes.raster;
  const content = await sharp(data, { raw: { width: w, height: h, channels: channels as 3 } })
    .resize(width, height, { fit: 'fill' })
    .jpeg({ quality: 75 })
    .toBuffer();
  return { content, width, height };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Hashes one image or throws `ImageRefused` with the reason. A quality under the threshold is
 * not a refusal here (the caller records the quality and ignores the hash for matching).
 */
export async function hashImage(
  bytes: Uint8Array,
  limits: { maxBytes?: number; maxPixels?: number } = {},
): Promise<ImageHashes> {
  const maxBytes = limits.maxBytes ?? IMAGE_LIMITS.maxBytes;
  const maxPixels = limits.maxPixels ?? IMAGE_LIMITS.maxPixels;
  if (bytes.length > maxBytes) throw new ImageRefused('too-large', `${bytes.length} bytes`);
  const format = sniffImageFormat(bytes);
  if (!format) throw new ImageRefused('not-an-image');
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false, animated: true }).metadata();
  } catch (error) {
    throw new ImageRefused('broken-image', (error as Error).message);
  }
  const width = meta.width ?? 0;
  const height = (meta.pageHeight ?? meta.height) || 0;
  if ((meta.pages ?? 1) > 1) throw new ImageRefused('animated', `${meta.pages} frames`);
  if (width * height > maxPixels) throw new ImageRefused('too-many-pixels', `${width}x${height}`);
  if (width < 5 || height < 5) throw new ImageRefused('too-small', `${width}x${height}`);
  let raw: { data: Buffer; info: sharp.OutputInfo };
  try {
    const size = IMAGE_LIMITS.workingSize;
    raw = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error', sequentialRead: true })
      .rotate()
      .resize(size, size, { fit: 'inside', kernel: 'nearest', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    const message = (error as Error).message;
    if (/pixel limit/i.test(message)) throw new ImageRefused('too-many-pixels', message);
    throw new ImageRefused('broken-image', message);
  }
  const { data, info } = raw;
  const pdq = pdqFromPixels(data, info.width, info.height, info.channels);
  return {
    ...pdq,
    sha256: sha256Hex(bytes),
    format,
    width,
    height,
    raster: { data, width: info.width, height: info.height, channels: info.channels },
  };
}
