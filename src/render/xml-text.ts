/**
 * Text from data inside XML or HTML built as a string (SCORM manifests, QTI items, launch pages):
 * every character that could start or end markup is written as an entity, so no text in the data
 * can add an element or an attribute.
 */

/** Text as element content or a double- or single-quoted attribute value, in XML and HTML alike. */
export const xmlText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    // Characters XML 1.0 does not allow at all
    // eslint-disable-next-line no-control-regex -- these control characters are what it removes (C0 controls other than tab and newlines, lone surrogates).
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
