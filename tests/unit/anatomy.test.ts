import { describe, it, expect } from 'vitest'
import {
  SITE_IDS,
  generateSkinBlock,
  dermoEpidermalJunctionDepthUm,
  follicleAxisPointUm,
  follicleAxisDirection,
  bulbCentreDepthUm,
  bulbTopDepthUm,
  isInLesion,
  distanceToLesionBorderUm,
  paramValue,
  type Cell,
  type Follicle,
  type SiteId,
  type SkinBlock,
} from '../../src/sim'

/**
 * REFERENCE figures per site, with the tolerance of each check (µm for thicknesses).
 * Thicknesses: ±0.5 µm of the figure (they are set, not sampled). Densities: melanocytes ±10% of the figure
 * per mm² of healthy skin; follicles ±25% or ±1 follicle.
 */
const EXPECTED: Record<
  SiteId,
  {
    scUm: number
    veUm: number
    melanocytesPerMm2: number
    folliclesPerMm2: number
    dermisUm?: number
    epidermisPlusDermisUm?: number
    epidermisUm?: number
  }
> = {
  forearm: { scUm: 18.3, veUm: 56.6, melanocytesPerMm2: 955, folliclesPerMm2: 1.4 },
  face: {
    scUm: 16.8,
    veUm: 68.6 - 14.1,
    melanocytesPerMm2: 2000,
    folliclesPerMm2: 4.39,
    epidermisPlusDermisUm: 1000,
  },
  trunk: { scUm: 11.0, veUm: 70.3, melanocytesPerMm2: 1000, folliclesPerMm2: 0.85 },
  extremity: { scUm: 18.3, veUm: 56.6, melanocytesPerMm2: 955, folliclesPerMm2: 0.5 },
  hand: { scUm: 29.3, veUm: 99.75 - 29.3, melanocytesPerMm2: 955, folliclesPerMm2: 0.3, dermisUm: 2115 },
  palm: { scUm: 173, veUm: 227, melanocytesPerMm2: 150, folliclesPerMm2: 0, epidermisUm: 400 },
}

const SEEDS = [1, 2, 3]
const blocks = new Map<string, SkinBlock>()
function block(site: SiteId, seed = 1): SkinBlock {
  const key = `${site}:${seed}`
  if (!blocks.has(key)) blocks.set(key, generateSkinBlock(site, seed))
  return blocks.get(key)!
}

const areaMm2 = (b: SkinBlock) => (b.widthUm * b.lengthUm) / 1e6
const allCells = (b: SkinBlock): Cell[] => [...b.melanocytes, ...b.precursors, ...b.tCells]

/** Distance from point p to the follicle axis line, in 3D (x, y, depth), µm. */
function distanceToAxisUm(f: Follicle, c: Cell): number {
  const d = follicleAxisDirection(f)
  const rel = [c.xUm - f.xUm, c.yUm - f.yUm, c.depthUm]
  const along = rel[0] * d[0] + rel[1] * d[1] + rel[2] * d[2]
  return Math.hypot(rel[0] - along * d[0], rel[1] - along * d[1], rel[2] - along * d[2])
}

