//! The stand-in for wasm-streams (tools/wasm-streams): a Rust stream made
//! into the browser's ReadableStream and read back gives the same values,
//! then its end; an error ends it as an error.
#![cfg(target_arch = "wasm32")]

use futures_util::stream::{self, StreamExt};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use wasm_streams::ReadableStream;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn a_stream_goes_through_the_browser_and_back_unchanged() {
    let values = ["a", "b", "c"].map(|s| Ok(JsValue::from_str(s)));
    let raw = ReadableStream::from_stream(stream::iter(values)).into_raw();
    let read: Vec<Result<JsValue, JsValue>> =
        ReadableStream::from_raw(raw).into_stream().collect().await;
    let read: Vec<String> = read
        .into_iter()
        .map(|v| v.unwrap().as_string().unwrap())
        .collect();
    assert_eq!(read, ["a", "b", "c"]);
}

#[wasm_bindgen_test]
async fn an_error_ends_the_stream_as_an_error() {
    let values = vec![Ok(JsValue::from(1)), Err(JsValue::from_str("broken"))];
    let raw = ReadableStream::from_stream(stream::iter(values)).into_raw();
    let read: Vec<Result<JsValue, JsValue>> =
        ReadableStream::from_raw(raw).into_stream().collect().await;
    assert_eq!(read.len(), 2);
    assert_eq!(read[0].as_ref().unwrap().as_f64(), Some(1.0));
    assert_eq!(
        read[1].as_ref().unwrap_err().as_string().as_deref(),
        Some("broken")
    );
}
