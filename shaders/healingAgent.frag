// Healing agents: the same clip and lighting as the Explore structures (structure.frag) so they sit in the same
// illustration, with the emissive glow taken from each instance's own colour (its mode).
uniform float uCutZ;
uniform float uSlabBackZ;
uniform float uHalfW;
uniform float uBackZ;
uniform float uBottomY;
uniform vec3 uLightDir;
uniform vec3 uFadeTint;
uniform float uFade;
uniform float uEmissiveGain;
uniform float uRimDark;

varying vec3 vWorld;
varying vec3 vNormalW;
varying vec3 vColor;

void main() {
  if (vWorld.z > uCutZ) discard;
  if (vWorld.y < 0.0 && (vWorld.z < uSlabBackZ || vWorld.z < uBackZ || abs(vWorld.x) > uHalfW || vWorld.y < uBottomY)) discard;
  vec3 base = vColor;
  vec3 col;
  vec3 V = normalize(cameraPosition - vWorld);
  if (gl_FrontFacing) {
    vec3 n = normalize(vNormalW);
    float diff = max(dot(n, uLightDir), 0.0);
    float hemi = 0.5 + 0.5 * n.y;
    vec3 h = normalize(uLightDir + V);
    float spec = pow(max(dot(n, h), 0.0), 24.0) * 0.16;
    col = base * (0.42 + 0.18 * hemi + 0.5 * diff) + spec;
    float rim = 1.0 - max(dot(n, V), 0.0);
    col *= 1.0 - uRimDark * pow(rim, 2.2);
    col += base * uEmissiveGain * (0.55 + 0.9 * pow(rim, 1.5));
  } else {
    col = base * (0.8 + 0.5 * uEmissiveGain);
  }
  // depth cue inside the thick section, as for the Explore structures
  if (vWorld.y < 0.0) {
    float t = clamp((uCutZ - vWorld.z) / max(uCutZ - uSlabBackZ, 1e-4), 0.0, 1.0);
    col = mix(col, uFadeTint, uFade * t);
  }
  gl_FragColor = vec4(col, 1.0);
  #include <colorspace_fragment>
}
