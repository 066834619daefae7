/**
 * Plain text from inline markdown without the markdown library, for places
 * outside the DOM (xAPI names, GIFT/Aiken exports of plain formats): drops
 * emphasis markers and keeps link text.
 */
export function plainText(md: string): string {
  return md
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>~|])/g, '$1');
}
