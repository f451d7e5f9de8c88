// Reads the design tokens out of src/styles/tokens.css (their one source) and writes them as W3C Design
// Tokens (DTCG, format 2025.10). Plain functions with no Node imports: `npm run tokens`, the tests and the
// Storybook Tokens page all use them.

/** The modes a token can have: light is `$value`; the others are `$extensions.mode` entries. */
export const MODES = ['light', 'dark', 'pointer-coarse', 'reduced-motion'];

/** Custom properties that configure CSS rather than carry a design value: in the stylesheet, not in the JSON. */
export const CSS_ONLY_TOKENS = ['--ook-color-scheme'];

// Words joined by a hyphen that name one thing, so `--ook-pillar-near-future-soft` is pillar › near-future › soft.
const COMPOUNDS = ['near-future', 'carried-over', 'line-height'];

/** Which mode a rule's selector (and the @media around it) defines. */
function modeOf(selector, media) {
  if (media === null)
    return /data-theme='dark'|\.dark/.test(selector) && !/:root/.test(selector) ? 'dark' : 'light';
  if (/pointer:\s*coarse/.test(media)) return 'pointer-coarse';
  if (/prefers-reduced-motion:\s*reduce/.test(media)) return 'reduced-motion';
  throw new Error(`tokens.css: no mode for @media ${media}`);
}

/**
 * Every custom property tokens.css defines, in order, with its value in each mode it sets:
 * `[{ name: '--ook-color-bg', values: { light: '#f6f7f9', dark: '#0f1217' } }, …]`.
 */
export function readTokens(css) {
  const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const tokens = new Map();
  // A small scanner over braces: rules, inside any number of @layer, @media or @supports blocks.
  const stack = [];
  let start = 0;
  for (const match of source.matchAll(/[{}]/g)) {
    const at = match.index;
    if (match[0] === '{') {
      const prelude = source.slice(start, at).split(';').pop().trim();
      if (prelude.startsWith('@media')) stack.push({ kind: 'media', media: prelude.slice(6).trim() });
      else if (prelude.startsWith('@')) stack.push({ kind: 'at-rule' });
      else {
        const media = stack.findLast((block) => block.kind === 'media')?.media ?? null;
        stack.push({ kind: 'rule', selector: prelude, media, bodyStart: at + 1 });
      }
    } else {
      const open = stack.pop();
      if (open?.kind === 'rule') {
        // A rule that sets no token (a component's forced-colours rules, say) says nothing about modes.
        const declarations = [
          ...source.slice(open.bodyStart, at).matchAll(/(--ook-[a-z0-9-]+)\s*:\s*([^;]+);?/g),
        ];
        const mode = declarations.length ? modeOf(open.selector, open.media) : null;
        for (const declaration of declarations) {
          const name = declaration[1];
          const value = declaration[2].replace(/\s+/g, ' ').trim();
          if (!tokens.has(name)) tokens.set(name, { name, values: {} });
          tokens.get(name).values[mode] ??= value;
        }
      }
    }
    start = at + 1;
  }
  return [...tokens.values()];
}

/** The path of a token in the JSON: `--ook-pillar-near-future-soft` → `['pillar', 'near-future', 'soft']`. */
export function tokenPath(name) {
  let rest = name.replace(/^--ook-/, '');
  const segments = [];
  while (rest) {
    const compound = COMPOUNDS.find((word) => rest === word || rest.startsWith(`${word}-`));
    const segment = compound ?? rest.split('-')[0];
    segments.push(segment);
    rest = rest.slice(segment.length + 1);
  }
  return segments;
}

const VAR = /^var\((--ook-[a-z0-9-]+)\)$/;

/** The token a value refers to, when it is exactly `var(--ook-…)`. */
export function aliasOf(value) {
  return VAR.exec(value)?.[1] ?? null;
}

