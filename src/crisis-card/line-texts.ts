/** One plain sentence per bundled line, translated through msg() (names stay as each service writes them). */
import { msg } from '@lit/localize';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/crisis-card.js';

export function lineDescription(id: string): string | undefined {
  switch (id) {
    case 'us-988-lifeline':
      return msg('Call, text or chat if you are struggling or worried about someone.');
    case 'us-veterans-crisis-line':
      return msg('For veterans, service members and the people who care about them.');
    case 'us-crisis-text-line':
      return msg('Text with a trained volunteer about anything that hurts.');
    case 'us-trevor-project':
      return msg('For LGBTQ+ young people under 25.');
    case 'us-trans-lifeline':
    case 'ca-trans-lifeline':
      return msg('Peer support run by and for trans people.');
    case 'us-domestic-violence-hotline':
      return msg('Free, confidential help if someone is hurting, scaring or controlling you. Call, text or chat.');
    case 'ca-988':
      return msg('Call or text if you are thinking about suicide or worried about someone.');
    case 'ca-kids-help-phone':
      return msg('Call or text support for young people.');
    case 'gb-samaritans':
    case 'ie-samaritans':
      return msg('Talk to someone about whatever you are going through.');
    case 'gb-shout':
    case 'ie-50808':
      return msg('Text support if you are struggling to cope.');
    case 'au-lifeline':
    case 'nz-1737':
      return msg('Talk or text with a trained counselor.');
    default:
      return undefined;
  }
}
