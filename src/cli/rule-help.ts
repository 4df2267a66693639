import type { Heading, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { ALL_RULES } from '../core/rules/index';

/** A rule's docs section, as SARIF gives it: `help` as plain text and markdown, `fullDescription` its first paragraph. */
export interface RuleHelp {
  readonly text: string;
  readonly markdown: string;
  /** The first paragraph as plain text on one line, without a run-in label such as **What.**, at most DESCRIPTION_MAX_CHARS long. */
  readonly description: string;
}

/** Every rule's help, by rule id. */
export type RuleHelpTable = Readonly<Record<string, RuleHelp>>;

/**
 * The help of every rule from its `## rule-id` section of docs/rules.md (the text of that page):
 * the section's body, up to the next heading of level 1 or 2. Links without a scheme
 * (`#no-contact`, `format.md#thresholds`) lead nowhere outside the docs folder, so they are
 * unlinked and keep their text. A rule without a section, or whose section has no paragraph,
 * is an error: its help would be missing.
 * The build runs this (scripts/build.mjs) and embeds the result in the CLI.
 */
export async function ruleHelpOf(rulesDoc: string, ruleIds: readonly string[] = ALL_RULES.map((rule) => rule.id)): Promise<Record<string, RuleHelp>> {
  // ESM-only: tsc (module node16) keeps the dynamic import, esbuild bundles it.
  const { fromMarkdown } = await import('mdast-util-from-markdown');
  const sections = sectionsOf(fromMarkdown(rulesDoc));
  const missing = ruleIds.filter((id) => !sections.get(id)?.some((node) => node.type === 'paragraph'));
  if (missing.length > 0) throw new Error(`docs/rules.md has no "## rule-id" section with a paragraph for ${missing.join(', ')}`);
  return Object.fromEntries(ruleIds.map((id) => [id, help(rulesDoc, sections.get(id)!)]));
}

/** The body of each level-2 section, by its heading's text. */
function sectionsOf(tree: Root): Map<string, RootContent[]> {
  const sections = new Map<string, RootContent[]>();
  let body: RootContent[] | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      body = node.depth === 2 ? [] : undefined;
      if (body) sections.set(inlineText(node), body);
    } else body?.push(node);
  }
  return sections;
}

function help(source: string, body: readonly RootContent[]): RuleHelp {
  const first = body.find((node): node is Paragraph => node.type === 'paragraph')!;
  return { text: body.map(plainText).join('\n\n'), markdown: markdownOf(source, body), description: description(first) };
}

/** GitHub code scanning keeps at most this many characters of a rule's fullDescription. */
export const DESCRIPTION_MAX_CHARS = 1024;

/** The paragraph on one line without its run-in label, cut after its last whole sentence that fits DESCRIPTION_MAX_CHARS. */
function description(paragraph: Paragraph): string {
  const [lead, ...rest] = paragraph.children;
  const label = lead?.type === 'strong' && inlineText(lead).endsWith('.');
  const text = (label ? rest : paragraph.children).map(inlineText).join('').replace(/\s+/g, ' ').trim();
  if (text.length <= DESCRIPTION_MAX_CHARS) return text;
  const fits = text.slice(0, DESCRIPTION_MAX_CHARS);
  const sentenceEnd = fits.lastIndexOf('. ');
  return sentenceEnd > 0 ? fits.slice(0, sentenceEnd + 1) : `${fits.slice(0, DESCRIPTION_MAX_CHARS - 1)}…`;
}

/** The body's own markdown, relative links replaced by their text. */
function markdownOf(source: string, body: readonly RootContent[]): string {
  const start = body[0].position!.start.offset!;
  const end = body[body.length - 1].position!.end.offset!;
  const unlinked = body.flatMap(descendants).filter((node) => node.type === 'link' && !hasScheme(node.url));
  let markdown = '';
  let at = start;
  for (const link of unlinked) {
    const children = (link as { children: Nodes[] }).children;
    markdown += source.slice(at, link.position!.start.offset!);
    if (children.length > 0) markdown += source.slice(children[0].position!.start.offset!, children[children.length - 1].position!.end.offset!);
    at = link.position!.end.offset!;
  }
  return markdown + source.slice(at, end);
}

function hasScheme(url: string): boolean {
  return /^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//');
}

function descendants(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? (node.children as Nodes[]).flatMap(descendants) : [])];
}

/** A block as plain text: markup dropped, code indented by four spaces, list items after "- " or "1. ". */
function plainText(node: Nodes): string {
  switch (node.type) {
    case 'code':
      return node.value.split('\n').map((line) => (line === '' ? '' : `    ${line}`)).join('\n');
    case 'list':
      return node.children.map((item, index) => {
        const marker = node.ordered ? `${(node.start ?? 1) + index}. ` : '- ';
        const text = item.children.map(plainText).join('\n\n');
        return marker + text.split('\n').join(`\n${' '.repeat(marker.length)}`).replace(/\n +$/gm, '\n');
      }).join(node.spread ? '\n\n' : '\n');
    case 'blockquote':
      return node.children.map(plainText).join('\n\n').split('\n').map((line) => `> ${line}`.trimEnd()).join('\n');
    case 'thematicBreak':
      return '---';
    default:
      return inlineText(node);
  }
}

/** The text a reader sees of a paragraph or heading: the words of links and emphasis, code without its backticks. */
function inlineText(node: Nodes | Heading): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inlineText).join('') : '';
  }
}
