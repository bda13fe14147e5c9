// Follicles and cells (instanced or merged). Positions stay in world units (mm) for the section clip in the
// fragment shader. USE_BIAS: each instance may be pulled towards the camera along its own view ray by aBias
// (world units): its image stays exactly where it is, only its depth changes, so a cell that sits inside the
// wall of a follicle (dormant precursors in the outer root sheath) is drawn over that wall.
uniform vec3 uColor;
#ifdef USE_BIAS
attribute float aBias;
#endif
#ifdef USE_ROOTZ
attribute float aRootZ;
varying float vRootZ;
#endif
#ifdef USE_EFFECT
// Treatment pass (src/sim/treatment.ts cellEffects): 1 coagulated, 2 ablated, from the display time aHitS on
// (−1: never). An ablated cell is vaporised and no longer drawn; a coagulated one turns grey and dim.
attribute float aEffect;
attribute float aHitS;
uniform float uClockS;
varying float vCoagulated;
#endif

varying vec3 vWorld;
varying vec3 vNormalW;
varying vec3 vColor;

void main() {
  vec4 local = vec4(position, 1.0);
  vec3 nrm = normal;
#ifdef USE_INSTANCING
  local = instanceMatrix * local;
  nrm = mat3(instanceMatrix) * nrm;
#endif
  vec4 world = modelMatrix * local;
  vWorld = world.xyz;
#ifdef USE_ROOTZ
  vRootZ = aRootZ;
#endif
  vNormalW = normalize(mat3(modelMatrix) * nrm);
#ifdef USE_COLOR
  vColor = color.rgb;
#else
  vColor = uColor;
#endif
#ifdef USE_EFFECT
  bool hit = aHitS >= 0.0 && uClockS >= aHitS;
  if (hit && aEffect > 1.5) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0); // outside the clip volume: nothing is rasterised
    return;
  }
  vCoagulated = hit && aEffect > 0.5 ? 1.0 : 0.0;
  vColor = mix(vColor, vec3(0.42, 0.4, 0.39), 0.8 * vCoagulated);
#endif
  vec4 mv = viewMatrix * world;
#ifdef USE_BIAS
  mv.xyz += normalize(-mv.xyz) * aBias;
#endif
  gl_Position = projectionMatrix * mv;
}
