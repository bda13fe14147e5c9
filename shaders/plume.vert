// Ablation plume: a fixed pool of soft billboards. Emission e (uPerEmitter per MTZ, or per sample of the
// continuous sweep) goes to slot e mod pool, so each slot shows the newest emission assigned to it; the emitter's
// position and fire time come from uEmitters (scan order). No JS per particle: only uEmittersFired changes.
attribute float aSlot;
uniform sampler2D uEmitters;
uniform float uEmittersFired;
uniform float uPool;
uniform float uPerEmitter;
uniform float uClockS;
uniform float uLifeS;
varying vec2 vUv;
varying float vAlpha;

float hash(float n) {
  return fract(sin(n * 12.9898) * 43758.5453);
}

void main() {
  vUv = uv;
  vAlpha = 0.0;
  float emitted = uEmittersFired * uPerEmitter;
  float e = aSlot + uPool * floor((emitted - 1.0 - aSlot) / uPool);
  if (emitted < 1.0 || e < 0.0) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  int k = int(floor(e / uPerEmitter));
  vec4 em = texelFetch(uEmitters, ivec2(k, 0), 0);
  float delay = hash(e + 0.37) * 0.06;
  float age = uClockS - em.z - delay;
  float life = uLifeS * (0.7 + 0.5 * hash(e + 5.1));
  if (age < 0.0 || age > life) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  float a = age / life;
  float ang = hash(e + 1.3) * 6.2832;
  float spread = 0.015 + 0.09 * sqrt(a) * hash(e + 2.9);
  vec3 centre = vec3(em.x + cos(ang) * spread, 0.01 + 0.42 * (1.0 - pow(1.0 - a, 2.0)), em.y + sin(ang) * spread);
  float size = 0.03 + 0.11 * a;
  vec4 mv = viewMatrix * vec4(centre, 1.0);
  mv.xy += (uv - 0.5) * size;
  vAlpha = smoothstep(0.0, 0.08, a) * pow(1.0 - a, 1.6) * 0.55;
  gl_Position = projectionMatrix * mv;
}
