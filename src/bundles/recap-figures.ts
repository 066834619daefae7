/** The script-tag bundle for <recap-figures> alone (dist/recap-figures.min.js): registers it and exports nothing. */
import { RecapFigures } from '../elements/recap-figures/recap-figures.js';
import { definePaintFirst } from './paint-first.js';

definePaintFirst(() => RecapFigures.define());
