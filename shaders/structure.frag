// Follicles and cells shown in the "thick section": clipped at the cut plane, and below the skin surface also to
// the slab behind the cut face and to the block's bounds (above the surface, a hair shaft stays while its
// follicle's opening is in the kept tissue).
// Back faces seen through the clip are drawn as a flat cap, so a structure cut by the plane looks solid.
uniform float uCutZ;
uniform float uSlabBackZ;
uniform float uHalfW;
uniform float uBackZ;
uniform float uBottomY;
uniform vec3 uLightDir;
uniform vec3 uFadeTint;
uniform float uFade;
uniform vec3 uEmissive;
uniform float uRimDark;

varying vec3 vWorld;
varying vec3 vNormalW;
varying vec3 vColor;

#ifdef USE_ROOTZ
// World z of the follicle's opening: a hair shaft above the surface stays while its root is in the kept tissue.
varying float vRootZ;
#endif
#ifdef USE_EFFECT
varying float vCoagulated;
#endif

#ifdef USE_WOUND
// Treatment pass (shaders/thermal.glsl, prepended): a structure inside a crater is vaporised (not drawn); in the
// Ω ≥ 1 zone it is coagulated (grey-white) and shows the temperature field while it cools. Above the surface
// (hair shafts) the beam's crater opening cuts what crosses it.
vec3 woundStructure(vec3 col, bool above) {
  vec2 pUm = vec2(vWorld.x * 1000.0 + 0.5 * uBlockUm.x, 0.5 * uBlockUm.y - vWorld.z * 1000.0);
  Wound w = woundAt(pUm);
  float age = pulseAgeMs(w);
  if (age < 0.0) return col;
  float g = columnGrowth(age);
  float r = w.kind > 1.5 ? 0.0 : length(pUm - w.centreUm);
  vec2 zone = zoneDepthsUm(w, r) * g;
  if (above) {
    // a hair crossing a crater's opening is cut; the rest of the shaft is left as it was
    if (zone.x > 1.0) discard;
    return col;
  }
  float depth = -vWorld.y * 1000.0;
  if (depth < zone.x) discard;
  if (depth > zone.y) return col;
  vec4 heat = heatColour(temperatureC(r, depth / max(g, 1e-3), age));
  return mix(mix(col, uColCoag, 0.75), heat.rgb, heat.a);
}
#endif

void main() {
  bool above = vWorld.y >= 0.0;
#ifdef USE_ROOTZ
  if (above) {
    if (vRootZ > uCutZ) discard;
  } else
#endif
  {
    if (vWorld.z > uCutZ) discard;
    if (!above && (vWorld.z < uSlabBackZ || vWorld.z < uBackZ || abs(vWorld.x) > uHalfW || vWorld.y < uBottomY)) discard;
  }

  vec3 base = vColor;
#ifdef USE_WOUND
  if (uTreatKind > 0.5) base = woundStructure(base, above);
#endif
  vec3 emissive = uEmissive;
#ifdef USE_EFFECT
  emissive *= 1.0 - vCoagulated;
#endif
  vec3 col;
  vec3 V = normalize(cameraPosition - vWorld);
  if (gl_FrontFacing) {
    vec3 n = normalize(vNormalW);
    float diff = max(dot(n, uLightDir), 0.0);
    float hemi = 0.5 + 0.5 * n.y;
    vec3 h = normalize(uLightDir + V);
    float spec = pow(max(dot(n, h), 0.0), 24.0) * 0.14;
    col = base * (0.42 + 0.18 * hemi + 0.5 * diff) + spec;
    float rim = 1.0 - max(dot(n, V), 0.0);
    col *= 1.0 - uRimDark * pow(rim, 2.2);
    col += emissive * (0.55 + 0.9 * pow(rim, 1.5));
  } else {
    col = base * 0.8 + emissive * 0.5;
  }
  // depth cue inside the thick section: structures further behind the cut face are slightly veiled by tissue
  if (vWorld.y < 0.0) {
    float t = clamp((uCutZ - vWorld.z) / max(uCutZ - uSlabBackZ, 1e-4), 0.0, 1.0);
    col = mix(col, uFadeTint, uFade * t);
  }
  gl_FragColor = vec4(col, 1.0);
  #include <colorspace_fragment>
}
