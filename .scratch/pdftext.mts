import { readDisclosures } from '../src/parse/readers/index.js';
const [path, pattern] = process.argv.slice(2);
const [d] = readDisclosures([path], 1e9) as any[];
const text: string = d.text ?? d.pages?.flat().join('\n');
const lines = text.split('\n');
const i = lines.findIndex((l) => new RegExp(pattern).test(l));
console.log(lines.slice(i, i + 45).map((l) => JSON.stringify(l)).join('\n'));
