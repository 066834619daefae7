// The part of marked the widgets use, measured on its own by `npm run size`.
export { Lexer } from 'marked';
