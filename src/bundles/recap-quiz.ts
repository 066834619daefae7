/** The script-tag bundle for <recap-quiz> alone (dist/recap-quiz.min.js): registers it and exports nothing. */
import '../elements/recap-quiz/define.js';
