// Only feedsmith's universal parser, so its bundle holds what a page that parses feeds would ship.
export { parseFeed } from 'feedsmith';
