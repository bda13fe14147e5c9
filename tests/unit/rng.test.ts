import { describe, it, expect } from 'vitest'
import { createRng } from '../../src/sim'

const take = (seed: number, n: number) => {
  const rng = createRng(seed)
  return Array.from({ length: n }, () => rng.next())
}

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take(42, 200)).toEqual(take(42, 200))
  })

  it('gives different sequences for neighbouring seeds', () => {
    const a = take(1, 50)
    const b = take(2, 50)
    expect(a).not.toEqual(b)
    // no shared values at all (a weakly mixed seed would give shifted copies)
    expect(a.filter((x) => b.includes(x))).toHaveLength(0)
  })

  it('stays in [0, 1) and is usable at the extreme seeds', () => {
    for (const seed of [0, 1, 2147483647, 2 ** 40, -5, 3.7]) {
      for (const x of take(seed, 1000)) {
        expect(x).toBeGreaterThanOrEqual(0)
        expect(x).toBeLessThan(1)
      }
    }
  })

  it('has a uniform mean and variance', () => {
    const xs = take(7, 100_000)
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length
    expect(mean).toBeCloseTo(0.5, 2)
    expect(variance).toBeCloseTo(1 / 12, 2)
    // ten equal bins hold about 10% each
    const bins = new Array(10).fill(0)
    for (const x of xs) bins[Math.floor(x * 10)]++
    for (const count of bins) expect(Math.abs(count / xs.length - 0.1)).toBeLessThan(0.005)
  })

  it('range and int respect their bounds, int hits both ends', () => {
    const rng = createRng(3)
    const seen = new Set<number>()
    for (let i = 0; i < 5000; i++) {
      const r = rng.range(-2, 5)
      expect(r).toBeGreaterThanOrEqual(-2)
      expect(r).toBeLessThan(5)
      const k = rng.int(1, 6)
      expect(Number.isInteger(k)).toBe(true)
      seen.add(k)
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('normal has the requested mean and standard deviation', () => {
    const rng = createRng(11)
    const n = 100_000
    let sum = 0
    let sumSq = 0
    for (let i = 0; i < n; i++) {
      const z = rng.normal(10, 3)
      expect(Number.isFinite(z)).toBe(true)
      sum += z
      sumSq += z * z
    }
    const mean = sum / n
    const sd = Math.sqrt(sumSq / n - mean * mean)
    expect(Math.abs(mean - 10)).toBeLessThan(0.05)
    expect(Math.abs(sd - 3)).toBeLessThan(0.05)
  })
})

describe('fork', () => {
  it('is reproducible: the same label gives the same stream', () => {
    const a = createRng(5).fork('follicles')
    const b = createRng(5).fork('follicles')
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(Array.from({ length: 20 }, () => b.next()))
  })

  it('does not depend on how much the parent has drawn', () => {
    const fresh = createRng(5)
    const used = createRng(5)
    for (let i = 0; i < 1000; i++) used.next()
    expect(fresh.fork('melanocytes').next()).toBe(used.fork('melanocytes').next())
  })

  it('gives independent streams for different labels and seeds', () => {
    const parent = createRng(5)
    const a = parent.fork('melanocytes')
    const b = parent.fork('follicles')
    const c = createRng(6).fork('melanocytes')
    const xa = Array.from({ length: 2000 }, () => a.next())
    const xb = Array.from({ length: 2000 }, () => b.next())
    const xc = Array.from({ length: 2000 }, () => c.next())
    expect(xa).not.toEqual(xb)
    expect(xa).not.toEqual(xc)
    // correlation near zero
    const corr = (p: number[], q: number[]) => {
      const mp = p.reduce((s, x) => s + x, 0) / p.length
      const mq = q.reduce((s, x) => s + x, 0) / q.length
      let num = 0
      let dp = 0
      let dq = 0
      for (let i = 0; i < p.length; i++) {
        num += (p[i] - mp) * (q[i] - mq)
        dp += (p[i] - mp) ** 2
        dq += (q[i] - mq) ** 2
      }
      return num / Math.sqrt(dp * dq)
    }
    expect(Math.abs(corr(xa, xb))).toBeLessThan(0.1)
    expect(Math.abs(corr(xa, xc))).toBeLessThan(0.1)
  })

  it('differs from the parent stream and nests', () => {
    const parent = createRng(9)
    const child = createRng(9).fork('x')
    expect(parent.next()).not.toBe(child.next())
    expect(createRng(9).fork('x').fork('y').next()).toBe(createRng(9).fork('x').fork('y').next())
    expect(createRng(9).fork('x').fork('y').next()).not.toBe(createRng(9).fork('y').fork('x').next())
  })
})
