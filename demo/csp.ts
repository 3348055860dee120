// The strict-CSP page (demo/csp.html): no inline script or style anywhere; the same demo code as the
// other pages. Served with the policy in docs/csp.md:
//   trusted-types lit-html compassionate-intake  (Lit's templates and the service finder's worker URL)
await import('./safety-first.js');

export {};
