// Starts the floor app (bench/floor): the wasm-bindgen glue, its module, start(). The mark
// is the one the app's loader sets when it starts asking for the app's files, so
// scripts/bench measures both start-ups from the same point.
performance.mark('explorer:fetch');
const { default: init, start } = await import('./floor.js');
await init({ module_or_path: new URL('floor_bg.wasm', import.meta.url) });
start();
