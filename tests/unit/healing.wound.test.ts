// Wound closure per session (reusing the pattern module's calibrated re-epithelialization, REFERENCE case 5),
// eschar and MENDs, and the cytokine/growth-factor fields (conservation, release pulses).
import { describe, expect, it } from 'vitest'
import {
  DiffusionField,
  mmp2Release,
  openEpidermisAt,
  runHealing,
  surfaceGrid,
  healingParamDef,
} from '../../src/sim/healing'
import { openFractionAt } from '../../src/sim/healing/wound'
import { buildWorld } from '../../src/sim/healing/setup'
import { pulseForLaser } from '../../src/sim/laserPulse'
import { simulateScenario, DEFAULT_SCENARIO } from '../../src/sim'
import { DEFAULT_LASER } from '../../src/sim/scenarioLaser'
import { COURSE, input } from './healing.fixtures'

const short = { ...COURSE, laserSessions: 1, days: 10 }

describe('wound closure', () => {
  const run = runHealing(input({ course: short }))
  const open = run.series.openEpidermisFraction

  it('starts at the pattern coverage and closes monotonically, when the pattern model says (REFERENCE case 5)', () => {
    const report = simulateScenario(DEFAULT_SCENARIO)
    expect(open[0]).toBeCloseTo(report.pattern.coverageFraction, 1)
    for (let h = 1; h < open.length; h++) expect(open[h]).toBeLessThanOrEqual(open[h - 1])
    // fractional MTZs < 500 µm close within 10–28 h (Stumpp 2009); one rule with the pattern report (≈ 13 h here)
    expect(run.sessions[0].reepithelializationDays).toBeCloseTo(report.pattern.reepithelializationDays, 1)
    expect(run.sessions[0].reepithelializationDays * 24).toBeGreaterThanOrEqual(10)
    expect(run.sessions[0].reepithelializationDays * 24).toBeLessThan(28)
    expect(open[9]).toBeGreaterThan(0) // still open at 9 h
    expect(open[Math.ceil(run.sessions[0].reepithelializationDays * 24)]).toBe(0)
  })

  it('the open-epidermis field of a seek sums to the open fraction, and is empty once every cell has closed', () => {
    const { nx, ny } = run.grid
    const closeH = run.sessions[0].reepithelializationDays * 24
    for (const hour of [0, 0.25 * closeH, 0.75 * closeH, closeH + 1, 24 * 5]) {
      const field = openEpidermisAt(run, hour / 24)
      const mean = field.reduce((a, b) => a + b, 0) / (nx * ny)
      expect(mean, `hour ${hour}`).toBeCloseTo(openFractionAt(run.closures[0], hour), 6)
    }
    expect(openEpidermisAt(run, 5).every((v) => v === 0)).toBe(true)
    expect(openEpidermisAt(run, (0.5 * closeH) / 24).some((v) => v > 0)).toBe(true)
  })

  it('a continuous wound waits 48 h (Collawn 2001), then closes from the follicles and edges', () => {
    const cont = runHealing(input({ course: short, laser: { ...DEFAULT_LASER, mode: 'continuous' } }))
    const o = cont.series.openEpidermisFraction
    expect(o[0]).toBeGreaterThan(0.99)
    expect(o[47]).toBeGreaterThan(0.99)
    expect(o[24 * 6]).toBeLessThan(o[48])
    for (let h = 1; h < o.length; h++) expect(o[h]).toBeLessThanOrEqual(o[h - 1])
    expect(cont.series.mendsPerMm2[48]).toBe(0) // a continuous wound has crust, not MENDs
    expect(cont.series.escharFraction[24]).toBeGreaterThan(0.99)
  })

  it('releases the fields from the coagulated rims: the annulus between the crater and the damaged edge', () => {
    const pulse = pulseForLaser('forearm', DEFAULT_LASER)
    const world = buildWorld(input({ course: short }))
    const wound = world.sessions[0].wound
    const annulus = 1 - (pulse.ablationDiameterUm / pulse.lesionWidthUm) ** 2
    expect(wound.rimFraction).toBeGreaterThan(0)
    expect(wound.rimFraction / wound.woundFraction).toBeCloseTo(annulus, 1)
    // no rim inside a crater: the MTZ centres release nothing
    const c = wound.centresUm
    const { nx, cellUm } = wound.raster
    for (let k = 0; k + 1 < c.length; k += 2) {
      expect(wound.rim[Math.floor(c[k + 1] / cellUm) * nx + Math.floor(c[k] / cellUm)]).toBe(0)
    }
    // a continuous wound is coagulated all over: its rim is the wound
    const cont = buildWorld(input({ course: short, laser: { ...DEFAULT_LASER, mode: 'continuous' } }))
    expect(cont.sessions[0].wound.rimFraction).toBeCloseTo(cont.sessions[0].wound.woundFraction, 6)
  })

  it('MENDs appear from day 1 and are shed by day 7 (Laubach 2006); eschar lines fresh MTZs', () => {
    const mends = run.series.mendsPerMm2
    expect(run.series.escharFraction[2]).toBeGreaterThan(0.2)
    expect(mends[12]).toBe(0)
    expect(mends[24 * 2]).toBeGreaterThan(0)
    expect(mends[24 * 7]).toBe(0)
  })
})

