// A happy-dom Window exposed as the test process's globals, plus the DOM helpers Obsidian adds to the prototypes
// (createEl, createDiv, empty, setText, addClass, …) and the globals it defines (createEl, activeDocument, …).
// Installed once per process (the view tier runs in one process); `installDom()` is idempotent.
import { Window } from "happy-dom";

type Attrs = Record<string, string | number | boolean | null>;

interface ElInfo {
	cls?: string | string[];
	text?: string | DocumentFragment;
	attr?: Attrs;
	title?: string;
	parent?: Node;
	value?: string;
	type?: string;
	prepend?: boolean;
	placeholder?: string;
	href?: string;
}

// Names Node already defines but DOM code must get from happy-dom: happy-dom's dispatchEvent only accepts its own
// Event objects, and `new MouseEvent(...)` in a test must produce an event happy-dom can dispatch.
const OVERRIDE_NODE_GLOBALS = ["Event", "CustomEvent", "EventTarget", "MessageEvent", "DOMException"];

let installed: Window | null = null;

/** The happy-dom window behind the globals (creates it on first call). */
export function installDom(): Window {
	if (installed) return installed;
	const win = new Window({ url: "app://obsidian.md/index.html", width: 1280, height: 800 });
	const g = globalThis as Record<string, unknown>;
	const w = win as unknown as Record<string, unknown>;
	for (const name of Object.getOwnPropertyNames(win)) {
		if (!/^[A-Z]/.test(name)) continue;
		if (name in g && !OVERRIDE_NODE_GLOBALS.includes(name)) continue;
		g[name] = w[name];
	}
	for (const name of ["requestAnimationFrame", "cancelAnimationFrame", "getComputedStyle", "matchMedia"]) {
		const fn = w[name];
		if (typeof fn === "function") g[name] = (...args: unknown[]) => (w[name] as (...a: unknown[]) => unknown)(...args);
	}
	g.window = win;
	g.document = win.document;
	g.navigator = win.navigator;
	g.activeWindow = win;
	g.activeDocument = win.document;
	installHelpers(win);
	installed = win;
	return win;
}

function applyInfo(el: HTMLElement, o: ElInfo | string | undefined): void {
	if (o === undefined) return;
	const info: ElInfo = typeof o === "string" ? { cls: o } : o;
	if (info.cls !== undefined) el.className = Array.isArray(info.cls) ? info.cls.join(" ") : info.cls;
	if (info.text !== undefined) el.setText(info.text);
	if (info.attr) el.setAttrs(info.attr);
	if (info.title !== undefined) el.title = info.title;
	if (info.value !== undefined && "value" in el) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined && "type" in el) (el as HTMLInputElement).type = info.type;
	if (info.placeholder !== undefined && "placeholder" in el) (el as HTMLInputElement).placeholder = info.placeholder;
	if (info.href !== undefined && "href" in el) (el as HTMLAnchorElement).href = info.href;
	if (info.parent) {
		if (info.prepend) info.parent.insertBefore(el, info.parent.firstChild);
		else info.parent.appendChild(el);
	}
}

function make<T extends HTMLElement>(
	doc: Document,
	tag: string,
	parent: Node | null,
	o: ElInfo | string | undefined,
	cb: ((el: T) => void) | undefined,
): T {
	const el = doc.createElement(tag) as T;
	const info: ElInfo = typeof o === "string" ? { cls: o } : { ...(o ?? {}) };
	if (parent && !info.parent) info.parent = parent;
	applyInfo(el, info);
	cb?.(el);
	return el;
}

