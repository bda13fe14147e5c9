// The skin block's fragment shader, part 2 of 3: a procedural histology-style texture per layer (stratum corneum
// lamellae, keratinocytes, papillary fibres, reticular collagen bundles, fat lobules). Drawing only: the layer
// depths and colours come from the uniforms of shaders/skinSectionCommon.glsl.

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

