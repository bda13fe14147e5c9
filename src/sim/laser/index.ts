// Public entry of the single-pulse laser model: simulatePulse(input) → PulseResult.
import type { LayerThicknesses } from '../types'
import type { PulseInput, PulseResult } from './types'
import { laserParam } from './laserParams'
import { runPulse, type SolverOptions } from './solver'
import { buildResult } from './results'
import { findThresholdFluence } from './threshold'

export type {
  DamageModelId,
  HistologyEquivalent,
  PulseInput,
  PulseResult,
  TemperatureSnapshot,
  PulseEnergyBudget,
} from './types'
export { LASER_PARAMS, laserParam } from './laserParams'
export { LASER_SOURCES } from './laserSources'
export { waterAbsorptionPerCm, tissueAbsorptionPerCm } from './physics'
export { timeToCoagulationS } from './damage'
export { findThresholdFluence } from './threshold'
export type { SolverOptions } from './solver'

/** Temperature maps are kept at the end of the last pulse and these delays after it, ms. */
export const SNAPSHOT_DELAYS_MS = [0, 2, 10, 50]

/** Dorsal-forearm layers (REFERENCE §1.1: Sandby-Møller 2003 SC and viable epidermis; textbook dermis split). */
export const FOREARM_LAYERS: LayerThicknesses = {
  stratumCorneumUm: 18.3,
  viableEpidermisUm: 56.6,
  basalLayerUm: 10,
  papillaryDermisUm: 150,
  reticularDermisUm: 1500,
  subcutisShownUm: 300,
}

export const DEFAULT_PULSE: PulseInput = {
  energyMj: laserParam('laser.energyMj'),
  spotDiameterUm: laserParam('laser.spotDiameterUm'),
  pulseDurationMs: laserParam('laser.pulseDurationMs'),
  stackedPulses: 1,
  stackIntervalMs: laserParam('laser.stackIntervalMs'),
  layers: FOREARM_LAYERS,
  damageModel: 'henriques',
}

export function defaultSolverOptions(input: PulseInput): SolverOptions {
  return {
    cellUm: laserParam('laser.cellUm'),
    tissue: { kind: 'layers', layers: input.layers },
    beam: { kind: 'gaussian' },
    plumeTransmission: laserParam('laser.plumeTransmission'),
    divergence: true,
    coolDown: true,
    stopAtFirstAblation: false,
    snapshotDelaysMs: SNAPSHOT_DELAYS_MS,
  }
}

function validate(input: PulseInput): void {
  const positive: (keyof PulseInput)[] = ['energyMj', 'spotDiameterUm', 'pulseDurationMs', 'stackedPulses']
  for (const key of positive) {
    const value = input[key] as number
    if (!Number.isFinite(value) || value <= 0)
      throw new RangeError(`PulseInput.${key} must be a positive number`)
  }
  if (!Number.isFinite(input.stackIntervalMs) || input.stackIntervalMs < 0) {
    throw new RangeError('PulseInput.stackIntervalMs must be ≥ 0')
  }
}

const thresholdMemo = new Map<string, number>()

/** Emergent threshold of the top of this skin for this pulse duration (memoised: it is the same for every energy). */
function thresholdFor(input: PulseInput): number {
  const key = JSON.stringify([input.pulseDurationMs, input.layers])
  let value = thresholdMemo.get(key)
  if (value === undefined) {
    value = findThresholdFluence({
      tissue: { kind: 'layers', layers: input.layers },
      pulseDurationMs: input.pulseDurationMs,
    })
    if (thresholdMemo.size > 64) thresholdMemo.clear()
    thresholdMemo.set(key, value)
  }
  return value
}

/** Full control over the numerics and the switches (tests and calibration); the app uses simulatePulse. */
export function simulatePulseWith(input: PulseInput, options: SolverOptions): PulseResult {
  validate(input)
  const run = runPulse(input, options)
  const waistCm = (input.spotDiameterUm * 1e-4) / 2
  const peakFluence =
    options.beam.kind === 'flatTop'
      ? options.beam.fluenceJPerCm2
      : (2 * input.energyMj * 1e-3) / (Math.PI * waistCm * waistCm)
  const threshold = options.tissue.kind === 'layers' ? thresholdFor(input) : NaN
  return buildResult(run, threshold, peakFluence)
}

/** One pulse (or a stack on one spot) in layered skin: crater, coagulated rim, energy budget, cooling maps. */
export function simulatePulse(input: PulseInput): PulseResult {
  return simulatePulseWith(input, defaultSolverOptions(input))
}

const CACHE_SIZE = 16
const cache = new Map<string, PulseResult>()

function cacheKey(input: PulseInput): string {
  const l = input.layers
  return JSON.stringify([
    input.energyMj,
    input.spotDiameterUm,
    input.pulseDurationMs,
    input.stackedPulses,
    input.stackIntervalMs,
    input.damageModel,
    l.stratumCorneumUm,
    l.viableEpidermisUm,
    l.basalLayerUm,
    l.papillaryDermisUm,
    l.reticularDermisUm,
    l.subcutisShownUm,
  ])
}

/** simulatePulse with a small LRU cache keyed on every input; returns the same object for the same input. */
export function simulatePulseCached(input: PulseInput): PulseResult {
  const key = cacheKey(input)
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const result = simulatePulse(input)
  cache.set(key, result)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return result
}
