// Additive glow: the beam is brightest along its axis, the flash is a hot white core fading to orange.
uniform float uBeam;
uniform float uFlash;
varying vec2 vUv;
varying float vGlow;
varying vec3 vNormalW;
varying vec3 vWorld;

void main() {
  vec3 col;
  if (vGlow < 0.5) {
    vec3 V = normalize(cameraPosition - vWorld);
    float core = pow(abs(dot(normalize(vNormalW), V)), 2.0);
    col = vec3(1.0, 0.42, 0.16) * core * uBeam * 0.9;
  } else {
    float r = length(vUv - 0.5) * 2.0;
    float core = exp(-r * r * 28.0);
    float halo = exp(-r * r * 5.0) * (1.0 - smoothstep(0.8, 1.0, r));
    col = (vec3(1.0, 0.95, 0.85) * core * 1.6 + vec3(1.0, 0.45, 0.12) * halo * 0.8) * uFlash;
  }
  gl_FragColor = vec4(col, 1.0);
}