function installHelpers(win: Window): void {
	const doc = win.document as unknown as Document;
	const NodeProto = (win.Node as unknown as typeof Node).prototype;
	const ElementProto = (win.Element as unknown as typeof Element).prototype;
	const HTMLProto = (win.HTMLElement as unknown as typeof HTMLElement).prototype;
	const FragmentProto = (win.DocumentFragment as unknown as typeof DocumentFragment).prototype;

	const nodeHelpers: Partial<Node> & ThisType<Node> = {
		detach() {
			this.parentNode?.removeChild(this);
		},
		empty() {
			while (this.firstChild) this.removeChild(this.firstChild);
		},
		appendText(val: string) {
			this.appendChild(doc.createTextNode(val));
		},
		indexOf(other: Node) {
			return Array.prototype.indexOf.call(this.childNodes, other);
		},
		insertAfter<T extends Node>(node: T, child: Node | null): T {
			this.insertBefore(node, child ? child.nextSibling : this.firstChild);
			return node;
		},
		setChildrenInPlace(children: Node[]) {
			while (this.firstChild) this.removeChild(this.firstChild);
			for (const c of children) this.appendChild(c);
		},
		instanceOf<T>(type: { new (): T }): boolean {
			return this instanceof (type as unknown as abstract new () => unknown);
		},
		createEl(tag: string, o?: ElInfo | string, cb?: (el: HTMLElement) => void) {
			return make(doc, tag, this, o, cb);
		},
		createDiv(o?: ElInfo | string, cb?: (el: HTMLDivElement) => void) {
			return make<HTMLDivElement>(doc, "div", this, o, cb);
		},
		createSpan(o?: ElInfo | string, cb?: (el: HTMLSpanElement) => void) {
			return make<HTMLSpanElement>(doc, "span", this, o, cb);
		},
	} as Partial<Node> & ThisType<Node>;
	for (const [k, v] of Object.entries(nodeHelpers)) Object.defineProperty(NodeProto, k, { value: v, configurable: true, writable: true });
	for (const k of ["doc", "win", "constructorWin"] as const) {
		Object.defineProperty(NodeProto, k, {
			configurable: true,
			get(this: Node) {
				return k === "doc" ? (this.ownerDocument ?? doc) : win;
			},
		});
	}

	const elementHelpers: ThisType<Element> & Record<string, unknown> = {
		getText() {
			return this.textContent ?? "";
		},
		setText(val: string | DocumentFragment) {
			if (typeof val === "string") this.textContent = val;
			else {
				while (this.firstChild) this.removeChild(this.firstChild);
				this.appendChild(val);
			}
		},
		addClass(...classes: string[]) {
			this.classList.add(...classes.filter((c) => c));
		},
		addClasses(classes: string[]) {
			this.classList.add(...classes.filter((c) => c));
		},
		removeClass(...classes: string[]) {
			this.classList.remove(...classes);
		},
		removeClasses(classes: string[]) {
			this.classList.remove(...classes);
		},
		toggleClass(classes: string | string[], value: boolean) {
			for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
		},
		hasClass(cls: string) {
			return this.classList.contains(cls);
		},
		setAttr(name: string, value: string | number | boolean | null) {
			if (value === null) this.removeAttribute(name);
			else this.setAttribute(name, String(value));
		},
		setAttrs(obj: Attrs) {
			for (const [k, v] of Object.entries(obj)) (this as Element).setAttr(k, v);
		},
		getAttr(name: string) {
			return this.getAttribute(name);
		},
		matchParent(selector: string, lastParent?: Element) {
			let el: Element | null = this;
			while (el && el !== lastParent) {
				if (el.matches(selector)) return el;
				el = el.parentElement;
			}
			return null;
		},
		find(selector: string) {
			return this.querySelector(selector);
		},
		findAll(selector: string) {
			return Array.from(this.querySelectorAll(selector));
		},
		findAllSelf(selector: string) {
			const all = Array.from(this.querySelectorAll(selector));
			return this.matches(selector) ? [this, ...all] : all;
		},
		isActiveElement() {
			return this.ownerDocument?.activeElement === this;
		},
	};
	for (const [k, v] of Object.entries(elementHelpers)) Object.defineProperty(ElementProto, k, { value: v, configurable: true, writable: true });

	const htmlHelpers: ThisType<HTMLElement> & Record<string, unknown> = {
		show() {
			this.style.display = "";
		},
		hide() {
			this.style.display = "none";
		},
		toggle(show: boolean) {
			this.style.display = show ? "" : "none";
		},
		toggleVisibility(visible: boolean) {
			this.style.visibility = visible ? "" : "hidden";
		},
		isShown() {
			return this.style.display !== "none";
		},
		setCssStyles(styles: Partial<CSSStyleDeclaration>) {
			Object.assign(this.style, styles);
		},
		setCssProps(props: Record<string, string>) {
			for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
		},
		onClickEvent(listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
			this.addEventListener("click", listener as EventListener, options);
			this.addEventListener("auxclick", listener as EventListener, options);
		},
	};
	for (const [k, v] of Object.entries(htmlHelpers)) Object.defineProperty(HTMLProto, k, { value: v, configurable: true, writable: true });
	for (const k of ["find", "findAll"]) Object.defineProperty(FragmentProto, k, { value: elementHelpers[k], configurable: true, writable: true });

	const g = globalThis as Record<string, unknown>;
	g.createEl = (tag: string, o?: ElInfo | string, cb?: (el: HTMLElement) => void) => make(doc, tag, null, o, cb);
	g.createDiv = (o?: ElInfo | string, cb?: (el: HTMLDivElement) => void) => make<HTMLDivElement>(doc, "div", null, o, cb);
	g.createSpan = (o?: ElInfo | string, cb?: (el: HTMLSpanElement) => void) => make<HTMLSpanElement>(doc, "span", null, o, cb);
	g.createFragment = (cb?: (el: DocumentFragment) => void) => {
		const frag = doc.createDocumentFragment();
		cb?.(frag);
		return frag;
	};
	g.fish = (selector: string) => doc.querySelector(selector);
	g.fishAll = (selector: string) => Array.from(doc.querySelectorAll(selector));
}
