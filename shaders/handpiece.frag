// Studio look without any environment map: a soft sky-to-floor gradient and two softbox highlights reflected
// in the metal, a clear coat on the painted body, matte rubber on the grip, and a lit status ring.
uniform vec3 uLightDir;
uniform float uOpacity;
varying vec3 vWorld;
varying vec3 vNormalW;
varying vec3 vColor;
varying float vFinish;

vec3 studio(vec3 R) {
  vec3 env = mix(vec3(0.035, 0.04, 0.05), vec3(0.75, 0.8, 0.86), smoothstep(-0.35, 0.85, R.y));
  env += vec3(2.2) * smoothstep(0.93, 0.985, dot(R, normalize(vec3(0.55, 0.55, 0.63))));
  env += vec3(0.9) * smoothstep(0.9, 0.98, dot(R, normalize(vec3(-0.8, 0.25, -0.3))));
  return env;
}

void main() {
  vec3 N = normalize(vNormalW);
  if (!gl_FrontFacing) N = -N;
  vec3 V = normalize(cameraPosition - vWorld);
  vec3 R = reflect(-V, N);
  float diff = max(dot(N, uLightDir), 0.0);
  float fres = pow(1.0 - max(dot(N, V), 0.0), 4.0);
  vec3 env = studio(R);
  vec3 col;
  if (vFinish > 2.5) {
    col = vColor * (0.25 + 0.6 * diff) + env * 0.025;
  } else if (vFinish > 1.5) {
    col = vColor * 1.8;
  } else if (vFinish > 0.5) {
    col = vColor * env * 0.95 + vColor * 0.08 * diff + fres * 0.15;
  } else {
    col = vColor * (0.18 + 0.75 * diff) + env * (0.05 + 0.35 * fres);
  }
  gl_FragColor = vec4(col, uOpacity);
  #include <colorspace_fragment>
}
