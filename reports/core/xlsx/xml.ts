/**
 * Text as XML character data or an attribute value: `& < > " '` escaped, and the control
 * characters XML 1.0 cannot carry dropped (as exceljs does), tab, newline and CR kept.
 */
// Control characters are what these patterns are for.
// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"'\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;
// eslint-disable-next-line no-control-regex
const SPECIAL_ALL = /[&<>"'\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  // Most cells need nothing: one test, no new string.
  if (!SPECIAL.test(text)) return text;
  return text.replace(SPECIAL_ALL, (c) => ENTITY[c] ?? '');
}
