// Time loop of one simulation: the pulse(s), the gaps between stacked pulses, then the cool-down.
import type { PulseInput, TemperatureSnapshot } from './types'
import { temperatureMap } from './snapshots'
import { laserParam } from './laserParams'
import { EPIDERMAL_LAYER_COUNT, TISSUE } from './physics'
import { createGrid, createState, type Grid, type SimState, type TissueSpec } from './grid'
import { conductionStep, createConductionScratch, type Box, type ConductionScratch } from './conduction'
import { columnShares, createBeamShares, type BeamShape, type BeamShares } from './beam'
import { fluenceToOnsetJPerM2, irradiateColumn } from './ablation'
import { irradiateWall } from './wall'
import { damageIncrement, lnDamageRateFunction, type LnDamageRate } from './damage'
import { planDomain } from './domain'

// module-level copy: Vite's SSR loader (bench, CLI) makes each read of an imported binding a getter call (per cell)
const accrue = damageIncrement

export interface SolverOptions {
  cellUm: number
  tissue: TissueSpec
  /** 'gaussian': the micro-beam of the input. 'flatTop': a uniform fluence on a 1-D slab column (insulated sides). */
  beam: { kind: 'gaussian' } | { kind: 'flatTop'; fluenceJPerCm2: number }
  /** Fraction of the beam that crosses the ablation plume once ejection has started (1: no plume). */
  plumeTransmission: number
  divergence: boolean
  coolDown: boolean
  /** Stop as soon as any tissue is ejected (threshold search). */
  stopAtFirstAblation: boolean
  /** Temperature maps are stored at these times after the end of the last pulse, ms. */
  snapshotDelaysMs: number[]
  /** Override of the computed-domain depth, µm (tests). */
  domainDepthUm?: number
}

export interface RawRun {
  grid: Grid
  state: SimState
  timeSteps: number
  simulatedS: number
  ablationStarted: boolean
  snapshots: TemperatureSnapshot[]
}

const STEP_DURING_PULSE_S = laserParam('laser.pulseStepUs') * 1e-6
const MIN_STEPS_PER_PULSE = laserParam('laser.minStepsPerPulse')
const MAX_STEPS_PER_PULSE = laserParam('laser.maxStepsPerPulse')
const COOLDOWN_GROWTH = laserParam('laser.coolDownStepGrowth')
const MAX_COOLDOWN_STEP_S = laserParam('laser.maxCoolDownStepMs') * 1e-3

class PulseRun {
  readonly grid: Grid
  readonly state: SimState
  private readonly scratch: ConductionScratch
  private readonly thetaStart: Float64Array
  private readonly shares: BeamShares
  private readonly lnRateByRow: LnDamageRate[]
  private readonly settleOmega = laserParam('laser.settleDamageIncrement')
  private readonly lnRateEpidermis: LnDamageRate
  private readonly lnRateDermis: LnDamageRate
  private readonly damageFloorTheta = laserParam('laser.damageFloorC') - TISSUE.baselineC
  timeS = 0
  timeSteps = 0
  hottestTheta = 0
  plumeActive = false
  ablationStarted = false

  constructor(
    readonly input: PulseInput,
    readonly options: SolverOptions,
    readonly beam: BeamShape,
    nr: number,
    nz: number,
  ) {
    const cellM = options.cellUm * 1e-6
    this.grid = createGrid(nr, nz, cellM, options.tissue, options.beam.kind === 'gaussian')
    this.state = createState(this.grid)
    this.scratch = createConductionScratch(this.grid)
    this.thetaStart = new Float64Array(nr * nz)
    this.shares = createBeamShares(nr)
    const epidermis = lnDamageRateFunction(input.damageModel, true)
    const dermis = lnDamageRateFunction(input.damageModel, false)
    this.lnRateEpidermis = epidermis
    this.lnRateDermis = dermis
    this.lnRateByRow = Array.from(this.grid.rowLayer, (layer) =>
      layer < EPIDERMAL_LAYER_COUNT ? epidermis : dermis,
    )
  }

