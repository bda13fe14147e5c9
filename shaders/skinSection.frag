// Procedural histology-style illustration of the skin layers on the faces of the block, and of the skin surface.
// Prepended at load time: shaders/noise.glsl (hash12, hash22, vnoise, fbm2, voronoi, detail) and
// shaders/thermal.glsl (the treatment pass: wound mask, MTZ profile, temperature maps, colour map).
//
// Everything science-related comes from uniforms fed by the simulation's SkinBlock: the layer depths, the
// dermo-epidermal junction (DEJ) undulation
//     dej(x, y) = uDej + uRidgeAmp * sin(2π x / λ) * sin(2π y / λ),   λ = uRidgeWl   (µm)
// exactly as src/sim dermoEpidermalJunctionDepthUm, the lesion (star-shaped radii, linearly interpolated by angle)
// and the follicle openings. The textures themselves are drawing only.

uniform float uHalfW;
uniform float uHalfL;
uniform float uBottomY;
uniform float uCutZ;
uniform float uBackZ;

uniform float uScBottom;
uniform float uDej;
uniform float uPapBottom;
uniform float uRetBottom;
uniform float uBasalUm;
uniform float uRidgeAmp;
uniform float uRidgeWl;

uniform vec2 uLesionC;
uniform vec4 uLesionR[16];
uniform int uLesionN;
uniform float uBorderBand;
uniform float uGlabrous;

uniform vec4 uFollicles[64]; // xUm, yUm, opening radius (µm), in lesion (0/1)
uniform int uFollicleCount;

uniform vec3 uLightDir;
uniform vec3 uColSC;
uniform vec3 uColEpi;
uniform vec3 uColEpiLes;
uniform vec3 uColBasal;
uniform vec3 uColPap;
uniform vec3 uColRet;
uniform vec3 uColSub;
uniform vec3 uColSkin;
uniform vec3 uColSkinLes;
uniform vec3 uColBorder;

varying vec3 vWorld;
varying vec3 vNormalW;

const float TAU = 6.28318530718;

float dejDepth(float xUm, float yUm) {
  return uDej + uRidgeAmp * sin(TAU * xUm / uRidgeWl) * sin(TAU * yUm / uRidgeWl);
}

vec2 dejGrad(float xUm, float yUm) {
  float k = TAU / uRidgeWl;
  return uRidgeAmp * k * vec2(cos(k * xUm) * sin(k * yUm), sin(k * xUm) * cos(k * yUm));
}

float lesionRadiusAt(int i) {
  vec4 v = uLesionR[i / 4];
  int c = i - (i / 4) * 4;
  return c == 0 ? v.x : (c == 1 ? v.y : (c == 2 ? v.z : v.w));
}

// Signed distance to the lesion border, µm (negative inside the lesion): the radial gap scaled by the cosine
// between the radial direction and the border normal, as src/sim distanceToLesionBorderUm.
float lesionSd(vec2 pUm) {
  if (uLesionN < 3) return 1e6;
  vec2 d = pUm - uLesionC;
  float r = length(d);
  float ang = atan(d.y, d.x);
  if (ang < 0.0) ang += TAU;
  float t = ang / TAU * float(uLesionN);
  float i0 = floor(t);
  int a = int(i0);
  if (a >= uLesionN) a -= uLesionN;
  int b = a + 1;
  if (b >= uLesionN) b = 0;
  float ra = lesionRadiusAt(a);
  float rb = lesionRadiusAt(b);
  float radius = mix(ra, rb, t - i0);
  float slope = (rb - ra) / (TAU / float(uLesionN));
  return (r - radius) * radius / max(length(vec2(radius, slope)), 1e-3);
}

// 1 inside the lesion, fading to 0 across the hypopigmented border band outside it.
float lesionMix(float sd) {
  if (sd <= 0.0) return 1.0;
  return 0.55 * (1.0 - smoothstep(0.0, max(uBorderBand, 1.0), sd));
}

float lineMask(float distUm, float halfWidthUm, float pxUm) {
  return 1.0 - smoothstep(halfWidthUm, halfWidthUm + pxUm, distUm);
}

