// Loads an XForm in ODK's own form engine (@getodk/xforms-engine, the engine of ODK Web Forms), reads every question
// with its labels in every language, fills in the answers given, and serializes the submission as ODK would send it.
// Usage: node fill-form.mjs FORM.xml ANSWERS.json   (ANSWERS: { "/data/group/question": "value", ... })
// Prints one JSON object: languages, questions, required-answer violations before and after filling, the submission.
import { readFile } from 'node:fs/promises';
import { JSDOM } from 'jsdom';

// The engine runs in browsers; in Node it needs a DOM (jsdom, as the engine's own Node tests use) and, for its
// bundled XPath parser's loader, a __dirname.
globalThis.__dirname = new URL('.', import.meta.url).pathname;
const { window } = new JSDOM('');
for (const name of ['DOMParser', 'XMLSerializer', 'Node', 'Element', 'Document', 'document', 'NodeFilter']) {
  globalThis[name] = window[name];
}
const { createInstance } = await import('@getodk/xforms-engine');

const [formPath, answersPath] = process.argv.slice(2);
const answers = JSON.parse(await readFile(answersPath, 'utf8'));
const instance = await createInstance(await readFile(formPath, 'utf8'));
const root = instance.root;

function leaves(node) {
  const children = node.currentState.children ?? [];
  return children.length === 0 && node.nodeType !== 'group' ? [node] : children.flatMap(leaves);
}

function describe(node) {
  const labels = {};
  const hints = {};
  const options = (node.currentState.valueOptions ?? []).map((item) => ({ value: item.value, labels: {} }));
  for (const language of root.languages) {
    root.setLanguage(language);
    labels[language.language] = node.currentState.label?.asString ?? null;
    hints[language.language] = node.currentState.hint?.asString ?? null;
    (node.currentState.valueOptions ?? []).forEach((item, i) => { options[i].labels[language.language] = item.label.asString; });
  }
  root.setLanguage(root.languages[0]);
  return {
    path: node.definition.nodeset,
    nodeType: node.nodeType,
    required: node.currentState.required,
    relevant: node.currentState.relevant,
    labels,
    hints,
    options,
  };
}

async function violations() {
  const payload = await root.prepareInstancePayload();
  return (payload.violations ?? []).map((v) => ({
    path: v.reference,
    condition: v.violation.condition,
    message: v.violation.message?.asString ?? null,
  }));
}

const nodes = leaves(root);
const questions = nodes.map(describe);
const before = await violations();
for (const node of nodes) {
  const path = node.definition.nodeset;
  if (!(path in answers)) continue;
  if (node.nodeType === 'select') node.selectValue(answers[path]);
  else node.setValue(answers[path]);
}
const after = await violations();
const payload = await root.prepareInstancePayload();
const submission = await payload.data[0].get('xml_submission_file').text();
console.log(JSON.stringify({
  languages: root.languages.map((l) => ({ language: l.language, isDefault: l.isDefault ?? false })),
  questions,
  violationsBefore: before,
  violationsAfter: after,
  status: payload.status,
  submission,
}, null, 2));