  /** Shares `energyJ` of beam energy (after the plume) among the crater floors and the channel wall. */
  private deliver(energyJ: number): void {
    const { grid, state, shares, beam } = this
    for (let i = 0; i < grid.nr; i++) {
      // Beam that passed through a column ablated to the domain bottom leaves the domain.
      if (shares.floor[i] > 0) {
        const left = irradiateColumn(grid, state, i, (energyJ * shares.floor[i]) / grid.colAreaM2[i])
        state.tallies.conductionOutJ += left * grid.colAreaM2[i]
      }
      if (shares.wall[i] > 0) {
        state.tallies.conductionOutJ += irradiateWall(grid, state, beam, shares, i, energyJ * shares.wall[i])
      }
    }
    state.tallies.absorbedJ += energyJ
  }

  /** Fraction of this step's energy after which the first column starts to eject tissue (≥ 1: none does). */
  private fractionToFirstEjection(stepEnergyJ: number): number {
    const { grid, state, shares } = this
    let fraction = Infinity
    for (let i = 0; i < grid.nr; i++) {
      if (shares.floor[i] <= 0) continue
      const fluence = (stepEnergyJ * shares.floor[i]) / grid.colAreaM2[i]
      fraction = Math.min(fraction, fluenceToOnsetJPerM2(grid, state, i) / fluence)
    }
    return fraction
  }

  private laser(stepEnergyJ: number): void {
    const { state, beam } = this
    columnShares(this.grid, state, beam, this.shares)
    state.tallies.deliveredJ += stepEnergyJ
    const transmission = this.options.plumeTransmission
    let unshieldedJ = 0
    if (!this.plumeActive) {
      // The plume appears when ejection starts, which may be part-way through this step.
      const fraction = this.fractionToFirstEjection(stepEnergyJ)
      unshieldedJ = stepEnergyJ * Math.min(1, fraction)
      if (unshieldedJ > 0) this.deliver(unshieldedJ)
      if (fraction < 1) this.plumeActive = true
    }
    const shieldedJ = stepEnergyJ - unshieldedJ
    if (shieldedJ > 0) {
      state.tallies.plumeJ += shieldedJ * (1 - transmission)
      this.deliver(shieldedJ * transmission)
    }
    if (state.tallies.massRemovedKg > 0) this.ablationStarted = true
  }

  /** Ω of every remaining cell in `box` (outside it no cell is warm enough to be damaged). */
  private accrueDamage(dtS: number, box: Box): void {
    const { grid, state, thetaStart } = this
    const { theta, removed, omega, peakTheta } = state
    const baseline = TISSUE.baselineC
    let hottest = 0
    for (let j = box.rowStart; j < box.rowEnd; j++) {
      const lnRate = this.lnRateByRow[j]
      for (let i = 0, idx = j * grid.nr; i < box.colEnd; i++, idx++) {
        if (removed[idx]) continue
        const end = theta[idx]
        if (end > hottest) hottest = end
        if (end > peakTheta[idx]) peakTheta[idx] = end
        if (omega[idx] >= 1) continue
        const start = thetaStart[idx]
        if (start < this.damageFloorTheta && end < this.damageFloorTheta) continue
        omega[idx] += accrue(lnRate(start + baseline), lnRate(end + baseline), dtS)
      }
    }
    this.hottestTheta = hottest
  }

  step(dtS: number, powerW: number): void {
    this.thetaStart.set(this.state.theta)
    if (powerW > 0) this.laser(powerW * dtS)
    const box = conductionStep(this.grid, this.state, dtS, this.scratch)
    this.accrueDamage(dtS, box)
    this.timeS += dtS
    this.timeSteps++
  }