// ---------------------------------------------------------------- stratum corneum: basket-weave lamellae
vec3 stratumCorneum(vec2 q, float lm, float pxUm) {
  vec3 base = uColSC;
  float period = 3.0;
  float w = q.y + 0.8 * sin(q.x * 0.06 + 4.0 * vnoise(vec2(q.x * 0.015, q.y * 0.25)));
  float row = floor(w / period);
  float fr = fract(w / period);
  float k = detail(period, pxUm);
  // open clefts between the lamellae (the loose "basket weave")
  float cleft = step(0.42, vnoise(vec2(q.x / 22.0, row * 3.7))) * smoothstep(0.2, 0.5, 1.0 - abs(fr - 0.5) * 2.0);
  vec3 col = base;
  // coarse layering that stays visible when the fine lamellae are below a pixel (thick palmar corneum)
  float coarse = q.y / 13.0 + 0.35 * sin(q.x * 0.02 + 3.0 * vnoise(vec2(q.x * 0.006, q.y * 0.05)));
  float cb = abs(fract(coarse) - 0.5) * 13.0;
  col = mix(col, base * 0.9, lineMask(cb, 0.6, pxUm) * detail(13.0, pxUm) * (1.0 - k) * 0.8);
  col = mix(col, mix(base, vec3(1.0, 0.97, 0.9), 0.55), cleft * 0.8 * k);
  // corneocyte envelopes: thin broken dark lines
  float dl = min(fr, 1.0 - fr) * period;
  float broken = step(0.22, vnoise(vec2(q.x / 11.0, row * 5.3 + 1.0)));
  col = mix(col, base * 0.72, lineMask(dl, 0.2, pxUm) * broken * k);
  return col * mix(1.0, 1.04, lm);
}

// ---------------------------------------------------------------- viable epidermis: keratinocytes
vec3 epidermis(vec2 q, float depth, float sAbove, float lm, float pxUm) {
  vec3 base = mix(uColEpi, uColEpiLes, lm);
  vec3 nucleusCol = mix(base * vec3(0.55, 0.45, 0.55), base * vec3(0.75, 0.68, 0.78), lm);
  vec3 memCol = base * 0.8;
  vec3 col = base;
  float thickness = max(uDej - uScBottom, 10.0);
  float granular = max(5.0, 0.2 * thickness);

  if (sAbove < uBasalUm) {
    // basal layer: a palisade of columnar cells on the basement membrane, melanin caps over the nuclei
    vec3 basal = mix(uColBasal, mix(uColEpiLes, uColBasal, 0.2), lm);
    float cw = 7.5;
    float cx = q.x / cw + 0.3 * vnoise(vec2(q.x / 30.0, 2.0));
    float id = floor(cx);
    float lx = fract(cx) - 0.5;
    float ly = sAbove / max(uBasalUm, 1.0);
    float k = detail(cw, pxUm);
    vec3 cell = mix(uColEpi, mix(uColEpiLes, uColEpi, 0.15), lm) * (0.9 + 0.12 * hash12(vec2(id, 7.0)));
    float nucleus = 1.0 - smoothstep(0.8, 1.0, length(vec2(lx / 0.3, (ly - 0.42) / 0.3)));
    float cap = (1.0 - smoothstep(0.8, 1.0, length(vec2(lx / 0.34, (ly - 0.72) / 0.17)))) * (1.0 - nucleus);
    float membrane = lineMask(abs(lx) > 0.5 ? 0.0 : (0.5 - abs(lx)) * cw, 0.25, pxUm);
    vec3 detailed = cell;
    detailed = mix(detailed, memCol, membrane * 0.7);
    detailed = mix(detailed, nucleusCol, nucleus);
    detailed = mix(detailed, vec3(0.16, 0.07, 0.03), cap * (1.0 - lm) * 0.9);
    col = mix(basal, detailed, k);
  } else if (depth - uScBottom < granular) {
    // stratum granulosum: flattened cells with keratohyalin granules
    vec2 ts;
    vec4 v = voronoi(vec2(q.x / 13.0, q.y / 4.5), 0.8, ts);
    float k = detail(4.5, pxUm);
    vec3 cell = base * (0.94 + 0.08 * v.z);
    float membrane = lineMask(v.y * 4.5 * 0.5, 0.25, pxUm);
    cell = mix(cell, memCol, membrane * 0.7);
    vec2 gq = q / 1.7;
    float gh = hash12(floor(gq));
    float granule = step(0.72, gh) * (1.0 - smoothstep(0.22, 0.32, length(fract(gq) - 0.5)));
    cell = mix(cell, vec3(0.28, 0.16, 0.3), granule * 0.65 * detail(1.7, pxUm));
    col = mix(base * 0.97, cell, k);
  } else {
    // stratum spinosum: polygonal keratinocytes with round nuclei
    vec2 ts;
    float cs = 11.0;
    vec4 v = voronoi(q / cs, 0.85, ts);
    float k = detail(cs, pxUm);
    vec3 cell = base * (0.93 + 0.1 * v.z);
    cell *= 1.0 + 0.05 * (0.5 - v.x);
    float membrane = lineMask(v.y * cs * 0.5, 0.3, pxUm);
    float nucleus = 1.0 - smoothstep(2.4, 2.4 + pxUm, v.x * cs);
    cell = mix(cell, memCol, membrane * 0.75);
    cell = mix(cell, nucleusCol, nucleus * 0.85);
    col = mix(base, cell, k);
  }
  return col;
}

