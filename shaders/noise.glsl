// Hashes, value noise and Voronoi for the procedural tissue textures (all inputs in micrometres or cell units).
// "Hash without sine" (Dave Hoskins, MIT): stable across GPUs at the coordinate ranges used here (< 10^5).

float hash12(vec2 p) {
  vec3 p3 = fract(vec3(p.xyx) * 0.1031);
  p3 += dot(p3, p3.yzx + 33.33);
  return fract((p3.x + p3.y) * p3.z);
}

vec2 hash22(vec2 p) {
  vec3 p3 = fract(vec3(p.xyx) * vec3(0.1031, 0.1030, 0.0973));
  p3 += dot(p3, p3.yzx + 33.33);
  return fract((p3.xx + p3.yz) * p3.zy);
}

float vnoise(vec2 p) {
  vec2 i = floor(p);
  vec2 f = fract(p);
  vec2 u = f * f * (3.0 - 2.0 * f);
  float a = hash12(i);
  float b = hash12(i + vec2(1.0, 0.0));
  float c = hash12(i + vec2(0.0, 1.0));
  float d = hash12(i + vec2(1.0, 1.0));
  return mix(mix(a, b, u.x), mix(c, d, u.x), u.y);
}

float fbm2(vec2 p) {
  return 0.65 * vnoise(p) + 0.35 * vnoise(p * 2.07 + 17.3);
}

// Voronoi in cell units. Returns (F1, F2 - F1, id hash, unused); toSeed = vector from x to the nearest seed.
vec4 voronoi(vec2 x, float jitter, out vec2 toSeed) {
  vec2 n = floor(x);
  vec2 f = fract(x);
  float f1 = 64.0;
  float f2 = 64.0;
  vec2 id1 = n;
  vec2 d1 = vec2(0.0);
  for (int j = -1; j <= 1; j++) {
    for (int i = -1; i <= 1; i++) {
      vec2 g = vec2(float(i), float(j));
      vec2 o = 0.5 + (hash22(n + g) - 0.5) * jitter;
      vec2 r = g + o - f;
      float d = dot(r, r);
      if (d < f1) {
        f2 = f1;
        f1 = d;
        id1 = n + g;
        d1 = r;
      } else if (d < f2) {
        f2 = d;
      }
    }
  }
  toSeed = d1;
  float a = sqrt(f1);
  return vec4(a, sqrt(f2) - a, hash12(id1 + 0.37), 0.0);
}

// How much of a pattern with features of `featureUm` survives at `pxUm` micrometres per pixel (fades detail that
// would alias into moire instead of drawing it).
float detail(float featureUm, float pxUm) {
  return smoothstep(1.6, 4.5, featureUm / max(pxUm, 1e-4));
}