  /**
   * True once the hottest remaining tissue, held at its present temperature until `untilS`, would add less than
   * 'laser.settleDamageIncrement' to Ω: the damage map has stopped changing (it only cools from here).
   */
  damageSettled(untilS: number): boolean {
    const temperatureC = TISSUE.baselineC + this.hottestTheta
    const lnRate = Math.max(this.lnRateEpidermis(temperatureC), this.lnRateDermis(temperatureC))
    return Math.exp(lnRate) * Math.max(0, untilS - this.timeS) < this.settleOmega
  }

  snapshot(): TemperatureSnapshot {
    return temperatureMap(this.grid, this.state, this.timeS)
  }
}

export function runPulse(input: PulseInput, options: SolverOptions): RawRun {
  const domain = planDomain(input, options)
  const run = new PulseRun(input, options, domain.beam, domain.nr, domain.nz)
  const pulseS = input.pulseDurationMs * 1e-3
  const stepsPerPulse = Math.min(
    MAX_STEPS_PER_PULSE,
    Math.max(MIN_STEPS_PER_PULSE, Math.ceil(pulseS / STEP_DURING_PULSE_S - 1e-9)),
  )
  const pulseStepS = pulseS / stepsPerPulse
  const powerW = domain.pulseEnergyJ / pulseS
  const pulses = Math.max(1, Math.round(input.stackedPulses))
  const snapshots: TemperatureSnapshot[] = []
  for (let p = 0; p < pulses; p++) {
    run.plumeActive = false
    for (let s = 0; s < stepsPerPulse; s++) {
      run.step(pulseStepS, powerW)
      if (options.stopAtFirstAblation && run.ablationStarted) return finish(run, snapshots)
    }
    if (p < pulses - 1) coolFor(run, input.stackIntervalMs * 1e-3, pulseStepS, [], [], false)
  }
  if (options.coolDown) {
    const capS = laserParam('laser.coolDownCapMs') * 1e-3
    const snapshotTimesS = options.snapshotDelaysMs.map((ms) => ms * 1e-3)
    coolFor(run, capS, pulseStepS, snapshotTimesS, snapshots, true)
  } else if (options.snapshotDelaysMs.includes(0)) snapshots.push(run.snapshot())
  return finish(run, snapshots)
}

/**
 * Laser off for up to `durationS`: steps grow geometrically from `firstStepS` and land exactly on the snapshot
 * times. When `settle` is set (the final cool-down) it stops once every snapshot is taken and the damage integral
 * has settled (PulseRun.damageSettled); between stacked pulses it runs the whole gap.
 */
function coolFor(
  run: PulseRun,
  durationS: number,
  firstStepS: number,
  snapshotTimesS: number[],
  out: TemperatureSnapshot[],
  settle: boolean,
): void {
  const startS = run.timeS
  const endS = startS + durationS
  const pending = [...snapshotTimesS].sort((a, b) => a - b).map((t) => startS + t)
  while (pending.length > 0 && pending[0] <= run.timeS + 1e-12) {
    out.push(run.snapshot())
    pending.shift()
  }
  let dtS = firstStepS
  while (run.timeS < endS - 1e-12) {
    if (settle && pending.length === 0 && run.damageSettled(endS)) break
    dtS = Math.min(dtS * COOLDOWN_GROWTH, MAX_COOLDOWN_STEP_S)
    let stepS = Math.min(dtS, endS - run.timeS)
    if (pending.length > 0) stepS = Math.min(stepS, pending[0] - run.timeS)
    run.step(stepS, 0)
    while (pending.length > 0 && pending[0] <= run.timeS + 1e-12) {
      out.push(run.snapshot())
      pending.shift()
    }
  }
}

function finish(run: PulseRun, snapshots: TemperatureSnapshot[]): RawRun {
  return {
    grid: run.grid,
    state: run.state,
    timeSteps: run.timeSteps,
    simulatedS: run.timeS,
    ablationStarted: run.ablationStarted,
    snapshots,
  }
}
