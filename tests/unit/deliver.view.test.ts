// The Drugs & UV view's data path: the worker's resampling (shapes, scales, ordering of the arms), the field
// texture fill, the number formats and setDelivery's validation.
import { describe, expect, it } from 'vitest'
import { DEFAULT_SCENARIO } from '../../src/sim'
import { buildDeliverViewData } from '../../src/workers/transportViewData'
import { VIEW_GRID } from '../../src/workers/transportProtocol'
import { FieldTexture } from '../../src/scene/deliver/fieldTexture'
import {
  formatAmount,
  formatLongDuration,
  formatRatio,
  formatReach,
  formatStrength,
} from '../../src/ui/deliver/format'
import { createDeliverApi } from '../../src/state/deliverAutomation'
import { useDermaStore } from '../../src/state/store'

const s = DEFAULT_SCENARIO
const data = buildDeliverViewData({
  key: 'k',
  site: s.site,
  laser: s.laser,
  topical: { ...s.topical, agent: '5-fu' },
  course: { uv: s.course.uv, uvStartDay: s.course.uvStartDay },
})

describe('Drugs & UV view data', () => {
  it('resamples every snapshot of both arms onto the view grid', () => {
    const n = VIEW_GRID.columns * VIEW_GRID.rows
    for (const arm of [data.intact, data.lasered]) {
      expect(arm.drugLog).toHaveLength(data.timesH.length)
      for (const a of [...arm.drugLog, ...arm.uvLog]) expect(a).toHaveLength(n)
      for (const a of arm.uvLog) for (const v of a) expect(v).toBeLessThanOrEqual(1 + 1e-6)
    }
    expect(data.bottomUm).toBeGreaterThan(data.coagulationDepthUm)
  })

  it('shows more drug past the barrier and more UV at the basal layer in the lasered arm', () => {
    const end = data.timesH.length - 1
    expect(data.lasered.deliveredUgPerCm2[end]).toBeGreaterThan(data.intact.deliveredUgPerCm2[end])
    expect(data.lasered.uvBasalFraction[0]).toBeGreaterThan(data.intact.uvBasalFraction[0])
  })

  it('carries the report objects the command line prints (automation API), UV at the course’s session', () => {
    expect(data.report.delivery.enhancementAtEnd).toBe(Number(data.result.enhancementAtEnd.toPrecision(4)))
    expect(data.report.delivery.enhancement.atHorizon.hours).toBe(24)
    expect(data.report.uv.hoursAfterLaser).toBe(s.course.uvStartDay * 24)
    expect(data.lasered.uvWallFraction[0]).toBeGreaterThan(data.intact.uvBasalFraction[0])
    expect(data.intact.uvWallFraction.every((v) => v === null)).toBe(true)
  })

  it('fills the texture between snapshots, and only when the time changes', () => {
    const t = new FieldTexture()
    expect(t.update(data.lasered, data.timesH, 1)).toBe(true)
    expect(t.update(data.lasered, data.timesH, 1)).toBe(false)
    const bytes = t.texture.image.data as Uint8Array
    expect(bytes.some((b, k) => k % 4 === 0 && b > 0)).toBe(true)
    expect(bytes.every((b, k) => k % 4 !== 3 || b === 255)).toBe(true)
  })
})

describe('formats', () => {
  it('words ratios with 2 digits, lower bounds as “>”, and says when the basal layer is not reached', () => {
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('> 10⁶ ×')
    expect(formatRatio(43.2)).toBe('43 ×')
    expect(formatRatio(4.09)).toBe('4.1 ×')
    expect(formatRatio(413_942, true)).toBe('> 410,000 ×')
    expect(formatRatio(2.6e110)).toMatch(/^2\.6 × 10¹¹⁰ ×$/)
    expect(formatReach(null, 3)).toBe('not within 3 h')
    expect(formatReach(1.4e-4, 3, 1.4e-4)).toBe('immediate (< 1 s)')
    expect(formatStrength(0.05)).toBe('0.05 %')
    expect(formatStrength(2.86e-5)).toBe('286 ng/mL')
    expect(formatLongDuration(15.6)).toBe('15.6 h')
    expect(formatLongDuration(10200)).toBe('425 days')
  })

  it('shows vanishing amounts (PRP through intact skin: ~10⁻¹³⁰) as ≈ 0, others with 2 digits', () => {
    expect(formatAmount(3e-130)).toBe('≈ 0')
    expect(formatAmount(0)).toBe('0')
    expect(formatAmount(230)).toBe('230')
    expect(formatAmount(1.8e-8)).toMatch(/^1\.8 × 10/)
  })
})

describe('setDelivery', () => {
  it('rejects bad input with one message per field and changes nothing', () => {
    const api = createDeliverApi()
    const before = useDermaStore.getState().scenario.topical.agent
    const r = api.setDelivery({ agent: 'aspirin', timeH: -1, field: 'x', colour: 1 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors).toHaveLength(4)
    expect(useDermaStore.getState().scenario.topical.agent).toBe(before)
    expect(api.setDelivery({ agent: 'prp' })).toEqual({ ok: true })
    expect(useDermaStore.getState().scenario.topical.agent).toBe('prp')
    expect(api.setDelivery('prp').ok).toBe(false)
  })
})

describe('runTherapyComparison', () => {
  it('refuses a bad patient count and runs a small comparison to its six arms', async () => {
    const api = createDeliverApi()
    const bad = await api.runTherapyComparison(2.5)
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.errors[0]).toMatch(/patients: must be a whole number from 4 to 200/)
    const r = await api.runTherapyComparison(4)
    expect(r.ok).toBe(true)
    if (r.ok)
      expect(Object.keys(r.meanByArm).sort()).toEqual([
        'laser',
        'laser+topical',
        'laser+uv',
        'laser+uv+topical',
        'topical',
        'uv',
      ])
    expect(useDermaStore.getState().therapy.status).toBe('ready')
  }, 60_000)
})

describe('the shared camera in narrow halves', () => {
  it('keeps the framed field of view in wide halves and widens it so a narrow half still shows the whole slab', async () => {
    const { DELIVER_FOV, deliverFovFor } = await import('../../src/scene/deliver/SharedOrbit')
    expect(deliverFovFor(1.2)).toBe(DELIVER_FOV)
    expect(deliverFovFor(0.85)).toBe(DELIVER_FOV)
    const horizontal = (fovDeg: number, aspect: number) =>
      2 * Math.atan(Math.tan((fovDeg * Math.PI) / 360) * aspect)
    // a 1024 × 768 tablet: halves about 0.62 wide for 1 tall keep the 0.85 half's horizontal view
    expect(horizontal(deliverFovFor(0.62), 0.62)).toBeCloseTo(horizontal(DELIVER_FOV, 0.85), 9)
    expect(deliverFovFor(0.62)).toBeGreaterThan(DELIVER_FOV)
  })
})
