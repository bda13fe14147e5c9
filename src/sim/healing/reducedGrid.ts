// The two 1D grids of the reduced per-patient model (reduced.ts) and their reaction–diffusion step, with the
// finite division potential of every melanocyte lineage (the plateau mechanism).
//
// Each melanocyte carries a division budget d (agent model: MelanocyteStore.divisionsLeft). A cell that divides
// gives both daughters d − 1; with d = 0 it no longer divides. Each cell's "descendant capacity" 2^d is therefore
// CONSERVED by division, so the grid carries, besides the spreading and pigmenting densities s and p, their
// capacity densities w_s and w_p (cells/µm² × 2^d). Every cell has n ≤ W (n = s + p, W = w_s + w_p), with equality
// once every lineage is spent. Mean-field closure for the share of cells that can still divide: 1 − n/W (exact
// when the lineages are spent or fresh; it under-counts a population whose every cell has d = 1, 2 …: ½, ¾ …).
//   ∂s/∂t   = D∇²s   + r·P·(1 − n̄/K)⁺·[(1 − n/W)·n + R] − s/τ_m − h·s
//   ∂w_s/∂t = D∇²w_s + r·P·(1 − n̄/K)⁺·[(1 − n/W)·p·w_p/(2p) + R·2^G] − w_s/τ_m − h·w_s
//   ∂p/∂t   = s/τ_m − h·p,        ∂w_p/∂t = w_s/τ_m − (births from p)·w_p/(2p) − h·w_p
// R: healthy residents at the margin (fixed density; they recruit daughters with a fresh budget G).
// Coverage: islands as a Boolean model, 1 − exp(−ρ·q·A_island); the margin as a band of width w in a round lesion
// of radius R, 1 − (1 − w/R)²; combined as independent: 1 − (1 − c_i)(1 − c_m).

export const HEALTHY_NODES = 5

/** One 1D grid: spreading s, pigmenting p (cells/µm²), their descendant capacities, node areas and faces. */
export interface ReducedGrid {
  s: Float64Array
  p: Float64Array
  ws: Float64Array
  wp: Float64Array
  areas: Float64Array
  faces: Float64Array
}

export function makeGrid(n: number, radial: boolean, dx: number): ReducedGrid {
  const areas = new Float64Array(n)
  const faces = new Float64Array(n + 1)
  for (let i = 0; i < n; i++) areas[i] = radial ? Math.PI * dx * dx * ((i + 1) ** 2 - i ** 2) : dx
  for (let i = 0; i <= n; i++) faces[i] = radial ? 2 * Math.PI * i * dx : 1
  const z = () => new Float64Array(n)
  return { s: z(), p: z(), ws: z(), wp: z(), areas, faces }
}

/** Per-step constants of stepGrid (one object per grid, reused every step). */
export interface GridStep {
  D: number
  birth: number
  mature: number
  K: number
  dt: number
  /** Descendant capacity 2^G of a fresh daughter (recruited from a resident or from a follicle). */
  freshCapacity: number
  /** Loss hazard per node: tLossPerH × tFactor[j] + (j ≥ mmpFrom ? mmpLossPerH : 0). */
  tLossPerH: number
  tFactor: Float64Array
  mmpLossPerH: number
  mmpFrom: number
}

/** Multiplies every density of the grid by `factor` (the laser kills the wounded share). */
export function scaleGrid(g: ReducedGrid, factor: number): void {
  for (const a of [g.s, g.p, g.ws, g.wp]) for (let j = 0; j < a.length; j++) a[j] *= factor
}

/** One reaction–diffusion step (radial when faces grow), room from a 3-node average; returns the new reach. */
export function stepGrid(
  g: ReducedGrid,
  fixed: Float64Array | null,
  flux: Float64Array,
  fluxW: Float64Array,
  dx: number,
  reach: number,
  k: GridStep,
): number {
  const { s, p, ws, wp, areas, faces } = g
  const n = s.length
  const last = Math.min(n - 1, reach + 2)
  flux[0] = fluxW[0] = 0
  flux[last + 1] = fluxW[last + 1] = 0
  for (let j = 0; j < last; j++) {
    flux[j + 1] = (k.D * faces[j + 1] * (s[j] - s[j + 1])) / dx
    fluxW[j + 1] = (k.D * faces[j + 1] * (ws[j] - ws[j + 1])) / dx
  }
  let newReach = 0
  let prev = 0
  let here = s[0] + p[0] + (fixed ? fixed[0] : 0)
  for (let j = 0; j <= last; j++) {
    const next = j + 1 < n ? s[j + 1] + p[j + 1] + (fixed ? fixed[j + 1] : 0) : 0
    const nAvg = (prev + here + next) / ((j > 0 ? 1 : 0) + 1 + (j + 1 < n ? 1 : 0))
    const room = Math.max(0, 1 - nAvg / k.K)
    const perCell = k.birth * room * k.dt
    const cells = s[j] + p[j]
    const capacity = ws[j] + wp[j]
    const able = capacity > cells ? 1 - cells / capacity : 0
    const fromS = perCell * able * s[j]
    const fromP = perCell * able * p[j]
    const recruited = fixed ? perCell * fixed[j] : 0
    const handedOn = p[j] > 0 ? (fromP * wp[j]) / (2 * p[j]) : 0
    const loss = k.tLossPerH * k.tFactor[j] + (j >= k.mmpFrom ? k.mmpLossPerH : 0)
    const survive = Math.exp(-loss * k.dt)
    const matured = s[j] * k.mature
    const maturedW = ws[j] * k.mature
    const diffused = ((flux[j] - flux[j + 1]) * k.dt) / areas[j]
    const diffusedW = ((fluxW[j] - fluxW[j + 1]) * k.dt) / areas[j]
    s[j] = Math.max(0, (s[j] + diffused + fromS + fromP + recruited - matured) * survive)
    ws[j] = Math.max(0, (ws[j] + diffusedW + handedOn + recruited * k.freshCapacity - maturedW) * survive)
    p[j] = (p[j] + matured) * survive
    wp[j] = Math.max(0, (wp[j] - handedOn + maturedW) * survive)
    if (s[j] + p[j] > 1e-12) newReach = j
    prev = here
    here = next
  }
  return newReach
}

/** Lesion coverage from the pigmenting cells of the island and margin grids. */
export function coverage(
  island: ReducedGrid,
  margin: ReducedGrid,
  activeFolliclesPerUm2: number,
  lesionRadiusUm: number,
  K: number,
  dx: number,
): number {
  let islandArea = 0
  for (let i = 0; i < island.p.length; i++) islandArea += island.areas[i] * Math.min(1, island.p[i] / K)
  let width = 0
  for (let j = HEALTHY_NODES; j < margin.p.length; j++) width += dx * Math.min(1, margin.p[j] / K)
  const cIsland = 1 - Math.exp(-activeFolliclesPerUm2 * islandArea)
  const cMargin = 1 - (1 - Math.min(1, width / lesionRadiusUm)) ** 2
  return 1 - (1 - cIsland) * (1 - cMargin)
}
