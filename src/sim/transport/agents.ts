// Agents and their transport properties from molecular weight and log P (REFERENCE §4.2, relations as coded in
// anthonytchen/LC_DPK, B). Four media: the vehicle (aqueous), the stratum corneum (homogenized brick and mortar),
// viable epidermis and dermis (same D and K, as in LC_DPK).
//
// Stratum corneum, homogenized here (derivation C, in docs/model-transport.md §3): per brick period of height
// H = t + g and width W = d + s, two routes in parallel, each as an effective K·D (partition to water × D):
//   lipid (intercellular) route: down a gap of width s between bricks (length t), then sideways in a lipid
//     layer of thickness g over L = d_h·d_m/(d_h + d_m) (the two overlaps of staggered bricks in parallel):
//     (KD)_lip,route = H / (W · (t/(s·KD_lip) + L/(g·KD_lip)))
//   transcellular route: through a corneocyte (t) and a lipid layer (g) in series, over the brick's share d/W:
//     (KD)_tc,route = (d/W) · H / (t/KD_cc + g/KD_lip)
// K_SC is the volume-weighted mean of K_lip (mortar) and K_cc (bricks); D_SC = (KD)_SC / K_SC.
import type { TopicalAgentId, AgentSpec, AgentProperties, Medium, TopicalSettings } from './types'
import { transportParam as tp } from './transportParams'

const BOLTZMANN = 1.380649e-23 // J/K (CODATA exact)
const M2_TO_CM2 = 1e4

export const AGENT_LABELS: Record<TopicalAgentId, string> = {
  corticosteroid: 'Clobetasol propionate (corticosteroid)',
  '5-fu': '5-fluorouracil',
  prp: 'PRP growth factors (PDGF/TGF-β-sized protein)',
  custom: 'Custom agent',
}

/** Molecular data of the agent of a topical section. */
export function agentSpec(topical: Pick<TopicalSettings, 'agent' | 'custom'>): AgentSpec {
  const id = topical.agent
  if (id === 'custom') {
    return { id, label: AGENT_LABELS[id], ...topical.custom }
  }
  return {
    id,
    label: AGENT_LABELS[id],
    molecularWeight: tp(`transport.agent.${id}.molecularWeight`),
    logP: tp(`transport.agent.${id}.logP`),
  }
}

/** Solute radius, Å: a sphere of 0.9087 Å³ per g/mol (LC_DPK Chemical.cpp). */
export function soluteRadiusA(molecularWeight: number): number {
  return Math.cbrt((3 * tp('transport.molarVolumePerMw') * molecularWeight) / (4 * Math.PI))
}

/** Stokes–Einstein diffusivity in water at skin temperature, cm²/s. */
export function waterDiffusivityCm2PerS(radiusA: number): number {
  const radiusM = radiusA * 1e-10
  const d =
    (BOLTZMANN * tp('transport.temperatureK')) / (6 * Math.PI * tp('transport.waterViscosityPaS') * radiusM)
  return d * M2_TO_CM2
}

/** Fraction unbound in 2.7% albumin (Yamazaki & Kanaoka 2004, acid branch as coded in LC_DPK). */
export function fractionUnbound(logP: number): number {
  const e = 0.7936 * Math.exp(logP) // exp(log10 K_ow), as in the source
  return 1 - (e + 0.2239) / (e + 1.2239)
}

/** Viable epidermis and dermis: D = D_free / binding factor, K = 0.7 × binding factor (REFERENCE §4.2). */
export function viableMedium(molecularWeight: number, logP: number): Medium {
  const kow = 10 ** logP
  const dFree =
    10 **
    (tp('transport.viable.logDIntercept') + tp('transport.viable.logDSlope') * Math.log10(molecularWeight))
  const binding =
    tp('transport.viable.bindingBase') +
    tp('transport.viable.bindingUnbound') / fractionUnbound(logP) +
    tp('transport.viable.bindingKow') *
      tp('transport.viable.nonIonisedFraction') *
      kow ** tp('transport.viable.bindingKowExponent')
  return { diffusivityCm2PerS: dFree / binding, partition: tp('transport.viable.partitionFactor') * binding }
}

/** Volume fractions of the SC brick geometry and the water share of the bricks (LC_DPK Grid.cpp InitSC). */
function scComposition() {
  const d = tp('transport.sc.corneocyteWidthUm')
  const t = tp('transport.sc.corneocyteThicknessUm')
  const g = tp('transport.sc.lipidLayerUm')
  const s = g
  const vMortar = g * (d + s) + t * s
  const vBrick = d * t
  const vAll = vMortar + vBrick
  const water = tp('transport.sc.waterMassFraction')
  const fl = tp('transport.sc.dryLipidMassFraction')
  const lipidMass = (1 - water) * fl
  const keratinMass = (1 - water) * (1 - fl)
  const total =
    lipidMass / tp('transport.sc.lipidDensityRatio') +
    keratinMass / tp('transport.sc.keratinDensityRatio') +
    water
  const keratinVolume = keratinMass / tp('transport.sc.keratinDensityRatio') / total
  const waterInBricks = vBrick / vAll - keratinVolume
  return { d, t, g, s, mortarFraction: vMortar / vAll, thetaBrick: (waterInBricks / vBrick) * vAll }
}

