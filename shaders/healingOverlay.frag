// What the healing run says about the surface grid (40 µm cells), drawn over the skin block with premultiplied
// alpha (src = ONE, dst = ONE_MINUS_SRC_ALPHA): a = 0 gives a pure additive glow, a > 0 paints over the tissue.
// uFields (linear filtering), per grid cell: r = pigment coverage inside the lesion (0..1), g = open epidermis
// (0..1), b = MMP-2 glow, a = growth-factor glow (both 1 − exp(−level / scale), see healingPalette.ts).
//   Surface (vFace 0): repigmented islands in the skin tone, with a noisy edge so they read as pigment rather than
//     pixels; open channels as dark red pits that shrink as they close; a faint glow of the selected field.
//   Cut face (vFace 1): the selected field glows in the tissue, strongest at the dermo-epidermal junction (the
//     model's fields live on the basal-layer plane; the fall-off into the dermis is drawing only), and the open
//     epidermis at the cut line shows as a gap.
uniform sampler2D uFields;
uniform float uWidthUm;
uniform float uLengthUm;
uniform float uDejUm;
uniform float uField; // 0 none, 1 MMP-2 (b), 2 growth factors (a)
uniform vec3 uGlowColor;
uniform vec3 uPigment;
uniform vec3 uOpen;

varying vec3 vWorld;
varying float vFace;

void main() {
  float xUm = vWorld.x * 1000.0 + 0.5 * uWidthUm;
  float yUm = 0.5 * uLengthUm - vWorld.z * 1000.0;
  vec4 f = texture2D(uFields, vec2(xUm / uWidthUm, yUm / uLengthUm));
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
    float open = smoothstep(0.12, 0.55, f.g + 0.08 * n);
    col = mix(col, uOpen, open);
    a = mix(a, 0.95, open);
    col += uGlowColor * glow * 0.45;
  } else {
    float depthUm = -vWorld.y * 1000.0;
    float d = (depthUm - uDejUm) / (depthUm < uDejUm ? 70.0 : 220.0);
    col = uGlowColor * glow * 0.85 * exp(-d * d);
    // the open channel at the cut line: no epidermis down to the junction
    float open = smoothstep(0.2, 0.6, f.g) * (1.0 - smoothstep(uDejUm, uDejUm + 25.0, depthUm));
    col = mix(col, uOpen * 0.85, open);
    a = open * 0.9;
  }
  gl_FragColor = vec4(col, a);
  #include <colorspace_fragment>
}
