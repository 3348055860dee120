import { expect } from '@open-wc/testing';
import { crisisLines, emergencyNumbers, CRISIS_DATA_COMPILED } from '../src/data/crisis-lines.js';
import { CrisisLineSchema } from '../src/crisis-card/resource-schema.js';
import { safeHref } from '../src/core/safe-url.js';
import { smsHref, telHref } from '../src/core/phone.js';

describe('bundled crisis directory', () => {
  for (const line of crisisLines) {
    it(`${line.id} matches the schema, has a source and a verification state, and every action makes a link`, () => {
      const parsed = CrisisLineSchema.safeParse(line);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
      expect(line.country).to.match(/^[A-Z]{2}$/);
      expect(safeHref(line.source, { webOnly: true }), 'source is a web link').to.be.a('string');
      if (line.verifiedOn === null) expect(line.note, 'unverified lines say why').to.match(/NOT VERIFIED|not verified/i);
      else expect(line.verifiedOn <= CRISIS_DATA_COMPILED).to.equal(true);
      for (const c of line.channels) {
        const href = c.type === 'call' ? telHref(c.dial) : c.type === 'text' ? smsHref(c.dial, c.keyword) : safeHref(c.url, { webOnly: true });
        expect(href, `${c.type} ${c.display}`).to.be.a('string');
      }
    });
  }

  it('never offers the 988 press-3 LGBTQ+ option that ended in July 2025', () => {
    const all = JSON.stringify(crisisLines);
    expect(crisisLines.flatMap((l) => l.channels).some((c) => c.menu === '3' || c.keyword === 'PRIDE')).to.equal(false);
    expect(all).to.contain('ended on 2025-07-17');
  });

  it('has the lines the card promises', () => {
    const find = (id: string) => crisisLines.find((l) => l.id === id)!;
    expect(find('us-988-lifeline').channels.map((c) => [c.type, c.dial, c.menu ?? c.keyword ?? ''])).to.deep.include.members([
      ['call', '988', ''],
      ['call', '988', '2'],
      ['text', '988', 'AYUDA'],
    ]);
    expect(find('us-veterans-crisis-line').channels.map((c) => c.menu ?? c.dial)).to.include.members(['1', '838255']);
    expect(find('gb-samaritans').channels[0].dial).to.equal('116123');
    expect(find('gb-shout').channels[0]).to.include({ dial: '85258', keyword: 'SHOUT' });
    expect(find('ie-50808').channels[0].dial).to.equal('50808');
    expect(find('au-lifeline').channels[0].dial).to.equal('131114');
    expect(find('nz-1737').channels[0].dial).to.equal('1737');
    expect(find('ca-988').channels[0].dial).to.equal('988');
    for (const id of ['us-crisis-text-line', 'us-trevor-project', 'us-trans-lifeline']) expect(find(id)).to.exist;
  });

  it('has an emergency number for every country with lines', () => {
    const countries = new Set(crisisLines.map((l) => l.country));
    for (const c of countries) expect(emergencyNumbers.find((e) => e.country === c), c).to.exist;
  });
});
