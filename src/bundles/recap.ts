/**
 * The script-tag bundle's entry (dist/recap.min.js): registers every element and
 * exports nothing, so the bundle carries only what the elements use.
 */
import '../elements/recap-article/define.js';