// ---------------------------------------------------------------- papillary dermis: fine loose fibres
vec3 papillary(vec2 q, float sBelow, float pxUm) {
  vec3 base = uColPap;
  // thin, loosely packed fibres in gently varying (mostly oblique) directions, in short broken strands
  vec2 warp = vec2(vnoise(q / 45.0), vnoise(q / 45.0 + 9.1)) * 9.0;
  float a = 0.5 + (vnoise(q / 110.0 + 4.0) - 0.5) * 2.2;
  vec2 dir = vec2(cos(a), sin(a));
  vec2 qw = q + warp;
  float per = 7.0;
  float w = dot(qw, vec2(-dir.y, dir.x));
  float dl = abs(fract(w / per) - 0.5) * per;
  float strand = step(0.45, vnoise(vec2(dot(qw, dir) / 14.0, floor(w / per) * 1.7)));
  float fibre = lineMask(dl, 0.4, pxUm) * strand;
  vec3 col = mix(base, base * vec3(0.82, 0.74, 0.78), fibre * 0.8 * detail(per, pxUm));
  // sparse fibroblast nuclei
  vec2 ts;
  vec4 v = voronoi(q / 40.0, 0.9, ts);
  float nuc = (1.0 - smoothstep(0.8, 1.0, length(vec2(ts.x * 40.0 / 4.5, ts.y * 40.0 / 1.8)))) * step(0.45, v.z);
  col = mix(col, vec3(0.45, 0.22, 0.35), nuc * 0.7 * detail(4.0, pxUm));
  return col;
}

// ---------------------------------------------------------------- reticular dermis: coarse interwoven bundles
// Long wavy collagen bundles roughly parallel to the surface; each ends in a taper and the next one overlaps it,
// leaving lens-shaped clefts. A few bundles run across the plane and show as stippled (cross-cut) profiles.
vec3 reticular(vec2 q, float pxUm) {
  float bandH = 27.0;
  float yw = q.y + 56.0 * (vnoise(q / vec2(300.0, 110.0)) - 0.5) + 9.0 * sin(q.x / 75.0 + q.y / 55.0)
    + 46.0 * (vnoise(q / vec2(640.0, 300.0) + 11.0) - 0.5);
  float band = floor(yw / bandH);
  float v = fract(yw / bandH);
  float hb = hash12(vec2(band, 3.7));
  float segLen = 120.0 + 140.0 * hb;
  float xs = q.x + hb * 517.0;
  float seg = floor(xs / segLen);
  float u = fract(xs / segLen);
  float hs = hash12(vec2(band * 1.3, seg + 0.5));
  float e = 2.0 * u - 1.0;
  float e2 = e * e;
  float halfT = 0.5 * (1.0 - e2 * e2) * (0.8 + 0.2 * hs);
  float insideUm = (halfT - abs(v - 0.5)) * bandH;
  vec3 bundle = uColRet * (0.9 + 0.12 * hs);
  if (hs < 0.2) {
    vec2 g = q / 2.6;
    float dotm = 1.0 - smoothstep(0.18, 0.32, length(fract(g + hash22(floor(g)) * 0.3) - 0.5));
    bundle = mix(bundle, bundle * 0.8, dotm * detail(2.6, pxUm));
  } else {
    float fy = (v - 0.5) * bandH + 1.4 * sin(u * 12.566 + hs * 9.0);
    float per = 3.3;
    float dl = abs(fract(fy / per) - 0.5) * per;
    bundle = mix(bundle, bundle * 0.84, lineMask(dl, 0.35, pxUm) * detail(per, pxUm));
  }
  bundle *= 0.88 + 0.12 * smoothstep(0.0, 7.0, insideUm);
  vec3 ground = mix(uColRet, vec3(1.0, 0.93, 0.92), 0.4);
  float gap = 1.0 - smoothstep(0.6, 0.6 + pxUm, insideUm);
  return mix(bundle, ground, gap * 0.8);
}

