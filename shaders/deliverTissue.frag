// Colours the tissue slab by the resampled transport field (src/scene/deliver/fieldTexture.ts): concentration
// (viridis, log scale) or NB-UVB transmitted fraction (cividis, log scale). The field is axisymmetric about the MTZ
// axis (x = z = 0): a point at radius r reads column r / R; beyond R (the slab's corners) it reads the unit-cell wall,
// where the model has no flux. Layer boundaries are drawn as thin lines; the coagulated rim is hatched.
uniform sampler2D uField;   // R: drug (0 = below the scale), G: cell kind × 85, B: UV
uniform sampler2D uLut;     // 256 × 2: row 0 viridis, row 1 cividis
uniform float uMode;        // 0 drug, 1 NB-UVB
uniform float uRadiusUm;
uniform float uTopUm;       // film top (negative depth)
uniform float uBottomUm;
uniform vec4 uLayersUm;     // SC bottom, basal-layer top, dermo-epidermal junction, papillary-dermis bottom

varying vec3 vPosUm;
varying vec3 vNormalW;

const vec3 TISSUE_SC = vec3(0.34, 0.33, 0.31);
const vec3 TISSUE_EPI = vec3(0.27, 0.26, 0.27);
const vec3 TISSUE_DERMIS = vec3(0.22, 0.22, 0.25);

float lineAt(float depth, float at, float width) {
  return 1.0 - smoothstep(0.0, width, abs(depth - at));
}

void main() {
  float depth = -vPosUm.y;
  float r = min(length(vPosUm.xz), uRadiusUm);
  vec2 uv = vec2(r / uRadiusUm, clamp((depth - uTopUm) / (uBottomUm - uTopUm), 0.0, 1.0));
  vec4 f = texture2D(uField, uv);
  float kind = f.g * 3.0;
  float rim = smoothstep(1.5, 1.9, kind) * (1.0 - smoothstep(2.1, 2.5, kind));
  float tissue = depth > 0.0 ? 1.0 : 0.0;

  vec3 base = depth < uLayersUm.x ? TISSUE_SC : depth < uLayersUm.z ? TISSUE_EPI : TISSUE_DERMIS;
  vec3 color;
  if (uMode < 0.5) {
    // below the scale (0 in R): bare tissue; a soft edge where the scale starts
    float present = smoothstep(0.0, 0.012, f.r);
    float s = clamp((f.r * 255.0 - 1.0) / 254.0, 0.0, 1.0);
    vec3 mapped = texture2D(uLut, vec2(s, 0.25)).rgb;
    color = mix(base, mapped, present);
  } else {
    color = texture2D(uLut, vec2(f.b, 0.75)).rgb;
  }

  // coagulated rim: diagonal hatching, so it reads as damaged tissue in either map
  float hatch = step(0.62, fract((vPosUm.x + vPosUm.y + vPosUm.z) / 9.0));
  color = mix(color, vec3(0.93, 0.62, 0.42), rim * hatch * 0.55);
  // outline where the cell kind changes (channel wall, rim edge, vehicle/skin)
  float edge = clamp(fwidth(kind) * 2.5, 0.0, 1.0);
  color = mix(color, vec3(0.98, 0.97, 0.94), edge * 0.7);

  // layer boundaries (thin light lines in tissue); the basal layer's top dashed
  float w = max(fwidth(depth) * 1.4, 0.6);
  float layerLine = max(lineAt(depth, uLayersUm.x, w), max(lineAt(depth, uLayersUm.z, w), lineAt(depth, uLayersUm.w, w)));
  float dash = step(0.5, fract((vPosUm.x + vPosUm.z) / 12.0));
  float basalLine = lineAt(depth, uLayersUm.y, w) * dash;
  float inTissue = tissue * (kind < 2.5 ? 1.0 : 0.0);
  color = mix(color, vec3(1.0), max(layerLine * 0.75, basalLine * 0.6) * inTissue);
  // the skin surface
  color = mix(color, vec3(1.0), lineAt(depth, 0.0, w) * 0.8);

  // soft face shading: top brightest, the cut face next, the side darker
  float shade = 0.78 + 0.22 * max(vNormalW.y, 0.0) + 0.14 * max(vNormalW.z, 0.0);
  gl_FragColor = vec4(color * shade, 1.0);
}
