// Per grid cell quantities recomputed every slow tick: densities (contact inhibition, T cells), the melanogenic
// stimulus, motility and loss hazards, and the pigment coverage.
//
//   stimulus   P = 1 − exp(−(g_UV·U + g_GF·Ĝ' + s_FU)),   Ĝ = G/(G + G½), Ĝ' = Ĝ with PRP's factors added,
//              s_FU the 5-FU hypothesis term (topicalEffects.ts); basal cells use the basal UV dose and exposure,
//              follicular precursors (activation, niche division, dormancy) the follicular ones
//   motility   m = m_rest + (1 − m_rest)·max(Ĝ', M̂),             M̂ = M/(M + M½)     (speed = 9 µm/h × m)
//   loss       h = k_T·τ + k_M·max(0, E − θ)                       τ = local T cells ÷ margin density
//   room       1 − n/K over a 3 × 3 window (K = the site's healthy density = 1 / EMU area)
//   coverage   min(1, pigmenting cells in the window × EMU area ÷ window area)
import type { World } from './setup'
import { MODE } from './agents'

// Local copies: hot loops read plain constants, not a module binding.
const SPREADING = MODE.spreading
const PIGMENTING = MODE.pigmenting
const RESIDENT = MODE.resident
import { boxSum, windowCells } from './tcells'
import { healingParam } from './healingParams'
import { paramValue } from '../params'
import { fluorouracilStimulus, growthFactorEffect, type TopicalRules } from './topicalEffects'

export class CellRates {
  readonly n: number
  readonly cellAreaUm2: number
  /** Decaying UV stimulus (sum of relative basal doses; follicular: + the direct bulge dose), topical depots
   *  (exposure at the basal layer and at the bulge), MMP-2 exposure (running mean). */
  readonly uv: Float32Array
  readonly uvFollicle: Float32Array
  readonly topicalBasal: Float32Array
  readonly topicalBulge: Float32Array
  readonly mmp2Exposure: Float32Array
  readonly tRelative: Float32Array
  readonly stimulus: Float32Array
  readonly stimulusFollicle: Float32Array
  readonly motility: Float32Array
  readonly lossPerH: Float32Array
  readonly room: Float32Array
  readonly homeostaticRoom: Float32Array
  /** Per-cell probabilities within one slow tick (see AgentContext). */
  readonly pActivate: Float32Array
  readonly pNicheDivide: Float32Array
  readonly pDeactivate: Float32Array
  readonly pDivide: Float32Array
  readonly pHomeostatic: Float32Array
  readonly pLoss: Float32Array
  readonly coverage: Float32Array
  readonly lesionCoverage: Float32Array
  private readonly win3: Float32Array
  private readonly win5: Float32Array
  private readonly coreWin: Float32Array
  /** Work arrays of updateDensities (counts, window sums, box-sum scratch). */
  private readonly work: Float32Array[]
  private readonly half3: number
  private readonly half5: number

  constructor(private readonly w: World) {
    const { nx, ny, cellUm } = w.grid
    const n = nx * ny
    this.n = n
    this.cellAreaUm2 = cellUm * cellUm
    const arrays = () => new Float32Array(n)
    this.uv = arrays()
    this.uvFollicle = arrays()
    this.topicalBasal = arrays()
    this.topicalBulge = arrays()
    this.mmp2Exposure = arrays()
    this.tRelative = arrays()
    this.stimulus = arrays()
    this.stimulusFollicle = arrays()
    this.motility = arrays()
    this.lossPerH = arrays()
    this.room = arrays()
    this.homeostaticRoom = arrays()
    this.pActivate = arrays()
    this.pNicheDivide = arrays()
    this.pDeactivate = arrays()
    this.pDivide = arrays()
    this.pHomeostatic = arrays()
    this.pLoss = arrays()
    this.coverage = arrays()
    this.lesionCoverage = arrays()
    this.work = Array.from({ length: 9 }, arrays)
    this.half3 = Math.floor(healingParam('heal.melanocyte.densityWindowCells') / 2)
    this.half5 = Math.floor(healingParam('heal.tCell.densityWindowCells') / 2)
    this.win3 = windowCells(nx, ny, this.half3)
    this.win5 = windowCells(nx, ny, this.half5)
    this.coreWin = arrays()
    boxSum(Float32Array.from(w.healthyCore), nx, ny, this.half3, this.coreWin)
    this.motility.fill(healingParam('heal.melanocyte.restingSpeedFraction'))
  }

