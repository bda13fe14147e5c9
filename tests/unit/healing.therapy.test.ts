// The therapy comparison: four arms on the same virtual patients, by site group, with reasons.
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

  it('runs the four arms on the same patients, each site group in every arm', () => {
    expect(result.arms.map((a) => a.id)).toEqual(['uv', 'laser', 'laser+uv', 'laser+topical'])
    const groups = result.arms[0].bySite.map((s) => [s.group, s.patients])
    for (const arm of result.arms) {
      expect(arm.all.patients).toBe(30)
      expect(arm.bySite.map((s) => [s.group, s.patients])).toEqual(groups)
      expect(arm.course.days).toBeGreaterThanOrEqual(6 * 30)
    }
    expect(result.arms[0].course.laserSessions).toBe(0)
    expect(result.arms[1].course.uv).toBe('none')
    expect(result.arms[3].course.topical).toBe('corticosteroid') // the course had none: the steroid stands in
  })

  it('laser + NB-UVB is at least as good as NB-UVB alone in every site group (mechanism, not tuning)', () => {
    const uv = result.arms[0]
    const combo = result.arms[2]
    for (const site of combo.bySite) {
      const alone = uv.bySite.find((s) => s.group === site.group)!
      expect(site.meanRepigmentation).toBeGreaterThanOrEqual(alone.meanRepigmentation - 1e-9)
    }
  })

  it('states where combination wins and where it does not, and is deterministic', () => {
    expect(result.findings.some((f) => f.includes('the combination wins'))).toBe(true)
    expect(result.findings.some((f) => /no clear gain|little gain|Limit of the model/.test(f))).toBe(true)
    const again = compareTherapies(config)
    expect(again.arms.map((a) => a.all)).toEqual(result.arms.map((a) => a.all))
  })

  it('falls back to the default fractional laser when the scenario has none', () => {
    const r = compareTherapies({ ...config, patients: 4, laser: { ...DEFAULT_LASER, mode: 'none' } })
    expect(r.arms.every((a) => a.laser.mode === 'fractional')).toBe(true)
  })
})
