/**
 * A small seeded PRNG (sfc32, seeded by cyrb128 of a text) so a simulated company is byte-identical
 * for a seed on every machine. `fork(label)` gives an independent stream per concern, so adding a
 * scenario or a person never shifts the random draws of another.
 */

/** cyrb128: four 32-bit words from a string (a fast, well-mixed seed hash). */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** A seeded random stream with the draws the simulator needs. */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Normal (Box–Muller). */
  normal(mean: number, sd: number): number;
  /** A new shuffled array. */
  shuffle<T>(items: readonly T[]): T[];
  /** `n` lower-case hex digits. */
  hex(n: number): string;
  /** A version-4-shaped UUID. */
  uuid(): string;
  /** An independent stream named by `label` (same seed and label → same stream). */
  fork(label: string): Rng;
}

/** Creates the stream for a seed (a number or any text). */
export function createRng(seed: number | string): Rng {
  const seedText = String(seed);
  let [a, b, c, d] = cyrb128(seedText);
  const next = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // A few warm-up rounds: sfc32's first outputs correlate with the seed words.
  for (let i = 0; i < 12; i++) next();
  const hex = (n: number): string => {
    let out = '';
    while (out.length < n) out += Math.floor(next() * 0x10000).toString(16).padStart(4, '0');
    return out.slice(0, n);
  };
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (items) => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      let x = next() * total;
      for (const [item, w] of items) if ((x -= w) < 0) return item;
      return items[items.length - 1]![0];
    },
    normal: (mean, sd) => mean + sd * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
    hex,
    uuid: () => {
      const h = hex(32);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16]!, 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
    fork: (label) => createRng(`${seedText}/${label}`),
  };
  return rng;
}
