/** The script-tag bundle for <recap-quiz> alone (dist/recap-quiz.min.js): registers it and exports nothing. */
import { RecapQuiz } from '../elements/recap-quiz/recap-quiz.js';
import { definePaintFirst } from './paint-first.js';

definePaintFirst(() => RecapQuiz.define());
