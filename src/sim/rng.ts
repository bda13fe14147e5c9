// Seeded pseudo-random numbers. Every random choice of the simulation goes through an Rng so that a scenario
// (site + seed) always produces the same skin block, in the browser, in tests and in benchmarks.
//
// Generator: sfc32 (Chris Doty-Humphrey's "small fast counting" generator, public domain, from PractRand),
// seeded through splitmix32 so that neighbouring seeds (1, 2, 3…) give unrelated streams.
// fork(label) derives an independent stream from the *seed* and the label, not from the parent's current state:
// drawing more numbers from one stream (e.g. adding follicles) never reshuffles another (e.g. melanocytes).

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Uniform in [min, max). */
  range(min: number, max: number): number
  /** Uniform integer in [min, maxInclusive]. */
  int(min: number, maxInclusive: number): number
  /** Normal deviate (Box–Muller). */
  normal(mean: number, sd: number): number
  /** An independent stream derived from this stream's seed and the label; same label → same stream. */
  fork(label: string): Rng
}

/** splitmix32 finaliser: a bijective 32-bit mixer (constants of the MurmurHash3 / splitmix family). */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
  return (z ^ (z >>> 16)) >>> 0
}

/** FNV-1a over the label's UTF-16 code units, started from a stream key, then mixed. */
function hashLabel(label: string, key: number): number {
  let h = (0x811c9dc5 ^ key) >>> 0
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return mix32(h)
}

/** 32-bit stream key of any finite number (integers up to 2^53 map without collisions in practice). */
function keyOfSeed(seed: number): number {
  const s = Number.isFinite(seed) ? Math.floor(Math.abs(seed)) : 0
  const lo = s >>> 0
  const hi = Math.floor(s / 4294967296) >>> 0
  return mix32(lo ^ mix32(hi))
}

function rngFromKey(key: number): Rng {
  // sfc32 state from four splitmix32 outputs; then warm up so weak seeds leave no trace.
  let a = mix32(key)
  let b = mix32(a)
  let c = mix32(b)
  let d = mix32(c)
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  for (let i = 0; i < 12; i++) nextUint32()

  const next = (): number => nextUint32() / 4294967296
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, maxInclusive) => min + Math.floor(next() * (maxInclusive - min + 1)),
    normal: (mean, sd) => {
      // Box–Muller; 1 − u keeps the logarithm's argument in (0, 1].
      const u1 = 1 - next()
      const u2 = next()
      return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2)
    },
    fork: (label) => rngFromKey(hashLabel(label, key)),
  }
}

export function createRng(seed: number): Rng {
  return rngFromKey(keyOfSeed(seed))
}
