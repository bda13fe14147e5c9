// The scenario's topical section validator (the Heal model's adjuvant doses: transport.exposure.test.ts).
import { describe, expect, it } from 'vitest'
import { DEFAULT_TOPICAL, checkTopicalSection } from '../../src/sim/scenarioTopical'
import { validateScenario } from '../../src/sim/scenario'

describe('topical section validator', () => {
  it('merges a partial section onto the current one and keeps defaults', () => {
    const r = checkTopicalSection({ agent: 'custom', custom: { logP: 2 } }, DEFAULT_TOPICAL)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value).toEqual({
      ...DEFAULT_TOPICAL,
      agent: 'custom',
      concentrationPercent: 1,
      custom: { molecularWeight: 300, logP: 2 },
    })
    expect(DEFAULT_TOPICAL).toEqual({
      agent: '5-fu',
      concentrationPercent: 5,
      hours: 3,
      applyAfterLaserHours: 0,
      custom: { molecularWeight: 300, logP: 1 },
    })
  })

  it('names every bad field in its error', () => {
    const r = checkTopicalSection({
      agent: 'aspirin',
      concentrationPercent: -1,
      hours: 'long',
      applyAfterLaserHours: 1000,
      custom: { molecularWeight: 10, logP: null, size: 3 },
      colour: 'red',
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    const paths = r.problems.map((p) => p.subPath)
    expect(paths).toEqual([
      '.agent',
      '.concentrationPercent',
      '.hours',
      '.applyAfterLaserHours',
      '.custom.molecularWeight',
      '.custom.logP',
      '.custom."size"',
      '."colour"',
    ])
    expect(r.problems[1].message).toContain('from 1e-7 to 100%')
    expect(r.problems[0].message).toContain('corticosteroid, 5-fu, prp, custom')
    const notObject = checkTopicalSection(3)
    expect(notObject.ok).toBe(false)
    const badCustom = checkTopicalSection({ custom: [] })
    expect(badCustom.ok || badCustom.problems[0].subPath).toBe('.custom')
  })
})

describe('clinical strength per agent', () => {
  it('choosing an agent sets its strength unless the same object gives one', () => {
    const strength = (value: object, current = DEFAULT_TOPICAL) => {
      const r = checkTopicalSection(value, current)
      return r.ok ? r.value.concentrationPercent : NaN
    }
    expect(strength({ agent: 'corticosteroid' })).toBe(0.05)
    expect(strength({ agent: '5-fu' })).toBe(5)
    // PRP: PDGF-AB 117 + TGF-β1 169 ng/mL (Weibrich 2002) = 286 ng/mL = 2.86e-5 % w/v.
    expect(strength({ agent: 'prp' })).toBeCloseTo(2.86e-5, 12)
    expect(strength({ agent: 'corticosteroid', concentrationPercent: 0.1 })).toBe(0.1)
    // Same agent again: the user's strength stays.
    expect(strength({ agent: '5-fu' }, { ...DEFAULT_TOPICAL, concentrationPercent: 1 })).toBe(1)
    expect(strength({ hours: 2 }, { ...DEFAULT_TOPICAL, agent: 'prp', concentrationPercent: 1e-6 })).toBe(
      1e-6,
    )
  })
})

describe('the scenario carries the topical section', () => {
  it('merges a partial topical object and names the bad field with its full path', () => {
    const ok = validateScenario({ topical: { agent: 'prp', hours: 6 } })
    expect(ok.ok).toBe(true)
    if (ok.ok) {
      expect(ok.scenario.topical.agent).toBe('prp')
      expect(ok.scenario.topical.hours).toBe(6)
    }
    const bad = validateScenario({ topical: { custom: { logP: 'high' } } })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.errors[0]).toMatch(/^topical\.custom\.logP: /)
  })

  it('an old scenario without a topical section gets the defaults', () => {
    const r = validateScenario({ version: 1, site: 'face', seed: 2 })
    expect(r.ok && r.scenario.topical).toEqual(DEFAULT_TOPICAL)
  })
})
