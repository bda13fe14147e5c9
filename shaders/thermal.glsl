// Treatment pass: shared uniforms and lookups for every material that shows the laser's effect (the block faces,
// follicles, MTZ columns). Everything here reads what src/sim/treatment.ts planned and src/sim/laser computed:
//  - uWoundMask (RGBA32F, nearest): per surface texel, the nearest MTZ centre (x, y µm), its fire time on the
//    display clock (s) and a kind (0 none, 1 MTZ, 2 continuous sweep; then xy is the texel itself);
//  - uProfileTex (RGBA16F, linear): crater depth and Ω ≥ 1 depth (µm) by radius from the MTZ axis;
//  - uRadiusTex (RGBA16F, linear): the profile inverted, crater radius and damaged-zone radius (µm) by depth;
//  - uThermalTex (RGBA16F, linear): the model's four temperature maps (°C, r × z) as R, G, B, A;
//  - uClockS: the scan clock; physical time since a pulse = (uClockS − fire time) · uMsPerDisplayS.
// Between snapshots the temperature is interpolated in log-time (diffusive cooling is close to linear in log t);
// during the pulse it rises from 37 °C to the end-of-pulse map as the column grows; after the last snapshot the
// colour fades to the settled look over uSettleMs (a drawing choice, flagged in the legend).
uniform float uTreatKind; // 0: no pass shown, 1: fractional, 2: continuous
uniform float uClockS;
uniform float uMsPerDisplayS;
uniform float uPulseEndMs;
uniform vec4 uSnapMs;
uniform float uSettleMs;
uniform sampler2D uWoundMask;
uniform vec2 uBlockUm;
uniform sampler2D uProfileTex;
uniform float uProfileSpanUm;
uniform sampler2D uRadiusTex;
uniform float uRadiusSpanUm;
uniform sampler2D uThermalTex;
uniform vec2 uThermalSpanUm;
uniform vec2 uContinuousUm; // crater depth and Ω ≥ 1 depth of continuous mode, µm
uniform vec2 uHeatRangeC; // colour-map range, °C (the legend's ends)
uniform vec3 uColEschar;
uniform vec3 uColCoag;
uniform vec3 uColCrater;

struct Wound {
  float kind;
  vec2 centreUm;
  float fireS;
};

Wound woundAt(vec2 pUm) {
  vec4 t = texture2D(uWoundMask, clamp(pUm / uBlockUm, 0.0, 1.0));
  return Wound(t.w, t.xy, t.z);
}

/** Physical time since the wound's pulse started, ms (negative: not yet fired). */
float pulseAgeMs(Wound w) {
  return w.kind > 0.5 ? (uClockS - w.fireS) * uMsPerDisplayS : -1.0;
}

/** How far the column has been drilled: 0 at the start of the pulse, 1 at its end. */
float columnGrowth(float ageMs) {
  return clamp(ageMs / max(uPulseEndMs, 1e-4), 0.0, 1.0);
}

/** (crater depth, Ω ≥ 1 depth) in µm at radius r from the axis; continuous mode: the same everywhere. */
vec2 zoneDepthsUm(Wound w, float rUm) {
  if (w.kind > 1.5) return uContinuousUm;
  if (rUm >= uProfileSpanUm) return vec2(0.0);
  return texture2D(uProfileTex, vec2(rUm / uProfileSpanUm, 0.5)).xy;
}

/** (crater radius, damaged-zone radius) in µm at a depth of a fully drilled column. */
vec2 zoneRadiiUm(float depthUm) {
  if (depthUm >= uRadiusSpanUm) return vec2(0.0);
  return texture2D(uRadiusTex, vec2(depthUm / uRadiusSpanUm, 0.5)).xy;
}

float logStep(float t, float a, float b) {
  return clamp(log(max(t, a) / a) / log(b / a), 0.0, 1.0);
}

/** Tissue temperature at radius r and depth d, ageMs after the start of the pulse, °C. */
float temperatureC(float rUm, float depthUm, float ageMs) {
  vec2 uv = vec2(rUm, depthUm) / uThermalSpanUm;
  if (ageMs < 0.0 || uv.x > 1.0 || uv.y > 1.0) return 37.0;
  vec4 T = texture2D(uThermalTex, uv);
  if (ageMs <= uSnapMs.x) return mix(37.0, T.x, columnGrowth(ageMs));
  if (ageMs <= uSnapMs.y) return mix(T.x, T.y, logStep(ageMs, uSnapMs.x, uSnapMs.y));
  if (ageMs <= uSnapMs.z) return mix(T.y, T.z, logStep(ageMs, uSnapMs.y, uSnapMs.z));
  if (ageMs <= uSnapMs.w) return mix(T.z, T.w, logStep(ageMs, uSnapMs.z, uSnapMs.w));
  return 37.0 + (T.w - 37.0) * (1.0 - smoothstep(0.0, uSettleMs, ageMs - uSnapMs.w));
}

// Perceptually uniform "inferno" colour map (polynomial fit by Matt Zucker, CC0), sRGB; the legend uses the same
// coefficients (src/ui/colormap.ts).
vec3 infernoSrgb(float t) {
  const vec3 c0 = vec3(0.0002189403691192265, 0.001651004631001012, -0.01948089843709184);
  const vec3 c1 = vec3(0.1065134194856116, 0.5639564367884091, 3.932712388889277);
  const vec3 c2 = vec3(11.60249308247187, -3.972853965665698, -15.9423941062914);
  const vec3 c3 = vec3(-41.70399613139459, 17.43639888205313, 44.35414519872813);
  const vec3 c4 = vec3(77.162935699427, -33.40235894210092, -81.80730925738993);
  const vec3 c5 = vec3(-71.31942824499214, 32.62606426397723, 73.20951985803202);
  const vec3 c6 = vec3(25.13112622477341, -12.24266895238567, -23.07032500287172);
  t = clamp(t, 0.0, 1.0);
  return clamp(c0 + t * (c1 + t * (c2 + t * (c3 + t * (c4 + t * (c5 + t * c6))))), 0.0, 1.0);
}

// Where the colour map fades in over the tissue, as fractions of the map (HEAT_FADE_IN in
// src/scene/laser/colormap.ts); the legend says from which temperature on.
uniform vec2 uHeatFadeIn;

/** Colour of a temperature (linear RGB, as the shaders work) and how strongly it shows over the tissue. */
vec4 heatColour(float tempC) {
  float x = clamp((tempC - uHeatRangeC.x) / (uHeatRangeC.y - uHeatRangeC.x), 0.0, 1.0);
  vec3 c = pow(infernoSrgb(x), vec3(2.2));
  // tissue near body temperature shows through; the hot end of the map covers it
  return vec4(c, smoothstep(uHeatFadeIn.x, uHeatFadeIn.y, x));
}
