/**
 * A half-open range [start, end) of UTF-16 code units into one document's clean text.
 * Every annotation points into `Doc.text` this way; nothing downstream keeps copied substrings
 * without the span they came from, so every claim in a dossier can cite its exact place.
 */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers (a convenience for readers of the dossier). */
export interface TextSpan extends Span {
  text: string;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
