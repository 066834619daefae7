/** The script-tag bundle for <recap-summary> alone (dist/recap-summary.min.js): registers it and exports nothing. */
import { RecapSummary } from '../elements/recap-summary/recap-summary.js';
import { definePaintFirst } from './paint-first.js';

definePaintFirst(() => RecapSummary.define());
