//! The four calls of wasm-streams 0.5 that Leptos's server functions
//! name, `ReadableStream::{from_stream, into_raw, from_raw, into_stream}`,
//! made with closures and a reader.
//!
//! Why it stands in: wasm-streams defines its stream sources and sink as
//! `#[wasm_bindgen]` classes, which are exports, so every page carried
//! their code and JavaScript glue although this app calls no server
//! function. Closures made inside `from_stream` are dropped by the linker
//! with the function when it is never called.

use std::cell::RefCell;
use std::pin::Pin;
use std::rc::Rc;

use futures_util::stream::{self, Stream};
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{future_to_promise, JsFuture};
use web_sys::{ReadableStreamDefaultController, ReadableStreamDefaultReader, UnderlyingSource};

pub mod readable {
    pub use super::ReadableStream;

    /// The browser's own types, as wasm-streams re-exports them.
    pub mod sys {
        pub use web_sys::ReadableStream;
    }
}

/// A browser `ReadableStream`, made from or read as a Rust [`Stream`] of
/// raw JavaScript values.
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

type Chunks = Pin<Box<dyn Stream<Item = Result<JsValue, JsValue>>>>;

impl ReadableStream {
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// A stream whose every `pull` takes the next item of `stream`: a value
    /// is enqueued, an error errors the stream, the end closes it.
    pub fn from_stream<St>(stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        let chunks: Rc<RefCell<Chunks>> = Rc::new(RefCell::new(Box::pin(stream)));
        let pull = Closure::<dyn FnMut(ReadableStreamDefaultController) -> Promise>::new(
            move |controller: ReadableStreamDefaultController| {
                let chunks = chunks.clone();
                future_to_promise(async move {
                    let next =
                        futures_util::future::poll_fn(|cx| chunks.borrow_mut().as_mut().poll_next(cx))
                            .await;
                    match next {
                        Some(Ok(chunk)) => controller.enqueue_with_chunk(&chunk)?,
                        Some(Err(e)) => return Err(e),
                        None => controller.close()?,
                    }
                    Ok(JsValue::UNDEFINED)
                })
            },
        );
        let source = UnderlyingSource::new();
        // The stream holds the function; the closure is freed with it.
        source.set_pull(pull.into_js_value().unchecked_ref());
        let raw = web_sys::ReadableStream::new_with_underlying_source(&source)
            .expect_throw("a ReadableStream from a pull function");
        Self { raw }
    }

    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// Reads the stream to its end: each chunk as it comes, an error as
    /// the last item.
    pub fn into_stream(self) -> impl Stream<Item = Result<JsValue, JsValue>> {
        let reader: ReadableStreamDefaultReader = self.raw.get_reader().unchecked_into();
        stream::unfold(Some(reader), |reader| async move {
            let reader = reader?;
            match JsFuture::from(reader.read()).await {
                Err(e) => Some((Err(e), None)),
                Ok(result) => {
                    let done = js_sys::Reflect::get(&result, &"done".into())
                        .is_ok_and(|d| d.is_truthy());
                    if done {
                        return None;
                    }
                    let value = js_sys::Reflect::get(&result, &"value".into())
                        .unwrap_or(JsValue::UNDEFINED);
                    Some((Ok(value), Some(reader)))
                }
            }
        })
    }
}