describe.each(SITE_IDS)('skin block: %s', (site) => {
  const exp = EXPECTED[site]

  it('has the REFERENCE layer thicknesses', () => {
    const b = block(site)
    expect(Math.abs(b.layers.stratumCorneumUm - exp.scUm)).toBeLessThanOrEqual(0.5)
    expect(Math.abs(b.layers.viableEpidermisUm - exp.veUm)).toBeLessThanOrEqual(0.5)
    expect(b.layers.basalLayerUm).toBe(10)
    const dermis = b.layers.papillaryDermisUm + b.layers.reticularDermisUm
    if (exp.dermisUm) expect(Math.abs(dermis - exp.dermisUm)).toBeLessThanOrEqual(1)
    if (exp.epidermisPlusDermisUm) {
      const total = b.layers.stratumCorneumUm + b.layers.viableEpidermisUm + dermis
      expect(Math.abs(total - exp.epidermisPlusDermisUm)).toBeLessThanOrEqual(50)
    }
    if (exp.epidermisUm) {
      expect(
        Math.abs(b.layers.stratumCorneumUm + b.layers.viableEpidermisUm - exp.epidermisUm),
      ).toBeLessThanOrEqual(1)
    }
    // depths stack and the block shows the top of the subcutis
    const d = b.depths
    expect(d.stratumCorneumBottomUm).toBeCloseTo(b.layers.stratumCorneumUm, 6)
    expect(d.dermoEpidermalJunctionUm).toBeCloseTo(exp.scUm + exp.veUm, 0)
    expect(d.papillaryDermisBottomUm).toBeGreaterThan(d.dermoEpidermalJunctionUm)
    expect(d.reticularDermisBottomUm).toBeGreaterThan(d.papillaryDermisBottomUm)
    expect(d.blockBottomUm - d.reticularDermisBottomUm).toBeCloseTo(b.layers.subcutisShownUm, 6)
  })

  it('keeps the rete-ridge undulation well inside the viable epidermis', () => {
    const b = block(site)
    expect(b.ridges.amplitudeUm).toBeGreaterThan(0)
    expect(b.ridges.amplitudeUm).toBeLessThan(b.layers.viableEpidermisUm - b.layers.basalLayerUm - 5)
    // the formula (the shader contract)
    const { amplitudeUm: a, wavelengthUm: l } = b.ridges
    for (const [x, y] of [
      [0, 0],
      [l / 4, l / 4],
      [l / 4, (3 * l) / 4],
      [123.4, 987.6],
    ]) {
      const expected =
        b.depths.dermoEpidermalJunctionUm +
        a * Math.sin((2 * Math.PI * x) / l) * Math.sin((2 * Math.PI * y) / l)
      expect(dermoEpidermalJunctionDepthUm(b, x, y)).toBeCloseTo(expected, 9)
    }
    expect(dermoEpidermalJunctionDepthUm(b, l / 4, l / 4)).toBeCloseTo(
      b.depths.dermoEpidermalJunctionUm + a,
      9,
    )
  })

  it.each(SEEDS)('has the site melanocyte density in healthy skin (seed %i, ±10%)', (seed) => {
    const b = block(site, seed)
    const healthyMm2 = (1 - b.lesion.areaFraction) * areaMm2(b)
    const density = b.counts.melanocytesHealthy / healthyMm2
    expect(Math.abs(density / exp.melanocytesPerMm2 - 1)).toBeLessThan(0.1)
    expect(b.figures.melanocytesPerMm2).toBe(exp.melanocytesPerMm2)
  })

  it.each(SEEDS)('has the site follicle density (seed %i, ±25% or ±1)', (seed) => {
    const b = block(site, seed)
    const expected = exp.folliclesPerMm2 * areaMm2(b)
    expect(b.counts.follicles).toBe(b.follicles.length)
    expect(Math.abs(b.follicles.length - expected)).toBeLessThanOrEqual(Math.max(1, 0.25 * expected))
  })

  it('is deterministic: same seed same block, other seed another block', () => {
    const a = generateSkinBlock(site, 7)
    const again = generateSkinBlock(site, 7)
    expect(again).toEqual(a)
    const other = generateSkinBlock(site, 8)
    expect(other).not.toEqual(a)
    expect(other.melanocytes[0]).not.toEqual(a.melanocytes[0])
  })

  it('keeps every cell inside the block and ids unique', () => {
    const b = block(site)
    const cells = allCells(b)
    for (const c of cells) {
      expect(c.xUm).toBeGreaterThanOrEqual(0)
      expect(c.xUm).toBeLessThanOrEqual(b.widthUm)
      expect(c.yUm).toBeGreaterThanOrEqual(0)
      expect(c.yUm).toBeLessThanOrEqual(b.lengthUm)
      expect(c.depthUm).toBeGreaterThanOrEqual(0)
      expect(c.depthUm).toBeLessThanOrEqual(b.depths.blockBottomUm)
    }
    expect(new Set(cells.map((c) => c.id)).size).toBe(cells.length)
  })

  it('puts basal melanocytes in the basal layer of healthy skin only', () => {
    const b = block(site)
    expect(b.melanocytes.length).toBeGreaterThan(0)
    expect(b.counts.melanocytesLesion).toBe(0)
    expect(b.counts.melanocytesHealthy).toBe(b.melanocytes.length)
    for (const c of b.melanocytes) {
      expect(c.kind).toBe('melanocyte')
      expect(c.niche).toBe('basalLayer')
      expect(c.follicleId).toBe(-1)
      expect(c.inLesion).toBe(false)
      expect(isInLesion(b.lesion, c.xUm, c.yUm)).toBe(false)
      const dej = dermoEpidermalJunctionDepthUm(b, c.xUm, c.yUm)
      expect(c.depthUm).toBeLessThanOrEqual(dej)
      expect(c.depthUm).toBeGreaterThanOrEqual(dej - b.layers.basalLayerUm)
      expect(c.depthUm).toBeGreaterThan(b.depths.stratumCorneumBottomUm)
      for (const f of b.follicles) {
        expect(Math.hypot(c.xUm - f.xUm, c.yUm - f.yUm)).toBeGreaterThan(f.outerRootSheathRadiusUm)
      }
    }
  })

  it('has follicles with ordered depths, realistic radii, inside the block', () => {
    const b = block(site)
    const maxTilt = (paramValue('follicle.maxTiltDeg') * Math.PI) / 180
    for (const f of b.follicles) {
      expect(f.infundibulumDepthUm).toBeGreaterThan(b.depths.dermoEpidermalJunctionUm)
      expect(f.infundibulumDepthUm).toBeLessThan(f.bulgeDepthUm)
      expect(f.bulgeDepthUm).toBeLessThan(bulbTopDepthUm(f))
      expect(f.bulgeDepthUm).toBeLessThan(f.bulbBaseDepthUm)
      expect(f.bulbBaseDepthUm).toBeLessThanOrEqual(b.depths.blockBottomUm)
      expect(bulbTopDepthUm(f)).toBeGreaterThan(b.depths.papillaryDermisBottomUm)
      expect(f.tiltRad).toBeGreaterThanOrEqual(0)
      expect(f.tiltRad).toBeLessThanOrEqual(maxTilt + 1e-9)
      const [orsMin, orsMax] = f.kind === 'vellus' ? [20, 40] : [50, 80]
      expect(f.outerRootSheathRadiusUm).toBeGreaterThanOrEqual(orsMin)
      expect(f.outerRootSheathRadiusUm).toBeLessThanOrEqual(orsMax)
      expect(f.bulbRadiusUm).toBeGreaterThan(f.outerRootSheathRadiusUm)
      expect(f.dermalPapillaRadiusUm).toBeLessThan(f.bulbRadiusUm)
      expect(f.hairShaftRadiusUm).toBeLessThan(f.outerRootSheathRadiusUm)
      expect(f.hairShaftRadiusUm).toBe(f.kind === 'vellus' ? 15 : 35)
      expect(f.inLesion).toBe(isInLesion(b.lesion, f.xUm, f.yUm))
      // opening and bulb inside the block's sides
      for (const [depth, radius] of [
        [0, f.outerRootSheathRadiusUm],
        [f.bulbBaseDepthUm, f.bulbRadiusUm],
      ]) {
        const p = follicleAxisPointUm(f, depth)
        expect(p.xUm - radius).toBeGreaterThanOrEqual(0)
        expect(p.xUm + radius).toBeLessThanOrEqual(b.widthUm)
        expect(p.yUm - radius).toBeGreaterThanOrEqual(0)
        expect(p.yUm + radius).toBeLessThanOrEqual(b.lengthUm)
      }
    }
    expect(new Set(b.follicles.map((f) => f.id)).size).toBe(b.follicles.length)
  })

  it('puts precursors only in lesional follicles: middle/lower outer root sheath and bulb', () => {
    const b = block(site)
    const byId = new Map(b.follicles.map((f) => [f.id, f]))
    const lesional = b.follicles.filter((f) => f.inLesion)
    expect(b.precursors.length).toBe(lesional.length * b.figures.precursorsPerFollicle)
    expect(b.counts.precursors).toBe(b.precursors.length)
    for (const c of b.precursors) {
      const f = byId.get(c.follicleId)!
      expect(f).toBeDefined()
      expect(f.inLesion).toBe(true)
      expect(c.inLesion).toBe(true)
      expect(c.kind).toBe('precursor')
      expect(c.depthUm).toBeLessThanOrEqual(f.bulbBaseDepthUm)
      if (c.niche === 'outerRootSheath') {
        expect(distanceToAxisUm(f, c)).toBeLessThanOrEqual(f.outerRootSheathRadiusUm + 0.5)
        expect(distanceToAxisUm(f, c)).toBeGreaterThanOrEqual(0.75 * f.outerRootSheathRadiusUm)
        expect(c.depthUm).toBeGreaterThanOrEqual(f.bulgeDepthUm - f.outerRootSheathRadiusUm)
        expect(c.depthUm).toBeLessThanOrEqual(bulbTopDepthUm(f) + f.outerRootSheathRadiusUm)
      } else {
        expect(c.niche).toBe('bulb')
        const centre = follicleAxisPointUm(f, bulbCentreDepthUm(f))
        const r = Math.hypot(c.xUm - centre.xUm, c.yUm - centre.yUm, c.depthUm - bulbCentreDepthUm(f))
        expect(r).toBeLessThanOrEqual(f.bulbRadiusUm)
        expect(r).toBeGreaterThan(f.dermalPapillaRadiusUm)
        expect(c.depthUm).toBeLessThanOrEqual(bulbCentreDepthUm(f) + 1e-9)
      }
    }
    if (lesional.length > 0) {
      expect(b.precursors.some((c) => c.niche === 'outerRootSheath')).toBe(true)
      expect(b.precursors.some((c) => c.niche === 'bulb')).toBe(true)
    }
  })

  it('puts CD8+ T cells at the lesional dermo-epidermal junction, denser at the margin', () => {
    const b = block(site)
    expect(b.tCells.length).toBeGreaterThan(20)
    expect(b.counts.tCells).toBe(b.tCells.length)
    for (const c of b.tCells) {
      expect(c.kind).toBe('tCell')
      expect(c.niche).toBe('dermoEpidermalJunction')
      expect(c.inLesion).toBe(true)
      expect(isInLesion(b.lesion, c.xUm, c.yUm)).toBe(true)
      const dej = dermoEpidermalJunctionDepthUm(b, c.xUm, c.yUm)
      expect(Math.abs(c.depthUm - dej)).toBeLessThanOrEqual(b.layers.basalLayerUm)
    }
    // density in the 300 µm margin vs deeper inside, areas measured on a grid
    const marginUm = 300
    let marginArea = 0
    let centreArea = 0
    const n = 100
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const x = ((i + 0.5) / n) * b.widthUm
        const y = ((j + 0.5) / n) * b.lengthUm
        const d = distanceToLesionBorderUm(b.lesion, x, y)
        if (d > 0) continue
        if (-d < marginUm) marginArea++
        else centreArea++
      }
    }
    const inMargin = b.tCells.filter(
      (c) => -distanceToLesionBorderUm(b.lesion, c.xUm, c.yUm) < marginUm,
    ).length
    const inCentre = b.tCells.length - inMargin
    expect(centreArea).toBeGreaterThan(0)
    expect(inMargin / marginArea).toBeGreaterThan(1.5 * (inCentre / centreArea))
  })

  it('has a lesion beside healthy skin', () => {
    for (const seed of SEEDS) {
      const b = block(site, seed)
      expect(b.lesion.areaFraction).toBeGreaterThan(0.3)
      expect(b.lesion.areaFraction).toBeLessThan(0.7)
      expect(b.lesion.radiiUm).toHaveLength(64)
    }
  })
})