/** Lipid and corneocyte media of the SC (REFERENCE §4.2; corneocyte D: LC_DPK hindered diffusion). */
export function scPhases(molecularWeight: number, logP: number) {
  const kow = 10 ** logP
  const rs = soluteRadiusA(molecularWeight)
  const lipidD =
    molecularWeight <= tp('transport.sc.lipidMwCutoff')
      ? tp('transport.sc.lipidDiffusivitySmallM2PerS') *
        Math.exp(-tp('transport.sc.lipidRadiusCoefficientPerA2') * rs * rs)
      : tp('transport.sc.lipidDiffusivityLargeM2PerS')
  const lipid: Medium = {
    diffusivityCm2PerS: lipidD * M2_TO_CM2,
    partition: tp('transport.sc.lipidDensityRatio') * kow ** tp('transport.sc.lipidKowExponent'),
  }
  const { thetaBrick } = scComposition()
  const kKeratin =
    tp('transport.sc.keratinDensityRatio') *
    tp('transport.sc.keratinFactor') *
    kow ** tp('transport.sc.keratinKowExponent')
  const phiF = 1 - thetaBrick
  const rf = tp('transport.sc.fibrilRadiusA')
  const k = tp('transport.sc.hinderBeta') * rf * rf * phiF ** tp('transport.sc.hinderGamma')
  const S = phiF * ((rs + rf) / rf) ** 2
  const hindrance =
    Math.exp(-tp('transport.sc.hinderAlpha') * S ** tp('transport.sc.hinderLambda')) /
    (1 + rs / Math.sqrt(k) + (rs * rs) / (3 * k))
  const corneocyte: Medium = {
    diffusivityCm2PerS: waterDiffusivityCm2PerS(rs) * hindrance,
    partition: (1 - thetaBrick) * kKeratin + thetaBrick,
  }
  return { lipid, corneocyte }
}

/** Homogenized SC: effective K·D of both routes, K (volume mean) and D (see the header). */
export function stratumCorneumMedium(molecularWeight: number, logP: number) {
  const { lipid, corneocyte } = scPhases(molecularWeight, logP)
  const { d, t, g, s, mortarFraction } = scComposition()
  const w = tp('transport.sc.offsetRatio')
  const dh = (d - s) / (1 + w)
  const dm = w * dh
  const lateralUm = (dh * dm) / (dh + dm)
  const H = t + g
  const W = d + s
  const kdLip = lipid.partition * lipid.diffusivityCm2PerS
  const kdCc = corneocyte.partition * corneocyte.diffusivityCm2PerS
  const lipidRouteKD = H / (W * (t / (s * kdLip) + lateralUm / (g * kdLip)))
  const transcellularRouteKD = ((d / W) * H) / (t / kdCc + g / kdLip)
  const partition = mortarFraction * lipid.partition + (1 - mortarFraction) * corneocyte.partition
  const kd = lipidRouteKD + transcellularRouteKD
  return { medium: { diffusivityCm2PerS: kd / partition, partition }, lipidRouteKD, transcellularRouteKD }
}

/** Every medium of an agent, and the permeability of an SC of the given thickness. */
export function agentProperties(agent: AgentSpec, stratumCorneumUm: number): AgentProperties {
  const rs = soluteRadiusA(agent.molecularWeight)
  const sc = stratumCorneumMedium(agent.molecularWeight, agent.logP)
  const kd = sc.medium.diffusivityCm2PerS * sc.medium.partition
  return {
    agent,
    soluteRadiusA: rs,
    vehicle: { diffusivityCm2PerS: waterDiffusivityCm2PerS(rs), partition: tp('transport.vehiclePartition') },
    stratumCorneum: sc.medium,
    viable: viableMedium(agent.molecularWeight, agent.logP),
    scPermeabilityCmPerH: (kd / (stratumCorneumUm * 1e-4)) * 3600,
    scLipidRouteKD: sc.lipidRouteKD,
    scTranscellularRouteKD: sc.transcellularRouteKD,
  }
}

/** Potts–Guy permeability, cm/h (REFERENCE §4.2, T): a check of the SC model, not used by it. */
export function pottsGuyKpCmPerH(molecularWeight: number, logP: number): number {
  return 10 ** (-2.7 + 0.71 * logP - 0.0061 * molecularWeight)
}
