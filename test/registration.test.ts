import { expect } from '@open-wc/testing';

describe('registration', () => {
  it('importing a class module defines nothing (side-effect free)', async () => {
    await import('../src/crisis-card/crisis-card.js');
    await import('../src/quick-exit/quick-exit.js');
    await import('../src/needs-finder/needs-finder.js');
    await import('../src/check-in/check-in.js');
    await import('../src/service-finder/service-finder.js');
    expect(customElements.get('intake-crisis-card')).to.equal(undefined);
    expect(customElements.get('intake-service-finder')).to.equal(undefined);
    expect(customElements.get('intake-check-in')).to.equal(undefined);
    expect(customElements.get('intake-needs-finder')).to.equal(undefined);
    expect(customElements.get('intake-quick-exit')).to.equal(undefined);
  });

  it('never throws when a tag is already defined by another copy of the library', async () => {
    class OtherCopy extends HTMLElement {}
    customElements.define('intake-quick-exit', OtherCopy);
    await import('../src/index.js'); // defines both; the quick exit tag is taken
    await import('../src/quick-exit/define.js');
    await import('../src/crisis-card/define.js');
    await import('../src/needs-finder/define.js');
    await import('../src/check-in/define.js');
    await import('../src/service-finder/define.js');
    expect(customElements.get('intake-quick-exit')).to.equal(OtherCopy);
    expect(customElements.get('intake-service-finder')).to.be.a('function');
    expect(customElements.get('intake-check-in')).to.be.a('function');
    expect(customElements.get('intake-needs-finder')).to.be.a('function');
    expect(customElements.get('intake-crisis-card')).to.be.a('function');
  });

  it('INTAKE_EVENTS lists exactly the events that have schemas', async () => {
    const { INTAKE_EVENTS } = await import('../src/core/events.js');
    const { eventSchemas } = await import('../src/core/schemas.js');
    expect([...INTAKE_EVENTS].sort()).to.deep.equal(Object.keys(eventSchemas).sort());
  });
});
