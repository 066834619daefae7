/**
 * The catalogues shipped with Recap, by base language. English is built in
 * (shared/messages.ts); the others are registered here. A host adds or
 * overrides languages with registerMessages(), or words with the `messages` property.
 */
import { en, type Messages } from './en.js';
import ar from './ar.js';
import de from './de.js';
import es from './es.js';
import fr from './fr.js';
import he from './he.js';
import pl from './pl.js';
import pt from './pt.js';
import ru from './ru.js';
import uk from './uk.js';

export const catalogues: Record<string, Messages> = { en, ar, de, es, fr, he, pl, pt, ru, uk };
export const SHIPPED_LOCALES = Object.keys(catalogues);
