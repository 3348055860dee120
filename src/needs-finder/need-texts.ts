/** The plain label and one-line description of each built-in need, translated through msg(). */
import { msg } from '@lit/localize';
import type { NeedCard } from '../data/need-cards.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/needs-finder.js';

export function builtInLabel(id: string): string | undefined {
  switch (id) {
    case 'food':
      return msg('Food');
    case 'housing-tonight':
      return msg('A place to stay tonight');
    case 'housing-keep':
      return msg('Keeping a home');
    case 'housing-quality':
      return msg('Home repairs');
    case 'household-goods':
      return msg('Furniture and household items', { desc: 'Need label' });
    case 'utilities':
      return msg('Utilities');
    case 'transportation':
      return msg('Getting around');
    case 'money':
      return msg('Money and benefits');
    case 'work':
      return msg('Work');
    case 'legal':
      return msg('Legal help');
    case 'id-documents':
      return msg('ID and documents', { desc: 'Need label: an ID card, a birth certificate' });
    case 'immigration':
      return msg('Immigration');
    case 'language':
      return msg('Language help', { desc: 'Need label: an interpreter, translation, English classes' });
    case 'health-care':
      return msg('Health care', { desc: 'Need label: a doctor, a clinic, dental care' });
    case 'health-insurance':
      return msg('Health insurance and medical bills', { desc: 'Need label' });
    case 'mental-health':
      return msg('Mental health');
    case 'substance-use':
      return msg('Alcohol or drug use');
    case 'someone-to-talk-to':
      return msg('Someone to talk to');
    case 'family-caregiving':
      return msg('Family and caregiving');
    case 'older-adults':
      return msg('Older adults and caregivers', { desc: 'Need label' });
    case 'childcare':
      return msg('Childcare');
    case 'education':
      return msg('School and classes');
    case 'safety':
      return msg('Safety at home');
    case 'disability':
      return msg('Disability support');
    case 'veterans':
      return msg('Veterans', { desc: 'Need label: help for people who served in the military' });
    case 'reentry':
      return msg('Leaving jail or prison', { desc: 'Need label: help after release' });
    case 'phone':
      return msg('A phone', { desc: 'Need label: a phone or a phone plan' });
    case 'digital-access':
      return msg('Phone and internet');
    case 'clothing-hygiene':
      return msg('Clothing and hygiene');
    default:
      return undefined;
  }
}

export function builtInDescription(id: string): string | undefined {
  switch (id) {
    case 'food':
      return msg('Meals, groceries, or help paying for food');
    case 'housing-tonight':
      return msg('A safe, warm place to sleep');
    case 'housing-keep':
      return msg('Help with rent, a mortgage, or an eviction notice');
    case 'housing-quality':
      return msg('Mold, pests, leaks, no heat, or other problems with the place');
    case 'household-goods':
      return msg('A bed, a table, kitchen things, or blankets for your home', { desc: 'Need description' });
    case 'utilities':
      return msg('Electric, gas, heat, or water bills');
    case 'transportation':
      return msg('Rides, bus passes, or gas money');
    case 'money':
      return msg('Paying bills, cash help, and benefits like SNAP or SSI');
    case 'work':
      return msg('Finding a job, job training, or problems at work');
    case 'legal':
      return msg('Free or low-cost help with courts, landlords, or other legal problems');
    case 'id-documents':
      return msg('Getting an ID card, a birth certificate, or other papers you need', { desc: 'Need description' });
    case 'immigration':
      return msg('Help with papers to live here, or someone who speaks your language');
    case 'language':
      return msg('An interpreter, papers in your language, or English classes', { desc: 'Need description' });
    case 'health-care':
      return msg('A doctor or clinic, dental care, or medicine', { desc: 'Need description' });
    case 'health-insurance':
      return msg('Signing up for health coverage, or help paying medical bills', { desc: 'Need description' });
    case 'mental-health':
      return msg('Feeling stressed, sad, or worried; counseling and support');
    case 'substance-use':
      return msg('Support to cut back, stop, or stay safer');
    case 'someone-to-talk-to':
      return msg('Feeling lonely, or wanting more people in your life');
    case 'family-caregiving':
      return msg('Help for parents, family, and people who care for someone');
    case 'older-adults':
      return msg('Senior centers, meals at home, help at home, or a break for caregivers', { desc: 'Need description' });
    case 'childcare':
      return msg('Daycare, after-school care, or help paying for it');
    case 'education':
      return msg('GED, English classes, reading, or going back to school');
    case 'safety':
      return msg('Feeling unsafe with a partner, family, or someone who cares for you', {
        desc: 'Need description: covers partner abuse and abuse of an older person by family or a caregiver',
      });
    case 'disability':
      return msg('Help and tools for people who live with a disability');
    case 'veterans':
      return msg('Help for people who served in the military, and their families', { desc: 'Need description' });
    case 'reentry':
      return msg('Housing, work, ID, and support after jail or prison', { desc: 'Need description' });
    case 'phone':
      return msg('A free or low-cost phone, or help paying for a phone plan', { desc: 'Need description' });
    case 'digital-access':
      return msg('A phone, internet service, or help using a computer');
    case 'clothing-hygiene':
      return msg('Clothes, showers, laundry, or personal care items');
    default:
      return undefined;
  }
}

function pick(value: string | Record<string, string> | undefined, locale: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  return value[locale] ?? value.en;
}

/** The label the person sees: the host's own text when given, else the built-in translated one, else the id. */
export function needLabel(need: NeedCard, locale: string): string {
  return pick(need.label, locale) ?? builtInLabel(need.id) ?? need.id;
}

export function needDescription(need: NeedCard, locale: string): string | undefined {
  return pick(need.description, locale) ?? (need.label === undefined ? builtInDescription(need.id) : undefined);
}
