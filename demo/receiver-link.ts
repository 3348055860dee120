// The self-referral page's side of the receiving demo: when demo/receive.html is open (it published the
// organization's public key), the check-in sends the self-referral there after consent, encrypted to
// that key. Without it, the page works as before (the form and the events).
import type { IntakeCheckIn } from '../src/check-in/check-in.js';

export async function linkToReceiver(checkIn: IntakeCheckIn): Promise<void> {
  try {
    const res = await fetch('/demo-api/public-key', { cache: 'no-store' });
    if (res.status !== 200) return;
    checkIn.encryptTo = await res.json();
    checkIn.pointPerson = { name: 'Maria', role: 'peer navigator' };
    checkIn.responseTime = 'within 1 business day';
    checkIn.submitUrl = '/demo-api/inbox';
  } catch {
    // No receiving page (a static copy of the demo): nothing to link.
  }
}
