/** `1 day`, `3 days`; `many` for irregular plurals. */
export function plural(count: number, noun: string, many = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : many}`;
}
