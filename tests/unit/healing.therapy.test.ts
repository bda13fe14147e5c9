// The therapy comparison: six arms on the same virtual patients, by site group, with the doses and reasons.
import { describe, expect, it } from 'vitest'
import { compareTherapies } from '../../src/sim/healing/therapyComparison'
import { DEFAULT_LASER } from '../../src/sim/scenarioLaser'
import { DEFAULT_COURSE } from '../../src/sim/scenarioCourse'

const config = {
  patients: 30,
  month: 6,
  seed: 11,
  laser: DEFAULT_LASER,
  course: DEFAULT_COURSE,
  topical: 'none' as const,
}

describe('compareTherapies', () => {
  const result = compareTherapies(config)
  const arm = (id: string) => result.arms.find((a) => a.id === id)!

  it('runs the six arms on the same patients, each site group in every arm', () => {
    expect(result.arms.map((a) => a.id)).toEqual([
      'uv',
      'laser',
      'topical',
      'laser+uv',
      'laser+topical',
      'laser+uv+topical',
    ])
    const groups = result.arms[0].bySite.map((s) => [s.group, s.patients])
    for (const a of result.arms) {
      expect(a.all.patients).toBe(30)
      expect(a.bySite.map((s) => [s.group, s.patients])).toEqual(groups)
      expect(a.course.days).toBeGreaterThanOrEqual(6 * 30)
    }
    expect(arm('uv').course.laserSessions).toBe(0)
    expect(arm('laser').course.uv).toBe('none')
    expect(arm('topical').course).toMatchObject({ laserSessions: 0, uv: 'none', topical: 'corticosteroid' })
    expect(arm('laser+uv+topical').course).toMatchObject({ uv: 'nb-uvb', topical: 'corticosteroid' })
    expect(result.agent).toBe('corticosteroid') // the course had none: the steroid stands in
  })

  it('laser + NB-UVB is at least as good as NB-UVB alone in every site group (mechanism, not tuning)', () => {
    for (const site of arm('laser+uv').bySite) {
      const alone = arm('uv').bySite.find((s) => s.group === site.group)!
      expect(site.meanRepigmentation).toBeGreaterThanOrEqual(alone.meanRepigmentation - 1e-9)
    }
  })

  it('the steroid differs from laser alone through its mechanism: it adds to laser + NB-UVB', () => {
    // T-cell suppression keeps what UV and the laser grow; it does not stimulate melanocytes on its own
    expect(arm('laser+uv+topical').all.meanRepigmentation).toBeGreaterThan(
      arm('laser+uv').all.meanRepigmentation + 0.02,
    )
    expect(arm('topical').all.meanRepigmentation).toBeLessThan(0.01)
  })

  it('reports the doses per site group, and states wins, limits, reasons and trial checks', () => {
    expect(result.doses.map((d) => d.group)).toEqual(arm('uv').bySite.map((s) => s.group))
    for (const d of result.doses) {
      expect(d.uvBasal.rightAfterLaser).toBeGreaterThan(d.uvBasal.intact)
      expect(d.uvBasal.atFirstSession).toBeCloseTo(d.uvBasal.intact, 9) // day 5: channels long closed
      expect(d.topicalAfterLaser.basal).toBeGreaterThan(d.topicalHome.basal)
    }
    const kinds = new Set(result.findings.map((f) => f.kind))
    for (const k of ['win', 'no-gain', 'why', 'check'] as const) expect(kinds.has(k)).toBe(true)
    expect(result.findings.some((f) => f.kind === 'check' && f.text.includes('Zhang Q 2024'))).toBe(true)
    const again = compareTherapies(config)
    expect(again.arms.map((a) => a.all)).toEqual(result.arms.map((a) => a.all))
  })

  it('flags the 5-FU hypothesis and checks laser + 5-FU against Zhang Q 2024 and Abdelwahab 2020', () => {
    const fu = compareTherapies({ ...config, patients: 8, topical: '5-fu' })
    expect(fu.fluorouracilHypothesisActive).toBe(true)
    expect(fu.findings.some((f) => f.kind === 'hypothesis')).toBe(true)
    const check = fu.findings.filter((f) => f.kind === 'check').map((f) => f.text)
    expect(check.some((t) => t.includes('Zhang Q 2024') && t.includes('Abdelwahab 2020'))).toBe(true)
  })

  it('falls back to the default fractional laser when the scenario has none', () => {
    const r = compareTherapies({ ...config, patients: 4, laser: { ...DEFAULT_LASER, mode: 'none' } })
    expect(r.arms.every((a) => a.laser.mode === 'fractional')).toBe(true)
  })
})