  /** Densities from the agents' positions: contact-inhibition room, homeostatic room, T cells, coverage. */
  updateDensities(): void {
    const { w, n } = this
    const { nx, ny } = w.grid
    const s = w.melanocytes
    const [all, core, pig, res, allWin, coreWin, pigWin, resWin, box] = this.work
    all.fill(0)
    core.fill(0)
    pig.fill(0)
    res.fill(0)
    for (let i = 0; i < s.count; i++) {
      const m = s.mode[i]
      if (m !== SPREADING && m !== PIGMENTING && m !== RESIDENT) continue
      const k = w.gridIndex(s.xUm[i], s.yUm[i])
      all[k]++
      if (m === RESIDENT) {
        res[k]++
        if (w.healthyCore[k] === 1) core[k]++
      } else if (m === PIGMENTING) pig[k]++
    }
    const perCellK = w.targetPerUm2 * this.cellAreaUm2
    boxSum(all, nx, ny, this.half3, allWin, box)
    boxSum(core, nx, ny, this.half3, coreWin, box)
    boxSum(pig, nx, ny, this.half3, pigWin, box)
    boxSum(res, nx, ny, this.half3, resWin, box)
    for (let k = 0; k < n; k++) {
      const capacity = perCellK * this.win3[k]
      this.room[k] = clamp01(1 - allWin[k] / capacity)
      this.homeostaticRoom[k] =
        w.healthyCore[k] === 1 ? clamp01(1 - coreWin[k] / (perCellK * this.coreWin[k])) : 0
      this.lesionCoverage[k] = Math.min(1, pigWin[k] / capacity)
      this.coverage[k] = Math.min(1, (pigWin[k] + resWin[k]) / capacity)
    }
    const t = w.tCells
    const tCounts = all.fill(0)
    for (let i = 0; i < t.count; i++) if (t.mode[i] === 1) tCounts[w.gridIndex(t.xUm[i], t.yUm[i])]++
    boxSum(tCounts, nx, ny, this.half5, this.tRelative, box)
    const tRef = (paramValue('tCell.marginPerMm2') / 1e6) * this.cellAreaUm2
    for (let k = 0; k < n; k++) this.tRelative[k] /= tRef * this.win5[k]
  }

  /**
   * Stimulus, motility and loss from the fields, the UV stimulus, the topical depots and the T-cell density; then
   * the per-cell probabilities of the next slow tick of dtH hours.
   */
  updateRates(gf: Float32Array, mmp2: Float32Array, rules: TopicalRules, dtH: number): void {
    const gUv = this.w.calibration.uvStimulusGain
    const kT = this.w.calibration.tCellKillPerH
    const gGf = healingParam('heal.melanocyte.gfStimulusWeight')
    const gfHalf = healingParam('heal.gf.halfEffect')
    const mmpHalf = healingParam('heal.mmp2.halfEffect')
    const rest = healingParam('heal.melanocyte.restingSpeedFraction')
    const theta = healingParam('heal.mmp2.chronicThreshold')
    const kM = healingParam('heal.mmp2.lossPerHPerExcess')
    const division = (Math.LN2 / healingParam('heal.melanocyte.divisionHours')) * dtH
    const activation = healingParam('heal.melanocyte.activationPerH') * dtH
    const deactivation = dtH / (healingParam('heal.melanocyte.deactivationDays') * 24)
    const p = (exponent: number): number => (exponent > 0 ? 1 - Math.exp(-exponent) : 0)
    for (let k = 0; k < this.n; k++) {
      const gWound = gf[k] / (gf[k] + gfHalf)
      const m = mmp2[k] / (mmp2[k] + mmpHalf)
      const xBasal = this.topicalBasal[k]
      const xBulge = this.topicalBulge[k]
      const g = growthFactorEffect(rules, gWound, xBasal)
      const stimulus =
        1 - Math.exp(-(gUv * this.uv[k] + gGf * g + fluorouracilStimulus(rules, gWound, xBasal)))
      const follicle =
        1 -
        Math.exp(
          -(
            gUv * this.uvFollicle[k] +
            gGf * growthFactorEffect(rules, gWound, xBulge) +
            fluorouracilStimulus(rules, gWound, xBulge)
          ),
        )
      const loss = kT * this.tRelative[k] + kM * Math.max(0, this.mmp2Exposure[k] - theta)
      this.stimulus[k] = stimulus
      this.stimulusFollicle[k] = follicle
      this.motility[k] = rest + (1 - rest) * Math.max(g, m)
      this.lossPerH[k] = loss
      this.pActivate[k] = p(activation * follicle)
      this.pNicheDivide[k] = p(division * follicle)
      this.pDeactivate[k] = p(deactivation * (1 - follicle))
      this.pDivide[k] = p(division * stimulus * this.room[k])
      this.pHomeostatic[k] = p(division * this.homeostaticRoom[k])
      this.pLoss[k] = p(loss * dtH)
    }
  }

  /** Share of the lesion's basal layer covered by pigmenting melanocytes. */
  repigmentationFraction(): number {
    let covered = 0
    let total = 0
    for (let k = 0; k < this.n; k++) {
      covered += this.w.lesionShare[k] * this.lesionCoverage[k]
      total += this.w.lesionShare[k]
    }
    return total > 0 ? covered / total : 0
  }

  lesionMean(values: Float32Array): number {
    let sum = 0
    let total = 0
    for (let k = 0; k < this.n; k++) {
      sum += this.w.lesionShare[k] * values[k]
      total += this.w.lesionShare[k]
    }
    return total > 0 ? sum / total : 0
  }
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x
}
