// MTZ columns in the thick section (shaders/thermal.glsl is prepended). Clipped like the other structures
// (structure.frag): in front of the cut face nothing, behind it only the slab and the block's bounds.
//  - The coagulated sleeve (aPart 1) reads as a column behind the cut face: where the view ray through it passes
//    the crater (lateral offset r·|sin θ| below the crater radius at that depth) the dark open channel shows,
//    glowing with its wall's temperature while hot; towards the silhouette the greyish-white coagulated rim.
//  - The crater lining (aPart 0) is only seen through the crater's opening in the cut plane: a fragment is kept
//    when the ray from the camera crosses the cut plane inside this column's crater. It is the crater's far wall:
//    tan-brown eschar, darker with depth.
// While a column is hot both parts take the temperature colour of the model's field at their (r, depth).
uniform float uCutZ;
uniform float uSlabBackZ;
uniform float uHalfW;
uniform float uBackZ;
uniform float uBottomY;
uniform vec3 uLightDir;
uniform vec3 uFadeTint;
uniform float uFade;

varying vec3 vWorld;
varying vec3 vNormalW;
varying vec3 vAxis;
varying float vPart;
varying float vAgeMs;

vec2 simUm(vec3 w) {
  return vec2(w.x * 1000.0 + 0.5 * uBlockUm.x, 0.5 * uBlockUm.y - w.z * 1000.0);
}

void main() {
  if (vWorld.z > uCutZ || vWorld.z < uSlabBackZ || vWorld.z < uBackZ || abs(vWorld.x) > uHalfW || vWorld.y < uBottomY)
    discard;
  vec2 axisUm = simUm(vAxis);
  float r = length(simUm(vWorld) - axisUm);
  float depth = -vWorld.y * 1000.0;
  float g = columnGrowth(vAgeMs);
  Wound self = Wound(1.0, axisUm, 0.0);
  float maxDepth = max(zoneDepthsUm(self, 0.0).x * g, 1.0);

  vec3 base;
  if (vPart < 0.5) {
    vec3 cam = cameraPosition;
    if (cam.z <= uCutZ + 1e-5) discard;
    vec3 q = cam + (vWorld - cam) * ((uCutZ - cam.z) / (vWorld.z - cam.z));
    float rq = length(simUm(q) - axisUm);
    if (q.y >= 0.0 || -q.y * 1000.0 >= zoneDepthsUm(self, rq).x * g) discard;
    base = mix(uColEschar, uColCrater, smoothstep(0.0, 1.0, depth / maxDepth));
  } else {
    base = uColCoag * 0.92;
  }

  vec3 n = normalize(vNormalW);
  vec3 V = normalize(cameraPosition - vWorld);
  float diff = max(dot(n, uLightDir), 0.0);
  float hemi = 0.5 + 0.5 * n.y;
  vec3 col = base * (0.45 + 0.2 * hemi + 0.45 * diff);
  float rim = 1.0 - max(dot(n, V), 0.0);
  col *= 1.0 - 0.35 * pow(rim, 2.2);
  // the heat glows regardless of the light
  vec4 heat = heatColour(temperatureC(r, depth / max(g, 1e-3), vAgeMs));
  col = mix(col, heat.rgb * 1.15, heat.a);

  if (vPart > 0.5) {
    vec2 radial = vWorld.xz - vAxis.xz;
    vec2 view = cameraPosition.xz - vWorld.xz;
    float sinT = length(radial) > 1e-7 && length(view) > 1e-7
      ? abs(dot(normalize(radial), vec2(-normalize(view).y, normalize(view).x)))
      : 0.0;
    float craterR = zoneRadiiUm(depth / max(g, 1e-3)).x;
    float channel = craterR > 0.5 ? 1.0 - smoothstep(craterR * 0.8, craterR, r * sinT) : 0.0;
    vec3 inside = mix(uColCrater * 1.3, uColEschar * 0.7, 0.25 + 0.5 * (1.0 - smoothstep(0.0, 1.0, depth / maxDepth)));
    vec4 wallHeat = heatColour(temperatureC(craterR + 2.0, depth / max(g, 1e-3), vAgeMs));
    inside = mix(inside, wallHeat.rgb * 1.1, wallHeat.a * 0.85);
    col = mix(col, inside, channel * 0.92);
  }

  float t = clamp((uCutZ - vWorld.z) / max(uCutZ - uSlabBackZ, 1e-4), 0.0, 1.0);
  col = mix(col, uFadeTint, uFade * t * (1.0 - heat.a));
  gl_FragColor = vec4(col, 1.0);
  #include <colorspace_fragment>
}
