/** The script-tag bundle for <recap-figures> alone (dist/recap-figures.min.js): registers it and exports nothing. */
import '../elements/recap-figures/define.js';
