// Healing agents (melanocytes by mode, T cells): one InstancedMesh per kind, per-instance colour, depth bias and
// apoptosis progress written by the CPU every frame (src/scene/healing/*Agents.ts). Positions stay in world units
// (mm) for the section clip and depth cue of healingAgent.frag.
// USE_BIAS: the instance is pulled towards the camera along its view ray by aBias (world units), so a precursor
// inside the wall of its follicle is drawn over that wall (as in structure.vert).
// USE_APOPTOSIS (T cells): aApoptosis runs 0 → 1 after the cell's death: the body shrinks and blebs, apoptotic
// bodies (aPart = 1, their centre aCentre) bud outwards, then everything shrinks away.
attribute vec3 aColor;
attribute float aBias;
#ifdef USE_APOPTOSIS
attribute float aApoptosis;
attribute float aPart;
attribute vec3 aCentre;
#endif

varying vec3 vWorld;
varying vec3 vNormalW;
varying vec3 vColor;

void main() {
  vec3 p = position;
  vColor = aColor;
#ifdef USE_APOPTOSIS
  float a = aApoptosis;
  if (aPart > 0.5) {
    // an apoptotic body: absent while alive, buds off, drifts out and is cleared
    float s = smoothstep(0.08, 0.35, a) * (1.0 - smoothstep(0.65, 1.0, a));
    p = aCentre * (0.7 + 0.9 * smoothstep(0.08, 0.6, a)) + (position - aCentre) * s;
  } else {
    // the cell body condenses (shrinks, blebs) and is gone before its fragments
    float s = (1.0 - 0.6 * smoothstep(0.0, 0.45, a)) * (1.0 - smoothstep(0.55, 0.85, a));
    float bleb = 1.0 + 0.22 * smoothstep(0.05, 0.4, a) * sin(position.x * 11.0 + position.y * 7.0 + position.z * 5.0);
    p = position * s * bleb;
  }
  vColor = mix(aColor, vec3(0.47, 0.5, 0.46), 0.75 * smoothstep(0.0, 0.5, a));
#endif
  vec4 world = modelMatrix * instanceMatrix * vec4(p, 1.0);
  vWorld = world.xyz;
  vNormalW = normalize(mat3(modelMatrix) * mat3(instanceMatrix) * normal);
  vec4 mv = viewMatrix * world;
  mv.xyz += normalize(-mv.xyz) * aBias;
  gl_Position = projectionMatrix * mv;
}
