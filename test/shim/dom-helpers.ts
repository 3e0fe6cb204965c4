// Obsidian's DOM helpers (createEl, createDiv, empty, setText, addClass, …, instanceOf) on the prototypes of any
// window, and the globals Obsidian defines (createEl, createFragment, activeDocument, activeWindow, …).
// No happy-dom and no Node API here: the e2e tier's browser build of the shim installs these on Chromium's window.
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

/**
 * Puts Obsidian's DOM helpers on `win`'s prototypes (Node, Element, HTMLElement, DocumentFragment) and its globals
 * (createEl, createDiv, createSpan, createFragment, fish, fishAll, activeDocument, activeWindow) on `globals`.
 * Works on any window: happy-dom's in the view tier, Chromium's own in the e2e tier.
 */
export function installObsidianDom(win: Window, globals: object = win): void {
	const ctors = win as unknown as { Node: typeof Node; Element: typeof Element; HTMLElement: typeof HTMLElement; DocumentFragment: typeof DocumentFragment };
	const doc = win.document;
	const NodeProto = ctors.Node.prototype;
	const ElementProto = ctors.Element.prototype;
	const HTMLProto = ctors.HTMLElement.prototype;
	const FragmentProto = ctors.DocumentFragment.prototype;

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

	const g = globals as Record<string, unknown>;
	g.activeWindow = win;
	g.activeDocument = doc;
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
