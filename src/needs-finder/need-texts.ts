/** The plain label and one-line description of each built-in need, translated through msg(). */
import { msg } from '@lit/localize';
import type { NeedDefinition } from '../data/needs-catalog.js';
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
    case 'immigration':
      return msg('Immigration');
    case 'health-care':
      return msg('Health care and insurance');
    case 'mental-health':
      return msg('Mental health');
    case 'substance-use':
      return msg('Alcohol or drug use');
    case 'someone-to-talk-to':
      return msg('Someone to talk to');
    case 'family-caregiving':
      return msg('Family and caregiving');
    case 'childcare':
      return msg('Childcare');
    case 'education':
      return msg('School and classes');
    case 'safety':
      return msg('Safety at home');
    case 'disability':
      return msg('Disability support');
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
    case 'immigration':
      return msg('Help with papers to live here, or someone who speaks your language');
    case 'health-care':
      return msg('A doctor or clinic, dental care, medicine, or health insurance');
    case 'mental-health':
      return msg('Feeling stressed, sad, or worried; counseling and support');
    case 'substance-use':
      return msg('Support to cut back, stop, or stay safer');
    case 'someone-to-talk-to':
      return msg('Feeling lonely, or wanting more people in your life');
    case 'family-caregiving':
      return msg('Help for parents, family, and people who care for someone');
    case 'childcare':
      return msg('Daycare, after-school care, or help paying for it');
    case 'education':
      return msg('GED, English classes, reading, or going back to school');
    case 'safety':
      return msg('Feeling unsafe with someone at home or in a relationship');
    case 'disability':
      return msg('Help and tools for people who live with a disability');
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
export function needLabel(need: NeedDefinition, locale: string): string {
  return pick(need.label, locale) ?? builtInLabel(need.id) ?? need.id;
}

export function needDescription(need: NeedDefinition, locale: string): string | undefined {
  return pick(need.description, locale) ?? (need.label === undefined ? builtInDescription(need.id) : undefined);
}
