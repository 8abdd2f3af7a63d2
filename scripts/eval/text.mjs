// Text normalisation for the labelled sets, and the stable TUNE / HELD-OUT split.

const PTB_BRACKETS = { '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}' };

/** Collapses every run of whitespace (including line breaks) into one space: the CLI reads one sentence per line. */
export function oneLine(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** Undoes Penn-Treebank tokenisation as used by the CoNLL-2010 Wikipedia weasel set. */
export function detokenise(text) {
  return oneLine(
    oneLine(text)
      .replace(/-[LR][RSC]B-/g, (bracket) => PTB_BRACKETS[bracket])
      .replace(/``\s*/g, '"')
      .replace(/\s*''/g, '"')
      .replace(/`\s*/g, "'")
      .replace(/([([{])\s+/g, '$1')
      .replace(/\s+([)\]},.;:!?%])/g, '$1')
      .replace(/\s+('s|'re|'ve|'ll|'d|'m|n't)\b/gi, '$1'),
  );
}

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Text content of an XML fragment: tags dropped, entities decoded. */
export function xmlText(fragment) {
  return oneLine(decodeEntities(fragment.replace(/<[^>]*>/g, '')));
}

/** 32-bit FNV-1a over the UTF-8 bytes of `text`. */
export function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** One sentence in five, chosen by its text alone, so a sentence never changes side between runs or machines. */
export function isHeldOut(text) {
  return fnv1a(text) % 5 === 0;
}

export function truncate(text, max = 120) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
