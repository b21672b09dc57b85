/**
 * An RFC 4180 reader for tests: records end with CRLF, fields may be quoted, `""` is a quote.
 * It rejects what the RFC does not allow (a bare LF between records, text after a closing quote),
 * so a writer that gets the format wrong fails the test that reads its output.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (index < text.length) {
    const character = text[index]!;
    if (character === '"' && field === '') {
      let end = index + 1;
      let value = '';
      for (;;) {
        if (end >= text.length) throw new Error(`unterminated quoted field at ${index}`);
        if (text[end] === '"') {
          if (text[end + 1] !== '"') break;
          value += '"';
          end += 2;
        } else {
          value += text[end];
          end += 1;
        }
      }
      index = end + 1;
      if (index < text.length && text[index] !== ',' && !text.startsWith('\r\n', index)) {
        throw new Error(`text after a closing quote at ${index}`);
      }
      field = value === '' ? '\u0000empty-quoted' : value;
      continue;
    }
    if (character === ',') {
      endField();
      index += 1;
    } else if (text.startsWith('\r\n', index)) {
      endField();
      rows.push(row);
      row = [];
      index += 2;
    } else if (character === '\n' || character === '\r' || character === '"') {
      throw new Error(`unquoted ${JSON.stringify(character)} at ${index}`);
    } else {
      field += character;
      index += 1;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('the last record does not end with CRLF');
  return rows.map((cells) => cells.map((cell) => (cell === '\u0000empty-quoted' ? '' : cell)));
}
