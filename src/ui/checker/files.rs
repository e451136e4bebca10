//! Files an editor picked or dropped, read here in the browser (the check page and the editing
//! page take them the same way).

use crate::check::picked::Picked;

/// The files of a file input or a drop.
pub fn listed(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.item(i)).collect()).unwrap_or_default()
}

/// Their bytes; a file the browser cannot read is left out.
pub async fn read(files: Vec<web_sys::File>) -> Vec<Picked> {
    let mut read = Vec::new();
    for f in files {
        if let Ok(buf) = wasm_bindgen_futures::JsFuture::from(f.array_buffer()).await {
            read.push(Picked::new(f.name(), js_sys::Uint8Array::new(&buf).to_vec()));
        }
    }
    read
}
