//! A message channel between this site's windows (BroadcastChannel): the
//! presenter's and the room's windows keep in step with no server.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

/// An open channel; closed when dropped.
pub struct Channel {
    inner: BroadcastChannel,
    // Kept alive as long as the channel listens.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

impl Channel {
    /// Opens the channel `name`, calling `on_message` with each text message
    /// another window sends. None where the browser has no BroadcastChannel.
    pub fn open(name: &str, mut on_message: impl FnMut(String) + 'static) -> Option<Channel> {
        let inner = BroadcastChannel::new(name).ok()?;
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
            if let Some(text) = ev.data().as_string() {
                on_message(text);
            }
        });
        inner.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Some(Channel {
            inner,
            _on_message: on_message,
        })
    }

    pub fn send(&self, text: &str) {
        let _ = self.inner.post_message(&text.into());
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        self.inner.set_onmessage(None);
        self.inner.close();
    }
}
