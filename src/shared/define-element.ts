/** Tags already reported as held by another class, so each is reported once. */
const reported = new Set<string>();

/**
 * Registers `element` as `tag` in `registry`, unless the tag is taken: the script-tag bundle
 * and the npm modules may meet on one page, and the first to register wins. When another
 * class holds the tag, says so once on the console (two copies of Recap on one page, or a
 * clash with another library), since that one's behaviour and version are what the reader gets.
 */
export function defineElement(element: CustomElementConstructor, tag: string, registry: CustomElementRegistry): void {
  const holder = registry.get(tag);
  if (!holder) registry.define(tag, element);
  else if (holder !== element && !reported.has(tag)) {
    reported.add(tag);
    console.warn(`<${tag}> is already defined by another class; this one is not registered.`);
  }
}
