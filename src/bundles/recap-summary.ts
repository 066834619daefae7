/** The script-tag bundle for <recap-summary> alone (dist/recap-summary.min.js): registers it and exports nothing. */
import '../elements/recap-summary/define.js';
