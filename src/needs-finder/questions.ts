/** Everything questions mode needs and cards mode does not: loaded on demand by the element. */
export { SCREENING_ITEMS, answerItem, itemsFor, screeningAnswers, screeningOutcome } from './screening.js';
export { optionText, questionText } from './screening-texts.js';
