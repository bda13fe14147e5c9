varying vec2 vUv;
varying float vAlpha;

void main() {
  float r = length(vUv - 0.5) * 2.0;
  float puff = exp(-r * r * 3.2) * (1.0 - smoothstep(0.85, 1.0, r));
  gl_FragColor = vec4(vec3(0.86, 0.86, 0.88), vAlpha * puff);
  #include <colorspace_fragment>
}
