// Starts the editors' check page (pruefen.html): its own wasm, which Trunk builds beside the
// widget's (index.html, data-bin="pruefen"), so visitors of the map never download it. The page
// also starts this script as a module worker, where the same wasm checks the files
// (src/ui/checker/worker.rs); messages that come before the wasm is ready wait for it.
import init from './pruefen.js';

const inWorker = typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope;
const early = [];
if (inWorker) self.onmessage = (e) => early.push(e);
init({ module_or_path: new URL('pruefen_bg.wasm', import.meta.url) }).then(() => {
  if (inWorker && self.onmessage) for (const e of early) self.onmessage(e);
});
