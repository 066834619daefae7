/**
 * Lets elements take over HTML pre-rendered by recap-widgets/server (declarative shadow DOM)
 * instead of rendering it again. It must run before lit's LitElement module, so every entry
 * imports this first; elements without pre-rendered HTML render as before.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