/** The DTCG `$type` of a token, or `null` for a CSS-only one. */
export function tokenType(token, byName) {
  const value = token.values.light;
  const alias = aliasOf(value);
  if (alias) return tokenType(byName.get(alias), byName);
  if (CSS_ONLY_TOKENS.includes(token.name)) return null;
  if (token.name === '--ook-font-family') return 'fontFamily';
  if (token.name.startsWith('--ook-font-weight-')) return 'fontWeight';
  if (token.name.startsWith('--ook-line-height')) return 'number';
  if (/^(#|rgb)/.test(value)) return 'color';
  if (/^cubic-bezier\(/.test(value)) return 'cubicBezier';
  if (/^-?[\d.]+ms$/.test(value)) return 'duration';
  if (/^-?[\d.]+(px|rem)$/.test(value)) return 'dimension';
  if (token.name.startsWith('--ook-shadow-') || token.name.startsWith('--ook-focus-ring')) return 'shadow';
  throw new Error(`No DTCG type for ${token.name}: ${value}`);
}

const round = (number) => Math.round(number * 10000) / 10000;

function parseColor(value) {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) {
    const digits = hex[1].toLowerCase();
    const components = [0, 2, 4].map((at) => round(parseInt(digits.slice(at, at + 2), 16) / 255));
    return { colorSpace: 'srgb', components, hex: `#${digits}` };
  }
  const rgb = /^rgb\((\d+) (\d+) (\d+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (rgb) {
    const components = rgb.slice(1, 4).map((channel) => round(Number(channel) / 255));
    const color = { colorSpace: 'srgb', components };
    if (rgb[4] !== undefined) color.alpha = Number(rgb[4]);
    return color;
  }
  throw new Error(`Unsupported colour ${value}`);
}

function parseDimension(value) {
  const [, number, unit] = /^(-?[\d.]+)(px|rem)$/.exec(value) ?? [null, value === '0' ? '0' : null, 'px'];
  if (number === null) throw new Error(`Unsupported dimension ${value}`);
  return { value: Number(number), unit };
}

/** Splits a value at top-level commas (not those inside parentheses). */
function splitTopLevel(value) {
  const parts = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}

/** A reference to another token, as DTCG writes it: `{color.bg}`. */
const reference = (name) => `{${tokenPath(name).join('.')}}`;

function toColorValue(value) {
  const alias = aliasOf(value);
  return alias ? reference(alias) : parseColor(value);
}

function parseShadow(value) {
  const layers = splitTopLevel(value).map((layer) => {
    const colorMatch = /(#[0-9a-f]{6}|rgb\([^)]*\)|var\([^)]*\))$/i.exec(layer);
    if (!colorMatch) throw new Error(`Shadow without a colour: ${layer}`);
    const lengths = layer.slice(0, colorMatch.index).trim().split(' ');
    const inset = lengths[0] === 'inset';
    if (inset) lengths.shift();
    const [offsetX, offsetY, blur = '0', spread = '0'] = lengths;
    const shadow = {
      color: toColorValue(colorMatch[1]),
      offsetX: parseDimension(offsetX),
      offsetY: parseDimension(offsetY),
      blur: parseDimension(blur),
      spread: parseDimension(spread),
    };
    if (inset) shadow.inset = true;
    return shadow;
  });
  return layers.length === 1 ? layers[0] : layers;
}

/** A CSS value as a DTCG `$value` of `type`; a `var(--ook-…)` becomes a reference. */
export function toDtcgValue(value, type) {
  const alias = aliasOf(value);
  if (alias) return reference(alias);
  switch (type) {
    case 'color':
      return parseColor(value);
    case 'dimension':
      return parseDimension(value);
    case 'duration':
      return { value: Number(value.replace('ms', '')), unit: 'ms' };
    case 'number':
    case 'fontWeight':
      return Number(value);
    case 'cubicBezier':
      return /^cubic-bezier\((.*)\)$/
        .exec(value)[1]
        .split(',')
        .map((n) => Number(n.trim()));
    case 'fontFamily':
      return splitTopLevel(value).map((family) => family.replace(/^(['"])(.*)\1$/, '$2'));
    case 'shadow':
      return parseShadow(value);
    default:
      throw new Error(`Unsupported type ${type}`);
  }
}

// Back to CSS, for the check that the JSON says what the stylesheet says.
const cssNumber = (number) => String(round(number));
const cssDimension = ({ value, unit }) => (value === 0 ? '0' : `${cssNumber(value)}${unit}`);

function cssColor(color, byPath) {
  if (typeof color === 'string') return `var(${byPath(color)})`;
  if (color.alpha === undefined && color.hex) return color.hex;
  const channels = color.components.map((component) => Math.round(component * 255)).join(' ');
  return color.alpha === undefined ? `rgb(${channels})` : `rgb(${channels} / ${cssNumber(color.alpha)})`;
}

/**
 * A DTCG `$value` of `type` written as CSS, references as `var(--ook-…)`. `byPath` turns a reference
 * (`{color.bg}`) into its custom property name.
 */
export function toCssValue(value, type, byPath) {
  if (typeof value === 'string' && /^\{.*\}$/.test(value)) return `var(${byPath(value)})`;
  switch (type) {
    case 'color':
      return cssColor(value, byPath);
    case 'dimension':
      return cssDimension(value);
    case 'duration':
      return `${cssNumber(value.value)}${value.unit}`;
    case 'number':
    case 'fontWeight':
      return cssNumber(value);
    case 'cubicBezier':
      return `cubic-bezier(${value.map(cssNumber).join(', ')})`;
    case 'fontFamily':
      return value.map((family) => (/\s/.test(family) ? `'${family}'` : family)).join(', ');
    case 'shadow':
      return (Array.isArray(value) ? value : [value])
        .map((layer) =>
          [
            layer.inset ? 'inset' : null,
            cssDimension(layer.offsetX),
            cssDimension(layer.offsetY),
            cssDimension(layer.blur),
            cssDimension(layer.spread),
            cssColor(layer.color, byPath),
          ]
            .filter(Boolean)
            .join(' '),
        )
        .join(', ');
    default:
      throw new Error(`Unsupported type ${type}`);
  }
}

/** Writes a shadow as the stylesheet does: no zero spread, and a zero blur only before a spread. */
export function normaliseCssValue(value) {
  return splitTopLevel(value.replace(/\s+/g, ' ').trim())
    .map((layer) => {
      const colorMatch = /(#[0-9a-f]{6}|rgb\([^)]*\)|var\([^)]*\))$/i.exec(layer);
      if (!colorMatch || /^cubic|^var/.test(layer)) return layer;
      const lengths = layer.slice(0, colorMatch.index).trim().split(' ');
      if (lengths.length < 2 || !lengths.every((length) => /^(inset|-?[\d.]+(px|rem)?)$/.test(length)))
        return layer;
      const [x, y, blur = '0', spread = '0'] = lengths.filter((length) => length !== 'inset');
      const sizes = [x, y, blur, spread].map((length) => (/^-?0(px|rem)?$/.test(length) ? '0' : length));
      return [lengths[0] === 'inset' ? 'inset' : null, ...sizes, colorMatch[1]].filter(Boolean).join(' ');
    })
    .join(', ');
}

const DESCRIPTIONS = {
  font: 'Type',
  'line-height': 'Line heights',
  space: 'Space: a 4px scale',
  size: 'Control sizes and the smallest target (44px on touch screens)',
  radius: 'Corner radii',
  color: 'Neutral colours and the ink accent',
  pillar: 'The three pillar colours: solid, soft tint, and text',
  status: 'Status colours, kept apart from the pillar colours: text, soft tint, border',
  focus: 'The focus ring',
  shadow: 'Elevation',
  duration: 'Motion: durations (0ms when the user asks for reduced motion)',
};

/**
 * The W3C Design Tokens (DTCG 2025.10) document for `tokens`: groups by name, light values as `$value`,
 * other modes (dark, pointer-coarse, reduced-motion) under `$extensions.mode`, aliases as references.
 */
export function toDtcg(tokens) {
  const byName = new Map(tokens.map((token) => [token.name, token]));
  const document = {
    $description:
      'one-on-one-kit design tokens, generated from styles.css. $value is the light theme; $extensions.mode holds the dark theme and the pointer-coarse and reduced-motion values. Each token is the CSS custom property --ook-<path joined by "-">.',
  };
  for (const token of tokens) {
    const type = tokenType(token, byName);
    if (type === null) continue;
    const path = tokenPath(token.name);
    let group = document;
    for (const [index, segment] of path.slice(0, -1).entries()) {
      if (group[segment] === undefined) {
        group[segment] = index === 0 && DESCRIPTIONS[segment] ? { $description: DESCRIPTIONS[segment] } : {};
      } else if ('$value' in group[segment]) {
        // A token that is also a group: it becomes the group's `$root`.
        group[segment] = { $root: group[segment] };
      }
      group = group[segment];
    }
    const last = path[path.length - 1];
    const entry = { $type: type, $value: toDtcgValue(token.values.light, type) };
    const modes = MODES.filter((mode) => mode !== 'light' && token.values[mode] !== undefined);
    if (modes.length > 0) {
      entry.$extensions = {
        mode: Object.fromEntries(modes.map((mode) => [mode, toDtcgValue(token.values[mode], type)])),
      };
    }
    if (group[last] !== undefined) group[last] = { ...group[last], $root: entry };
    else group[last] = entry;
  }
  return document;
}

/** Every token of a DTCG document as `{ path, token }`, with `$root` tokens at their group's path. */
export function walkDtcg(document, path = []) {
  const out = [];
  for (const [key, value] of Object.entries(document)) {
    if (key.startsWith('$') && key !== '$root') continue;
    if (!value || typeof value !== 'object') continue;
    const here = key === '$root' ? path : [...path, key];
    if ('$value' in value) out.push({ path: here, token: value });
    else out.push(...walkDtcg(value, here));
  }
  return out;
}

/** The custom property a DTCG reference or path names: `{pillar.near-future}` → `--ook-pillar-near-future`. */
export function cssNameOf(pathOrReference) {
  const path = Array.isArray(pathOrReference)
    ? pathOrReference
    : pathOrReference.replace(/^\{|\}$/g, '').split('.');
  return `--ook-${path.filter((segment) => segment !== '$root').join('-')}`;
}

/** A token's value in `mode`, following `var()` aliases and falling back to the light value. */
export function resolveToken(name, mode, byName) {
  const token = byName.get(name);
  if (!token) throw new Error(`Unknown token ${name}`);
  const value = token.values[mode] ?? token.values.light;
  const alias = aliasOf(value);
  return alias ? resolveToken(alias, mode, byName) : value;
}
