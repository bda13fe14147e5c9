// What the healing run says about the surface, drawn over the skin block with premultiplied alpha (src = ONE,
// dst = ONE_MINUS_SRC_ALPHA): a = 0 gives a pure additive glow, a > 0 paints over the tissue.
// uFields (40 µm grid, linear filtering), per cell: r = pigment coverage inside the lesion (0..1), g = open
// epidermis (0..1), b = MMP-2 glow, a = growth-factor glow (both 1 − exp(−level / scale), see healingPalette.ts).
// uWounds (10 µm wound raster, nearest): per channel (one laser session each, started at uStartH), the hours after
// that session at which each cell's epidermis closes (−1: not wounded); see src/scene/healing/woundChannels.ts.
//   Surface (vFace 0): repigmented islands in the skin tone, with a noisy edge so they read as pigment rather than
//     pixels; open channels as red pits lined with eschar that close from their rims; then a speck of necrotic
//     debris (MEND) at each MTZ's centre until it is shed; a faint glow of the selected field.
//   Cut face (vFace 1): the selected field glows in the tissue, strongest at the dermo-epidermal junction (the
//     model's fields live on the basal-layer plane; the fall-off into the dermis is drawing only); each MTZ the cut
//     passes through shows its column: the ablated crater and coagulated sleeve at first, then granulation tissue
//     that narrows and fades as the dermis remodels, and the epidermal gap until it closes.
uniform sampler2D uFields;
uniform sampler2D uWounds;
uniform float uWidthUm;
uniform float uLengthUm;
uniform vec2 uWoundSpanUm;
uniform float uDejUm;
uniform float uField; // 0 none, 1 MMP-2 (b), 2 growth factors (a)
uniform vec3 uGlowColor;
uniform vec3 uPigment;
uniform vec3 uOpen;
uniform vec3 uEschar;
uniform vec3 uCrater;
uniform vec3 uCoag;
uniform vec3 uGranulation;
uniform float uHourNow;
uniform vec4 uStartH;
uniform vec4 uMaxCloseH;
uniform float uLatest; // channel of the latest session (−1 none)
uniform float uEscharShare;
uniform float uMendShare;
uniform float uContinuous;
uniform float uAblationUm;
uniform float uDamageUm;
uniform float uRemodelH;

varying vec3 vWorld;
varying float vFace;

float pick(vec4 v, float ch) {
  return ch < 0.5 ? v.x : (ch < 1.5 ? v.y : (ch < 2.5 ? v.z : v.w));
}

void main() {
  float xUm = vWorld.x * 1000.0 + 0.5 * uWidthUm;
  float yUm = 0.5 * uLengthUm - vWorld.z * 1000.0;
  vec4 f = texture2D(uFields, vec2(xUm / uWidthUm, yUm / uLengthUm));
  vec4 w = texture2D(uWounds, vec2(xUm, yUm) / uWoundSpanUm);
  float glow = uField > 1.5 ? f.a : (uField > 0.5 ? f.b : 0.0);
  vec3 col = vec3(0.0);
  float a = 0.0;
  if (vFace < 0.5) {
    float n = fbm2(vec2(xUm, yUm) / 45.0) - 0.5;
    float pigment = smoothstep(0.18, 0.6, f.r + 0.22 * n);
    // darker, more saturated at the island's heart (new pigment is often perifollicular and deeper in tone)
    vec3 pig = mix(uPigment * 1.08, uPigment * 0.78, smoothstep(0.55, 0.95, f.r));
    col = pig * pigment * 0.9;
    a = pigment * 0.9;
    for (int k = 0; k < 4; k++) {
      float ch = float(k);
      float closeH = pick(w, ch);
      float after = uHourNow - pick(uStartH, ch);
      if (closeH < 0.0 || after < 0.0) continue;
      float latest = abs(ch - uLatest) < 0.5 ? 1.0 : 0.0;
      if (after < closeH) {
        // still open: a red pit, its lining crusted with eschar while the eschar lasts
        vec3 pit = mix(uOpen, uEschar, 0.55 * uEscharShare * latest);
        col = pit;
        a = 0.96;
      } else if (latest > 0.5 && uEscharShare > 0.0) {
        // closed beneath, still crusted: the eschar covers the MTZ until it turns into debris
        col = mix(col, uEschar * 1.15, 0.9 * uEscharShare);
        a = mix(a, 0.94, uEscharShare);
      } else if (latest > 0.5 && uMendShare > 0.0 && uContinuous < 0.5) {
        // closed: the debris (MEND) sits over the centre of the MTZ and shrinks as it is shed
        float r = 1.0 - closeH / pick(uMaxCloseH, ch);
        float speck = 1.0 - smoothstep(0.35 * uMendShare, 0.35 * uMendShare + 0.12, r + 0.08 * n);
        col = mix(col, uEschar, speck * 0.92);
        a = mix(a, 0.92, speck);
      }
    }
    col += uGlowColor * glow * 0.45;
  } else {
    float depthUm = -vWorld.y * 1000.0;
    float d = (depthUm - uDejUm) / (depthUm < uDejUm ? 70.0 : 220.0);
    col = uGlowColor * glow * 0.85 * exp(-d * d);
    for (int k = 0; k < 4; k++) {
      float ch = float(k);
      float closeH = pick(w, ch);
      float after = uHourNow - pick(uStartH, ch);
      if (closeH < 0.0 || after < 0.0) continue;
      // position across the MTZ: 0 at its centre (closes last), 1 at its rim (closes first)
      float r = uContinuous > 0.5 ? 0.0 : 1.0 - closeH / pick(uMaxCloseH, ch);
      float taper = 1.0 - r * r;
      // remodelling (Hantash 2007: collagen remodelling markers persist for up to 3 months): the column narrows
      // and fades over uRemodelH
      float p = clamp(after / uRemodelH, 0.0, 1.0);
      float fresh = 1.0 - smoothstep(24.0, 96.0, after);
      float craterUm = uAblationUm * taper * fresh;
      float columnUm = uDamageUm * taper * (1.0 - 0.75 * p);
      if (depthUm < craterUm) {
        // the ablated crater, lined with eschar
        col = mix(uCrater, uEschar, 0.5 * uEscharShare);
        a = 0.95;
      } else if (depthUm < columnUm) {
        vec3 tissue = mix(uCoag, uGranulation, smoothstep(12.0, 72.0, after));
        float strength = 0.85 * (1.0 - p);
        col = mix(col, tissue * strength, strength);
        a = max(a, strength);
      }
      if (after < closeH && depthUm < uDejUm) {
        // the epidermis is not back yet: a gap down to the junction
        col = uOpen * 0.85;
        a = 0.92;
      }
    }
  }
  gl_FragColor = vec4(col, a);
  #include <colorspace_fragment>
}
