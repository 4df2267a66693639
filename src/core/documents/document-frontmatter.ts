import { stringify } from 'yaml';
import { formatDay, type Day } from '../values/calendar-day';

/**
 * The frontmatter block of a scaffolded document (format spec, "Layout"): `document: <kind>`,
 * `client: <id>`, `created: <YYYY-MM-DD>`, between `---` lines, ending with a newline.
 * Written with the `yaml` package, so an id such as `yes`, `123`, `a: b` or `#x` is quoted and
 * reads back as the same text.
 */
export function documentFrontmatter(kind: string, clientId: string, created: Day): string {
  const yaml = stringify({ document: kind, client: clientId, created: formatDay(created) }, { version: '1.2', lineWidth: 0 });
  return `---\n${yaml}---\n`;
}
