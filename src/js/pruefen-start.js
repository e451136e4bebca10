// Starts the editors' check page (pruefen.html): its own wasm, which Trunk builds beside the
// widget's (index.html, data-bin="pruefen"), so visitors of the map never download it.
import init from './pruefen.js';
init({ module_or_path: new URL('pruefen_bg.wasm', import.meta.url) });
