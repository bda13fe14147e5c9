// The ablation threshold as the model finds it: bisect the fluence of a wide flat-top pulse on a 1-D column of the
// tissue until ejection just starts. Nothing here is set to a threshold value; it emerges from ε_onset (the
// confined-boiling onset: the skin's tensile strength against the vapour pressure of its water, onset.ts), µa of
// the top layer and the heat conducted away during the pulse. Payne's measured 1.15 J/cm² is only a check value.
import type { LayerThicknesses } from '../types'
import type { PulseInput } from './types'
import type { TissueSpec } from './grid'
import { runPulse } from './solver'
import { TISSUE } from './physics'
import { laserParam } from './laserParams'

export interface ThresholdSearch {
  tissue: TissueSpec
  pulseDurationMs: number
  /** Cell size of the 1-D column, µm (fine, so the first cell's average absorption is close to the surface value). */
  cellUm?: number
  /** Relative precision of the bisection. */
  tolerance?: number
}

const DUMMY_LAYERS: LayerThicknesses = {
  stratumCorneumUm: 0,
  viableEpidermisUm: 0,
  basalLayerUm: 0,
  papillaryDermisUm: 0,
  reticularDermisUm: 0,
  subcutisShownUm: 0,
}

/** True if a flat-top pulse of this fluence ejects any tissue. */
export function ejectsTissue(search: ThresholdSearch, fluenceJPerCm2: number): boolean {
  const input: PulseInput = {
    energyMj: 0,
    spotDiameterUm: 0,
    pulseDurationMs: search.pulseDurationMs,
    stackedPulses: 1,
    stackIntervalMs: 0,
    layers: search.tissue.kind === 'layers' ? search.tissue.layers : DUMMY_LAYERS,
    damageModel: 'henriques',
  }
  // Deep enough for the absorption depth of the top layer plus the heat diffused during the pulse.
  const diffusivity = TISSUE.conductivityWPerMK / TISSUE.volumetricHeatCapacity
  const diffusionUm = 4 * Math.sqrt(diffusivity * search.pulseDurationMs * 1e-3) * 1e6
  const run = runPulse(input, {
    cellUm: search.cellUm ?? laserParam('laser.thresholdCellUm'),
    tissue: search.tissue,
    beam: { kind: 'flatTop', fluenceJPerCm2 },
    plumeTransmission: 1,
    divergence: false,
    coolDown: false,
    stopAtFirstAblation: true,
    snapshotDelaysMs: [],
    domainDepthUm: 200 + diffusionUm,
  })
  return run.ablationStarted
}

/** Lowest fluence (J/cm²) that ejects tissue, by bisection on a logarithmic scale between 0.01 and 1000 J/cm². */
export function findThresholdFluence(search: ThresholdSearch): number {
  let lo = 0.01
  let hi = 1000
  if (!ejectsTissue(search, hi)) return Infinity
  const tolerance = search.tolerance ?? 0.002
  while (hi / lo > 1 + tolerance) {
    const mid = Math.sqrt(lo * hi)
    if (ejectsTissue(search, mid)) hi = mid
    else lo = mid
  }
  return hi
}
