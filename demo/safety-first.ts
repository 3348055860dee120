// Safety first: the quick exit and the crisis card load first and alone, so a person can leave or
// find a crisis line before the check-in, the finders and this demo's own code arrive (those follow).
import '../src/quick-exit/define.js';
import '../src/crisis-card/define.js';

// `?lang=` (see demo.ts) applies before the first paint, so the crisis card speaks the page's language at once.
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
// `?script=` and `?persist` (see demo.ts) must be on the check-in before it is defined and starts.
const checkIn = document.querySelector('#checkin');
const script = params.get('script');
if (script && checkIn) checkIn.setAttribute('script', script);
if (params.has('persist')) checkIn?.setAttribute('persist', '');

// demo.ts has side effects only: package.json's sideEffects lists demo/ so the build keeps its body.
void import('./demo.js');
