// Safety first: the quick exit and the crisis card load first and alone, so a person can leave or
// find a crisis line before the check-in, the finders and this demo's own code arrive (those follow).
import '../src/quick-exit/define.js';
import '../src/crisis-card/define.js';

// `?script=` and `?persist` (see demo.ts) must be on the check-in before it is defined and starts.
const params = new URLSearchParams(location.search);
const checkIn = document.querySelector('#checkin');
const script = params.get('script');
if (script && checkIn) checkIn.setAttribute('script', script);
if (params.has('persist')) checkIn?.setAttribute('persist', '');

void import('./demo.js');