// ---------------------------------------------------------------- subcutis: fat lobules and septa
vec3 subcutis(vec2 q, float pxUm) {
  vec2 ts;
  vec4 lob = voronoi(q / 460.0 + 0.13, 0.75, ts);
  float septUm = lob.y * 460.0 * 0.5;
  vec2 ts2;
  float cs = 64.0;
  vec4 a = voronoi(q / cs, 0.85, ts2);
  vec3 fat = mix(uColSub, vec3(1.0, 0.96, 0.78), 0.35) * (0.95 + 0.06 * a.z);
  fat *= 0.9 + 0.12 * (1.0 - smoothstep(0.0, 0.7, a.x));
  float membrane = lineMask(a.y * cs * 0.5, 0.9, pxUm);
  vec3 col = mix(fat, uColSub * vec3(0.78, 0.64, 0.42), membrane * 0.9);
  // fibrous septa between the lobules, with a thin vessel in some
  float septum = lineMask(septUm, 7.0 + 3.0 * vnoise(q / 80.0), pxUm);
  vec3 septCol = mix(uColRet, uColPap, 0.35) * 0.95;
  col = mix(col, septCol, septum);
  float vessel = lineMask(abs(septUm - 0.0), 1.6, pxUm) * step(0.55, vnoise(q / 150.0));
  col = mix(col, vec3(0.55, 0.12, 0.14), vessel * 0.6);
  return col;
}

// ---------------------------------------------------------------- skin surface (top face)
vec3 skinSurface(vec2 p, float pxUm) {
  float sd = lesionSd(p);
  vec3 band = mix(uColSkinLes, uColSkin, 0.5);
  vec3 outside = mix(band, uColSkin, smoothstep(0.0, max(uBorderBand, 1.0), sd));
  float t = smoothstep(-0.7 * pxUm, 0.7 * pxUm, sd);
  vec3 col = mix(uColSkinLes, outside, t);
  col *= 0.955 + 0.09 * fbm2(p / 70.0);
  // corneocyte polygons (about 40 µm across): very faint
  vec2 ts;
  vec4 v = voronoi(p / 40.0, 0.8, ts);
  col *= 1.0 - 0.05 * lineMask(v.y * 20.0, 0.8, pxUm) * detail(40.0, pxUm);
  if (uGlabrous > 0.5) {
    // glabrous skin (palm): parallel friction ridges with sweat-pore dots on their crests
    float w = dot(p, vec2(0.94, 0.34)) + 60.0 * vnoise(p / 700.0);
    float per = 460.0;
    float ph = fract(w / per);
    float furrowG = lineMask(abs(ph - 0.5) * per, 16.0, pxUm * 1.5);
    col *= 1.0 - 0.2 * furrowG * detail(30.0, pxUm);
    vec2 pq = vec2(w / per, dot(p, vec2(-0.34, 0.94)) / 110.0);
    float poreG = 1.0 - smoothstep(0.06, 0.1, length(vec2(fract(pq.x) * per / 110.0, fract(pq.y) - 0.5)));
    col *= 1.0 - 0.25 * poreG * detail(12.0, pxUm);
    return mix(col, uColBorder, lineMask(abs(sd), 0.55 * pxUm, pxUm));
  }
  // skin lines: two crossing families of shallow furrows
  vec2 d1 = vec2(0.819, 0.574);
  vec2 d2 = vec2(0.766, -0.643);
  float w1 = dot(p, d1) + 22.0 * vnoise(p / 160.0);
  float w2 = dot(p, d2) + 22.0 * vnoise(p / 160.0 + 5.0);
  float g1 = abs(fract(w1 / 230.0) - 0.5) * 230.0;
  float g2 = abs(fract(w2 / 280.0) - 0.5) * 280.0;
  float furrow = max(lineMask(g1, 3.5, pxUm), lineMask(g2, 3.0, pxUm) * 0.85);
  float fk = detail(12.0, pxUm);
  col *= 1.0 - 0.17 * furrow * fk;
  // follicle openings (pores)
  for (int i = 0; i < 64; i++) {
    if (i >= uFollicleCount) break;
    vec4 f = uFollicles[i];
    float d = length(p - f.xy);
    float r = f.z;
    if (d < r * 1.2) {
      float halo = 1.0 - smoothstep(r * 0.45, r * 1.2, d);
      col *= 1.0 - 0.1 * halo;
      float pore = 1.0 - smoothstep(r * 0.48, r * 0.48 + pxUm * 1.2, d);
      vec3 poreCol = mix(vec3(0.1, 0.05, 0.035), vec3(0.3, 0.24, 0.21), f.w);
      col = mix(col, poreCol, pore);
    }
  }
  // the lesion border: a fine line in the border colour
  float line = lineMask(abs(sd), 0.55 * pxUm, pxUm);
  col = mix(col, uColBorder, line);
  return col;
}

