// The browser build of @guidepup/virtual-screen-reader ships its types as .d.mts beside it, which
// TypeScript does not pick up for `browser.js`: borrow the main entry's.
declare module '@guidepup/virtual-screen-reader/browser.js' {
  export { Virtual, virtual } from '@guidepup/virtual-screen-reader';
}
