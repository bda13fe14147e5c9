// The skin block's fragment shader, part 1 of 3: uniforms, the junction and lesion geometry, line helpers.
// Assembled at load time (src/scene/materials.ts): shaders/noise.glsl (hash12, hash22, vnoise, fbm2, voronoi,
// detail), shaders/thermal.glsl (the treatment pass: wound mask, MTZ profile, temperature maps, colour map), this
// file, shaders/skinLayers.glsl (the layer textures) and shaders/skinSection.frag (surface, lighting, main).
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