// ---------------------------------------------------------------- treatment pass (laser)
// A face point at (x, y, depth) takes the zone of the nearest MTZ (or of the continuous sweep): inside the crater
// it is a hole (fractional) or gone (continuous: discarded, the wound bed below shows); in the Ω ≥ 1 zone it is
// coagulated; around it the temperature field shows while the tissue cools.
vec3 treatedSection(vec3 col, float xUm, float yUm, float depth, float pxUm) {
  Wound w = woundAt(vec2(xUm, yUm));
  float age = pulseAgeMs(w);
  if (age < 0.0) return col;
  float g = columnGrowth(age);
  float r = w.kind > 1.5 ? 0.0 : length(vec2(xUm, yUm) - w.centreUm);
  vec2 zone = zoneDepthsUm(w, r) * g;
  float tempC = temperatureC(r, depth / max(g, 1e-3), age);
  vec4 heat = heatColour(tempC);
  if (depth < zone.x) {
    if (w.kind > 1.5) discard;
    // the hole of the crater in the section: dark; its far wall (drawn by the MTZ columns) shows through it
    return mix(uColCrater * 1.5, uColCrater, smoothstep(0.0, 1.0, depth / max(zone.x, 1.0)));
  }
  if (depth <= zone.y + 0.5 * pxUm) {
    // thin eschar (char) lining on the crater wall, then the coagulated collagen of the rim
    float slope = (zoneDepthsUm(w, r + 2.0).x - zoneDepthsUm(w, max(r - 2.0, 0.0)).x) * g / 4.0;
    float fromWall = (depth - zone.x) * inversesqrt(1.0 + slope * slope);
    vec3 rim = mix(uColEschar, uColCoag, smoothstep(2.5, 2.5 + 1.5 * pxUm + 2.0, fromWall));
    float edge = 1.0 - smoothstep(zone.y - pxUm, zone.y + 0.5 * pxUm, depth);
    rim = mix(col, rim, edge);
    return mix(rim, heat.rgb, heat.a);
  }
  return mix(col, heat.rgb, heat.a * 0.85);
}

// The skin surface: crater openings (dark pits), the coagulated ring around them, the heat halo.
vec3 treatedSurface(vec3 col, vec2 p, float pxUm) {
  Wound w = woundAt(p);
  float age = pulseAgeMs(w);
  if (age < 0.0) return col;
  if (w.kind > 1.5) discard; // continuous: the top layer is gone; the wound bed below shows
  float g = columnGrowth(age);
  float r = length(p - w.centreUm);
  vec2 zone = zoneDepthsUm(w, r) * g;
  vec4 heat = heatColour(temperatureC(r, 2.0, age));
  float ring = smoothstep(0.2, 1.5, zone.y);
  vec3 ringCol = mix(uColCoag * vec3(0.92, 0.86, 0.8), uColEschar, 0.35 * smoothstep(0.0, 1.0, zone.x));
  col = mix(col, ringCol, ring * 0.9);
  col = mix(col, heat.rgb, heat.a);
  // the opening: a dark pit, its lip charred; only the lip glows while hot
  float open = smoothstep(0.5, 3.0, zone.x);
  vec3 pit = mix(uColEschar * 0.8, uColCrater * 0.55, smoothstep(2.0, 40.0, zone.x));
  pit = mix(pit, heat.rgb, heat.a * (1.0 - smoothstep(2.0, 12.0, zone.x)));
  return mix(col, pit, open);
}

#ifdef WOUND_BED
// Continuous mode: the floor left after the top layer is vaporised, at the crater depth (eschar over coagulum).
vec3 woundBed(vec2 p, float pxUm) {
  Wound w = woundAt(p);
  float age = pulseAgeMs(w);
  if (w.kind < 1.5 || age < 0.0) discard;
  vec3 col = mix(uColEschar, uColCoag, 0.35 + 0.25 * fbm2(p / 60.0));
  vec2 ts;
  vec4 v = voronoi(p / 45.0, 0.8, ts);
  col *= 1.0 - 0.12 * lineMask(v.y * 22.0, 0.8, pxUm) * detail(45.0, pxUm);
  vec4 heat = heatColour(temperatureC(0.0, uContinuousUm.x + 2.0, age));
  return mix(col, heat.rgb, heat.a);
}
#endif

