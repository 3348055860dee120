/**
 * The texts of the shared steps (common.ts): needs, the people who already help, follow-up, contact,
 * summary, consent and the closing step.
 *
 * Texts are msg() calls inside functions, so they are translated at render time
 * and `lit-localize extract` finds them. Step data only holds message ids.
 */
import { msg } from '@lit/localize';
import { builtInLabel } from '../../needs-finder/need-texts.js';
import type { Subject } from '../engine.js';
import { CHECK_IN_NEEDS, type Texts } from './common.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../../generated/translations/check-in.js';

/** Catalog labels as texts (`common.needs.<id>`), from the needs finder's own msg() labels. */
function needTexts(): Texts {
  const out: Texts = {};
  for (const id of CHECK_IN_NEEDS) out[`common.needs.${id}`] = builtInLabel(id) ?? id;
  return out;
}

/** Shared texts; `subject` picks the wording about someone else. */
export function commonTexts(subject: Subject): Texts {
  const other = subject === 'other';
  return {
    'common.comment': msg('Want to say more? You can type here.', { desc: 'Check-in: label of an optional free-text box under a question' }),
    'common.needs': other
      ? msg('What do they need right now? Pick all that fit.', { desc: 'Check-in question about a person someone is worried about' })
      : msg('What do you need right now? Pick all that fit.', { desc: 'Check-in question' }),
    'common.needs.why': msg('So we can point you to the right help.', { desc: 'Check-in: why we ask about needs' }),
    ...needTexts(),
    'common.needs.talk': other
      ? msg('They could use someone to talk to', { desc: 'Check-in: a need, about someone else (not a service, just listening)' })
      : msg('I just want to talk', { desc: 'Check-in: a need' }),

    'common.helpers': other
      ? msg('Does someone already help them? For example, a case manager, counselor, doctor, or peer worker.', {
          desc: 'Check-in question about someone else',
        })
      : msg('Does someone already help you? For example, a case manager, counselor, doctor, or peer worker.', {
          desc: 'Check-in question',
        }),
    'common.helpers.why': msg("If someone already knows you, we can work with them. Then no one has to start over.", {
      desc: 'Check-in: why we ask who already helps',
    }),
    'common.helpers.case-manager': msg('A case manager', { desc: 'Check-in: someone who helps' }),
    'common.helpers.counselor': msg('A counselor or therapist', { desc: 'Check-in: someone who helps' }),
    'common.helpers.doctor': msg('A doctor or nurse', { desc: 'Check-in: someone who helps' }),
    'common.helpers.peer-worker': msg('A peer worker', { desc: 'Check-in: someone who helps (a person with lived experience)' }),
    'common.helpers.someone-else': msg('Someone else', { desc: 'Check-in: someone who helps' }),
    'common.helpers.none': msg('No one right now', { desc: 'Check-in: no one helps yet' }),
    'common.helper-name': msg("What is that person's name? You can skip this.", { desc: 'Check-in question (optional)' }),
    'common.helper-org': msg('Where do they work? For example, a clinic or a program. You can skip this.', {
      desc: 'Check-in question (optional)',
    }),

    'common.follow-up': other
      ? msg('Would you like someone to check in with you later about how they are doing?', { desc: 'Check-in question' })
      : msg('Would you like someone to check in with you later?', { desc: 'Check-in question' }),
    'common.follow-up.why': msg('People can fall through the cracks. A check-in helps make sure you are not forgotten.', {
      desc: 'Check-in: why we offer a follow-up',
    }),
    'common.follow-up.yes': msg("Yes, I'd like that", { desc: 'Check-in answer: yes to a follow-up check-in' }),
    'common.follow-up.maybe': msg('Maybe', { desc: 'Check-in answer' }),
    'common.follow-up.no': msg('No, thank you', { desc: 'Check-in answer' }),
    'common.follow-up-when': msg('When would be a good time?', { desc: 'Check-in question about a follow-up' }),
    'common.follow-up-when.days': msg('In a day or two', { desc: 'Check-in answer (follow-up time)' }),
    'common.follow-up-when.week': msg('In about a week', { desc: 'Check-in answer (follow-up time)' }),
    'common.follow-up-when.weeks': msg('In a few weeks', { desc: 'Check-in answer (follow-up time)' }),
    'common.follow-up-when.any': msg('Any time is fine', { desc: 'Check-in answer (follow-up time)' }),
    'common.follow-up-how': msg('How would you like us to check in?', { desc: 'Check-in question about a follow-up' }),
    'common.follow-up-how.call': msg('A phone call', { desc: 'Check-in answer' }),
    'common.follow-up-how.text': msg('A text message', { desc: 'Check-in answer' }),
    'common.follow-up-how.email': msg('An email', { desc: 'Check-in answer' }),
    'common.follow-up-how.in-person': msg('In person'),

    'common.contact': msg('How can we reach you? Share only what you are comfortable with.', {
      desc: 'Check-in: contact preferences question',
    }),
    'common.contact.why': msg('We use this only to get back to you, the way you asked.', { desc: 'Check-in: why we ask for contact details' }),
    'common.reach-out': other
      ? msg('Would you like someone from our team to reach out to you, to talk about how to help them?', {
          desc: 'Check-in: after a sign of danger, offer to contact the person (about someone else)',
        })
      : msg('Would you like someone from our team to reach out to you?', { desc: 'Check-in: after a sign of danger, offer to contact the person' }),
    'common.reach-out.why': msg('You do not have to go through this alone. If you say yes, we will ask how to reach you.', {
      desc: 'Check-in: why we offer to reach out',
    }),
    'common.reach-out.yes': msg('Yes, please reach out', { desc: 'Check-in answer: yes to being contacted' }),
    'common.reach-out.no': msg('No, thank you', { desc: 'Check-in answer' }),
    'common.summary': msg('Here is what you told us. You can change any answer.', { desc: 'Check-in: summary step' }),
    'common.consent': other
      ? msg("Is it okay to share your answers with our team, so they can help you and the person you're worried about?", {
          desc: 'Check-in: consent question, about someone else',
        })
      : msg('Is it okay to share your answers with our team, so they can help you?', { desc: 'Check-in: consent question' }),
    'common.consent.why': msg('We will not share your answers without your okay. You can say no and still get help.', {
      desc: 'Check-in: why we ask for consent',
    }),

    'common.next': other
      ? msg(
          'Thank you for reaching out for them. Caring for someone can be hard, too. A person from our team will read your answers and reach out the way you asked.',
          { desc: 'Check-in: closing message, about someone else' },
        )
      : msg(
          'Thank you for sharing this with us. A person from our team will read your answers and reach out the way you asked.',
          { desc: 'Check-in: closing message' },
        ),
    // Never "we will not contact you": someone who just said they are in danger must not read that.
    'common.next.no-contact': other
      ? msg(
          'Thank you for reaching out for them. Caring for someone can be hard, too. A person from our team will read your answers. You can reach out to us any time.',
          { desc: 'Check-in: closing message, about someone else, when the person gave no way to contact them' },
        )
      : msg('Thank you for sharing this with us. A person from our team will read your answers. You can reach out to us any time.', {
          desc: 'Check-in: closing message when the person gave no way to contact them',
        }),
    'common.next.private': other
      ? msg('Thank you for telling us about them. Your answers stay private. You and they can still reach out to us any time, or use a line below.', {
          desc: 'Check-in: closing message, about someone else, when the person said no to sharing',
        })
      : msg('Thank you for telling us. Your answers stay private. You can still reach out to us any time, or use a line below.', {
          desc: 'Check-in: closing message when the person said no to sharing',
        }),
    'common.next.coping': msg('A few things that can help right now:', { desc: 'Check-in: heading of coping ideas' }),
    'common.coping.1': other
      ? msg('Listen without judging. Let them know you care.', { desc: 'Coping idea for a family member or caregiver' })
      : msg('Take a few slow breaths. Breathe in for 4, then out for 6.', { desc: 'Coping idea' }),
    'common.coping.2': other
      ? msg('It is okay to ask them directly how they are doing, and if they are safe.', {
          desc: 'Coping idea for a family member or caregiver (safe-messaging guidance: asking directly is okay)',
        })
      : msg('Look around. Name 5 things you can see and 3 things you can hear.', { desc: 'Coping idea (grounding)' }),
    'common.coping.3': other
      ? msg('Take care of yourself too. Talk with someone you trust.', { desc: 'Coping idea for a family member or caregiver' })
      : msg('Reach out to someone you trust, like a friend, family member, or peer worker.', { desc: 'Coping idea' }),
    'common.coping.4': msg("Crisis lines are free and open day and night. You don't have to be in crisis to call.", {
      desc: 'Coping idea: crisis lines',
    }),
    'common.instrument.english': msg("These questions are in English. We don't have a checked translation yet.", {
      desc: 'Check-in: note shown above a validated screener in a language without an official translation',
    }),
  };
}

/** "Why we ask" for screener items, shared with the welcome script's optional screener. */
export function instrumentWhyTexts(): Texts {
  return {
    'instrument.why': msg('These are standard questions many clinics use. They help our team understand how you feel.', {
      desc: 'Check-in: why we ask a screener question',
    }),
    'instrument.item9.why': msg('We ask everyone this. It helps us make sure you get the right support, right away if needed.', {
      desc: 'Check-in: why we ask PHQ-9 question 9 (thoughts of self-harm)',
    }),
  };
}

