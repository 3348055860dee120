/**
 * Links dial and mail exactly what the data says (issue 10, point 5) and web links never hide where
 * they go (issue 14, point 4): the pure helpers in src/core/safe-url.ts and src/core/phone.ts.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { linkHost, mailtoHref, safeHref } from '../src/core/safe-url.js';
import { parsePhone, smsHref, telHref } from '../src/core/phone.js';

describe('phone links', () => {
  const cases: Array<[string, string | undefined]> = [
    ['988', 'tel:988'],
    ['9-8-8', 'tel:988'],
    ['1-800-273-TALK', 'tel:18002738255'],
    ['1-800-273-talk', 'tel:18002738255'],
    ['1-800-799-SAFE (7233)', 'tel:18007997233'],
    ['1 800 FLOWERS', 'tel:18003569377'],
    ['(415) 555-0199 ext. 12', 'tel:4155550199,12'],
    ['(415) 555-0199 x12', 'tel:4155550199,12'],
    ['415-555-0199 extension 7', 'tel:4155550199,7'],
    ['+14155550199;ext=12', 'tel:+14155550199,12'],
    ['4155550199,12', 'tel:4155550199,12'],
    ['Call 988, then press 1', 'tel:988,1'],
    ['988, press 2', 'tel:988,2'],
    ['+1 (415) 555-0199', 'tel:+14155550199'],
    ['116 123', 'tel:116123'],
    ['0477 13 11 14', 'tel:0477131114'],
    ['988 (toll-free)', 'tel:988'],
    ['988 NOW', 'tel:988'],
    // Cannot be read exactly: text, not a link.
    ['TALK', undefined],
    ['call us', undefined],
    ['', undefined],
    ['1'.repeat(16), undefined],
    ['5'.repeat(500), undefined],
    ['x'.repeat(500), undefined],
    ['415-555-0199 or 415-555-0198', undefined],
    ['12', undefined],
    ['1+800', undefined],
  ];
  for (const [raw, want] of cases) {
    it(`${JSON.stringify(raw.length > 40 ? `${raw.slice(0, 20)}…` : raw)} dials ${want ?? 'nothing (shown as text)'}`, () => {
      expect(telHref(raw)).to.equal(want);
    });
  }

  it('never joins a menu digit into the number ("Call 988, then press 1" is not 9881)', () => {
    expect(telHref('Call 988, then press 1')).to.not.equal('tel:9881');
    expect(parsePhone('Call 988, then press 1')).to.deep.equal({ dial: '988', pause: '1' });
    expect(parsePhone('(415) 555-0199 ext. 12')).to.deep.equal({ dial: '4155550199', ext: '12' });
  });

  it('a separate extension field (HSDS) is dialed after a pause', () => {
    expect(telHref('(415) 555-0199', 12)).to.equal('tel:4155550199,12');
    expect(telHref('(415) 555-0199', '34')).to.equal('tel:4155550199,34');
    expect(telHref('(415) 555-0199', -1)).to.equal(undefined);
    expect(telHref('(415) 555-0199', 'x; drop')).to.equal(undefined);
  });

  it('text links: short codes and keywords, never to an extension; a broken keyword still makes a link', () => {
    expect(smsHref('741741', 'HOME')).to.equal('sms:741741?&body=HOME');
    expect(smsHref('(415) 555-0199 ext. 12')).to.equal(undefined);
    expect(smsHref('TALK')).to.equal(undefined);
    expect(() => smsHref('741741', 'HELLO\uD83D')).to.not.throw();
    expect(smsHref('741741', 'HELLO\uD83D')).to.equal('sms:741741?&body=HELLO%EF%BF%BD');
  });

  it('any value at all never throws, and every link made is tel: with digits only', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.anything()), fc.anything(), (raw, ext) => {
        const href = telHref(raw, ext);
        const sms = smsHref(raw, typeof ext === 'string' ? ext : undefined);
        if (href !== undefined) expect(href).to.match(/^tel:\+?[\d*#]{3,16}(,[\d*#]{1,8})?$/);
        if (sms !== undefined) expect(sms).to.match(/^sms:\+?[\d*#]{3,16}(\?&body=.*)?$/);
      }),
      { seed: 1010, numRuns: 500 },
    );
  });
});

describe('mail links', () => {
  it('one plain address becomes a mailto', () => {
    expect(mailtoHref('help@shelter.example')).to.equal('mailto:help@shelter.example');
    expect(mailtoHref('first.last+intake@county.example.org')).to.equal('mailto:first.last+intake@county.example.org');
  });
  for (const bad of [
    'a@b.example?bcc=x@evil.example',
    'a@b.example?cc=x%40evil.example',
    'a@b.example?body=hello',
    'a@b.example&bcc=x@evil.example',
    'a@b.example,x@evil.example',
    'a@b.example;x@evil.example',
    'Help <a@b.example>',
    'a@b',
    'a@@b.example',
    'javascript:alert(1)//@b.example',
    'a b@c.example',
    'a@b.example#x',
    '',
  ]) {
    it(`${JSON.stringify(bad)} is not a link`, () => {
      expect(mailtoHref(bad)).to.equal(undefined);
    });
  }
  it('any value never throws and a made link holds one address and no query', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string(), fc.anything()), (raw) => {
        const href = mailtoHref(raw);
        if (href !== undefined) {
          expect(href.startsWith('mailto:')).to.equal(true);
          expect(href).to.not.match(/[?&,;]/);
          expect(href.split('@').length).to.equal(2);
        }
      }),
      { seed: 1111, numRuns: 300 },
    );
  });
});

describe('web links', () => {
  it('refuses links with user info (they go somewhere else than they read)', () => {
    expect(safeHref('https://google.com@evil.example/', { webOnly: true })).to.equal(undefined);
    expect(safeHref('https://user:pass@shelter.example/', { webOnly: true })).to.equal(undefined);
    expect(safeHref('https://shelter.example/@home', { webOnly: true })).to.equal('https://shelter.example/@home');
  });
  it('names the host a link goes to', () => {
    expect(linkHost('https://www.shelter.example/path?q=1')).to.equal('shelter.example');
    expect(linkHost('http://county.example.org:8080/')).to.equal('county.example.org');
    expect(linkHost('https://ﬁ.example/')).to.equal('fi.example');
    expect(linkHost('not a url')).to.equal(undefined);
  });
});