void main() {
  vec3 n = normalize(vNormalW);
  float xUm = (vWorld.x + uHalfW) * 1000.0;
  float yUm = (uHalfL - vWorld.z) * 1000.0;
  float depth = -vWorld.y * 1000.0;
  vec3 col;
  vec2 edgeDist;

#ifdef WOUND_BED
  if (n.y > 0.5) {
    vec2 p = vec2(xUm, yUm);
    float pxUm = max(length(dFdx(p)), length(dFdy(p)));
    col = woundBed(p, pxUm);
    edgeDist = vec2(uHalfW - abs(vWorld.x), min(uCutZ - vWorld.z, vWorld.z - uBackZ));
  } else
#endif
  if (n.y > 0.5) {
    vec2 p = vec2(xUm, yUm);
    float pxUm = max(length(dFdx(p)), length(dFdy(p)));
    col = skinSurface(p, pxUm);
    if (uTreatKind > 0.5) col = treatedSurface(col, p, pxUm);
    edgeDist = vec2(uHalfW - abs(vWorld.x), min(uCutZ - vWorld.z, vWorld.z - uBackZ));
  } else if (n.y < -0.5) {
    vec2 p = vec2(xUm, yUm);
    float pxUm = max(length(dFdx(p)), length(dFdy(p)));
    col = subcutis(p + vec2(0.0, 3000.0), pxUm);
    edgeDist = vec2(uHalfW - abs(vWorld.x), min(uCutZ - vWorld.z, vWorld.z - uBackZ));
  } else {
    bool zFace = abs(n.z) > 0.5;
    float u = zFace ? xUm : yUm + 5000.0;
    vec2 q = vec2(u, depth);
    float pxUm = max(length(dFdx(q)), length(dFdy(q)));
    float dej = dejDepth(xUm, yUm);
    vec2 g = dejGrad(xUm, yUm);
    float slope = zFace ? g.x : g.y;
    float norm = inversesqrt(1.0 + slope * slope);
    float sAbove = (dej - depth) * norm;
    float lm = lesionMix(lesionSd(vec2(xUm, yUm)));

    if (depth < uScBottom) {
      col = stratumCorneum(q, lm, pxUm);
    } else if (depth < dej) {
      col = epidermis(q, depth, sAbove, lm, pxUm);
    } else if (depth < uPapBottom) {
      col = papillary(q, -sAbove, pxUm);
    } else if (depth < uRetBottom) {
      col = reticular(q, pxUm);
    } else {
      col = subcutis(q, pxUm);
    }
    // basement membrane along the DEJ
    vec3 bm = mix(vec3(0.42, 0.2, 0.16), vec3(0.62, 0.42, 0.4), lm);
    col = mix(col, bm, lineMask(abs(sAbove), 0.35, pxUm) * 0.85);
    // faint interfaces at the other layer boundaries
    col = mix(col, col * 0.78, lineMask(abs(depth - uScBottom), 0.2, pxUm) * 0.6);
    col = mix(col, col * 0.9, lineMask(abs(depth - uRetBottom), 0.5, pxUm) * 0.5);
    if (uTreatKind > 0.5) col = treatedSection(col, xUm, yUm, depth, pxUm);
    float yTop = -vWorld.y;
    float yBottom = vWorld.y - uBottomY;
    float side = zFace ? uHalfW - abs(vWorld.x) : min(uCutZ - vWorld.z, vWorld.z - uBackZ);
    edgeDist = vec2(side, min(yTop, yBottom));
  }

  // soft key light + wrap ambient so the block reads as a solid
  float diff = max(dot(n, uLightDir), 0.0);
  col *= 0.54 + 0.5 * diff;

  // thin dark outline along the block's edges
  float pxW = max(length(dFdx(vWorld)), length(dFdy(vWorld)));
  float e = min(edgeDist.x, edgeDist.y) / max(pxW, 1e-6);
  col *= 1.0 - 0.45 * (1.0 - smoothstep(0.4, 1.4, e));

  gl_FragColor = vec4(col, 1.0);
  #include <colorspace_fragment>
}