describe('sites compared', () => {
  it('palm has no follicles and no precursors; hand has fewer follicles than the forearm', () => {
    expect(block('palm').follicles).toHaveLength(0)
    expect(block('palm').precursors).toHaveLength(0)
    expect(block('hand').follicles.length).toBeLessThan(block('forearm').follicles.length)
    expect(block('hand').follicles.length).toBeGreaterThan(0)
  })

  it('face has the most melanocytes and follicles; palm the thickest stratum corneum', () => {
    const face = block('face')
    for (const site of SITE_IDS.filter((s) => s !== 'face')) {
      expect(face.counts.melanocytesHealthy).toBeGreaterThan(block(site).counts.melanocytesHealthy)
      expect(face.counts.follicles).toBeGreaterThan(block(site).counts.follicles)
      if (site !== 'palm')
        expect(block('palm').layers.stratumCorneumUm).toBeGreaterThan(block(site).layers.stratumCorneumUm)
    }
  })

  it('the lesion depends on the seed only (independent random streams)', () => {
    expect(block('forearm', 2).lesion).toEqual(block('palm', 2).lesion)
    expect(block('forearm', 2).lesion).not.toEqual(block('forearm', 3).lesion)
  })

  it('thins melanocytes in the hypopigmented band just outside the border', () => {
    const b = block('face')
    const band = b.lesion.borderBandUm
    const inBand = b.melanocytes.filter((c) => distanceToLesionBorderUm(b.lesion, c.xUm, c.yUm) < band).length
    const farBand = b.melanocytes.filter((c) => {
      const d = distanceToLesionBorderUm(b.lesion, c.xUm, c.yUm)
      return d >= band && d < 2 * band
    }).length
    expect(inBand).toBeLessThan(farBand)
  })
})

describe('follicle axis helper', () => {
  it('follows the tilt', () => {
    const f = { xUm: 100, yUm: 200, tiltRad: Math.PI / 4, tiltAzimuthRad: 0 }
    expect(follicleAxisPointUm(f, 0)).toEqual({ xUm: 100, yUm: 200 })
    const p = follicleAxisPointUm(f, 50)
    expect(p.xUm).toBeCloseTo(150, 9)
    expect(p.yUm).toBeCloseTo(200, 9)
    const q = follicleAxisPointUm({ ...f, tiltAzimuthRad: Math.PI / 2 }, 50)
    expect(q.xUm).toBeCloseTo(100, 9)
    expect(q.yUm).toBeCloseTo(250, 9)
  })
})