describe('cytokine and growth-factor fields', () => {
  const grid = surfaceGrid(2000, 2000, 40)

  it('conserve mass with no decay and no source (zero-flux sides)', () => {
    const field = new DiffusionField(grid, 5000, 1e15)
    field.values[25 * 50 + 10] = 100
    field.values[3] = 7
    field.active = true
    const before = field.mass()
    for (let k = 0; k < 50; k++) field.step(3, null)
    expect(field.mass()).toBeCloseTo(before, 2)
    expect(field.values[25 * 50 + 10]).toBeLessThan(100) // it spread
  })

  it('decay exactly as e^{−k·t} in mass, with a source adding Σs·(1 − e^{−k·dt})/k', () => {
    const field = new DiffusionField(grid, 5000, 24)
    field.values.fill(1)
    field.active = true
    field.step(12, null)
    expect(field.mass() / (50 * 50)).toBeCloseTo(Math.exp(-field.decayPerH * 12), 5)
    const src = new Float32Array(50 * 50).fill(0.01)
    const m0 = field.mass()
    field.step(6, src)
    const d = Math.exp(-field.decayPerH * 6)
    expect(field.mass()).toBeCloseTo(m0 * d + (0.01 * 2500 * (1 - d)) / field.decayPerH, 2)
  })

  it('MMP-2 is a transient pulse peaking in days 7–21 (Reilly 2010), with its sources stated', () => {
    const peakH = 12 * 24
    expect(mmp2Release(peakH, peakH, 6)).toBeCloseTo(1, 6)
    expect(mmp2Release(3 * 24, peakH, 6)).toBeLessThan(0.1)
    expect(mmp2Release(60 * 24, peakH, 6)).toBeLessThan(0.01)
    for (const key of [
      'heal.mmp2.releasePeakDays',
      'heal.mmp2.chronicThreshold',
      'heal.gf.releaseDecayH',
      'heal.gf.diffusivityUm2PerH',
    ]) {
      const def = healingParamDef(key)
      expect(def.source.length).toBeGreaterThan(0)
      expect(def.note ?? '').not.toBe('')
    }
    expect(healingParamDef('heal.mmp2.chronicThreshold').source).toBe('Yang2023')
  })

  it('the run releases MMP-2 after the session and it fades', () => {
    const run = runHealing(input({ course: { ...COURSE, laserSessions: 1, days: 40 } }))
    const m = run.series.mmp2Relative
    const peakDay = m.indexOf(Math.max(...m)) / 24
    expect(peakDay).toBeGreaterThan(5)
    expect(peakDay).toBeLessThan(21)
    expect(m[40 * 24]).toBeLessThan(0.2 * Math.max(...m))
    expect(run.series.growthFactorRelative[6]).toBeGreaterThan(run.series.growthFactorRelative[24 * 10])
  })
})
