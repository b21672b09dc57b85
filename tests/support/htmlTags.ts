/**
 * The start tags in an HTML string, read the way a browser tokenizer reads them: attribute values
 * in quotes may hold `<` and `>`, comments are skipped. Enough to prove that text holding markup
 * created no element and no attribute.
 */
export interface HtmlTag {
  name: string;
  attributes: Map<string, string>;
}

export function htmlTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let index = 0;
  while ((index = html.indexOf('<', index)) !== -1) {
    if (html.startsWith('<!--', index)) {
      const end = html.indexOf('-->', index + 4);
      index = end === -1 ? html.length : end + 3;
      continue;
    }
    const name = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(index));
    if (!name) {
      index += 1;
      continue;
    }
    const closing = html[index + 1] === '/';
    index += name[0].length;
    const attributes = new Map<string, string>();
    for (;;) {
      while (/\s|\//.test(html[index] ?? '')) index += 1;
      if (index >= html.length || html[index] === '>') break;
      const attribute = /^[^\s=>/]+/.exec(html.slice(index))![0];
      index += attribute.length;
      let value = '';
      if (html[index] === '=') {
        index += 1;
        const quote = html[index];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, index + 1);
          value = html.slice(index + 1, end === -1 ? html.length : end);
          index = end === -1 ? html.length : end + 1;
        } else {
          value = /^[^\s>]*/.exec(html.slice(index))![0];
          index += value.length;
        }
      }
      attributes.set(attribute.toLowerCase(), value);
    }
    index += 1;
    if (!closing) tags.push({ name: name[1]!.toLowerCase(), attributes });
  }
  return tags;
}
