/**
 * An id of the contract (1-64 characters of a-z, 0-9 and "-", starting with a letter or digit)
 * from any text: accents dropped, every other run of characters one "-", and a text longer than
 * `max` cut where a word ends, not inside one. '' when nothing usable is left.
 */
export function slugId(text: string, max = 64): string {
  const s = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= max) return s;
  const end = s.lastIndexOf('-', max);
  return (end > 0 ? s.slice(0, end) : s.slice(0, max)).replace(/-+$/, '');
}
