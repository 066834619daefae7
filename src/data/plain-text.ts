/**
 * Plain text from inline markdown without the markdown library, for places
 * outside the DOM (xAPI names, GIFT/Aiken exports of plain formats): drops
 * emphasis markers and keeps link text.
 */
export function plainText(md: string): string {
  // Escaped characters are set aside first, so that "\*x\*" stays "*x*" instead of passing for emphasis.
  const escaped: string[] = [];
  return md
    .replace(/[\ue000\ue001]/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>~|])/g, (_, c: string) => `\ue000${escaped.push(c) - 1}\ue001`)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\ue000(\d+)\ue001/g, (_, i: string) => escaped[Number(i)]!);
}
