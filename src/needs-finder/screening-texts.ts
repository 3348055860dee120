/**
 * What the person reads in `mode="questions"`, through msg(). English for the person themself is the
 * AHC wording as bundled (screening.ts); for `subject="other"` it is our third-person adaptation.
 * No validated translation of the AHC items is bundled: results record `translationValidated: false`.
 */
import { msg } from '@lit/localize';
import type { ScreeningItemId } from './screening.js';
// This module's strings in other languages (scripts/localize.mjs).
import '../generated/translations/needs-finder.js';

export function questionText(id: ScreeningItemId, other: boolean): string {
  switch (id) {
    case 'living':
      return other ? msg('What is their living situation today?') : msg('What is your living situation today?');
    case 'problems':
      return other
        ? msg('Think about the place they live. Do they have problems with any of the following?')
        : msg('Think about the place you live. Do you have problems with any of the following?');
    case 'food-worried':
      return other
        ? msg('Within the past 12 months, they worried that their food would run out before they got money to buy more')
        : msg('Within the past 12 months, you worried that your food would run out before you got money to buy more');
    case 'food-ran-out':
      return other
        ? msg("Within the past 12 months, the food they bought just didn't last and they didn't have money to get more")
        : msg("Within the past 12 months, the food you bought just didn't last and you didn't have money to get more");
    case 'transportation':
      return other
        ? msg('In the past 12 months, has not having a ride kept them from the doctor, work, or things they need each day?')
        : msg('In the past 12 months, has lack of reliable transportation kept you from medical appointments, meetings, work or from getting things needed for daily living?');
    case 'utilities':
      return other
        ? msg('In the past 12 months has the electric, gas, oil, or water company threatened to shut off services in their home?')
        : msg('In the past 12 months has the electric, gas, oil, or water company threatened to shut off services in your home?');
    case 'safety':
      return other
        ? msg('Does anyone in their life hurt them, threaten them, or make them feel afraid?')
        : msg('Does anyone in your life hurt you, threaten you, or make you feel afraid?');
  }
}

export function optionText(item: ScreeningItemId, option: string, other: boolean): string {
  switch (`${item}:${option}`) {
    case 'living:steady':
      return other ? msg('They have a steady place to live') : msg('I have a steady place to live');
    case 'living:worried':
      return other
        ? msg('They have a place to live today, but they are worried about losing it in the future')
        : msg('I have a place to live today, but I am worried about losing it in the future');
    case 'living:not-steady':
      return other
        ? msg('They do not have a steady place to live. Right now they stay with others, or in a hotel, shelter, car, park, bus or train station, empty building, or outside.')
        : msg('I do not have a steady place to live (I am temporarily staying with others, in a hotel, in a shelter, living outside on the street, on a beach, in a car, abandoned building, bus or train station, or in a park)');
    case 'problems:pests':
      return msg('Pests such as bugs, ants, or mice');
    case 'problems:mold':
      return msg('Mold');
    case 'problems:lead':
      return msg('Lead paint or pipes');
    case 'problems:heat':
      return msg('Lack of heat');
    case 'problems:stove':
      return msg('Oven or stove not working');
    case 'problems:smoke':
      return msg('Smoke detectors missing or not working');
    case 'problems:leaks':
      return msg('Water leaks');
    case 'problems:none':
      return msg('None of the above');
    case 'food-worried:often':
    case 'food-ran-out:often':
      return msg('Often true');
    case 'food-worried:sometimes':
    case 'food-ran-out:sometimes':
      return msg('Sometimes true');
    case 'food-worried:never':
    case 'food-ran-out:never':
      return msg('Never true');
    case 'utilities:shut-off':
      return msg('Already shut off');
    case 'safety:sometimes':
      return msg('Sometimes');
    default:
      return option === 'yes' ? msg('Yes') : option === 'no' ? msg('No') : option;
  }
}
