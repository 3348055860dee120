// Safety first: the quick exit and the crisis card load first and alone, so a person can leave or
// find a crisis line before the check-in, the finders and this demo's own code arrive (those follow).
import '../src/quick-exit/define.js';
import '../src/crisis-card/define.js';

void import('./demo.js');
