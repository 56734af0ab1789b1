/**
 * Fills `{name}` placeholders in an interface string. t() uses it at build time, and the search
 * page's script uses it in the browser on the same strings, so both word things alike.
 */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
