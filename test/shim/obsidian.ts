// Runtime stand-in for the `obsidian` module (the npm package ships types only). Grows only when src/ needs more.
export class Component {
	onload(): void {}
	onunload(): void {}
}

export class Plugin extends Component {}
