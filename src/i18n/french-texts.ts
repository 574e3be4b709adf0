/**
 * The French prose in a file, line by line, for the typography check: only what a reader
 * sees, never syntax (YAML and JSON keys, link targets, TypeScript keys and imports).
 * - plain text (seeds): every line;
 * - MDX (content): the quoted values of the front matter and the body, without link targets;
 * - JSON (content): the string values;
 * - YAML (seeds): the string values (with `keys`, only the values of those keys);
 * - TypeScript (fr.ts): the string literals that are values, read with the TypeScript parser.
 */
import ts from "typescript";
import { isPair, isScalar, LineCounter, parseDocument, visit } from "yaml";

export interface TextLine {
  /** 1-based line in the file. */
  line: number;
  text: string;
}

export function plainTextLines(source: string): TextLine[] {
  return source.split("\n").map((text, i) => ({ line: i + 1, text }));
}

/** Double-quoted JSON strings on a line; with `values`, those not followed by ":" (keys). */
function quotedStrings(line: string, values: boolean): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"(\s*:)?/g)) {
    if (values && m[2]) continue;
    out.push(JSON.parse(`"${m[1]}"`) as string);
  }
  return out;
}

export function jsonTextLines(source: string): TextLine[] {
  return plainTextLines(source).flatMap(({ line, text }) =>
    quotedStrings(text, true).map((value) => ({ line, text: value })),
  );
}

export function mdxTextLines(source: string): TextLine[] {
  const lines = plainTextLines(source);
  const out: TextLine[] = [];
  let inFrontMatter = lines[0]?.text === "---";
  for (const { line, text } of lines.slice(inFrontMatter ? 1 : 0)) {
    if (inFrontMatter) {
      if (text === "---") inFrontMatter = false;
      // `key: "value"` and `- "value"`: the value only.
      else for (const value of quotedStrings(text, false)) out.push({ line, text: value });
      continue;
    }
    // [text](target): keep the text, drop the target.
    out.push({ line, text: text.replace(/\]\([^)\s]*\)/g, "]") });
  }
  return out;
}

export function typescriptStringLines(source: string, fileName = "file.ts"): TextLine[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const out: TextLine[] = [];
  const walk = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const parent = node.parent;
      const isKey = (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node;
      const isModule = ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent);
      if (!isKey && !isModule) {
        const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
        node.text.split("\n").forEach((text, i) => out.push({ line: start + i + 1, text }));
      }
    }
    ts.forEachChild(node, walk);
  };
  walk(file);
  return out;
}

export function yamlTextLines(source: string, keys?: ReadonlySet<string>): TextLine[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const out: TextLine[] = [];
  visit(doc, {
    Scalar(k, node, path) {
      if (k === "key" || typeof node.value !== "string" || !node.range) return;
      // The nearest enclosing pair names the value (a list item takes its list's key).
      const pair = [...path].reverse().find(isPair);
      const owner = pair && isScalar(pair.key) ? String(pair.key.value) : null;
      if (keys && (!owner || !keys.has(owner))) return;
      out.push({ line: lineCounter.linePos(node.range[0]).line, text: node.value });
    },
  });
  return out;
}

/** The French text lines of a file, by its extension; null for a kind of file it does not read. */
export function frenchTextLines(path: string, source: string): TextLine[] | null {
  if (path.endsWith(".txt")) return plainTextLines(source);
  if (path.endsWith(".mdx") || path.endsWith(".md")) return mdxTextLines(source);
  if (path.endsWith(".json")) return jsonTextLines(source);
  if (path.endsWith(".ts")) return typescriptStringLines(source, path);
  if (path.endsWith(".yaml") || path.endsWith(".yml")) return yamlTextLines(source);
  return null;
}
