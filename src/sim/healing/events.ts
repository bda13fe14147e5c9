// The course's events and the T-cell step: a laser session (kills what lies in the thermal damage, opens the
// wound, starts the field sources), an NB-UVB session (basal dose per grid cell, higher where channels are still
// open; UV-induced T-cell apoptosis), a topical application (into open channels or on intact skin).
import type { EngineState } from './engine'
import type { SkinState } from './types'
import { MODE } from './agents'
import { TCELL_MODE } from './tcells'
import { addOpenShare, addRimShare, basalPointDamaged, deepPointDamaged } from './wound'
import { healingParam } from './healingParams'

/** Share of each grid cell whose epidermis is open at this hour (all sessions, capped at 1). */
export function openShareAt(st: EngineState, hour: number): Float32Array {
  const { nx, ny } = st.w.grid
  const out = new Float32Array(nx * ny)
  for (const s of st.w.sessions) addOpenShare(s.wound.closure, hour - s.hour, nx, ny, out)
  for (let k = 0; k < out.length; k++) out[k] = Math.min(1, out[k])
  return out
}

/** Dose reaching the basal layer per cell: open share × 'lasered' + the rest × 'intact'. */
function blendedDose(open: Float32Array, dose: (state: SkinState) => number): Float32Array {
  const lasered = dose('lasered')
  const intact = dose('intact')
  return Float32Array.from(open, (o) => o * lasered + (1 - o) * intact)
}

export function applyLaserSession(st: EngineState, index: number): void {
  const { w } = st
  const session = w.sessions[index]
  // the fields are released from the coagulated rims of this session's MTZs
  const share = new Float32Array(w.grid.nx * w.grid.ny)
  addRimShare(session.wound, w.grid.nx, w.grid.ny, share)
  st.sessionShares[index] = share
  const s = w.melanocytes
  for (let i = 0; i < s.count; i++) {
    const m = s.mode[i]
    if (m === MODE.lost) continue
    const basal = m === MODE.spreading || m === MODE.pigmenting || m === MODE.resident
    const hit = basal
      ? basalPointDamaged(session.wound, s.xUm[i], s.yUm[i])
      : deepPointDamaged(session.wound, s.xUm[i], s.yUm[i], s.depthUm[i])
    if (hit) s.kill(i)
  }
  const t = w.tCells
  for (let i = 0; i < t.count; i++) {
    if (t.mode[i] === TCELL_MODE.patrolling && basalPointDamaged(session.wound, t.xUm[i], t.yUm[i])) t.kill(i)
  }
}

export function applyUvSession(st: EngineState, hour: number): void {
  const { w, rates } = st
  const dose = blendedDose(openShareAt(st, hour), w.doses.uvBasalDoseFraction)
  const pUv = healingParam('heal.tCell.uvApoptosisPerSession')
  for (let k = 0; k < rates.n; k++) rates.uv[k] += dose[k] / w.uvReference
  const t = w.tCells
  for (let i = 0; i < t.count; i++) {
    if (t.mode[i] !== TCELL_MODE.patrolling) continue
    const relative = dose[w.gridIndex(t.xUm[i], t.yUm[i])] / w.uvReference
    if (st.random() < Math.min(1, pUv * relative)) t.kill(i)
  }
}

/** A topical application: where channels are still open (right after a session) the agent reaches the basal
 *  layer at the channel exposure, elsewhere at the intact-skin exposure. */
export function applyTopical(st: EngineState, hour: number): void {
  const open = openShareAt(st, hour)
  const exposure = blendedDose(open, st.w.doses.topicalBasalExposure)
  for (let k = 0; k < exposure.length; k++) st.rates.topical[k] += exposure[k]
}

/** Apoptosis (baseline turnover, laser-injury hypothesis, corticosteroid) and influx of new T cells. */
export function stepTCells(st: EngineState, dtH: number): void {
  const { w, rates } = st
  const t = w.tCells
  const residenceH = healingParam('heal.tCell.residenceDays') * 24
  const laserPerH = healingParam('heal.tCell.laserApoptosisPerH')
  const gfHalf = healingParam('heal.gf.halfEffect')
  const topical = w.input.course.topical
  const corticoPerH =
    topical === 'corticosteroid' ? healingParam('heal.topical.corticosteroidApoptosisPerDay') / 24 : 0
  for (let i = 0; i < t.count; i++) {
    if (t.mode[i] !== TCELL_MODE.patrolling) continue
    const k = w.gridIndex(t.xUm[i], t.yUm[i])
    const g = st.gf.values[k] / (st.gf.values[k] + gfHalf)
    const hazard = 1 / residenceH + laserPerH * g + corticoPerH * rates.topical[k]
    if (st.random() < 1 - Math.exp(-hazard * dtH)) t.kill(i)
  }
  const sources = w.block.tCells
  if (sources.length === 0) return
  const reduction =
    topical === '5-fu'
      ? healingParam('heal.topical.fluorouracilInfluxReduction') *
        Math.min(1, rates.lesionMean(rates.topical))
      : 0
  st.tCellInflux += ((w.activity * sources.length * dtH) / residenceH) * (1 - reduction)
  const jitterUm = 20
  while (st.tCellInflux >= 1) {
    st.tCellInflux -= 1
    const from = sources[Math.floor(st.random() * sources.length)]
    const x = Math.min(w.grid.widthUm, Math.max(0, from.xUm + (st.random() * 2 - 1) * jitterUm))
    const y = Math.min(w.grid.lengthUm, Math.max(0, from.yUm + (st.random() * 2 - 1) * jitterUm))
    t.spawn(x, y, from.depthUm, st.ctx.hour)
  }
}
