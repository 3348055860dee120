/** Example inputs shared by stories, tests and docs. */
export const countyResources = [
  {
    id: 'example-county-mobile-crisis',
    name: 'Example County Mobile Crisis Team',
    description: 'A counselor can come to you, anywhere in the county.',
    always: true,
    channels: [{ type: 'call', display: '(415) 555-0199', dial: '4155550199' }],
  },
  {
    id: 'example-warm-line',
    name: 'Example Peer Warm Line',
    description: 'Talk with someone who has been there. Not a crisis line.',
    hours: 'Daily 7 am – 11 pm',
    channels: [
      { type: 'call', display: '(415) 555-0142', dial: '4155550142' },
      { type: 'chat', display: 'Chat', url: 'https://example.org/warm-line/chat' },
    ],
  },
];

export const brokenResources = [
  countyResources[0],
  { id: 'evil', name: 'Evil link', channels: [{ type: 'chat', display: 'chat', url: 'javascript:alert(1)' }] },
  { name: 'No id', channels: [] },
  'not an object',
];

export const hostileResources = [
  {
    id: 'hostile',
    name: '<img src=x onerror=alert(1)> \u202Eevil\u202C',
    description: '<script>alert(1)</script> javascript:alert(1)',
    channels: [{ type: 'text', display: '741741', keyword: '<b>HI</b>' }],
  },
];
