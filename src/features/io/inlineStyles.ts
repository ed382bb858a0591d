/**
 * Deep-clones a DOM subtree with every element's computed style written inline, so the clone looks
 * the same outside the page's stylesheets (inside an SVG <foreignObject>, drawn as an image). Only
 * what differs from the browser default is written, and inherited properties only where they differ
 * from the parent, which keeps a graph of a hundred nodes to a few hundred kilobytes.
 */

/** Properties children inherit: written only where they change. */
const INHERITED = new Set([
  'color', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight', 'font-stretch', 'line-height',
  'letter-spacing', 'word-spacing', 'text-align', 'text-indent', 'text-transform', 'white-space', 'visibility',
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap',
  'stroke-linejoin', 'stroke-opacity', 'text-anchor', 'dominant-baseline', 'direction', 'writing-mode', 'color-scheme',
  '-webkit-font-smoothing', 'font-kerning', 'font-feature-settings', 'font-variation-settings', 'tab-size', 'word-break', 'overflow-wrap',
]);
/** Nothing a still picture needs. */
const SKIPPED = /^(transition|animation|cursor|pointer-events|user-select|-webkit-user-select|will-change|caret-color|outline-color|touch-action|view-transition)/;

export class StyleInliner {
  private readonly defaults = new Map<string, Map<string, string>>();
  private readonly sandbox: HTMLIFrameElement;

  constructor() {
    this.sandbox = document.createElement('iframe');
    this.sandbox.setAttribute('aria-hidden', 'true');
    this.sandbox.style.cssText = 'position:fixed;left:-10000px;top:0;width:10px;height:10px;border:0;visibility:hidden';
    document.body.append(this.sandbox);
  }

  dispose(): void {
    this.sandbox.remove();
  }

  /** The browser's default computed style for an element like `el` (tag and namespace). */
  private defaultsFor(el: Element): Map<string, string> {
    const key = `${el.namespaceURI}|${el.localName}`;
    const cached = this.defaults.get(key);
    if (cached) return cached;
    const doc = this.sandbox.contentDocument!;
    const host = el.namespaceURI === 'http://www.w3.org/2000/svg' ? doc.createElementNS(el.namespaceURI, 'svg') : doc.body;
    if (host !== doc.body) doc.body.append(host);
    const probe = doc.createElementNS(el.namespaceURI, el.localName);
    host.append(probe);
    const style = this.sandbox.contentWindow!.getComputedStyle(probe);
    const values = new Map<string, string>();
    for (let i = 0; i < style.length; i += 1) values.set(style[i], style.getPropertyValue(style[i]));
    probe.remove();
    if (host !== doc.body) host.remove();
    this.defaults.set(key, values);
    return values;
  }

  /** Clones `source` with its styles inline; `parentStyle` is the computed style it inherits from. */
  clone(source: Element, parentStyle?: CSSStyleDeclaration): Element {
    const copy = source.cloneNode(false) as Element;
    const style = getComputedStyle(source);
    if (style.display === 'none') return copy;
    const defaults = this.defaultsFor(source);
    const parts: string[] = [];
    for (let i = 0; i < style.length; i += 1) {
      const name = style[i];
      if (name.startsWith('--') || SKIPPED.test(name)) continue;
      const value = style.getPropertyValue(name);
      const inherited = INHERITED.has(name);
      if (inherited && parentStyle && parentStyle.getPropertyValue(name) === value) continue;
      if (!inherited && defaults.get(name) === value) continue;
      parts.push(`${name}:${value}`);
    }
    copy.setAttribute('style', parts.join(';'));
    for (const child of source.childNodes) {
      if (child.nodeType === Node.ELEMENT_NODE) copy.append(this.clone(child as Element, style));
      else if (child.nodeType === Node.TEXT_NODE) copy.append(child.cloneNode());
    }
    return copy;
  }
}
