// REFERENCE case 6 and §2.3: the Arrhenius integrator at constant temperature.
import { describe, expect, it } from 'vitest'
import { timeToCoagulationS } from '../../src/sim/laser'

const within = (value: number, expected: number, relative: number) =>
  expect(Math.abs(value / expected - 1)).toBeLessThanOrEqual(relative)

describe('Arrhenius damage (case 6)', () => {
  it('Henriques: Ω = 1 after ≈ 0.95 s at 60 °C (±10%)', () => {
    const t = timeToCoagulationS(60, 'henriques')
    console.log(`Henriques 60 °C: ${t.toFixed(3)} s`)
    within(t, 0.95, 0.1)
  })

  it('Henriques: Ω = 1 after ≈ 1.3 ms at 70 °C (±10%)', () => {
    const t = timeToCoagulationS(70, 'henriques', false, 1e-7)
    console.log(`Henriques 70 °C: ${(t * 1e3).toFixed(3)} ms`)
    within(t, 1.3e-3, 0.1)
  })

  it('Weaver–Stoll: Ω = 1 after ≈ 0.53 s at 60 °C (±10%) and ≈ 17 ms at 70 °C (±10%)', () => {
    within(timeToCoagulationS(60, 'weaver-stoll'), 0.53, 0.1)
    within(timeToCoagulationS(70, 'weaver-stoll'), 17e-3, 0.1)
  })

  it('Takata accrues nothing below 44 °C; every set damages faster when hotter', () => {
    expect(timeToCoagulationS(43, 'takata')).toBe(Infinity)
    for (const model of ['henriques', 'weaver-stoll', 'takata', 'mehta-wong'] as const) {
      expect(timeToCoagulationS(75, model)).toBeLessThan(timeToCoagulationS(65, model))
    }
  })

  it('Mehta–Wong: the epidermis (larger A) coagulates faster than the dermis', () => {
    expect(timeToCoagulationS(65, 'mehta-wong', true)).toBeLessThan(
      timeToCoagulationS(65, 'mehta-wong', false),
    )
  })
})
