/**
 * Product-like photographs drawn with sharp (no binary files needed): for the demo data and tests.
 * The same seed draws the same picture; different seeds draw unrelated ones.
 */
import sharp from 'sharp';

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

export async function productPhoto(
  seed: number,
  options: { width?: number; height?: number; format?: 'png' | 'jpeg' } = {},
): Promise<Buffer> {
  const width = options.width ?? 480;
  const height = options.height ?? 480;
  const r = rng(seed);
  const colour = () =>
    `hsl(${Math.floor(r() * 360)},${40 + Math.floor(r() * 50)}%,${25 + Math.floor(r() * 50)}%)`;
  const shapes: string[] = [];
  // A studio backdrop with a gradient, a product body, a strap or lid, details and a shadow.
  shapes.push(
    `<defs><linearGradient id="g" x1="0" y1="0" x2="${r().toFixed(2)}" y2="1"><stop offset="0" stop-color="${colour()}"/><stop offset="1" stop-color="${colour()}"/></linearGradient></defs>`,
    `<rect width="100%" height="100%" fill="url(#g)"/>`,
  );
  for (let i = 0; i < 7; i++) {
    const x = Math.floor(r() * width * 0.8);
    const y = Math.floor(r() * height * 0.8);
    const w = Math.floor(width * (0.1 + r() * 0.45));
    const h = Math.floor(height * (0.1 + r() * 0.45));
    shapes.push(
      r() < 0.5
        ? `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${Math.floor(r() * 30)}" fill="${colour()}"/>`
        : `<ellipse cx="${x + w / 2}" cy="${y + h / 2}" rx="${w / 2}" ry="${h / 2}" fill="${colour()}"/>`,
    );
  }
  for (let i = 0; i < 5; i++) {
    shapes.push(
      `<line x1="${Math.floor(r() * width)}" y1="${Math.floor(r() * height)}" x2="${Math.floor(r() * width)}" y2="${Math.floor(r() * height)}" stroke="${colour()}" stroke-width="${4 + Math.floor(r() * 14)}"/>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes.join('')}</svg>`;
  const image = sharp(Buffer.from(svg));
  return options.format === 'jpeg' ? image.jpeg({ quality: 88 }).toBuffer() : image.png().toBuffer();
}
