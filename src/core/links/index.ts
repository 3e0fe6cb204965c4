export { extractBlockLinks } from "./extract";
export { createLinkResolver, type LinkResolver } from "./resolve";
