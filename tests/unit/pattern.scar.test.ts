// Scar risk (educational): continuous wounds score above fractional ones at the same settings, deep confluent
// wounds that destroy the follicles score high, and the reasons are plain sentences with the numbers.
import { describe, expect, it } from 'vitest'
import type { LayerThicknesses } from '../../src/sim'
import {
  criticalScarDepthUm,
  generatePattern,
  patternFigures,
  scarRisk,
  type PatternFigures,
} from '../../src/sim/pattern'
import { FOREARM_LAYERS } from '../../src/sim/laser'

const PULSE_30MJ = { ablationDepthUm: 280, thermalDamageDepthUm: 305 }
const layers: LayerThicknesses = FOREARM_LAYERS

function figuresFor(mode: 'fractional' | 'continuous', densityPercent = 10): PatternFigures {
  const pattern = generatePattern({
    mode,
    layout: 'grid',
    densityPercent,
    spotDiameterUm: 120,
    mtzDiameterUm: 205,
    seed: 1,
  })
  return patternFigures(pattern, PULSE_30MJ)
}

describe('scarRisk', () => {
  it('continuous resurfacing scores higher than fractional at the same pulse', () => {
    const fractional = scarRisk(figuresFor('fractional'), PULSE_30MJ, layers)
    const continuous = scarRisk(figuresFor('continuous'), PULSE_30MJ, layers)
    expect(fractional.level).toBe('low')
    expect(['moderate', 'high']).toContain(continuous.level)
    expect(continuous.score).toBeGreaterThan(fractional.score + 0.2)
  })

  it('rises with the wounded fraction', () => {
    const scores = [5, 10, 20, 40].map((d) => scarRisk(figuresFor('fractional', d), PULSE_30MJ, layers).score)
    for (let k = 1; k < scores.length; k++) expect(scores[k]).toBeGreaterThan(scores[k - 1])
  })

  it('a full-surface wound through the dermis that destroys every follicle is high risk', () => {
    const deep = { ablationDepthUm: 1900, thermalDamageDepthUm: 2020 }
    const pattern = generatePattern({
      mode: 'continuous',
      layout: 'grid',
      densityPercent: 10,
      spotDiameterUm: 120,
      mtzDiameterUm: 245,
      seed: 1,
    })
    const follicles = [{ id: 0, xUm: 1000, yUm: 1000, tiltRad: 0, tiltAzimuthRad: 0, bulbBaseDepthUm: 1500 }]
    const figures = patternFigures(pattern, deep, { follicles } as never)
    const risk = scarRisk(figures, deep, layers)
    expect(risk.level).toBe('high')
    expect(risk.reasons.join(' ')).toMatch(/through the whole dermis/)
    expect(risk.reasons.join(' ')).toMatch(/destroyed down to the bulb/)
  })

  it('damage confined above the reticular dermis lowers the score', () => {
    const shallow = { ablationDepthUm: 60, thermalDamageDepthUm: 120 }
    const deep = { ablationDepthUm: 800, thermalDamageDepthUm: 830 }
    const figures = figuresFor('continuous')
    expect(scarRisk(figures, shallow, layers).score).toBeLessThan(scarRisk(figures, deep, layers).score)
    expect(scarRisk(figures, shallow, layers).reasons[2]).toMatch(/above the reticular dermis/)
  })

  it('a confluent wound reads by its depth: 50 µm low, 800 µm high (beyond the critical depth), never lower when deeper', () => {
    const continuous = figuresFor('continuous')
    const riskAt = (damageUm: number) =>
      scarRisk(continuous, { ablationDepthUm: 0.9 * damageUm, thermalDamageDepthUm: damageUm }, layers)
    const critical = criticalScarDepthUm(layers)
    // Dunkin 2007: scars from 33.1% of the skin's thickness (epidermis + dermis = 1,725 µm on the forearm)
    expect(critical).toBeCloseTo(0.331 * 1724.9, 0)
    const shallow = riskAt(50)
    const deep = riskAt(800)
    console.log(
      `continuous 50 µm: ${shallow.score.toFixed(3)} ${shallow.level}; 800 µm: ${deep.score.toFixed(3)} ${deep.level}`,
    )
    expect(shallow.level).toBe('low')
    expect(deep.level).toBe('high')
    expect(shallow.reasons[0]).toMatch(/only 50 µm deep/)
    expect(shallow.reasons[2]).toMatch(/571 µm here\) is where wounds start to scar \(Dunkin 2007\)/)
    expect(deep.reasons[2]).toMatch(/229 µm beyond the 571 µm where wounds start to scar/)
    const scores = [50, 150, 300, 500, 600, 700, 900, 1500].map((d) => riskAt(d).score)
    for (let k = 1; k < scores.length; k++) expect(scores[k]).toBeGreaterThanOrEqual(scores[k - 1])
  })

  it('gives plain sentences with the numbers, the caveat last', () => {
    const risk = scarRisk(figuresFor('fractional'), PULSE_30MJ, layers)
    expect(risk.reasons).toHaveLength(5)
    for (const r of risk.reasons) expect(r).toMatch(/^[A-Z0-9].*\.$/)
    expect(risk.reasons[0]).toMatch(/covers 3\d% of the treated surface/)
    expect(risk.reasons[1]).toMatch(/up to \d+ µm .* about \d+ hours/)
    expect(risk.reasons[2]).toMatch(/305 µm/)
    expect(risk.reasons[3]).toMatch(/not considered/)
    expect(risk.reasons[4]).toMatch(/not a clinical prediction/)
    expect(risk.score).toBeGreaterThanOrEqual(0)
    expect(risk.score).toBeLessThanOrEqual(1)
  })

  it('no laser or no damage: score 0, low', () => {
    const none = patternFigures(
      generatePattern({
        mode: 'none',
        layout: 'grid',
        densityPercent: 10,
        spotDiameterUm: 120,
        mtzDiameterUm: 0,
        seed: 1,
      }),
      PULSE_30MJ,
    )
    expect(scarRisk(none, PULSE_30MJ, layers)).toEqual({
      level: 'low',
      score: 0,
      reasons: ['No laser is applied, so the skin is not wounded.'],
    })
    const noDamage = patternFigures(
      generatePattern({
        mode: 'fractional',
        layout: 'grid',
        densityPercent: 10,
        spotDiameterUm: 120,
        mtzDiameterUm: 0,
        seed: 1,
      }),
      PULSE_30MJ,
    )
    expect(scarRisk(noDamage, PULSE_30MJ, layers).score).toBe(0)
  })
})
