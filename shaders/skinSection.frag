// The skin block's fragment shader, part 3 of 3: the skin surface, lighting and main(). Parts 1 and 2
// (shaders/skinSectionCommon.glsl, shaders/skinLayers.glsl) are prepended at load time (src/scene/materials.ts).

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
